/**
 * End-to-end (bundled dist/index.js against the fake GitHub): where the rules come from, what
 * GitHub records about pushes, reading everything or failing closed, who an approval counts from,
 * checks per source, and the GraphQL endpoint of GitHub Enterprise Server.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  APP_TOKEN,
  at,
  forcePush,
  getPR,
  getCommit,
  getRepo,
  headCommit,
  makeBigWorld,
  makeWorld,
  oidOf,
  pushCommit,
  setCheckRun,
  startFakeGitHub,
  type CheckSuite,
  type FakeGitHub,
  type World,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { plain, prPayload, runAction, statuses, stickyComments } from './harness.js';

const CONFIG = `version: 1
gates:
  tests:
    type: checks
    require: ["build", "test (*)"]
  approvals:
    type: approvals
    min: 1
`;

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(opts: ScenarioOptions = {}) {
  fake = await startFakeGitHub(makeWorld({ config: CONFIG, ...opts }));
  return fake;
}

/** A completed, successful suite as GitHub adds it while shipgate pages (ids from the world). */
function lateSuite(world: World, app: string, runs: string[]): CheckSuite {
  return {
    databaseId: world.nextId++,
    app: { slug: app, name: app },
    workflowRun: null,
    status: 'COMPLETED',
    conclusion: 'SUCCESS',
    createdAt: at(70),
    checkRuns: runs.map((name) => ({
      databaseId: world.nextId++,
      name,
      status: 'COMPLETED',
      conclusion: 'SUCCESS',
      startedAt: at(70),
      completedAt: at(71),
      detailsUrl: null,
    })),
  };
}

describe('GraphQL endpoint', () => {
  it('github.com layout: GraphQL at GITHUB_GRAPHQL_URL = <api>/graphql', async () => {
    const gh = await start();
    const run = await runAction(gh);
    expect(run.outputs.allowed).toBe('true');
    const gql = gh.requestsMatching({ graphql: true });
    expect(gql.length).toBeGreaterThan(0);
    expect(gql.every((r) => r.rawPath === '/graphql')).toBe(true);
  });

  it('GitHub Enterprise Server layout: REST under <host>/api/v3, GraphQL at GITHUB_GRAPHQL_URL = <host>/api/graphql', async () => {
    const gh = await start();
    const run = await runAction(gh, {
      env: { GITHUB_API_URL: `${gh.url}/api/v3`, GITHUB_GRAPHQL_URL: `${gh.url}/api/graphql` },
    });
    expect(run.stdout).not.toContain('could not evaluate');
    expect(run.outputs.allowed).toBe('true');
    expect(statuses(run)).toEqual({ tests: 'pass', approvals: 'pass' });
    const gql = gh.requestsMatching({ graphql: true });
    expect(gql.length).toBeGreaterThan(0);
    expect(gql.every((r) => r.rawPath === '/api/graphql')).toBe(true);
    // The sticky comment went through REST under /api/v3.
    const rest = gh.requestsMatching({ graphql: false });
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((r) => r.rawPath.startsWith('/api/v3/'))).toBe(true);
  });

  it('GitHub Enterprise Server without GITHUB_GRAPHQL_URL: <host>/api/graphql is derived from <host>/api/v3', async () => {
    const gh = await start();
    const run = await runAction(gh, { env: { GITHUB_API_URL: `${gh.url}/api/v3`, GITHUB_GRAPHQL_URL: '' } });
    expect(run.outputs.allowed).toBe('true');
    expect(gh.requestsMatching({ graphql: true }).every((r) => r.rawPath === '/api/graphql')).toBe(true);
  });
});

/** Rules on the base: a rollback sign-off is required. */
const STRICT = `version: 1
gates:
  approvals: { type: approvals, min: 1 }
  rollback-plan: { type: manual, signoff: [rita-release] }
`;
/** What a PR would like the rules to be: the sign-off gate deleted. */
const LOOSE = `version: 1
gates:
  approvals: { type: approvals, min: 1 }
`;

