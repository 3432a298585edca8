import { describe, expect, test } from '@jest/globals';
import type { CoverageGate } from '../../src/config/schema-types.generated.js';
import {
  evaluateCoverage,
  explainCoverage,
  formatPercent,
  type CoverageFacts,
  type CoverageFileFacts,
  type MetricCounts,
} from '../../src/gates/coverage.js';
import type { EvalContext } from '../../src/gates/types.js';

const ctx: EvalContext = {
  gateId: 'coverage',
  now: new Date('2026-05-01T12:00:00Z'),
  mode: 'cli',
  pr: null,
  groups: {},
  teams: {},
};

function file(path: string, lines: [number, number], branches?: [number, number]): CoverageFileFacts {
  const counts: MetricCounts = { lines: { hit: lines[0], found: lines[1] } };
  if (branches) counts.branches = { hit: branches[0], found: branches[1] };
  return { path, counts };
}

function facts(files: CoverageFileFacts[], baseline?: MetricCounts): CoverageFacts {
  const totals: MetricCounts = {};
  for (const f of files) {
    for (const [m, c] of Object.entries(f.counts) as [keyof MetricCounts, { found: number; hit: number }][]) {
      const t = (totals[m] ??= { found: 0, hit: 0 });
      t.found += c.found;
      t.hit += c.hit;
    }
  }
  const out: CoverageFacts = {
    reports: [{ path: 'coverage/lcov.info', format: 'lcov', files: files.length }],
    files,
    totals,
    mergedFiles: 0,
    notes: [],
  };
  if (baseline)
    out.baseline = {
      reports: [{ path: 'base/lcov.info', format: 'lcov', files: 1 }],
      files: [],
      totals: baseline,
      mergedFiles: 0,
      notes: [],
    };
  return out;
}

const gate = (extra: Partial<CoverageGate>): CoverageGate => ({
  type: 'coverage',
  report: 'coverage/lcov.info',
  ...extra,
});

// 90 of 100 lines, 16 of 20 branches overall; payments at 19/20 lines.
const sample = facts([
  file('src/app.js', [71, 80], [12, 16]),
  file('src/payments/charge.js', [19, 20], [4, 4]),
]);

