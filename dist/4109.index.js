export const id = 4109;
export const ids = [4109];
export const modules = {

/***/ 4136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.substituteEnv = substituteEnv;
/**
 * `${{ env.NAME }}` references in gate options (http url/headers/body, migrations env), so tokens
 * can stay in the workflow's secrets instead of the config.
 */
const errors_js_1 = __webpack_require__(3916);
const ENV_REF = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/**
 * Replaces `${{ env.NAME }}` with the variable's value. A variable that is not set is a UserError
 * naming it and where it was used. Substituted values of 4+ characters are added to `secrets`
 * (when given) so callers can hide them in anything they show.
 */
function substituteEnv(text, env, where, secrets) {
    return text.replace(ENV_REF, (_m, name) => {
        // Own variables only: `${{ env.constructor }}` is not Object.prototype's.
        const value = Object.hasOwn(env, name) ? env[name] : undefined;
        if (value === undefined)
            throw new errors_js_1.UserError(`environment variable ${name} is not set (used as \${{ env.${name} }} in ${where}); set it in the env of the workflow step (or your shell for the CLI)`);
        if (value.length >= 4)
            secrets?.add(value);
        return value;
    });
}


/***/ }),

/***/ 4109:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = exports.DEFAULT_STATUS_TIMEOUT_MS = exports.PRESETS = void 0;
exports.collectMigrations = collectMigrations;
exports.classifyStatusRun = classifyStatusRun;
/**
 * Gathers the migrations gate's facts: the changed migration files when there is no PR (CLI with
 * --base; the action uses the PR's files), and the result of the status command (a preset's or the
 * configured one), read into "nothing pending" / "pending: names" / "could not tell why".
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const duration_js_1 = __webpack_require__(6518);
const git_changes_js_1 = __webpack_require__(4562);
const presets_js_1 = __webpack_require__(3234);
const process_js_1 = __webpack_require__(407);
const env_refs_js_1 = __webpack_require__(4136);
var presets_js_2 = __webpack_require__(3234);
Object.defineProperty(exports, "PRESETS", ({ enumerable: true, get: function () { return presets_js_2.PRESETS; } }));
/** Default limit for the status command. */
exports.DEFAULT_STATUS_TIMEOUT_MS = 5 * 60_000;
async function collectMigrations(gate, ctx) {
    const facts = { changed: null, status: null };
    if (gate.paths !== undefined && ctx.gitBase) {
        ctx.progress(`migrations: comparing with ${ctx.gitBase}`);
        facts.changed = { base: ctx.gitBase, files: await (0, git_changes_js_1.changedFilesSince)(ctx.gitBase, ctx.cwd, ctx.env) };
    }
    if (gate.status !== undefined || gate.tool !== undefined)
        facts.status = await runStatus(gate, ctx);
    return facts;
}
/** `${{ env.NAME }}` in a gate's env values, taken from the run's environment. */
function expandEnv(gate, ctx) {
    const out = {};
    const secrets = new Set();
    for (const [key, raw] of Object.entries(gate.env ?? {}))
        out[key] = (0, env_refs_js_1.substituteEnv)(String(raw), ctx.env, `env.${key}`, secrets);
    for (const v of secrets)
        ctx.secrets?.add(v);
    return out;
}
async function runStatus(gate, ctx) {
    const preset = gate.tool ? presets_js_1.PRESETS[gate.tool] : null;
    const command = gate.status ?? preset.command;
    const shown = gate.status ?? preset.display ?? preset.command;
    const cwd = node_path_1.default.resolve(ctx.cwd, gate.cwd ?? '.');
    const timeoutMs = gate.timeout !== undefined
        ? ((0, duration_js_1.parseDuration)(gate.timeout) ?? exports.DEFAULT_STATUS_TIMEOUT_MS)
        : exports.DEFAULT_STATUS_TIMEOUT_MS;
    const env = {
        ...ctx.env,
        ...(gate.status === undefined ? preset?.env : {}),
        ...expandEnv(gate, ctx),
    };
    ctx.secrets?.addFromEnv(env);
    ctx.progress(`migrations: running ${shown}`);
    const run = await (0, process_js_1.runShell)(command, { cwd, env, timeoutMs, signal: ctx.signal });
    return classifyStatusRun(run, { command: shown, tool: gate.tool ?? null, preset, timeoutMs });
}
/**
 * Reads a finished status run. Exit 0 of a custom command means nothing pending and non-zero means
 * pending, unless the output shows the command could not run or could not reach the database:
 * those are never "pending" and never a pass. Presets name the pending migrations from the output;
 * for tools that exit 0 whatever the state, output the preset cannot read is an error.
 */
