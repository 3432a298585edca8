import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CoverageGate } from '../../src/config/schema-types.generated.js';
import { UserError } from '../../src/errors.js';
import { collectCoverage, parseCoverageFile } from '../../src/sources/coverage/index.js';
import { COMMITTED, ctxFor } from './helpers.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipgate-collect-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(rel: string, content: string): string {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

function lcovRecord(
  sf: string,
  lines: Record<number, number>,
  branches: [number, number, number, number | '-'][] = [],
): string {
  const out = ['TN:', `SF:${sf}`];
  for (const [l, n] of Object.entries(lines)) out.push(`DA:${l},${n}`);
  out.push(`LF:${Object.keys(lines).length}`, `LH:${Object.values(lines).filter((n) => n > 0).length}`);
  for (const b of branches) out.push(`BRDA:${b.join(',')}`);
  out.push('end_of_record');
  return out.join('\n') + '\n';
}

const gate = (report: CoverageGate['report'], extra: Partial<CoverageGate> = {}): CoverageGate => ({
  type: 'coverage',
  report,
  ...extra,
});

async function userError(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return (e as Error).message;
}

describe('finding the report', () => {
  test('a missing report names the path and says an earlier step should have written it', async () => {
    const msg = await userError(collectCoverage(gate('coverage/lcov.info'), ctxFor(dir)));
    expect(msg).toContain('"coverage/lcov.info"');
    expect(msg).toContain(dir);
    expect(msg).toMatch(/earlier step of the job should have written it/);
  });

  test('a glob matching nothing is an error naming the glob', async () => {
    put('packages/a/coverage/lcov.info', lcovRecord('src/a.js', { 1: 1 }));
    const msg = await userError(
      collectCoverage(gate(['packages/*/coverage/lcov.info', 'apps/*/coverage/lcov.info']), ctxFor(dir)),
    );
    expect(msg).toContain('"apps/*/coverage/lcov.info"');
  });

  test('an empty report is an error', async () => {
    put('coverage/lcov.info', '');
    expect(await userError(collectCoverage(gate('coverage/lcov.info'), ctxFor(dir)))).toMatch(
      /coverage\/lcov\.info is empty.*earlier step/,
    );
    put('coverage/lcov.info', '  \n\n');
    expect(await userError(collectCoverage(gate('coverage/lcov.info'), ctxFor(dir)))).toMatch(
      /coverage\/lcov\.info is empty/,
    );
  });

  test('a report listing no files is an error', async () => {
    put(
      'cov.xml',
      '<?xml version="1.0"?><coverage line-rate="0" branch-rate="0"><sources/><packages/></coverage>',
    );
    expect(await userError(collectCoverage(gate('cov.xml'), ctxFor(dir)))).toMatch(
      /cov\.xml lists no source files/,
    );
  });

  test('a report older than max-age is an error; a fresh one is read', async () => {
    const p = put('coverage/lcov.info', lcovRecord('src/a.js', { 1: 1 }));
    const now = new Date('2026-05-01T12:00:00Z');
    utimesSync(p, new Date('2026-05-01T09:00:00Z'), new Date('2026-05-01T09:00:00Z'));
    const msg = await userError(
      collectCoverage(gate('coverage/lcov.info', { 'max-age': '1h' }), ctxFor(dir, now)),
    );
    expect(msg).toMatch(/coverage\/lcov\.info was written 3 h ago, longer ago than max-age 1h/);
    expect(msg).toMatch(/earlier step/);
    const facts = await collectCoverage(gate('coverage/lcov.info', { 'max-age': '4h' }), ctxFor(dir, now));
    expect(facts.totals.lines).toEqual({ found: 1, hit: 1 });
  });

  test('content that is no coverage report is an error describing it, never quoting it', async () => {
    put('coverage/lcov.info', 'hello world\n');
    const msg = await userError(collectCoverage(gate('coverage/lcov.info'), ctxFor(dir)));
    expect(msg).toContain('it starts neither with an lcov record');
    expect(msg).not.toContain('hello world');
  });
});

