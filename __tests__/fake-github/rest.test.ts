import { afterEach, describe, expect, test } from '@jest/globals';
import {
  ACTIONS_TOKEN,
  APP_TOKEN,
  getPR,
  makeBigWorld,
  makeWorld,
  startFakeGitHub,
  type FakeGitHub,
} from './index.js';
import { gql, rest, type Json } from './client.js';
import { openApiSubset, validateResponse } from './openapi.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fake GitHub REST', () => {
  test('every served endpoint answers with bodies that match GitHub’s OpenAPI description', async () => {
    const world = makeWorld({ state: 'MERGED' });
    const repo = world.repos[0]!;
    repo.workflowRuns = [
      {
        id: 7001,
        approvals: [
          {
            environments: ['production'],
            state: 'approved',
            user: { login: 'rita-release' },
            comment: 'Go.',
          },
        ],
      },
    ];
    repo.environments = [
      {
        name: 'production',
        reviewers: ['rita-release', '@acme/release-managers'],
        canAdminsBypass: false,
        waitTimer: 5,
      },
    ];
    repo.deployments = [
      {
        id: 501,
        sha: getPR(world).headRefOid,
        ref: 'main',
        environment: 'staging',
        createdAt: '2026-03-02T10:00:00Z',
        statuses: [{ id: 601, state: 'success', createdAt: '2026-03-02T10:05:00Z' }],
      },
    ];
    fake = await startFakeGitHub(world);
    const pr = getPR(world);
    const comment = pr.comments[0]!.databaseId;
    const checksWrite = 'ghs_fakeChecksWrite';
    world.tokens[checksWrite] = {
      login: 'github-actions[bot]',
      type: 'Bot',
      permissions: { checks: 'write' },
    };
    const calls: Array<[string, string, unknown?, string?]> = [
      ['GET', '/repos/acme/shop/issues/42/comments'],
      ['POST', '/repos/acme/shop/issues/42/comments', { body: 'hello' }],
      ['GET', `/repos/acme/shop/issues/comments/${comment}`],
      ['PATCH', `/repos/acme/shop/issues/comments/${comment}`, { body: 'edited' }],
      ['GET', `/repos/acme/shop/commits/${pr.mergeCommit}/pulls`],
      ['GET', '/repos/acme/shop/pulls/42'],
      ['GET', '/repos/acme/shop/pulls/42/files'],
      ['GET', '/repos/acme/shop/pulls/42/reviews'],
      ['GET', `/repos/acme/shop/contents/.github/shipgate.yml?ref=${pr.baseRefOid}`],
      ['GET', `/repos/acme/shop/contents/.github?ref=${pr.baseRefOid}`],
      ['GET', `/repos/acme/shop/commits/${pr.headRefOid}/check-runs`],
      ['GET', `/repos/acme/shop/commits/${pr.headRefOid}/status`],
      ['GET', '/orgs/acme/teams/release-managers/memberships/alice', undefined, APP_TOKEN],
      ['DELETE', `/repos/acme/shop/issues/comments/${comment}`],
      ['GET', '/repos/acme/shop/actions/runs/7001/approvals'],
      ['GET', '/repos/acme/shop/environments/production'],
      ['GET', '/repos/acme/shop/deployments?environment=staging&per_page=1'],
      ['GET', '/repos/acme/shop/deployments/501/statuses?per_page=1'],
      [
        'POST',
        '/repos/acme/shop/check-runs',
        {
          name: 'shipgate / production',
          head_sha: pr.headRefOid,
          external_id: 'shipgate:production',
          status: 'completed',
          conclusion: 'success',
          output: { title: 'Deploy allowed', summary: 'ok' },
        },
        checksWrite,
      ],
    ];
    const seen = new Set<string>();
    for (const [method, path, body, token] of calls) {
      const r = await rest(fake, method, path, body, token ?? ACTIONS_TOKEN);
      expect([200, 201, 204]).toContain(r.status);
      expect(r.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
      seen.add(fake.requests[fake.requests.length - 1]!.operation!);
    }
    const created = fake.requests.filter(
      (r) => r.operation === 'POST /repos/{owner}/{repo}/check-runs',
    ).length;
    expect(created).toBe(1);
    const runId = world.repos[0]!.commits.flatMap((c) => c.checkSuites.flatMap((x) => x.checkRuns)).find(
      (r) => r.name === 'shipgate / production',
    )!.databaseId;
    const patched = await rest(
      fake,
      'PATCH',
      `/repos/acme/shop/check-runs/${runId}`,
      { conclusion: 'failure', output: { summary: 'blocked' } },
      checksWrite,
    );
    expect(patched.status).toBe(200);
    seen.add(fake.requests[fake.requests.length - 1]!.operation!);
    expect([...seen].sort()).toEqual(Object.keys(openApiSubset().operations).sort());
    expect(fake.validationErrors).toEqual([]);
    const file = await rest(
      fake,
      'GET',
      `/repos/acme/shop/contents/.github/shipgate.yml?ref=${pr.baseRefOid}`,
    );
    expect(Buffer.from(file.body.content, 'base64').toString('utf8')).toContain('version: 1');
  });

  test('a response that violates the OpenAPI schema is caught', async () => {
    const world = makeWorld();
    (getPR(world).files[0] as Json).changeType = 'TOUCHED'; // not a GitHub file status
    getPR(world).reviews[0]!.submittedAt = 'yesterday'; // not a date-time
    fake = await startFakeGitHub(world);
    await rest(fake, 'GET', '/repos/acme/shop/pulls/42/files');
    await rest(fake, 'GET', '/repos/acme/shop/pulls/42/reviews');
    const errors = fake.validationErrors.join('\n');
    expect(errors).toContain('pulls/{pull_number}/files');
    expect(errors).toContain('/0/status must be equal to one of the allowed values');
    expect(errors).toContain('/0/submitted_at must match format "date-time"');
    // The big schemas are really enforced, not vacuously accepted.
    const pull = await rest(fake, 'GET', '/repos/acme/shop/pulls/42');
    expect(validateResponse('GET /repos/{owner}/{repo}/pulls/{pull_number}', 200, pull.body)).toEqual([]);
    const { head: _head, ...noHead } = pull.body;
    expect(validateResponse('GET /repos/{owner}/{repo}/pulls/{pull_number}', 200, noHead).join()).toContain(
      "must have required property 'head'",
    );
    const brokenRepo = {
      ...pull.body,
      base: { ...pull.body.base, repo: { ...pull.body.base.repo, default_branch: 7 } },
    };
    expect(
      validateResponse('GET /repos/{owner}/{repo}/pulls/{pull_number}', 200, brokenRepo).join(),
    ).toContain('/base/repo/default_branch must be string');
  });

  test('an invalid request body gets 422 and is recorded', async () => {
    fake = await startFakeGitHub(makeWorld());
    const r = await rest(fake, 'POST', '/repos/acme/shop/issues/42/comments', { text: 'wrong field' });
    expect(r.status).toBe(422);
    expect(r.body.message).toContain('Invalid request');
    expect(fake.validationErrors.join('\n')).toContain("must have required property 'body'");
    expect(getPR(fake.world).comments).toHaveLength(1);
  });

  test('paginates with per_page/page and a Link header like GitHub', async () => {
    fake = await startFakeGitHub(makeBigWorld());
    const bodies: string[] = [];
    let url: string | null = '/repos/acme/shop/issues/42/comments?per_page=100';
    let pages = 0;
    while (url) {
      const r: { body: Json; headers: Headers } = await rest(fake, 'GET', url);
      bodies.push(...r.body.map((c: Json) => c.body));
      pages++;
      const link: string = r.headers.get('link') ?? '';
      if (pages === 1) expect(link).toMatch(/<[^>]*page=3[^>]*>; rel="last"/);
      url = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null;
    }
    expect(pages).toBe(3);
    expect(bodies).toHaveLength(250);
    const def = await rest(fake, 'GET', '/repos/acme/shop/pulls/42/files');
    expect(def.body).toHaveLength(30); // GitHub's default page size
    const runs = await rest(
      fake,
      'GET',
      `/repos/acme/shop/commits/${getPR(fake.world).headRefOid}/check-runs?per_page=100&page=3`,
    );
    expect(runs.body.total_count).toBe(300);
    expect(runs.body.check_runs).toHaveLength(100);
    expect(fake.validationErrors).toEqual([]);
  });

  test('errors look like GitHub: 401, 403 without permission, 404', async () => {
    fake = await startFakeGitHub(makeWorld());
    const none = await rest(fake, 'GET', '/repos/acme/shop/pulls/42', undefined, null);
    expect(none.status).toBe(401);
    const bad = await rest(fake, 'GET', '/repos/acme/shop/pulls/42', undefined, 'ghp_unknown');
    expect(bad).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    const members = await rest(fake, 'GET', '/orgs/acme/teams/release-managers/memberships/alice');
    expect(members).toMatchObject({
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const notMember = await rest(
      fake,
      'GET',
      '/orgs/acme/teams/release-managers/memberships/mallory',
      undefined,
      APP_TOKEN,
    );
    expect(notMember.status).toBe(404);
    const missing = await rest(fake, 'GET', '/repos/acme/shop/pulls/7');
    expect(missing).toMatchObject({
      status: 404,
      body: { message: 'Not Found', documentation_url: expect.any(String) },
    });
    const noFile = await rest(fake, 'GET', '/repos/acme/shop/contents/.github/nope.yml?ref=main');
    expect(noFile.status).toBe(404);
    expect(fake.validationErrors).toEqual([]);
  });

  test('rate-limit headers count down and a spent budget answers 403', async () => {
    const world = makeWorld();
    world.rateLimit.core.remaining = 2;
    fake = await startFakeGitHub(world);
    const a = await rest(fake, 'GET', '/repos/acme/shop/pulls/42');
    const b = await rest(fake, 'GET', '/repos/acme/shop/pulls/42');
    expect([a.headers.get('x-ratelimit-remaining'), b.headers.get('x-ratelimit-remaining')]).toEqual([
      '1',
      '0',
    ]);
    const c = await rest(fake, 'GET', '/repos/acme/shop/pulls/42');
    expect(c.status).toBe(403);
    expect(c.body.message).toContain('API rate limit exceeded');
    expect(c.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
  });

  test('comments posted over REST show up in GraphQL with viewerDidAuthor', async () => {
    fake = await startFakeGitHub(makeWorld());
    const posted = await rest(fake, 'POST', '/repos/acme/shop/issues/42/comments', {
      body: '<!-- shipgate:production -->\nchecklist',
    });
    expect(posted.status).toBe(201);
    expect(posted.body.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    const r = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) { comments(last: 5) { nodes { databaseId body author { login } viewerDidAuthor } } } } }`,
    );
    const nodes = r.body.data.repository.pullRequest.comments.nodes;
    expect(nodes[nodes.length - 1]).toEqual({
      databaseId: posted.body.id,
      body: '<!-- shipgate:production -->\nchecklist',
      author: { login: 'github-actions' },
      viewerDidAuthor: true,
    });
    expect(nodes[0].viewerDidAuthor).toBe(false);
    expect(fake.validationErrors).toEqual([]);
  });

  test('an endpoint the fake does not serve is recorded as a validation error', async () => {
    fake = await startFakeGitHub(makeWorld());
    const r = await rest(fake, 'GET', '/repos/acme/shop/pulls/42/requested_reviewers');
    expect(r.status).toBe(404);
    expect(fake.validationErrors).toHaveLength(1);
  });
});
