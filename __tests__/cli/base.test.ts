/** `shipgate check --base REF`: the migrations a branch changes, in a real git repository. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, shipgate } from './helpers.js';

const CONFIG = `version: 1
gates:
  migrations:
    type: migrations
    title: Migrations reviewed
    paths: ["db/migrations/**"]
    signoff: [dba-person]
  migrations-listed:
    type: migrations
    paths: ["db/migrations/**"]
`;

interface Result {
  allowed: boolean;
  gates: { id: string; status: string; summary: string }[];
}

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shipgate-git-'));
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'db', 'migrations'), { recursive: true });
  mkdirSync(join(repo, '.github'));
  writeFileSync(join(repo, '.github', 'shipgate.yml'), CONFIG);
  writeFileSync(join(repo, 'db', 'migrations', '001_users.sql'), 'create table users (id int);\n');
  writeFileSync(join(repo, 'README.md'), 'shop\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'initial schema');
  git(repo, 'checkout', '-qb', 'feature');
  // Committed: a new migration. Unstaged: an edit of an existing one. Untracked: another new one.
  writeFileSync(join(repo, 'db', 'migrations', '002_orders.sql'), 'create table orders (id int);\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'orders');
  appendFileSync(join(repo, 'db', 'migrations', '001_users.sql'), 'alter table users add email text;\n');
  writeFileSync(join(repo, 'db', 'migrations', '003_items.sql'), 'create table items (id int);\n');
  appendFileSync(join(repo, 'README.md'), 'not a migration\n');
});

const check = async (...args: string[]) => {
  const run = await shipgate(['check', '--json', ...args], { cwd: repo });
  return { ...run, result: run.stdout ? (JSON.parse(run.stdout) as Result) : null };
};

describe('shipgate check --base', () => {
  it('lists the migrations changed since the merge base: committed, edited and untracked', async () => {
    const run = await check('--base', 'main');
    expect(run.code).toBe(0);
    const listed = run.result!.gates.find((g) => g.id === 'migrations-listed')!;
    expect(listed.status).toBe('pass');
    expect(listed.summary).toBe(
      '3 changed migrations compared with main (1 edits an existing migration); no sign-off required',
    );
    // A sign-off exists only on the PR: that part is left to the action.
    const signoff = run.result!.gates.find((g) => g.id === 'migrations')!;
    expect(signoff.status).toBe('skipped');
    expect(signoff.summary).toContain('3 changed migrations compared with main');
    expect(run.stderr).toContain('migrations: comparing with main');
  });

  it('does not look at changed files without --base', async () => {
    const run = await check();
    expect(run.code).toBe(0);
    expect(run.result!.gates.find((g) => g.id === 'migrations-listed')!.summary).toBe(
      'no pull request: changed migrations are not listed',
    );
    expect(run.stderr).not.toContain('comparing with');
  });

  it('is an error that blocks, saying what to do, when the base ref does not exist', async () => {
    const run = await check('--base', 'origin/develop');
    expect(run.code).toBe(1);
    const gate = run.result!.gates.find((g) => g.id === 'migrations-listed')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('"origin/develop"');
    expect(gate.summary).toContain('git fetch origin develop');
  });

  it('is an error outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-nogit-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'shipgate.yml'), CONFIG);
    const run = await shipgate(['check', '--json', '--base', 'main'], {
      cwd: dir,
      env: { GIT_CEILING_DIRECTORIES: tmpdir() },
    });
    expect(run.code).toBe(1);
    const gate = (JSON.parse(run.stdout) as Result).gates.find((g) => g.id === 'migrations-listed')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('is not inside a git repository');
  });
});
