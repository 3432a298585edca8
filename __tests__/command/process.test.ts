import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runShell, tail } from '../../src/sources/process.js';
import { UserError } from '../../src/errors.js';

const base = { cwd: tmpdir(), env: process.env, timeoutMs: 20_000 };

/** Running (a zombie waiting to be reaped by init counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

async function waitGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('tail', () => {
  test('keeps the last lines and ignores a trailing newline', () => {
    expect(tail('a\nb\nc\n', 2)).toBe('b\nc');
    expect(tail('a\nb', 5)).toBe('a\nb');
    expect(tail('', 3)).toBe('');
    expect(tail('x\ny', 0)).toBe('');
  });
});

describe('runShell', () => {
  test('reports the exit code and combined stdout and stderr', async () => {
    const r = await runShell('echo out; echo err >&2; exit 3', base);
    expect(r.exitCode).toBe(3);
    expect(r.timedOut).toBe(false);
    expect(r.output.split('\n').sort()).toEqual(['err', 'out']);
  });

  test('keeps only the last 50 lines of output', async () => {
    const r = await runShell('for i in $(seq 1 500); do echo line $i; done', base);
    const lines = r.output.split('\n');
    expect(lines).toHaveLength(50);
    expect(lines[0]).toBe('line 451');
    expect(lines[49]).toBe('line 500');
  });

  test('streams output chunks to onOutput', async () => {
    const chunks: string[] = [];
    await runShell('echo streamed', { ...base, onOutput: (c) => chunks.push(c) });
    expect(chunks.join('')).toContain('streamed');
  });

  test('uses cwd and env', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-proc-'));
    const r = await runShell('pwd; echo "$SG_TEST_VAR"', {
      ...base,
      cwd: dir,
      env: { ...process.env, SG_TEST_VAR: 'v42' },
    });
    expect(r.output).toBe(`${dir}\nv42`);
  });

  test('a timeout kills the whole process group, grandchildren included', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-proc-'));
    const r = await runShell('(sleep 100 & echo $! > gc.pid; wait) ; echo never', {
      ...base,
      cwd: dir,
      timeoutMs: 300,
    });
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBeNull();
    expect(r.output).not.toContain('never');
    const gc = Number(readFileSync(path.join(dir, 'gc.pid'), 'utf8'));
    expect(gc).toBeGreaterThan(0);
    expect(await waitGone(gc)).toBe(true);
  });

  test('a process that ignores SIGTERM is killed after the grace period', async () => {
    const r = await runShell("trap '' TERM; sleep 30", { ...base, timeoutMs: 200 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
  });

  test('background processes left behind are ended when the command exits', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-proc-'));
    const r = await runShell('sleep 100 & echo $! > bg.pid; echo done', { ...base, cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.output).toBe('done');
    const bg = Number(readFileSync(path.join(dir, 'bg.pid'), 'utf8'));
    expect(await waitGone(bg)).toBe(true);
  });

  test('an abort signal stops the command', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const r = await runShell('sleep 30', { ...base, signal: ac.signal });
    expect(r.aborted).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBeNull();
  });

  test('a command not found exits 127', async () => {
    const r = await runShell('definitely-not-a-command-xyz', base);
    expect(r.exitCode).toBe(127);
    expect(r.output).toContain('definitely-not-a-command-xyz');
  });

  test('a missing working directory is a UserError naming it', async () => {
    await expect(runShell('true', { ...base, cwd: '/no/such/dir' })).rejects.toThrow(UserError);
    await expect(runShell('true', { ...base, cwd: '/no/such/dir' })).rejects.toThrow('/no/such/dir');
  });

  test('a missing shell is a UserError naming it', async () => {
    await expect(runShell('true', { ...base, shell: '/no/such/shell' })).rejects.toThrow('/no/such/shell');
  });

  test('sh works as the shell', async () => {
    const r = await runShell('echo $0', { ...base, shell: 'sh' });
    expect(r.output).toBe('sh');
    expect(existsSync(base.cwd)).toBe(true);
  });
});
