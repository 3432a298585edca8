/**
 * The migrations gate: "Deploy is allowed if changed migrations are signed off and no migration is
 * pending." Two independent parts, each optional:
 * - `paths`: migration files the PR adds or changes are listed; with `signoff` they need a
 *   `/signoff <gate-id>` from an allowed person. Edits to existing migration files are called out:
 *   the old version may already be applied in production.
 * - `status` / `tool`: a command reports pending migrations (gathered by the source).
 * The gate's status is the worst of its parts.
 */
import picomatch from 'picomatch';
import type { MigrationsGate } from '../config/schema-types.generated.js';
import { formatDuration } from '../util/duration.js';
import { describePeople } from './people.js';
import { evaluateSignoffs, signoffHint, signoffUnblock, withoutPr } from './signoff.js';
import type {
  ChangedFile,
  Detail,
  EvalContext,
  GateOutcome,
  GateStatus,
  Inline,
  SignoffRecord,
  UnblockCommand,
} from './types.js';
import type { GateLogic } from './types.js';
import { teamsIn } from './people.js';

export type MigrationTool = NonNullable<MigrationsGate['tool']>;

/** How the status command's run was read. */
export type MigrationStatusState =
  /** It ran and says nothing is pending. */
  | 'up-to-date'
  /** It ran and says migrations are pending (names in `pending` when the tool's output names them). */
  | 'pending'
  /** It could not reach the database; `message` is the line saying so. */
  | 'unreachable'
  /** The command (or the tool behind npx) is not installed. */
  | 'not-installed'
  | 'timeout'
  | 'aborted'
  /** It exited 0 but the preset could not read its output, so nothing is known. */
  | 'unreadable'
  /** It failed for another reason (`message`). */
  | 'failed';

export interface MigrationStatusFacts {
  /** The command as shown to users. */
  command: string;
  tool: MigrationTool | null;
  state: MigrationStatusState;
  /** Pending migration names: [] when none, null when the output does not name them. */
  pending: string[] | null;
  message?: string;
  /** `unreachable` because the server refused the credentials (it was reached). */
  credentials?: boolean;
  exitCode: number | null;
  /** The tail of its output. */
  output: string;
  durationMs: number;
  timeoutMs: number;
}

export interface MigrationsFacts {
  /**
   * Changed files found without a PR (CLI `--base`: git diff against the merge base, including
   * uncommitted work). Null when not computed; the PR's files are used whenever there is a PR.
   */
  changed: { base: string; files: ChangedFile[] } | null;
  /** The status command's result; null when the gate has neither `status` nor `tool`. */
  status: MigrationStatusFacts | null;
}

const SEVERITY: Record<GateStatus, number> = {
  pass: 0,
  skipped: 1,
  waived: 1,
  pending: 2,
  fail: 3,
  error: 4,
};

interface Part {
  status: GateStatus;
  summary: string;
  details: Detail[];
  signoffs?: SignoffRecord[];
  unblock?: UnblockCommand[];
}

const DANGER = 'it may already be applied in production';

function asList<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Migration files among the changed files (a rename counts when either side matches). */
export function changedMigrations(gate: MigrationsGate, files: readonly ChangedFile[]): ChangedFile[] {
  const match = picomatch(asList(gate.paths), { dot: true });
  return files.filter((f) => match(f.path) || (f.previousPath !== undefined && match(f.previousPath)));
}

/** Why a change to a migration is dangerous, or null for a new file. */
export function editWarning(file: ChangedFile): string | null {
  switch (file.status) {
    case 'added':
    case 'copied':
      return null;
    case 'removed':
      return `deletes an existing migration; ${DANGER}`;
    case 'renamed':
      return `renames an existing migration${file.previousPath ? ` (was ${file.previousPath})` : ''}; ${DANGER}`;
    default:
      return `edits an existing migration; ${DANGER}`;
  }
}

