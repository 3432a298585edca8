/**
 * Runs a shell command for a gate (command gate, migrations' status command) with a timeout.
 *
 * The command runs in its own process group (spawned detached), so a timeout, an abort, or the
 * end of the command kills everything it started — including grandchildren such as `sleep 100 &`
 * in a subshell — instead of leaving them running on the runner or holding the output pipes open.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { UserError } from '../errors.js';

export interface RunShellOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Shell to run the command with (`<shell> -c <command>`); default bash, sh when bash is missing. */
  shell?: string;
  /** Called with every decoded chunk of stdout and stderr as it arrives. */
  onOutput?: (chunk: string) => void;
  /** Lines kept in `output`; default 50. */
  tailLines?: number;
}

export interface RunShellResult {
  /** Exit code, or null when the process was ended by a signal. */
  exitCode: number | null;
  /** The signal that ended the process (e.g. SIGTERM after a timeout), or null. */
  signal: string | null;
  timedOut: boolean;
  /** Set when `signal` aborted the run. */
  aborted: boolean;
  /** Combined stdout and stderr in arrival order: the last `tailLines` (50) lines. */
  output: string;
  durationMs: number;
}

/** Characters of output kept while running: bounds memory for commands that print a lot. */
const KEEP_CHARS = 64 * 1024;
/** After SIGTERM, how long the process group gets before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** After the command exits, how long to wait for its output pipes to drain. */
const DRAIN_MS = 1000;

/** The last `lines` lines of `text` (a trailing newline does not count as an empty last line). */
export function tail(text: string, lines: number): string {
  const trimmed = text.replace(/\r?\n$/, '');
  if (lines <= 0) return '';
  let idx = trimmed.length;
  for (let i = 0; i < lines; i++) {
    const nl = trimmed.lastIndexOf('\n', idx - 1);
    if (nl < 0) return trimmed;
    idx = nl;
  }
  return trimmed.slice(idx + 1);
}

let defaultShellCache: string | undefined;

/** bash when it is on PATH (or /bin/bash), else sh. */
export function defaultShell(env: NodeJS.ProcessEnv = process.env): string {
  if (defaultShellCache) return defaultShellCache;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of [...dirs, '/bin', '/usr/bin']) {
    try {
      accessSync(path.join(dir, 'bash'), constants.X_OK);
      return (defaultShellCache = path.join(dir, 'bash'));
    } catch {
      // not here
    }
  }
  return (defaultShellCache = 'sh');
}

/** Sends `sig` to the whole process group led by `pid`; a group that is already gone is fine. */
function killGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, sig);
  } catch {
    // ESRCH: the group has already exited.
  }
}

/**
 * Runs `command` with `<shell> -c`. Resolves when the command has ended (normally, by timeout or by
 * abort) and its output is read; never rejects for a non-zero exit. Throws UserError when the
 * working directory or the shell does not exist.
 */
export async function runShell(command: string, opts: RunShellOptions): Promise<RunShellResult> {
  let st;
  try {
    st = statSync(opts.cwd);
  } catch {
    throw new UserError(
      `working directory ${opts.cwd} does not exist; fix the path (it is relative to the repository root)`,
    );
  }
  if (!st.isDirectory()) throw new UserError(`working directory ${opts.cwd} is not a directory`);
  const shell = opts.shell ?? defaultShell(opts.env);
  const keepLines = opts.tailLines ?? 50;
  const started = performance.now();

  return await new Promise<RunShellResult>((resolve, reject) => {
    let buffer = '';
    let timedOut = false;
    let aborted = false;
    let exit: { code: number | null; signal: string | null } | null = null;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];

    const child = spawn(shell, ['-c', command], {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid;

    const append = (chunk: string) => {
      if (!chunk) return;
      buffer += chunk;
      if (buffer.length > 2 * KEEP_CHARS) buffer = buffer.slice(-KEEP_CHARS);
      opts.onOutput?.(chunk);
    };
    for (const stream of [child.stdout, child.stderr]) {
      const decoder = new StringDecoder('utf8');
      stream.on('data', (b: Buffer) => append(decoder.write(b)));
      stream.on('end', () => append(decoder.end()));
    }

    const stop = () => {
      killGroup(pid, 'SIGTERM');
      timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
    };
    const onAbort = () => {
      if (exit) return;
      aborted = true;
      stop();
    };

    const finish = () => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        aborted,
        output: tail(buffer.slice(-KEEP_CHARS), keepLines),
        durationMs: Math.round(performance.now() - started),
      });
    };

    child.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      if (e.code === 'ENOENT')
        reject(new UserError(`shell ${shell} was not found; install it or set another shell`));
      else reject(e);
    });

    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // Background processes the command left behind would keep the pipes open (and keep running
      // on the runner): end the rest of the group, then give the pipes a moment to drain.
      killGroup(pid, 'SIGTERM');
      timers.push(
        setTimeout(() => {
          killGroup(pid, 'SIGKILL');
          finish();
        }, DRAIN_MS),
      );
    });
    child.on('close', () => {
      if (exit) finish();
    });

    if (opts.timeoutMs > 0 && Number.isFinite(opts.timeoutMs)) {
      timers.push(
        setTimeout(() => {
          if (exit) return;
          timedOut = true;
          stop();
        }, opts.timeoutMs),
      );
    }
    if (opts.signal) {
      if (opts.signal.aborted) onAbort();
      else opts.signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}
