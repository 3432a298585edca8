/**
 * Reports written by the real tools during the test run: jest with jest-junit, pytest
 * --junitxml (Debian's python3-pytest), Playwright's junit reporter (no browser needed: the specs
 * use none), and ESLint with @microsoft/eslint-formatter-sarif. Each writes into a fresh folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.js';

export { ROOT };
export const FIXTURES = join(ROOT, '__tests__', 'fixtures');

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
}

function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `shipgate-${prefix}-`));
}

export interface JestSpec {
  pass?: number;
  fail?: number;
  skip?: number;
  todo?: number;
}

/** Runs jest (this repo's) with the jest-junit reporter on generated tests; returns the report. */
export function jestJunit(spec: JestSpec, dir = tmp('jest')): string {
  const lines: string[] = ["describe('cart', () => {"];
  for (let i = 0; i < (spec.pass ?? 0); i++)
    lines.push(`  test('adds item ${i}', () => { expect(1 + ${i}).toBe(${1 + i}); });`);
  for (let i = 0; i < (spec.fail ?? 0); i++)
    lines.push(`  test('applies <discount> & "tax" ${i}', () => { expect(100 - 5).toBe(90); });`);
  for (let i = 0; i < (spec.skip ?? 0); i++) lines.push(`  test.skip('syncs inventory ${i}', () => {});`);
  for (let i = 0; i < (spec.todo ?? 0); i++) lines.push(`  test.todo('refunds ${i}');`);
  lines.push('});');
  writeFileSync(join(dir, 'cart.test.js'), lines.join('\n'));
  writeFileSync(join(dir, 'package.json'), '{}');
  run(
    process.execPath,
    [
      join(ROOT, 'node_modules/jest/bin/jest.js'),
      '--ci',
      '--rootDir',
      dir,
      '--config',
      '{}',
      `--reporters=${join(ROOT, 'node_modules/jest-junit')}`,
    ],
    dir,
    { JEST_JUNIT_OUTPUT_DIR: join(dir, 'reports'), JEST_JUNIT_OUTPUT_NAME: 'junit.xml' },
  );
  return join(dir, 'reports', 'junit.xml');
}

/** Runs pytest --junitxml on a module with passing, failing, skipped, xfail and erroring tests. */
export function pytestJunit(opts: { failing: boolean }, dir = tmp('pytest')): string {
  writeFileSync(
    join(dir, 'test_cart.py'),
    [
      'import pytest',
      'def test_adds_items(): assert 1 + 1 == 2',
      'def test_totals(): assert sum([1, 2]) == 3',
      '@pytest.mark.skip(reason="needs the staging database")',
      'def test_sync(): pass',
      '@pytest.mark.xfail(reason="known rounding bug")',
      'def test_refund(): assert 0.1 + 0.2 == 0.3',
      ...(opts.failing
        ? [
            'def test_discount(): assert 100 - 5 == 90',
            'class TestCheckout:',
            '    def test_pays(self): raise RuntimeError("payment down")',
            '@pytest.fixture',
            'def db(): raise RuntimeError("db down")',
            'def test_orders(db): pass',
          ]
        : []),
    ].join('\n') + '\n',
  );
  run('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml=reports/pytest.xml'], dir);
  return join(dir, 'reports', 'pytest.xml');
}

/** Runs Playwright's test runner (junit reporter, one retry) on specs that need no browser. */
export function playwrightJunit(dir = tmp('playwright')): string {
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(dir, 'tests', 'cart.spec.js'),
    [
      `import { test, expect } from ${JSON.stringify(join(ROOT, 'node_modules/@playwright/test/index.mjs'))};`,
      "test.describe('cart', () => {",
      "  test('adds items', async () => { expect(1 + 1).toBe(2); });",
      "  test('applies discount', async () => { expect(100 - 5).toBe(90); });",
      "  test.skip('syncs inventory', async () => {});",
      '});',
      "test('checkout after a retry', async ({}, info) => { expect(info.retry).toBe(1); });",
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'playwright.config.js'),
    "export default { testDir: 'tests', retries: 1, workers: 1, reporter: [['junit', { outputFile: 'reports/e2e.xml' }]] };",
  );
  run(process.execPath, [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test'], dir, { CI: '1' });
  return join(dir, 'reports', 'e2e.xml');
}

/** Runs ESLint (this repo's) with the SARIF formatter over generated code; returns the file. */
export function eslintSarif(opts: { clean?: boolean } = {}, dir = tmp('eslint')): string {
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(dir, 'eslint.config.js'),
    "export default [{ files: ['**/*.js'], rules: { eqeqeq: 'error', 'no-eval': 'warn', 'no-console': 'warn', 'no-debugger': 'error' } }];\n",
  );
  writeFileSync(
    join(dir, 'shop.js'),
    opts.clean
      ? 'export const total = (a, b) => a + b;\n'
      : [
          'export function pay(amount) {',
          '  if (amount == "0") return;',
          '  eval("charge(" + amount + ")");',
          '  console.log(amount);',
          '  // eslint-disable-next-line no-debugger',
          '  debugger;',
          '}',
          'export const same = (a, b) => a == b;',
        ].join('\n') + '\n',
  );
  run(
    process.execPath,
    [
      join(ROOT, 'node_modules/eslint/bin/eslint.js'),
      '-f',
      join(ROOT, 'node_modules/@microsoft/eslint-formatter-sarif/sarif.js'),
      '-o',
      'eslint.sarif',
      '.',
    ],
    dir,
  );
  return join(dir, 'eslint.sarif');
}

export function text(path: string): string {
  return readFileSync(path, 'utf8');
}
