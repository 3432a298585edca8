/**
 * Runs the `shipgate` command as a user does (`node bin/shipgate.js …`, the package bin, which
 * loads the bundled dist/index.js as the CLI) in a temporary copy of a fixture project.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, copyFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../e2e/harness.js';

export { ROOT };
export const BIN = join(ROOT, 'bin', 'shipgate.js');
export const FIXTURES = join(ROOT, '__tests__', 'fixtures');

/** Real recorded reports the CLI fixture project reads (destination in the project -> fixture). */
export const PROJECT_REPORTS: Record<string, string> = {
  'coverage/lcov.info': 'coverage/reports/js/lcov.info',
  'audit/npm-audit.json': 'audit/npm7-none.json',
  'audit/yarn-audit.jsonl': 'audit/yarn-1-high.jsonl',
};

/** Copies files from __tests__/fixtures into `dir` (destination -> path under fixtures). */
export function copyReports(dir: string, reports: Record<string, string>): void {
  for (const [to, from] of Object.entries(reports)) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(join(FIXTURES, from), join(dir, to));
  }
}

/** A fresh copy of __tests__/fixtures/cli/project with its reports; returns its directory. */
export function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-cli-'));
  cpSync(join(FIXTURES, 'cli', 'project'), dir, { recursive: true });
  copyReports(dir, PROJECT_REPORTS);
  return dir;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell, minus anything that would change colours. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      v === undefined ||
      k === 'NO_COLOR' ||
      k === 'FORCE_COLOR' ||
      k.startsWith('GITHUB_') ||
      k.startsWith('INPUT_')
    )
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** `shipgate <args>` in `cwd`, stdout and stderr piped. */
export function shipgate(
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: cleanEnv(opts.env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * `shipgate <args>` on a pseudo-terminal, through util-linux `script`: what a user sees in a
 * terminal. `shellSuffix` is appended to the command line (e.g. `2>file` to pipe only stderr).
 * stdout and stderr both arrive in `output` (the terminal).
 */
export function shipgateOnTty(
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; shellSuffix?: string },
): Promise<{ code: number | null; output: string }> {
  const line =
    [process.execPath, BIN, ...args].map(quote).join(' ') + (opts.shellSuffix ? ` ${opts.shellSuffix}` : '');
  // Asynchronous: test servers in this process must keep answering while it runs.
  const child = spawn('script', ['-qec', line, '/dev/null'], {
    cwd: opts.cwd,
    env: cleanEnv({ TERM: 'xterm', ...opts.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

export function hasScript(): boolean {
  return spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
}

/** A test server on 127.0.0.1. */
export async function startServer(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `/health` answers {"status":"ok"}, `/down` 503; anything else 404. */
export function healthHandler(req: IncomingMessage, res: ServerResponse) {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  } else if (req.url === '/down') {
    res.writeHead(503);
    res.end('maintenance');
  } else {
    res.writeHead(404);
    res.end();
  }
}

export const ESC = '\u001b[';
/** Lines of a `--json` run's stdout: must be exactly one JSON document. */
export function parseJsonOut(stdout: string): unknown {
  return JSON.parse(stdout);
}

/** Git in a directory, failing the test on error. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: cleanEnv({
      GIT_AUTHOR_NAME: 'Dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
    }),
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
