/**
 * The verdict as a check run `shipgate / <environment>` on the evaluated commit (input
 * `check: true`), so a branch ruleset or the merge queue can require it. One per commit and
 * environment: the run is found again by name AND by our external id, and updated in place.
 *
 * A job of some workflow can be named "shipgate / production" too, but its check run carries the
 * runner's own external id, so it is never taken for ours (nor updated). Required checks that
 * must come from shipgate should be pinned to the app that runs it in the ruleset.
 */
import { GitHubApiError, type GitHubClient } from './client.js';
import type { RunContext } from './context.js';
import { OWN_CHECK_PREFIX } from '../gates/checks.js';

/** GitHub's limit for output.summary and output.text, in characters. */
export const CHECK_OUTPUT_LIMIT = 65_535;

export function checkRunName(environment: string): string {
  return `${OWN_CHECK_PREFIX}${environment || 'all'}`;
}

function externalId(environment: string): string {
  return `shipgate:${environment || '_all'}`;
}

export interface CheckRunInput {
  client: GitHubClient;
  ctx: RunContext;
  environment: string;
  sha: string;
  allowed: boolean;
  title: string;
  summary: string;
  log: (m: string) => void;
}

interface RestCheckRun {
  id: number;
  html_url: string | null;
  external_id: string | null;
  name: string;
}

/** Creates or updates the check run; returns its URL. Throws GitHubApiError with a permission hint. */
export async function publishCheckRun(input: CheckRunInput): Promise<string> {
  const { client, ctx, environment, sha } = input;
  const name = checkRunName(environment);
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const body = {
    name,
    external_id: externalId(environment),
    status: 'completed',
    conclusion: input.allowed ? 'success' : 'failure',
    completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(ctx.runId > 0 ? { details_url: ctx.runUrl } : {}),
    output: { title: input.title.slice(0, 1000), summary: input.summary.slice(0, CHECK_OUTPUT_LIMIT) },
  };
  try {
    const list = await client.rest<{ total_count: number; check_runs: RestCheckRun[] }>(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ...repo, ref: sha, check_name: name, filter: 'all', per_page: 100 },
      `finding the ${name} check run on ${sha.slice(0, 7)}`,
    );
    const ours = list.data.check_runs
      .filter((r) => r.name === name && r.external_id === body.external_id)
      .sort((a, b) => a.id - b.id);
    if (ours.length) {
      const res = await client.rest<RestCheckRun>(
        'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
        { ...repo, check_run_id: ours[0]!.id, ...body },
        `updating the ${name} check run`,
      );
      input.log(`updated check run ${name} on ${sha.slice(0, 7)}`);
      return res.data.html_url ?? '';
    }
    const res = await client.rest<RestCheckRun>(
      'POST /repos/{owner}/{repo}/check-runs',
      { ...repo, head_sha: sha, ...body },
      `creating the ${name} check run`,
    );
    input.log(`created check run ${name} on ${sha.slice(0, 7)}`);
    return res.data.html_url ?? '';
  } catch (e) {
    if (e instanceof GitHubApiError && e.kind === 'permission')
      throw new GitHubApiError(
        `${e.message.replace(/; see the README's permissions table$/, '')}; publishing the check run needs \`permissions:\` \`checks: write\``,
        e.status,
        e.kind,
      );
    throw e;
  }
}
