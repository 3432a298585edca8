import { spawnSync } from 'node:child_process';
import type { CoverageCounter, MetricCounts } from '../../src/gates/coverage.js';
import type { CoverageReport } from '../../src/sources/coverage/index.js';
import type { CollectContext } from '../../src/sources/types.js';

export const FIXTURES = new URL('../fixtures/coverage/', import.meta.url).pathname;
export const COMMITTED = `${FIXTURES}reports/`;

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Totals over a report's listings, as a tool that does not merge would print them. */
export function sumRecords(r: CoverageReport): MetricCounts {
  const t: MetricCounts = {};
  for (const rec of r.records) {
    for (const [m, c] of Object.entries(rec.counts) as [keyof MetricCounts, CoverageCounter][]) {
      const acc = (t[m] ??= { found: 0, hit: 0 });
      acc.found += c.found;
      acc.hit += c.hit;
    }
  }
  return t;
}

/** Parses the text `lcov --summary` prints ("lines......: 76.5% (13 of 17 lines)"). */
export function parseLcovSummary(text: string): MetricCounts {
  const out: MetricCounts = {};
  for (const m of text.matchAll(
    /^\s*(lines|functions|branches)\.*: (?:[\d.]+% \((\d+) of (\d+) \w+\)|no data found)/gm,
  )) {
    out[m[1] as 'lines'] =
      m[2] === undefined ? { found: 0, hit: 0 } : { found: Number(m[3]), hit: Number(m[2]) };
  }
  return out;
}

export function runLcovSummary(file: string): MetricCounts {
  const r = spawnSync('lcov', ['--rc', 'lcov_branch_coverage=1', '--summary', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`lcov --summary failed: ${r.stderr}`);
  return parseLcovSummary(`${r.stdout}\n${r.stderr}`);
}

export function ctxFor(cwd: string, now = new Date()): CollectContext & { messages: string[] } {
  const messages: string[] = [];
  return {
    cwd,
    env: {},
    now,
    signal: new AbortController().signal,
    progress: (m) => messages.push(m),
    messages,
  };
}
