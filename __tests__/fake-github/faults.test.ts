import { afterEach, describe, expect, test } from '@jest/globals';
import {
  ACTIONS_TOKEN,
  getCheckRun,
  makeWorld,
  setCheckRun,
  startFakeGitHub,
  type FakeGitHub,
} from './index.js';
import { gql, rest, type Json } from './client.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const PULL = '/repos/acme/shop/pulls/42';
const get = (f: FakeGitHub, path = PULL, init: RequestInit = {}) =>
  fetch(`${f.url}${path}`, { headers: { authorization: `token ${ACTIONS_TOKEN}` }, ...init });
const CHECKS_QUERY = `query Checks { repository(owner: "acme", name: "shop") { pullRequest(number: 42) { commits(last: 1) { nodes { commit {
  checkSuites(first: 10) { nodes { checkRuns(first: 50) { nodes { name status conclusion } } } } } } } } } }`;

describe('fake GitHub fault injection', () => {
  test('a 5xx on the nth matching request only, then normal service', async () => {
    fake = await startFakeGitHub(makeWorld());
    const h = fake.inject({
      match: { method: 'GET', path: /^\/repos\/acme\/shop\/pulls\/\d+$/ },
      nth: 2,
      times: 2,
      action: { type: 'status', status: 502 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(fake)).status);
    expect(statuses).toEqual([200, 502, 502, 200, 200]);
    expect(h.applied).toBe(2);
    expect(h.matched).toBe(5);
    expect(fake.requests.map((r) => r.fault ?? null)).toEqual([null, 'status', 'status', null, null]);
  });

  test('connection reset makes the client request fail', async () => {
    fake = await startFakeGitHub(makeWorld());
    fake.inject({ action: { type: 'reset' } });
    await expect(get(fake)).rejects.toThrow();
    expect((await get(fake)).status).toBe(200);
  });

  test('timeout never answers, and the server still closes', async () => {
    fake = await startFakeGitHub(makeWorld());
    fake.inject({ action: { type: 'timeout' } });
    await expect(get(fake, PULL, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(fake.requests[0]!.status).toBeNull();
    expect((await get(fake)).status).toBe(200); // injected once: this one is served
    fake.inject({ action: { type: 'timeout' } });
    const pending = get(fake).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await fake.close(); // must not hang on the open request
    fake = undefined;
    expect(((await pending) as { name?: string }).name).toBe('TypeError'); // fetch failed
  });

  test('primary rate limit: REST 403 with remaining 0 and a reset time; GraphQL RATE_LIMITED', async () => {
    fake = await startFakeGitHub(makeWorld());
    fake.inject({ match: { graphql: false }, action: { type: 'rate-limit', resetInSeconds: 120 } });
    const r = await get(fake);
    expect(r.status).toBe(403);
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(r.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 60);
    expect(((await r.json()) as Json).message).toContain('API rate limit exceeded');
    // The budget stays spent until the test resets it, like GitHub until the reset time.
    expect((await get(fake)).status).toBe(403);
    fake.world.rateLimit.core.remaining = 5000;
    expect((await get(fake)).status).toBe(200);

    fake.inject({ match: { operation: 'Checks' }, action: { type: 'rate-limit' } });
    const g = await gql(fake, CHECKS_QUERY);
    expect(g.status).toBe(200);
    expect(g.body.errors?.[0].type).toBe('RATE_LIMITED');
    expect(g.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  test('secondary rate limits: 403 with retry-after, 429 without', async () => {
    fake = await startFakeGitHub(makeWorld());
    fake.inject({ action: { type: 'secondary-rate-limit', retryAfter: 3 } });
    fake.inject({ nth: 2, action: { type: 'secondary-rate-limit', status: 429 } });
    const a = await get(fake);
    expect(a.status).toBe(403);
    expect(a.headers.get('retry-after')).toBe('3');
    expect(((await a.json()) as Json).message).toContain('secondary rate limit');
    const b = await get(fake);
    expect(b.status).toBe(429);
    expect(b.headers.get('retry-after')).toBeNull();
    expect((await get(fake)).status).toBe(200);
  });

  test('GraphQL errors with status 200, custom or RATE_LIMITED', async () => {
    fake = await startFakeGitHub(makeWorld());
    fake.inject({
      match: { operation: 'Checks' },
      action: {
        type: 'graphql-errors',
        errors: [{ message: 'Something went wrong while executing your query.' }],
      },
    });
    const r = await gql(fake, CHECKS_QUERY);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      data: null,
      errors: [{ message: 'Something went wrong while executing your query.' }],
    });
    fake.inject({ match: { operation: /^Check/ }, action: { type: 'graphql-errors' } });
    expect((await gql(fake, CHECKS_QUERY)).body.errors?.[0].type).toBe('RATE_LIMITED');
    expect((await gql(fake, CHECKS_QUERY)).body.errors).toBeUndefined();
  });

  test('malformed JSON and truncated bodies', async () => {
    fake = await startFakeGitHub(makeWorld());
    fake.inject({ action: { type: 'malformed-json' } });
    const m = await get(fake);
    expect(m.status).toBe(200);
    await expect(m.json()).rejects.toThrow();
    fake.inject({ action: { type: 'truncated' } });
    await expect(get(fake).then((r) => r.text())).rejects.toThrow();
    expect((await get(fake)).status).toBe(200);
  });

  test('a hook can change the world: the check run completes on the third poll', async () => {
    const world = makeWorld();
    setCheckRun(world, 'test (integration)', 'IN_PROGRESS');
    fake = await startFakeGitHub(world);
    fake.inject({
      match: { operation: 'Checks' },
      nth: 3,
      before: (w) => setCheckRun(w, 'test (integration)', 'COMPLETED', 'FAILURE'),
    });
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await gql(fake, CHECKS_QUERY);
      const runs =
        r.body.data.repository.pullRequest.commits.nodes[0].commit.checkSuites.nodes[0].checkRuns.nodes;
      const run = runs.find((x: Json) => x.name === 'test (integration)');
      seen.push(`${run.status}/${run.conclusion}`);
    }
    expect(seen).toEqual(['IN_PROGRESS/null', 'IN_PROGRESS/null', 'COMPLETED/FAILURE', 'COMPLETED/FAILURE']);
    expect(getCheckRun(fake.world, 'test (integration)').completedAt).toEqual(expect.any(String));
    // `after` hooks run once the response is sent.
    fake.inject({
      match: { rest: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' },
      after: (w) => (w.repos[0]!.pullRequests[0]!.title = 'Renamed'),
    });
    expect(((await (await get(fake)).json()) as Json).title).toBe('Add retry to checkout');
    expect(((await rest(fake, 'GET', PULL)).body as Json).title).toBe('Renamed');
    expect(fake.validationErrors).toEqual([]);
  });
});
