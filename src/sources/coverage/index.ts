/**
 * Gathers the facts of a `coverage` gate: finds the report files (paths or globs), detects each
 * one's format from its content, parses it streaming, and merges the files of all reports by
 * normalised path. Only files listed more than once have their line/branch/function items loaded
 * (in a second, targeted pass), so memory stays bounded for very large monorepo reports.
 */
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { CoverageGate } from '../../config/schema-types.generated.js';
import { UserError } from '../../errors.js';
import {
  COVERAGE_METRICS,
  type CoverageCounter,
  type CoverageFacts,
  type CoverageFileFacts,
  type CoverageReportInfo,
  type CoverageSet,
  type MetricCounts,
} from '../../gates/coverage.js';
import { formatDuration, parseDuration } from '../../util/duration.js';
import { checkReportFiles } from '../report-files.js';
import type { CollectContext, Collector } from '../types.js';
import { parseIstanbulJson } from './istanbul.js';
import { parseLcov } from './lcov.js';
import type { CoverageReport, FileDetail, FileRecord, ParseOptions } from './types.js';
import { parseXmlReport } from './xml.js';

export type { CoverageReport, FileRecord, FileDetail } from './types.js';

type Kind = 'lcov' | 'xml' | 'json';

/** Tells the report's kind from its first bytes; throws a UserError for empty or unknown content. */
async function sniff(file: string, display: string): Promise<Kind> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    let text = buf.toString('utf8', 0, bytesRead);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const head = text.trimStart();
    if (head === '') {
      throw new UserError(
        `Coverage report ${display} is empty. An earlier step of the job should have written it: check that the tests ran with coverage enabled.`,
      );
    }
    if (head.startsWith('{')) return 'json';
    if (head.startsWith('<')) return 'xml';
    if (/^(?:[A-Z]+:|end_of_record)/.test(head)) return 'lcov';
    throw new UserError(
      `Coverage report ${display} is not a coverage report shipgate reads (lcov, Cobertura/Clover/JaCoCo XML, istanbul JSON): it starts neither with an lcov record (TN:, SF:), nor with "<" (XML), nor with "{" (JSON).`,
    );
  } finally {
    await fh.close();
  }
}

async function parseAs(file: string, display: string, opts: ParseOptions): Promise<CoverageReport> {
  const kind = await sniff(file, display);
  if (kind === 'lcov') return parseLcov(file, display, opts);
  if (kind === 'xml') return parseXmlReport(file, display, dirname(file), opts);
  return parseIstanbulJson(file, display, opts);
}

/** Parses one coverage report of any supported format (detected from its content). */
export async function parseCoverageFile(path: string, opts: ParseOptions = {}): Promise<CoverageReport> {
  return parseAs(resolve(path), path, opts);
}

function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
}

function isAbsoluteAnywhere(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/**
 * Builds the path normaliser of one report. Absolute paths inside the workspace become relative to
 * it. Relative paths are relative to the project that wrote the report, which in a monorepo is not
 * the workspace root: the first directory from the report's own up to the workspace in which the
 * report's first relative file exists is taken as their base.
 */
function normaliser(cwd: string, reportFile: string, records: FileRecord[]): (raw: string) => string {
  const root = cwd.split(sep).join('/').replace(/\/$/, '');
  const sample = records.find((r) => !isAbsoluteAnywhere(r.path))?.path;
  let base = '';
  if (sample) {
    const rel = relative(cwd, dirname(reportFile));
    if (!rel.startsWith('..') && !isAbsolute(rel)) {
      const parts = rel === '' ? [] : rel.split(sep);
      for (let n = parts.length; n >= 0; n--) {
        const candidate = parts.slice(0, n).join('/');
        if (existsSync(join(cwd, candidate, sample))) {
          base = candidate;
          break;
        }
      }
    }
  }
  return (raw: string) => {
    const p = raw.replace(/\\/g, '/');
    if (isAbsoluteAnywhere(p)) {
      const n = posix.normalize(p);
      return n.startsWith(`${root}/`) ? n.slice(root.length + 1) : n;
    }
    return posix.normalize(base ? `${base}/${p}` : p).replace(/^\.\//, '');
  };
}

async function findReports(
  patterns: string[],
  ctx: CollectContext,
  what: string,
  hint: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of patterns) {
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, {
        cwd: ctx.cwd,
        absolute: true,
        onlyFiles: true,
        dot: true,
        expandDirectories: false,
      });
      matches.sort();
    } else {
      const abs = resolve(ctx.cwd, pattern);
      matches = existsSync(abs) ? [abs] : [];
    }
    if (matches.length === 0) {
      throw new UserError(`No ${what} found at "${pattern}" (looked in ${ctx.cwd}). ${hint}`);
    }
    for (const m of matches) if (!found.includes(m)) found.push(m);
  }
  return found;
}

