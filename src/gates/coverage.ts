/**
 * The `coverage` gate: test coverage meets overall minimums, per-path minimums, and does not drop
 * against a baseline. Pure: the facts (merged per-file counts) are gathered by
 * src/sources/coverage/.
 */
import picomatch from 'picomatch';
import type { CoverageGate, CoverageMin } from '../config/schema-types.generated.js';
import type { Detail, EvalContext, GateOutcome } from './types.js';
import type { GateLogic } from './types.js';

export type CoverageMetric = 'lines' | 'statements' | 'functions' | 'branches';
export const COVERAGE_METRICS: readonly CoverageMetric[] = ['lines', 'statements', 'functions', 'branches'];

export type CoverageFormat =
  'lcov' | 'cobertura' | 'clover' | 'jacoco' | 'istanbul-summary' | 'istanbul-final';

/** Items of one metric: how many exist (`found`) and how many ran at least once (`hit`). */
export interface CoverageCounter {
  found: number;
  hit: number;
}

/**
 * Counts per metric. A metric that is absent, or has `found: 0`, is "not in report": the report
 * does not carry it (lcov has no statements, coverage.py's Cobertura has no functions, …).
 */
export type MetricCounts = Partial<Record<CoverageMetric, CoverageCounter>>;

export interface CoverageFileFacts {
  /** Normalised path: relative to the workspace when the file is inside it, `/` separators. */
  path: string;
  counts: MetricCounts;
}

export interface CoverageReportInfo {
  /** As shown to the user: relative to the workspace when inside it. */
  path: string;
  format: CoverageFormat;
  /** Source files listed in this report. */
  files: number;
}

export interface CoverageSet {
  reports: CoverageReportInfo[];
  /** Every source file after merging, sorted by path. */
  files: CoverageFileFacts[];
  /** Sum over `files`. */
  totals: MetricCounts;
  /** Files listed more than once (in several reports, or twice in one) that were merged. */
  mergedFiles: number;
  /** Caveats about the merge (e.g. a duplicate that could only be merged approximately). */
  notes: string[];
}

export interface CoverageFacts extends CoverageSet {
  /** The `no-drop` baseline, when configured. */
  baseline?: CoverageSet;
}

const EPSILON = 1e-9;

/** Coverage in percent, or null when the metric is not in the report. */
export function percent(c: CoverageCounter | undefined): number | null {
  if (!c || c.found <= 0) return null;
  return (c.hit / c.found) * 100;
}

/** Percent for display, truncated (never rounded up past a threshold): 89.999 -> "89.99%". */
export function formatPercent(p: number): string {
  const t = Math.floor(p * 100 + EPSILON) / 100;
  return `${t.toFixed(2).replace(/\.?0+$/, '')}%`;
}

function formatPoints(d: number): string {
  const t = Math.trunc(d * 100 + (d >= 0 ? EPSILON : -EPSILON)) / 100;
  const s = Math.abs(t)
    .toFixed(2)
    .replace(/\.?0+$/, '');
  return t > 0 ? `+${s}` : t < 0 ? `−${s}` : '0';
}

function singular(m: CoverageMetric): string {
  return m === 'branches' ? 'branch' : m.slice(0, -1);
}

function sumCounts(files: CoverageFileFacts[]): MetricCounts {
  const out: MetricCounts = {};
  for (const f of files) {
    for (const m of COVERAGE_METRICS) {
      const c = f.counts[m];
      if (!c) continue;
      const t = (out[m] ??= { found: 0, hit: 0 });
      t.found += c.found;
      t.hit += c.hit;
    }
  }
  return out;
}

function minEntries(min: CoverageMin | undefined): [CoverageMetric, number][] {
  if (!min) return [];
  return COVERAGE_METRICS.filter((m) => typeof min[m] === 'number').map((m) => [m, min[m] as number]);
}

function formatsOf(facts: CoverageSet): string {
  return [...new Set(facts.reports.map((r) => r.format))].join(', ');
}

function counterText(c: CoverageCounter | undefined): string {
  return c && c.found > 0 ? `${c.hit} of ${c.found}` : 'not in report';
}

interface Check {
  scope: string;
  metric: CoverageMetric;
  pct: number;
  min: number;
}

