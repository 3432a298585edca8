/**
 * Reads one audit report's text into findings. The format is recognised from the content, never
 * from the file name. Every problem becomes a UserError naming the file and what is wrong.
 */
import type { AuditFinding, AuditFormat, Severity } from '../../gates/audit.js';
import { UserError } from '../../errors.js';
import { dedupeFindings } from './dedupe.js';
import { splitIds } from './ids.js';
import { locateJsonError } from './json-error.js';
import { UNKNOWN_SEVERITY_NOTE, cvss3BaseScore, severityFromScore, severityFromWord } from './severity.js';

export interface ParsedReport {
  format: AuditFormat;
  findings: AuditFinding[];
}

export const SUPPORTED_FORMATS =
  'npm audit --json (npm 6, and npm 7+ with auditReportVersion 2), yarn audit --json (yarn 1), ' +
  'yarn npm audit --json (yarn 2, 3 and 4), pnpm audit --json, osv-scanner --format json';

/** Thrown by the shape readers below; turned into a UserError that names the file. */
class ShapeError extends Error {}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function obj(v: Json | undefined, where: string): Obj {
  if (!isObj(v)) throw new ShapeError(`${where} should be an object`);
  return v;
}

function arr(v: Json | undefined, where: string): Json[] {
  if (!Array.isArray(v)) throw new ShapeError(`${where} should be a list`);
  return v;
}

function str(v: Json | undefined, where: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new ShapeError(`${where} should be a non-empty text`);
  return v;
}

function optStr(v: Json | undefined): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function idText(v: Json | undefined, where: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return str(v, where);
}

function npmSeverity(v: Json | undefined, where: string): Severity {
  const s = typeof v === 'string' ? severityFromWord(v) : null;
  // npm, yarn and pnpm only use these five words; anything else means a damaged report.
  if (!s || !['critical', 'high', 'moderate', 'low', 'info'].includes(String(v).toLowerCase())) {
    throw new ShapeError(
      `${where} should be one of critical, high, moderate, low, info (found ${typeof v === 'string' ? 'another word' : Array.isArray(v) ? 'a list' : v === null ? 'null' : `a ${typeof v}`})`,
    );
  }
  return s;
}

const GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i;