function addCounter(a: CoverageCounter | undefined, b: CoverageCounter): CoverageCounter {
  return a ? { found: a.found + b.found, hit: a.hit + b.hit } : { ...b };
}

interface Ref {
  report: number;
  record: number;
}

const DETAIL_KEY: Record<(typeof COVERAGE_METRICS)[number], keyof FileDetail> = {
  lines: 'lines',
  statements: 'statements',
  functions: 'functions',
  branches: 'branches',
};

/** Merges several listings of one file: union of items when they can be matched, else the best. */
function mergeListings(listings: { rec: FileRecord; format: string }[]): {
  counts: MetricCounts;
  exact: boolean;
} {
  const counts: MetricCounts = {};
  let exact = true;
  const sameFormat = new Set(listings.map((l) => l.format)).size === 1;
  for (const m of COVERAGE_METRICS) {
    const present = listings.filter((l) => l.rec.counts[m] !== undefined);
    if (present.length === 0) continue;
    const key = DETAIL_KEY[m];
    // Item keys are only comparable within one format, and only when the items add up to the
    // listing's own count (Clover's <metrics> and lcov's LF-only sections do not).
    const usable =
      sameFormat &&
      present.every((l) => l.rec.detail !== undefined && l.rec.detail[key].size === l.rec.counts[m]!.found);
    if (usable) {
      const union = new Map<string | number, boolean>();
      for (const l of present) {
        for (const [k, n] of l.rec.detail![key] as Map<string | number, number>)
          union.set(k, (union.get(k) ?? false) || n > 0);
      }
      let hit = 0;
      for (const v of union.values()) if (v) hit++;
      counts[m] = { found: union.size, hit };
    } else {
      if (present.some((l) => l.rec.counts[m]!.found > 0)) exact = false;
      counts[m] = {
        found: Math.max(...present.map((l) => l.rec.counts[m]!.found)),
        hit: Math.max(...present.map((l) => l.rec.counts[m]!.hit)),
      };
    }
  }
  return { counts, exact };
}

