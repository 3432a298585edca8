/**
 * `http` gate: an HTTP endpoint answers as expected (status, latency, body text, a JSON value).
 * Pure: judges the requests the source made. The source retries while an answer does not meet
 * the expectations (a service still starting), so the verdict is about the last attempt.
 */
import type { HttpGate } from '../config/schema-types.generated.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import type { Detail, EvalContext, GateOutcome } from './types.js';
import type { GateLogic } from './types.js';

/** One request and its answer. */
export interface HttpResponseFact {
  /** HTTP status, or null when no answer came (connection refused, timeout, DNS). */
  status: number | null;
  /** From request start to the last byte of the body, in ms. */
  latencyMs: number;
  /** The start of the body (at most HTTP_BODY_LIMIT characters). */
  body: string;
  bodyTruncated: boolean;
  /** `Location` of a redirect that was not followed. */
  location?: string;
  /** Why no answer came. Never contains header values. */
  error?: string;
}

/** One attempt: `samples` requests in a row. */
export interface HttpAttempt {
  attempt: number;
  responses: HttpResponseFact[];
}

export interface HttpFacts {
  /** The URL as written in the config (`${{ env.X }}` not substituted, so no secret is shown). */
  url: string;
  method: string;
  attempts: HttpAttempt[];
  /** Set when the run's deadline stopped the retries early. */
  aborted?: boolean;
}

/** Body characters kept per response for body-contains and json checks. */
export const HTTP_BODY_LIMIT = 1024 * 1024;
/** Body characters shown in the details. */
const SHOWN_BODY = 2000;

/** Effective options with defaults applied. */
export interface HttpOptions {
  method: string;
  statuses: number[] | '2xx';
  maxMs: number | undefined;
  retries: number;
  intervalMs: number;
  timeoutMs: number;
  samples: number;
  followRedirects: boolean;
}

export function httpOptions(gate: HttpGate): HttpOptions {
  const s = gate.expect?.status;
  return {
    method: gate.method ?? (gate.body !== undefined ? 'POST' : 'GET'),
    statuses: s === undefined ? '2xx' : Array.isArray(s) ? s : [s],
    maxMs: gate.expect?.['max-ms'],
    retries: gate.retries ?? 0,
    intervalMs: parseDuration(gate.interval ?? '5s') ?? 5000,
    timeoutMs: parseDuration(gate.timeout ?? '10s') ?? 10_000,
    samples: gate.samples ?? 1,
    followRedirects: gate['follow-redirects'] ?? true,
  };
}

function describeStatuses(s: number[] | '2xx'): string {
  if (s === '2xx') return '2xx';
  if (s.length === 1) return String(s[0]);
  return `${s.slice(0, -1).join(', ')} or ${s[s.length - 1]}`;
}

/** p95 by nearest rank: the smallest latency that at least 95% of the samples do not exceed. */
export function p95(latencies: number[]): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1]!;
}

/** Value at a dot path (`checks.0.name`); `found: false` when a step is missing. */
function atPath(value: unknown, path: string): { found: boolean; value?: unknown } {
  let cur: unknown = value;
  if (path.trim() === '' || path === '.') return { found: true, value };
  for (const key of path.split('.')) {
    if (Array.isArray(cur) && /^\d+$/.test(key) && Number(key) < cur.length) cur = cur[Number(key)];
    else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && Object.hasOwn(cur, key))
      cur = (cur as Record<string, unknown>)[key];
    else return { found: false };
  }
  return { found: true, value: cur };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b as object, k) &&
        deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

const short = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/** What is wrong with one answer, ignoring latency (empty: it meets the expectations). */
export function responseProblems(gate: HttpGate, r: HttpResponseFact): string[] {
  if (r.status === null) return [`no answer: ${r.error ?? 'request failed'}`];
  const o = httpOptions(gate);
  const problems: string[] = [];
  const statusOk = o.statuses === '2xx' ? r.status >= 200 && r.status < 300 : o.statuses.includes(r.status);
  if (!statusOk)
    problems.push(
      `status ${r.status}${r.location ? ` (redirect to ${r.location})` : ''}, expected ${describeStatuses(o.statuses)}`,
    );
  const contains = gate.expect?.['body-contains'];
  if (contains !== undefined && !r.body.includes(contains))
    problems.push(
      `body does not contain ${JSON.stringify(contains)}${r.bodyTruncated ? ' (in its first 1 MB)' : ''}`,
    );
  const json = gate.expect?.json;
  if (json) {
    let parsed: unknown;
    let ok = true;
    try {
      parsed = JSON.parse(r.body);
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        r.bodyTruncated ? 'body is larger than 1 MB, so its JSON could not be checked' : 'body is not JSON',
      );
    else {
      const at = atPath(parsed, json.path);
      if (!at.found) problems.push(`JSON has no value at ${json.path}`);
      else if (!deepEqual(at.value, json.equals))
        problems.push(`JSON ${json.path} is ${short(at.value)}, expected ${short(json.equals)}`);
    }
  }
  return problems;
}

export interface AttemptVerdict {
  ok: boolean;
  problems: string[];
  /** Latency judged: the single request's, or the p95 over samples. */
  latencyMs: number | null;
}

