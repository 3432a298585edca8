/**
 * End-to-end: the bundled dist/index.js, run as a runner runs it, against the fake GitHub.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  APP_TOKEN,
  getPR,
  getRepo,
  makeWorld,
  oidOf,
  pushCommit,
  setCheckRun,
  startFakeGitHub,
  type FakeGitHub,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { plain, runAction, statuses, stickyComments } from './harness.js';

const CONFIG = `version: 1
groups:
  release-managers: ["@acme/release-managers", "rita-release"]
gates:
  tests:
    type: checks
    title: All tests passing
    require: ["build", "test (*)"]
  approvals:
    type: approvals
    min: 1
    dismiss-stale: true
  rollback-plan:
    type: manual
    title: Rollback plan reviewed
    signoff: [release-managers]
`;

const SIGNOFF = { author: 'rita-release', body: 'Rollback is a revert.\n/signoff rollback-plan' };

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(opts: ScenarioOptions = {}) {
  fake = await startFakeGitHub(makeWorld({ config: CONFIG, comments: [SIGNOFF], ...opts }));
  return fake;
}

describe('the bundled action', () => {
  it('allows the deploy when every gate passes, and posts one sticky checklist comment', async () => {
    const gh = await start();
    const run = await runAction(gh);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.allowed).toBe('true');
    expect(run.outputs.blocking).toBe('');
    expect(statuses(run)).toEqual({ tests: 'pass', approvals: 'pass', 'rollback-plan': 'pass' });
    const comments = stickyComments(gh.world);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.author.login).toBe('github-actions[bot]');
    expect(comments[0]!.body).toContain('## ✅ Deploy allowed');
    expect(plain(comments[0]!.body)).toContain('signed off by rita-release');
    expect(run.outputs['comment-url']).toMatch(
      /^https:\/\/github\.com\/acme\/shop\/pull\/42#issuecomment-\d+$/,
    );
    expect(run.summary).toContain('| ✅ | All tests passing | `tests` | pass |');

    // A second run updates the same comment in place.
    const again = await runAction(gh, { runId: 7002 });
    expect(again.code).toBe(0);
    expect(stickyComments(gh.world)).toHaveLength(1);
    expect(
      gh.requestsMatching({ rest: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' }),
    ).toHaveLength(1);
  });

  it('blocks with blocking=approvals when only 1 of 2 approvals is there', async () => {
    const gh = await start({ config: CONFIG.replace('min: 1', 'min: 2') });
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(run.outputs.allowed).toBe('false');
    expect(run.outputs.blocking).toBe('approvals');
    expect(run.stdout).toContain(
      '::error::deploy blocked by 1 gate(s):%0Aapprovals (fail): 1 of 2 required approvals',
    );
    expect(stickyComments(gh.world)[0]!.body).toContain('## 🚫 Deploy blocked');
  });

  it('does not count an approval given before the latest push (dismiss-stale)', async () => {
    const gh = await start({ reviews: [{ author: 'alice', state: 'APPROVED', commitOid: 'previous' }] });
    const run = await runAction(gh);
    expect(run.outputs.blocking).toBe('approvals');
    expect(run.result!.gates.find((g) => g.id === 'approvals')!.summary).toBe('0 of 1 required approvals');
    expect(plain(stickyComments(gh.world)[0]!.body)).toContain('not counted: alice — approved');
    expect(plain(stickyComments(gh.world)[0]!.body)).toContain('before the latest push (dismiss-stale)');
  });

  it('ignores a sign-off by a user who is not allowed, and says why in the comment', async () => {
    const gh = await start({ comments: [{ author: 'mallory', body: '/signoff rollback-plan' }] });
    // A token that can read team members (the default workflow token cannot: see the next test).
    const run = await runAction(gh, { token: APP_TOKEN });
    expect(run.outputs.blocking).toBe('rollback-plan');
    expect(run.result!.gates.find((g) => g.id === 'rollback-plan')!.status).toBe('fail');
    const body = plain(stickyComments(gh.world)[0]!.body);
    expect(body).toContain('ignored sign-off by mallory');
    expect(body).toContain('mallory is not allowed to sign off (allowed: release-managers)');
  });

  it('says the token lacks members: read, instead of "not a member", when it cannot read a team', async () => {
    const gh = await start({ comments: [{ author: 'mallory', body: '/signoff rollback-plan' }] });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'rollback-plan')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('the token lacks permission to read members of @acme/release-managers');
    expect(gate.summary).toContain('`members: read`');
    expect(run.outputs.blocking).toBe('rollback-plan');
  });

  it('waits for a check that is still running and allows once it succeeds', async () => {
    const gh = await start();
    setCheckRun(gh.world, 'test (integration)', 'IN_PROGRESS');
    // The second time the checks are read, the run has finished.
    gh.inject({
      match: { operation: 'ShipgateChecks' },
      nth: 1,
      before: (w) => setCheckRun(w, 'test (integration)', 'COMPLETED', 'SUCCESS'),
    });
    const run = await runAction(gh, { inputs: { wait: '30s' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/waiting for tests/);
    expect(gh.requestsMatching({ operation: 'ShipgateChecks' }).length).toBeGreaterThanOrEqual(1);
  });

  it('fails "no check named …" when a required check never appears within the wait', async () => {
    const gh = await start({
      config: CONFIG.replace('require: ["build", "test (*)"]', 'require: ["build", "e2e"]'),
    });
    const run = await runAction(gh, { inputs: { wait: '2s' } });
    expect(run.code).toBe(1);
    const tests = run.result!.gates.find((g) => g.id === 'tests')!;
    expect(tests.status).toBe('fail');
    expect(tests.summary).toMatch(/^no check named "e2e" on [0-9a-f]{7}$/);
  });

  it('resolves the merged PR of a push and evaluates it', async () => {
    const gh = await start({ state: 'MERGED' });
    const repo = getRepo(gh.world);
    const pr = getPR(gh.world);
    const merge = oidOf('merge-of-42');
    repo.commits.push({
      oid: merge,
      committedDate: '2026-11-20T12:00:00Z',
      checkSuites: JSON.parse(JSON.stringify(repo.commits.find((c) => c.oid === pr.headRefOid)!.checkSuites)),
      statuses: [],
    });
    pr.mergeCommit = merge;
    repo.blobs[merge] = { ...repo.blobs[pr.baseRefOid] };
    const run = await runAction(gh, {
      event: 'push',
      payload: { ref: 'refs/heads/main', after: merge },
      sha: merge,
    });
    expect(run.stdout).toContain(`commit ${merge.slice(0, 7)} was merged in pull request #42`);
    expect(run.result).toMatchObject({ pr: 42, sha: merge, allowed: true });
    expect(run.code).toBe(0);
  });

  it('applies the base branch config even when the PR loosens its own gate', async () => {
    const loose = CONFIG.replace('min: 1', 'min: 0').replace(
      'require: ["build", "test (*)"]',
      'require: ["lint"]',
    );
    const gh = await start({
      config: CONFIG.replace('min: 1', 'min: 3'),
      headFiles: { '.github/shipgate.yml': loose },
    });
    // The workspace is a checkout of the PR, with the loosened config in it.
    const run = await runAction(gh, { files: { '.github/shipgate.yml': loose } });
    expect(run.code).toBe(1);
    expect(run.outputs.blocking).toBe('approvals');
    expect(run.result!.gates.find((g) => g.id === 'approvals')!.summary).toBe('1 of 3 required approvals');
  });

  it('fails the step on invalid config with file:line:column annotations, no stack trace', async () => {
    const gh = await start({ config: CONFIG.replace('min: 1', 'min: 1\n    minimum: 2') });
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=shipgate config,file=.github/shipgate.yml,line=12,col=5::gates.approvals: unknown key "minimum"',
    );
    expect(run.outputs.allowed).toBe('false');
    expect(run.outputs.blocking).toBe('config');
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(stickyComments(gh.world)[0]!.body).toContain('the shipgate config is invalid');
  });

  it('leaves exactly one comment when two runs post at the same time', async () => {
    const gh = await start();
    const [a, b] = await Promise.all([runAction(gh, { runId: 8001 }), runAction(gh, { runId: 8002 })]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(stickyComments(gh.world)).toHaveLength(1);
  });

  it('never lets an older run overwrite the result for a newer commit', async () => {
    const gh = await start();
    const oldPayload = (await import('./harness.js')).prPayload(gh.world);
    pushCommit(gh.world, 42, { checkSuites: [{ runs: ['build', 'test (unit)'] }] });
    const newer = await runAction(gh, { runId: 9002 });
    expect(newer.code).toBe(1); // the approval is stale now
    const before = stickyComments(gh.world)[0]!.body;
    // The re-run of the older commit is blocked as such (its payload's head is not the PR's head).
    const older = await runAction(gh, { runId: 9001, payload: oldPayload });
    expect(older.code).toBe(1);
    expect(older.outputs.allowed).toBe('false');
    expect(older.stdout).toContain('a re-run of an old run, or an outdated pull_request payload');
    expect(stickyComments(gh.world)[0]!.body).toBe(before);
  });

  it('on an issue_comment, reads the config from the tip of the base branch and evaluates the PR', async () => {
    const gh = await start({ config: CONFIG.replace('min: 1', 'min: 2') });
    const payload = {
      action: 'created',
      issue: { number: 42, pull_request: { url: 'https://api.github.com/repos/acme/shop/pulls/42' } },
      comment: { body: '/signoff rollback-plan' },
    };
    const run = await runAction(gh, { event: 'issue_comment', payload, sha: getRepo(gh.world).refs.main! });
    expect(run.result).toMatchObject({ pr: 42, allowed: false });
    expect(run.outputs.blocking).toBe('approvals');
    expect(run.result!.sha).toBe(getPR(gh.world).headRefOid);
  });

  it('with no pull request for the commit, fails the PR-bound gates and posts no comment', async () => {
    const gh = await start();
    const orphan = oidOf('direct-push');
    getRepo(gh.world).commits.push({
      oid: orphan,
      committedDate: '2026-11-20T12:00:00Z',
      checkSuites: [],
      statuses: [],
    });
    const run = await runAction(gh, {
      event: 'workflow_dispatch',
      payload: {},
      sha: orphan,
      files: { '.github/shipgate.yml': CONFIG },
    });
    expect(run.stdout).toContain('no pull request found for commit');
    expect(run.result!.pr).toBeNull();
    expect(run.result!.gates.find((g) => g.id === 'approvals')!.summary).toBe(
      'no pull request for this commit: review approval needs a PR to comment on',
    );
    expect(run.outputs['comment-url']).toBe('');
    expect(gh.requestsMatching({ method: 'POST', graphql: false })).toHaveLength(0);
  });

  it('in report mode, a blocked deploy does not fail the step but still reports it', async () => {
    const gh = await start({ config: CONFIG.replace('min: 1', 'min: 2') });
    const run = await runAction(gh, { inputs: { mode: 'report' } });
    expect(run.code).toBe(0);
    expect(run.outputs.allowed).toBe('false');
    expect(run.outputs.blocking).toBe('approvals');
    expect(run.stdout).toContain(
      '::warning::deploy blocked by approvals (mode: report, so the step does not fail)',
    );
    expect(stickyComments(gh.world)[0]!.body).toContain('## 🚫 Deploy blocked');
  });

  it('with comment: false, posts no comment but still writes the summary and outputs', async () => {
    const gh = await start();
    const run = await runAction(gh, { inputs: { comment: 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs['comment-url']).toBe('');
    expect(stickyComments(gh.world)).toHaveLength(0);
    expect(run.summary).toContain('## ✅ Deploy allowed');
  });

  it('rejects an invalid input with a message naming it, without a stack trace', async () => {
    const gh = await start();
    const run = await runAction(gh, { inputs: { mode: 'strict', wait: '10 minutes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input mode: "strict" is not a mode; expected enforce or report');
    expect(run.outputs.allowed).toBe('false');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
