/**
 * The `sarif` gate: code and security scan results (SARIF 2.1) stay within limits per level and
 * per security severity, after the allowlist. Pure: the files are read streaming by
 * src/sources/sarif.ts.
 */
import type { SarifAllow, SarifGate } from '../config/schema-types.generated.js';
import {
  allowlistExceptions,
  allowlistWarnings,
  matchAllow,
  allowlistError,
  prepareAllowlist,
  type AllowState,
  validDay,
} from './allowlist.js';
import type { Detail, EvalContext, GateLogic, GateOutcome } from './types.js';

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';
export const LEVELS = ['error', 'warning', 'note'] as const;
export const BANDS = ['critical', 'high', 'medium', 'low'] as const;
export type Band = (typeof BANDS)[number];
type Key = (typeof LEVELS)[number] | Band;

/**
 * Results that are the same in everything the gate judges, counted together (no message text:
 * scanners quote code and secrets in it).
 */
export interface SarifResult {
  ruleId: string;
  level: SarifLevel;
  /** properties.security-severity of the result or its rule, 0–10; null when neither has one. */
  securitySeverity: number | null;
  /** Suppressed in the source or by the tool (an accepted suppression). */
  suppressed: boolean;
  /** baselineState "absent": the finding is gone. */
  absent: boolean;
  tool: string;
  /** How many results. */
  count: number;
  /** "path:line" of the first location of the first few results. */
  locations: string[];
}

export interface SarifRunInfo {
  tool: string;
  results: number;
}

export interface SarifReportInfo {
  path: string;
  runs: SarifRunInfo[];
}

export interface SarifFacts {
  reports: SarifReportInfo[];
  results: SarifResult[];
}

