/**
 * Migration tool presets: the status command each runs and how its output names the pending
 * migrations. The parsers are pure (output text in, names out) so they are unit-tested on the
 * tools' documented output formats; see docs/migrations.md for the sources.
 */
import { PRESET_COMMANDS, type MigrationTool } from '../../gates/migrations.js';
import { NODE_PG_MIGRATE_STATUS_ENV, NODE_PG_MIGRATE_STATUS_SCRIPT } from './node-pg-migrate-status.js';

export interface MigrationPreset {
  /** The shell command the preset runs. */
  command: string;
  /** Extra environment for the command (the node-pg-migrate check passes its script this way). */
  env?: Record<string, string>;
  /** How the command is shown to users when it differs from `command`. */
  display?: string;
  /**
   * Whether the tool's exit code alone says "nothing pending" (0) versus "pending" (non-zero).
   * Tools that exit 0 whichever the state must have their output read, or the gate errors.
   */
  exitCodeMeansPending: boolean;
  /** Names of the pending migrations, `[]` for none, or null when the output is not recognised. */
  parse: (output: string) => string[] | null;
}

/** Removes ANSI colour codes (knex and prisma colour their output on a terminal). */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '');
}

function lines(output: string): string[] {
  return stripAnsi(output).split(/\r?\n/);
}

/**
 * prisma migrate status: "Database schema is up to date!" (exit 0), or
 * "Following migration(s) have not yet been applied:" then one name per line (exit 1).
 */
export function parsePrisma(output: string): string[] | null {
  const ls = lines(output);
  const at = ls.findIndex((l) => /Following migrations? (have|has) not yet been applied:/i.test(l));
  if (at >= 0) {
    const names: string[] = [];
    for (const l of ls.slice(at + 1)) {
      const t = l.trim();
      if (!t) {
        if (names.length) break;
        continue;
      }
      if (/^To apply migrations/i.test(t)) break;
      names.push(t);
    }
    return names.length ? names : null;
  }
  if (ls.some((l) => /Database schema is up to date/i.test(l))) return [];
  return null;
}

/**
 * knex migrate:list (alias migrate:status in knex ≥ 0.95): "Found N Pending Migration file/files."
 * then one file per line, or "No Pending Migration files Found." (exit 0 either way).
 */
export function parseKnex(output: string): string[] | null {
  const ls = lines(output);
  if (ls.some((l) => /No Pending Migration files Found/i.test(l))) return [];
  const at = ls.findIndex((l) => /Found \d+ Pending Migration file/i.test(l));
  if (at < 0) return null;
  const names: string[] = [];
  for (const l of ls.slice(at + 1)) {
    const t = l.trim();
    if (!t) break;
    names.push(t);
  }
  return names.length ? names : null;
}

/**
 * The built-in node-pg-migrate check (see node-pg-migrate-status.ts): "pending: <name>" lines and a
 * final "node-pg-migrate: N applied, M pending" line.
 */
export function parseNodePgMigrate(output: string): string[] | null {
  const ls = lines(output);
  if (!ls.some((l) => /^node-pg-migrate: \d+ applied, \d+ pending/.test(l))) return null;
  return ls.filter((l) => l.startsWith('pending: ')).map((l) => l.slice('pending: '.length).trim());
}

/**
 * django showmigrations --plan: "[X]  app.0001_initial" / "[ ]  app.0002_x"; without --plan the app
 * is a header line and entries are " [ ] 0002_x". Exit 0 either way.
 */
export function parseDjango(output: string): string[] | null {
  const names: string[] = [];
  let app = '';
  let seen = false;
  for (const raw of lines(output)) {
    const entry = /^\s*\[( |X|-)\]\s+(\S+)/.exec(raw);
    if (entry) {
      seen = true;
      if (entry[1] === ' ') names.push(entry[2]!.includes('.') || !app ? entry[2]! : `${app}.${entry[2]!}`);
      continue;
    }
    if (/^\S+$/.test(raw)) app = raw.trim();
  }
  return seen ? names : null;
}

/**
 * rails db:migrate:status: a table " Status   Migration ID    Migration Name" with rows
 * "   up     20240101000000  Create users" / "  down    20240202000000  Add email to users".
 */
