import { afterEach, expect, test } from '@jest/globals';
import { Octokit } from '@octokit/core';
import { ACTIONS_TOKEN, makeWorld, startFakeGitHub, type FakeGitHub } from './index.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

test('@octokit/core talks to the fake over REST and GraphQL without validation errors', async () => {
  fake = await startFakeGitHub(makeWorld());
  const octokit = new Octokit({ auth: ACTIONS_TOKEN, baseUrl: fake.url });
  const pull = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: 'acme',
    repo: 'shop',
    pull_number: 42,
  });
  expect(pull.data.head.sha).toBe(fake.world.repos[0]!.pullRequests[0]!.headRefOid);
  const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: 'acme',
    repo: 'shop',
    issue_number: 42,
    body: 'hi',
  });
  expect(created.status).toBe(201);
  const data = await octokit.graphql<{
    repository: { pullRequest: { comments: { nodes: Array<{ body: string }> } } };
  }>(
    `query Comments($n: Int!) { repository(owner: "acme", name: "shop") { pullRequest(number: $n) { comments(last: 1) { nodes { body } } } } }`,
    { n: 42 },
  );
  expect(data.repository.pullRequest.comments.nodes[0]!.body).toBe('hi');
  expect(fake.requests.map((r) => r.graphql?.operationName ?? r.operation)).toEqual([
    'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    'Comments',
  ]);
  // GitHub-shaped GraphQL errors surface as Octokit's GraphqlResponseError.
  await expect(
    octokit.graphql(`{ repository(owner: "acme", name: "shop") { pullRequest(number: 42) { nope } } }`),
  ).rejects.toThrow(/Field 'nope' doesn't exist on type 'PullRequest'/);
  expect(fake.validationErrors).toEqual([]);
});
