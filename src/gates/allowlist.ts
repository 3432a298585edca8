/**
 * The allowlist shared by the report gates (`audit`, `sarif`): entries `{ id, reason, expires? }`
 * that accept a finding by id, case-insensitive. An entry stops counting on its expiry day (UTC);
 * expired and unused entries are reported so the list does not rot.
 */

import type { ExceptionRecord, GateOutcome } from './types.js';

export interface AllowEntry {
  id: string | number;
  reason: string;
  expires?: string;
}

export interface AllowState<E extends AllowEntry = AllowEntry> {
  entry: E;
  expired: boolean;
  used: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date YYYY-MM-DD, or null. */
export function validDay(text: string): string | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text ? text : null;
}

export function normId(id: string | number): string {
  return String(id).trim().toLowerCase();
}

/**
 * Resolves expiry against `now`. Returns the states, or the message of the first entry whose
 * `expires` is not a real date (the gate is then an error).
 */
export function prepareAllowlist<E extends AllowEntry>(
  entries: readonly E[],
  now: Date,
): { states: AllowState<E>[] } | { error: string } {
  const today = now.toISOString().slice(0, 10);
  const states: AllowState<E>[] = [];
  for (const entry of entries) {
    let expired = false;
    if (entry.expires !== undefined) {
      const day = validDay(entry.expires);
      if (!day)
        return { error: `Allow entry ${entry.id} has expires: ${entry.expires}, which is not a real date` };
      expired = today >= day;
    }
    states.push({ entry, expired, used: false });
  }
  return { states };
}

/**
 * The entries matching any of `ids` are marked used; returns the first one still in force (the
 * finding is allowed) and every match (for reporting expired ones).
 */
export function matchAllow<E extends AllowEntry>(
  states: AllowState<E>[],
  ids: readonly string[],
): { active: AllowState<E> | undefined; matches: AllowState<E>[] } {
  const wanted = ids.map(normId);
  const matches = states.filter((a) => wanted.includes(normId(a.entry.id)));
  for (const a of matches) a.used = true;
  return { active: matches.find((a) => !a.expired), matches };
}

/**
 * Warnings about expired and unused entries. `countsAgain` names, per expired entry, the findings
 * it no longer covers; `where` names what was searched ("audit.json, yarn.json").
 */
export function allowlistWarnings<E extends AllowEntry>(
  states: readonly AllowState<E>[],
  countsAgain: ReadonlyMap<AllowState<E>, string[]>,
  where: string,
  kind: string,
): string[] {
  const warnings: string[] = [];
  for (const a of states) {
    if (a.expired) {
      const hits = countsAgain.get(a) ?? [];
      const what =
        hits.length > 0
          ? `; ${hits.join(', ')} counts again`
          : a.used
            ? ''
            : `; it matches no ${kind} in the reports either: remove it`;
      warnings.push(`allow entry ${a.entry.id} expired on ${a.entry.expires}${what}`);
    } else if (!a.used) {
      warnings.push(
        `allow entry ${a.entry.id} matches no ${kind} in ${where}: remove it so the allowlist does not rot`,
      );
    }
  }
  return warnings;
}

/** Every entry, for the comment's exceptions ledger; expired ones marked. */
export function allowlistExceptions(states: readonly AllowState[], gateId: string): ExceptionRecord[] {
  return states.map((a) => ({
    kind: 'allowlist',
    gate: gateId,
    subject: String(a.entry.id),
    reason: a.entry.reason,
    until: a.entry.expires ?? null,
    ...(a.expired ? { expired: true } : {}),
  }));
}

/** The outcome for an allowlist that cannot be used (an `expires` that is not a real date). */
export function allowlistError(error: string): GateOutcome {
  return {
    status: 'error',
    summary: error,
    details: [{ kind: 'text', text: 'Write expires as YYYY-MM-DD, a date that exists (e.g. 2027-01-31).' }],
  };
}
