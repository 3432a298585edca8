/**
 * `http` gate: HTTP endpoints answer as expected (status, latency over samples, body text, JSON
 * values by JSON Pointer, response headers, the TLS certificate). Pure: judges the requests the
 * source made. The source retries while an answer does not meet the expectations (a service
 * still starting), so the verdict is about each URL's last attempt; every URL must pass.
 */
import type { HttpGate, HttpJsonAssertion } from '../config/schema-types.generated.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import { resolvePointer } from '../util/json-pointer.js';
import type { Detail, EvalContext, GateOutcome } from './types.js';
import type { GateConfigProblem, GateLogic } from './types.js';
import { checkRegex, sampleProblems } from './sample-check.js';

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
  /** The response headers the gate checks (lower-case names), and only those. */
  headers?: Record<string, string>;
  /** The certificate verdict of the connection (https with expect.tls). */
  tls?: {
    authorized: boolean;
    authorizationError?: string;
    hostError?: string;
    subject?: string;
    issuer?: string;
    validFrom?: string;
    validTo?: string;
  };
}

/** One attempt: `samples` requests in a row. */
export interface HttpAttempt {
  attempt: number;
  responses: HttpResponseFact[];
}

/** One URL's requests. */
export interface HttpTargetFacts {
  /** The URL as written in the config (`${{ env.X }}` not substituted, so no secret is shown). */
  url: string;
  method: string;
  attempts: HttpAttempt[];
  /** Set when the run's deadline stopped the retries early. */
  aborted?: boolean;
}

export interface HttpFacts {
  targets: HttpTargetFacts[];
}

/** The URLs of the gate: `urls`, or the one `url`. */
export function targetsOf(gate: HttpGate): string[] {
  return gate.urls ?? (gate.url !== undefined ? [gate.url] : []);
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
  p95Ms: number | undefined;
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
    p95Ms: gate.expect?.['p95-ms'],
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

const DAY_MS = 86_400_000;

function jsonProblems(gate: HttpGate, parsed: unknown): string[] {
  const json = gate.expect?.json;
  if (!json) return [];
  const out: string[] = [];
  if (typeof json.path === 'string') {
    // The older form: a dot path and a value it must equal.
    const at = atPath(parsed, json.path);
    if (!at.found) out.push(`JSON has no value at ${json.path}`);
    else if (!deepEqual(at.value, json.equals))
      out.push(`JSON ${json.path} is ${short(at.value)}, expected ${short(json.equals)}`);
    return out;
  }
  for (const [pointer, raw] of Object.entries(json)) {
    if (!pointer.startsWith('/') && pointer !== '') continue;
    const a = raw as HttpJsonAssertion;
    const at = resolvePointer(parsed, pointer);
    if (!at.found) {
      out.push(`JSON has no value at ${pointer}`);
      continue;
    }
    const v = at.value;
    if ('equals' in a && !deepEqual(v, a.equals))
      out.push(`JSON ${pointer} is ${short(v)}, expected ${short(a.equals)}`);
    if (a.in && !a.in.some((x) => deepEqual(v, x)))
      out.push(`JSON ${pointer} is ${short(v)}, expected one of ${a.in.map(short).join(', ')}`);
    if (a.matches !== undefined) {
      if (typeof v !== 'string')
        out.push(`JSON ${pointer} is ${short(v)}, expected a string matching /${a.matches}/`);
      else if (!new RegExp(a.matches, 'u').test(v))
        out.push(`JSON ${pointer} is ${short(v)}, which does not match /${a.matches}/`);
    }
    if (a.min !== undefined || a.max !== undefined) {
      if (typeof v !== 'number') out.push(`JSON ${pointer} is ${short(v)}, expected a number`);
      else {
        if (a.min !== undefined && v < a.min) out.push(`JSON ${pointer} is ${v}, below min ${a.min}`);
        if (a.max !== undefined && v > a.max) out.push(`JSON ${pointer} is ${v}, above max ${a.max}`);
      }
    }
  }
  return out;
}

function headerProblems(gate: HttpGate, r: HttpResponseFact): string[] {
  const out: string[] = [];
  for (const [name, want] of Object.entries(gate.expect?.headers ?? {})) {
    const v = r.headers?.[name.toLowerCase()];
    if (want.present === false) {
      if (v !== undefined) out.push(`header ${name} is present (${short(v)}), expected it absent`);
      continue;
    }
    if (v === undefined) {
      out.push(`header ${name} is missing`);
      continue;
    }
    if (want.equals !== undefined && v !== want.equals)
      out.push(`header ${name} is ${short(v)}, expected ${short(want.equals)}`);
    if (want.matches !== undefined && !new RegExp(want.matches, 'u').test(v))
      out.push(`header ${name} is ${short(v)}, which does not match /${want.matches}/`);
  }
  return out;
}

const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
]);