/** Judges coverage facts against the gate's minimums, per-path rules and no-drop baseline. */
export function evaluateCoverage(gate: CoverageGate, facts: CoverageFacts, _ctx: EvalContext): GateOutcome {
  const errors: string[] = [];
  const failures: string[] = [];
  const passes: string[] = [];
  const details: Detail[] = [];
  const totals = facts.totals;

  // Overall minimums.
  const overall = minEntries(gate.min);
  const totalRows: string[][] = [];
  const checks: Check[] = [];
  for (const m of COVERAGE_METRICS) {
    const c = totals[m];
    const pct = percent(c);
    const min = gate.min?.[m];
    if (pct === null && min === undefined) continue;
    const row = [m, counterText(c), pct === null ? 'not in report' : formatPercent(pct)];
    if (min === undefined) row.push('–', '–');
    else if (pct === null) row.push(`${min}%`, '–');
    else row.push(`${min}%`, formatPoints(pct - min));
    totalRows.push(row);
  }
  for (const [m, min] of overall) {
    const pct = percent(totals[m]);
    if (pct === null) {
      errors.push(
        `min.${m} is set but the coverage report (${formatsOf(facts)}) does not carry ${singular(m)} coverage; ` +
          `remove min.${m} or make the test step write ${singular(m)} data`,
      );
    } else checks.push({ scope: '', metric: m, pct, min });
  }

  // Per-path minimums.
  const pathRows: string[][] = [];
  (gate.paths ?? []).forEach((rule, i) => {
    const isMatch = picomatch(rule.glob, { dot: true });
    const matched = facts.files.filter((f) => isMatch(f.path));
    if (matched.length === 0) {
      errors.push(
        `paths[${i}] (${rule.glob}) matches none of the ${facts.files.length} files in the coverage report; ` +
          `check the glob against the file paths the report lists (e.g. ${facts.files[0]?.path ?? 'none'})`,
      );
      return;
    }
    const sums = sumCounts(matched);
    for (const [m, min] of minEntries(rule.min)) {
      const pct = percent(sums[m]);
      if (pct === null) {
        errors.push(
          `paths[${i}] (${rule.glob}) sets min.${m} but the report carries no ${singular(m)} data for those files`,
        );
        pathRows.push([rule.glob, String(matched.length), m, 'not in report', `${min}%`, '–']);
        continue;
      }
      checks.push({ scope: rule.glob, metric: m, pct, min });
      pathRows.push([
        rule.glob,
        String(matched.length),
        m,
        formatPercent(pct),
        `${min}%`,
        formatPoints(pct - min),
      ]);
    }
  });

  for (const c of checks) {
    const where = c.scope ? `${c.scope}: ` : '';
    if (c.pct + EPSILON >= c.min) passes.push(`${where}${c.metric} ${formatPercent(c.pct)} ≥ ${c.min}%`);
    else failures.push(`${where}${c.metric} ${formatPercent(c.pct)} is below ${c.min}%`);
  }

  // No drop against the baseline.
  const noDropRows: string[][] = [];
  const noDrop = gate['no-drop'];
  if (noDrop) {
    const tolerance = noDrop.tolerance ?? 0;
    const base = facts.baseline;
    if (!base) {
      errors.push('no-drop is configured but no baseline coverage was gathered');
    } else {
      let compared = 0;
      for (const m of COVERAGE_METRICS) {
        const before = percent(base.totals[m]);
        if (before === null) continue;
        const now = percent(totals[m]);
        if (now === null) {
          errors.push(
            `no-drop: the baseline carries ${singular(m)} coverage but the current report does not`,
          );
          noDropRows.push([m, formatPercent(before), 'not in report', '–', `${tolerance}`]);
          continue;
        }
        compared++;
        const change = now - before;
        noDropRows.push([m, formatPercent(before), formatPercent(now), formatPoints(change), `${tolerance}`]);
        if (change + tolerance + EPSILON < 0) {
          failures.push(
            `${m} dropped ${formatPoints(change).replace('−', '')} points (${formatPercent(before)} → ${formatPercent(now)}), ` +
              `more than the tolerance of ${tolerance}`,
          );
        } else passes.push(`${m} did not drop (${formatPercent(before)} → ${formatPercent(now)})`);
      }
      if (compared === 0 && errors.length === 0)
        errors.push('no-drop: the baseline report carries no metric to compare');
    }
  }

  // Details.
  const reportList = facts.reports.map(
    (r) => `${r.path} (${r.format}, ${r.files} ${r.files === 1 ? 'file' : 'files'})`,
  );
  details.push({
    kind: 'text',
    text: `Coverage of ${facts.files.length} files from ${facts.reports.length === 1 ? 'report' : 'reports'}:`,
  });
  details.push({ kind: 'list', items: reportList });
  if (facts.mergedFiles > 0) {
    details.push({
      kind: 'text',
      text: `${facts.mergedFiles} files appeared more than once and were merged (each counted once).`,
    });
  }
  for (const n of facts.notes) details.push({ kind: 'text', text: n });
  if (totalRows.length > 0) {
    details.push({ kind: 'text', text: 'Totals' });
    details.push({
      kind: 'table',
      columns: ['metric', 'covered', 'coverage', 'minimum', 'margin (points)'],
      rows: totalRows,
    });
  }
  if (pathRows.length > 0) {
    details.push({ kind: 'text', text: 'Per-path minimums' });
    details.push({
      kind: 'table',
      columns: ['paths', 'files', 'metric', 'coverage', 'minimum', 'margin (points)'],
      rows: pathRows,
    });
  }
  if (noDropRows.length > 0) {
    details.push({ kind: 'text', text: `Change against the baseline (${baselineList(facts)})` });
    details.push({
      kind: 'table',
      columns: ['metric', 'baseline', 'current', 'change (points)', 'tolerance'],
      rows: noDropRows,
    });
  }
  const least = leastCovered(facts.files, 10);
  if (least.rows.length > 0) {
    details.push({ kind: 'text', text: `Least covered files (by ${least.metric})` });
    details.push({ kind: 'table', columns: ['file', ...least.columns], rows: least.rows });
  }

  if (errors.length > 0) {
    return {
      status: 'error',
      summary: errors[0]! + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''),
      details: [{ kind: 'list', items: errors }, ...details],
    };
  }
  if (failures.length > 0) {
    return {
      status: 'fail',
      summary: failures.join('; '),
      details: [{ kind: 'list', items: failures }, ...details],
    };
  }
  const shown = COVERAGE_METRICS.filter((m) => percent(totals[m]) !== null)
    .map((m) => `${m} ${formatPercent(percent(totals[m])!)}`)
    .join(', ');
  const summary = passes.length > 0 ? passes.join('; ') : `coverage report found: ${shown}`;
  return { status: 'pass', summary, details };
}

