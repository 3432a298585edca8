/**
 * Fault injection on the bundled action: every request of a passing evaluation, every kind of
 * failure GitHub (or the network) produces, once and persistently. A run is `allowed` only when
 * the retries fully recovered; otherwise the affected gate or the run blocks with a message naming
 * the cause. Comment writes never change the verdict and are never blindly repeated.
 */
import { describe, expect, it } from '@jest/globals';
import {
  APP_TOKEN,
  getPR,
  iso,
  makeWorld,
  setCheckRun,
  startFakeGitHub,
  type FakeGitHub,
  type FaultAction,
  type RecordedRequest,
  type RequestMatch,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { runAction, statuses, stickyComments, type ActionRun, type RunOptions } from './harness.js';

const CONFIG = `version: 1
groups:
  release-managers: ["@acme/release-managers"]
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

/** The "all gates pass" scenario; alice signs off as a member of @acme/release-managers, so the team read matters. */
const SCENARIO: ScenarioOptions = {
  config: CONFIG,
  comments: [{ author: 'alice', body: 'Rollback is a revert.\n/signoff rollback-plan' }],
};
const ENV = { SHIPGATE_REQUEST_TIMEOUT_MS: '1500' };
const BASE_RUN: RunOptions = { token: APP_TOKEN, env: ENV };

// ---------------------------------------------------------------------------------------------
// The faults

interface FaultCase {
  name: string;
  action: FaultAction;
  /** What the message of an unrecovered fault says. */
  cause: RegExp;
  /** Recovers when injected once on a read. */
  transient: boolean;
  graphqlOnly?: boolean;
  /** The request may have been processed by GitHub (only meaningful for writes). */
  mayLand?: boolean;
}

const FAULTS: FaultCase[] = [
  {
    name: '500',
    action: { type: 'status', status: 500 },
    cause: /GitHub answered 500/,
    transient: true,
    mayLand: true,
  },
  {
    name: '502',
    action: { type: 'status', status: 502 },
    cause: /GitHub answered 502/,
    transient: true,
    mayLand: true,
  },
  {
    name: '503',
    action: { type: 'status', status: 503 },
    cause: /GitHub answered 503/,
    transient: true,
    mayLand: true,
  },
  {
    name: 'connection reset',
    action: { type: 'reset' },
    cause: /could not reach GitHub/,
    transient: true,
    mayLand: true,
  },
  {
    name: 'timeout',
    action: { type: 'timeout' },
    cause: /did not answer in time/,
    transient: true,
    mayLand: true,
  },
  // The fake keeps the budget spent until the reset (10 minutes away): shipgate does not wait that long.
  {
    name: '403 primary rate limit',
    action: { type: 'rate-limit', resetInSeconds: 600 },
    cause: /rate limit is exhausted|rate limit was exceeded/,
    transient: false,
  },
  {
    name: '403 secondary rate limit',
    action: { type: 'secondary-rate-limit' },
    cause: /secondary rate limit/,
    transient: true,
  },
  {
    name: '403 secondary rate limit with retry-after',
    action: { type: 'secondary-rate-limit', retryAfter: 1 },
    cause: /secondary rate limit/,
    transient: true,
  },
  {
    name: '429 with retry-after',
    action: { type: 'secondary-rate-limit', status: 429, retryAfter: 1 },
    cause: /secondary rate limit/,
    transient: true,
  },
  {
    name: 'GraphQL RATE_LIMITED',
    action: { type: 'graphql-errors' },
    cause: /rate limit/,
    transient: true,
    graphqlOnly: true,
  },
  {
    name: 'GraphQL "something went wrong"',
    action: {
      type: 'graphql-errors',
      errors: [
        {
          message:
            'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.',
        },
      ],
    },
    cause: /Something went wrong/,
    transient: true,
    graphqlOnly: true,
  },
  { name: 'malformed JSON', action: { type: 'malformed-json' }, cause: /not JSON/, transient: true },
  {
    name: 'truncated body',
    action: { type: 'truncated' },
    cause: /not JSON|incomplete|could not reach GitHub/,
    transient: true,
  },
];
const PERSISTENT = [
  '502',
  'connection reset',
  'timeout',
  '403 secondary rate limit',
  'GraphQL RATE_LIMITED',
  'malformed JSON',
  'truncated body',
];

// ---------------------------------------------------------------------------------------------
// Scenarios and their request sequences

interface Scenario {
  name: string;
  /** Builds the fake and does anything before the run under test (e.g. a first run). */
  setup: () => Promise<FakeGitHub>;
  run: RunOptions;
  /** Only these request kinds are swept (default: all). */
  only?: (label: string) => boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'first run (creates the comment)',
    setup: () => startFakeGitHub(makeWorld(SCENARIO)),
    run: BASE_RUN,
  },
  {
    name: 'second run (updates the comment)',
    setup: async () => {
      const gh = await startFakeGitHub(makeWorld(SCENARIO));
      const first = await runAction(gh, { ...BASE_RUN, runId: 7000 });
      if (first.code !== 0 || stickyComments(gh.world).length !== 1)
        throw new Error(`setup run failed:\n${first.stdout}`);
      return gh;
    },
    run: { ...BASE_RUN, runId: 7001 },
  },
  {
    name: 'waiting for a running check',
    setup: async () => {
      const gh = await startFakeGitHub(makeWorld(SCENARIO));
      setCheckRun(gh.world, 'test (integration)', 'IN_PROGRESS');
      // The first time the checks are read again, the check has finished (also when that read is faulted).
      gh.inject({
        match: { operation: 'ShipgateChecks' },
        before: (w) => setCheckRun(w, 'test (integration)', 'COMPLETED', 'SUCCESS'),
      });
      return gh;
    },
    run: { ...BASE_RUN, inputs: { wait: '30s' } },
    only: (label) => label === 'ShipgateChecks',
  },
];

interface Step {
  label: string;
  match: RequestMatch;
  nth: number;
  kind: 'facts' | 'teams' | 'checks' | 'comment-write' | 'comment-read';
  graphql: boolean;
}

function stepsOf(requests: RecordedRequest[]): Step[] {
  const counts = new Map<string, number>();
  return requests.map((r) => {
    const label = r.graphql ? (r.graphql.operationName ?? 'graphql') : r.operation!;
    const nth = (counts.get(label) ?? 0) + 1;
    counts.set(label, nth);
    const match: RequestMatch = r.graphql ? { operation: label } : { rest: label };
    const kind: Step['kind'] =
      label === 'ShipgateFacts'
        ? 'facts'
        : label === 'ShipgateTeams'
          ? 'teams'
          : label === 'ShipgateChecks'
            ? 'checks'
            : r.method === 'GET'
              ? 'comment-read'
              : 'comment-write';
    return { label, match, nth, kind, graphql: !!r.graphql };
  });
}

/** Runs `f` with at most `limit` at a time (the spawned actions share 2 cores). */
function pool(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(f: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((r) => queue.push(r));
    active++;
    try {
      return await f();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
const limited = pool(2);

const STACK = /\n\s+at .+:\d+:\d+\)?/;

function expectNoStack(run: ActionRun) {
  expect(run.stdout).not.toMatch(STACK);
  expect(run.stderr).not.toMatch(STACK);
}

const sequences = new Map<string, Promise<Step[]>>();

function baseline(s: Scenario): Promise<Step[]> {
  let known = sequences.get(s.name);
  if (!known) sequences.set(s.name, (known = record(s)));
  return known;
}

async function record(s: Scenario): Promise<Step[]> {
  const gh = await s.setup();
  try {
    const before = gh.requests.length;
    const run = await runAction(gh, s.run);
    expect(run.code).toBe(0);
    expect(statuses(run)).toEqual({ tests: 'pass', approvals: 'pass', 'rollback-plan': 'pass' });
    return stepsOf(gh.requests.slice(before));
  } finally {
    await gh.close();
  }
}

/** Checks one run under a fault and returns a one-line description for failures. */
async function check(s: Scenario, step: Step, fault: FaultCase, persistent: boolean, landed = false) {
  const gh = await s.setup();
  try {
    const handle = gh.inject({
      match: step.match,
      nth: step.nth,
      times: persistent ? Infinity : 1,
      action: fault.action,
      // The POST was processed, but the answer never reached the client.
      before: landed
        ? (w, req) => {
            const pr = getPR(w);
            const t = iso(new Date());
            pr.comments.push({
              databaseId: w.nextId++,
              author: { login: 'shipgate-app[bot]', type: 'Bot' },
              body: (req.body as { body: string }).body,
              createdAt: t,
              updatedAt: t,
            });
          }
        : undefined,
    });
    const run = await runAction(gh, s.run);
    expect(handle.applied).toBeGreaterThanOrEqual(1);
    expectNoStack(run);
    expect(gh.validationErrors).toEqual([]);
    const log = run.stdout;
    const recovered = fault.transient && !persistent;

    if (step.kind === 'comment-write' || step.kind === 'comment-read') {
      // The verdict never depends on the comment.
      expect(run.code).toBe(0);
      expect(run.outputs.allowed).toBe('true');
      const stickies = stickyComments(gh.world);
      if (step.label.startsWith('PATCH')) {
        expect(stickies).toHaveLength(1);
        if (recovered) expect(stickies[0]!.body).toContain('"run":7001');
        else {
          expect(log).toMatch(/::warning::could not write the checklist comment: .*/);
          expect(log).toMatch(fault.cause);
        }
      } else if (step.label.startsWith('POST')) {
        // Never more than one; exactly one whenever a POST landed or could be repeated safely.
        if (landed || recovered) expect(stickies).toHaveLength(1);
        else expect(stickies.length).toBeLessThanOrEqual(1);
        // A POST that may have landed is never sent again blindly: only after looking (a rate
        // limit answer means it was not processed, so that one is simply retried).
        const posts = gh.requestsMatching({ rest: step.label }).map((r) => r.seq);
        if (landed) expect(posts).toHaveLength(1);
        if (fault.mayLand && posts.length > 1)
          expect(
            gh
              .requestsMatching({ method: 'GET', graphql: false })
              .some((r) => r.seq > posts[0]! && r.seq < posts[1]!),
          ).toBe(true);
        if (stickies.length === 0) {
          expect(log).toMatch(/::warning::could not write the checklist comment/);
          expect(run.outputs['comment-url']).toBe('');
        } else
          expect(run.outputs['comment-url']).toBe(
            `https://github.com/acme/shop/pull/42#issuecomment-${stickies[0]!.databaseId}`,
          );
      } else {
        // The comment was created; a failed look-around must not lose it.
        expect(stickies).toHaveLength(1);
      }
      return;
    }

    if (recovered) {
      expect({ fault: fault.name, at: step.label, code: run.code, allowed: run.outputs.allowed }).toEqual({
        fault: fault.name,
        at: step.label,
        code: 0,
        allowed: 'true',
      });
      expect(stickyComments(gh.world)).toHaveLength(1);
      expect(stickyComments(gh.world)[0]!.body).toContain('## ✅ Deploy allowed');
      return;
    }
    // Unrecovered: never allowed; the message names the cause.
    expect(run.code).toBe(1);
    expect(run.outputs.allowed).toBe('false');
    if (step.kind === 'facts') {
      expect(log).toMatch(/::error::shipgate could not evaluate the deploy gate: reading pull request #42: /);
      expect(log).toMatch(fault.cause);
      expect(JSON.parse(run.outputs.result!)).toMatchObject({ allowed: false, pr: 42, gates: [] });
      return;
    }
    const gateId = step.kind === 'teams' ? 'rollback-plan' : 'tests';
    const gate = run.result!.gates.find((g) => g.id === gateId)!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toMatch(fault.cause);
    expect(run.outputs.blocking).toBe(gateId);
    // The comment still tells the story.
    const stickies = stickyComments(gh.world);
    expect(stickies).toHaveLength(1);
    expect(stickies[0]!.body).toContain('## 🚫 Deploy blocked');
  } finally {
    await gh.close();
  }
}

