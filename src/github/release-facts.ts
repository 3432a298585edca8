/**
 * Facts of the release-management gates, read over REST (GraphQL has no deployment reviews of a
 * workflow run): who approved this run's environments, the environment's protection settings,
 * and the latest deployment (and its latest status) of each environment a promotion names.
 * Reads are memoized per run, so several gates never read the same thing twice.
 * "Latest" is GitHub's order: deployments and their statuses are listed newest first.
 * Reached only through `openGitHubFacts(…).release(…)` (src/github/facts.ts), the one interface
 * to the run's GitHub reads.
 */
import type { EnvironmentGate, PromotionGate } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import type {
  EnvironmentApprovalFact,
  EnvironmentFacts,
  EnvironmentSettingsFact,
} from '../gates/environment.js';
import type { DeploymentFact, PromotionFacts } from '../gates/promotion.js';
import type { ReleaseReads } from '../sources/types.js';
import { GitHubApiError, type GitHubClient } from './client.js';
import type { RunContext } from './context.js';

interface RestUser {
  login: string;
  type?: string;
}
interface RestApproval {
  environments: { name?: string }[];
  state: string;
  user: RestUser;
  comment: string;
}
interface RestEnvironment {
  html_url: string;
  can_admins_bypass?: boolean;
  protection_rules?: {
    type: string;
    prevent_self_review?: boolean;
    reviewers?: { type?: string; reviewer?: { login?: string; slug?: string; html_url?: string } }[];
  }[];
}
interface RestDeployment {
  id: number;
  sha: string;
  ref: string;
  created_at: string;
}
interface RestDeploymentStatus {
  state: string;
  created_at: string;
}

export interface ReleaseFactsOptions {
  client: GitHubClient;
  ctx: RunContext;
  /** The action's `environment` input. */
  environment: string;
  /** The commit being deployed (the evaluated commit, known once GitHub's first answer is in). */
  sha: () => Promise<string>;
  rollback: boolean;
}

/** Adds the permission a read needs to GitHub's "lacks permission" message. */
function withPermission(e: unknown, permission: string): never {
  if (e instanceof GitHubApiError && e.kind === 'permission')
    throw new GitHubApiError(
      `${e.message.replace(/; see the README's permissions table$/, '')}; give the workflow \`permissions:\` \`${permission}\``,
      e.status,
      e.kind,
    );
  throw e;
}

export function releaseFacts(opts: ReleaseFactsOptions): ReleaseReads {
  const { client, ctx } = opts;
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let p = memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = read();
      memo.set(key, p);
    }
    return p;
  };

  const approvals = () =>
    once('approvals', async (): Promise<EnvironmentApprovalFact[]> => {
      if (!(ctx.runId > 0))
        throw new UserError(
          'GITHUB_RUN_ID is not set: the environment gate reads the approvals of the workflow run, so it runs only in the deploy job on GitHub',
        );
      try {
        const res = await client.rest<RestApproval[]>(
          'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
          { ...repo, run_id: ctx.runId },
          `reading the environment approvals of run ${ctx.runId}`,
        );
        return res.data.map((a) => ({
          login: a.user?.login ?? null,
          isBot: a.user?.type === 'Bot',
          state: a.state,
          comment: a.comment ?? '',
          environments: a.environments.map((e) => e.name ?? '').filter(Boolean),
        }));
      } catch (e) {
        return withPermission(e, 'actions: read');
      }
    });

  const settings = (name: string) =>
    once(`env:${name.toLowerCase()}`, async (): Promise<EnvironmentSettingsFact> => {
      try {
        const res = await client.rest<RestEnvironment>(
          'GET /repos/{owner}/{repo}/environments/{environment_name}',
          { ...repo, environment_name: name },
          `reading the settings of environment ${name}`,
        );
        const rule = (res.data.protection_rules ?? []).find((r) => r.type === 'required_reviewers');
        const reviewers = (rule?.reviewers ?? [])
          .map((r) =>
            r.type === 'Team' ? `@${ctx.owner}/${r.reviewer?.slug ?? ''}` : (r.reviewer?.login ?? ''),
          )
          .filter((r) => r && r !== `@${ctx.owner}/`);
        return {
          exists: true,
          reviewers,
          canAdminsBypass: res.data.can_admins_bypass ?? true,
          preventSelfReview: rule?.prevent_self_review ?? false,
          url: res.data.html_url ?? null,
        };
      } catch (e) {
        if (e instanceof GitHubApiError && e.kind === 'not-found')
          return { exists: false, reviewers: [], canAdminsBypass: true, preventSelfReview: false, url: null };
        return withPermission(e, 'actions: read');
      }
    });

  const latestDeployment = (name: string) =>
    once(`deploy:${name}`, async (): Promise<DeploymentFact | null> => {
      try {
        const list = await client.rest<RestDeployment[]>(
          'GET /repos/{owner}/{repo}/deployments',
          { ...repo, environment: name, per_page: 1 },
          `reading the latest deployment of ${name}`,
        );
        const d = list.data[0];
        if (!d) return null;
        const statuses = await client.rest<RestDeploymentStatus[]>(
          'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
          { ...repo, deployment_id: d.id, per_page: 1 },
          `reading the status of deployment ${d.id} (${name})`,
        );
        const s = statuses.data[0];
        return {
          id: d.id,
          sha: d.sha,
          ref: d.ref,
          createdAt: d.created_at,
          state: s?.state ?? null,
          stateAt: s?.created_at ?? null,
        };
      } catch (e) {
        return withPermission(e, 'deployments: read');
      }
    });

  return {
    async environment(gate: EnvironmentGate): Promise<EnvironmentFacts> {
      const name = gate.environment ?? opts.environment;
      if (!name)
        throw new UserError(
          'no environment to check: set `environment:` on the gate or the action input `environment` (the GitHub environment of the deploy job)',
        );
      return {
        environment: name,
        runId: ctx.runId,
        approvals: await approvals(),
        actors: ctx.actors,
        settings: gate.protected ? await settings(name) : null,
      };
    },
    async promotion(gate: PromotionGate): Promise<PromotionFacts> {
      const sha = await opts.sha();
      if (opts.rollback) return { sha, rollback: true, environments: [] };
      const environments = await Promise.all(
        gate.after.map(async (name) => ({ name, latest: await latestDeployment(name) })),
      );
      return { sha, rollback: false, environments };
    },
  };
}
