/**
 * End-to-end (bundled dist/index.js against the fake GitHub): where the rules come from, what
 * GitHub records about pushes, reading everything or failing closed, who an approval counts from,
 * checks per source, and the GraphQL endpoint of GitHub Enterprise Server.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { makeWorld, startFakeGitHub, type FakeGitHub, type ScenarioOptions } from '../fake-github/index.js';
import { runAction, statuses } from './harness.js';

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
