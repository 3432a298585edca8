/**
 * Report gates on the bundled action: unused audit allowlist entries are named in the comment and
 * the `result` output; committed reports and reports outside the workspace are refused; no report
 * content reaches the comment, summary, outputs or log.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  APP_TOKEN,
  makeWorld,
  startFakeGitHub,
  type FakeGitHub,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { ROOT, plain, runAction, stickyComments, type RunOptions } from './harness.js';
import { eslintSarif, jestJunit } from '../readiness/tools.js';

const fixture = (p: string) => readFileSync(join(ROOT, '__tests__', 'fixtures', p), 'utf8');

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(config: string, opts: ScenarioOptions = {}) {
  fake = await startFakeGitHub(makeWorld({ config, comments: [], ...opts }));
  return fake;
}
const RUN: RunOptions = { token: APP_TOKEN };
const commentText = (gh: FakeGitHub) => plain(stickyComments(gh.world)[0]!.body);

describe('audit allowlist', () => {
  it('names the entries that match no advisory in the comment and the result output', async () => {
    const gh = await start(`version: 1
gates:
  audit:
    type: audit
    report: audit.json
    allow:
      - { id: GHSA-hrpp-h998-j3pp, reason: not reachable from our code }
      - { id: GHSA-aaaa-bbbb-cccc, reason: fixed upstream long ago }
`);
    const run = await runAction(gh, { ...RUN, files: { 'audit.json': fixture('audit/npm7-high.json') } });
    const gate = run.result!.gates[0]!;
    expect(gate.status).toBe('pass');
    expect(gate.summary).toMatch(/; unused allowlist entry \(matches no advisory\): GHSA-aaaa-bbbb-cccc$/);
    expect(commentText(gh)).toContain('unused allowlist entry (matches no advisory): GHSA-aaaa-bbbb-cccc');
  });
});

const LCOV = fixture('coverage/reports/js/lcov.info');
const coverageConfig = (extra = '') => `version: 1
gates:
  coverage:
    type: coverage
    report: coverage/lcov.info
    min: { lines: 10 }${extra}
`;

/** A workspace that is a git checkout with `files` committed. */
function gitWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
      cwd: dir,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'reports');
  return dir;
}

describe('a report must be written by the job', () => {
  it('a report tracked in git in the checkout is refused, unless the gate says allow-committed: true', async () => {
    const gh = await start(coverageConfig());
    const refused = await runAction(gh, { ...RUN, workspace: gitWorkspace({ 'coverage/lcov.info': LCOV }) });
    expect(refused.result!.gates[0]).toMatchObject({
      status: 'error',
      summary: expect.stringContaining(
        'The coverage report coverage/lcov.info is tracked in git in the checkout. A report must be written by this job',
      ),
    });
    await fake!.close();
    const gh2 = await start(coverageConfig('\n    allow-committed: true'));
    fake = gh2;
    const allowed = await runAction(gh2, { ...RUN, workspace: gitWorkspace({ 'coverage/lcov.info': LCOV }) });
    expect(allowed.result!.gates[0]!.status).toBe('pass');
  });

  it('a report the pull request adds or changes is refused', async () => {
    const gh = await start(
      `version: 1
gates:
  audit:
    type: audit
    report: reports/audit.json
`,
      { files: ['src/app.ts', { path: 'reports/audit.json', changeType: 'ADDED' }] },
    );
    const run = await runAction(gh, {
      ...RUN,
      files: { 'reports/audit.json': fixture('audit/npm7-none.json') },
    });
    expect(run.result!.gates[0]).toMatchObject({
      status: 'error',
      summary: expect.stringContaining(
        'The audit report reports/audit.json is added or changed by the pull request.',
      ),
    });
  });

  it('a report that resolves through a symlink outside the workspace is refused, and its content never shown', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'shipgate-outside-'));
    writeFileSync(join(outside, 'lcov.info'), 'TN:\nSF:src/a.js\nDA:1,1\nLF:1\nLH:1\nend_of_record\n');
    const gh = await start(coverageConfig());
    const workspace = mkdtempSync(join(tmpdir(), 'shipgate-ws-'));
    mkdirSync(join(workspace, 'coverage'));
    symlinkSync(join(outside, 'lcov.info'), join(workspace, 'coverage', 'lcov.info'));
    const run = await runAction(gh, { ...RUN, workspace });
    expect(run.result!.gates[0]).toMatchObject({
      status: 'error',
      summary:
        'The coverage report coverage/lcov.info resolves (through a symlink or its path) outside the workspace; a report must be a file the job wrote inside the workspace.',
    });
  });
});

