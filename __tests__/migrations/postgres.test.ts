/**
 * The migrations gate against a real PostgreSQL and the real node-pg-migrate: a throwaway cluster
 * per file, migrations applied with the project's node-pg-migrate CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { MigrationsGate } from '../../src/config/schema-types.generated.js';
import { evaluateMigrations } from '../../src/gates/migrations.js';
import type { EvalContext } from '../../src/gates/types.js';
import { collectMigrations } from '../../src/sources/migrations.js';
import type { CollectContext } from '../../src/sources/types.js';
import { freePort, startPostgres, type PgCluster } from '../helpers/postgres.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const project = path.join(here, '../fixtures/migrations/pg-project');
const nodePgMigrate = path.join(repo, 'node_modules/node-pg-migrate/bin/node-pg-migrate.js');

function migrate(url: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [nodePgMigrate, ...args],
      { cwd: project, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' },
      (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
    );
  });
}

function collectCtx(): CollectContext {
  return {
    cwd: project,
    env: { ...process.env },
    now: new Date('2026-03-01T12:00:00Z'),
    signal: new AbortController().signal,
    progress: () => undefined,
  };
}

const evalCtx: EvalContext = {
  gateId: 'migrations',
  now: new Date('2026-03-01T12:00:00Z'),
  mode: 'cli',
  pr: null,
  groups: {},
  teams: {},
};

async function run(gate: MigrationsGate) {
  const facts = await collectMigrations(gate, collectCtx());
  return { facts, outcome: evaluateMigrations(gate, facts, evalCtx) };
}

let cluster: PgCluster;

beforeAll(async () => {
  cluster = await startPostgres('pending_check');
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

describe('node-pg-migrate preset against PostgreSQL', () => {
  const gate = (url: string): MigrationsGate => ({
    type: 'migrations',
    tool: 'node-pg-migrate',
    env: { DATABASE_URL: url },
  });

  it('fails and names the third migration when only two are applied, and passes once it is applied', async () => {
    await migrate(cluster.url, ['up', '2']);

    const before = await run(gate(cluster.url));
    expect(before.outcome.status).toBe('fail');
    expect(before.outcome.summary).toBe('1 migration pending: 1700000000003_index-users-email');
    expect(before.facts.status?.pending).toEqual(['1700000000003_index-users-email']);

    await migrate(cluster.url, ['up']);
    const after = await run(gate(cluster.url));
    expect(after.outcome.status).toBe('pass');
    expect(after.outcome.summary).toBe('no migration pending');

    // The check itself only reads: running it changed nothing in the migrations table.
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const rows = await client.query('SELECT name FROM pgmigrations ORDER BY id');
    await client.end();
    expect(rows.rows.map((r: { name: string }) => r.name)).toEqual([
      '1700000000001_create-users',
      '1700000000002_add-email',
      '1700000000003_index-users-email',
    ]);
  });

  it('names every migration as pending on a database that never ran one, without creating the migrations table', async () => {
    const url = await cluster.createDatabase('fresh');
    const { outcome } = await run(gate(url));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      '3 migrations pending: 1700000000001_create-users, 1700000000002_add-email, 1700000000003_index-users-email',
    );
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const t = await client.query("SELECT to_regclass('public.pgmigrations') AS t");
    await client.end();
    expect(t.rows[0].t).toBeNull();
  });

  it('is an error naming the connection failure when nothing listens on the port', async () => {
    const port = await freePort();
    const { outcome } = await run(gate(`postgres://postgres@127.0.0.1:${port}/app`));
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('could not reach the database');
    expect(outcome.summary).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('is an error naming the directory when the migrations directory is wrong', async () => {
    const { outcome } = await run({
      ...gate(cluster.url),
      env: { DATABASE_URL: cluster.url, PGM_MIGRATIONS_DIR: 'db/nope' },
    });
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain(
      `migrations directory ${path.join(project, 'db/nope')} cannot be read (ENOENT)`,
    );
  });

  it('is an error when the database does not exist', async () => {
    const url = cluster.url.replace(/\/pending_check$/, '/no_such_db');
    const { outcome } = await run(gate(url));
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('database "no_such_db" does not exist');
  });

  it('with a custom status command: exit 0 passes, pending exits non-zero, a stopped database is an error', async () => {
    const url = await cluster.createDatabase('custom_cmd');
    // The user's own status script: node-pg-migrate's dry run lists what `up` would run.
    const status = `out=$(node ${JSON.stringify(nodePgMigrate)} up --dry-run --verbose false) || exit 2; echo "$out"; echo "$out" | grep -q "No migrations to run"`;
    const custom: MigrationsGate = { type: 'migrations', status, env: { DATABASE_URL: url } };
    await migrate(url, ['up', '1']);
    const pending = await run(custom);
    expect(pending.outcome.status).toBe('fail');
    expect(pending.outcome.summary).toBe('migrations pending (status command exited with code 1)');
    expect(pending.outcome.details).toContainEqual({
      kind: 'code',
      text: expect.stringContaining('1700000000002_add-email'),
    });

    await migrate(url, ['up']);
    expect((await run(custom)).outcome.status).toBe('pass');

    const ownCheck: MigrationsGate = {
      type: 'migrations',
      tool: 'node-pg-migrate',
      env: { DATABASE_URL: url },
    };
    await cluster.stop();
    try {
      const down = await run(ownCheck);
      expect(down.outcome.status).toBe('error');
      expect(down.outcome.summary).toMatch(
        /could not reach the database to check pending migrations: .*ECONNREFUSED/,
      );
      const downCustom = await run(custom);
      expect(downCustom.outcome.status).toBe('error');
      expect(downCustom.outcome.summary).toContain('could not reach the database');
    } finally {
      await cluster.start();
    }
    expect((await run(ownCheck)).outcome.status).toBe('pass');
  });
});
