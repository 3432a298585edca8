/**
 * Runs the bundled action (`node dist/index.js`) exactly as a GitHub runner does: INPUT_* (with
 * action.yml's defaults applied, as the runner applies them), GITHUB_* variables, an event payload
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The GitHub API is the fake server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ACTIONS_TOKEN, getPR, type FakeGitHub, type World } from '../fake-github/index.js';

/** The repository root (the folder with action.yml), also when this file is compiled elsewhere. */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'action.yml')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Parsed `result` output. */
  result: {
    environment: string;
    allowed: boolean;
    sha: string;
    pr: number | null;
    gates: { id: string; type: string; title: string; status: string; required: boolean; summary: string }[];
    error?: string;
  } | null;
}

export interface RunOptions {
  event?: string;
  payload?: Record<string, unknown>;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Files to create in the workspace (relative path -> text). */
  files?: Record<string, string>;
  workspace?: string;
  token?: string;
  sha?: string;
  runId?: number;
  runAttempt?: number;
  number?: number;
  /** Called with the action's stdout as it arrives (to react to progress while it runs). */
  onStdout?: (soFar: string) => void;
}

/** A pull_request payload for a PR of the world, as GitHub sends it (the fields shipgate reads). */
export function prPayload(world: World, number = 42): Record<string, unknown> {
  const pr = getPR(world, number);
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: pr.title,
      head: { sha: pr.headRefOid, ref: pr.headRefName },
      base: { sha: pr.baseRefOid, ref: pr.baseRefName },
      user: { login: pr.author.login },
    },
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
  };
}

export async function runAction(fake: FakeGitHub, opts: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-e2e-'));
  const workspace = opts.workspace ?? join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const [path, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const event = opts.event ?? 'pull_request';
  const payload =
    opts.payload ?? (event.startsWith('pull_request') ? prPayload(fake.world, opts.number) : {});
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const pr = (payload.pull_request as { head?: { sha?: string } } | undefined) ?? undefined;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: opts.sha ?? pr?.head?.sha ?? '',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: String(opts.runId ?? 7001),
    GITHUB_RUN_ATTEMPT: String(opts.runAttempt ?? 1),
    GITHUB_JOB: 'deploy',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    SHIPGATE_RETRY_BASE_MS: '20',
    ...opts.env,
  };
  for (const [name, def] of Object.entries(ACTION.inputs)) {
    let value = opts.inputs?.[name] ?? def.default ?? '';
    if (value === '${{ github.token }}') value = opts.token ?? ACTIONS_TOKEN;
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { env, cwd: workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    opts.onStdout?.(stdout);
  });
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
  let result: ActionRun['result'] = null;
  if (outputs.result) result = JSON.parse(outputs.result) as ActionRun['result'];
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), result };
}

/** Parses the GITHUB_OUTPUT file (`name<<DELIM\nvalue\nDELIM`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Status of each gate, by id. */
export function statuses(run: ActionRun): Record<string, string> {
  return Object.fromEntries((run.result?.gates ?? []).map((g) => [g.id, g.status]));
}

/** Comments on the PR that carry the shipgate marker. */
export function stickyComments(world: World, number = 42) {
  return getPR(world, number).comments.filter((c) => c.body.includes('<!-- shipgate:checklist'));
}

/** The text a reader sees: Markdown backslash escapes and the entities the renderer uses undone. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_, n: string) => (n === '8203' ? '' : String.fromCharCode(Number(n))))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '');
}
