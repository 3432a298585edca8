/** The pure migrations evaluator: changed-migration listing, sign-offs, status results combined. */
import { describe, expect, it } from '@jest/globals';
import type { MigrationsGate } from '../../src/config/schema-types.generated.js';
import {
  evaluateMigrations,
  explainMigrations,
  type MigrationStatusFacts,
  type MigrationsFacts,
} from '../../src/gates/migrations.js';
import type { ChangedFile, CommentFact, EvalContext, PrFacts } from '../../src/gates/types.js';
import { parseSignoffCommands } from '../../src/gates/signoff-commands.js';

const NOW = new Date('2026-03-02T12:00:00Z');

function comment(
  author: string,
  body: string,
  createdAt: string,
  extra: Partial<CommentFact> = {},
): CommentFact {
  return {
    id: `c-${author}-${createdAt}`,
    author,
    authorIsBot: false,
    body,
    createdAt,
    lastEditedAt: null,
    editor: null,
    commands: parseSignoffCommands(body),
    url: `https://github.com/acme/shop/pull/7#issuecomment-${createdAt.replace(/\D/g, '')}`,
    ...extra,
  };
}

function pr(files: ChangedFile[], comments: CommentFact[] = [], extra: Partial<PrFacts> = {}): PrFacts {
  return {
    number: 7,
    title: 'Add orders',
    url: 'https://github.com/acme/shop/pull/7',
    author: 'carol',
    authorIsBot: false,
    baseRef: 'main',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
    headPushedAt: '2026-03-01T10:00:00Z',
    comments,
    files,
    ...extra,
  };
}

function ctx(p: PrFacts | null, mode: EvalContext['mode'] = 'action'): EvalContext {
  return {
    gateId: 'migrations',
    now: NOW,
    mode,
    pr: p,
    groups: { dba: ['dave', '@acme/dba'] },
    teams: { 'acme/dba': { members: ['erin'] } },
  };
}

const noFacts: MigrationsFacts = { changed: null, status: null };
const gate: MigrationsGate = { type: 'migrations', paths: ['db/migrations/**'], signoff: ['dba'] };
const newMigration: ChangedFile = { path: 'db/migrations/003_orders.sql', status: 'added' };
const appCode: ChangedFile = { path: 'src/orders.ts', status: 'modified' };