function classifyStatusRun(run, opts) {
    const base = {
        command: opts.command,
        tool: opts.tool,
        exitCode: run.exitCode,
        output: run.output,
        durationMs: run.durationMs,
        timeoutMs: opts.timeoutMs,
    };
    if (run.timedOut)
        return { ...base, state: 'timeout', pending: null };
    if (run.aborted)
        return { ...base, state: 'aborted', pending: null };
    if (run.exitCode === null)
        return { ...base, state: 'failed', pending: null, message: `ended by signal ${run.signal ?? 'unknown'}` };
    const parsed = opts.preset ? opts.preset.parse(run.output) : null;
    if (run.exitCode !== 0) {
        const download = (0, presets_js_1.downloadFailure)(run.output);
        if (download)
            return {
                ...base,
                state: 'failed',
                pending: null,
                message: `the tool could not download its engine (not a database problem): ${download}`,
            };
        const refused = (0, presets_js_1.credentialFailure)(run.output);
        if (refused)
            return { ...base, state: 'unreachable', credentials: true, pending: null, message: refused };
        const conn = (0, presets_js_1.connectionFailure)(run.output);
        if (conn)
            return { ...base, state: 'unreachable', pending: null, message: conn };
        if ((0, presets_js_1.notInstalled)(run.output, run.exitCode))
            return { ...base, state: 'not-installed', pending: null };
        if (run.exitCode === 126)
            return { ...base, state: 'failed', pending: null, message: 'the command is not executable' };
    }
    if (parsed && parsed.length)
        return { ...base, state: 'pending', pending: parsed };
    if (run.exitCode === 0) {
        if (parsed || !opts.preset || opts.preset.exitCodeMeansPending)
            return { ...base, state: 'up-to-date', pending: [] };
        return { ...base, state: 'unreadable', pending: null };
    }
    if (!opts.preset)
        return { ...base, state: 'pending', pending: null };
    const cause = (0, presets_js_1.failureLine)(run.output);
    const why = cause ? `: ${cause}` : '';
    return { ...base, state: 'failed', pending: null, message: `exited with code ${run.exitCode}${why}` };
}
exports.collect = collectMigrations;


/***/ }),

/***/ 4562:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseNameStatus = parseNameStatus;
exports.changedFilesSince = changedFilesSince;
/**
 * Changed files for the CLI, where there is no PR: what a PR from the current work against `base`
 * would show. That is the diff from the merge base of `base` and HEAD (like GitHub's three-dot
 * compare) to the working tree, so committed, staged and unstaged changes all count, plus untracked
 * files that git does not ignore (a new migration not yet `git add`ed still needs sign-off).
 */
const node_child_process_1 = __webpack_require__(1421);
const errors_js_1 = __webpack_require__(3916);
function git(args, cwd, env) {
    return new Promise((resolve, reject) => {
        (0, node_child_process_1.execFile)('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (err) {
                const code = err.code;
                if (code === 'ENOENT')
                    reject(new errors_js_1.UserError('git was not found; install git to compare migrations with --base'));
                else
                    reject(new GitError(String(stderr || err.message).trim()));
            }
            else
                resolve(stdout);
        });
    });
}
class GitError extends Error {
}
const STATUS = {
    A: 'added',
    M: 'modified',
    D: 'removed',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
};
/** Parses `git diff --name-status -z` output (`M\0path\0R100\0old\0new\0…`). */
function parseNameStatus(out) {
    const parts = out.split('\0');
    const files = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++];
        if (!code)
            continue;
        const status = STATUS[code[0]] ?? 'changed';
        if (status === 'renamed' || status === 'copied') {
            const from = parts[i++] ?? '';
            const to = parts[i++] ?? '';
            files.push({ path: to, status, previousPath: from });
        }
        else {
            files.push({ path: parts[i++] ?? '', status });
        }
    }
    return files.filter((f) => f.path);
}
/** Files changed relative to `base` (see the module comment), paths relative to the repo root. */
async function changedFilesSince(base, cwd, env) {
    let root;
    try {
        root = (await git(['rev-parse', '--show-toplevel'], cwd, env)).trim();
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            throw e;
        throw new errors_js_1.UserError(`${cwd} is not inside a git repository, so changed migrations cannot be found against --base ${base}`);
    }
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', base, 'HEAD'], root, env)).trim();
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            throw e;
        throw new errors_js_1.UserError(`git could not find a common ancestor of "${base}" and HEAD (${e.message.split('\n')[0]}); fetch the base branch (e.g. git fetch origin ${base.replace(/^origin\//, '')}) or pass another --base`);
    }
    const diff = await git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', mergeBase, '--'], root, env);
    const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], root, env);
    const files = parseNameStatus(diff);
    const known = new Set(files.map((f) => f.path));
    for (const p of untracked.split('\0'))
        if (p && !known.has(p))
            files.push({ path: p, status: 'added' });
    return files;
}