describe('the tests and sarif gates apply the same rules', () => {
  const testsConfig = (extra = '') => `version: 1
gates:
  unit:
    type: tests
    report: "reports/*.xml"${extra}
`;

  it('a committed JUnit report is refused, and passes with allow-committed: true', async () => {
    const junit = readFileSync(jestJunit({ pass: 3 }), 'utf8');
    const gh = await start(testsConfig());
    const refused = await runAction(gh, { ...RUN, workspace: gitWorkspace({ 'reports/jest.xml': junit }) });
    expect(refused.code).toBe(1);
    expect(refused.result!.gates[0]).toMatchObject({
      status: 'error',
      summary: expect.stringContaining(
        'The test report reports/jest.xml is tracked in git in the checkout. A report must be written by this job',
      ),
    });
    expect(commentText(gh)).toContain('reports/jest.xml is tracked in git in the checkout');
    await fake!.close();
    const gh2 = await start(testsConfig('\n    allow-committed: true'));
    fake = gh2;
    const allowed = await runAction(gh2, { ...RUN, workspace: gitWorkspace({ 'reports/jest.xml': junit }) });
    expect(allowed.result!.gates[0]).toMatchObject({ status: 'pass', summary: 'All 3 tests passed' });
  });

  it('a SARIF file reached through a symlink outside the workspace is refused, and its content never shown', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'shipgate-outside-'));
    writeFileSync(join(outside, 'eslint.sarif'), readFileSync(eslintSarif({ clean: true }), 'utf8'));
    const gh = await start(`version: 1
gates:
  scan:
    type: sarif
    report: reports/eslint.sarif
`);
    const workspace = mkdtempSync(join(tmpdir(), 'shipgate-ws-'));
    mkdirSync(join(workspace, 'reports'));
    symlinkSync(join(outside, 'eslint.sarif'), join(workspace, 'reports', 'eslint.sarif'));
    const run = await runAction(gh, { ...RUN, workspace });
    expect(run.code).toBe(1);
    expect(run.result!.gates[0]).toMatchObject({
      status: 'error',
      summary:
        'The SARIF report reports/eslint.sarif resolves (through a symlink or its path) outside the workspace; a report must be a file the job wrote inside the workspace.',
    });
    expect(commentText(gh)).not.toContain('"$schema"');
  });
});

describe("no gate quotes a file's content", () => {
  const LEAK = 'ghp_SECRETCONTENT1234567890';
  const cases: [string, string, Record<string, string>, RegExp][] = [
    [
      'a coverage file that is no report',
      coverageConfig(),
      { 'coverage/lcov.info': `${LEAK} hello\n` },
      /is not a coverage report shipgate reads/,
    ],
    [
      'an lcov file with a stray line',
      coverageConfig(),
      { 'coverage/lcov.info': `TN:\nSF:src/a.js\n${LEAK}\nend_of_record\n` },
      /is not valid lcov/,
    ],
    [
      "an audit file holding npm's error",
      'version: 1\ngates:\n  audit:\n    type: audit\n    report: audit.json\n',
      {
        'audit.json': JSON.stringify({
          error: {
            code: 'ENOAUDIT',
            summary: `registry https://x:${LEAK}@registry.example.com refused`,
            detail: LEAK,
          },
        }),
      },
      /holds an error from the audit command instead of a report \(npm's error object, code ENOAUDIT\)/,
    ],
    [
      'an audit file that is not JSON',
      'version: 1\ngates:\n  audit:\n    type: audit\n    report: audit.json\n',
      { 'audit.json': `{"auditReportVersion": 2, ${LEAK}` },
      /is not valid JSON/,
    ],
  ];
  for (const [what, config, files, message] of cases) {
    it(`${what}: the gate says what is wrong; the content appears nowhere`, async () => {
      const gh = await start(config);
      const run = await runAction(gh, { ...RUN, files });
      expect(run.result!.gates[0]!.status).toBe('error');
      expect(run.result!.gates[0]!.summary).toMatch(message);
      const comment = stickyComments(gh.world)
        .map((c) => c.body)
        .join('\n');
      for (const [where, text] of Object.entries({
        comment,
        summary: run.summary,
        outputs: JSON.stringify(run.outputs),
        log: run.stdout + run.stderr,
      }))
        expect({ where, leaked: text.includes(LEAK) || text.includes('SECRETCONTENT') }).toEqual({
          where,
          leaked: false,
        });
    });
  }
});