/** The push event GitHub sends when PR #42 is merged: `before` is the base before the merge. */
function mergePush(gh: FakeGitHub) {
  const pr = getPR(gh.world);
  return {
    event: 'push',
    sha: pr.mergeCommit!,
    payload: {
      ref: 'refs/heads/main',
      before: pr.baseRefOid,
      after: pr.mergeCommit,
      repository: { full_name: 'acme/shop' },
    },
    token: APP_TOKEN,
  };
}

describe('where the rules come from', () => {
  it("on push, a merged PR that deletes a gate is judged by the rules before the merge (the push's before)", async () => {
    const gh = await start({ config: STRICT, state: 'MERGED', headFiles: { '.github/shipgate.yml': LOOSE } });
    const run = await runAction(gh, mergePush(gh));
    expect(run.stdout).toContain(`was merged in pull request #42`);
    expect(statuses(run)).toEqual({ approvals: 'pass', 'rollback-plan': 'fail' });
    expect(run.outputs.allowed).toBe('false');
    expect(run.summary).toContain(`${getPR(gh.world).baseRefOid.slice(0, 7)}, the branch before this push`);
  });

  it('on push, a merged PR that edits CODEOWNERS is judged by the CODEOWNERS before the merge', async () => {
    const config = 'version: 1\ngates:\n  approvals: { type: approvals, min: 1, codeowners: true }\n';
    const gh = await start({
      config,
      state: 'MERGED',
      codeowners: '* @dave-dba\n',
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      headFiles: { '.github/CODEOWNERS': '* @alice\n' },
    });
    const run = await runAction(gh, mergePush(gh));
    const gate = run.result!.gates.find((g) => g.id === 'approvals')!;
    expect(gate.status).toBe('fail');
    expect(gate.summary).toContain('no code owner approval');
  });

  it('on workflow_dispatch of a merge commit (no push payload), the rules are the base before the merge', async () => {
    const gh = await start({ config: STRICT, state: 'MERGED', headFiles: { '.github/shipgate.yml': LOOSE } });
    const run = await runAction(gh, {
      event: 'workflow_dispatch',
      payload: {},
      sha: getPR(gh.world).mergeCommit!,
      token: APP_TOKEN,
    });
    expect(statuses(run)).toEqual({ approvals: 'pass', 'rollback-plan': 'fail' });
  });

  /** PR #42 targets `loose`, a branch whose config drops the sign-off; main (the default) has the strict one. */
  async function retargeted() {
    const gh = await start({ config: LOOSE, baseRef: 'loose' });
    const repo = getRepo(gh.world);
    repo.blobs[repo.refs.main!]!['.github/shipgate.yml'] = STRICT;
    return gh;
  }

  it("a PR against another branch than the default one is judged by the default branch's config", async () => {
    const gh = await retargeted();
    const run = await runAction(gh, { token: APP_TOKEN });
    expect(statuses(run)).toEqual({ approvals: 'pass', 'rollback-plan': 'fail' });
    expect(plain(run.summary)).toContain(
      'the tip of main, the default branch (the pull request targets loose)',
    );
  });

  it('config-ref still opts into another ref explicitly', async () => {
    const gh = await retargeted();
    const run = await runAction(gh, { token: APP_TOKEN, inputs: { 'config-ref': 'loose' } });
    expect(statuses(run)).toEqual({ approvals: 'pass' });
  });
});

