/**
 * Reads the `metric` gate's number: a Prometheus instant query (GET /api/v1/query, the HTTP API
 * every Prometheus-compatible server speaks) or one number from any JSON API by JSON Pointer.
 * Every way of not getting exactly one number becomes `error` naming its cause; URLs and header
 * values may come from secrets (`${{ env.NAME }}`), so substituted values are hidden in anything
 * kept, and the URL is reported as written in the config.
 */
import type { MetricGate } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import type { MetricFacts } from '../gates/metric.js';
import { parseDuration } from '../util/duration.js';
import { resolvePointer } from '../util/json-pointer.js';
import { substituteEnv } from './env-refs.js';
import { describeError, readBody, redact } from './net.js';
import type { CollectContext, Collector } from './types.js';

/** An answer larger than this is not a metric: it is cut and reported as not JSON. */
const BODY_LIMIT = 4 * 1024 * 1024;

interface Target {
  url: string;
  headers: Headers;
  secrets: Set<string>;
}

function prepare(
  raw: string,
  rawHeaders: Record<string, string> | undefined,
  env: NodeJS.ProcessEnv,
  where: string,
) {
  const secrets = new Set<string>();
  const url = substituteEnv(raw, env, `${where}.url`, secrets);
  // A URL that came (partly) from the environment is shown as written, never substituted.
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new UserError(
      `${where}.url ${raw} is not a valid http(s) URL${raw.includes('${{') ? ' once its variables are substituted' : ''}; write it like https://prometheus.example.com`,
    );
  }
  // Credentials in the URL (https://user:pass@host) are secrets too.
  if (parsed.password) secrets.add(decodeURIComponent(parsed.password));
  const headers = new Headers({ accept: 'application/json' });
  for (const [name, value] of Object.entries(rawHeaders ?? {})) {
    const v = substituteEnv(value, env, `${where}.headers.${name}`, secrets);
    if (v.length >= 4) secrets.add(v);
    // "Bearer abc…": the token alone is a secret as well.
    const token = /^\S+\s+(\S{4,})$/.exec(v)?.[1];
    if (token) secrets.add(token);
    try {
      headers.set(name, v);
    } catch {
      throw new UserError(
        `${where}.headers.${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`,
      );
    }
  }
  return { url, headers, secrets } satisfies Target;
}

interface Answer {
  status: number;
  statusText: string;
  body: string;
  truncated: boolean;
}

async function get(t: Target, url: string, timeoutMs: number, signal: AbortSignal): Promise<Answer> {
  const res = await fetch(url, {
    headers: t.headers,
    redirect: 'follow',
    signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
  });
  const { body, truncated } = await readBody(
    res.body as unknown as AsyncIterable<Uint8Array> | null,
    BODY_LIMIT,
  );
  return { status: res.status, statusText: res.statusText, body, truncated };
}

function authHint(status: number, headerNames: string[]): string {
  const auth = headerNames.find((h) =>
    /^(authorization|x-api-key|dd-api-key|api-key|x-auth-token)$/i.test(h),
  );
  if (status === 401)
    return auth
      ? `: the credentials in the ${auth} header were not accepted (expired or wrong token?)`
      : ': it needs credentials; set headers (e.g. Authorization: Bearer ${{ env.TOKEN }})';
  return auth
    ? `: the credentials in the ${auth} header may not read this data (missing permission or scope)`
    : ': access is denied to this client';
}

function parseJson(a: Answer, what: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(a.body) as unknown };
  } catch {
    const start = a.body.trim().slice(0, 60).replace(/\s+/g, ' ');
    return {
      ok: false,
      error: a.truncated
        ? `${what} answered more than 4 MB, which is not a metric answer`
        : `${what} answered ${a.status} with a body that is not JSON${start ? ` (it starts with ${JSON.stringify(start)})` : ' (empty)'}; is the url the API, not a login page or proxy?`,
    };
  }
}

/** Prometheus sample values are strings; NaN and ±Inf are spelled the Go way. */
function sampleNumber(v: unknown): number {
  if (typeof v !== 'string') return Number.NaN;
  if (v === '+Inf' || v === 'Inf') return Number.POSITIVE_INFINITY;
  if (v === '-Inf') return Number.NEGATIVE_INFINITY;
  return v.trim() === '' ? Number.NaN : Number(v);
}