async function gather(
  patterns: string[],
  ctx: CollectContext,
  role: 'report' | 'baseline',
  maxAgeMs: number | null,
  maxAgeText: string | undefined,
  allowCommitted: boolean,
): Promise<CoverageSet> {
  const what = role === 'report' ? 'coverage report' : 'baseline coverage report';
  const hint =
    role === 'report'
      ? 'An earlier step of the job should have written it: run the tests with coverage enabled (e.g. jest --coverage, coverage.py `coverage xml`, lcov --capture) before shipgate in the same job, or download the artifact that holds it.'
      : 'An earlier step of the job should have put it there, e.g. by downloading the coverage artifact of the base branch.';
  const files = await findReports(patterns, ctx, what, hint);
  await checkReportFiles(files, ctx, (f) => displayPath(ctx.cwd, f), { what, allowCommitted });
  const reports: CoverageReport[] = [];
  const displays: string[] = [];
  for (const file of files) {
    const display = displayPath(ctx.cwd, file);
    const st = await stat(file);
    if (!st.isFile()) throw new UserError(`The ${what} path ${display} is not a file.`);
    if (st.size === 0) throw new UserError(`The ${what} ${display} is empty. ${hint}`);
    if (maxAgeMs !== null) {
      const age = ctx.now.getTime() - st.mtime.getTime();
      if (age > maxAgeMs) {
        throw new UserError(
          `The ${what} ${display} was written ${formatDuration(age)} ago, longer ago than max-age ${maxAgeText}, so it is not from this run. ${hint}`,
        );
      }
    }
    ctx.progress(`reading ${what} ${display}`);
    const report = await parseAs(file, display, { signal: ctx.signal });
    if (report.records.length === 0) {
      throw new UserError(
        `The ${what} ${display} lists no source files: the tests measured nothing. ${hint}`,
      );
    }
    reports.push(report);
    displays.push(display);
  }

  // Group listings by normalised path.
  const groups = new Map<string, Ref[]>();
  reports.forEach((r, ri) => {
    const norm = normaliser(ctx.cwd, r.file, r.records);
    r.records.forEach((rec, i) => {
      const key = norm(rec.path);
      const refs = groups.get(key);
      if (refs) refs.push({ report: ri, record: i });
      else groups.set(key, [{ report: ri, record: i }]);
    });
  });

  // Second pass: item-level detail only for files listed more than once.
  const wanted = new Map<number, Set<string>>();
  for (const refs of groups.values()) {
    if (refs.length < 2) continue;
    for (const ref of refs) {
      const set = wanted.get(ref.report) ?? new Set<string>();
      set.add(reports[ref.report]!.records[ref.record]!.path);
      wanted.set(ref.report, set);
    }
  }
  for (const [ri, detailFor] of wanted) {
    const again = await parseAs(reports[ri]!.file, displays[ri]!, { signal: ctx.signal, detailFor });
    if (again.records.length !== reports[ri]!.records.length) {
      throw new UserError(
        `The ${what} ${displays[ri]} changed while it was being read; run shipgate after the step that writes it.`,
      );
    }
    reports[ri] = again;
  }

  const out: CoverageFileFacts[] = [];
  let mergedFiles = 0;
  const approximate: string[] = [];
  for (const [path, refs] of groups) {
    if (refs.length === 1) {
      const rec = reports[refs[0]!.report]!.records[refs[0]!.record]!;
      out.push({ path, counts: rec.counts });
      continue;
    }
    mergedFiles++;
    const { counts, exact } = mergeListings(
      refs.map((ref) => ({
        rec: reports[ref.report]!.records[ref.record]!,
        format: reports[ref.report]!.format,
      })),
    );
    if (!exact) approximate.push(path);
    out.push({ path, counts });
  }
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const totals: MetricCounts = {};
  for (const f of out)
    for (const m of COVERAGE_METRICS) if (f.counts[m]) totals[m] = addCounter(totals[m], f.counts[m]!);
  // Cobertura's root lines-/branches-valid and -covered are the totals the tool itself printed;
  // summing line-level condition-coverage does not always give them (istanbul counts branches
  // that no <line> carries). With no file listed twice, the reports' own totals add up exactly.
  if (mergedFiles === 0 && reports.every((r) => r.format === 'cobertura'))
    for (const m of ['lines', 'branches'] as const)
      if (reports.every((r) => r.declared?.[m]))
        totals[m] = reports.reduce<CoverageCounter | undefined>(
          (t, r) => addCounter(t, r.declared![m]!),
          undefined,
        );

  const notes: string[] = [];
  if (approximate.length > 0) {
    notes.push(
      `${approximate.length} of the merged files (e.g. ${approximate.slice(0, 3).join(', ')}) are listed in reports whose items cannot be matched ` +
        '(different formats, or summaries without line data); for those the better-covered listing was counted.',
    );
  }
  const infos: CoverageReportInfo[] = reports.map((r, i) => ({
    path: displays[i]!,
    format: r.format,
    files: r.records.length,
  }));
  return { reports: infos, files: out, totals, mergedFiles, notes };
}

function asList(v: string | string[]): string[] {
  return Array.isArray(v) ? v : [v];
}

/** Collects the coverage facts for a `coverage` gate. Problems the user can fix are UserErrors. */
export async function collectCoverage(gate: CoverageGate, ctx: CollectContext): Promise<CoverageFacts> {
  const maxAgeText = gate['max-age'];
  let maxAgeMs: number | null = null;
  if (maxAgeText !== undefined) {
    maxAgeMs = parseDuration(maxAgeText);
    if (maxAgeMs === null)
      throw new UserError(`max-age "${maxAgeText}" is not a duration such as 30m, 1h or 2d.`);
  }
  const facts: CoverageFacts = await gather(
    asList(gate.report),
    ctx,
    'report',
    maxAgeMs,
    maxAgeText,
    gate['allow-committed'] === true,
  );
  const noDrop = gate['no-drop'];
  if (noDrop)
    facts.baseline = await gather(
      asList(noDrop.baseline),
      ctx,
      'baseline',
      null,
      undefined,
      gate['allow-committed'] === true,
    );
  return facts;
}

export const collect: Collector<'coverage', Awaited<ReturnType<typeof collectCoverage>>> = collectCoverage;