function ghsaIn(text: string | undefined): string | undefined {
  const m = text ? GHSA.exec(text) : null;
  return m
    ? m[0].replace(/^ghsa/i, 'GHSA').replace(/-([a-z0-9]{4})/gi, (_, g: string) => `-${g.toLowerCase()}`)
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// npm 6 advisory objects: npm 6 `advisories`, pnpm, yarn 2/3 and yarn classic's auditAdvisory.

function fromNpmAdvisory(a: Obj, where: string, report: string): AuditFinding {
  const numeric = a.id === undefined || a.id === null ? undefined : idText(a.id, `${where}.id`);
  const ghsa = optStr(a.github_advisory_id) ?? ghsaIn(optStr(a.url));
  const cves = Array.isArray(a.cves) ? a.cves.filter((c): c is string => typeof c === 'string') : [];
  const ids = splitIds([...(ghsa ? [ghsa] : []), ...cves, ...(numeric ? [numeric] : [])]);
  if (!ids.id) throw new ShapeError(`${where} has no id`);
  const patched = optStr(a.patched_versions);
  // npm writes "<0.0.0" as the patched range when no version is fixed.
  const noFix = patched === undefined || patched.replace(/\s/g, '') === '<0.0.0';
  return {
    ...ids,
    package: str(a.module_name, `${where}.module_name`),
    ecosystem: 'npm',
    severity: npmSeverity(a.severity, `${where}.severity`),
    ...(optStr(a.vulnerable_versions) ? { range: optStr(a.vulnerable_versions) } : {}),
    ...(patched !== undefined ? { fixAvailable: !noFix } : {}),
    ...(!noFix ? { fixedIn: patched } : {}),
    ...(optStr(a.url)
      ? { url: optStr(a.url) }
      : ghsa
        ? { url: `https://github.com/advisories/${ghsa}` }
        : {}),
    ...(optStr(a.title) ? { title: optStr(a.title) } : {}),
    reports: [report],
  };
}

function parseNpm6(doc: Obj, report: string): AuditFinding[] {
  const advisories = obj(doc.advisories, 'advisories');
  return Object.entries(advisories).map(([key, v]) =>
    fromNpmAdvisory(obj(v, `advisories["${key}"]`), `advisories["${key}"]`, report),
  );
}

// ---------------------------------------------------------------------------------------------
// npm 7+: `vulnerabilities` keyed by package; `via` holds advisory objects or names of other
// vulnerable packages (the transitive chain). Only the advisory objects are findings.

function fixFromNpm7(entry: Obj | undefined, pkg: string): Pick<AuditFinding, 'fixAvailable' | 'fixedIn'> {
  const fa = entry?.fixAvailable;
  if (fa === true || fa === false) return { fixAvailable: fa };
  if (isObj(fa) && typeof fa.name === 'string' && typeof fa.version === 'string') {
    const target = fa.name === pkg ? fa.version : `${fa.name}@${fa.version}`;
    return { fixAvailable: true, fixedIn: fa.isSemVerMajor === true ? `${target} (semver-major)` : target };
  }
  return {};
}

function parseNpm7(doc: Obj, report: string): AuditFinding[] {
  const vulns = obj(doc.vulnerabilities, 'vulnerabilities');
  const out: AuditFinding[] = [];
  for (const [key, v] of Object.entries(vulns)) {
    const entry = obj(v, `vulnerabilities["${key}"]`);
    const via = arr(entry.via, `vulnerabilities["${key}"].via`);
    via.forEach((item, n) => {
      const where = `vulnerabilities["${key}"].via[${n}]`;
      if (typeof item === 'string') return; // a transitive link to another entry, not an advisory
      const a = obj(item, where);
      const pkg = str(a.name, `${where}.name`);
      const url = optStr(a.url);
      const ghsa = ghsaIn(url);
      const numeric = a.source === undefined ? undefined : idText(a.source, `${where}.source`);
      const ids = splitIds([...(ghsa ? [ghsa] : []), ...(numeric ? [numeric] : [])]);
      if (!ids.id) throw new ShapeError(`${where} has neither a source id nor an advisory URL`);
      const owner = isObj(vulns[pkg]) ? (vulns[pkg] as Obj) : entry;
      out.push({
        ...ids,
        package: pkg,
        ecosystem: 'npm',
        severity: npmSeverity(a.severity, `${where}.severity`),
        ...(optStr(a.range) ? { range: optStr(a.range) } : {}),
        ...fixFromNpm7(owner, pkg),
        ...(url ? { url } : {}),
        ...(optStr(a.title) ? { title: optStr(a.title) } : {}),
        reports: [report],
      });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// yarn 4 (`yarn npm audit --json`): one { value, children } object per line.

function fromYarn4(line: Obj, where: string, report: string): AuditFinding {
  const c = obj(line.children, `${where}.children`);
  const url = optStr(c.URL);
  const ghsa = ghsaIn(url);
  const numeric = c.ID === undefined || c.ID === null ? undefined : idText(c.ID, `${where}.children.ID`);
  const ids = splitIds([...(ghsa ? [ghsa] : []), ...(numeric ? [numeric] : [])]);
  if (!ids.id) throw new ShapeError(`${where} has neither an ID nor an advisory URL`);
  return {
    ...ids,
    package: str(line.value, `${where}.value`),
    ecosystem: 'npm',
    severity: npmSeverity(c.Severity, `${where}.children.Severity`),
    ...(optStr(c['Vulnerable Versions']) ? { range: optStr(c['Vulnerable Versions']) } : {}),
    ...(url ? { url } : {}),
    ...(optStr(c.Issue) ? { title: optStr(c.Issue) } : {}),
    reports: [report],
  };
}

// ---------------------------------------------------------------------------------------------
// osv-scanner --format json: results[].packages[].{package, vulnerabilities, groups}.

function osvSeverity(v: Obj, groupScore: number | undefined): { severity: Severity; note?: string } {
  // 1. The database's own rating (GitHub advisories: database_specific.severity "MODERATE" ...),
  //    the same rating npm audit shows.
  const ds = isObj(v.database_specific) ? optStr(v.database_specific.severity) : undefined;
  const fromDs = ds ? severityFromWord(ds) : null;
  if (fromDs) return { severity: fromDs };
  // 2. severity[]: a CVSS v3 vector -> base score band; a qualitative score ("high") as is.
  let best: { severity: Severity; note: string; score: number } | undefined;
  for (const s of Array.isArray(v.severity) ? v.severity : []) {
    if (!isObj(s) || typeof s.score !== 'string') continue;
    const score = cvss3BaseScore(s.score);
    if (score !== null) {
      if (!best || score > best.score) {
        best = {
          severity: severityFromScore(score),
          note: `CVSS ${s.score.slice(5, 8)} base score ${score.toFixed(1)}`,
          score,
        };
      }
      continue;
    }
    const word = severityFromWord(s.score);
    if (word && !best)
      best = { severity: word, note: `${optStr(s.type) ?? 'severity'} ${s.score}`, score: -1 };
  }
  if (best) return { severity: best.severity, note: best.note };
  // 3. Per-package ratings some databases put under affected[] (Debian, Ubuntu, ...).
  for (const aff of Array.isArray(v.affected) ? v.affected : []) {
    if (!isObj(aff)) continue;
    for (const bag of [aff.ecosystem_specific, aff.database_specific]) {
      const w = isObj(bag) ? optStr(bag.severity) : undefined;
      const sev = w ? severityFromWord(w) : null;
      if (sev) return { severity: sev, note: `rated ${w} by the database` };
    }
  }
  // 4. osv-scanner's own max_severity for the alias group (it also reads CVSS v2 and v4).
  if (groupScore !== undefined) {
    return {
      severity: severityFromScore(groupScore),
      note: `osv-scanner max_severity ${groupScore.toFixed(1)}`,
    };
  }
  // 5. Unknown: counted as critical, so an unrated advisory can never slip through a limit.
  return { severity: 'critical', note: UNKNOWN_SEVERITY_NOTE };
}

/** Loose version order for picking the affected range that holds the installed version. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
    const x = pa[k] ?? '0';
    const y = pb[k] ?? '0';
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (c !== 0) return c;
  }
  return 0;
}

interface Interval {
  from?: string;
  fixed?: string;
  last?: string;
}

function intervalText(i: Interval): string {
  const start = i.from === undefined || i.from === '0' ? '' : `>=${i.from}`;
  const end = i.fixed !== undefined ? `<${i.fixed}` : i.last !== undefined ? `<=${i.last}` : '';
  return [start, end].filter(Boolean).join(' ') || '*';
}

/**
 * The affected ranges of an OSV entry for this package. When the installed version is known, only
 * the ranges holding it are shown (qs has one range per backport line; the one that matters is the
 * one the installed version is in).
 */
function osvRanges(
  v: Obj,
  pkg: string,
  ecosystem: string,
  version: string | undefined,
): { range?: string; fixed: string[] } {
  const intervals: Interval[] = [];
  for (const aff of Array.isArray(v.affected) ? v.affected : []) {
    if (!isObj(aff)) continue;
    const p = isObj(aff.package) ? aff.package : undefined;
    if (p && (p.name !== pkg || (typeof p.ecosystem === 'string' && p.ecosystem !== ecosystem))) continue;
    for (const r of Array.isArray(aff.ranges) ? aff.ranges : []) {
      if (!isObj(r) || r.type === 'GIT') continue;
      let open: Interval | undefined;
      for (const e of Array.isArray(r.events) ? r.events : []) {
        if (!isObj(e)) continue;
        if (typeof e.introduced === 'string') {
          if (open) intervals.push(open);
          open = { from: e.introduced };
        } else if (typeof e.fixed === 'string' || typeof e.last_affected === 'string') {
          const i: Interval = open ?? {};
          if (typeof e.fixed === 'string') i.fixed = e.fixed;
          else i.last = String(e.last_affected);
          intervals.push(i);
          open = undefined;
        }
      }
      if (open) intervals.push(open);
    }
  }
  const holds = (i: Interval, ver: string) =>
    (i.from === undefined || i.from === '0' || compareVersions(ver, i.from) >= 0) &&
    (i.fixed === undefined || compareVersions(ver, i.fixed) < 0) &&
    (i.last === undefined || compareVersions(ver, i.last) <= 0);
  const mine = version ? intervals.filter((i) => holds(i, version)) : [];
  const shown = mine.length > 0 ? mine : intervals;
  const fixed = [...new Set(shown.flatMap((i) => (i.fixed !== undefined ? [i.fixed] : [])))];
  return { ...(shown.length ? { range: [...new Set(shown.map(intervalText))].join(' || ') } : {}), fixed };
}

function parseOsv(doc: Obj, report: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  arr(doc.results, 'results').forEach((r, ri) => {
    const result = obj(r, `results[${ri}]`);
    arr(result.packages, `results[${ri}].packages`).forEach((p, pi) => {
      const where = `results[${ri}].packages[${pi}]`;
      const entry = obj(p, where);
      const pkg = obj(entry.package, `${where}.package`);
      const name = str(pkg.name, `${where}.package.name`);
      const ecosystem = optStr(pkg.ecosystem) ?? 'unknown';
      const groups = entry.groups === undefined ? [] : arr(entry.groups, `${where}.groups`);
      const vulns =
        entry.vulnerabilities === undefined ? [] : arr(entry.vulnerabilities, `${where}.vulnerabilities`);
      vulns.forEach((item, vi) => {
        const vw = `${where}.vulnerabilities[${vi}]`;
        const v = obj(item, vw);
        const id = str(v.id, `${vw}.id`);
        const ids = [
          id,
          ...(Array.isArray(v.aliases) ? v.aliases.filter((a): a is string => typeof a === 'string') : []),
        ];
        // The alias group this entry belongs to: its ids are the same advisory.
        let groupScore: number | undefined;
        for (const g of groups) {
          if (!isObj(g) || !Array.isArray(g.ids) || !g.ids.includes(id)) continue;
          for (const x of [...g.ids, ...(Array.isArray(g.aliases) ? g.aliases : [])])
            if (typeof x === 'string') ids.push(x);
          const ms = typeof g.max_severity === 'string' ? Number.parseFloat(g.max_severity) : NaN;
          if (Number.isFinite(ms) && ms >= 0 && ms <= 10) groupScore = ms;
        }
        const split = splitIds(ids);
        const { severity, note } = osvSeverity(v, groupScore);
        const { range, fixed } = osvRanges(v, name, ecosystem, optStr(pkg.version));
        const title = optStr(v.summary) ?? optStr(v.details)?.split('\n')[0];
        out.push({
          ...split,
          package: name,
          ecosystem,
          severity,
          ...(note ? { severityNote: note } : {}),
          ...(range ? { range } : {}),
          ...(fixed.length ? { fixAvailable: true, fixedIn: fixed.join(', ') } : {}),
          url: /^GHSA-/i.test(id)
            ? `https://github.com/advisories/${id}`
            : `https://osv.dev/vulnerability/${id}`,
          ...(title ? { title } : {}),
          reports: [report],
        });
      });
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------

function toolError(doc: Obj): string | null {
  // npm 7+ prints { "error": { "code", "summary", "detail" } } when the audit itself fails.
  // Only the error code is named (an identifier such as ENOAUDIT): the message is the file's
  // content, which shipgate never quotes; the audit step's own log shows it.
  if (isObj(doc.error)) {
    const code = optStr(doc.error.code);
    return code && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)
      ? `npm's error object, code ${code}`
      : "npm's error object";
  }
  if (typeof doc.error === 'string') return 'an "error" text';
  return null;
}

function unsupported(report: string, what: string): UserError {
  return new UserError(
    `${report}: ${what}, not an audit report shipgate can read. Supported formats: ${SUPPORTED_FORMATS}.`,
  );
}

function parseDocument(doc: Json, report: string): ParsedReport {
  if (!isObj(doc))
    throw unsupported(
      report,
      `the JSON is ${Array.isArray(doc) ? 'a list' : doc === null ? 'null' : `a ${typeof doc}`}`,
    );
  const err = toolError(doc);
  if (err !== null) {
    throw new UserError(
      `${report} holds an error from the audit command instead of a report (${err}). Fix the audit step that writes it.`,
    );
  }
  if ('auditReportVersion' in doc) {
    if (doc.auditReportVersion !== 2) {
      throw new UserError(
        `${report}: npm audit report version ${typeof doc.auditReportVersion === 'number' ? doc.auditReportVersion : '(not a number)'} is not supported (shipgate reads auditReportVersion 2, npm 7 and later).`,
      );
    }
    return { format: 'npm-7', findings: parseNpm7(doc, report) };
  }
  if ('advisories' in doc) return { format: 'npm-6', findings: parseNpm6(doc, report) };
  if ('results' in doc) return { format: 'osv-scanner', findings: parseOsv(doc, report) };
  if ('type' in doc && 'data' in doc) return parseLines([{ value: doc, line: 1 }], report);
  if ('value' in doc && 'children' in doc) return parseLines([{ value: doc, line: 1 }], report);
  throw unsupported(report, 'the JSON has none of the fields of a known audit report');
}

function parseLines(lines: { value: Json; line: number }[], report: string): ParsedReport {
  const first = lines[0]?.value;
  if (isObj(first) && 'value' in first && 'children' in first) {
    return {
      format: 'yarn-berry-4',
      findings: lines.map(({ value, line }) => {
        const o = isObj(value) && 'children' in value ? value : null;
        if (!o)
          throw new ShapeError(`line ${line} is not a { value, children } advisory like the first line`);
        return fromYarn4(o, `line ${line}`, report);
      }),
    };
  }
  const findings: AuditFinding[] = [];
  let summary = false;
  for (const { value, line } of lines) {
    if (!isObj(value) || typeof value.type !== 'string') {
      throw new ShapeError(
        `line ${line} has no "type"; yarn audit --json writes one { "type", "data" } object per line`,
      );
    }
    if (value.type === 'error') {
      throw new UserError(
        `${report} holds an error from yarn instead of a report (line ${line} is an "error" entry; the audit step's log shows its message). Fix the audit step that writes it.`,
      );
    }
    if (value.type === 'auditAdvisory') {
      const data = obj(value.data, `line ${line}: data`);
      findings.push(
        fromNpmAdvisory(
          obj(data.advisory, `line ${line}: data.advisory`),
          `line ${line}: data.advisory`,
          report,
        ),
      );
    } else if (value.type === 'auditSummary') {
      obj(value.data, `line ${line}: data`);
      summary = true;
    }
  }
  // yarn 1 always ends with the auditSummary line: without it the report was cut short.
  if (!summary) {
    if (findings.length === 0 && lines.every((l) => isObj(l.value) && l.value.type !== 'auditAdvisory')) {
      throw unsupported(report, 'the lines hold no auditAdvisory or auditSummary entry');
    }
    throw new UserError(
      `${report} is incomplete: yarn audit --json ends with an "auditSummary" line and this file has none (truncated?). Re-run the audit step.`,
    );
  }
  return { format: 'yarn-classic', findings };
}

function jsonError(text: string, report: string, lineOffset = 0, fallback?: unknown): UserError {
  const p = locateJsonError(text);
  if (p) {
    const line = p.line + lineOffset;
    return new UserError(
      `${report} is not valid JSON: ${p.reason} at line ${line}, column ${p.column}. Make sure the audit step writes only the command's JSON output to the file (e.g. npm audit --json > audit.json).`,
    );
  }
  const msg = fallback instanceof Error ? fallback.message : String(fallback);
  return new UserError(`${report} is not valid JSON (${msg}).`);
}

/**
 * Parses a report's text. `report` is the name used in messages and in AuditFinding.reports.
 * Findings are de-duplicated within the file (one advisory reached through several dependency
 * paths, or an osv-scanner alias group, is one finding). Throws UserError for anything that is not
 * a complete, supported report.
 */
export function parseAuditText(raw: string, report: string): ParsedReport {
  const parsed = parseRaw(raw, report);
  return { format: parsed.format, findings: dedupeFindings(parsed.findings) };
}

function parseRaw(raw: string, report: string): ParsedReport {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new UserError(
      `${report} is empty (only whitespace). An earlier step of the job should have written the audit command's JSON output to it, e.g. \`npm audit --json > audit.json || true\`.`,
    );
  }
  try {
    let doc: Json;
    try {
      doc = JSON.parse(text) as Json;
    } catch (wholeError) {
      // Not one JSON document: maybe NDJSON (yarn 1, yarn 4), one JSON object per line.
      const rows = text.split('\n');
      const lines: { value: Json; line: number }[] = [];
      let firstParsed = false;
      for (let n = 0; n < rows.length; n++) {
        const row = rows[n]!.replace(/\r$/, '');
        if (row.trim() === '') continue;
        try {
          lines.push({ value: JSON.parse(row) as Json, line: n + 1 });
          if (lines.length === 1) firstParsed = true;
        } catch {
          if (!firstParsed) throw jsonError(text, report, 0, wholeError);
          const p = locateJsonError(row);
          throw new UserError(
            `${report} line ${n + 1} is not valid JSON${p ? `: ${p.reason} at column ${p.column}` : ''}. ` +
              'The file looks like one JSON object per line (yarn audit --json); a cut-off line means the file was truncated.',
          );
        }
      }
      if (lines.length < 2) throw jsonError(text, report, 0, wholeError);
      return parseLines(lines, report);
    }
    return parseDocument(doc, report);
  } catch (e) {
    if (e instanceof ShapeError)
      throw new UserError(`${report} is not a well-formed audit report: ${e.message}.`);
    throw e;
  }
}
