/**
 * istanbul JSON reports: `coverage-summary.json` (json-summary reporter) and `coverage-final.json`
 * (json reporter). These are read whole with JSON.parse: they are written by one test run of one
 * project (a summary is a few hundred bytes per file, coverage-final a few KB), unlike lcov/XML
 * reports that monorepo tooling concatenates into hundreds of MB, which are streamed.
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../../errors.js';
import type { CoverageCounter, MetricCounts } from '../../gates/coverage.js';
import { newDetail, type CoverageReport, type FileRecord, type ParseOptions } from './types.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

export async function parseIstanbulJson(
  file: string,
  display: string,
  opts: ParseOptions = {},
): Promise<CoverageReport> {
  const text = await readFile(file, 'utf8');
  const bad = (what: string): never => {
    throw new UserError(
      `Coverage report ${display} is not a valid istanbul JSON report: ${what}. ` +
        'Re-run the step that writes it; a report cut off while being written or copied looks like this.',
    );
  };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    bad(`the JSON does not parse (${(e as Error).message})`);
  }
  if (!isObject(data)) return bad('the top level is not an object');
  if (isObject(data.total)) return summary(file, data, bad);
  return final(file, data, bad, opts);
}

const SUMMARY_METRICS = ['lines', 'statements', 'functions', 'branches'] as const;

function summary(file: string, data: Json, bad: (w: string) => never): CoverageReport {
  const read = (key: string, entry: unknown): MetricCounts => {
    if (!isObject(entry)) bad(`"${key}" is not an object of metrics`);
    const counts: MetricCounts = {};
    for (const m of SUMMARY_METRICS) {
      const v = entry[m];
      if (v === undefined) continue;
      if (!isObject(v) || !isCount(v.total) || !isCount(v.covered) || v.covered > v.total) {
        bad(`"${key}".${m} needs numbers "total" and "covered" (covered ≤ total)`);
      }
      counts[m] = { found: v.total, hit: v.covered };
    }
    if (Object.keys(counts).length === 0) bad(`"${key}" has none of lines, statements, functions, branches`);
    return counts;
  };
  const records: FileRecord[] = [];
  let declared: MetricCounts = {};
  for (const [key, entry] of Object.entries(data)) {
    if (key === 'total') declared = read(key, entry);
    else records.push({ path: key.replace(/\\/g, '/'), counts: read(key, entry) });
  }
  return { file, format: 'istanbul-summary', records, declared };
}

interface Loc {
  start?: { line?: number; column?: number };
}

function locKey(loc: unknown): string {
  const l = loc as Loc | undefined;
  return `${l?.start?.line ?? '?'}:${l?.start?.column ?? '?'}`;
}

function final(file: string, data: Json, bad: (w: string) => never, opts: ParseOptions): CoverageReport {
  const records: FileRecord[] = [];
  for (const [key, entry] of Object.entries(data)) {
    if (!isObject(entry)) bad(`"${key}" is not a file coverage object`);
    // Some tools nest the object under "data" (istanbul FileCoverage serialised as-is).
    const fc = isObject(entry.data) && isObject(entry.data.s) ? entry.data : entry;
    const { s, f, b, statementMap, fnMap, branchMap } = fc;
    if (!isObject(s) || !isObject(statementMap) || !isObject(f) || !isObject(b)) {
      bad(`"${key}" lacks the statementMap/s/f/b maps of istanbul's coverage-final.json`);
    }
    const path = (typeof fc.path === 'string' && fc.path !== '' ? fc.path : key).replace(/\\/g, '/');
    const detail = opts.detailFor?.has(path) ? newDetail() : null;
    const st: CoverageCounter = { found: 0, hit: 0 };
    const lineMax = new Map<number, number>();
    for (const [id, n] of Object.entries(s)) {
      if (!isCount(n)) bad(`"${key}".s["${id}"] is not a count`);
      st.found++;
      if (n > 0) st.hit++;
      const loc = statementMap[id] as Loc | undefined;
      const line = loc?.start?.line;
      // Line coverage as istanbul computes it: a line's count is its statements' highest count.
      if (typeof line === 'number') lineMax.set(line, Math.max(lineMax.get(line) ?? 0, n));
      if (detail) detail.statements.set(locKey(loc), n);
    }
    const fn: CoverageCounter = { found: 0, hit: 0 };
    for (const [id, n] of Object.entries(f)) {
      if (!isCount(n)) bad(`"${key}".f["${id}"] is not a count`);
      fn.found++;
      if (n > 0) fn.hit++;
      if (detail) {
        const meta = (isObject(fnMap) ? fnMap[id] : undefined) as
          { name?: string; decl?: unknown; loc?: unknown } | undefined;
        detail.functions.set(`${meta?.name ?? id}@${locKey(meta?.decl ?? meta?.loc)}`, n);
      }
    }
    const br: CoverageCounter = { found: 0, hit: 0 };
    for (const [id, arr] of Object.entries(b)) {
      if (!Array.isArray(arr) || !arr.every(isCount)) bad(`"${key}".b["${id}"] is not a list of counts`);
      br.found += arr.length;
      for (const n of arr) if (n > 0) br.hit++;
      if (detail) {
        const meta = (isObject(branchMap) ? branchMap[id] : undefined) as { loc?: unknown } | undefined;
        arr.forEach((n, i) => detail.branches.set(`${locKey(meta?.loc)}#${i}`, n));
      }
    }
    let lineHit = 0;
    for (const n of lineMax.values()) if (n > 0) lineHit++;
    if (detail) for (const [l, n] of lineMax) detail.lines.set(l, n);
    const rec: FileRecord = {
      path,
      counts: { lines: { found: lineMax.size, hit: lineHit }, statements: st, functions: fn, branches: br },
    };
    if (detail) rec.detail = detail;
    records.push(rec);
  }
  return { file, format: 'istanbul-final', records };
}