/***/ }),

/***/ 6015:
/***/ ((__unused_webpack_module, exports) => {


/**
 * node-pg-migrate has no status command, and `up --dry-run` is not a safe stand-in: it still takes
 * the advisory lock, creates the migrations table when missing, and runs the JavaScript of every
 * pending migration (which may query the database itself). So the preset runs this small read-only
 * script instead, with the project's own `pg` (node-pg-migrate's peer dependency), in the gate's
 * working directory: it lists the migration files the way node-pg-migrate names them (file name
 * without extension, `.up`/`.down` SQL pairs as one, dot files ignored) and compares them with the
 * names in the migrations table. It only runs SELECTs.
 *
 * Settings (environment; defaults are node-pg-migrate's): DATABASE_URL (or the variable named by
 * PGM_DATABASE_URL_VAR; without it the standard PG* variables apply), PGM_MIGRATIONS_DIR
 * (`migrations`), PGM_MIGRATIONS_TABLE (`pgmigrations`), PGM_MIGRATIONS_SCHEMA (`public`).
 *
 * Exit codes: 0 nothing pending, 1 pending (one "pending: <name>" line each), 2 the database could
 * not be queried, 3 setup problem (no `pg`, no migrations directory).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NODE_PG_MIGRATE_STATUS_SCRIPT = exports.NODE_PG_MIGRATE_STATUS_ENV = void 0;
/** The environment variable the preset passes the script in (`node -e "$VAR"` avoids quoting). */
exports.NODE_PG_MIGRATE_STATUS_ENV = 'SHIPGATE_NODE_PG_MIGRATE_STATUS';
exports.NODE_PG_MIGRATE_STATUS_SCRIPT = String.raw `
'use strict';
const fs = require('fs');
const path = require('path');
const env = process.env;
const urlVar = env.PGM_DATABASE_URL_VAR || 'DATABASE_URL';
const dir = path.resolve(env.PGM_MIGRATIONS_DIR || 'migrations');
const table = env.PGM_MIGRATIONS_TABLE || 'pgmigrations';
const schema = env.PGM_MIGRATIONS_SCHEMA || 'public';
let pg;
try {
  pg = require('pg');
} catch (e) {
  console.error('shipgate: cannot load the "pg" package from ' + process.cwd() + ' (node-pg-migrate needs it): ' + e.message);
  process.exit(3);
}
let entries;
try {
  entries = fs.readdirSync(dir, { withFileTypes: true });
} catch (e) {
  console.error('shipgate: migrations directory ' + dir + ' cannot be read (' + e.code + '); set PGM_MIGRATIONS_DIR in the gate env');
  process.exit(3);
}
const names = [];
for (const d of entries) {
  if (!(d.isFile() || d.isSymbolicLink()) || d.name.startsWith('.')) continue;
  const ext = path.extname(d.name);
  let name = path.basename(d.name, ext);
  if (ext === '.sql') name = name.replace(/\.(up|down)$/, '');
  if (!names.includes(name)) names.push(name);
}
names.sort();
const q = (s) => '"' + s.replace(/"/g, '""') + '"';
const client = new pg.Client(env[urlVar] ? { connectionString: env[urlVar] } : {});
(async () => {
  let applied = [];
  try {
    await client.connect();
    const exists = await client.query('SELECT to_regclass($1) AS t', [q(schema) + '.' + q(table)]);
    if (exists.rows[0].t !== null) {
      const res = await client.query('SELECT name FROM ' + q(schema) + '.' + q(table) + ' ORDER BY run_on, id');
      applied = res.rows.map((r) => r.name);
    }
  } catch (e) {
    const why = e.message || (Array.isArray(e.errors) && e.errors.map((x) => x.message).join('; ')) || e.code || String(e);
    console.error('shipgate: could not read ' + schema + '.' + table + ': ' + why);
    process.exitCode = 2;
    return;
  } finally {
    await client.end().catch(() => {});
  }
  const done = new Set(applied);
  const pending = names.filter((n) => !done.has(n));
  for (const n of pending) console.log('pending: ' + n);
  const missing = applied.filter((n) => !names.includes(n));
  for (const n of missing) console.log('applied but no file: ' + n);
  console.log('node-pg-migrate: ' + applied.length + ' applied, ' + pending.length + ' pending (' + dir + ', table ' + schema + '.' + table + ')');
  process.exitCode = pending.length ? 1 : 0;
})();
`;


/***/ }),

