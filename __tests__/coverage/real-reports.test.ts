/**
 * Agreement with the reference tools on real reports made by real tools: jest/istanbul, coverage.py,
 * gcc+lcov and JaCoCo. The reports are generated afresh (make-reports.sh) when the tools are
 * installed, and the committed copies are always checked too, so the parsers are tested even where
 * a tool is missing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCoverageFile } from '../../src/sources/coverage/index.js';
import { COMMITTED, FIXTURES, hasCommand, parseLcovSummary, runLcovSummary, sumRecords } from './helpers.js';

let fresh = '';
const hasLcov = hasCommand('lcov');

beforeAll(() => {
  fresh = mkdtempSync(join(tmpdir(), 'shipgate-cov-'));
  execFileSync('bash', [join(FIXTURES, 'make-reports.sh'), fresh], { stdio: 'pipe' });
}, 180_000);

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

const sets = [
  ['committed copies', () => COMMITTED],
  ['reports generated now', () => fresh],
] as const;

describe.each(sets)('%s', (_name, dir) => {
  const lcovFiles = ['js/lcov.info', 'py/coverage.lcov', 'c/lcov.info'];

  test.each(lcovFiles)('lcov totals of %s equal what `lcov --summary` prints', async (rel) => {
    const file = join(dir(), rel);
    if (!existsSync(file)) return; // the tool that makes it is not installed here
    const ours = sumRecords(await parseCoverageFile(file));
    const reference = hasLcov
      ? runLcovSummary(file)
      : parseLcovSummary(readFileSync(file.replace(/\.[^.]+$/, '.lcov-summary.txt'), 'utf8'));
    expect(Object.keys(reference).sort()).toEqual(['branches', 'functions', 'lines']);
    for (const m of ['lines', 'functions', 'branches'] as const) {
      expect({ metric: m, ...(ours[m] ?? { found: 0, hit: 0 }) }).toEqual({ metric: m, ...reference[m] });
    }
  });

  test.each(['js/cobertura-coverage.xml', 'py/coverage.xml'])(
    'Cobertura totals of %s equal its own line-rate and branch-rate',
    async (rel) => {
      const file = join(dir(), rel);
      if (!existsSync(file)) return;
      const report = await parseCoverageFile(file);
      expect(report.format).toBe('cobertura');
      const t = sumRecords(report);
      const d = report.declared!;
      expect(t.lines).toEqual(d.lines);
      expect(t.branches).toEqual(d.branches);
      expect(Math.abs(t.lines!.hit / t.lines!.found - d.lineRate!)).toBeLessThan(1.01e-4);
      expect(Math.abs(t.branches!.hit / t.branches!.found - d.branchRate!)).toBeLessThan(1.01e-4);
    },
  );

  test('Clover totals equal the project metrics; JaCoCo totals equal the report counters', async () => {
    const clover = await parseCoverageFile(join(dir(), 'js/clover.xml'));
    expect(clover.format).toBe('clover');
    const t = sumRecords(clover);
    expect({ statements: t.statements, branches: t.branches, functions: t.functions }).toEqual(
      clover.declared,
    );
    const jacocoFile = join(dir(), 'java/jacoco.xml');
    if (!existsSync(jacocoFile)) return;
    const jacoco = await parseCoverageFile(jacocoFile);
    expect(jacoco.format).toBe('jacoco');
    expect(sumRecords(jacoco)).toEqual(jacoco.declared);
    expect(jacoco.records.map((r) => r.path)).toEqual(['com/example/Calc.java']);
  });

  test('every istanbul reporter of one jest run gives the same totals', async () => {
    const summary = await parseCoverageFile(join(dir(), 'js/coverage-summary.json'));
    expect(summary.format).toBe('istanbul-summary');
    const expected = summary.declared!;
    expect(sumRecords(summary)).toEqual(expected);
    const final = await parseCoverageFile(join(dir(), 'js/coverage-final.json'));
    expect(final.format).toBe('istanbul-final');
    expect(sumRecords(final)).toEqual(expected);
    const lcov = sumRecords(await parseCoverageFile(join(dir(), 'js/lcov.info')));
    const cobertura = sumRecords(await parseCoverageFile(join(dir(), 'js/cobertura-coverage.xml')));
    for (const m of ['lines', 'branches', 'functions'] as const) {
      expect(lcov[m]).toEqual(expected[m]);
      expect(cobertura[m]).toEqual(expected[m]);
    }
    // Sanity: the fixture really has uncovered code, so agreement is not 0 = 0.
    expect(expected.lines!.hit).toBeGreaterThan(0);
    expect(expected.lines!.hit).toBeLessThan(expected.lines!.found);
  });

  test('coverage.py lcov and Cobertura XML of one run agree', async () => {
    const xml = join(dir(), 'py/coverage.xml');
    if (!existsSync(xml)) return;
    const a = sumRecords(await parseCoverageFile(xml));
    const b = sumRecords(await parseCoverageFile(join(dir(), 'py/coverage.lcov')));
    expect(a.lines).toEqual(b.lines);
    expect(a.branches).toEqual(b.branches);
  });
});

test('the generated reports cover every tool installed on this machine', () => {
  expect(existsSync(join(fresh, 'js/lcov.info'))).toBe(true);
  if (hasCommand('python3-coverage')) expect(existsSync(join(fresh, 'py/coverage.xml'))).toBe(true);
  if (hasLcov && hasCommand('gcc')) expect(existsSync(join(fresh, 'c/lcov.info'))).toBe(true);
  if (hasCommand('javac') && existsSync('/usr/share/java/org.jacoco.report.jar'))
    expect(existsSync(join(fresh, 'java/jacoco.xml'))).toBe(true);
});
