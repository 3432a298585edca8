/**
 * End-to-end: the `environment` gate (who approved this run's GitHub environment) and the
 * `promotion` gate (the same commit went through the earlier environments first), through the
 * bundled action against the fake GitHub and its REST endpoints.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  ACTIONS_PERMISSIONS,
  getPR,
  getRepo,
  makeWorld,
  oidOf,
  startFakeGitHub,
  type EnvironmentApproval,
  type FakeGitHub,
  type World,
} from '../fake-github/index.js';
import { plain, runAction, statuses, stickyComments } from './harness.js';

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

const RUN_ID = 7001;

describe('the environment gate', () => {
  const CONFIG = `version: 1
groups:
  release-managers: [rita-release, alice]
gates:
  approved:
    type: environment
    title: Production approved by a release manager
    from: [release-managers]
`;
  async function start(approvals: EnvironmentApproval[], config = CONFIG, edit?: (w: World) => void) {
    const world = makeWorld({ config, comments: [] });
    getRepo(world).workflowRuns = [{ id: RUN_ID, approvals }];
    getRepo(world).environments = [
      { name: 'production', reviewers: ['@acme/release-managers'], canAdminsBypass: false },
    ];
    edit?.(world);
    fake = await startFakeGitHub(world);
    return fake;
  }
  const run = (gh: FakeGitHub, env: Record<string, string> = {}) =>
    runAction(gh, {
      inputs: { environment: 'production' },
      env: { GITHUB_ACTOR: 'dev-dana', GITHUB_TRIGGERING_ACTOR: 'dev-dana', ...env },
    });

  it('passes when a release manager approved the environment, and shows who approved and their comment', async () => {
    const gh = await start([
      {
        environments: ['production'],
        state: 'approved',
        user: { login: 'rita-release' },
        comment: 'Runbook checked, on call is ready.',
      },
    ]);
    const r = await run(gh);
    expect(r.code).toBe(0);
    expect(statuses(r)).toEqual({ approved: 'pass' });
    expect(r.result!.gates[0]!.summary).toBe('production approved by rita-release');
    const body = plain(stickyComments(gh.world)[0]!.body);
    expect(body).toContain(
      '| production | rita-release | not recorded by GitHub | Runbook checked, on call is ready. | yes |',
    );
    expect(
      gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals' })[0]!.path,
    ).toBe(`/repos/acme/shop/actions/runs/${RUN_ID}/approvals`);
  });

  it('fails, never passes, when nobody approved the environment', async () => {
    const gh = await start([]);
    const r = await run(gh);
    expect(r.code).toBe(1);
    expect(r.outputs.blocking).toBe('approved');
    expect(r.result!.gates[0]).toMatchObject({
      status: 'fail',
      summary: 'production was not approved by anyone: is the environment protected?',
    });
    expect(plain(stickyComments(gh.world)[0]!.body)).toContain(
      'add them under Settings → Environments → production → Required reviewers',
    );
  });

  it('does not count an approval by the PR author, nor by whoever triggered the run', async () => {
    const gh = await start(
      [
        {
          environments: ['production'],
          state: 'approved',
          user: { login: 'dev-dana' },
          comment: 'my own change, looks good',
        },
        { environments: ['production'], state: 'approved', user: { login: 'alice' }, comment: 'ok' },
      ],
      CONFIG.replace('type: environment', 'type: environment\n    min: 2'),
    );
    const r = await run(gh, { GITHUB_ACTOR: 'alice', GITHUB_TRIGGERING_ACTOR: 'alice' });
    expect(r.code).toBe(1);
    expect(r.result!.gates[0]!.status).toBe('fail');
    expect(r.result!.gates[0]!.summary).toMatch(
      /^0 of 2 approvals of production from release-managers count/,
    );
    const body = plain(stickyComments(gh.world)[0]!.body);
    expect(body).toContain(
      '| production | dev-dana | not recorded by GitHub | my own change, looks good | no: the PR author cannot approve their own deploy |',
    );
    expect(body).toContain(
      '| production | alice | not recorded by GitHub | ok | no: triggered this run: nobody approves their own deploy |',
    );
  });

  it('with protected: true, fails an environment without required reviewers that admins may bypass, naming the settings', async () => {
    const gh = await start(
      [{ environments: ['production'], state: 'approved', user: { login: 'rita-release' }, comment: '' }],
      CONFIG.replace('from: [release-managers]', 'from: [release-managers]\n    protected: true'),
      (w) => (getRepo(w).environments = [{ name: 'production', reviewers: [], canAdminsBypass: true }]),
    );
    const r = await run(gh);
    expect(r.code).toBe(1);
    const gate = r.result!.gates[0]!;
    expect(gate.status).toBe('fail');
    expect(gate.summary).toContain(
      'production has no required reviewers: turn on "Required reviewers" under Settings → Environments → production',
    );
    expect(gate.summary).toContain(
      'lets administrators bypass its protection (can_admins_bypass): untick "Allow administrators to bypass configured protection rules"',
    );
    expect(
      gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/environments/{environment_name}' }),
    ).toHaveLength(1);
  });

  it('with protected: true, fails an environment the repository never configured', async () => {
    const gh = await start(
      [{ environments: ['production'], state: 'approved', user: { login: 'rita-release' }, comment: '' }],
      CONFIG.replace('from: [release-managers]', 'from: [release-managers]\n    protected: true'),
      (w) => (getRepo(w).environments = []),
    );
    const r = await run(gh);
    expect(r.result!.gates[0]!.summary).toContain(
      'the repository has no environment production: GitHub creates it unprotected on first use',
    );
  });

  it('reads the approvals and the environment settings once, however many environment gates ask', async () => {
    const gh = await start(
      [{ environments: ['production'], state: 'approved', user: { login: 'rita-release' }, comment: '' }],
      `${CONFIG}    protected: true\n  approved-again:\n    type: environment\n    from: [rita-release]\n    protected: true\n`,
    );
    const r = await run(gh);
    expect(statuses(r)).toEqual({ approved: 'pass', 'approved-again': 'pass' });
    expect(
      gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals' }),
    ).toHaveLength(1);
    expect(
      gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/environments/{environment_name}' }),
    ).toHaveLength(1);
  });

  it('is an error naming actions: read when the token may not read the approvals', async () => {
    const gh = await start(
      [{ environments: ['production'], state: 'approved', user: { login: 'rita-release' }, comment: '' }],
      CONFIG,
      (w) => {
        w.tokens['ghs_noActions'] = {
          login: 'github-actions[bot]',
          type: 'Bot',
          permissions: { ...ACTIONS_PERMISSIONS, actions: 'none' },
        };
      },
    );
    const r = await runAction(gh, { token: 'ghs_noActions', inputs: { environment: 'production' } });
    expect(r.code).toBe(1);
    expect(r.result!.gates[0]!.status).toBe('error');
    expect(r.result!.gates[0]!.summary).toContain('`actions: read`');
  });
});

describe('the promotion gate', () => {
  const CONFIG = `version: 1
gates:
  promoted:
    type: promotion
    title: Promoted through staging
    after: [staging]
    soak: 30m
`;
  const NOW = '2026-03-02T14:00:00Z';
  async function start(
    deploys: {
      sha: 'head' | string;
      env?: string;
      state?: 'success' | 'failure' | 'in_progress';
      at: string;
    }[],
  ) {
    const world = makeWorld({ config: CONFIG, comments: [] });
    const head = getPR(world).headRefOid;
    getRepo(world).deployments = deploys.map((d, i) => ({
      id: 500 + i,
      sha: d.sha === 'head' ? head : d.sha,
      ref: 'main',
      environment: d.env ?? 'staging',
      createdAt: d.at,
      statuses: [{ id: 600 + i, state: d.state ?? 'success', createdAt: d.at }],
    }));
    fake = await startFakeGitHub(world);
    return fake;
  }
  const run = (gh: FakeGitHub, inputs: Record<string, string> = {}) =>
    runAction(gh, { inputs: { environment: 'production', now: NOW, ...inputs } });

  it('passes when the latest staging deployment is this commit, successful for longer than the soak', async () => {
    const gh = await start([{ sha: 'head', at: '2026-03-02T12:00:00Z' }]);
    const r = await run(gh);
    expect(r.code).toBe(0);
    expect(r.result!.gates[0]!).toMatchObject({
      status: 'pass',
      summary: expect.stringMatching(/^[0-9a-f]{7} was promoted through staging \(soaked 30m\)$/),
    });
  });

  it('fails when the latest staging deployment is another commit, even if this one was deployed before', async () => {
    const other = oidOf('another-commit');
    const gh = await start([
      { sha: 'head', at: '2026-03-02T11:00:00Z' },
      { sha: other, at: '2026-03-02T12:00:00Z' },
      { sha: 'head', env: 'qa', at: '2026-03-02T12:30:00Z' },
    ]);
    const r = await run(gh);
    expect(r.code).toBe(1);
    const head = getPR(gh.world).headRefOid;
    expect(r.result!.gates[0]!).toMatchObject({
      status: 'fail',
      summary: `the latest staging deployment is ${other.slice(0, 7)}, not this commit ${head.slice(0, 7)}: deploy ${head.slice(0, 7)} to staging first`,
    });
  });

  it('blocks while the soak is not over, saying how long is left', async () => {
    const gh = await start([{ sha: 'head', at: '2026-03-02T13:50:00Z' }]);
    const r = await run(gh);
    expect(r.code).toBe(1);
    expect(r.outputs.blocking).toBe('promoted');
    expect(r.result!.gates[0]!).toMatchObject({
      status: 'pending',
      summary: 'staging has been up for 10 m of the 30m soak: retry in 20 m',
    });
  });

  it('fails when the staging deployment of this commit failed, and when staging was never deployed', async () => {
    const failed = await run(await start([{ sha: 'head', state: 'failure', at: '2026-03-02T12:00:00Z' }]));
    expect(failed.result!.gates[0]!.summary).toMatch(/^the staging deployment of [0-9a-f]{7} is failure$/);
    await fake!.close();
    fake = null;
    const never = await run(await start([]));
    expect(never.result!.gates[0]!).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(/^staging was never deployed: deploy [0-9a-f]{7} to staging first$/),
    });
  });

  it('reads the latest deployment of an environment once, however many promotion gates name it', async () => {
    const world = makeWorld({
      config: `${CONFIG}  promoted-again:\n    type: promotion\n    after: [staging]\n`,
      comments: [],
    });
    getRepo(world).deployments = [
      {
        id: 500,
        sha: getPR(world).headRefOid,
        ref: 'main',
        environment: 'staging',
        createdAt: '2026-03-02T12:00:00Z',
        statuses: [{ id: 600, state: 'success', createdAt: '2026-03-02T12:00:00Z' }],
      },
    ];
    const gh = (fake = await startFakeGitHub(world));
    const r = await run(gh);
    expect(statuses(r)).toEqual({ promoted: 'pass', 'promoted-again': 'pass' });
    expect(gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/deployments' })).toHaveLength(1);
    expect(
      gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses' }),
    ).toHaveLength(1);
  });

  it('is skipped for a rollback, saying so, without reading deployments', async () => {
    const gh = await start([{ sha: oidOf('another-commit'), at: '2026-03-02T12:00:00Z' }]);
    const r = await run(gh, { rollback: 'true' });
    expect(r.code).toBe(0);
    expect(r.result!.gates[0]!).toMatchObject({
      status: 'skipped',
      summary:
        'rollback: the promotion order (after staging) is not enforced for this deploy (input rollback: true)',
    });
    expect(gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/deployments' })).toHaveLength(0);
  });
});
