/** Runs the `command` gate's command in the shell, with its timeout, cwd and env. */
import path from 'node:path';
import type { CommandGate } from '../config/schema-types.generated.js';
import { commandTimeoutMs, type CommandFacts } from '../gates/command.js';
import { formatDuration } from '../util/duration.js';
import { defaultShell, runShell } from './process.js';
import type { CollectContext, Collector } from './types.js';

/** How often "still running" progress is reported. */
const HEARTBEAT_MS = 30_000;

export async function collectCommand(gate: CommandGate, ctx: CollectContext): Promise<CommandFacts> {
  const cwd = path.resolve(ctx.cwd, gate.cwd ?? '.');
  const env: NodeJS.ProcessEnv = { ...ctx.env };
  for (const [k, v] of Object.entries(gate.env ?? {})) env[k] = String(v);
  ctx.secrets?.addFromEnv(env);
  const timeoutMs = commandTimeoutMs(gate);
  const shell = gate.shell ?? defaultShell(env);
  const rel = path.relative(ctx.cwd, cwd);
  const shownCwd = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? cwd : rel;

  ctx.progress(`running: ${gate.run}`);
  const started = Date.now();
  const heartbeat = setInterval(
    () => ctx.progress(`still running (${formatDuration(Date.now() - started)}): ${gate.run}`),
    HEARTBEAT_MS,
  );
  try {
    const r = await runShell(gate.run, { cwd, env, timeoutMs, signal: ctx.signal, shell });
    return {
      command: gate.run,
      cwd: shownCwd,
      shell,
      exitCode: r.exitCode,
      signal: r.signal,
      timedOut: r.timedOut,
      aborted: r.aborted,
      timeoutMs,
      durationMs: r.durationMs,
      output: r.output,
    };
  } finally {
    clearInterval(heartbeat);
  }
}

export const collect: Collector<'command', Awaited<ReturnType<typeof collectCommand>>> = collectCommand;