describe('changed migrations and sign-off', () => {
  it('passes when no migration file changed', () => {
    const out = evaluateMigrations(gate, noFacts, ctx(pr([appCode])));
    expect(out).toMatchObject({ status: 'pass', summary: 'no migration changed' });
  });

  it('fails without a sign-off and lists the changed migration with how to sign off', () => {
    const out = evaluateMigrations(gate, noFacts, ctx(pr([appCode, newMigration])));
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('1 changed migration needs a sign-off from dba');
    expect(out.details).toContainEqual({
      kind: 'table',
      columns: ['Migration', 'Change', 'Note'],
      rows: [['db/migrations/003_orders.sql', 'added', 'new migration']],
    });
    expect(out.details).toContainEqual({
      kind: 'text',
      text: expect.stringContaining('"/signoff migrations"'),
    });
  });

  it('passes with a sign-off from a group member or a team member of the group, and records it', () => {
    const c = comment('erin', '/signoff migrations', '2026-03-01T11:00:00Z');
    const out = evaluateMigrations(gate, noFacts, ctx(pr([newMigration], [c])));
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('1 changed migration, signed off by erin');
    expect(out.signoffs).toEqual([
      { gate: 'migrations', login: 'erin', at: '2026-03-01T11:00:00Z', url: c.url },
    ]);
  });

  it('ignores a sign-off from someone not on the list, and says why', () => {
    const out = evaluateMigrations(
      gate,
      noFacts,
      ctx(pr([newMigration], [comment('mallory', '/signoff migrations', '2026-03-01T11:00:00Z')])),
    );
    expect(out.status).toBe('fail');
    expect(out.details).toContainEqual({
      kind: 'list',
      items: [expect.stringContaining('mallory is not allowed to sign off')],
    });
  });

  it('ignores a sign-off by the PR author even when they are on the list', () => {
    const p = pr([newMigration], [comment('dave', '/signoff migrations', '2026-03-01T11:00:00Z')], {
      author: 'dave',
    });
    const out = evaluateMigrations(gate, noFacts, ctx(p));
    expect(out.status).toBe('fail');
    expect(out.details).toContainEqual({
      kind: 'list',
      items: [expect.stringContaining('the PR author cannot sign off')],
    });
  });

  it('ignores an edited sign-off comment', () => {
    const c = comment('dave', '/signoff migrations', '2026-03-01T11:00:00Z', {
      lastEditedAt: '2026-03-01T11:05:00Z',
      editor: 'carol',
    });
    const out = evaluateMigrations(gate, noFacts, ctx(pr([newMigration], [c])));
    expect(out.status).toBe('fail');
    expect(out.details).toContainEqual({ kind: 'list', items: [expect.stringContaining('edited by carol')] });
  });

  it('with dismiss-stale, a sign-off from before the latest push no longer counts; without it, it does', () => {
    const stale = comment('dave', '/signoff migrations', '2026-03-01T09:00:00Z');
    const p = pr([newMigration], [stale]);
    const strict = evaluateMigrations({ ...gate, 'dismiss-stale': true }, noFacts, ctx(p));
    expect(strict.status).toBe('fail');
    expect(strict.details).toContainEqual({
      kind: 'list',
      items: [expect.stringContaining('before the latest push')],
    });
    expect(evaluateMigrations(gate, noFacts, ctx(p)).status).toBe('pass');
  });

  it('a revoked sign-off no longer counts', () => {
    const p = pr(
      [newMigration],
      [
        comment('dave', '/signoff migrations', '2026-03-01T11:00:00Z'),
        comment('dave', '/signoff revoke migrations', '2026-03-01T11:30:00Z'),
      ],
    );
    expect(evaluateMigrations(gate, noFacts, ctx(p)).status).toBe('fail');
  });

  it('calls out edits, renames and deletions of existing migrations', () => {
    const files: ChangedFile[] = [
      { path: 'db/migrations/001_users.sql', status: 'modified' },
      {
        path: 'db/migrations/002_email_v2.sql',
        status: 'renamed',
        previousPath: 'db/migrations/002_email.sql',
      },
      { path: 'db/migrations/000_legacy.sql', status: 'removed' },
      newMigration,
    ];
    const out = evaluateMigrations(gate, noFacts, ctx(pr(files)));
    expect(out.summary).toBe('4 changed migrations (3 edit existing migrations) need a sign-off from dba');
    expect(out.details?.[0]).toEqual({
      kind: 'table',
      columns: ['Migration', 'Change', 'Note'],
      rows: [
        [
          'db/migrations/001_users.sql',
          'modified',
          'edits an existing migration; it may already be applied in production',
        ],
        [
          'db/migrations/002_email_v2.sql',
          'renamed',
          'renames an existing migration (was db/migrations/002_email.sql); it may already be applied in production',
        ],
        [
          'db/migrations/000_legacy.sql',
          'removed',
          'deletes an existing migration; it may already be applied in production',
        ],
        ['db/migrations/003_orders.sql', 'added', 'new migration'],
      ],
    });
  });

  it('a file moved out of the migrations folder still counts as a changed migration', () => {
    const moved: ChangedFile = {
      path: 'archive/001_users.sql',
      status: 'renamed',
      previousPath: 'db/migrations/001_users.sql',
    };
    expect(evaluateMigrations(gate, noFacts, ctx(pr([moved]))).status).toBe('fail');
  });

  it('without a signoff list only lists the changed migrations', () => {
    const info: MigrationsGate = { type: 'migrations', paths: 'db/migrations/**' };
    const out = evaluateMigrations(
      info,
      noFacts,
      ctx(pr([{ path: 'db/migrations/001_users.sql', status: 'modified' }])),
    );
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('1 changed migration (1 edits an existing migration); no sign-off required');
    expect(out.details?.[0]).toMatchObject({ kind: 'table' });
  });

  it('fails in the action when there is no PR to sign off on, and is skipped in the CLI', () => {
    expect(evaluateMigrations(gate, noFacts, ctx(null, 'action')).status).toBe('fail');
    const cli = evaluateMigrations(gate, noFacts, ctx(null, 'cli'));
    expect(cli.status).toBe('skipped');
    expect(cli.summary).toContain('checked by the action on the pull request');
  });

  it('in the CLI lists the locally changed migrations from --base and leaves the sign-off to the action', () => {
    const facts: MigrationsFacts = {
      changed: { base: 'origin/main', files: [newMigration, appCode] },
      status: null,
    };
    const out = evaluateMigrations(gate, facts, ctx(null, 'cli'));
    expect(out.status).toBe('skipped');
    expect(out.summary).toBe(
      'sign-off of 1 changed migration compared with origin/main is checked by the action on the pull request',
    );
    const none = evaluateMigrations(
      gate,
      { changed: { base: 'origin/main', files: [appCode] }, status: null },
      ctx(null, 'cli'),
    );
    expect(none).toMatchObject({ status: 'pass', summary: 'no migration changed' });
  });

  it('is an error when a team that could allow the sign-off cannot be read', () => {
    const c = ctx(pr([newMigration], [comment('frank', '/signoff migrations', '2026-03-01T11:00:00Z')]));
    c.teams = { 'acme/dba': { error: 'missing read:org permission' } };
    const out = evaluateMigrations(gate, noFacts, c);
    expect(out.status).toBe('error');
    expect(out.summary).toContain('missing read:org permission');
  });
});

