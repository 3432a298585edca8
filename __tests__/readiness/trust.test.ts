import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect as collectSarif } from '../../src/sources/sarif.js';
import { collect as collectTests } from '../../src/sources/tests.js';
import { FIXTURES, eslintSarif } from './tools.js';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-trust-'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync(
    join(FIXTURES, 'tests/surefire-TEST-com.acme.CartTest.xml'),
    join(dir, 'reports/TEST-cart.xml'),
  );
  copyFileSync(eslintSarif(), join(dir, 'reports/eslint.sarif'));
  const git = (...a: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@e.st', '-c', 'user.name=t', ...a], { cwd: dir });
  git('init', '-q');
  git('add', 'reports');
  git('commit', '-qm', 'reports');
  return dir;
}

const ctx = (cwd: string) => ({
  cwd,
  env: process.env,
  now: new Date(),
  signal: new AbortController().signal,
  progress: () => {},
});

describe('tests and sarif reports must be written by the job', () => {
  it('a committed report is refused unless allow-committed: true', async () => {
    const dir = repo();
    await expect(collectTests({ type: 'tests', report: 'reports/*.xml' }, ctx(dir))).rejects.toThrow(
      'The test report reports/TEST-cart.xml is tracked in git in the checkout.',
    );
    await expect(collectSarif({ type: 'sarif', report: 'reports/eslint.sarif' }, ctx(dir))).rejects.toThrow(
      'The SARIF report reports/eslint.sarif is tracked in git in the checkout.',
    );
    const facts = await collectTests(
      { type: 'tests', report: 'reports/*.xml', 'allow-committed': true },
      ctx(dir),
    );
    expect(facts.reports[0]!.tests).toBe(4);
  });
});
