/**
 * End-to-end: `check: true` publishes the verdict as the check run `shipgate / <environment>` on
 * the evaluated commit, updated in place; merge-queue runs evaluate the queued commit.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  ACTIONS_PERMISSIONS,
  getPR,
  getRepo,
  headCommit,
  makeWorld,
  oidOf,
  startFakeGitHub,
  type FakeGitHub,
} from '../fake-github/index.js';
import { plain, runAction, statuses } from './harness.js';

const CONFIG = `version: 1
gates:
  tests:
    type: checks
    require: ["build", "test (*)"]
  rollback-plan:
    type: manual
    signoff: [rita-release]
`;
const CHECKS_TOKEN = 'ghs_fakeChecksWriteToken000000000000000';

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(signedOff = true) {
  const world = makeWorld({
    config: CONFIG,
    comments: signedOff ? [{ author: 'rita-release', body: '/signoff rollback-plan' }] : [],
  });
  world.tokens[CHECKS_TOKEN] = {
    login: 'github-actions[bot]',
    type: 'Bot',
    permissions: { ...ACTIONS_PERMISSIONS, checks: 'write' },
  };
  fake = await startFakeGitHub(world);
  return fake;
}

function shipgateRuns(gh: FakeGitHub, oid: string) {
  const c = getRepo(gh.world).commits.find((x) => x.oid === oid)!;
  return c.checkSuites.flatMap((s) =>
    s.checkRuns.filter((r) => r.name.startsWith('shipgate / ')).map((r) => ({ ...r, app: s.app.slug })),
  );
}

describe('the shipgate check run', () => {
  it('publishes the verdict with the checklist on the evaluated commit and updates the same run on the next run', async () => {
    const gh = await start(false);
    const blocked = await runAction(gh, {
      token: CHECKS_TOKEN,
      inputs: { check: 'true', environment: 'production' },
    });
    expect(blocked.code).toBe(1);
    const head = getPR(gh.world).headRefOid;
    let runs = shipgateRuns(gh, head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: 'shipgate / production',
      status: 'COMPLETED',
      conclusion: 'FAILURE',
      app: 'github-actions',
      title: 'Deploy to production blocked by rollback-plan',
    });
    expect(runs[0]!.summary).toContain('## 🚫 Deploy to production blocked');
    expect(plain(runs[0]!.summary!)).toContain('| ❌ | rollback-plan | `rollback-plan` | fail |');
    expect(runs[0]!.summary!.length).toBeLessThanOrEqual(65535);
    expect(runs[0]!.detailsUrl).toBe('https://github.com/acme/shop/actions/runs/7001');

    // Signed off now: the next run turns the same check run green, never a second one.
    getPR(gh.world).comments.push({
      databaseId: 5,
      author: { login: 'rita-release' },
      body: '/signoff rollback-plan',
      createdAt: '2026-03-02T12:00:00Z',
    });
    const allowed = await runAction(gh, {
      token: CHECKS_TOKEN,
      runId: 7002,
      inputs: { check: 'true', environment: 'production' },
    });
    expect(allowed.code).toBe(0);
    runs = shipgateRuns(gh, head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ conclusion: 'SUCCESS', title: 'Deploy to production allowed' });
    expect(gh.requestsMatching({ rest: 'POST /repos/{owner}/{repo}/check-runs' })).toHaveLength(1);
    expect(
      gh.requestsMatching({ rest: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}' }),
    ).toHaveLength(1);
    // Its own verdict never counts as one of the required checks.
    expect(statuses(allowed).tests).toBe('pass');
  });

  it('does not take a workflow job that is also named "shipgate / production" for its own run', async () => {
    const gh = await start();
    const head = headCommit(gh.world);
    head.checkSuites[0]!.checkRuns.push({
      databaseId: 77,
      name: 'shipgate / production',
      status: 'COMPLETED',
      conclusion: 'SUCCESS',
      startedAt: null,
      completedAt: null,
      detailsUrl: null,
      externalId: 'a0c1f6e2-job-guid',
    });
    const run = await runAction(gh, {
      token: CHECKS_TOKEN,
      inputs: { check: 'true', environment: 'production' },
    });
    expect(run.code).toBe(0);
    const runs = shipgateRuns(gh, head.oid);
    expect(runs).toHaveLength(2);
    expect(runs.find((r) => r.databaseId === 77)!.externalId).toBe('a0c1f6e2-job-guid');
    expect(
      gh.requestsMatching({ rest: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}' }),
    ).toHaveLength(0);
  });

  it('evaluates the queued commit of a merge_group run and publishes the check run there', async () => {
    const gh = await start();
    const repo = getRepo(gh.world);
    const pr = getPR(gh.world);
    const queued = oidOf('merge-queue-commit');
    repo.commits.push({
      oid: queued,
      committedDate: '2026-03-02T11:00:00Z',
      checkSuites: JSON.parse(JSON.stringify(headCommit(gh.world).checkSuites)),
      statuses: [],
    });
    repo.blobs[queued] = { ...repo.blobs[pr.headRefOid] };
    const payload = {
      action: 'checks_requested',
      merge_group: {
        head_sha: queued,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-42-${pr.headRefOid}`,
        base_sha: pr.baseRefOid,
        base_ref: 'refs/heads/main',
      },
      repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
    };
    const run = await runAction(gh, {
      event: 'merge_group',
      payload,
      sha: queued,
      token: CHECKS_TOKEN,
      inputs: { check: 'true', environment: 'production' },
    });
    expect(run.code).toBe(0);
    expect(run.result).toMatchObject({ sha: queued, pr: 42, allowed: true });
    expect(shipgateRuns(gh, queued)).toEqual([
      expect.objectContaining({ name: 'shipgate / production', conclusion: 'SUCCESS' }),
    ]);
    expect(shipgateRuns(gh, pr.headRefOid)).toEqual([]);
  });

  it("keeps the check run's output within GitHub's 65,535-character limit for a very long checklist", async () => {
    const gates = Array.from(
      { length: 400 },
      (_, i) =>
        `  item-${i}:\n    type: manual\n    title: "${'Long checklist line '.repeat(9)}${i}"\n    signoff: [rita-release]\n`,
    ).join('');
    const world = makeWorld({ config: `version: 1\ngates:\n${gates}`, comments: [] });
    world.tokens[CHECKS_TOKEN] = {
      login: 'github-actions[bot]',
      type: 'Bot',
      permissions: { ...ACTIONS_PERMISSIONS, checks: 'write' },
    };
    fake = await startFakeGitHub(world);
    const run = await runAction(fake, {
      token: CHECKS_TOKEN,
      inputs: { check: 'true', environment: 'production' },
    });
    expect(run.code).toBe(1);
    const [own] = shipgateRuns(fake, getPR(fake.world).headRefOid);
    expect(own!.conclusion).toBe('FAILURE');
    expect(own!.summary!.length).toBeLessThanOrEqual(65535);
    expect(own!.summary).toContain('## 🚫 Deploy to production blocked');
    // The request itself was valid for GitHub (the fake checks maxLength against the OpenAPI description).
    expect(fake.requestsMatching({ rest: 'POST /repos/{owner}/{repo}/check-runs' })[0]!.status).toBe(201);
  });

  it('warns and keeps the verdict when the token lacks checks: write', async () => {
    const gh = await start();
    const run = await runAction(gh, { inputs: { check: 'true', environment: 'production' } });
    expect(run.code).toBe(0);
    expect(run.outputs.allowed).toBe('true');
    expect(run.stdout).toMatch(
      /::warning::could not publish the shipgate \/ production check run: .*lacks permission.*`checks: write`/,
    );
  });
});
