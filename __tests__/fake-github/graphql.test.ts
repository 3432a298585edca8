import { afterEach, describe, expect, test } from '@jest/globals';
import {
  ACTIONS_TOKEN,
  APP_TOKEN,
  USER_TOKEN,
  getPR,
  getRepo,
  headCommit,
  makeBigWorld,
  makeWorld,
  startFakeGitHub,
  type FakeGitHub,
} from './index.js';
import { gql, rest, type Json } from './client.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const PR_QUERY = `
query PullRequestFacts($owner: String!, $name: String!, $number: Int!, $configExpr: String!) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { oid } }
    config: object(expression: $configExpr) { __typename ... on Blob { text byteSize oid } }
    missing: object(expression: "main:.github/nope.yml") { __typename }
    pullRequest(number: $number) {
      number title url state merged
      author { login __typename }
      baseRefName baseRefOid headRefName headRefOid createdAt
      files(first: 100) { totalCount nodes { path additions deletions changeType } }
      latestOpinionatedReviews(first: 100) { nodes { author { login } state submittedAt commit { oid } } }
      reviews(first: 100) { nodes { author { login __typename } state submittedAt commit { oid } } }
      comments(first: 100) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id databaseId author { login __typename } body createdAt lastEditedAt editor { login } url viewerDidAuthor isMinimized } }
      commits(last: 1) { nodes { commit { oid committedDate pushedDate
        checkSuites(first: 50) { nodes { app { slug } workflowRun { databaseId workflow { name } } status conclusion
          checkRuns(first: 100, filterBy: { checkType: LATEST }) { nodes { name status conclusion startedAt completedAt databaseId detailsUrl } } } }
        status { state contexts { context state createdAt targetUrl } }
        statusCheckRollup { state contexts(first: 100) { totalCount nodes { __typename
          ... on CheckRun { name conclusion }
          ... on StatusContext { context state } } } }
      } } }
    }
  }
}`;

describe('fake GitHub GraphQL', () => {
  test('answers a realistic PR query from the world, like GitHub', async () => {
    const world = makeWorld({
      comments: [{ author: 'github-actions[bot]', type: 'Bot', body: '<!-- shipgate -->' }],
    });
    fake = await startFakeGitHub(world);
    const pr = getPR(world);
    const r = await gql(fake, PR_QUERY, {
      owner: 'acme',
      name: 'shop',
      number: 42,
      configExpr: `${pr.baseRefOid}:.github/shipgate.yml`,
    });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    const repo = r.body.data.repository;
    expect(repo.defaultBranchRef.name).toBe('main');
    expect(repo.config.__typename).toBe('Blob');
    expect(repo.config.text).toContain('type: checks');
    expect(repo.missing).toBeNull();
    const p = repo.pullRequest;
    expect(p).toMatchObject({
      number: 42,
      state: 'OPEN',
      merged: false,
      author: { login: 'dev-dana', __typename: 'User' },
      baseRefName: 'main',
    });
    expect(p.files.nodes.map((f: Json) => f.changeType)).toContain('ADDED');
    expect(p.latestOpinionatedReviews.nodes).toEqual([
      expect.objectContaining({ author: { login: 'alice' }, state: 'APPROVED' }),
    ]);
    // A bot's login has no [bot] suffix in GraphQL, and the token's own comment is viewerDidAuthor.
    expect(p.comments.nodes[0]).toMatchObject({
      author: { login: 'github-actions', __typename: 'Bot' },
      viewerDidAuthor: true,
    });
    const head = p.commits.nodes[0].commit;
    expect(head.oid).toBe(pr.headRefOid);
    expect(head.pushedDate).toBeNull(); // GitHub no longer populates it
    expect(head.checkSuites.nodes[0].workflowRun.workflow.name).toBe('CI');
    expect(head.checkSuites.nodes[0].checkRuns.nodes.map((n: Json) => n.name)).toEqual([
      'build',
      'test (unit)',
      'test (integration)',
      'lint',
    ]);
    expect(head.status.contexts[0]).toMatchObject({ context: 'ci/preview', state: 'SUCCESS' });
    expect(head.statusCheckRollup.contexts.nodes.map((n: Json) => n.__typename)).toEqual([
      'CheckRun',
      'CheckRun',
      'CheckRun',
      'CheckRun',
      'StatusContext',
    ]);
    expect(r.body.data.rateLimit.cost).toBeGreaterThanOrEqual(1);
    expect(fake.requests[0]!.graphql!.operationName).toBe('PullRequestFacts');
    expect(fake.validationErrors).toEqual([]);
  });

  test('rejects a field that does not exist on GitHub, with GitHub-shaped errors and status 200', async () => {
    fake = await startFakeGitHub(makeWorld());
    const r = await gql(
      fake,
      `query { repository(owner: "acme", name: "shop") { pullRequest(number: 42) { title approvalsCount } } }`,
    );
    expect(r.status).toBe(200);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        message: "Field 'approvalsCount' doesn't exist on type 'PullRequest'",
        extensions: expect.objectContaining({ code: 'undefinedField' }),
      }),
    ]);
  });

  test('requires first/last on connections and caps them at 100', async () => {
    fake = await startFakeGitHub(makeWorld());
    const missing = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) { reviews { nodes { state } } } } }`,
    );
    expect(missing.body.errors?.[0]).toMatchObject({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      path: ['repository', 'pullRequest', 'reviews'],
    });
    const tooMany = await gql(
      fake,
      `query($n: Int!) { repository(owner: "acme", name: "shop") { pullRequest(number: 42) { reviews(first: $n) { nodes { state } } } } }`,
      { n: 101 },
    );
    expect(tooMany.body.errors?.[0]).toMatchObject({ type: 'EXCESSIVE_PAGINATION' });
    expect(tooMany.body.errors?.[0].message).toContain('exceeds the `first` limit of 100 records');
  });

  test('rejects queries over the 500,000 node limit', async () => {
    fake = await startFakeGitHub(makeWorld());
    const r = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequests(first: 100) { nodes { commits(first: 100) { nodes { commit { checkSuites(first: 100) { nodes { checkRuns(first: 100) { nodes { name } } } } } } } } } } }`,
    );
    expect(r.body.errors?.[0]).toMatchObject({ type: 'MAX_NODE_LIMIT_EXCEEDED' });
  });

  test('paginates connections forwards and backwards with cursors', async () => {
    fake = await startFakeGitHub(makeBigWorld());
    const q = `query($after: String) { repository(owner: "acme", name: "shop") { pullRequest(number: 42) {
      comments(first: 100, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { databaseId } } } } } }`;
    const ids: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: { body: { data?: Json } } = await gql(fake, q, { after });
      const c: Json = r.body.data.repository.pullRequest.comments;
      expect(c.totalCount).toBe(250);
      ids.push(...c.edges.map((e: Json) => e.node.databaseId));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual(getPR(fake.world).comments.map((c) => c.databaseId));

    const last = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) { comments(last: 2) { pageInfo { hasPreviousPage } nodes { databaseId } } } } }`,
    );
    const tail = getPR(fake.world)
      .comments.slice(-2)
      .map((c) => c.databaseId);
    expect(last.body.data.repository.pullRequest.comments).toEqual({
      pageInfo: { hasPreviousPage: true },
      nodes: tail.map((databaseId) => ({ databaseId })),
    });

    const big = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) { commits(last: 1) { nodes { commit {
      checkSuites(first: 100) { totalCount nodes { checkRuns(first: 100) { totalCount } } } } } } } } }`,
    );
    const suites = big.body.data.repository.pullRequest.commits.nodes[0].commit.checkSuites;
    expect(suites.totalCount).toBe(12);
    expect(suites.nodes.reduce((n: number, s: Json) => n + s.checkRuns.totalCount, 0)).toBe(300);
    expect(fake.validationErrors).toEqual([]);
  });

  test('timelineItems lists commits, reviews and comments in time order, filtered by itemTypes', async () => {
    fake = await startFakeGitHub(makeWorld());
    const r = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) {
      timelineItems(first: 50, itemTypes: [PULL_REQUEST_COMMIT, PULL_REQUEST_REVIEW]) { totalCount filteredCount pageCount updatedAt
        nodes { __typename ... on PullRequestCommit { commit { oid } } ... on PullRequestReview { state } } } } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    const t = r.body.data.repository.pullRequest.timelineItems;
    expect(t.nodes.map((n: Json) => n.__typename)).toEqual([
      'PullRequestCommit',
      'PullRequestCommit',
      'PullRequestReview',
      'PullRequestReview',
    ]);
    expect(t).toMatchObject({ totalCount: 4, filteredCount: 4, pageCount: 4 });
    expect(fake.validationErrors).toEqual([]);
  });

  test('checkType LATEST hides re-run check runs, ALL shows them', async () => {
    const world = makeWorld({ checkSuites: [{ runs: [{ name: 'build', conclusion: 'FAILURE' }, 'build'] }] });
    fake = await startFakeGitHub(world);
    const q = (t: string) =>
      `{ repository(owner: "acme", name: "shop") { object(oid: "${getPR(world).headRefOid}") { ... on Commit { checkSuites(first: 5) { nodes { checkRuns(first: 10, filterBy: { checkType: ${t} }) { nodes { conclusion } } } } } } } }`;
    const latest = await gql(fake, q('LATEST'));
    expect(latest.body.data.repository.object.checkSuites.nodes[0].checkRuns.nodes).toEqual([
      { conclusion: 'SUCCESS' },
    ]);
    const all = await gql(fake, q('ALL'));
    expect(all.body.data.repository.object.checkSuites.nodes[0].checkRuns.nodes).toHaveLength(2);
  });

  test('team members need the members permission (FORBIDDEN like GitHub)', async () => {
    fake = await startFakeGitHub(makeWorld());
    const q = `{ organization(login: "acme") { team(slug: "release-managers") { members(first: 100) { nodes { login } } } } }`;
    const denied = await gql(fake, q, {}, ACTIONS_TOKEN);
    expect(denied.status).toBe(200);
    expect(denied.body.errors?.[0]).toMatchObject({
      type: 'FORBIDDEN',
      message: 'Resource not accessible by integration',
      path: ['organization', 'team', 'members'],
    });
    const ok = await gql(fake, q, {}, APP_TOKEN);
    expect(ok.body.data.organization.team.members.nodes).toEqual([
      { login: 'alice' },
      { login: 'rita-release' },
    ]);
  });

  test('unknown PR, repo and token fail like GitHub', async () => {
    fake = await startFakeGitHub(makeWorld());
    const r = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 999) { title } } }`,
    );
    expect(r.body).toMatchObject({
      data: { repository: { pullRequest: null } },
      errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a PullRequest with the number of 999.' }],
    });
    const bad = await gql(fake, `{ viewer { login } }`, {}, 'ghp_nope');
    expect(bad.status).toBe(401);
    const none = await gql(fake, `{ viewer { login } }`, {}, null);
    expect(none.status).toBe(401);
    const bot = await gql(fake, `{ viewer { login } }`);
    expect(bot.body.errors?.[0]).toMatchObject({ type: 'FORBIDDEN' });
    const user = await gql(fake, `{ viewer { login } }`, {}, USER_TOKEN);
    expect(user.body.data.viewer.login).toBe('rita-release');
  });

  test('a world value GitHub could not return is reported in validationErrors', async () => {
    const world = makeWorld();
    (headCommit(world).checkSuites[0]!.checkRuns[0] as Json).conclusion = 'GREEN';
    fake = await startFakeGitHub(world);
    const r = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { object(oid: "${getPR(world).headRefOid}") { ... on Commit { checkSuites(first: 5) { nodes { checkRuns(first: 10) { nodes { conclusion } } } } } } } }`,
    );
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(fake.validationErrors.join('\n')).toContain('CheckConclusionState');
  });

  test('comments written over GraphQL show up over REST, and REST edits show up in GraphQL', async () => {
    fake = await startFakeGitHub(makeWorld());
    const idq = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) { id } } }`,
    );
    const prId = idq.body.data.repository.pullRequest.id;
    const add = await gql(
      fake,
      `mutation($id: ID!) { addComment(input: { subjectId: $id, body: "via graphql" }) { commentEdge { node { databaseId author { login } } } } }`,
      { id: prId },
    );
    expect(add.body.errors).toBeUndefined();
    const dbId = add.body.data.addComment.commentEdge.node.databaseId;
    const list = await rest(fake, 'GET', '/repos/acme/shop/issues/42/comments');
    expect(list.body.map((c: Json) => c.body)).toContain('via graphql');
    const patched = await rest(fake, 'PATCH', `/repos/acme/shop/issues/comments/${dbId}`, { body: 'edited' });
    expect(patched.status).toBe(200);
    const after = await gql(
      fake,
      `{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) { comments(last: 1) { nodes { body lastEditedAt editor { login } viewerDidAuthor } } } } }`,
    );
    expect(after.body.data.repository.pullRequest.comments.nodes[0]).toMatchObject({
      body: 'edited',
      editor: { login: 'github-actions' },
      viewerDidAuthor: true,
    });
    expect(after.body.data.repository.pullRequest.comments.nodes[0].lastEditedAt).toEqual(expect.any(String));
    expect(getRepo(fake.world).pullRequests[0]!.comments).toHaveLength(2);
    expect(fake.validationErrors).toEqual([]);
  });
});
