/**
 * The presets' output readers, on output written in each tool's documented format. Sources:
 * - prisma: `prisma migrate status` (Prisma CLI 5/6; messages from prisma-engines' migrate status
 *   command: "Following migration(s) have not yet been applied:", "Database schema is up to date!",
 *   error codes P1001 "Can't reach database server", P1003 "Database … does not exist").
 * - knex: bin/utils/migrationsLister.js in knex/knex (migrate:list): "Found N Pending Migration
 *   file/files." / "No Pending Migration files Found.", names each followed by " \n", coloured.
 * - django: `showmigrations --plan` / `showmigrations` (docs.djangoproject.com, django-admin).
 * - rails: `bin/rails db:migrate:status` (ActiveRecord databases.rake).
 * - flyway: `flyway info` table (Flyway 9/10 with Category column; Flyway 6 without).
 * - atlas: `atlas migrate status` (atlasgo.io docs, default template).
 * node-pg-migrate is run for real in postgres.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import {
  connectionFailure,
  credentialFailure,
  downloadFailure,
  failureLine,
  notInstalled,
  parseAtlas,
  parseDjango,
  parseFlyway,
  parseKnex,
  parseNodePgMigrate,
  parsePrisma,
  parseRails,
} from '../../src/sources/migrations/presets.js';

describe('prisma migrate status', () => {
  it('names the migrations that have not been applied', () => {
    const out = [
      'Prisma schema loaded from prisma/schema.prisma',
      'Datasource "db": PostgreSQL database "shop", schema "public" at "db.internal:5432"',
      '',
      '3 migrations found in prisma/migrations',
      'Following migrations have not yet been applied:',
      '20240301090000_add_orders',
      '20240302120000_orders_index',
      '',
      'To apply migrations in development run prisma migrate dev.',
      'To apply migrations in production run prisma migrate deploy.',
    ].join('\n');
    expect(parsePrisma(out)).toEqual(['20240301090000_add_orders', '20240302120000_orders_index']);
  });

  it('reads the singular form and a clean state', () => {
    expect(
      parsePrisma(
        '1 migration found in prisma/migrations\nFollowing migration have not yet been applied:\n20240301090000_add_orders\n\nTo apply migrations in development run prisma migrate dev.\n',
      ),
    ).toEqual(['20240301090000_add_orders']);
    expect(
      parsePrisma(
        '3 migrations found in prisma/migrations\n\n\u001b[32mDatabase schema is up to date!\u001b[39m\n',
      ),
    ).toEqual([]);
  });

  it('does not recognise unrelated output', () => {
    expect(parsePrisma('Error: Could not find Prisma Schema that is required for this command.')).toBeNull();
  });

  it('recognises its connection errors', () => {
    const out =
      "Prisma schema loaded from prisma/schema.prisma\nError: P1001: Can't reach database server at `db.internal:5432`\n\nPlease make sure your database server is running at `db.internal:5432`.";
    expect(connectionFailure(out)).toBe("Error: P1001: Can't reach database server at `db.internal:5432`");
    expect(
      connectionFailure('Error: P1003: Database `shop` does not exist on the database server at `db:5432`.'),
    ).toContain('P1003');
  });
});

describe('knex migrate:list', () => {
  it('names the pending files, with colours and trailing spaces', () => {
    const out =
      'Using environment: production\n' +
      '\u001b[32mFound 2 Completed Migration file/files.\n\u001b[39m\u001b[36m20240101_create_users.js \n\u001b[39m\u001b[36m20240102_add_email.js \n\u001b[39m' +
      '\u001b[32mFound 1 Pending Migration file/files.\n\u001b[39m\u001b[36m20240103_orders.js \n\u001b[39m\n';
    expect(parseKnex(out)).toEqual(['20240103_orders.js']);
  });

  it('reads "No Pending Migration files Found." as nothing pending', () => {
    expect(
      parseKnex(
        'Using environment: production\nFound 3 Completed Migration file/files.\na.js \nb.js \nc.js \nNo Pending Migration files Found.\n',
      ),
    ).toEqual([]);
  });

  it('does not recognise an error', () => {
    expect(
      parseKnex('Failed to resolve config file, knex cannot determine where to run migrations'),
    ).toBeNull();
  });
});

describe('node-pg-migrate (shipgate check)', () => {
  it('reads its own summary', () => {
    expect(
      parseNodePgMigrate(
        'pending: 3_c\nnode-pg-migrate: 2 applied, 1 pending (/p/migrations, table public.pgmigrations)\n',
      ),
    ).toEqual(['3_c']);
    expect(
      parseNodePgMigrate('node-pg-migrate: 3 applied, 0 pending (/p/migrations, table public.pgmigrations)'),
    ).toEqual([]);
    expect(parseNodePgMigrate('shipgate: could not read public.pgmigrations: boom')).toBeNull();
  });
});

describe('django showmigrations', () => {
  it('names unapplied migrations in --plan output', () => {
    const out = [
      '[X]  contenttypes.0001_initial',
      '[X]  auth.0001_initial',
      '[X]  shop.0001_initial',
      '[ ]  shop.0002_order_total',
      '[ ]  shop.0003_order_index',
    ].join('\n');
    expect(parseDjango(out)).toEqual(['shop.0002_order_total', 'shop.0003_order_index']);
  });

  it('names unapplied migrations in the per-app listing', () => {
    const out = [
      'admin',
      ' [X] 0001_initial',
      ' [X] 0002_logentry_remove_auto_add',
      'shop',
      ' [X] 0001_initial',
      ' [ ] 0002_order_total',
      'sessions',
      ' (no migrations)',
    ].join('\n');
    expect(parseDjango(out)).toEqual(['shop.0002_order_total']);
  });

  it('reads all-applied output as nothing pending and a traceback as unrecognised', () => {
    expect(parseDjango('[X]  contenttypes.0001_initial\n[X]  auth.0001_initial\n')).toEqual([]);
    const trace =
      'Traceback (most recent call last):\ndjango.db.utils.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused';
    expect(parseDjango(trace)).toBeNull();
    expect(connectionFailure(trace)).toContain(
      'connection to server at "127.0.0.1", port 5432 failed: Connection refused',
    );
  });
});

describe('rails db:migrate:status', () => {
  it('names the migrations that are down', () => {
    const out = [
      '',
      'database: shop_production',
      '',
      ' Status   Migration ID    Migration Name',
      '--------------------------------------------------',
      '   up     20240101000000  Create users',
      '   up     20240102000000  ********** NO FILE **********',
      '  down    20240201000000  Add email to users',
      '',
    ].join('\n');
    expect(parseRails(out)).toEqual(['20240201000000 Add email to users']);
  });

  it('reads an all-up table as nothing pending', () => {
    expect(
      parseRails(
        ' Status   Migration ID    Migration Name\n--------------------------------------------------\n   up     20240101000000  Create users\n',
      ),
    ).toEqual([]);
    expect(parseRails('Schema migrations table does not exist yet.')).toBeNull();
  });
});

describe('flyway info', () => {
  it('names pending rows in the Flyway 9+ table', () => {
    const out = [
      'Flyway Community Edition 10.10.0 by Redgate',
      'Database: jdbc:postgresql://db:5432/shop (PostgreSQL 15.6)',
      'Schema version: 2',
      '',
      '+-----------+---------+------------------+------+---------------------+---------+----------+',
      '| Category  | Version | Description      | Type | Installed On        | State   | Undoable |',
      '+-----------+---------+------------------+------+---------------------+---------+----------+',
      '| Versioned | 1       | create users     | SQL  | 2024-01-01 10:00:00 | Success | No       |',
      '| Versioned | 2       | add email        | SQL  | 2024-01-02 10:00:00 | Success | No       |',
      '| Versioned | 3       | orders           | SQL  |                     | Pending | No       |',
      '| Repeatable|         | refresh views    | SQL  | 2024-01-02 10:00:00 | Outdated| No       |',
      '+-----------+---------+------------------+------+---------------------+---------+----------+',
    ].join('\n');
    expect(parseFlyway(out)).toEqual(['V3 orders', 'R refresh views (outdated)']);
  });

  it('reads the older table without Category and an all-success table', () => {
    const out = [
      '+---------+-------------+---------------------+---------+',
      '| Version | Description | Installed on        | State   |',
      '+---------+-------------+---------------------+---------+',
      '| 1       | Init        | 2019-05-01 10:00:00 | Success |',
      '+---------+-------------+---------------------+---------+',
    ].join('\n');
    expect(parseFlyway(out)).toEqual([]);
    expect(parseFlyway(out.replace('Success', 'Pending'))).toEqual(['V1 Init']);
  });

  it('recognises its connection error', () => {
    const out =
      "ERROR: Unable to obtain connection from database (jdbc:postgresql://db:5432/shop) for user 'app': Connection to db:5432 refused.";
    expect(parseFlyway(out)).toBeNull();
    expect(connectionFailure(out)).toContain('Unable to obtain connection from database');
  });
});

describe('atlas migrate status', () => {
  it('names the next version and how many more are pending', () => {
    const out =
      'Migration Status: PENDING\n  -- Current Version: 20240101000000\n  -- Next Version:    20240201000000\n  -- Executed Files:  1\n  -- Pending Files:   3\n';
    expect(parseAtlas(out)).toEqual(['20240201000000 and 2 more']);
  });

  it('reads OK as nothing pending', () => {
    expect(
      parseAtlas(
        'Migration Status: OK\n  -- Current Version: 20240201000000\n  -- Next Version:    Already at latest version\n  -- Executed Files:  2\n  -- Pending Files:   0\n',
      ),
    ).toEqual([]);
    expect(parseAtlas('Error: sql/migrate: connecting to database')).toBeNull();
  });
});

describe('failures that say nothing about pending migrations', () => {
  it('recognises common PostgreSQL client connection errors', () => {
    expect(connectionFailure('Error: connect ECONNREFUSED 127.0.0.1:5432')).toBe(
      'Error: connect ECONNREFUSED 127.0.0.1:5432',
    );
    expect(
      connectionFailure('psql: error: could not connect to server: No such file or directory'),
    ).toContain('could not connect');
    expect(credentialFailure('FATAL:  password authentication failed for user "app"')).toContain(
      'password authentication failed',
    );
    expect(connectionFailure('error: database "shop" does not exist')).toContain(
      'database "shop" does not exist',
    );
    expect(connectionFailure('Found 1 Pending Migration file/files.\n20240103_orders.js')).toBeNull();
  });

  it('recognises a missing command', () => {
    expect(notInstalled('bash: line 1: flyway: command not found', 127)).toBe(true);
    expect(notInstalled('npm error could not determine executable to run', 1)).toBe(true);
    // npm 11, `npx --no knex …` in a project without knex:
    expect(
      notInstalled('npm error npx canceled due to missing packages and no YES option: ["knex@3.3.0"]', 1),
    ).toBe(true);
    expect(notInstalled('Found 1 Pending Migration file/files.', 1)).toBe(false);
  });
});

describe('the real cause of a failed status run', () => {
  it("reads Prisma's authentication failure as a credentials error, not a connection error", () => {
    const out =
      'Error: Authentication failed against database server, the provided database credentials for `app` are not valid.';
    expect(credentialFailure(out)).toBe(out);
    expect(connectionFailure(out)).toBeNull();
  });

  it('reads a failed engine download as such, not as an unreachable database', () => {
    const out =
      'Error: request to https://binaries.prisma.sh/all_commits/abc/debian-openssl-3.0.x/schema-engine.gz failed, reason: getaddrinfo ENOTFOUND binaries.prisma.sh';
    expect(downloadFailure(out)).toBe(out);
  });

  it('quotes the Ruby exception line, not the last backtrace line', () => {
    const bundler = [
      'bundler: failed to load command: rails (/app/vendor/bundle/ruby/3.2.0/bin/rails)',
      "/usr/lib/ruby/3.2.0/bundled_gems.rb:74:in `require': cannot load such file -- pg (LoadError)",
      "\tfrom /usr/lib/ruby/3.2.0/bundled_gems.rb:74:in `block (2 levels) in replace_require'",
      "\tfrom /app/config/application.rb:7:in `<main>'",
    ].join('\n');
    expect(failureLine(bundler)).toBe('cannot load such file -- pg (LoadError)');
    const rake = [
      'bin/rails aborted!',
      'NameError: uninitialized constant Billing::Invoice',
      "/app/config/initializers/billing.rb:3:in `<main>'",
      'Tasks: TOP => db:migrate:status',
      '(See full trace by running task with --trace)',
    ].join('\n');
    expect(failureLine(rake)).toBe('NameError: uninitialized constant Billing::Invoice');
  });
});
