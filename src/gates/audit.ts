/**
 * The `audit` gate: the dependency audit reports hold no more advisories per severity than allowed,
 * after the allowlist. Pure: the findings are read, normalised and de-duplicated by
 * src/sources/audit/.
 */
import type { AuditAllow, AuditGate } from '../config/schema-types.generated.js';
import {
  allowlistExceptions,
  allowlistWarnings,
  matchAllow,
  allowlistError,
  prepareAllowlist,
  type AllowState,
} from './allowlist.js';
import type { Detail, EvalContext, GateLogic, GateOutcome, Inline } from './types.js';

/** Our five severity levels, most severe first (npm's names). */
export const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Report formats the source recognises from the content. */
export type AuditFormat =
  | 'npm-7' // npm audit --json, npm 7+ (auditReportVersion 2)
  | 'npm-6' // npm audit --json, npm 6; also pnpm audit --json and yarn npm audit --json of yarn 2/3
  | 'yarn-classic' // yarn audit --json (yarn 1, NDJSON)
  | 'yarn-berry-4' // yarn npm audit --json (yarn 4, NDJSON of { value, children })
  | 'osv-scanner'; // osv-scanner --format json

/** One advisory affecting one package, normalised across formats. */
export interface AuditFinding {
  /** Primary id: the GHSA id when known, else a CVE, else the tool's own id. */
  id: string;
  /** Every other id the advisory is known by (CVE, npm advisory number, OSV ids), without `id`. */
  aliases: string[];
  package: string;
  /** Package ecosystem ("npm" for npm/yarn/pnpm reports; osv-scanner's ecosystem name). */
  ecosystem: string;
  severity: Severity;
  /** How the severity was decided when it was not given as one of our levels (e.g. "CVSS 3.1 base 7.5"). */
  severityNote?: string;
  /** Vulnerable version range, as the report states it. */
  range?: string;
  /** true/false when the report says whether a fix exists; absent when it does not say. */
  fixAvailable?: boolean;
  /** Fixed or patched versions, or the upgrade the tool proposes (e.g. ">=6.10.3", "open@8.4.0"). */
  fixedIn?: string;
  url?: string;
  title?: string;
  /** Report files (as configured, relative to the workspace) the advisory was found in. */
  reports: string[];
}

export interface AuditReportInfo {
  /** Path as shown to users (relative to the workspace when inside it). */
  path: string;
  format: AuditFormat;
  /** Findings in this file before de-duplication across files. */
  findings: number;
}

export interface AuditFacts {
  reports: AuditReportInfo[];
  /** De-duplicated: one entry per advisory and package across all reports. */
  findings: AuditFinding[];
}

/** Effective limit per severity: the default is critical 0 and high 0, the others unlimited. */
export function effectiveMax(gate: AuditGate): Record<Severity, number> {
  const m = gate.max ?? {};
  return {
    critical: m.critical ?? 0,
    high: m.high ?? 0,
    moderate: m.moderate ?? Infinity,
    low: m.low ?? Infinity,
    info: m.info ?? Infinity,
  };
}

function findingIds(f: AuditFinding): string[] {
  return [f.id, ...f.aliases];
}

function limitText(n: number): string {
  return Number.isFinite(n) ? String(n) : 'unlimited';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function advisoryLink(f: AuditFinding): Inline {
  return f.url && /^https?:\/\//i.test(f.url) ? { text: f.id, url: f.url } : f.id;
}

function fixText(f: AuditFinding): string {
  if (f.fixedIn) return f.fixedIn;
  if (f.fixAvailable === false) return 'no fix';
  if (f.fixAvailable === true) return 'fix available';
  return 'unknown';
}

function severityText(f: AuditFinding): string {
  return f.severityNote ? `${f.severity} (${f.severityNote})` : f.severity;
}

function byImportance(a: AuditFinding, b: AuditFinding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.package.localeCompare(b.package) ||
    a.id.localeCompare(b.id)
  );
}