/** Turns a Prometheus /api/v1/query answer into exactly one number, or the reason there is none. */
export function readPrometheusAnswer(
  a: Answer,
  headerNames: string[],
): { value: number; labels?: Record<string, string> } | { error: string } {
  const parsed = parseJson(a, 'Prometheus');
  if (!parsed.ok) {
    if (a.status === 401 || a.status === 403)
      return { error: `Prometheus answered ${a.status} ${a.statusText}${authHint(a.status, headerNames)}` };
    if (a.status < 200 || a.status >= 300)
      return { error: `Prometheus answered ${a.status} ${a.statusText}` };
    return { error: parsed.error };
  }
  const body = parsed.value as {
    status?: unknown;
    errorType?: unknown;
    error?: unknown;
    data?: { resultType?: unknown; result?: unknown };
  } | null;
  if (body && typeof body === 'object' && body.status === 'error') {
    const type = typeof body.errorType === 'string' ? body.errorType : 'error';
    const msg = typeof body.error === 'string' ? body.error : 'no reason given';
    const what =
      type === 'bad_data'
        ? 'the query is not valid PromQL'
        : type === 'timeout'
          ? 'the query timed out on the server'
          : type === 'execution'
            ? 'the query failed on the server'
            : `Prometheus answered ${a.status} (${type})`;
    return { error: `${what}: ${msg.slice(0, 300)}` };
  }
  if (a.status === 401 || a.status === 403)
    return { error: `Prometheus answered ${a.status} ${a.statusText}${authHint(a.status, headerNames)}` };
  if (a.status < 200 || a.status >= 300) return { error: `Prometheus answered ${a.status} ${a.statusText}` };
  if (
    !body ||
    typeof body !== 'object' ||
    body.status !== 'success' ||
    !body.data ||
    typeof body.data !== 'object'
  )
    return {
      error: 'the answer is JSON but not a Prometheus query result (no "status": "success" with "data")',
    };
  const { resultType, result } = body.data;
  if (resultType === 'scalar') {
    const v = sampleNumber(Array.isArray(result) ? result[1] : undefined);
    if (Number.isNaN(v))
      return {
        error: 'the query returned NaN (e.g. 0/0 when there was no traffic): no data is not "no errors"',
      };
    return { value: v };
  }
  if (resultType === 'vector') {
    if (!Array.isArray(result)) return { error: 'the answer has no result list' };
    if (result.length === 0)
      return {
        error:
          'the query returned no series: no data is not "no errors". Check the metric name and labels (and that the target is scraped); if no data really means 0, write it as (…) or vector(0)',
      };
    if (result.length > 1) {
      const shown = result
        .slice(0, 3)
        .map((s) => {
          const m = (s as { metric?: Record<string, string> }).metric ?? {};
          return `{${Object.entries(m)
            .map(([k, v]) => `${k}="${v}"`)
            .join(', ')}}`;
        })
        .join(', ');
      return {
        error: `the query returned ${result.length} series (${shown}${result.length > 3 ? ', …' : ''}), expected one: aggregate it, e.g. sum(…) or max(…)`,
      };
    }
    const one = result[0] as { metric?: Record<string, string>; value?: unknown[] };
    const v = sampleNumber(one.value?.[1]);
    if (Number.isNaN(v))
      return {
        error: 'the query returned NaN (e.g. 0/0 when there was no traffic): no data is not "no errors"',
      };
    const labels = Object.fromEntries(Object.entries(one.metric ?? {}).filter(([k]) => k !== '__name__'));
    return Object.keys(labels).length ? { value: v, labels } : { value: v };
  }
  if (resultType === 'matrix')
    return {
      error:
        'the query returned a range vector (matrix); write an instant query, e.g. rate(x[5m]) instead of x[5m]',
    };
  return { error: `the query returned a ${String(resultType)}, not a number` };
}

function readJsonAnswer(
  a: Answer,
  pointer: string,
  headerNames: string[],
): { value: number } | { error: string } {
  if (a.status === 401 || a.status === 403)
    return { error: `the API answered ${a.status} ${a.statusText}${authHint(a.status, headerNames)}` };
  if (a.status < 200 || a.status >= 300) return { error: `the API answered ${a.status} ${a.statusText}` };
  const parsed = parseJson(a, 'the API');
  if (!parsed.ok) return { error: parsed.error };
  const at = resolvePointer(parsed.value, pointer);
  if (!at.found) return { error: `the JSON has no value at ${pointer} (nothing at ${at.missing})` };
  const v = at.value;
  if (typeof v === 'number') return { value: v };
  // Many status APIs send numbers as strings ("0.0042"); anything else is not a measurement.
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return { value: Number(v) };
  if (v === null) return { error: `the value at ${pointer} is null: no data` };
  const shown = JSON.stringify(v) ?? String(v);
  return {
    error: `the value at ${pointer} is not a number: ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`,
  };
}

export async function collectMetric(gate: MetricGate, ctx: CollectContext): Promise<MetricFacts> {
  const timeoutMs = parseDuration(gate.timeout ?? '10s') ?? 10_000;
  if (gate.prometheus) {
    const t = prepare(gate.prometheus.url, gate.prometheus.headers, ctx.env, 'prometheus');
    for (const v of t.secrets) ctx.secrets?.add(v);
    const headerNames = Object.keys(gate.prometheus.headers ?? {});
    const query = gate.query ?? '';
    const facts: MetricFacts = {
      source: 'prometheus',
      target: gate.prometheus.url,
      query,
      value: null,
      ...(headerNames.length ? { headerNames } : {}),
    };
    const url = new URL(`${t.url.replace(/\/+$/, '')}/api/v1/query`);
    url.searchParams.set('query', query);
    try {
      const got = readPrometheusAnswer(await get(t, url.toString(), timeoutMs, ctx.signal), headerNames);
      if ('error' in got) facts.error = redact(got.error, t.secrets);
      else {
        facts.value = got.value;
        if (got.labels) facts.labels = got.labels;
      }
    } catch (e) {
      facts.error = `Prometheus at ${gate.prometheus.url} could not be reached: ${redact(describeError(e, timeoutMs), t.secrets)}`;
    }
    return facts;
  }
  if (gate.json) {
    const t = prepare(gate.json.url, gate.json.headers, ctx.env, 'json');
    for (const v of t.secrets) ctx.secrets?.add(v);
    const headerNames = Object.keys(gate.json.headers ?? {});
    const facts: MetricFacts = {
      source: 'json',
      target: gate.json.url,
      query: gate.json.pointer,
      value: null,
      ...(headerNames.length ? { headerNames } : {}),
    };
    try {
      const got = readJsonAnswer(await get(t, t.url, timeoutMs, ctx.signal), gate.json.pointer, headerNames);
      if ('error' in got) facts.error = redact(got.error, t.secrets);
      else facts.value = got.value;
    } catch (e) {
      facts.error = `${gate.json.url} could not be reached: ${redact(describeError(e, timeoutMs), t.secrets)}`;
    }
    return facts;
  }
  throw new UserError('a metric gate needs prometheus (with query) or json');
}

export const collect: Collector<'metric', MetricFacts> = collectMetric;
