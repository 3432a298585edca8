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
}