/** Judges one attempt: every answer meets the expectations and the (p95) latency is within max-ms. */
export function judgeHttpAttempt(gate: HttpGate, attempt: HttpAttempt): AttemptVerdict {
  const o = httpOptions(gate);
  const problems: string[] = [];
  const n = attempt.responses.length;
  attempt.responses.forEach((r, i) => {
    for (const p of responseProblems(gate, r)) {
      const line = n > 1 ? `request ${i + 1}/${n}: ${p}` : p;
      if (!problems.includes(line)) problems.push(line);
    }
  });
  if (n === 0) problems.push('no request was made');
  const answered = attempt.responses.filter((r) => r.status !== null).map((r) => r.latencyMs);
  const latency = answered.length === 0 ? null : n > 1 ? p95(answered) : answered[0]!;
  if (o.maxMs !== undefined && latency !== null && latency > o.maxMs)
    problems.push(
      n > 1
        ? `p95 latency ${Math.round(latency)} ms over ${n} requests, max ${o.maxMs} ms`
        : `took ${Math.round(latency)} ms, max ${o.maxMs} ms`,
    );
  return { ok: problems.length === 0, problems, latencyMs: latency };
}

function attemptRow(gate: HttpGate, a: HttpAttempt): string[] {
  const v = judgeHttpAttempt(gate, a);
  const statuses = [
    ...new Set(a.responses.map((r) => (r.status === null ? 'no answer' : String(r.status)))),
  ].join(', ');
  return [
    String(a.attempt),
    statuses,
    v.latencyMs === null ? '-' : `${Math.round(v.latencyMs)} ms${a.responses.length > 1 ? ' (p95)' : ''}`,
    v.ok ? 'ok' : v.problems.join('; '),
  ];
}

/** Judges the last attempt the source made. */
export function evaluateHttp(gate: HttpGate, facts: HttpFacts, _ctx: EvalContext): GateOutcome {
  const o = httpOptions(gate);
  const last = facts.attempts[facts.attempts.length - 1];
  const target = `${facts.method} ${facts.url}`;
  if (!last)
    return {
      status: 'error',
      summary: `${target} was not requested${facts.aborted ? ': the run deadline passed first' : ''}`,
    };
  const verdict = judgeHttpAttempt(gate, last);
  const details: Detail[] = [];
  const headerNames = Object.keys(gate.headers ?? {});
  if (headerNames.length > 0)
    details.push({ kind: 'text', text: `Headers sent: ${headerNames.join(', ')} (values hidden).` });
  details.push({
    kind: 'table',
    columns: ['Attempt', 'Status', 'Latency', 'Result'],
    rows: facts.attempts.map((a) => attemptRow(gate, a)),
  });
  const n = facts.attempts.length;
  const tries = n > 1 ? ` after ${n} attempts` : '';
  const latency =
    verdict.latencyMs === null
      ? ''
      : last.responses.length > 1
        ? ` (p95 ${Math.round(verdict.latencyMs)} ms over ${last.responses.length} requests)`
        : ` in ${Math.round(verdict.latencyMs)} ms`;
  if (verdict.ok) {
    const status = last.responses[0]?.status;
    return { status: 'pass', summary: `${target} answered ${status}${latency}${tries}`, details };
  }
  const failing = last.responses.find((r) => responseProblems(gate, r).length > 0) ?? last.responses[0];
  if (failing && failing.body) {
    const shown =
      failing.body.length > SHOWN_BODY
        ? `${failing.body.slice(0, SHOWN_BODY)}\n[... truncated]`
        : failing.body;
    details.push({ kind: 'text', text: 'Response body (start):' }, { kind: 'code', text: shown });
  }
  if (facts.aborted) details.push({ kind: 'text', text: 'Retries stopped early: the run deadline passed.' });
  else if (o.retries > 0 && n <= o.retries)
    details.push({ kind: 'text', text: `Stopped after ${n} of ${o.retries + 1} attempts.` });
  return {
    status: 'fail',
    summary: `${target}: ${verdict.problems[0]}${verdict.problems.length > 1 ? ` (+${verdict.problems.length - 1} more)` : ''}${n > 1 ? ` (${n} attempts)` : ''}`,
    details,
  };
}

/** What the gate checks, with defaults applied. */
export function explainHttp(gate: HttpGate): string[] {
  const o = httpOptions(gate);
  const e = gate.expect ?? {};
  const lines = [
    `Request: ${o.method} ${gate.url}${gate.body !== undefined ? ' with a body' : ''}.`,
    `Headers: ${Object.keys(gate.headers ?? {}).join(', ') || 'none'}${gate.headers ? ' (values hidden)' : ''}.`,
    `Expects status ${describeStatuses(o.statuses)}${o.statuses === '2xx' ? ' (default)' : ''}.`,
    o.maxMs === undefined
      ? 'Latency: not checked.'
      : o.samples > 1
        ? `Latency: p95 of ${o.samples} requests at most ${o.maxMs} ms.`
        : `Latency: at most ${o.maxMs} ms (request start to the end of the body).`,
  ];
  if (e['body-contains'] !== undefined) lines.push(`Body contains ${JSON.stringify(e['body-contains'])}.`);
  if (e.json) lines.push(`JSON value at ${e.json.path} equals ${JSON.stringify(e.json.equals)}.`);
  lines.push(
    `Timeout per request: ${formatDuration(o.timeoutMs)}; redirects ${o.followRedirects ? 'followed' : 'not followed (a 3xx is judged as-is)'}.`,
    o.retries > 0
      ? `Retries: up to ${o.retries} more attempt(s), ${formatDuration(o.intervalMs)} apart, while the answer does not meet the expectations.`
      : 'Retries: none (one attempt).',
  );
  return lines;
}

export const gate: GateLogic<'http', HttpFacts> = { evaluate: evaluateHttp, explain: explainHttp };
