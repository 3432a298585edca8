/**
 * Severity normalisation to our five levels (critical, high, moderate, low, info), and the CVSS v3
 * base score for osv-scanner entries that carry only a vector.
 */
import type { Severity } from '../../gates/audit.js';

/** severityNote of an advisory no source rated: counted as critical (fail closed). */
export const UNKNOWN_SEVERITY_NOTE = 'severity unknown, counted as critical';

/** Qualitative names used by npm, GitHub (GHSA database_specific), OSV sources and distros. */
const WORDS: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'moderate',
  medium: 'moderate',
  low: 'low',
  negligible: 'low',
  info: 'info',
  none: 'info',
};

/** Maps a qualitative severity word; null when it is not one. */
export function severityFromWord(word: string): Severity | null {
  return WORDS[word.trim().toLowerCase()] ?? null;
}

/**
 * CVSS qualitative rating bands (FIRST, CVSS v3.1 specification section 5): 0.0 none -> info,
 * 0.1-3.9 low, 4.0-6.9 medium -> moderate, 7.0-8.9 high, 9.0-10.0 critical.
 */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'moderate';
  if (score > 0) return 'low';
  return 'info';
}

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** CVSS v3.1 Roundup: the smallest number with one decimal that is >= the input (float-safe). */
function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/**
 * Base score of a CVSS v3.0/v3.1 vector ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H" -> 7.5), or
 * null when the text is not a complete v3 vector. Temporal and environmental metrics are ignored.
 */
export function cvss3BaseScore(vector: string): number | null {
  const parts = vector.trim().split('/');
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return null;
  const m: Record<string, string> = {};
  for (const p of parts.slice(1)) {
    const [k, v] = p.split(':');
    if (k === undefined || v === undefined) return null;
    m[k] = v;
  }
  const pick = <T extends Record<string, number>>(table: T, key: string): number | null =>
    Object.hasOwn(table, m[key] ?? '') ? table[m[key] as keyof T]! : null;
  const av = pick(WEIGHTS.AV, 'AV');
  const ac = pick(WEIGHTS.AC, 'AC');
  const ui = pick(WEIGHTS.UI, 'UI');
  const c = pick(WEIGHTS.CIA, 'C');
  const i = pick(WEIGHTS.CIA, 'I');
  const a = pick(WEIGHTS.CIA, 'A');
  const scope = m.S;
  if (av === null || ac === null || ui === null || c === null || i === null || a === null) return null;
  if (scope !== 'U' && scope !== 'C') return null;
  const changed = scope === 'C';
  const pr = { N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 }[m.PR ?? ''];
  if (pr === undefined) return null;

  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}