describe('malformed reports name the file and the place', () => {
  test('lcov: line number of the bad record', async () => {
    put('lcov.info', 'TN:\nSF:a.js\nDA:1,1\nDA:two,1\nend_of_record\n');
    expect(await userError(collectCoverage(gate('lcov.info'), ctxFor(dir)))).toMatch(
      /lcov\.info is not valid lcov: line 4: DA needs "line,count"/,
    );
  });

  test('lcov: a truncated last section', async () => {
    put('lcov.info', lcovRecord('a.js', { 1: 1 }) + 'TN:\nSF:b.js\nDA:1,0\n');
    expect(await userError(collectCoverage(gate('lcov.info'), ctxFor(dir)))).toMatch(
      /ends inside the section of b\.js.*truncated/,
    );
  });

  test('XML: line and column of the error, and a cut-off document', async () => {
    put(
      'cov.xml',
      '<?xml version="1.0"?>\n<coverage line-rate="1">\n  <packages>\n    <package name="x"></packag>\n',
    );
    expect(await userError(collectCoverage(gate('cov.xml'), ctxFor(dir)))).toMatch(
      /cov\.xml is not a valid coverage XML report: line 4, column \d+/,
    );
    const full = await import('node:fs').then((fs) =>
      fs.readFileSync(join(COMMITTED, 'js/cobertura-coverage.xml'), 'utf8'),
    );
    put('cut.xml', full.slice(0, full.lastIndexOf('</packages>')));
    expect(await userError(collectCoverage(gate('cut.xml'), ctxFor(dir)))).toMatch(
      /cut\.xml is not a valid coverage XML report.*(Unclosed|truncated)/,
    );
  });

  test('JSON: a cut-off istanbul report', async () => {
    put('coverage-summary.json', '{"total": {"lines": {"total": 3, "covered": 2');
    expect(await userError(collectCoverage(gate('coverage-summary.json'), ctxFor(dir)))).toMatch(
      /coverage-summary\.json is not a valid istanbul JSON report: the JSON does not parse/,
    );
  });

  test('XML with an unknown root element', async () => {
    put('x.xml', '<testsuites><testsuite/></testsuites>');
    expect(await userError(collectCoverage(gate('x.xml'), ctxFor(dir)))).toMatch(
      /root element is <testsuites>/,
    );
  });
});