function baselineList(facts: CoverageFacts): string {
  return (facts.baseline?.reports ?? []).map((r) => r.path).join(', ');
}

function leastCovered(
  files: CoverageFileFacts[],
  n: number,
): { metric: CoverageMetric; columns: string[]; rows: string[][] } {
  const carried = COVERAGE_METRICS.filter((m) => files.some((f) => (f.counts[m]?.found ?? 0) > 0));
  const metric = carried[0] ?? 'lines';
  const ranked = files
    .filter((f) => (f.counts[metric]?.found ?? 0) > 0)
    .map((f) => ({
      f,
      pct: percent(f.counts[metric])!,
      missed: f.counts[metric]!.found - f.counts[metric]!.hit,
    }))
    .filter((x) => x.missed > 0)
    .sort((a, b) => a.pct - b.pct || b.missed - a.missed || (a.f.path < b.f.path ? -1 : 1))
    .slice(0, n);
  const rows = ranked.map(({ f }) => [
    f.path,
    ...carried.map((m) => {
      const p = percent(f.counts[m]);
      return p === null ? '–' : `${formatPercent(p)} (${f.counts[m]!.hit}/${f.counts[m]!.found})`;
    }),
  ]);
  return { metric, columns: carried, rows };
}

function minText(min: CoverageMin): string {
  const parts = minEntries(min).map(([m, v]) => `${m} ≥ ${v}%`);
  return parts.length > 0 ? parts.join(', ') : 'no minimum';
}

/** What the gate checks, every option resolved to its effective value. */
export function explainCoverage(gate: CoverageGate): string[] {
  const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
  const lines: string[] = [
    `Reads the coverage report(s) at ${reports.join(', ')} (relative to the workspace; globs allowed). ` +
      'The format is detected from the content: lcov, Cobertura XML, Clover XML, JaCoCo XML, istanbul coverage-summary.json or coverage-final.json.',
    'Several reports are merged file by file; a file listed in more than one report is counted once (union of covered lines, branches and functions).',
  ];
  const maxAge = gate['max-age'];
  lines.push(
    `A missing, empty or malformed report is an error${maxAge ? `, and so is a report older than ${maxAge}` : ' (no max-age: a report of any age is accepted)'}.`,
  );
  const overall = minEntries(gate.min);
  lines.push(
    overall.length > 0 ? `Over all files: ${minText(gate.min!)}.` : 'No overall minimum (min is not set).',
  );
  for (const rule of gate.paths ?? [])
    lines.push(`Files matching ${rule.glob}: ${minText(rule.min)} (summed over those files).`);
  const noDrop = gate['no-drop'];
  if (noDrop) {
    const base = Array.isArray(noDrop.baseline) ? noDrop.baseline.join(', ') : noDrop.baseline;
    lines.push(
      `Fails when any metric carried by the baseline report ${base} fell by more than ${noDrop.tolerance ?? 0} percentage points.`,
    );
  } else lines.push('No comparison with a baseline (no-drop is not set).');
  lines.push(
    'A minimum for a metric the report does not carry (e.g. statements in lcov) makes the gate an error, never a pass.',
  );
  return lines;
}

export const gate: GateLogic<'coverage', CoverageFacts> = {
  evaluate: evaluateCoverage,
  explain: explainCoverage,
};