describe('overall minimums', () => {
  test.each([
    [{ lines: 90 }, 'pass'],
    [{ lines: 90.01 }, 'fail'],
    [{ lines: 80, branches: 80 }, 'pass'],
    [{ branches: 81 }, 'fail'],
  ] as const)('min %j -> %s', (min, status) => {
    expect(evaluateCoverage(gate({ min }), sample, ctx).status).toBe(status);
  });

  test('a failure says which metric, its value and the minimum', () => {
    const out = evaluateCoverage(gate({ min: { lines: 95, branches: 50 } }), sample, ctx);
    expect(out.summary).toBe('lines 90% is below 95%');
  });

  test('a minimum for a metric the report does not carry is an error, not 0% and not a pass', () => {
    const out = evaluateCoverage(gate({ min: { lines: 50, statements: 50 } }), sample, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(
      /min\.statements is set but the coverage report \(lcov\) does not carry statement coverage/,
    );
    const noBranches = facts([
      { path: 'a.c', counts: { lines: { found: 2, hit: 2 }, branches: { found: 0, hit: 0 } } },
    ]);
    expect(evaluateCoverage(gate({ min: { branches: 10 } }), noBranches, ctx).status).toBe('error');
  });

  test('the details show totals with margin, and the least covered files', () => {
    const out = evaluateCoverage(gate({ min: { lines: 85 } }), sample, ctx);
    const tables = out.details!.filter((d) => d.kind === 'table');
    expect(tables[0]).toEqual({
      kind: 'table',
      columns: ['metric', 'covered', 'coverage', 'minimum', 'margin (points)'],
      rows: [
        ['lines', '90 of 100', '90%', '85%', '+5'],
        ['branches', '16 of 20', '80%', '–', '–'],
      ],
    });
    expect(tables[1]).toMatchObject({
      columns: ['file', 'lines', 'branches'],
      rows: [
        ['src/app.js', '88.75% (71/80)', '75% (12/16)'],
        ['src/payments/charge.js', '95% (19/20)', '100% (4/4)'],
      ],
    });
  });

  test('the least-covered table lists at most ten files, worst first', () => {
    const many = facts(
      Array.from({ length: 15 }, (_, i) => file(`f${String(i).padStart(2, '0')}.js`, [i, 20])),
    );
    const out = evaluateCoverage(gate({}), many, ctx);
    const least = out.details!.filter((d) => d.kind === 'table').at(-1) as { rows: string[][] };
    expect(least.rows.map((r) => r[0])).toEqual([
      'f00.js',
      'f01.js',
      'f02.js',
      'f03.js',
      'f04.js',
      'f05.js',
      'f06.js',
      'f07.js',
      'f08.js',
      'f09.js',
    ]);
  });

  test('percentages are truncated, never rounded up to a threshold', () => {
    expect(formatPercent((8999 / 9000) * 100)).toBe('99.98%');
    const f = facts([file('a.js', [8999, 9000])]);
    const out = evaluateCoverage(gate({ min: { lines: 99.99 } }), f, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('lines 99.98% is below 99.99%');
  });

  test('without any rule the gate passes when a report was read, naming the totals', () => {
    const out = evaluateCoverage(gate({}), sample, ctx);
    expect(out).toMatchObject({ status: 'pass', summary: 'coverage report found: lines 90%, branches 80%' });
  });
});

describe('per-path minimums', () => {
  test('payments/** must stay at 95%', () => {
    const ok = evaluateCoverage(
      gate({ paths: [{ glob: 'src/payments/**', min: { lines: 95 } }] }),
      sample,
      ctx,
    );
    expect(ok.status).toBe('pass');
    const bad = evaluateCoverage(
      gate({ paths: [{ glob: 'src/payments/**', min: { lines: 96 } }] }),
      sample,
      ctx,
    );
    expect(bad).toMatchObject({ status: 'fail', summary: 'src/payments/**: lines 95% is below 96%' });
  });

  test('a path rule that matches no file is an error naming the glob', () => {
    const out = evaluateCoverage(gate({ paths: [{ glob: 'payments/**', min: { lines: 95 } }] }), sample, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/paths\[0\] \(payments\/\*\*\) matches none of the 2 files/);
  });

  test('per-path sums only the matching files', () => {
    const f = facts([file('a/x.js', [1, 10]), file('a/y.js', [9, 10]), file('b/z.js', [0, 10])]);
    const out = evaluateCoverage(gate({ paths: [{ glob: 'a/**', min: { lines: 50 } }] }), f, ctx);
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('a/**: lines 50% ≥ 50%');
  });
});

describe('no-drop', () => {
  test.each([
    [undefined, { found: 100, hit: 90 }, 'pass'],
    [undefined, { found: 100, hit: 91 }, 'fail'],
    [1, { found: 100, hit: 91 }, 'pass'],
    [0.5, { found: 100, hit: 91 }, 'fail'],
  ] as const)('tolerance %s against a baseline of %j -> %s', (tolerance, base, status) => {
    const f = facts(sample.files, { lines: base });
    const noDrop =
      tolerance === undefined ? { baseline: 'base/lcov.info' } : { baseline: 'base/lcov.info', tolerance };
    expect(evaluateCoverage(gate({ 'no-drop': noDrop }), f, ctx).status).toBe(status);
  });

  test('a drop says by how much and from what', () => {
    const f = facts(sample.files, { lines: { found: 100, hit: 92 } });
    expect(evaluateCoverage(gate({ 'no-drop': { baseline: 'b' } }), f, ctx).summary).toBe(
      'lines dropped 2 points (92% → 90%), more than the tolerance of 0',
    );
  });

  test('a metric in the baseline but missing now is an error', () => {
    const f = facts(sample.files, { statements: { found: 10, hit: 5 } });
    expect(evaluateCoverage(gate({ 'no-drop': { baseline: 'b' } }), f, ctx).status).toBe('error');
  });
});

test('explain resolves every option to its effective value', () => {
  expect(explainCoverage(gate({}))).toEqual([
    expect.stringContaining('coverage/lcov.info'),
    expect.stringContaining('merged file by file'),
    'A missing, empty or malformed report is an error (no max-age: a report of any age is accepted).',
    'No overall minimum (min is not set).',
    'No comparison with a baseline (no-drop is not set).',
    expect.stringContaining('makes the gate an error'),
  ]);
  const full = explainCoverage(
    gate({
      min: { lines: 90, branches: 80 },
      paths: [{ glob: 'payments/**', min: { lines: 95 } }],
      'no-drop': { baseline: 'base.info' },
      'max-age': '1h',
    }),
  );
  expect(full).toContain('Over all files: lines ≥ 90%, branches ≥ 80%.');
  expect(full).toContain('Files matching payments/**: lines ≥ 95% (summed over those files).');
  expect(full).toContain(
    'Fails when any metric carried by the baseline report base.info fell by more than 0 percentage points.',
  );
  expect(full[2]).toContain('older than 1h');
});