describe('merging', () => {
  test('a monorepo glob: relative paths of each package stay apart, totals add up', async () => {
    put('packages/a/src/index.js', '');
    put('packages/b/src/index.js', '');
    put('packages/a/coverage/lcov.info', lcovRecord('src/index.js', { 1: 1, 2: 0 }));
    put('packages/b/coverage/lcov.info', lcovRecord('src/index.js', { 1: 1, 2: 1, 3: 1 }));
    const facts = await collectCoverage(gate('packages/*/coverage/lcov.info'), ctxFor(dir));
    expect(facts.files.map((f) => f.path)).toEqual(['packages/a/src/index.js', 'packages/b/src/index.js']);
    expect(facts.totals.lines).toEqual({ found: 5, hit: 4 });
    expect(facts.mergedFiles).toBe(0);
    expect(facts.reports.map((r) => r.path)).toEqual([
      'packages/a/coverage/lcov.info',
      'packages/b/coverage/lcov.info',
    ]);
  });

  test('the same file in two reports is counted once: union of covered lines and branches', async () => {
    put(
      'unit/lcov.info',
      lcovRecord('src/x.js', { 1: 1, 2: 0, 3: 0 }, [
        [2, 0, 0, 1],
        [2, 0, 1, '-'],
      ]) + lcovRecord('src/only-unit.js', { 1: 0 }),
    );
    put(
      'e2e/lcov.info',
      lcovRecord(`${dir}/src/x.js`, { 1: 0, 2: 4, 3: 0 }, [
        [2, 0, 0, 0],
        [2, 0, 1, 3],
      ]),
    );
    const facts = await collectCoverage(gate(['unit/lcov.info', 'e2e/lcov.info']), ctxFor(dir));
    const x = facts.files.find((f) => f.path === 'src/x.js')!;
    expect(x.counts.lines).toEqual({ found: 3, hit: 2 });
    expect(x.counts.branches).toEqual({ found: 2, hit: 2 });
    expect(facts.totals.lines).toEqual({ found: 4, hit: 2 });
    expect(facts.mergedFiles).toBe(1);
    expect(facts.notes).toEqual([]);
  });

  test('the same file listed twice in one lcov (two test names) is merged too', async () => {
    put(
      'lcov.info',
      lcovRecord('a.c', { 1: 1, 2: 0 }).replace('TN:', 'TN:one') +
        lcovRecord('a.c', { 1: 0, 2: 1 }).replace('TN:', 'TN:two'),
    );
    const facts = await collectCoverage(gate('lcov.info'), ctxFor(dir));
    expect(facts.files).toEqual([
      {
        path: 'a.c',
        counts: {
          lines: { found: 2, hit: 2 },
          functions: { found: 0, hit: 0 },
          branches: { found: 0, hit: 0 },
        },
      },
    ]);
  });

  test('a Cobertura and an lcov report of one run, both inside the workspace, merge to the same totals', async () => {
    const ws = join(dir, 'ci', 'checkout', 'js-project');
    for (const f of ['lcov.info', 'cobertura-coverage.xml']) {
      const text = (await import('node:fs'))
        .readFileSync(join(COMMITTED, 'js', f), 'utf8')
        .replaceAll('/ci/checkout', join(dir, 'ci', 'checkout'));
      put(`ci/checkout/js-project/coverage/${f}`, text);
    }
    for (const f of ['src/math.js', 'src/untested.js', 'src/payments/charge.js'])
      put(`ci/checkout/js-project/${f}`, '');
    const one = await collectCoverage(gate('coverage/lcov.info'), ctxFor(ws));
    const both = await collectCoverage(gate('coverage/*'), ctxFor(ws));
    expect(both.files.map((f) => f.path)).toEqual(one.files.map((f) => f.path));
    expect(both.mergedFiles).toBe(3);
    expect(both.totals.lines).toEqual(one.totals.lines);
    expect(both.totals.branches).toEqual(one.totals.branches);
    expect(both.notes.join(' ')).toMatch(/better-covered listing/);
  });

  test('no-drop reads the baseline report too', async () => {
    put('coverage/lcov.info', lcovRecord('a.js', { 1: 1, 2: 0 }));
    put('base/lcov.info', lcovRecord('a.js', { 1: 1, 2: 1 }));
    const facts = await collectCoverage(
      gate('coverage/lcov.info', { 'no-drop': { baseline: 'base/lcov.info' } }),
      ctxFor(dir),
    );
    expect(facts.baseline?.totals.lines).toEqual({ found: 2, hit: 2 });
    const msg = await userError(
      collectCoverage(gate('coverage/lcov.info', { 'no-drop': { baseline: 'main/lcov.info' } }), ctxFor(dir)),
    );
    expect(msg).toMatch(/No baseline coverage report found at "main\/lcov.info"/);
  });
});

describe('lcov details', () => {
  test('CRLF line ends, lcov 2 records, negative gcov counts and summary-only sections', async () => {
    const p = put(
      'l.info',
      [
        'VER:2.0',
        'TN:',
        'SF:a.c',
        'FNL:0,3,5',
        'FNA:0,2,main',
        'FN:7,9,helper',
        'FNDA:0,helper',
        'DA:3,2',
        'DA:4,-1',
        'BRDA:3,e0,0,1',
        'BRDA:3,e0,1,-',
        'end_of_record',
        'SF:b.c',
        'LF:10',
        'LH:4',
        'end_of_record',
        '',
      ].join('\r\n'),
    );
    const r = await parseCoverageFile(p);
    expect(r.records).toEqual([
      {
        path: 'a.c',
        counts: {
          lines: { found: 2, hit: 1 },
          functions: { found: 2, hit: 1 },
          branches: { found: 2, hit: 1 },
        },
      },
      {
        path: 'b.c',
        counts: {
          lines: { found: 10, hit: 4 },
          functions: { found: 0, hit: 0 },
          branches: { found: 0, hit: 0 },
        },
      },
    ]);
  });

  test('a record spanning read chunks is parsed whole', async () => {
    const many: Record<number, number> = {};
    for (let i = 1; i <= 200_000; i++) many[i] = i % 3;
    const p = put('big.info', lcovRecord('big.js', many));
    const r = await parseCoverageFile(p);
    expect(r.records[0]!.counts.lines).toEqual({ found: 200_000, hit: 133_334 });
  });
});
