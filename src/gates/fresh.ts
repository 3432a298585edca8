/**
 * The `fresh` gate: something happened recently enough (a backup verified, migrations tested on
 * staging, a load test run this week). The instant comes from the newest file of a glob, a JSON
 * field of an HTTP answer, or a command's output (src/sources/fresh.ts); here it is judged.
 */
import type { FreshGate } from '../config/schema-types.generated.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import type { EvalContext, GateConfigProblem, GateLogic, GateOutcome } from './types.js';

export interface FreshFacts {
  /** Where the instant came from, for people: "newest of backups/*.dump: backups/db.dump". */
  subject: string;
  /** ISO instant. */
  at: string;
}

/** Clocks of different machines disagree a little: this much in the future is still "now". */
export const CLOCK_SKEW_MS = 60_000;

export function evaluate(gate: FreshGate, facts: FreshFacts, ctx: EvalContext): GateOutcome {
  const maxAge = parseDuration(gate['max-age']);
  if (maxAge === null || maxAge <= 0) {
    return {
      status: 'error',
      summary: `max-age ${gate['max-age']} is not a positive duration (write e.g. 24h or 7d)`,
    };
  }
  const at = new Date(facts.at);
  if (Number.isNaN(at.getTime())) return { status: 'error', summary: `${facts.subject}: no valid time` };
  const age = ctx.now.getTime() - at.getTime();
  const when = at.toISOString().replace(/\.000Z$/, 'Z');
  const details = [{ kind: 'text' as const, text: `${facts.subject}: ${when}.` }];
  if (age < -CLOCK_SKEW_MS) {
    return {
      status: 'error',
      summary: `${facts.subject} is ${formatDuration(-age)} in the future (${when}): a wrong clock or a wrong field, so its age cannot be trusted`,
      details,
    };
  }
  const ageText = age <= 0 ? 'just now' : `${formatDuration(age)} ago`;
  if (age > maxAge) {
    return {
      status: 'fail',
      summary: `${facts.subject} is from ${ageText}, older than max-age ${gate['max-age']}`,
      details,
    };
  }
  return {
    status: 'pass',
    summary: `${facts.subject} is from ${ageText}, within max-age ${gate['max-age']}`,
    details,
  };
}

export function explain(gate: FreshGate): string[] {
  const source = gate.files
    ? `the modification time of the newest file matching ${(Array.isArray(gate.files) ? gate.files : [gate.files]).join(', ')}`
    : gate.url
      ? `the timestamp at ${gate.pointer ?? '(pointer missing)'} in the JSON answer of ${gate.url}`
      : `the last line printed by \`${gate.run}\` (ISO 8601 with offset, or Unix seconds)`;
  return [
    `Reads ${source}.`,
    `Passes when it is at most ${gate['max-age']} old. A time more than a minute in the future, or a missing or unreadable one, is an error.`,
  ];
}

function check(config: FreshGate): GateConfigProblem[] {
  const set = (['files', 'url', 'run'] as const).filter((k) => config[k] !== undefined);
  const out: GateConfigProblem[] = [];
  if (set.length !== 1) {
    out.push({
      path: set.length > 1 ? [set[1]!] : [],
      message:
        set.length > 1
          ? `set only one of files, url or run (this gate sets ${set.join(' and ')})`
          : 'set one of files, url (with pointer) or run: where the time comes from',
    });
  }
  if (config.url !== undefined && config.pointer === undefined) {
    out.push({
      path: ['url'],
      message: 'url needs pointer: the JSON Pointer of the timestamp, e.g. /backup/verifiedAt',
    });
  }
  if (config.url === undefined && (config.pointer !== undefined || config.headers !== undefined)) {
    out.push({
      path: [config.pointer !== undefined ? 'pointer' : 'headers'],
      message: 'pointer and headers only go with url',
    });
  }
  if (parseDuration(config['max-age']) === 0)
    out.push({ path: ['max-age'], message: 'max-age must be longer than 0' });
  return out;
}

export const gate: GateLogic<'fresh', FreshFacts> = { evaluate, explain, check };