const day = (iso: string) => iso.slice(0, 10);

function tlsProblems(gate: HttpGate, r: HttpResponseFact, now: Date): string[] {
  const want = gate.expect?.tls;
  if (!want) return [];
  const t = r.tls;
  if (!t) return ['no TLS certificate to check (expect.tls needs an https:// url)'];
  const out: string[] = [];
  const code = t.authorizationError;
  if (t.hostError) out.push(`certificate is not valid for this host: ${t.hostError}`);
  if (code === 'CERT_HAS_EXPIRED' || (t.validTo && Date.parse(t.validTo) < now.getTime()))
    out.push(`certificate expired on ${t.validTo ? day(t.validTo) : 'an earlier date'}`);
  else if (code === 'CERT_NOT_YET_VALID')
    out.push(`certificate is not valid before ${t.validFrom ? day(t.validFrom) : 'a later date'}`);
  else if (code && UNTRUSTED.has(code))
    out.push(
      `certificate chain is not trusted (${code}${t.issuer ? `, issued by ${t.issuer}` : ''})${want.ca ? ` by the CA in ${want.ca}` : '; for an internal CA set expect.tls.ca'}`,
    );
  else if (code && code !== 'ERR_TLS_CERT_ALTNAME_INVALID') out.push(`certificate is not accepted (${code})`);
  else if (!t.authorized && !t.hostError) out.push('certificate is not accepted');
  const minDays = want['min-days'] ?? 14;
  if (t.validTo && !out.length) {
    const left = Math.floor((Date.parse(t.validTo) - now.getTime()) / DAY_MS);
    if (left < minDays)
      out.push(`certificate expires in ${left} day(s) (on ${day(t.validTo)}), at least ${minDays} required`);
  }
  return out;
}

/** What is wrong with one answer, ignoring latency (empty: it meets the expectations). */
export function responseProblems(gate: HttpGate, r: HttpResponseFact, now: Date = new Date()): string[] {
  if (r.status === null) return [`no answer: ${r.error ?? 'request failed'}`];
  const o = httpOptions(gate);
  const problems: string[] = [...tlsProblems(gate, r, now)];
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
  problems.push(...headerProblems(gate, r));
  if (gate.expect?.json) {
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
    else problems.push(...jsonProblems(gate, parsed));
  }
  return problems;
}

export interface AttemptVerdict {
  ok: boolean;
  problems: string[];
  /** Latency judged: the single request's, else the p95 over the samples. */
  latencyMs: number | null;
  /** Slowest answered request. */
  maxMs: number | null;
}