describe.each(SCENARIOS)('faults: $name', (s) => {
  const cases: [string, string, boolean, boolean][] = [];
  // Cases are generated from the recorded sequence, which needs the fake: record it lazily but
  // generate the matrix from the known shape (asserted equal to the recording below).
  const shape: Record<string, string[]> = {
    'first run (creates the comment)': [
      'ShipgateFacts',
      'ShipgateTeams',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ],
    'second run (updates the comment)': [
      'ShipgateFacts',
      'ShipgateTeams',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ],
    'waiting for a running check': [
      'ShipgateFacts',
      'ShipgateTeams',
      'ShipgateChecks',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ],
  };
  it('records the request sequence of a passing evaluation', async () => {
    const steps = await baseline(s);
    expect(steps.map((x) => x.label)).toEqual(shape[s.name]);
  });
  for (const label of shape[s.name]!.filter((l) => !s.only || s.only(l))) {
    const graphql = !label.includes(' ');
    for (const f of FAULTS) {
      if (f.graphqlOnly && !graphql) continue;
      cases.push([label, f.name, false, false]);
      if (PERSISTENT.includes(f.name) && !(f.graphqlOnly && !graphql))
        cases.push([label, f.name, true, false]);
      if (label.startsWith('POST') && f.mayLand) cases.push([label, f.name, false, true]);
    }
  }
  it.concurrent.each(cases)(
    '%s: %s (persistent: %s, POST landed: %s)',
    async (label, faultName, persistent, landed) => {
      await limited(async () => {
        const steps = await baseline(s);
        const step = steps.find((x) => x.label === label)!;
        await check(
          s,
          step,
          FAULTS.find((f) => f.name === faultName)!,
          persistent,
          landed,
        );
      });
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Missing permissions and the rules of the checks gate, end to end

async function withFake(opts: ScenarioOptions, f: (gh: FakeGitHub) => Promise<void>) {
  const gh = await startFakeGitHub(makeWorld({ ...SCENARIO, ...opts }));
  try {
    await f(gh);
    expect(gh.validationErrors).toEqual([]);
  } finally {
    await gh.close();
  }
}
const gateOf = (run: ActionRun, id: string) => run.result!.gates.find((g) => g.id === id)!;
const FORBIDDEN: FaultAction = {
  type: 'status',
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403',
  },
};

describe('missing permissions say so', () => {
  it('a 403 reading team members is "the token lacks permission", never "not a member"', () =>
    withFake({}, async (gh) => {
      gh.inject({ match: { operation: 'ShipgateTeams' }, times: Infinity, action: FORBIDDEN });
      const run = await runAction(gh, BASE_RUN);
      expectNoStack(run);
      const g = gateOf(run, 'rollback-plan');
      expect(g.status).toBe('error');
      expect(g.summary).toContain('the token lacks permission to read members of @acme/release-managers');
      expect(g.summary).not.toMatch(/not a member|not allowed/);
      expect(run.outputs.blocking).toBe('rollback-plan');
      expect(stickyComments(gh.world)).toHaveLength(1);
    }));

  it('a token without checks: read is told so, never "no check named …"', () =>
    withFake({}, async (gh) => {
      gh.world.tokens[APP_TOKEN]!.permissions!.checks = 'none';
      const run = await runAction(gh, BASE_RUN);
      expectNoStack(run);
      expect(run.code).toBe(1);
      expect(run.outputs.allowed).toBe('false');
      // Only the checks gate is affected: it is `error` with the reason; the others are evaluated.
      const checks = run.result!.gates.find((g) => g.type === 'checks')!;
      expect(checks.status).toBe('error');
      expect(checks.summary).toMatch(/the token lacks permission to read checkSuites/);
      expect(checks.summary).toContain('`checks: read`');
      expect(run.outputs.blocking).toBe(checks.id);
      expect(run.result!.gates.filter((g) => g.type !== 'checks').every((g) => g.status === 'pass')).toBe(
        true,
      );
      expect(run.stdout).not.toMatch(/no check named/);
      expect(stickyComments(gh.world)).toHaveLength(1);
    }));

  for (const status of [403, 404] as const) {
    it(`a ${status} re-reading the checks while waiting makes the gate "error: the token lacks permission"`, () =>
      withFake({}, async (gh) => {
        setCheckRun(gh.world, 'test (integration)', 'IN_PROGRESS');
        gh.inject({
          match: { operation: 'ShipgateChecks' },
          times: Infinity,
          action:
            status === 403
              ? FORBIDDEN
              : {
                  type: 'status',
                  status: 404,
                  body: {
                    message: 'Not Found',
                    documentation_url: 'https://docs.github.com/rest',
                    status: '404',
                  },
                },
        });
        const run = await runAction(gh, { ...BASE_RUN, inputs: { wait: '30s' } });
        expectNoStack(run);
        const g = gateOf(run, 'tests');
        expect(g.status).toBe('error');
        expect(g.summary).toContain('the token lacks permission');
        expect(g.summary).not.toMatch(/no check|still running/);
        expect(run.outputs.blocking).toBe('tests');
        expect(stickyComments(gh.world)[0]!.body).toContain('Deploy blocked');
      }));
  }
});

describe('checks rules', () => {
  const withChecks = (require: string, extra = '') =>
    CONFIG.replace('require: ["build", "test (*)"]', `require: ${require}${extra}`);

  it('zero matching checks never pass', () =>
    withFake({ config: withChecks('["*"]'), checkSuites: [], statuses: [] }, async (gh) => {
      const run = await runAction(gh, BASE_RUN);
      expect(gateOf(run, 'tests').status).toBe('fail');
      expect(gateOf(run, 'tests').summary).toMatch(/^no check named "\*" on [0-9a-f]{7}$/);
      expect(run.outputs.blocking).toBe('tests');
    }));

  it('waits for a check that has not been created yet, and passes once it appears and succeeds', () =>
    withFake({ config: withChecks('["build", "deploy-preview"]') }, async (gh) => {
      // The second time the checks are read, the workflow that reports "deploy-preview" has started and finished.
      gh.inject({
        match: { operation: 'ShipgateChecks' },
        before: (w) => {
          const head = w.repos[0]!.commits.find((c) => c.oid === getPR(w).headRefOid)!;
          const id = w.nextId++;
          const t = iso(new Date());
          head.checkSuites.push({
            databaseId: w.nextId++,
            app: { slug: 'github-actions' },
            workflowRun: { databaseId: 555, name: 'Preview' },
            status: 'COMPLETED',
            conclusion: 'SUCCESS',
            createdAt: t,
            checkRuns: [
              {
                databaseId: id,
                name: 'deploy-preview',
                status: 'COMPLETED',
                conclusion: 'SUCCESS',
                startedAt: t,
                completedAt: t,
                detailsUrl: null,
              },
            ],
          });
        },
      });
      const run = await runAction(gh, { ...BASE_RUN, inputs: { wait: '30s' } });
      expect(run.stdout).toContain('waiting for tests');
      expect(gateOf(run, 'tests')).toMatchObject({ status: 'pass', summary: 'all 2 required checks passed' });
      expect(run.code).toBe(0);
    }));

  for (const newest of ['SUCCESS', 'FAILURE'] as const) {
    it(`the newest run of a re-run check wins (newest: ${newest})`, () =>
      withFake(
        {
          config: withChecks('["build"]'),
          checkSuites: [
            {
              workflow: 'CI',
              runs: [
                {
                  name: 'build',
                  conclusion: newest === 'SUCCESS' ? 'FAILURE' : 'SUCCESS',
                  startedAt: '2026-03-02T10:00:00Z',
                },
              ],
            },
            {
              workflow: 'CI',
              runs: [{ name: 'build', conclusion: newest, startedAt: '2026-03-02T10:20:00Z' }],
            },
          ],
        },
        async (gh) => {
          const run = await runAction(gh, BASE_RUN);
          expect(gateOf(run, 'tests').status).toBe(newest === 'SUCCESS' ? 'pass' : 'fail');
        },
      ));
  }

  it('skipped and neutral checks pass by default, and not when `accept` says otherwise', () =>
    withFake(
      {
        config: withChecks('["build", "test (*)"]'),
        checkSuites: [
          {
            workflow: 'CI',
            runs: [
              'build',
              { name: 'test (unit)', conclusion: 'SKIPPED' },
              { name: 'test (e2e)', conclusion: 'NEUTRAL' },
            ],
          },
        ],
      },
      async (gh) => {
        const run = await runAction(gh, BASE_RUN);
        expect(gateOf(run, 'tests')).toMatchObject({
          status: 'pass',
          summary: 'all 3 required checks passed',
        });
        gh.world.repos[0]!.blobs[getPR(gh.world).baseRefOid]!['.github/shipgate.yml'] = withChecks(
          '["build", "test (*)"]',
          '\n    accept: [success]',
        );
        const strict = await runAction(gh, { ...BASE_RUN, runId: 7002 });
        expect(gateOf(strict, 'tests').status).toBe('fail');
        expect(gateOf(strict, 'tests').summary).toMatch(/^2 of 3 required checks failed/);
      },
    ));
});
