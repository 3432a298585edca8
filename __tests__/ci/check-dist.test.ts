/**
 * The dist/ freshness check that .ci/run and the CI workflow run after the build: it must catch a
 * chunk the build added (untracked), one it no longer writes (deleted) and one it changed.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.js';

const SCRIPT = join(ROOT, 'scripts', 'check-dist.sh');

function repoWithDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-dist-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.js'), 'main\n');
  writeFileSync(join(dir, 'dist', '12.index.js'), 'chunk\n');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'build');
  return dir;
}

const check = (dir: string) => spawnSync('bash', [SCRIPT, dir], { encoding: 'utf8' });

describe('dist/ freshness check', () => {
  test('both CI entry points run the same check', () => {
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^scripts\/check-dist\.sh$/m);
    expect(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')).toMatch(
      /run: scripts\/check-dist\.sh$/m,
    );
  });

  test('a clean dist/ passes', () => {
    expect(check(repoWithDist()).status).toBe(0);
  });

  test.each([
    [
      'an added, untracked chunk',
      (d: string) => writeFileSync(join(d, 'dist', '99.index.js'), 'new chunk\n'),
      '?? dist/99.index.js',
    ],
    [
      'a chunk the build no longer writes',
      (d: string) => rmSync(join(d, 'dist', '12.index.js')),
      ' D dist/12.index.js',
    ],
    [
      'a changed bundle',
      (d: string) => writeFileSync(join(d, 'dist', 'index.js'), 'changed\n'),
      ' M dist/index.js',
    ],
  ])('%s fails the check and is named', (_what, change, line) => {
    const dir = repoWithDist();
    change(dir);
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(line);
    expect(r.stderr).toContain('dist/ is stale');
  });
});
