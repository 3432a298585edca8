/**
 * Gathers the migrations gate's facts: the changed migration files when there is no PR (CLI with
 * --base; the action uses the PR's files), and the result of the status command (a preset's or the
 * configured one), read into "nothing pending" / "pending: names" / "could not tell why".
 */
import path from 'node:path';
import type { MigrationsGate } from '../config/schema-types.generated.js';
import type { MigrationStatusFacts, MigrationsFacts } from '../gates/migrations.js';
import { parseDuration } from '../util/duration.js';
import { changedFilesSince } from './migrations/git-changes.js';
import {
  PRESETS,
  connectionFailure,
  credentialFailure,
  downloadFailure,
  failureLine,
  notInstalled,
  type MigrationPreset,
} from './migrations/presets.js';
import { runShell, type RunShellResult } from './process.js';
import type { CollectContext, Collector } from './types.js';
import { substituteEnv } from './env-refs.js';

export { PRESETS } from './migrations/presets.js';

/** Default limit for the status command. */
export const DEFAULT_STATUS_TIMEOUT_MS = 5 * 60_000;

export async function collectMigrations(gate: MigrationsGate, ctx: CollectContext): Promise<MigrationsFacts> {
  const facts: MigrationsFacts = { changed: null, status: null };
  if (gate.paths !== undefined && ctx.gitBase) {
    ctx.progress(`migrations: comparing with ${ctx.gitBase}`);
    facts.changed = { base: ctx.gitBase, files: await changedFilesSince(ctx.gitBase, ctx.cwd, ctx.env) };
  }
  if (gate.status !== undefined || gate.tool !== undefined) facts.status = await runStatus(gate, ctx);
  return facts;
}

/** `${{ env.NAME }}` in a gate's env values, taken from the run's environment. */
function expandEnv(gate: MigrationsGate, ctx: CollectContext): Record<string, string> {
  const out: Record<string, string> = {};
  const secrets = new Set<string>();
  for (const [key, raw] of Object.entries(gate.env ?? {}))
    out[key] = substituteEnv(String(raw), ctx.env, `env.${key}`, secrets);
  for (const v of secrets) ctx.secrets?.add(v);
  return out;
}

async function runStatus(gate: MigrationsGate, ctx: CollectContext): Promise<MigrationStatusFacts> {
  const preset = gate.tool ? PRESETS[gate.tool] : null;
  const command = gate.status ?? preset!.command;
  const shown = gate.status ?? preset!.display ?? preset!.command;
  const cwd = path.resolve(ctx.cwd, gate.cwd ?? '.');
  const timeoutMs =
    gate.timeout !== undefined
      ? (parseDuration(gate.timeout) ?? DEFAULT_STATUS_TIMEOUT_MS)
      : DEFAULT_STATUS_TIMEOUT_MS;
  const env: NodeJS.ProcessEnv = {
    ...ctx.env,
    ...(gate.status === undefined ? preset?.env : {}),
    ...expandEnv(gate, ctx),
  };
  ctx.secrets?.addFromEnv(env);
  ctx.progress(`migrations: running ${shown}`);
  const run = await runShell(command, { cwd, env, timeoutMs, signal: ctx.signal });
  return classifyStatusRun(run, { command: shown, tool: gate.tool ?? null, preset, timeoutMs });
}

/**
 * Reads a finished status run. Exit 0 of a custom command means nothing pending and non-zero means
 * pending, unless the output shows the command could not run or could not reach the database:
 * those are never "pending" and never a pass. Presets name the pending migrations from the output;
 * for tools that exit 0 whatever the state, output the preset cannot read is an error.
 */
export function classifyStatusRun(
  run: Pick<RunShellResult, 'exitCode' | 'signal' | 'timedOut' | 'aborted' | 'output' | 'durationMs'>,
  opts: {
    command: string;
    tool: MigrationStatusFacts['tool'];
    preset: MigrationPreset | null;
    timeoutMs: number;
  },
): MigrationStatusFacts {
  const base = {
    command: opts.command,
    tool: opts.tool,
    exitCode: run.exitCode,
    output: run.output,
    durationMs: run.durationMs,
    timeoutMs: opts.timeoutMs,
  };
  if (run.timedOut) return { ...base, state: 'timeout', pending: null };
  if (run.aborted) return { ...base, state: 'aborted', pending: null };
  if (run.exitCode === null)
    return { ...base, state: 'failed', pending: null, message: `ended by signal ${run.signal ?? 'unknown'}` };
  const parsed = opts.preset ? opts.preset.parse(run.output) : null;
  if (run.exitCode !== 0) {
    const download = downloadFailure(run.output);
    if (download)
      return {
        ...base,
        state: 'failed',
        pending: null,
        message: `the tool could not download its engine (not a database problem): ${download}`,
      };
    const refused = credentialFailure(run.output);
    if (refused) return { ...base, state: 'unreachable', credentials: true, pending: null, message: refused };
    const conn = connectionFailure(run.output);
    if (conn) return { ...base, state: 'unreachable', pending: null, message: conn };
    if (notInstalled(run.output, run.exitCode)) return { ...base, state: 'not-installed', pending: null };
    if (run.exitCode === 126)
      return { ...base, state: 'failed', pending: null, message: 'the command is not executable' };
  }
  if (parsed && parsed.length) return { ...base, state: 'pending', pending: parsed };
  if (run.exitCode === 0) {
    if (parsed || !opts.preset || opts.preset.exitCodeMeansPending)
      return { ...base, state: 'up-to-date', pending: [] };
    return { ...base, state: 'unreadable', pending: null };
  }
  if (!opts.preset) return { ...base, state: 'pending', pending: null };
  const cause = failureLine(run.output);
  const why = cause ? `: ${cause}` : '';
  return { ...base, state: 'failed', pending: null, message: `exited with code ${run.exitCode}${why}` };
}

export const collect: Collector<
  'migrations',
  Awaited<ReturnType<typeof collectMigrations>>
> = collectMigrations;
