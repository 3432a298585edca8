/** collectMigrations: the CLI's git diff against --base, and running status commands for real. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MigrationsGate } from '../../src/config/schema-types.generated.js';
import { UserError } from '../../src/errors.js';
import { evaluateMigrations } from '../../src/gates/migrations.js';
import type { EvalContext } from '../../src/gates/types.js';
import { classifyStatusRun, collectMigrations } from '../../src/sources/migrations.js';
import { PRESETS } from '../../src/sources/migrations/presets.js';
import type { CollectContext } from '../../src/sources/types.js';

let dir: string;

function ctx(over: Partial<CollectContext> = {}): CollectContext {
  return {
    cwd: dir,
    env: { ...process.env },
    now: new Date('2026-03-01T12:00:00Z'),
    signal: new AbortController().signal,
    progress: () => undefined,
    ...over,
  };
}

const cliCtx: EvalContext = {
  gateId: 'migrations',
  now: new Date('2026-03-01T12:00:00Z'),
  mode: 'cli',
  pr: null,
  groups: {},
  teams: {},
};

function git(...args: string[]) {
  execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-mig-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 'T');
  mkdirSync(path.join(dir, 'db/migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'db/migrations/001_users.sql'), 'CREATE TABLE users (id int);\n');
  writeFileSync(path.join(dir, 'db/migrations/002_email.sql'), 'ALTER TABLE users ADD email text;\n');
  writeFileSync(path.join(dir, 'db/migrations/003_legacy.sql'), 'SELECT 1;\n');
  writeFileSync(path.join(dir, 'app.js'), 'console.log(1);\n');
  writeFileSync(path.join(dir, '.gitignore'), '*.log\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  // Committed on the branch: an edit to an applied migration and a new one.
  writeFileSync(path.join(dir, 'db/migrations/001_users.sql'), 'CREATE TABLE users (id bigint);\n');
  writeFileSync(path.join(dir, 'db/migrations/004_orders.sql'), 'CREATE TABLE orders (id int);\n');
  git('add', '.');
  git('commit', '-q', '-m', 'feature');
  // Uncommitted: a rename (staged), a deletion, an untracked new migration, an ignored file.
  git('mv', 'db/migrations/002_email.sql', 'db/migrations/002_user_email.sql');
  rmSync(path.join(dir, 'db/migrations/003_legacy.sql'));
  writeFileSync(path.join(dir, 'db/migrations/005_draft.sql'), 'SELECT 2;\n');
  writeFileSync(path.join(dir, 'db/migrations/debug.log'), 'noise\n');
  // Meanwhile main moved on: its changes are not the branch's.
  git('stash', '-q', '--include-untracked');
  git('checkout', '-q', 'main');
  writeFileSync(path.join(dir, 'db/migrations/010_main_only.sql'), 'SELECT 3;\n');
  git('add', '.');
  git('commit', '-q', '-m', 'main moves');
  git('checkout', '-q', 'feature');
  git('stash', 'pop', '-q');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('changed migrations in the CLI (--base)', () => {
  const gate: MigrationsGate = { type: 'migrations', paths: 'db/migrations/*.sql', signoff: ['dba'] };

  it('compares the branch and uncommitted work with the merge base, not with the tip of base', async () => {
    const facts = await collectMigrations(gate, ctx({ gitBase: 'main' }));
    expect(facts.changed?.base).toBe('main');
    const files = [...(facts.changed?.files ?? [])].sort((a, b) => a.path.localeCompare(b.path));
    expect(files).toEqual([
      { path: 'db/migrations/001_users.sql', status: 'modified' },
      {
        path: 'db/migrations/002_user_email.sql',
        status: 'renamed',
        previousPath: 'db/migrations/002_email.sql',
      },
      { path: 'db/migrations/003_legacy.sql', status: 'removed' },
      { path: 'db/migrations/004_orders.sql', status: 'added' },
      { path: 'db/migrations/005_draft.sql', status: 'added' },
    ]);
  });

  it('lists them in the CLI verdict with the edits called out, leaving the sign-off to the action', async () => {
    const facts = await collectMigrations(gate, ctx({ gitBase: 'main' }));
    const out = evaluateMigrations(gate, facts, cliCtx);
    expect(out.status).toBe('skipped');
    expect(out.summary).toBe(
      'sign-off of 5 changed migrations compared with main (3 edit existing migrations) is checked by the action on the pull request',
    );
  });

  it('runs from a subdirectory of the repository too', async () => {
    const facts = await collectMigrations(gate, ctx({ gitBase: 'main', cwd: path.join(dir, 'db') }));
    expect(facts.changed?.files.map((f) => f.path)).toContain('db/migrations/004_orders.sql');
  });

  it('does not compute changes without --base', async () => {
    expect((await collectMigrations(gate, ctx())).changed).toBeNull();
  });

  it('says how to fix an unknown base ref', async () => {
    const err = await collectMigrations(gate, ctx({ gitBase: 'origin/nope' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('"origin/nope"');
    expect((err as Error).message).toContain('git fetch origin nope');
  });

  it('says when the directory is not a git repository', async () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'shipgate-nogit-'));
    try {
      const err = await collectMigrations(
        gate,
        ctx({ gitBase: 'main', cwd: plain, env: { ...process.env, GIT_CEILING_DIRECTORIES: os.tmpdir() } }),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toContain('is not inside a git repository');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('running the status command', () => {
  const run = async (gate: MigrationsGate, over: Partial<CollectContext> = {}) => {
    const facts = await collectMigrations(gate, ctx(over));
    return { facts, outcome: evaluateMigrations(gate, facts, cliCtx) };
  };

  it('exit 0 passes; a non-zero exit fails with the output tail', async () => {
    expect((await run({ type: 'migrations', status: 'echo all applied' })).outcome.status).toBe('pass');
    const { outcome } = await run({
      type: 'migrations',
      status: 'echo "2 pending: 004_orders, 005_draft"; exit 3',
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toContainEqual({ kind: 'code', text: '2 pending: 004_orders, 005_draft' });
  });

  it('runs in cwd (relative to the repository) with env, expanding ${{ env.NAME }}', async () => {
    const gate: MigrationsGate = {
      type: 'migrations',
      status:
        'test "$(basename "$PWD")" = migrations && test "$DATABASE_URL" = "postgres://db/prod" && test "$N" = 5',
      cwd: 'db/migrations',
      env: { DATABASE_URL: '${{ env.PROD_DB }}', N: 5 },
    };
    const { outcome } = await run(gate, { env: { ...process.env, PROD_DB: 'postgres://db/prod' } });
    expect(outcome.status).toBe('pass');
  });

  it('names a missing ${{ env.NAME }}', async () => {
    const gate: MigrationsGate = {
      type: 'migrations',
      status: 'true',
      env: { DATABASE_URL: '${{ env.NOPE_DB }}' },
    };
    await expect(collectMigrations(gate, ctx({ env: {} }))).rejects.toThrow('NOPE_DB is not set');
  });

  it('a command that is not installed is an error, not pending', async () => {
    const { outcome } = await run({ type: 'migrations', status: 'shipgate-no-such-migrate-tool status' });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('could not run (not found): shipgate-no-such-migrate-tool status');
  });

  it('a status command that runs past its timeout is an error', async () => {
    const { outcome } = await run({ type: 'migrations', status: 'echo checking; sleep 30', timeout: '1s' });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('timed out after 1 s');
    expect(outcome.details).toContainEqual({ kind: 'code', text: 'checking' });
  });

  it('a connection failure from a custom command is an error, never pending', async () => {
    const { outcome } = await run({
      type: 'migrations',
      status:
        'echo "psql: error: connection to server at \\"127.0.0.1\\", port 5999 failed: Connection refused" >&2; exit 2',
    });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('port 5999 failed: Connection refused');
  });

  it('a preset whose tool exits 0 either way must be read: unrecognised output is an error', () => {
    const facts = classifyStatusRun(
      {
        exitCode: 0,
        signal: null,
        timedOut: false,
        aborted: false,
        output: 'something else entirely',
        durationMs: 5,
      },
      { command: 'flyway info', tool: 'flyway', preset: PRESETS.flyway, timeoutMs: 1000 },
    );
    expect(facts.state).toBe('unreadable');
  });

  it('a preset that names pending migrations fails even though the tool exited 0', async () => {
    const out =
      'Found 1 Completed Migration file/files.\n001.js \nFound 1 Pending Migration file/files.\n002_orders.js \n';
    const { outcome } = await run({ type: 'migrations', tool: 'knex', status: `printf '${out}'` });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 migration pending: 002_orders.js');
  });

  it('a preset failing for another reason is an error with the output', () => {
    const facts = classifyStatusRun(
      {
        exitCode: 1,
        signal: null,
        timedOut: false,
        aborted: false,
        output: 'Error: Could not find Prisma Schema',
        durationMs: 5,
      },
      { command: 'npx --no prisma migrate status', tool: 'prisma', preset: PRESETS.prisma, timeoutMs: 1000 },
    );
    expect(facts).toMatchObject({
      state: 'failed',
      message: 'exited with code 1: Error: Could not find Prisma Schema',
    });
  });
});