describe('sign-offs and the latest push, as GitHub records pushes', () => {
  const SIGNOFF_CONFIG = `version: 1
gates:
  rollback-plan: { type: manual, signoff: [rita-release], dismiss-stale: true }
`;
  const signoff = { author: 'rita-release', body: '/signoff rollback-plan', createdAt: at(40) };

  it('a push after the sign-off makes it stale, although the commit is back-dated and its CI ran before the sign-off', async () => {
    const gh = await start({ config: SIGNOFF_CONFIG, comments: [signoff] });
    expect(statuses(await runAction(gh, { token: APP_TOKEN }))['rollback-plan']).toBe('pass');
    // The commit claims an old date and its checks ran (on another branch) before the sign-off:
    // GitHub received the push after it.
    pushCommit(gh.world, 42, {
      committedDate: at(10),
      pushedAt: at(50),
      suitesCreatedAt: 20,
      checkSuites: [{ runs: ['build'] }],
    });
    const run = await runAction(gh, { token: APP_TOKEN, runId: 7002 });
    expect(statuses(run)['rollback-plan']).toBe('fail');
    expect(plain(stickyComments(gh.world)[0]!.body)).toContain(
      'given before the latest push (dismiss-stale)',
    );
  });

  it('a sign-off after the latest push counts', async () => {
    const gh = await start({ config: SIGNOFF_CONFIG, comments: [signoff] });
    pushCommit(gh.world, 42, { committedDate: at(10), pushedAt: at(35) });
    expect(statuses(await runAction(gh, { token: APP_TOKEN }))['rollback-plan']).toBe('pass');
  });

  it("a force push after the sign-off makes it stale (the force-push event's time, not the commit's)", async () => {
    const gh = await start({ config: SIGNOFF_CONFIG, comments: [signoff] });
    forcePush(gh.world, 42, { at: at(45), committedDate: at(5) });
    const run = await runAction(gh, { token: APP_TOKEN });
    expect(statuses(run)['rollback-plan']).toBe('fail');
  });

  it("on push (the evaluated commit is the merge commit), a sign-off before the PR's last push is stale", async () => {
    const gh = await start({ config: SIGNOFF_CONFIG, comments: [signoff], state: 'MERGED' });
    // The PR's last head was pushed after the sign-off (its commit date says otherwise).
    const repo = getRepo(gh.world);
    const pr = getPR(gh.world);
    repo.commits.find((c) => c.oid === pr.headRefOid)!.committedDate = at(1);
    repo.commits.find((c) => c.oid === pr.headRefOid)!.pushedDate = at(55);
    const run = await runAction(gh, mergePush(gh));
    expect(run.result!.sha).toBe(pr.mergeCommit);
    expect(statuses(run)['rollback-plan']).toBe('fail');
  });

  it('a hidden (minimized) sign-off comment does not count', async () => {
    const gh = await start({ config: SIGNOFF_CONFIG, comments: [signoff] });
    getPR(gh.world).comments[0]!.isMinimized = true;
    getPR(gh.world).comments[0]!.minimizedReason = 'spam';
    const run = await runAction(gh, { token: APP_TOKEN });
    expect(statuses(run)['rollback-plan']).toBe('fail');
  });
});