/** GitHub code scanning's bands: critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low below. */
export function band(score: number): Band {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

export function sarifMax(gate: SarifGate): Record<Key, number> {
  const m = gate.max ?? {};
  return {
    error: m.error ?? 0,
    warning: m.warning ?? Infinity,
    note: m.note ?? Infinity,
    critical: m.critical ?? 0,
    high: m.high ?? 0,
    medium: m.medium ?? Infinity,
    low: m.low ?? Infinity,
  };
}

/** Rows shown in the blocking list; the rest are counted. */
const SHOWN = 30;

const limitText = (n: number) => (Number.isFinite(n) ? String(n) : 'unlimited');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function keysOf(r: SarifResult): Key[] {
  const keys: Key[] = [];
  if (r.level !== 'none') keys.push(r.level);
  if (r.securitySeverity !== null) keys.push(band(r.securitySeverity));
  return keys;
}

function rank(r: SarifResult): number {
  return -(r.securitySeverity ?? -1) * 10 - (r.level === 'error' ? 3 : r.level === 'warning' ? 2 : 1);
}

export function evaluate(gate: SarifGate, facts: SarifFacts, ctx: EvalContext): GateOutcome {
  const max = sarifMax(gate);
  const prepared = prepareAllowlist(gate.allow ?? [], ctx.now);
  if ('error' in prepared) return allowlistError(prepared.error);
  const allows = prepared.states;
  const zero = () => Object.fromEntries([...LEVELS, ...BANDS].map((k) => [k, 0])) as Record<Key, number>;
  const found = zero();
  const allowedBy = zero();
  const countedBy = zero();
  const counted: SarifResult[] = [];
  const allowed: { result: SarifResult; entry: SarifAllow }[] = [];
  let countedTotal = 0;
  let allowedTotal = 0;
  const expiredHits = new Map<AllowState<SarifAllow>, string[]>();
  let suppressed = 0;
  let absent = 0;
  let none = 0;
  for (const r of facts.results) {
    if (r.absent) {
      absent += r.count;
      continue;
    }
    if (r.suppressed) {
      suppressed += r.count;
      continue;
    }
    const keys = keysOf(r);
    if (keys.length === 0) {
      none += r.count;
      continue;
    }
    for (const k of keys) found[k] += r.count;
    const { active, matches } = matchAllow(allows, [r.ruleId]);
    if (active) {
      allowed.push({ result: r, entry: active.entry });
      allowedTotal += r.count;
      for (const k of keys) allowedBy[k] += r.count;
      continue;
    }
    for (const a of matches) {
      const hits = expiredHits.get(a) ?? [];
      if (!hits.includes(r.ruleId)) expiredHits.set(a, [...hits, r.ruleId]);
    }
    counted.push(r);
    countedTotal += r.count;
    for (const k of keys) countedBy[k] += r.count;
  }
  const over = ([...LEVELS, ...BANDS] as Key[]).filter((k) => countedBy[k] > max[k]);
  const blocking = counted
    .filter((r) => keysOf(r).some((k) => over.includes(k)))
    .sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  const blockingTotal = blocking.reduce((n, r) => n + r.count, 0);

  const details: Detail[] = [];
  details.push({
    kind: 'text',
    text: `Read ${plural(facts.reports.length, 'SARIF report')}: ${facts.reports
      .map((r) => `${r.path} (${r.runs.map((x) => `${x.tool}: ${plural(x.results, 'result')}`).join('; ')})`)
      .join('; ')}.`,
  });
  const rows = ([...LEVELS, ...BANDS] as Key[])
    .filter((k) => (LEVELS as readonly string[]).includes(k) || found[k] > 0 || Number.isFinite(max[k]))
    .map((k) => [
      (BANDS as readonly string[]).includes(k) ? `security ${k}` : k,
      String(found[k]),
      String(allowedBy[k]),
      String(countedBy[k]),
      limitText(max[k]),
      countedBy[k] > max[k] ? 'over the limit' : 'ok',
    ]);
  details.push({
    kind: 'table',
    columns: ['Level / severity', 'Found', 'Allowed', 'Counted', 'Max', 'Result'],
    rows,
  });
  const notes: string[] = [];
  if (suppressed > 0)
    notes.push(`${plural(suppressed, 'result')} suppressed in the code or by the tool, not counted.`);
  if (absent > 0) notes.push(`${plural(absent, 'result')} marked absent against the baseline, not counted.`);
  if (none > 0) notes.push(`${plural(none, 'result')} of level none (informational), not counted.`);
  if (notes.length > 0) details.push({ kind: 'list', items: notes });
  if (blocking.length > 0) {
    details.push({ kind: 'text', text: 'Blocking results (most severe first):' });
    details.push({
      kind: 'table',
      columns: ['Rule', 'Level', 'Security severity', 'Results', 'Where (first ones)', 'Tool'],
      rows: blocking
        .slice(0, SHOWN)
        .map((r) => [
          r.ruleId,
          r.level,
          r.securitySeverity === null ? '' : `${band(r.securitySeverity)} (${r.securitySeverity})`,
          String(r.count),
          r.locations.slice(0, 3).join(', ') + (r.count > 3 && r.locations.length > 0 ? ', …' : ''),
          r.tool,
        ]),
    });
    if (blocking.length > SHOWN) {
      details.push({
        kind: 'text',
        text: `… and ${blocking.length - SHOWN} more rules: see the SARIF reports.`,
      });
    }
  }
  if (allowed.length > 0) {
    const byRule = new Map<string, { entry: SarifAllow; n: number }>();
    for (const { result, entry } of allowed) {
      const e = byRule.get(result.ruleId) ?? { entry, n: 0 };
      e.n += result.count;
      byRule.set(result.ruleId, e);
    }
    details.push({ kind: 'text', text: 'Allowed by the allowlist:' });
    details.push({
      kind: 'list',
      items: [...byRule].map(
        ([rule, { entry, n }]) =>
          `${rule} (${plural(n, 'result')}): ${entry.reason}${entry.expires ? `, until ${entry.expires}` : ''}`,
      ),
    });
  }
  const warnings = allowlistWarnings(
    allows,
    expiredHits,
    facts.reports.map((r) => r.path).join(', '),
    'rule',
  );
  if (warnings.length > 0) {
    details.push({ kind: 'text', text: 'Warnings:' });
    details.push({ kind: 'list', items: warnings });
  }

  const exceptions = allowlistExceptions(allows, ctx.gateId);
  const ledger = exceptions.length > 0 ? { exceptions } : {};
  if (over.length > 0) {
    const parts = over.map(
      (k) =>
        `${countedBy[k]} ${(BANDS as readonly string[]).includes(k) ? `${k} severity` : k} (max ${limitText(max[k])})`,
    );
    return {
      status: 'fail',
      summary: `${plural(blockingTotal, 'scan result')} over the limit: ${parts.join(', ')}`,
      details,
      ...ledger,
    };
  }
  const extra: string[] = [];
  if (countedTotal > 0) extra.push(`${countedTotal} within the limits`);
  if (allowedTotal > 0) extra.push(`${allowedTotal} allowed`);
  if (suppressed > 0) extra.push(`${suppressed} suppressed`);
  return {
    status: 'pass',
    summary:
      extra.length === 0
        ? `No scan results in ${plural(facts.reports.length, 'SARIF report')}`
        : `No scan results over the limits (${extra.join(', ')})`,
    details,
    ...ledger,
  };
}

export function explain(gate: SarifGate): string[] {
  const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
  const max = sarifMax(gate);
  const lines = [
    `Reads the SARIF 2.1 report(s) ${reports.join(', ')} (each path or glob must match at least one file; all are merged).`,
    'A file that is not complete SARIF 2.1.0, a run without results, or a run whose invocation failed is an error.',
    gate['max-age']
      ? `A report last modified more than ${gate['max-age']} before now is refused (error).`
      : 'The age of the reports is not checked (no max-age).',
    'Suppressed results, results absent against a baseline and results of level none are not counted.',
    `Allows at most per level: ${LEVELS.map((k) => `${k} ${limitText(max[k])}`).join(', ')}; per security severity ` +
      `(rules with properties.security-severity; critical ≥ 9, high ≥ 7, medium ≥ 4, low below): ${BANDS.map((k) => `${k} ${limitText(max[k])}`).join(', ')}.`,
  ];
  const allow = gate.allow ?? [];
  if (allow.length === 0) lines.push('No allowlist: every result counts.');
  else {
    lines.push(
      'Allowlist (matches the rule id, case-insensitive; an entry stops counting on its expiry day, UTC):',
    );
    for (const a of allow)
      lines.push(`  - ${a.id}: ${a.reason}${a.expires ? ` (expires ${a.expires})` : ' (no expiry)'}`);
  }
  return lines;
}

export const gate: GateLogic<'sarif', SarifFacts> = {
  evaluate,
  explain,
  check: (config) =>
    (config.allow ?? []).flatMap((entry, i) =>
      entry.expires !== undefined && validDay(entry.expires) === null
        ? [
            {
              path: ['allow', i, 'expires'],
              message: `"${entry.expires}" is not a real date; expected YYYY-MM-DD`,
            },
          ]
        : [],
    ),
};