/***/ 3234:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PRESETS = void 0;
exports.stripAnsi = stripAnsi;
exports.parsePrisma = parsePrisma;
exports.parseKnex = parseKnex;
exports.parseNodePgMigrate = parseNodePgMigrate;
exports.parseDjango = parseDjango;
exports.parseRails = parseRails;
exports.parseFlyway = parseFlyway;
exports.parseAtlas = parseAtlas;
exports.connectionFailure = connectionFailure;
exports.credentialFailure = credentialFailure;
exports.downloadFailure = downloadFailure;
exports.failureLine = failureLine;
exports.notInstalled = notInstalled;
/**
 * Migration tool presets: the status command each runs and how its output names the pending
 * migrations. The parsers are pure (output text in, names out) so they are unit-tested on the
 * tools' documented output formats; see docs/migrations.md for the sources.
 */
const migrations_js_1 = __webpack_require__(9663);
const node_pg_migrate_status_js_1 = __webpack_require__(6015);
/** Removes ANSI colour codes (knex and prisma colour their output on a terminal). */
function stripAnsi(text) {
    return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '');
}
function lines(output) {
    return stripAnsi(output).split(/\r?\n/);
}
/**
 * prisma migrate status: "Database schema is up to date!" (exit 0), or
 * "Following migration(s) have not yet been applied:" then one name per line (exit 1).
 */
function parsePrisma(output) {
    const ls = lines(output);
    const at = ls.findIndex((l) => /Following migrations? (have|has) not yet been applied:/i.test(l));
    if (at >= 0) {
        const names = [];
        for (const l of ls.slice(at + 1)) {
            const t = l.trim();
            if (!t) {
                if (names.length)
                    break;
                continue;
            }
            if (/^To apply migrations/i.test(t))
                break;
            names.push(t);
        }
        return names.length ? names : null;
    }
    if (ls.some((l) => /Database schema is up to date/i.test(l)))
        return [];
    return null;
}
/**
 * knex migrate:list (alias migrate:status in knex ≥ 0.95): "Found N Pending Migration file/files."
 * then one file per line, or "No Pending Migration files Found." (exit 0 either way).
 */
function parseKnex(output) {
    const ls = lines(output);
    if (ls.some((l) => /No Pending Migration files Found/i.test(l)))
        return [];
    const at = ls.findIndex((l) => /Found \d+ Pending Migration file/i.test(l));
    if (at < 0)
        return null;
    const names = [];
    for (const l of ls.slice(at + 1)) {
        const t = l.trim();
        if (!t)
            break;
        names.push(t);
    }
    return names.length ? names : null;
}
/**
 * The built-in node-pg-migrate check (see node-pg-migrate-status.ts): "pending: <name>" lines and a
 * final "node-pg-migrate: N applied, M pending" line.
 */
function parseNodePgMigrate(output) {
    const ls = lines(output);
    if (!ls.some((l) => /^node-pg-migrate: \d+ applied, \d+ pending/.test(l)))
        return null;
    return ls.filter((l) => l.startsWith('pending: ')).map((l) => l.slice('pending: '.length).trim());
}
/**
 * django showmigrations --plan: "[X]  app.0001_initial" / "[ ]  app.0002_x"; without --plan the app
 * is a header line and entries are " [ ] 0002_x". Exit 0 either way.
 */
