/**
 * What the run is about, from the runner's GITHUB_* variables and the event payload: repository,
 * event, the commit being deployed and, when the event carries it, the pull request.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  /** The commit the workflow runs for (GITHUB_SHA). */
  sha: string;
  runId: number;
  runAttempt: number;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  workspace: string;
  /** The PR named by the event, if any. */
  prNumber: number | null;
  /** From a pull_request* payload: the head commit, the base commit and base branch. */
  prHeadSha: string | null;
  prBaseSha: string | null;
  /** From a push payload: the branch's commit before the push (null for a new branch). */
  pushBefore: string | null;
  /** True for events about a PR (its head is what the checks gate looks at). */
  prEvent: boolean;
  runUrl: string;
  /** GITHUB_ACTOR and GITHUB_TRIGGERING_ACTOR (who started the run, and who re-ran it). */
  actors: string[];
}

const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo)
    throw new UserError(
      'GITHUB_REPOSITORY is not set (expected owner/name): shipgate must run inside a GitHub Actions job',
    );
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new UserError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(e as Error).message}`);
    }
  }
  let prNumber: number | null = null;
  let prHeadSha: string | null = null;
  let prBaseSha: string | null = null;
  const pr = payload.pull_request as
    { number?: number; head?: { sha?: string }; base?: { sha?: string } } | undefined;
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined;
  if (PR_EVENTS.has(eventName) && pr?.number) {
    prNumber = pr.number;
    prHeadSha = pr.head?.sha ?? null;
    prBaseSha = pr.base?.sha ?? null;
  } else if (eventName === 'issue_comment' && issue?.pull_request && issue.number) {
    prNumber = issue.number;
  }
  // A merge queue run evaluates the queued commit (merge_group.head_sha), with the config from the
  // queue's base commit; the PR is the one GitHub names in the queue branch
  // (gh-readonly-queue/<base>/pr-<number>-<sha>), so its sign-offs and waivers count.
  const group = payload.merge_group as
    { head_sha?: string; base_sha?: string; head_ref?: string } | undefined;
  let sha = env.GITHUB_SHA ?? '';
  if (eventName === 'merge_group' && group?.head_sha) {
    sha = group.head_sha;
    prBaseSha = group.base_sha ?? null;
    const m = /\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref ?? '');
    if (m) prNumber = Number(m[1]);
  }
  const before = eventName === 'push' && typeof payload.before === 'string' ? payload.before : '';
  const pushBefore = /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before) ? before : null;
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = Number(env.GITHUB_RUN_ID ?? 0);
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  return {
    owner,
    repo,
    eventName,
    sha,
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    serverUrl,
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl)).replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    prNumber,
    prHeadSha,
    prBaseSha,
    pushBefore,
    prEvent: prNumber !== null && eventName !== 'merge_group',
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    actors: [...new Set([env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a): a is string => !!a))],
  };
}

/**
 * Where GraphQL lives when the runner does not say (GITHUB_GRAPHQL_URL): next to the REST API on
 * github.com and GHE.com (`<api>/graphql`), but beside it on GitHub Enterprise Server, whose REST
 * API is `<host>/api/v3` and GraphQL `<host>/api/graphql`.
 */
function graphqlUrlFor(apiUrl: string): string {
  return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/v3$/, '/graphql') : `${apiUrl}/graphql`;
}
