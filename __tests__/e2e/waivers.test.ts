/**
 * End-to-end: waivers (`/waive <gate-id> <reason> [until YYYY-MM-DD]`) and the comment's
 * exceptions ledger, through the bundled action against the fake GitHub.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  APP_TOKEN,
  makeWorld,
  setCheckRun,
  startFakeGitHub,
  type CommentInput,
  type FakeGitHub,
} from '../fake-github/index.js';
import { plain, runAction, statuses, stickyComments } from './harness.js';

const CONFIG = `version: 1
defaults:
  waivers: [rita-release]
gates:
  lint:
    type: checks
    title: Lint is clean
    require: ["lint"]
  approvals:
    type: approvals
    min: 1
    waivers: ["@acme/release-managers"]
  coverage:
    type: coverage
    report: coverage/lcov.info
    min: { lines: 80 }
`;

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

const LCOV = 'TN:\nSF:src/a.ts\nDA:1,1\nDA:2,1\nLF:2\nLH:2\nend_of_record\n';

async function start(comments: CommentInput[], config = CONFIG) {
  fake = await startFakeGitHub(makeWorld({ config, comments }));
  setCheckRun(fake.world, 'lint', 'COMPLETED', 'FAILURE');
  return fake;
}

const NOW = '2026-03-10T12:00:00Z';

describe('waivers', () => {
  it('turns a failing gate into waived with who, why and until when, and allows the deploy', async () => {
    const gh = await start([
      { author: 'rita-release', body: '/waive lint the lint rule is new; fixed in #43 until 2026-03-31' },
    ]);
    const run = await runAction(gh, { inputs: { now: NOW }, files: { 'coverage/lcov.info': LCOV } });
    expect(statuses(run)).toEqual({ lint: 'waived', approvals: 'pass', coverage: 'pass' });
    expect(run.code).toBe(0);
    expect(run.outputs.allowed).toBe('true');
    const lint = run.result!.gates.find((g) => g.id === 'lint')! as { summary: string; waiver?: unknown };
    expect(lint.summary).toMatch(
      /^waived by rita-release until 2026-03-31: the lint rule is new; fixed in #43 \(was: /,
    );
    expect(lint.waiver).toEqual({
      by: 'rita-release',
      reason: 'the lint rule is new; fixed in #43',
      until: '2026-03-31',
      at: expect.any(String),
    });
    const body = plain(stickyComments(gh.world)[0]!.body);
    expect(body).toContain('## ✅ Deploy allowed');
    expect(body).toContain('### Exceptions');
    expect(body).toMatch(
      /\| waiver \| `lint` \| the whole gate \| \[rita-release \([^)]+\)\]\([^)]+\) \| the lint rule is new; fixed in #43 \| until 2026-03-31 \| in force \|/,
    );
  });

  it('ignores a waiver by someone who is not allowed, or by the PR author, and says why', async () => {
    const gh = await start([
      { author: 'mallory', body: '/waive lint trust me' },
      { author: 'dev-dana', body: '/waive lint it is my PR and I say so' },
      { author: 'mallory', body: '/waive approvals nobody has time' },
      // Quoted or shown as code, a command is not a command (the sign-offs' Markdown rules).
      { author: 'rita-release', body: '> /waive lint quoting mallory\n\n`/waive lint in code`' },
    ]);
    const run = await runAction(gh, {
      token: APP_TOKEN,
      inputs: { now: NOW },
      files: { 'coverage/lcov.info': LCOV },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.blocking).toBe('lint');
    expect(statuses(run).lint).toBe('fail');
    const body = plain(stickyComments(gh.world)[0]!.body);
    expect(body).toContain('ignored waiver by mallory');
    expect(body).toContain('mallory is not allowed to waive (allowed: rita-release)');
    expect(body).toContain('the PR author cannot waive a gate on their own PR');
    expect(body).toContain(
      'rita-release can waive it by commenting "/waive lint <reason> until YYYY-MM-DD" on the PR.',
    );
    expect(body).not.toContain('### Exceptions');
  });

  // The same CommonMark reading as /signoff (commandLines in signoff-commands.ts): a waiver someone
  // cannot see in the rendered comment never waives.
  const hidden: [string, string][] = [
    ['an HTML comment', 'Looked at it, still failing.\n\n<!-- /waive lint hidden in an HTML comment -->'],
    ['an indented code block', 'The syntax is:\n\n    /waive lint shown as an indented code block'],
    [
      'a <details> block',
      '<details>\n<summary>notes</summary>\n\n/waive lint hidden in a collapsed block\n\n</details>',
    ],
  ];
  for (const [where, body] of hidden) {
    it(`does not waive with a /waive inside ${where}`, async () => {
      const gh = await start([{ author: 'rita-release', body }]);
      const run = await runAction(gh, {
        token: APP_TOKEN,
        inputs: { now: NOW },
        files: { 'coverage/lcov.info': LCOV },
      });
      expect(statuses(run).lint).toBe('fail');
      expect(run.code).toBe(1);
      expect(run.outputs.blocking).toBe('lint');
      expect(plain(stickyComments(gh.world)[0]!.body)).not.toContain('### Exceptions');
    });
  }

  const markup: [string, string][] = [
    ['an inline HTML comment', '/waive lint known issue <!-- not really -->'],
    [
      'an inline <details>',
      '/waive lint known issue <details><summary>why</summary>see the thread</details>',
    ],
    ['inline code', '/waive lint flaky rule `no-eval`'],
  ];
  for (const [what, body] of markup) {
    it(`does not waive with a /waive line holding ${what}, and says why`, async () => {
      const gh = await start([{ author: 'rita-release', body }]);
      const run = await runAction(gh, {
        token: APP_TOKEN,
        inputs: { now: NOW },
        files: { 'coverage/lcov.info': LCOV },
      });
      expect(statuses(run).lint).toBe('fail');
      expect(run.outputs.blocking).toBe('lint');
      const comment = plain(stickyComments(gh.world)[0]!.body);
      expect(comment).toContain('ignored waiver by rita-release');
      expect(comment).toContain('a waiver is read only as plain text');
      expect(comment).not.toContain('### Exceptions');
    });
  }

  it('stops counting an expired waiver and reports it as expired', async () => {
    const gh = await start([{ author: 'rita-release', body: '/waive lint flaky linter until 2026-03-05' }]);
    const run = await runAction(gh, { inputs: { now: NOW }, files: { 'coverage/lcov.info': LCOV } });
    expect(run.code).toBe(1);
    expect(statuses(run).lint).toBe('fail');
    expect(run.outputs.blocking).toBe('lint');
    const body = plain(stickyComments(gh.world)[0]!.body);
    expect(body).toContain(
      'expired waiver by rita-release (until 2026-03-05): flaky linter; it no longer counts',
    );
    expect(body).toMatch(
      /\| waiver \| `lint` \| the whole gate \| .* \| flaky linter \| until 2026-03-05 \| expired: no longer counts \|/,
    );
  });

  it('counts a waiver through its until day (UTC) and not a day later', async () => {
    const gh = await start([{ author: 'rita-release', body: '/waive lint flaky linter until 2026-03-10' }]);
    const onTheDay = await runAction(gh, {
      inputs: { now: '2026-03-10T23:59:00Z' },
      files: { 'coverage/lcov.info': LCOV },
    });
    expect(statuses(onTheDay).lint).toBe('waived');
    const after = await runAction(gh, {
      runId: 7002,
      inputs: { now: '2026-03-11T00:00:00Z' },
      files: { 'coverage/lcov.info': LCOV },
    });
    expect(statuses(after).lint).toBe('fail');
  });

  it('never waives an error: a gate that could not be evaluated still blocks', async () => {
    const gh = await start([{ author: 'rita-release', body: '/waive coverage no report today' }]);
    const run = await runAction(gh, { inputs: { now: NOW } });
    expect(statuses(run).coverage).toBe('error');
    expect(run.outputs.blocking).toContain('coverage');
    expect(plain(stickyComments(gh.world)[0]!.body)).toContain(
      'the waiver by rita-release does not apply: a waiver turns a fail into waived, never an error',
    );
  });

  it('lists audit allowlist entries in the exceptions ledger, expired ones marked', async () => {
    const audit = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: {
        vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 },
        dependencies: { prod: 1, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 1 },
      },
    });
    const config = `version: 1
gates:
  audit:
    type: audit
    report: audit.json
    allow:
      - { id: GHSA-aaaa-bbbb-cccc, reason: not reachable from our code, expires: 2027-01-31 }
      - { id: GHSA-dddd-eeee-ffff, reason: old exception, expires: 2026-01-31 }
`;
    const gh = await start([], config);
    const run = await runAction(gh, { inputs: { now: NOW }, files: { 'audit.json': audit } });
    expect(statuses(run).audit).toBe('pass');
    const body = plain(stickyComments(gh.world)[0]!.body);
    expect(body).toContain(
      '| audit allowlist | `audit` | GHSA-aaaa-bbbb-cccc |  | not reachable from our code | expires 2027-01-31 | in force |',
    );
    expect(body).toContain(
      '| audit allowlist | `audit` | GHSA-dddd-eeee-ffff |  | old exception | expires 2026-01-31 | expired: no longer counts |',
    );
  });

  it('rejects an unknown group in waivers with a positioned config error', async () => {
    const gh = await start(
      [],
      CONFIG.replace('waivers: [rita-release]', 'waivers: [release-manager]').replace(
        'gates:\n',
        'groups:\n  release-managers: [rita-release]\ngates:\n',
      ),
    );
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=shipgate config,file=.github/shipgate.yml,line=3,col=13::defaults.waivers: no group named "release-manager" (did you mean "release-managers"?)',
    );
  });
});