function parseDjango(output) {
    const names = [];
    let app = '';
    let seen = false;
    for (const raw of lines(output)) {
        const entry = /^\s*\[( |X|-)\]\s+(\S+)/.exec(raw);
        if (entry) {
            seen = true;
            if (entry[1] === ' ')
                names.push(entry[2].includes('.') || !app ? entry[2] : `${app}.${entry[2]}`);
            continue;
        }
        if (/^\S+$/.test(raw))
            app = raw.trim();
    }
    return seen ? names : null;
}
/**
 * rails db:migrate:status: a table " Status   Migration ID    Migration Name" with rows
 * "   up     20240101000000  Create users" / "  down    20240202000000  Add email to users".
 */
function parseRails(output) {
    const ls = lines(output);
    if (!ls.some((l) => /Status\s+Migration ID\s+Migration Name/.test(l)))
        return null;
    const names = [];
    for (const l of ls) {
        const m = /^\s*down\s+(\d+)\s+(.*?)\s*$/.exec(l);
        if (m)
            names.push(m[2] ? `${m[1]} ${m[2]}` : m[1]);
    }
    return names;
}
/** States in `flyway info` that mean "migrate would still do something". */
const FLYWAY_PENDING = new Set(['pending', 'outdated', 'ignored', 'failed']);
/**
 * flyway info: an ASCII table with (at least) Version, Description and State columns; rows in
 * state Pending (or Outdated/Ignored/Failed) are still to be applied.
 */
function parseFlyway(output) {
    const ls = lines(output);
    let cols = null;
    const names = [];
    for (const l of ls) {
        if (!/^\s*\|/.test(l))
            continue;
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
        const get = (name) => cells[cols.indexOf(name)] ?? '';
        const state = get('state').toLowerCase();
        if (FLYWAY_PENDING.has(state)) {
            const version = get('version');
            const label = `${version ? `V${version}` : 'R'} ${get('description')}`.trim();
            names.push(state === 'pending' ? label : `${label} (${state})`);
        }
    }
    if (cols)
        return names;
    if (ls.some((l) => /No migrations found/i.test(l)))
        return [];
    return null;
}
/**
 * atlas migrate status: "Migration Status: OK" or "Migration Status: PENDING" followed by
 * "-- Next Version: X" and "-- Pending Files: N". Atlas does not list every pending file here, so
 * the name is the next version and the count.
 */
function parseAtlas(output) {
    const text = stripAnsi(output);
    const status = /Migration Status:\s*(\w+)/i.exec(text);
    if (!status)
        return null;
    if (status[1].toUpperCase() === 'OK')
        return [];
    const next = /Next Version:\s*(.+)/i.exec(text)?.[1]?.trim();
    const count = Number(/Pending Files:\s*(\d+)/i.exec(text)?.[1] ?? NaN);
    if (Number.isFinite(count) && count === 0)
        return [];
    const more = Number.isFinite(count) && count > 1 ? ` and ${count - 1} more` : '';
    return [`${next ?? 'next version'}${more}`];
}
exports.PRESETS = {
    prisma: { command: migrations_js_1.PRESET_COMMANDS.prisma, exitCodeMeansPending: true, parse: parsePrisma },
    knex: { command: migrations_js_1.PRESET_COMMANDS.knex, exitCodeMeansPending: false, parse: parseKnex },
    'node-pg-migrate': {
        command: `node -e "$${node_pg_migrate_status_js_1.NODE_PG_MIGRATE_STATUS_ENV}"`,
        env: { [node_pg_migrate_status_js_1.NODE_PG_MIGRATE_STATUS_ENV]: node_pg_migrate_status_js_1.NODE_PG_MIGRATE_STATUS_SCRIPT },
        display: migrations_js_1.PRESET_COMMANDS['node-pg-migrate'],
        exitCodeMeansPending: true,
        parse: parseNodePgMigrate,
    },
    django: { command: migrations_js_1.PRESET_COMMANDS.django, exitCodeMeansPending: false, parse: parseDjango },
    rails: { command: migrations_js_1.PRESET_COMMANDS.rails, exitCodeMeansPending: false, parse: parseRails },
    flyway: { command: migrations_js_1.PRESET_COMMANDS.flyway, exitCodeMeansPending: false, parse: parseFlyway },
    atlas: { command: migrations_js_1.PRESET_COMMANDS.atlas, exitCodeMeansPending: false, parse: parseAtlas },
};
/**
 * Messages that mean the status command could not reach the database (PostgreSQL/libpq, node-pg,
 * Prisma, Flyway, ActiveRecord, Django). Such a run says nothing about pending migrations.
 */
