import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CommandGate } from '../../src/config/schema-types.generated.js';
import { UserError } from '../../src/errors.js';
import { evaluateCommand, explainCommand } from '../../src/gates/command.js';
import type { EvalContext } from '../../src/gates/types.js';
import { collectCommand } from '../../src/sources/command.js';
import type { CollectContext } from '../../src/sources/types.js';

const evalCtx: EvalContext = {
  gateId: 'typecheck',
  now: new Date(),
  mode: 'action',
  pr: null,
  groups: {},
  teams: {},
};

function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

async function run(
  g: Partial<CommandGate> & { run: string },
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {},
) {
  const gate = { type: 'command', ...g } as CommandGate;
  const progress: string[] = [];
  const cwd = opts.cwd ?? mkdtempSync(path.join(tmpdir(), 'sg-cmd-'));
  const ctx: CollectContext = {
    cwd,
    env: opts.env ?? { PATH: process.env.PATH },
    now: new Date(),
    signal: opts.signal ?? new AbortController().signal,
    progress: (m) => progress.push(m),
  };
  const facts = await collectCommand(gate, ctx);
  return { facts, progress, cwd, outcome: evaluateCommand(gate, facts, evalCtx) };
}

describe('command gate', () => {
  test('exit 0 passes and progress names the command', async () => {
    const { outcome, progress } = await run({ run: 'echo fine' });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toMatch(/^"echo fine" exited 0 in \d+ ms$/);
    expect(progress[0]).toBe('running: echo fine');
    expect(outcome.details).toContainEqual({ kind: 'code', text: 'fine' });
  });

  test('a non-zero exit fails with the last 50 lines of output', async () => {
    const { outcome } = await run({ run: 'for i in $(seq 1 80); do echo "error $i <b>"; done; exit 2' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('"for i in $(seq 1 80); do echo "error $i <b>"; done; exit 2" exited 2');
    const code = outcome.details?.find((d) => d.kind === 'code');
    expect(code?.kind === 'code' && code.text.split('\n')).toEqual(
      Array.from({ length: 50 }, (_, i) => `error ${i + 31} <b>`),
    );
  });

  test('stderr is part of the output', async () => {
    const { outcome } = await run({ run: 'echo to-stderr >&2; false' });
    expect(outcome.details).toContainEqual({ kind: 'code', text: 'to-stderr' });
  });

  test('a timeout is an error and kills the whole process group', async () => {
    const { outcome, cwd } = await run({ run: '(sleep 100 & echo $! > gc.pid; wait)', timeout: '300ms' });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toBe(
      '"(sleep 100 & echo $! > gc.pid; wait)" timed out after 300 ms and was stopped; raise timeout (now 300ms) or make it faster',
    );
    const pid = Number(readFileSync(path.join(cwd, 'gc.pid'), 'utf8'));
    for (let i = 0; i < 50 && !gone(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(gone(pid)).toBe(true);
  });

  test('a command that is not found is an error saying so', async () => {
    const { outcome } = await run({ run: 'shipgate-no-such-tool --check' });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('command not found: shipgate-no-such-tool (exit 127)');
    const sh = await run({ run: 'shipgate-no-such-tool', shell: 'sh' });
    expect(sh.outcome.summary).toContain('command not found: shipgate-no-such-tool');
  });

  test('a file that is not executable is an error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-cmd-'));
    writeFileSync(path.join(dir, 'tool.sh'), 'echo hi\n');
    chmodSync(path.join(dir, 'tool.sh'), 0o644);
    const { outcome } = await run({ run: './tool.sh' }, { cwd: dir });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('exit 126');
  });

  test('a command killed by a signal fails', async () => {
    const { outcome } = await run({ run: 'kill -KILL $$' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('was killed by SIGKILL');
  });

  test('cwd is relative to the repository root and env is merged over the job env', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sg-cmd-'));
    mkdirSync(path.join(root, 'app'));
    const { outcome } = await run(
      {
        run: 'echo "$(basename "$PWD") $FROM_JOB $FROM_GATE $NUM"',
        cwd: 'app',
        env: { FROM_GATE: 'g', NUM: 3 },
      },
      { cwd: root, env: { PATH: process.env.PATH, FROM_JOB: 'j', FROM_GATE: 'overridden' } },
    );
    expect(outcome.details).toContainEqual({ kind: 'code', text: 'app j g 3' });
    expect(outcome.details?.[0]).toMatchObject({ text: expect.stringContaining(' in app (') });
  });

  test('a missing cwd is a UserError naming it', async () => {
    await expect(run({ run: 'true', cwd: 'nope' })).rejects.toThrow(UserError);
    await expect(run({ run: 'true', cwd: 'nope' })).rejects.toThrow(
      /working directory .*nope does not exist/,
    );
  });

  test('the run deadline stops it as an error', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const { outcome } = await run({ run: 'sleep 30' }, { signal: ac.signal });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('the run was cancelled or its deadline passed');
  });

  test('explain states the defaults', () => {
    const text = explainCommand({ type: 'command', run: 'npx tsc --noEmit' }).join('\n');
    expect(text).toContain('Timeout: 10 m (default)');
    expect(text).toContain('bash (sh when bash is missing)');
  });
});