/** Judges one attempt: every answer meets the expectations and the latency is within p95-ms / max-ms. */
export function judgeHttpAttempt(
  gate: HttpGate,
  attempt: HttpAttempt,
  now: Date = new Date(),
): AttemptVerdict {
  const o = httpOptions(gate);
  const problems: string[] = [];
  const n = attempt.responses.length;
  attempt.responses.forEach((r, i) => {
    for (const p of responseProblems(gate, r, now)) {
      const line = n > 1 ? `request ${i + 1}/${n}: ${p}` : p;
      // The same problem in every sample is said once.
      if (!problems.some((q) => q.replace(/^request \d+\/\d+: /, '') === p)) problems.push(line);
    }
  });
  if (n === 0) problems.push('no request was made');
  const answered = attempt.responses.filter((r) => r.status !== null).map((r) => r.latencyMs);
  const latency = answered.length === 0 ? null : n > 1 ? p95(answered) : answered[0]!;
  const slowest = answered.length === 0 ? null : Math.max(...answered);
  if (o.p95Ms !== undefined && latency !== null && latency > o.p95Ms)
    problems.push(
      n > 1
        ? `p95 latency ${Math.round(latency)} ms over ${n} requests, max ${o.p95Ms} ms`
        : `took ${Math.round(latency)} ms, p95-ms ${o.p95Ms} ms`,
    );
  if (o.maxMs !== undefined && slowest !== null && slowest > o.maxMs)
    problems.push(
      n > 1
        ? `slowest of ${n} requests took ${Math.round(slowest)} ms, max ${o.maxMs} ms`
        : `took ${Math.round(slowest)} ms, max ${o.maxMs} ms`,
    );
  return { ok: problems.length === 0, problems, latencyMs: latency, maxMs: slowest };
}

function attemptRow(gate: HttpGate, a: HttpAttempt, now: Date, url?: string): string[] {
  const v = judgeHttpAttempt(gate, a, now);
  const statuses = [
    ...new Set(a.responses.map((r) => (r.status === null ? 'no answer' : String(r.status)))),
  ].join(', ');
  const latency =
    v.latencyMs === null
      ? '-'
      : a.responses.length > 1
        ? `p95 ${Math.round(v.latencyMs)} ms, max ${Math.round(v.maxMs ?? 0)} ms`
        : `${Math.round(v.latencyMs)} ms`;
  const row = [String(a.attempt), statuses, latency, v.ok ? 'ok' : v.problems.join('; ')];
  return url === undefined ? row : [url, ...row];
}