function changesPart(gate: MigrationsGate, facts: MigrationsFacts, ctx: EvalContext): Part | null {
  if (gate.paths === undefined) return null;
  const signoff = gate.signoff;
  if (ctx.pr?.incomplete?.files) return { status: 'error', summary: ctx.pr.incomplete.files, details: [] };
  const files = ctx.pr ? ctx.pr.files : (facts.changed?.files ?? null);
  if (!files) {
    if (signoff) return { ...withoutPr(ctx, 'sign-off of changed migrations'), details: [] };
    // Informational only: nothing to list without a PR, and nothing that could block.
    return null;
  }
  const changed = changedMigrations(gate, files);
  if (!changed.length) return { status: 'pass', summary: 'no migration changed', details: [] };
  const edits = changed.filter((f) => editWarning(f));
  const details: Detail[] = [
    {
      kind: 'table',
      columns: ['Migration', 'Change', 'Note'],
      rows: changed.map((f) => [f.path, f.status, editWarning(f) ?? 'new migration']),
    },
  ];
  const where = ctx.pr ? '' : ` compared with ${facts.changed?.base ?? 'the base'}`;
  const editNote =
    edits.length === 1
      ? ' (1 edits an existing migration)'
      : edits.length
        ? ` (${edits.length} edit existing migrations)`
        : '';
  const what = `${plural(changed.length, 'changed migration')}${where}${editNote}`;
  if (!signoff) return { status: 'pass', summary: `${what}; no sign-off required`, details };
  if (!ctx.pr) {
    const out = withoutPr(ctx, `sign-off of ${what}`);
    return { status: out.status, summary: out.summary, details };
  }
  const ev = evaluateSignoffs(ctx, ctx.gateId, signoff, { dismissStale: gate['dismiss-stale'] === true });
  if (ev.ignored.length) {
    details.push({ kind: 'text', text: 'Sign-offs that do not count:' });
    details.push({
      kind: 'list',
      items: ev.ignored.map((i): Inline => `${i.login} at ${i.at}: ${i.reason}`),
    });
  }
  if (ev.valid.length) {
    return {
      status: 'pass',
      summary: `${what}, signed off by ${ev.valid.map((s) => s.login).join(', ')}`,
      details,
      signoffs: ev.valid,
    };
  }
  details.push({ kind: 'text', text: signoffHint(ctx.gateId, signoff) });
  if (ev.error)
    return { status: 'error', summary: `could not check the sign-offs of ${what}: ${ev.error}`, details };
  return {
    status: 'fail',
    summary: `${what} need${changed.length === 1 ? 's' : ''} a sign-off from ${describePeople(signoff)}`,
    details,
    unblock: [signoffUnblock(ctx, signoff)],
  };
}

function statusPart(gate: MigrationsGate, facts: MigrationsFacts): Part | null {
  if (gate.status === undefined && gate.tool === undefined) return null;
  const s = facts.status;
  if (!s) return { status: 'error', summary: 'the migration status command did not run', details: [] };
  const details: Detail[] = [{ kind: 'text', text: `Status command: ${s.command}` }];
  const withOutput = () => {
    if (s.output.trim()) details.push({ kind: 'code', text: s.output });
  };
  switch (s.state) {
    case 'up-to-date':
      return { status: 'pass', summary: 'no migration pending', details };
    case 'pending': {
      if (s.pending?.length) {
        details.push({ kind: 'text', text: 'Pending migrations:' }, { kind: 'list', items: s.pending });
        withOutput();
        const names = s.pending.slice(0, 3).join(', ') + (s.pending.length > 3 ? ', …' : '');
        return {
          status: 'fail',
          summary: `${plural(s.pending.length, 'migration')} pending: ${names}`,
          details,
        };
      }
      withOutput();
      return {
        status: 'fail',
        summary: `migrations pending (status command exited with code ${s.exitCode ?? '?'})`,
        details,
      };
    }
    case 'unreachable':
      withOutput();
      if (s.credentials)
        return {
          status: 'error',
          summary: `the database refused the credentials of the migration status command: ${s.message ?? 'authentication failed'}; check the user and password in its connection settings (e.g. DATABASE_URL)`,
          details,
        };
      return {
        status: 'error',
        summary: `could not reach the database to check pending migrations: ${s.message ?? 'connection failed'}`,
        details,
      };
    case 'not-installed':
      withOutput();
      return {
        status: 'error',
        summary: `the migration status command could not run (not found): ${s.command}; install the tool or fix the command`,
        details,
      };
    case 'timeout':
      withOutput();
      return {
        status: 'error',
        summary: `the migration status command timed out after ${formatDuration(s.timeoutMs)}; raise timeout or check the database`,
        details,
      };
    case 'aborted':
      withOutput();
      return {
        status: 'error',
        summary: 'the migration status command was stopped (the run was cancelled or its deadline passed)',
        details,
      };
    case 'unreadable':
      withOutput();
      return {
        status: 'error',
        summary: `could not read the output of the ${s.tool ?? 'status'} command, so pending migrations are unknown`,
        details,
      };
    case 'failed':
      withOutput();
      return {
        status: 'error',
        summary: `the migration status command failed (${s.message ?? 'unknown error'})`,
        details,
      };
  }
}