export function parseRails(output: string): string[] | null {
  const ls = lines(output);
  if (!ls.some((l) => /Status\s+Migration ID\s+Migration Name/.test(l))) return null;
  const names: string[] = [];
  for (const l of ls) {
    const m = /^\s*down\s+(\d+)\s+(.*?)\s*$/.exec(l);
    if (m) names.push(m[2] ? `${m[1]!} ${m[2]}` : m[1]!);
  }
  return names;
}

/** States in `flyway info` that mean "migrate would still do something". */
const FLYWAY_PENDING = new Set(['pending', 'outdated', 'ignored', 'failed']);

/**
 * flyway info: an ASCII table with (at least) Version, Description and State columns; rows in
 * state Pending (or Outdated/Ignored/Failed) are still to be applied.
 */
export function parseFlyway(output: string): string[] | null {
  const ls = lines(output);
  let cols: string[] | null = null;
  const names: string[] = [];
  for (const l of ls) {
    if (!/^\s*\|/.test(l)) continue;
    const cells = l
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
    if (!cols) {
      if (cells.some((c) => /^state$/i.test(c)) && cells.some((c) => /^version$/i.test(c)))
        cols = cells.map((c) => c.toLowerCase());
      continue;
    }
    const get = (name: string) => cells[cols!.indexOf(name)] ?? '';
    const state = get('state').toLowerCase();
    if (FLYWAY_PENDING.has(state)) {
      const version = get('version');
      const label = `${version ? `V${version}` : 'R'} ${get('description')}`.trim();
      names.push(state === 'pending' ? label : `${label} (${state})`);
    }
  }
  if (cols) return names;
  if (ls.some((l) => /No migrations found/i.test(l))) return [];
  return null;
}

/**
 * atlas migrate status: "Migration Status: OK" or "Migration Status: PENDING" followed by
 * "-- Next Version: X" and "-- Pending Files: N". Atlas does not list every pending file here, so
 * the name is the next version and the count.
 */
export function parseAtlas(output: string): string[] | null {
  const text = stripAnsi(output);
  const status = /Migration Status:\s*(\w+)/i.exec(text);
  if (!status) return null;
  if (status[1]!.toUpperCase() === 'OK') return [];
  const next = /Next Version:\s*(.+)/i.exec(text)?.[1]?.trim();
  const count = Number(/Pending Files:\s*(\d+)/i.exec(text)?.[1] ?? NaN);
  if (Number.isFinite(count) && count === 0) return [];
  const more = Number.isFinite(count) && count > 1 ? ` and ${count - 1} more` : '';
  return [`${next ?? 'next version'}${more}`];
}

export const PRESETS: Record<MigrationTool, MigrationPreset> = {
  prisma: { command: PRESET_COMMANDS.prisma, exitCodeMeansPending: true, parse: parsePrisma },
  knex: { command: PRESET_COMMANDS.knex, exitCodeMeansPending: false, parse: parseKnex },
  'node-pg-migrate': {
    command: `node -e "$${NODE_PG_MIGRATE_STATUS_ENV}"`,
    env: { [NODE_PG_MIGRATE_STATUS_ENV]: NODE_PG_MIGRATE_STATUS_SCRIPT },
    display: PRESET_COMMANDS['node-pg-migrate'],
    exitCodeMeansPending: true,
    parse: parseNodePgMigrate,
  },
  django: { command: PRESET_COMMANDS.django, exitCodeMeansPending: false, parse: parseDjango },
  rails: { command: PRESET_COMMANDS.rails, exitCodeMeansPending: false, parse: parseRails },
  flyway: { command: PRESET_COMMANDS.flyway, exitCodeMeansPending: false, parse: parseFlyway },
  atlas: { command: PRESET_COMMANDS.atlas, exitCodeMeansPending: false, parse: parseAtlas },
};

/**
 * Messages that mean the status command could not reach the database (PostgreSQL/libpq, node-pg,
 * Prisma, Flyway, ActiveRecord, Django). Such a run says nothing about pending migrations.
 */
