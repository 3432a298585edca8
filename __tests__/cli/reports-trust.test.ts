/**
 * Report gates through the CLI (`node bin/shipgate.js check`), on real recorded reports: Cobertura
 * totals are the report's own, unused audit allowlist entries are named, committed reports and
 * reports outside the workspace are refused, and no report content is ever echoed.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copyReports, shipgate } from './helpers.js';

function project(
  config: string,
  files: Record<string, string> = {},
  reports: Record<string, string> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-reports-'));
  for (const [path, text] of Object.entries({ '.github/shipgate.yml': config, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  copyReports(dir, reports);
  return dir;
}
const check = (cwd: string, ...args: string[]) => shipgate(['check', ...args], { cwd });
const json = (stdout: string) =>
  JSON.parse(stdout) as { allowed: boolean; gates: { id: string; status: string; summary: string }[] };

/**
 * As istanbul's cobertura reporter writes it when a branch has no <line> of its own: the root
 * counts 4 branches, 3 taken (what `jest --coverage` printed); the one branch line says 1 of 2.
 */
const COBERTURA = `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage lines-valid="4" lines-covered="4" line-rate="1" branches-valid="4" branches-covered="3" branch-rate="0.75" timestamp="1764580000000" complexity="0" version="0.1">
  <sources><source>/work/app</source></sources>
  <packages>
    <package name="src" line-rate="1" branch-rate="0.75">
      <classes>
        <class name="pay.js" filename="src/pay.js" line-rate="1" branch-rate="0.75">
          <methods/>
          <lines>
            <line number="1" hits="1"/>
            <line number="2" hits="1" branch="true" condition-coverage="50% (1/2)"/>
            <line number="3" hits="1"/>
            <line number="4" hits="1"/>
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>
`;

describe('Cobertura totals', () => {
  it("are the report's own root lines-/branches-covered and -valid, not the sum of line-level condition-coverage", async () => {
    const dir = project(
      `version: 1
gates:
  coverage:
    type: coverage
    report: coverage/cobertura.xml
    min: { lines: 80, branches: 75 }
`,
      { 'coverage/cobertura.xml': COBERTURA },
    );
    const run = await check(dir, '--json');
    expect(json(run.stdout).gates[0]).toMatchObject({
      status: 'pass',
      summary: 'lines 100% ≥ 80%; branches 75% ≥ 75%',
    });
    expect(run.code).toBe(0);
  });
});

describe('audit allowlist entries that match no advisory', () => {
  const CONFIG = `version: 1
gates:
  audit:
    type: audit
    report: audit.json
    max: { critical: 0, high: 0 }
    allow:
      - { id: GHSA-hrpp-h998-j3pp, reason: not reachable from our code }
      - { id: GHSA-aaaa-bbbb-cccc, reason: fixed upstream long ago }
      - { id: CVE-2020-0001, reason: old }
`;
  it('are named by id in the text output and the JSON result', async () => {
    const dir = project(CONFIG, {}, { 'audit.json': 'audit/npm7-high.json' });
    const json1 = await check(dir, '--json');
    const gate = json(json1.stdout).gates[0]!;
    expect(gate.status).toBe('pass');
    expect(gate.summary).toMatch(
      /; unused allowlist entries \(match no advisory\): GHSA-aaaa-bbbb-cccc, CVE-2020-0001$/,
    );
    const text = await check(dir);
    expect(text.stdout).toContain(
      'unused allowlist entries (match no advisory): GHSA-aaaa-bbbb-cccc, CVE-2020-0001',
    );
  });
});