const CONNECTION_PATTERNS = [
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
const CREDENTIAL_PATTERNS = [
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
const DOWNLOAD_PATTERNS = [
    /binaries\.prisma\.sh/i,
    /(download|fetch)(ing)?\b.*\b(engine|binary|binaries)\b/i,
    /\b(engine|binary)\b.*\b(could not|failed to|cannot) (be )?download/i,
];
function firstMatch(output, patterns) {
    const ls = lines(output)
        .map((l) => l.trim())
        .filter(Boolean);
    for (const p of patterns) {
        const hit = ls.find((l) => p.test(l));
        if (hit)
            return hit.length > 300 ? `${hit.slice(0, 297)}...` : hit;
    }
    return null;
}
/** The line that says the database could not be reached, or null. */
function connectionFailure(output) {
    return firstMatch(output, CONNECTION_PATTERNS);
}
/** The line that says the database refused the credentials, or null. */
function credentialFailure(output) {
    return firstMatch(output, CREDENTIAL_PATTERNS);
}
/** The line that says the tool could not download its engine, or null. */
function downloadFailure(output) {
    return firstMatch(output, DOWNLOAD_PATTERNS);
}
/** Backtrace and trailer lines of Ruby, rake, Python and Node errors: never the cause. */
const TRACE_LINE = /^(from\s|at\s|\S+:\d+:in\s|Tasks: TOP|\(See full trace|File ".*", line \d+|Traceback \(most recent call last\)|\^+$|~+$)/;
/** "…: message (SomeError)" (Ruby), "Some::ThingError: message" (rake, Python, Node). */
const EXCEPTION_LINE = /\((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception|Invalid|NotFound|Missing\w*)\)$|^(?:[A-Z]\w*(?:::|\.))*[A-Z]\w*(?:Error|Exception)\b:?/;
/**
 * The line of a failed run that names its cause: the exception line of a Ruby/Bundler, rake or
 * Python error (not the last backtrace line), else the last line that is not part of a trace.
 * Ruby's "file:line:in `method': " location prefix is dropped.
 */
function failureLine(output) {
    const ls = lines(output)
        .map((l) => l.trim())
        .filter(Boolean);
    const clean = (l) => {
        const t = l.replace(/^\S+:\d+:in [`'][^`']*[`']: /, '');
        return t.length > 200 ? `${t.slice(0, 197)}...` : t;
    };
    const exception = ls.find((l) => EXCEPTION_LINE.test(clean(l)));
    if (exception)
        return clean(exception);
    const last = [...ls].reverse().find((l) => !TRACE_LINE.test(l));
    return last ? clean(last) : '';
}
/** npx/shell messages meaning the command (or the tool behind npx) is not installed. */
function notInstalled(output, exitCode) {
    if (exitCode === 127)
        return true;
    return /command not found|could not determine executable to run|npx canceled due to missing packages|npm (ERR!|error) canceled|Cannot find module|No such file or directory.*(manage\.py|bin\/rails)/i.test(stripAnsi(output));
}


/***/ }),

/***/ 407:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tail = tail;
exports.defaultShell = defaultShell;
exports.runShell = runShell;
/**
 * Runs a shell command for a gate (command gate, migrations' status command) with a timeout.
 *
 * The command runs in its own process group (spawned detached), so a timeout, an abort, or the
 * end of the command kills everything it started — including grandchildren such as `sleep 100 &`
 * in a subshell — instead of leaving them running on the runner or holding the output pipes open.
 */
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const node_string_decoder_1 = __webpack_require__(6193);
const errors_js_1 = __webpack_require__(3916);
/** Characters of output kept while running: bounds memory for commands that print a lot. */
const KEEP_CHARS = 64 * 1024;
/** After SIGTERM, how long the process group gets before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** After the command exits, how long to wait for its output pipes to drain. */
const DRAIN_MS = 1000;
/** The last `lines` lines of `text` (a trailing newline does not count as an empty last line). */
function tail(text, lines) {
    const trimmed = text.replace(/\r?\n$/, '');
    if (lines <= 0)
        return '';
    let idx = trimmed.length;
    for (let i = 0; i < lines; i++) {
        const nl = trimmed.lastIndexOf('\n', idx - 1);
        if (nl < 0)
            return trimmed;
        idx = nl;
    }
    return trimmed.slice(idx + 1);
}
let defaultShellCache;
/** bash when it is on PATH (or /bin/bash), else sh. */
function defaultShell(env = process.env) {
    if (defaultShellCache)
        return defaultShellCache;
    const dirs = (env.PATH ?? '').split(node_path_1.default.delimiter).filter(Boolean);
    for (const dir of [...dirs, '/bin', '/usr/bin']) {
        try {
            (0, node_fs_1.accessSync)(node_path_1.default.join(dir, 'bash'), node_fs_1.constants.X_OK);
            return (defaultShellCache = node_path_1.default.join(dir, 'bash'));
        }
        catch {
            // not here
        }
    }
    return (defaultShellCache = 'sh');
}
/** Sends `sig` to the whole process group led by `pid`; a group that is already gone is fine. */
function killGroup(pid, sig) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, sig);
    }
    catch {
        // ESRCH: the group has already exited.
    }
}
/**
 * Runs `command` with `<shell> -c`. Resolves when the command has ended (normally, by timeout or by
 * abort) and its output is read; never rejects for a non-zero exit. Throws UserError when the
 * working directory or the shell does not exist.
 */