function tlsLine(t: NonNullable<HttpResponseFact['tls']>, now: Date): string {
  const left = t.validTo ? Math.floor((Date.parse(t.validTo) - now.getTime()) / DAY_MS) : null;
  return [
    `TLS certificate ${t.subject ?? '(no subject)'}`,
    t.issuer ? `issued by ${t.issuer}` : '',
    t.validTo ? `valid until ${day(t.validTo)} (${left} days left)` : '',
    t.authorized ? 'trusted' : `not accepted${t.authorizationError ? ` (${t.authorizationError})` : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
}

interface TargetVerdict {
  target: HttpTargetFacts;
  label: string;
  verdict: AttemptVerdict | null;
  summary: string;
  status: 'pass' | 'fail' | 'error';
}

function judgeTarget(gate: HttpGate, t: HttpTargetFacts, now: Date): TargetVerdict {
  const label = `${t.method} ${t.url}`;
  const last = t.attempts[t.attempts.length - 1];
  if (!last)
    return {
      target: t,
      label,
      verdict: null,
      status: 'error',
      summary: `${label} was not requested${t.aborted ? ': the run deadline passed first' : ''}`,
    };
  const verdict = judgeHttpAttempt(gate, last, now);
  const n = t.attempts.length;
  const tries = n > 1 ? ` after ${n} attempts` : '';
  const latency =
    verdict.latencyMs === null
      ? ''
      : last.responses.length > 1
        ? ` (p95 ${Math.round(verdict.latencyMs)} ms, max ${Math.round(verdict.maxMs ?? 0)} ms over ${last.responses.length} requests)`
        : ` in ${Math.round(verdict.latencyMs)} ms`;
  if (verdict.ok)
    return {
      target: t,
      label,
      verdict,
      status: 'pass',
      summary: `${label} answered ${last.responses[0]?.status}${latency}${tries}`,
    };
  return {
    target: t,
    label,
    verdict,
    status: 'fail',
    summary: `${label}: ${verdict.problems[0]}${verdict.problems.length > 1 ? ` (+${verdict.problems.length - 1} more)` : ''}${n > 1 ? ` (${n} attempts)` : ''}`,
  };
}

/** Judges each URL's last attempt; the gate passes when every URL does. */
export function evaluateHttp(gate: HttpGate, facts: HttpFacts, ctx: EvalContext): GateOutcome {
  const o = httpOptions(gate);
  const now = ctx.now;
  const judged = facts.targets.map((t) => judgeTarget(gate, t, now));
  if (!judged.length) return { status: 'error', summary: 'no URL to request' };
  const many = judged.length > 1;
  const details: Detail[] = [];
  const headerNames = Object.keys(gate.headers ?? {});
  if (headerNames.length > 0)
    details.push({ kind: 'text', text: `Headers sent: ${headerNames.join(', ')} (values hidden).` });
  details.push({
    kind: 'table',
    columns: [...(many ? ['URL'] : []), 'Attempt', 'Status', 'Latency', 'Result'],
    rows: judged.flatMap((j) =>
      j.target.attempts.map((a) => attemptRow(gate, a, now, many ? j.target.url : undefined)),
    ),
  });
  for (const j of judged) {
    const tls = j.target.attempts.at(-1)?.responses.find((r) => r.tls)?.tls;
    if (tls) details.push({ kind: 'text', text: `${many ? `${j.target.url}: ` : ''}${tlsLine(tls, now)}.` });
  }
  // The value sampled after a deploy: the latency judged, of the slowest URL.
  const latencies = judged.map((j) => j.verdict?.latencyMs).filter((v): v is number => typeof v === 'number');
  const value = latencies.length ? { value: Math.round(Math.max(...latencies)) } : {};
  const bad = judged.filter((j) => j.status !== 'pass');
  if (!bad.length) {
    const summary = many
      ? `${judged.length}/${judged.length} URLs answered as expected${latencies.length ? ` (slowest ${Math.round(Math.max(...latencies))} ms)` : ''}`
      : judged[0]!.summary;
    return { status: 'pass', summary, details, ...value };
  }
  const first = bad[0]!;
  const failing =
    first.target.attempts.at(-1)?.responses.find((r) => responseProblems(gate, r, now).length > 0) ??
    first.target.attempts.at(-1)?.responses[0];
  if (failing && failing.body) {
    const shown =
      failing.body.length > SHOWN_BODY
        ? `${failing.body.slice(0, SHOWN_BODY)}\n[... truncated]`
        : failing.body;
    details.push(
      { kind: 'text', text: `Response body (start)${many ? ` of ${first.target.url}` : ''}:` },
      { kind: 'code', text: shown },
    );
  }
  if (judged.some((j) => j.target.aborted))
    details.push({ kind: 'text', text: 'Retries stopped early: the run deadline passed.' });
  else if (o.retries > 0 && first.target.attempts.length <= o.retries)
    details.push({
      kind: 'text',
      text: `Stopped after ${first.target.attempts.length} of ${o.retries + 1} attempts.`,
    });
  const status = bad.every((j) => j.status === 'error') ? 'error' : 'fail';
  const summary = many ? `${bad.length}/${judged.length} URLs failed: ${first.summary}` : first.summary;
  return { status, summary, details, ...value };
}

/** What the gate checks, with defaults applied. */
export function explainHttp(gate: HttpGate): string[] {
  const o = httpOptions(gate);
  const e = gate.expect ?? {};
  const urls = targetsOf(gate);
  const latency: string[] = [];
  if (o.p95Ms !== undefined) latency.push(`p95 of ${o.samples} request(s) at most ${o.p95Ms} ms`);
  if (o.maxMs !== undefined) latency.push(`slowest of ${o.samples} request(s) at most ${o.maxMs} ms`);
  const lines = [
    `Request: ${o.method} ${urls.join(', ')}${gate.body !== undefined ? ' with a body' : ''}.`,
    `Headers: ${Object.keys(gate.headers ?? {}).join(', ') || 'none'}${gate.headers ? ' (values hidden)' : ''}.`,
    `Expects status ${describeStatuses(o.statuses)}${o.statuses === '2xx' ? ' (default)' : ''}.`,
    latency.length
      ? `Latency (request start to the end of the body): ${latency.join('; ')}.`
      : 'Latency: not checked.',
  ];
  if (e['body-contains'] !== undefined) lines.push(`Body contains ${JSON.stringify(e['body-contains'])}.`);
  if (e.json) {
    if (typeof e.json.path === 'string')
      lines.push(`JSON value at ${e.json.path} equals ${JSON.stringify(e.json.equals)}.`);
    else
      for (const [ptr, a] of Object.entries(e.json))
        lines.push(
          `JSON ${ptr}: ${Object.entries(a as object)
            .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
            .join(', ')}.`,
        );
  }
  for (const [name, h] of Object.entries(e.headers ?? {}))
    lines.push(
      `Header ${name}: ${h.present === false ? 'absent' : [h.equals !== undefined ? `equals ${JSON.stringify(h.equals)}` : '', h.matches !== undefined ? `matches /${h.matches}/` : '', 'present'].filter(Boolean).join(', ')}.`,
    );
  if (e.tls)
    lines.push(
      `TLS: certificate valid for the host, chain trusted by ${e.tls.ca ? `the CA in ${e.tls.ca}` : "the system's CAs"}, expires in at least ${e.tls['min-days'] ?? 14} days.`,
    );
  lines.push(
    `Timeout per request: ${formatDuration(o.timeoutMs)}; redirects ${o.followRedirects ? 'followed' : 'not followed (a 3xx is judged as-is)'}.`,
    o.retries > 0
      ? `Retries: up to ${o.retries} more attempt(s), ${formatDuration(o.intervalMs)} apart, while the answer does not meet the expectations.`
      : 'Retries: none (one attempt).',
  );
  return lines;
}

/** url/urls, the JSON form, regular expressions and TLS options the schema cannot tie together. */
function httpProblems(gate: HttpGate): GateConfigProblem[] {
  const g = gate as unknown as Record<string, unknown>;
  const out: GateConfigProblem[] = [];
  if (g.url !== undefined && g.urls !== undefined)
    out.push({ path: ['urls'], message: 'use either url or urls, not both' });
  else if (g.url === undefined && g.urls === undefined)
    out.push({ path: [], message: 'missing required key "url" (or "urls" for several)' });
  const expect = (g.expect ?? {}) as Record<string, unknown>;
  const json = expect.json as Record<string, unknown> | undefined;
  if (json) {
    const pointers = Object.keys(json).filter((k) => k.startsWith('/'));
    const old = 'path' in json || 'equals' in json;
    if (old && pointers.length)
      out.push({
        path: ['expect', 'json'],
        message:
          'mixes the older { path, equals } form with JSON Pointer keys; write every check as a pointer, e.g. /status: { equals: ok }',
      });
    else if (old && !('path' in json && 'equals' in json))
      out.push({
        path: ['expect', 'json'],
        message: `the older form needs both path and equals; or write a JSON Pointer key, e.g. /status: { equals: ok }`,
      });
    for (const p of pointers) {
      const a = json[p] as Record<string, unknown>;
      if (typeof a?.matches === 'string') checkRegex(out, ['expect', 'json', p, 'matches'], a.matches);
      if (typeof a?.min === 'number' && typeof a?.max === 'number' && a.min > a.max)
        out.push({
          path: ['expect', 'json', p, 'min'],
          message: `${p}: min ${a.min} is greater than max ${a.max}`,
        });
    }
  }
  for (const [name, h] of Object.entries((expect.headers ?? {}) as Record<string, Record<string, unknown>>)) {
    if (typeof h?.matches === 'string') checkRegex(out, ['expect', 'headers', name, 'matches'], h.matches);
    if (h?.present === false && (h.equals !== undefined || h.matches !== undefined))
      out.push({
        path: ['expect', 'headers', name],
        message: `header ${name}: present: false cannot be combined with equals or matches`,
      });
  }
  if (expect.tls !== undefined && typeof g.url === 'string' && g.url.startsWith('http://'))
    out.push({ path: ['expect', 'tls'], message: 'expect.tls needs an https:// url' });
  return out;
}

export const gate: GateLogic<'http', HttpFacts> = {
  evaluate: evaluateHttp,
  explain: explainHttp,
  check: (g) => [
    ...httpProblems(g),
    ...(g.sample ? sampleProblems(g.sample as unknown as Record<string, unknown>) : []),
  ],
};