describe('reading never stops silently', () => {
  it('comments that cannot all be read (they grow faster than pages are read) make the sign-off gate error', async () => {
    const gh = await start({
      config: 'version: 1\ngates:\n  rollback-plan: { type: manual, signoff: [rita-release] }\n',
      comments: [
        { author: 'rita-release', body: '/signoff rollback-plan', createdAt: at(40) },
        ...Array.from({ length: 120 }, (_, i) => ({ author: 'bob', body: `note ${i}`, createdAt: at(41) })),
      ],
    });
    let n = 0;
    gh.inject({
      match: { operation: 'ShipgateMore' },
      times: Infinity,
      action: { type: 'pass' },
      before: (world) => {
        for (let i = 0; i < 100; i++)
          getPR(world).comments.push({
            databaseId: world.nextId++,
            author: { login: 'spammer' },
            body: `spam ${n++}`,
            createdAt: at(60 + n / 1000),
          });
      },
    });
    const run = await runAction(gh, { token: APP_TOKEN });
    const gate = run.result!.gates.find((g) => g.id === 'rollback-plan')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('not all comments and pushes of pull request #42 could be read');
  }, 180_000);

  it('reviews that cannot all be read make the approvals gate error (a "changes requested" may be among them)', async () => {
    const gh = await start({
      config: 'version: 1\ngates:\n  approvals: { type: approvals, min: 1 }\n',
      reviews: [
        { author: 'alice', state: 'APPROVED' },
        ...Array.from({ length: 120 }, (_, i) => ({ author: `r${i}`, state: 'COMMENTED' as const })),
      ],
    });
    gh.inject({
      match: { operation: 'ShipgateMore' },
      times: Infinity,
      action: { type: 'pass' },
      before: (world) => {
        const pr = getPR(world);
        for (let i = 0; i < 100; i++)
          pr.reviews.push({
            databaseId: world.nextId++,
            author: { login: `late-${world.nextId}` },
            state: 'COMMENTED',
            submittedAt: at(90),
            commitOid: pr.headRefOid,
          });
      },
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'approvals')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('not all reviews of pull request #42 could be read');
  }, 180_000);

  it('check suites that cannot all be read (more keep arriving than pages are read) make the checks gate error, not a pass on the suites read', async () => {
    const suites = [
      { app: 'github-actions', runs: ['build', 'test (unit)'] },
      ...Array.from({ length: 120 }, (_, i) => ({ app: `ci-app-${i}`, workflow: null, runs: [`job-${i}`] })),
    ];
    const gh = await start({ reviews: [{ author: 'alice', state: 'APPROVED' }], checkSuites: suites });
    gh.inject({
      match: { operation: 'ShipgateMore' },
      times: Infinity,
      action: { type: 'pass' },
      before: (world) => {
        const head = headCommit(world);
        for (let i = 0; i < 100; i++)
          head.checkSuites.push(lateSuite(world, `late-app-${world.nextId}`, [`late-${world.nextId}`]));
      },
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'tests')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain(
      `not all check suites of ${getPR(gh.world).headRefOid.slice(0, 7)} could be read`,
    );
    expect(run.outputs.allowed).toBe('false');
  }, 180_000);

  it('check runs of a suite that cannot all be read make the checks gate error (a failure may be among them)', async () => {
    const runs = ['build', 'test (unit)', ...Array.from({ length: 120 }, (_, i) => `shard-${i}`)];
    const gh = await start({ reviews: [{ author: 'alice', state: 'APPROVED' }], checkSuites: [{ runs }] });
    gh.inject({
      match: { operation: 'ShipgateMore' },
      times: Infinity,
      action: { type: 'pass' },
      before: (world) => {
        const suite = headCommit(world).checkSuites[0]!;
        for (let i = 0; i < 100; i++)
          suite.checkRuns.push(lateSuite(world, 'github-actions', [`late-${world.nextId}`]).checkRuns[0]!);
      },
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'tests')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain(
      `not all check runs of ${getPR(gh.world).headRefOid.slice(0, 7)} could be read`,
    );
    expect(run.outputs.allowed).toBe('false');
  }, 180_000);

  it('a PR with more changed files than GitHub lists (3,000) makes a codeowners approval error', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => `src/f${i}.ts`).concat(['db/schema.sql']);
    const gh = await start({
      config: 'version: 1\ngates:\n  approvals: { type: approvals, min: 1, codeowners: true }\n',
      files,
      codeowners: '* @alice\n/db/ @dave-dba\n',
    });
    const run = await runAction(gh, { token: APP_TOKEN });
    const gate = run.result!.gates.find((g) => g.id === 'approvals')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('only 3000 of the 3001 changed files');
  });
});

describe('approvals count as branch protection counts them', () => {
  it('an approval by someone who cannot push (read access) does not count', async () => {
    const gh = await start({ reviews: [{ author: 'carol', state: 'APPROVED' }] });
    getRepo(gh.world).roles = { carol: 'read' };
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'approvals')!;
    expect(gate.status).toBe('fail');
    expect(gate.summary).toBe('0 of 1 required approvals');
    expect(plain(stickyComments(gh.world)[0]!.body)).toContain('carol — cannot push to the repository');
  });

  it('"changes requested" by a triager does not block', async () => {
    const gh = await start({
      reviews: [
        { author: 'alice', state: 'APPROVED' },
        { author: 'tom', state: 'CHANGES_REQUESTED' },
      ],
    });
    getRepo(gh.world).roles = { tom: 'triage' };
    const run = await runAction(gh);
    expect(statuses(run).approvals).toBe('pass');
  });

  it('with dismiss-stale, an approval of a commit GitHub no longer knows is stale', async () => {
    const gh = await start({
      config: CONFIG.replace('min: 1', 'min: 1\n    dismiss-stale: true'),
      reviews: [{ author: 'alice', state: 'APPROVED', commitOid: oidOf('garbage-collected') }],
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'approvals')!;
    expect(gate.status).toBe('fail');
    expect(plain(stickyComments(gh.world)[0]!.body)).toContain('approved a commit GitHub no longer knows');
  });

  it("an outdated pull_request_target payload (head is not the PR's head) blocks, instead of mixing old checks with new approvals", async () => {
    const gh = await start({ reviews: [] });
    const old = prPayload(gh.world);
    pushCommit(gh.world, 42, { checkSuites: [{ runs: ['build', 'test (unit)'] }] });
    getPR(gh.world).reviews.push({
      databaseId: gh.world.nextId++,
      author: { login: 'alice' },
      state: 'APPROVED',
      submittedAt: at(300),
      commitOid: getPR(gh.world).headRefOid,
    });
    const run = await runAction(gh, { event: 'pull_request_target', payload: old });
    expect(run.code).toBe(1);
    expect(run.outputs.allowed).toBe('false');
    expect(run.stdout).toContain(
      `this run is for commit ${(old.pull_request as { head: { sha: string } }).head.sha.slice(0, 7)}, but the head of pull request #42 is now ${getPR(gh.world).headRefOid.slice(0, 7)}`,
    );
  });
});

describe('budget', () => {
  it('the big PR (300 check runs in 12 suites, 60 reviews, 250 comments, 40 files, one team) takes at most 4 reads and 1 write on the first run; team members ride with the second comment page', async () => {
    const world = makeBigWorld();
    const repo = world.repos[0]!;
    repo.blobs[getPR(world).baseRefOid]!['.github/shipgate.yml'] = `version: 1
groups:
  release-managers: ["@acme/release-managers"]
gates:
  tests: { type: checks, require: ["job-*"] }
  approvals: { type: approvals, min: 2 }
  rollback-plan: { type: manual, signoff: [release-managers] }
`;
    fake = await startFakeGitHub(world);
    const run = await runAction(fake, { token: APP_TOKEN });
    expect(run.result!.gates.map((g) => g.status)).not.toContain('error');
    const writes = fake.requests.filter((r) => !r.graphql && r.method !== 'GET');
    const reads = fake.requests.filter((r) => !writes.includes(r));
    expect(writes.map((w) => w.operation)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
    // The facts (3 GraphQL requests) and the check, after posting, that no concurrent run posted too.
    expect(reads.map((r) => r.graphql?.operationName ?? r.operation)).toEqual([
      'ShipgateFacts',
      'ShipgateMore',
      'ShipgateMore',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
    expect(reads.length).toBeLessThanOrEqual(4);
    const teamReads = reads.filter((r) => r.graphql?.query.includes('organization('));
    expect(teamReads).toHaveLength(1);
    expect(teamReads[0]!.graphql!.query).toContain('timelineItems(first: 100, after:');
  });
});

describe('checks: every suite, judged per source', () => {
  const checksConfig = (gate: string) => `version: 1\ngates:\n  tests:\n    type: checks\n${gate}`;

  it('reads every check suite of the commit, however many (a check in the 111th suite counts)', async () => {
    const suites = Array.from({ length: 120 }, (_, i) => ({
      app: `ci-app-${i}`,
      workflow: null,
      runs: [`job-${i}`],
    }));
    suites[0] = { app: 'github-actions', workflow: 'CI', runs: ['build'] } as never;
    suites[110] = { app: 'late-ci', workflow: null, runs: ['late-check'] };
    const gh = await start({
      config: checksConfig('    require: [build, late-check]\n    wait: 1s\n'),
      checkSuites: suites,
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'tests')!;
    expect(gate.summary).toBe('all 2 required checks passed');
  });

  it('reads every check run of a suite with more than 100 (a failure in the 140th run blocks)', async () => {
    const runs: Array<string | { name: string; conclusion: 'FAILURE' }> = [
      'build',
      ...Array.from({ length: 150 }, (_, i) => `shard-${i}`),
    ];
    runs[140] = { name: 'shard-139', conclusion: 'FAILURE' };
    const gh = await start({
      config: checksConfig('    require: [build, "shard-*"]\n'),
      checkSuites: [{ runs }],
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'tests')!;
    expect(gate.status).toBe('fail');
    expect(gate.summary).toContain('shard-139');
  });

  it('on an issue_comment, waiting re-reads the checks of the PR head, not of the default branch the event names (whose checks pass)', async () => {
    const gh = await start({ reviews: [{ author: 'alice', state: 'APPROVED' }] });
    setCheckRun(gh.world, 'test (unit)', 'IN_PROGRESS');
    const mainTip = getRepo(gh.world).refs.main!;
    getCommit(gh.world, mainTip).checkSuites.push(
      lateSuite(gh.world, 'github-actions', ['build', 'test (unit)']),
    );
    const payload = {
      action: 'created',
      issue: { number: 42, pull_request: { url: 'https://api.github.com/repos/acme/shop/pulls/42' } },
      comment: { body: 'ping' },
    };
    const run = await runAction(gh, {
      event: 'issue_comment',
      payload,
      sha: mainTip,
      inputs: { wait: '2s' },
    });
    expect(run.outputs.allowed).toBe('false');
    expect(run.result!.gates.find((g) => g.id === 'tests')!.status).not.toBe('pass');
    const rereads = gh.requestsMatching({ operation: 'ShipgateChecks' });
    expect(rereads.length).toBeGreaterThanOrEqual(1);
    for (const r of rereads) expect(r.graphql!.variables.sha).toBe(getPR(gh.world).headRefOid);
  });

  it('when two apps report the same name, a failure from either blocks (the newer success does not hide it)', async () => {
    const gh = await start({
      config: checksConfig('    require: [build]\n'),
      checkSuites: [
        {
          app: 'other-ci',
          workflow: null,
          runs: [{ name: 'build', conclusion: 'FAILURE', startedAt: at(30) }],
        },
        { app: 'github-actions', runs: [{ name: 'build', startedAt: at(40) }] },
      ],
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'tests')!;
    expect(gate.status).toBe('fail');
    expect(gate.summary).toBe('1 of 2 required checks failed: build (other-ci) (failure)');
  });

  it('a gate-level app pins the source: a check of that name from another app does not count', async () => {
    const gh = await start({
      config: checksConfig('    app: github-actions\n    require: [build]\n    wait: 1s\n'),
      checkSuites: [{ app: 'impostor-app', workflow: null, runs: ['build'] }],
    });
    const run = await runAction(gh);
    const gate = run.result!.gates.find((g) => g.id === 'tests')!;
    expect(gate.status).toBe('fail');
    expect(gate.summary).toContain('no check named "build" from github-actions');
  });

  it("a require entry { name, app } counts only that app: another app's failure of the same name is not its concern", async () => {
    const gh = await start({
      config: checksConfig('    require:\n      - { name: build, app: github-actions }\n'),
      checkSuites: [
        { app: 'github-actions', runs: ['build'] },
        { app: 'other-ci', workflow: null, runs: [{ name: 'build', conclusion: 'FAILURE' }] },
      ],
    });
    const run = await runAction(gh);
    expect(run.result!.gates.find((g) => g.id === 'tests')!.summary).toBe('all 1 required checks passed');
  });
});
