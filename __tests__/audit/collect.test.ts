import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditGate } from '../../src/config/schema-types.generated.js';
import { UserError } from '../../src/errors.js';
import { collectAudit } from '../../src/sources/audit/index.js';
import type { CollectContext } from '../../src/sources/types.js';
import { FIXTURES } from './helpers.js';

const NOW = new Date('2026-06-15T12:00:00Z');
let dir: string;
const progress: string[] = [];

function ctx(): CollectContext {
  return {
    cwd: dir,
    env: {},
    now: NOW,
    signal: new AbortController().signal,
    progress: (m) => progress.push(m),
  };
}

function put(name: string, fixtureName: string, mtime = NOW): void {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  copyFileSync(`${FIXTURES}${fixtureName}`, path);
  utimesSync(path, mtime, mtime);
}

async function userError(gate: AuditGate): Promise<string> {
  try {
    await collectAudit(gate, ctx());
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipgate-audit-'));
  progress.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('collecting audit reports', () => {
  it('reads a report relative to the workspace', async () => {
    put('audit.json', 'npm7-high.json');
    const facts = await collectAudit({ type: 'audit', report: 'audit.json' }, ctx());
    expect(facts.reports).toEqual([{ path: 'audit.json', format: 'npm-7', findings: 1 }]);
    expect(facts.findings.map((f) => f.id)).toEqual(['GHSA-hrpp-h998-j3pp']);
    expect(progress).toEqual(['reading audit report audit.json']);
  });

  it('counts the same advisory from several reports once and remembers where it was seen', async () => {
    put('reports/npm.json', 'npm7-high.json');
    put('reports/yarn.jsonl', 'yarn-1-high.jsonl');
    put('osv.json', 'osv-scanner-v2.json');
    const facts = await collectAudit({ type: 'audit', report: ['reports/*', 'osv.json'] }, ctx());
    expect(facts.reports.map((r) => [r.path, r.format])).toEqual([
      ['reports/npm.json', 'npm-7'],
      ['reports/yarn.jsonl', 'yarn-classic'],
      ['osv.json', 'osv-scanner'],
    ]);
    const qs = facts.findings.filter((f) => f.package === 'qs');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.reports).toEqual(['reports/npm.json', 'reports/yarn.jsonl', 'osv.json']);
    // npm and yarn know this advisory under different numeric ids; both stay aliases.
    expect(qs[0]!.aliases).toEqual(expect.arrayContaining(['CVE-2022-24999', '1094102', '1096475']));
    expect(facts.findings).toHaveLength(3); // qs, open (osv), gogo/protobuf (osv)
  });

  it('names the missing path and says an earlier step should write it', async () => {
    const msg = await userError({ type: 'audit', report: 'audit.json' });
    expect(msg).toContain(`Audit report audit.json does not exist (looked in ${dir})`);
    expect(msg).toContain(
      'An earlier step of the job should write it, e.g. `npm audit --json > audit.json || true`',
    );
  });

  it('names a glob that matches nothing, even when another pattern matches', async () => {
    put('audit.json', 'npm7-none.json');
    const msg = await userError({ type: 'audit', report: ['audit.json', 'reports/**/*.json'] });
    expect(msg).toContain('No audit report matches reports/**/*.json');
  });

  it('refuses an empty report', async () => {
    writeFileSync(join(dir, 'audit.json'), '');
    expect(await userError({ type: 'audit', report: 'audit.json' })).toContain(
      'Audit report audit.json is empty',
    );
  });

  it('with allow-empty (yarn 4 writes nothing when clean), counts an empty report as no advisories', async () => {
    writeFileSync(join(dir, 'audit.json'), '');
    const facts = await collectAudit({ type: 'audit', report: 'audit.json', 'allow-empty': true }, ctx());
    expect(facts.findings).toEqual([]);
    expect(facts.reports).toEqual([{ path: 'audit.json', format: 'yarn-berry-4', findings: 0 }]);
    // The empty message points at the option; a stale empty file is still refused.
    expect(await userError({ type: 'audit', report: 'audit.json' })).toContain('set `allow-empty: true`');
    const old = new Date(NOW.getTime() - 2 * 3_600_000);
    utimesSync(join(dir, 'audit.json'), old, old);
    expect(
      await userError({ type: 'audit', report: 'audit.json', 'allow-empty': true, 'max-age': '1h' }),
    ).toContain('is too old');
  });

  it('refuses a report older than max-age and accepts a fresh one', async () => {
    put('audit.json', 'npm7-none.json', new Date(NOW.getTime() - 2 * 3_600_000));
    const msg = await userError({ type: 'audit', report: 'audit.json', 'max-age': '1h' });
    expect(msg).toContain('Audit report audit.json is too old: written 2 h ago');
    expect(msg).toContain('more than max-age 1h');
    const fresh = await collectAudit({ type: 'audit', report: 'audit.json', 'max-age': '3h' }, ctx());
    expect(fresh.findings).toEqual([]);
  });

  it('names the file when a report is malformed', async () => {
    writeFileSync(join(dir, 'audit.json'), '{"auditReportVersion": 2, "vulnerabilities": {');
    const msg = await userError({ type: 'audit', report: 'audit.json' });
    expect(msg).toMatch(/^audit\.json is not valid JSON: the text ends too early/);
  });
});