async function runShell(command, opts) {
    let st;
    try {
        st = (0, node_fs_1.statSync)(opts.cwd);
    }
    catch {
        throw new errors_js_1.UserError(`working directory ${opts.cwd} does not exist; fix the path (it is relative to the repository root)`);
    }
    if (!st.isDirectory())
        throw new errors_js_1.UserError(`working directory ${opts.cwd} is not a directory`);
    const shell = opts.shell ?? defaultShell(opts.env);
    const keepLines = opts.tailLines ?? 50;
    const started = performance.now();
    return await new Promise((resolve, reject) => {
        let buffer = '';
        let timedOut = false;
        let aborted = false;
        let exit = null;
        let settled = false;
        const timers = [];
        const child = (0, node_child_process_1.spawn)(shell, ['-c', command], {
            cwd: opts.cwd,
            env: opts.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const pid = child.pid;
        const append = (chunk) => {
            if (!chunk)
                return;
            buffer += chunk;
            if (buffer.length > 2 * KEEP_CHARS)
                buffer = buffer.slice(-KEEP_CHARS);
            opts.onOutput?.(chunk);
        };
        for (const stream of [child.stdout, child.stderr]) {
            const decoder = new node_string_decoder_1.StringDecoder('utf8');
            stream.on('data', (b) => append(decoder.write(b)));
            stream.on('end', () => append(decoder.end()));
        }
        const stop = () => {
            killGroup(pid, 'SIGTERM');
            timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
        };
        const onAbort = () => {
            if (exit)
                return;
            aborted = true;
            stop();
        };
        const finish = () => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            opts.signal?.removeEventListener('abort', onAbort);
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({
                exitCode: exit?.code ?? null,
                signal: exit?.signal ?? null,
                timedOut,
                aborted,
                output: tail(buffer.slice(-KEEP_CHARS), keepLines),
                durationMs: Math.round(performance.now() - started),
            });
        };
        child.on('error', (e) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            opts.signal?.removeEventListener('abort', onAbort);
            if (e.code === 'ENOENT')
                reject(new errors_js_1.UserError(`shell ${shell} was not found; install it or set another shell`));
            else
                reject(e);
        });
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            // Background processes the command left behind would keep the pipes open (and keep running
            // on the runner): end the rest of the group, then give the pipes a moment to drain.
            killGroup(pid, 'SIGTERM');
            timers.push(setTimeout(() => {
                killGroup(pid, 'SIGKILL');
                finish();
            }, DRAIN_MS));
        });
        child.on('close', () => {
            if (exit)
                finish();
        });
        if (opts.timeoutMs > 0 && Number.isFinite(opts.timeoutMs)) {
            timers.push(setTimeout(() => {
                if (exit)
                    return;
                timedOut = true;
                stop();
            }, opts.timeoutMs));
        }
        if (opts.signal) {
            if (opts.signal.aborted)
                onAbort();
            else
                opts.signal.addEventListener('abort', onAbort, { once: true });
        }
    });
}


/***/ })

};

//# sourceMappingURL=4109.index.js.map