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

/** The environment variable the preset passes the script in (`node -e "$VAR"` avoids quoting). */
export const NODE_PG_MIGRATE_STATUS_ENV = 'SHIPGATE_NODE_PG_MIGRATE_STATUS';

export const NODE_PG_MIGRATE_STATUS_SCRIPT = String.raw`
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
