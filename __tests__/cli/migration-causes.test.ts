/**
 * Migration status errors name the real cause, through the CLI. The tools are stand-ins that print
 * what Prisma 6 and Ruby/Bundler/rake print in these situations (Prisma's engines and Ruby are not
 * installable here; the output is copied from real runs), read through the real presets.
 */
import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shipgate } from './helpers.js';

function projectWith(tool: string, output: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-migrate-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, 'status.sh'), `#!/bin/sh\ncat >&2 <<'OUT'\n${output}\nOUT\nexit 1\n`);
  chmodSync(join(dir, 'status.sh'), 0o755);
  writeFileSync(
    join(dir, '.github', 'shipgate.yml'),
    `version: 1\ngates:\n  migrations:\n    type: migrations\n    tool: ${tool}\n    status: ./status.sh\n`,
  );
  return dir;
}

async function summaryOf(tool: string, output: string): Promise<string> {
  const run = await shipgate(['check', '--json'], { cwd: projectWith(tool, output) });
  const gate = (JSON.parse(run.stdout) as { gates: { status: string; summary: string }[] }).gates[0]!;
  expect(gate.status).toBe('error');
  return gate.summary;
}

describe('migration status errors name the real cause', () => {
  it('Prisma\'s "Authentication failed against database server" is a credentials error', async () => {
    const summary = await summaryOf(
      'prisma',
      `Prisma schema loaded from prisma/schema.prisma
Datasource "db": PostgreSQL database "shop", schema "public" at "localhost:5432"

Error: Authentication failed against database server, the provided database credentials for \`app\` are not valid.

Please make sure to provide valid database credentials for the database server at the configured address.`,
    );
    expect(summary).toBe(
      'the database refused the credentials of the migration status command: Error: Authentication failed against database server, the provided database credentials for `app` are not valid.; check the user and password in its connection settings (e.g. DATABASE_URL)',
    );
  });

  it('a tool that fails to download its engine is not "could not reach the database"', async () => {
    const summary = await summaryOf(
      'prisma',
      `Prisma schema loaded from prisma/schema.prisma
Error: request to https://binaries.prisma.sh/all_commits/6a3747c37ff169c90047725a05a6ef02e32ac97e/debian-openssl-3.0.x/schema-engine.gz failed, reason: getaddrinfo ENOTFOUND binaries.prisma.sh`,
    );
    expect(summary).not.toContain('could not reach the database');
    expect(summary).toMatch(
      /^the migration status command failed \(the tool could not download its engine \(not a database problem\): Error: request to https:\/\/binaries\.prisma\.sh\//,
    );
  });

  it('a Bundler error quotes the exception line, not the last backtrace line', async () => {
    const summary = await summaryOf(
      'rails',
      `bundler: failed to load command: rails (/app/vendor/bundle/ruby/3.2.0/bin/rails)
/usr/lib/ruby/3.2.0/bundled_gems.rb:74:in \`require': cannot load such file -- pg (LoadError)
	from /usr/lib/ruby/3.2.0/bundled_gems.rb:74:in \`block (2 levels) in replace_require'
	from /app/vendor/bundle/ruby/3.2.0/gems/zeitwerk-2.6.12/lib/zeitwerk/kernel.rb:38:in \`require'
	from /app/config/application.rb:7:in \`<main>'`,
    );
    expect(summary).toBe(
      'the migration status command failed (exited with code 1: cannot load such file -- pg (LoadError))',
    );
  });

  it('a rake error quotes the exception line, not the trailer', async () => {
    const summary = await summaryOf(
      'rails',
      `bin/rails aborted!
NameError: uninitialized constant Billing::Invoice
/app/config/initializers/billing.rb:3:in \`<main>'
Tasks: TOP => db:migrate:status
(See full trace by running task with --trace)`,
    );
    expect(summary).toBe(
      'the migration status command failed (exited with code 1: NameError: uninitialized constant Billing::Invoice)',
    );
  });
});