const CONNECTION_PATTERNS: RegExp[] = [
  /ECONNREFUSED/,
  /ENOTFOUND|EAI_AGAIN|getaddrinfo/,
  /ETIMEDOUT|ECONNRESET/,
  /could not connect/i,
  /connection refused/i,
  /connection to server .* failed/i,
  /could not translate host name/i,
  /(database|role) "[^"]+" does not exist/i,
  /Database `[^`]+` does not exist/i,
  /\bP100[1-3]\b/,
  /Can't reach database server/i,
  /Unable to obtain (connection|Jdbc connection)/i,
  /NoDatabaseError|We could not find your database/i,
  /ConnectionNotEstablished/,
  /the database system is (starting up|shutting down)/i,
  /timeout expired|Connection terminated/i,
];

/** Messages that mean the database server was reached but refused the credentials. */
const CREDENTIAL_PATTERNS: RegExp[] = [
  /password authentication failed/i,
  /Authentication failed against database server/i,
  /\bP1000\b/,
  /no pg_hba\.conf entry/i,
  /Access denied for user/i,
  /role "[^"]+" does not exist/i,
];

/**
 * Messages that mean the tool could not download a part of itself (Prisma's engines): a network
 * error, but not the database's; checked before CONNECTION_PATTERNS, whose ENOTFOUND it also has.
 */
const DOWNLOAD_PATTERNS: RegExp[] = [
  /binaries\.prisma\.sh/i,
  /(download|fetch)(ing)?\b.*\b(engine|binary|binaries)\b/i,
  /\b(engine|binary)\b.*\b(could not|failed to|cannot) (be )?download/i,
];

function firstMatch(output: string, patterns: RegExp[]): string | null {
  const ls = lines(output)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const p of patterns) {
    const hit = ls.find((l) => p.test(l));
    if (hit) return hit.length > 300 ? `${hit.slice(0, 297)}...` : hit;
  }
  return null;
}

/** The line that says the database could not be reached, or null. */
export function connectionFailure(output: string): string | null {
  return firstMatch(output, CONNECTION_PATTERNS);
}

/** The line that says the database refused the credentials, or null. */
export function credentialFailure(output: string): string | null {
  return firstMatch(output, CREDENTIAL_PATTERNS);
}

/** The line that says the tool could not download its engine, or null. */
export function downloadFailure(output: string): string | null {
  return firstMatch(output, DOWNLOAD_PATTERNS);
}

/** Backtrace and trailer lines of Ruby, rake, Python and Node errors: never the cause. */
const TRACE_LINE =
  /^(from\s|at\s|\S+:\d+:in\s|Tasks: TOP|\(See full trace|File ".*", line \d+|Traceback \(most recent call last\)|\^+$|~+$)/;
/** "…: message (SomeError)" (Ruby), "Some::ThingError: message" (rake, Python, Node). */
const EXCEPTION_LINE =
  /\((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception|Invalid|NotFound|Missing\w*)\)$|^(?:[A-Z]\w*(?:::|\.))*[A-Z]\w*(?:Error|Exception)\b:?/;

/**
 * The line of a failed run that names its cause: the exception line of a Ruby/Bundler, rake or
 * Python error (not the last backtrace line), else the last line that is not part of a trace.
 * Ruby's "file:line:in `method': " location prefix is dropped.
 */
export function failureLine(output: string): string {
  const ls = lines(output)
    .map((l) => l.trim())
    .filter(Boolean);
  const clean = (l: string) => {
    const t = l.replace(/^\S+:\d+:in [`'][^`']*[`']: /, '');
    return t.length > 200 ? `${t.slice(0, 197)}...` : t;
  };
  const exception = ls.find((l) => EXCEPTION_LINE.test(clean(l)));
  if (exception) return clean(exception);
  const last = [...ls].reverse().find((l) => !TRACE_LINE.test(l));
  return last ? clean(last) : '';
}

/** npx/shell messages meaning the command (or the tool behind npx) is not installed. */
export function notInstalled(output: string, exitCode: number | null): boolean {
  if (exitCode === 127) return true;
  return /command not found|could not determine executable to run|npx canceled due to missing packages|npm (ERR!|error) canceled|Cannot find module|No such file or directory.*(manage\.py|bin\/rails)/i.test(
    stripAnsi(output),
  );
}
