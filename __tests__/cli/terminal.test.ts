/**
 * What `shipgate check` shows while it runs and in a terminal: progress on stderr only, colours only
 * on a terminal (util-linux `script` gives the command a pseudo-terminal).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BIN,
  ESC,
  cleanEnv,
  hasScript,
  healthHandler,
  makeProject,
  shipgate,
  shipgateOnTty,
  startServer,
} from './helpers.js';

const THURSDAY_10 = '2026-12-03T10:00:00+01:00';

let project: string;
let server: Awaited<ReturnType<typeof startServer>>;
let env: Record<string, string>;

beforeAll(async () => {
  project = makeProject();
  server = await startServer(healthHandler);
  env = { SMOKE_PORT: String(server.port) };
});
afterAll(async () => {
  await server.close();
});

describe('progress', () => {
  it('shows an http gate retrying against a slow-starting service and a command running, on stderr only', async () => {
    let requests = 0;
    const slow = await startServer((req, res) => {
      requests++;
      if (requests <= 2) {
        res.writeHead(503);
        res.end('starting');
      } else healthHandler(req, res);
    });
    try {
      const run = await shipgate(['check', '--json', '-e', 'production', '--now', THURSDAY_10], {
        cwd: project,
        env: { SMOKE_PORT: String(slow.port) },
      });
      expect(run.code).toBe(1);
      const url = 'GET http://127.0.0.1:${{ env.SMOKE_PORT }}/health';
      const progress = run.stderr.split('\n');
      expect(progress).toContain(`… ${url}: attempt 1/11`);
      expect(progress).toContain(`… ${url}: attempt 1/11: status 503, expected 200; retrying in 20 ms`);
      expect(progress).toContain(`… ${url}: attempt 2/11: status 503, expected 200; retrying in 20 ms`);
      expect(progress).toContainEqual(expect.stringMatching(/^… GET .*: attempt 3\/11: ok in \d+ ms$/));
      expect(progress).toContain('… running: echo "typecheck - 0 errors"');
      // stdout is the JSON and nothing else.
      const result = JSON.parse(run.stdout) as { gates: { id: string; summary: string }[] };
      expect(result.gates.find((g) => g.id === 'smoke')!.summary).toMatch(
        /answered 200 in \d+ ms after 3 attempts$/,
      );
      expect(run.stdout).not.toContain('…');
    } finally {
      await slow.close();
    }
  });

  it('reports each gate as it finishes on stderr, and the checklist on stdout', async () => {
    const run = await shipgate(['check', '-e', 'production', '--now', THURSDAY_10], { cwd: project, env });
    expect(run.code).toBe(1);
    for (const id of ['tests', 'coverage', 'audit', 'window', 'smoke', 'typecheck'])
      expect(run.stderr).toMatch(new RegExp(`^… ${id}: (pass|skipped)$`, 'm'));
    expect(run.stdout).not.toMatch(/^… [a-z-]+: (pass|skipped|pending)$|^… running/m); // progress stays on stderr
    expect(run.stderr).not.toContain('Deploy to');
  });
});

const describeTty = hasScript() ? describe : describe.skip;

describeTty('colours', () => {
  const args = ['check', '-e', 'production', '--now', THURSDAY_10];

  it('colours the checklist on a terminal', async () => {
    const run = await shipgateOnTty(args, { cwd: project, env });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${ESC}1m${ESC}31mDeploy to production blocked`);
    expect(run.output).toContain(`${ESC}32m✔${ESC}0m Coverage`);
    expect(run.output).toContain(`${ESC}2m… running: echo "typecheck - 0 errors"${ESC}0m`);
  });

  it('uses no colour when NO_COLOR is set', async () => {
    const run = await shipgateOnTty(args, { cwd: project, env: { ...env, NO_COLOR: '1' } });
    expect(run.output).toContain('Deploy to production blocked');
    expect(run.output).not.toContain('\u001b');
  });

  it('uses no colour with --no-color', async () => {
    const run = await shipgateOnTty([...args, '--no-color'], { cwd: project, env });
    expect(run.output).toContain('Deploy to production blocked');
    expect(run.output).not.toContain('\u001b');
  });

  it('uses no colour in what is piped or redirected, even when the other stream is a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-tty-'));
    const errFile = join(dir, 'stderr.txt');
    const outFile = join(dir, 'stdout.txt');
    // stdout on the terminal, stderr to a file.
    const a = await shipgateOnTty(args, { cwd: project, env, shellSuffix: `2>'${errFile}'` });
    expect(a.output).toContain(`${ESC}32m✔`);
    expect(readFileSync(errFile, 'utf8')).toContain('… running: echo');
    expect(readFileSync(errFile, 'utf8')).not.toContain('\u001b');
    // stdout to a file, stderr (progress) on the terminal.
    const b = await shipgateOnTty(args, { cwd: project, env, shellSuffix: `>'${outFile}'` });
    expect(readFileSync(outFile, 'utf8')).toContain('Deploy to production blocked');
    expect(readFileSync(outFile, 'utf8')).not.toContain('\u001b');
    expect(b.output).toContain(`${ESC}2m… running: echo`);
  });

  it('prints plain JSON on a terminal with --json', async () => {
    const run = await shipgateOnTty([...args, '--json'], { cwd: project, env, shellSuffix: '2>/dev/null' });
    expect(run.output.trim().startsWith('{"schema_version":1,"environment":"production"')).toBe(true);
    expect(run.output).not.toContain('\u001b');
  });

  it('uses no colour when both streams are piped', async () => {
    const run = await shipgate(args, { cwd: project, env });
    expect(run.stdout).toContain('Deploy to production blocked');
    expect(run.stdout + run.stderr).not.toContain('\u001b');
  });
});

describe('Ctrl-C', () => {
  it('stops a running command gate (its whole process group) and exits 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-int-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github', 'shipgate.yml'),
      'version: 1\ngates:\n  slow:\n    type: command\n    run: echo $$ > started; sleep 30; touch finished\n',
    );
    const child = spawn(process.execPath, [BIN, 'check'], { cwd: dir, env: cleanEnv() });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!existsSync(join(dir, 'started')) || !readFileSync(join(dir, 'started'), 'utf8').trim())
      await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(join(dir, 'started'), 'utf8'));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stdout).toMatch(/^! slow \[slow\] error: /m);
    // The shell running the command is gone (or a zombie awaiting its reaper), and never finished.
    const ps = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
    expect(ps.stdout.trim()).toMatch(/^(Z.*)?$/);
    expect(existsSync(join(dir, 'finished'))).toBe(false);
  });
});