function status(over: Partial<MigrationStatusFacts>): MigrationsFacts {
  return {
    changed: null,
    status: {
      command: 'npx --no prisma migrate status',
      tool: 'prisma',
      state: 'up-to-date',
      pending: [],
      exitCode: 0,
      output: '',
      durationMs: 10,
      timeoutMs: 300_000,
      ...over,
    },
  };
}

describe('pending migrations', () => {
  const statusGate: MigrationsGate = { type: 'migrations', tool: 'prisma' };

  it('passes when nothing is pending', () => {
    expect(evaluateMigrations(statusGate, status({}), ctx(null))).toMatchObject({
      status: 'pass',
      summary: 'no migration pending',
    });
  });

  it('fails and names the pending migrations', () => {
    const out = evaluateMigrations(
      statusGate,
      status({ state: 'pending', pending: ['2024_a', '2024_b'], exitCode: 1, output: 'x' }),
      ctx(null),
    );
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('2 migrations pending: 2024_a, 2024_b');
    expect(out.details).toContainEqual({ kind: 'list', items: ['2024_a', '2024_b'] });
    expect(out.details).toContainEqual({ kind: 'code', text: 'x' });
  });

  it('is an error, never a pass or pending, when the database cannot be reached', () => {
    const out = evaluateMigrations(
      statusGate,
      status({
        state: 'unreachable',
        pending: null,
        exitCode: 1,
        message: 'Error: connect ECONNREFUSED 127.0.0.1:5432',
        output: 'Error: connect ECONNREFUSED 127.0.0.1:5432',
      }),
      ctx(null),
    );
    expect(out.status).toBe('error');
    expect(out.summary).toBe(
      'could not reach the database to check pending migrations: Error: connect ECONNREFUSED 127.0.0.1:5432',
    );
  });

  it('is an error when the status command is missing, times out or its output cannot be read', () => {
    expect(
      evaluateMigrations(
        statusGate,
        status({ state: 'not-installed', pending: null, exitCode: 127 }),
        ctx(null),
      ).summary,
    ).toContain('could not run (not found)');
    const slow = evaluateMigrations(
      statusGate,
      status({ state: 'timeout', pending: null, exitCode: null, timeoutMs: 120_000 }),
      ctx(null),
    );
    expect(slow).toMatchObject({ status: 'error', summary: expect.stringContaining('timed out after 2 m') });
    expect(
      evaluateMigrations(statusGate, status({ state: 'unreadable', pending: null }), ctx(null)).status,
    ).toBe('error');
  });

  it('is an error when a status is configured but was not gathered', () => {
    expect(evaluateMigrations(statusGate, noFacts, ctx(null)).status).toBe('error');
  });

  it('combines both parts: the worst status wins and both reasons are given', () => {
    const both: MigrationsGate = { ...gate, tool: 'prisma' };
    const out = evaluateMigrations(
      both,
      status({ state: 'pending', pending: ['2024_a'], exitCode: 1 }),
      ctx(pr([newMigration])),
    );
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('1 migration pending: 2024_a; 1 changed migration needs a sign-off from dba');
    const down = evaluateMigrations(
      both,
      status({ state: 'unreachable', pending: null, exitCode: 1, message: 'ECONNREFUSED' }),
      ctx(pr([appCode])),
    );
    expect(down.status).toBe('error');
    const ok = evaluateMigrations(both, status({}), ctx(pr([appCode])));
    expect(ok).toMatchObject({ status: 'pass', summary: 'no migration pending; no migration changed' });
  });
});

describe('explainMigrations', () => {
  it('states every option with its effective value', () => {
    const lines = explainMigrations({ ...gate, tool: 'knex', env: { DATABASE_URL: 'postgres://x' } });
    expect(lines).toEqual(
      expect.arrayContaining([
        'Migration files: db/migrations/** (globs, relative to the repository root).',
        'dismiss-stale: false — sign-offs stay valid after later pushes.',
        'Pending migrations: runs "npx --no knex migrate:list" (tool: knex) through the shell in the repository root, timeout 5m.',
        'Extra environment: DATABASE_URL.',
      ]),
    );
    expect(lines.join('\n')).not.toContain('postgres://x');
  });
});
