import type { GateConfigs, GateType } from '../config/schema-types.generated.js';
import type { ApprovalsFacts } from '../gates/approvals.js';
import type { CheckFact } from '../gates/checks.js';
import type { EnvironmentFacts } from '../gates/environment.js';
import type { PromotionFacts } from '../gates/promotion.js';

/** REST reads of the release-management gates (memoized per run; see src/github/release-facts.ts). */
export interface ReleaseReads {
  environment: (gate: GateConfigs['environment']) => Promise<EnvironmentFacts>;
  promotion: (gate: GateConfigs['promotion']) => Promise<PromotionFacts>;
}

/** What the action knows from GitHub, for the gates whose source is `github`; absent in the CLI. */
export interface GitHubSide {
  checksSha: string;
  checks: CheckFact[];
  /** Set when the checks could not be read: the checks gate is `error` with this message. */
  checksError?: string | null;
  approvals: ApprovalsFacts;
  /** Reads the checks again (while waiting). */
  refreshChecks: () => Promise<CheckFact[]>;
  release?: ReleaseReads;
}

/** Where the engine is in waiting for pending gates, for sources whose facts change over time. */
export interface WaitState {
  /** 0 on the first evaluation, then 1, 2, … for each poll while pending gates are waited for. */
  round: number;
  waitedMs: number;
  /** No more waiting will happen: a pending fact is final now. */
  over: boolean;
}

/** Context for sources: the adapters that gather facts with I/O (files, processes, network). */
export interface CollectContext {
  /** Directory relative paths in the config are resolved against (workspace / repo root). */
  cwd: string;
  /** Environment for `${{ env.NAME }}` references and child processes. */
  env: NodeJS.ProcessEnv;
  /** The evaluation's "now" (the `now` input / --now), for report age and windows. */
  now: Date;
  /** Aborted when the run's deadline passes. */
  signal: AbortSignal;
  /** Progress for long work ("waiting for https://… (attempt 2/5)"); shown by the CLI and logs. */
  progress: (message: string) => void;
  /**
   * CLI only (`shipgate check --base REF`): the git ref the local change is compared against, for
   * gates that look at changed files when there is no PR (migrations). Undefined in the action.
   */
  gitBase?: string;
  /** The action's GitHub facts (null in the CLI, where `github` gates are skipped). */
  github?: GitHubView | null;
  /** Set by the engine for each evaluation round. */
  wait?: WaitState;
  /**
   * Where sources register secret values (substituted `${{ env.* }}` values, the secret-like
   * variables of an environment passed to a process); the action masks and redacts them.
   */
  secrets?: { add: (value: string) => void; addFromEnv: (env: NodeJS.ProcessEnv) => void };
  /**
   * Reads a repository file from the trusted ref the config came from (the action on a PR), or
   * undefined when files come from the working directory (the CLI, or the action without a PR).
   */
  trustedFile?: (path: string) => Promise<TrustedFile | null>;
  /** Where trusted files come from, for messages ("the tip of main"). */
  trustedSource?: string;
  /** Paths the pull request adds or changes (not removed ones), relative to the repository root. */
  prFiles?: string[];
}

/** A file read from the trusted ref. */
export interface TrustedFile {
  text: string;
  /** "docs/CHECKLIST.md at the tip of main". */
  source: string;
  /** The file on GitHub. */
  url?: string;
}

/** GitHub facts as one evaluation round sees them: the checks are read at most once a round. */
export interface GitHubView {
  checksSha: string;
  checksError: string | null;
  approvals: ApprovalsFacts;
  /** The checks as of this round (the first round's come with the main query). */
  checks: () => Promise<CheckFact[]>;
  /** Environment approvals and deployments (absent when the action did not set them up). */
  release?: ReleaseReads;
}

/** A gate type's fact source: the `collect` export of src/sources/<type>.ts (I/O lives here). */
export type Collector<T extends GateType, F> = (config: GateConfigs[T], ctx: CollectContext) => Promise<F>;