export function evaluateMigrations(
  gate: MigrationsGate,
  facts: MigrationsFacts,
  ctx: EvalContext,
): GateOutcome {
  const parts = [statusPart(gate, facts), changesPart(gate, facts, ctx)].filter((p): p is Part => p !== null);
  if (!parts.length) {
    if (gate.paths !== undefined)
      return { status: 'skipped', summary: 'no pull request: changed migrations are not listed' };
    return { status: 'error', summary: 'nothing to check: set paths, status or tool' };
  }
  const worst = parts.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a));
  const ordered = [...parts].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
  const outcome: GateOutcome = {
    status: worst.status,
    summary: ordered.map((p) => p.summary).join('; '),
  };
  const details = parts.flatMap((p) => p.details);
  if (details.length) outcome.details = details;
  const signoffs = parts.flatMap((p) => p.signoffs ?? []);
  if (signoffs.length) outcome.signoffs = signoffs;
  const unblock = parts.flatMap((p) => p.unblock ?? []);
  if (unblock.length && outcome.status !== 'pass') outcome.unblock = unblock;
  return outcome;
}

/** What the gate checks, with defaults applied (`shipgate explain`). */
export function explainMigrations(gate: MigrationsGate): string[] {
  const out: string[] = [];
  if (gate.paths !== undefined) {
    out.push(`Migration files: ${asList(gate.paths).join(', ')} (globs, relative to the repository root).`);
    if (gate.signoff) {
      out.push(
        `Changed migration files (added, modified, renamed or removed by the PR) need a "/signoff <gate-id>" comment from ${describePeople(gate.signoff)}; the PR author, bots and edited comments do not count.`,
      );
      out.push(
        gate['dismiss-stale']
          ? 'dismiss-stale: true — sign-offs given before the latest push do not count.'
          : 'dismiss-stale: false — sign-offs stay valid after later pushes.',
      );
    } else {
      out.push('No signoff list: changed migration files are only listed, they do not block.');
    }
    out.push('Edits to existing migration files are called out: they may already be applied in production.');
    out.push(
      'Without a PR: the action fails when a sign-off is required; the CLI compares with --base (including uncommitted files) and skips the sign-off.',
    );
  } else {
    out.push('paths not set: changed migration files are not checked.');
  }
  if (gate.status !== undefined || gate.tool !== undefined) {
    const cmd = gate.status ?? (gate.tool ? PRESET_COMMANDS[gate.tool] : '');
    out.push(
      `Pending migrations: runs "${cmd}"${gate.tool ? ` (tool: ${gate.tool})` : ''} through the shell in ${gate.cwd ?? 'the repository root'}, timeout ${gate.timeout ?? '5m'}.`,
    );
    if (gate.tool && gate.status === undefined)
      out.push(`The ${gate.tool} output is read to name the pending migrations.`);
    else if (gate.tool) out.push(`The output is read as ${gate.tool} output to name the pending migrations.`);
    else out.push('Exit 0 means nothing is pending; any other exit means pending migrations (fail).');
    out.push(
      'A command that cannot run, times out or cannot reach the database makes the gate an error, never a pass.',
    );
    const env = Object.keys(gate.env ?? {});
    if (env.length) out.push(`Extra environment: ${env.join(', ')}.`);
  } else {
    out.push('status/tool not set: pending migrations are not checked.');
  }
  return out;
}

/** The preset commands, for `explain` (the source holds the runnable form). */
export const PRESET_COMMANDS: Record<MigrationTool, string> = {
  prisma: 'npx --no prisma migrate status',
  knex: 'npx --no knex migrate:list',
  'node-pg-migrate':
    "shipgate's read-only node-pg-migrate check (migrations directory vs. the pgmigrations table, using the project's pg)",
  django: 'python manage.py showmigrations --plan',
  rails: 'bin/rails db:migrate:status',
  flyway: 'flyway info',
  atlas: 'atlas migrate status',
};

export const gate: GateLogic<'migrations', MigrationsFacts> = {
  evaluate: evaluateMigrations,
  explain: explainMigrations,
  teams: (gate, ctx) =>
    ctx.signoffGates.has(ctx.gateId) && gate.signoff ? teamsIn(gate.signoff, ctx.groups) : [],
};