/** Judges the findings against `max` and `allow`. */
export function evaluateAudit(gate: AuditGate, facts: AuditFacts, ctx: EvalContext): GateOutcome {
  const max = effectiveMax(gate);
  const prepared = prepareAllowlist(gate.allow ?? [], ctx.now);
  if ('error' in prepared) return allowlistError(prepared.error);
  const allows = prepared.states;

  const counted: AuditFinding[] = [];
  const allowed: { finding: AuditFinding; entry: AuditAllow }[] = [];
  const expiredHits = new Map<AllowState<AuditAllow>, string[]>();
  for (const f of facts.findings) {
    const { active, matches } = matchAllow(allows, findingIds(f));
    if (active) {
      allowed.push({ finding: f, entry: active.entry });
      continue;
    }
    for (const a of matches) expiredHits.set(a, [...(expiredHits.get(a) ?? []), `${f.id} (${f.package})`]);
    counted.push(f);
  }

  const found = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const countedBy = { ...found };
  const allowedBy = { ...found };
  for (const f of facts.findings) found[f.severity]++;
  for (const f of counted) countedBy[f.severity]++;
  for (const { finding } of allowed) allowedBy[finding.severity]++;

  const over = SEVERITIES.filter((s) => countedBy[s] > max[s]);
  const blocking = counted.filter((f) => over.includes(f.severity)).sort(byImportance);

  const details: Detail[] = [];
  const reportNames = facts.reports.map((r) => r.path);
  details.push({
    kind: 'text',
    text: `Read ${plural(facts.reports.length, 'report')}: ${facts.reports
      .map((r) => `${r.path} (${formatName(r.format)}, ${plural(r.findings, 'finding')})`)
      .join(
        '; ',
      )}. ${plural(facts.findings.length, 'distinct advisory', 'distinct advisories')} after de-duplication.`,
  });
  details.push({
    kind: 'table',
    columns: ['Severity', 'Found', 'Allowed', 'Counted', 'Max', 'Result'],
    rows: SEVERITIES.map((s) => [
      s,
      String(found[s]),
      String(allowedBy[s]),
      String(countedBy[s]),
      limitText(max[s]),
      countedBy[s] > max[s] ? 'over the limit' : 'ok',
    ]),
  });
  if (blocking.length > 0) {
    details.push({ kind: 'text', text: 'Blocking advisories (highest severity first):' });
    details.push({
      kind: 'table',
      columns: ['Advisory', 'Package', 'Severity', 'Vulnerable', 'Fixed in', 'Title'],
      rows: blocking.map((f) => [
        advisoryLink(f),
        f.package,
        severityText(f),
        f.range ?? '',
        fixText(f),
        f.title ?? '',
      ]),
    });
  }
  if (allowed.length > 0) {
    details.push({ kind: 'text', text: 'Allowed by the allowlist:' });
    details.push({
      kind: 'list',
      items: allowed
        .sort((a, b) => byImportance(a.finding, b.finding))
        .map(({ finding, entry }) => {
          const until = entry.expires ? `, until ${entry.expires}` : '';
          return `${finding.id} (${finding.package}, ${finding.severity}): ${entry.reason}${until}`;
        }),
    });
  }
  const warnings = allowlistWarnings(allows, expiredHits, reportNames.join(', '), 'advisory');
  // Unused entries are named in the summary, so the comment's table, the `result` output and the
  // CLI all say which to remove.
  const unused = allows.filter((a) => !a.used && !expiredHits.get(a)?.length).map((a) => String(a.entry.id));
  const unusedNote = unused.length
    ? `; unused allowlist ${unused.length === 1 ? 'entry' : 'entries'} (${unused.length === 1 ? 'matches' : 'match'} no advisory): ${unused.join(', ')}`
    : '';
  if (warnings.length > 0) {
    details.push({ kind: 'text', text: 'Warnings:' });
    details.push({ kind: 'list', items: warnings });
  }

  // Every allowlist entry goes into the comment's exceptions ledger, expired ones marked.
  const exceptions = allowlistExceptions(allows, ctx.gateId);
  if (over.length > 0) {
    const parts = over.map((s) => `${countedBy[s]} ${s} (max ${limitText(max[s])})`);
    return {
      status: 'fail',
      summary: `${plural(blocking.length, 'advisory', 'advisories')} over the limit: ${parts.join(', ')}${unusedNote}`,
      details,
      ...(exceptions.length ? { exceptions } : {}),
    };
  }
  const extra: string[] = [];
  if (counted.length > 0) extra.push(`${counted.length} within the limits`);
  if (allowed.length > 0) extra.push(`${allowed.length} allowed`);
  return {
    status: 'pass',
    summary:
      (facts.findings.length === 0
        ? `No known advisories in ${plural(facts.reports.length, 'audit report')}`
        : `No advisories over the limits (${extra.join(', ')})`) + unusedNote,
    details,
    ...(exceptions.length ? { exceptions } : {}),
  };
}

function formatName(format: AuditFormat): string {
  switch (format) {
    case 'npm-7':
      return 'npm 7+ audit';
    case 'npm-6':
      return 'npm 6 / pnpm / yarn 2-3 audit';
    case 'yarn-classic':
      return 'yarn 1 audit';
    case 'yarn-berry-4':
      return 'yarn 4 npm audit';
    case 'osv-scanner':
      return 'osv-scanner';
  }
}

/** What the gate checks, with every option resolved (for `shipgate explain`). */
export function explainAudit(gate: AuditGate): string[] {
  const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
  const max = effectiveMax(gate);
  const lines = [
    `Reads the audit report(s) ${reports.join(', ')} (each path or glob must match at least one file); ` +
      'the format is detected from the content: npm audit --json (npm 6 and 7+), yarn audit --json (yarn 1), ' +
      'yarn npm audit --json (yarn 2, 3, 4), pnpm audit --json, osv-scanner --format json.',
    gate['max-age']
      ? `A report last modified more than ${gate['max-age']} before now is refused (error).`
      : 'The age of the reports is not checked (no max-age).',
    'The same advisory for the same package is counted once, however many reports or dependency paths show it.',
    `Allows at most: ${SEVERITIES.map((s) => `${s} ${limitText(max[s])}`).join(', ')}; more in any severity fails.`,
  ];
  const allow = gate.allow ?? [];
  if (allow.length === 0) lines.push('No allowlist: every advisory counts.');
  else {
    lines.push(
      'Allowlist (matches the advisory id or any alias, case-insensitive; an entry stops counting on its expiry day, UTC):',
    );
    for (const a of allow) {
      lines.push(`  - ${a.id}: ${a.reason}${a.expires ? ` (expires ${a.expires})` : ' (no expiry)'}`);
    }
  }
  return lines;
}

export const gate: GateLogic<'audit', AuditFacts> = {
  evaluate: evaluateAudit,
  explain: explainAudit,
  check: (gate) =>
    (gate.allow ?? []).flatMap((entry, i) =>
      entry.expires !== undefined && !isRealDate(entry.expires)
        ? [
            {
              path: ['allow', i, 'expires'],
              message: `"${entry.expires}" is not a real date; expected YYYY-MM-DD`,
            },
          ]
        : [],
    ),
};

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}
