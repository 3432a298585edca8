/**
 * Makes the `http` gate's requests with Node's fetch, retrying while the answer does not meet the
 * expectations (a service still starting). Header values and substituted `${{ env.NAME }}` values
 * may be secrets: they never appear in progress messages or facts.
 */
import type { HttpGate } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import {
  HTTP_BODY_LIMIT,
  httpOptions,
  judgeHttpAttempt,
  type HttpAttempt,
  type HttpFacts,
  type HttpResponseFact,
} from '../gates/http.js';
import { formatDuration } from '../util/duration.js';
import type { CollectContext, Collector } from './types.js';
import { substituteEnv } from './env-refs.js';

/** Hides secret values in text that may be shown (errors, response bodies, redirect targets). */
export function redact(text: string, secrets: Set<string>): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

// Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm.
const asError = (e: unknown): ErrorLike | null =>
  e !== null && typeof e === 'object' ? (e as ErrorLike) : null;

export function describeError(e: unknown, timeoutMs: number): string {
  const err = asError(e);
  if (!err) return String(e);
  if (err.name === 'TimeoutError') return `timed out after ${formatDuration(timeoutMs)}`;
  if (err.name === 'AbortError') return 'stopped: the run deadline passed';
  const cause = asError(err.cause);
  if (cause) {
    const code = typeof cause.code === 'string' ? cause.code : undefined;
    if (code === 'ECONNREFUSED')
      return 'connection refused (ECONNREFUSED): is the service running on that host and port?';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found (${code})`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
      return `connection closed by the server (${code})`;
    if (cause.name === 'TimeoutError') return `timed out after ${formatDuration(timeoutMs)}`;
    const msg = String(cause.message ?? cause.name ?? 'request failed');
    return code ? `${msg} (${code})` : msg;
  }
  return String(err.message ?? err.name ?? 'request failed');
}

async function readBody(res: Response): Promise<{ body: string; truncated: boolean }> {
  if (!res.body) return { body: '', truncated: false };
  const decoder = new TextDecoder();
  let body = '';
  let truncated = false;
  // Read to the end (latency is measured to the last byte) but keep only the start.
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (truncated) continue;
    body += decoder.decode(chunk, { stream: true });
    if (body.length > HTTP_BODY_LIMIT) {
      body = body.slice(0, HTTP_BODY_LIMIT);
      truncated = true;
    }
  }
  if (!truncated) body += decoder.decode();
  return { body, truncated };
}

interface Prepared {
  url: string;
  init: RequestInit;
  secrets: Set<string>;
}

function prepare(gate: HttpGate, env: NodeJS.ProcessEnv): Prepared {
  const secrets = new Set<string>();
  const o = httpOptions(gate);
  const url = substituteEnv(gate.url, env, 'url', secrets);
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new UserError(
      `url ${gate.url} is not a valid http(s) URL; write it like https://staging.example.com/health`,
    );
  }
  const headers = new Headers();
  for (const [name, raw] of Object.entries(gate.headers ?? {})) {
    const value = substituteEnv(raw, env, `headers.${name}`, secrets);
    if (value.length >= 4) secrets.add(value);
    try {
      headers.set(name, value);
    } catch {
      throw new UserError(
        `header ${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`,
      );
    }
  }
  const init: RequestInit = { method: o.method, headers, redirect: o.followRedirects ? 'follow' : 'manual' };
  if (gate.body !== undefined) {
    if (o.method === 'GET' || o.method === 'HEAD')
      throw new UserError(
        `a ${o.method} request cannot have a body; set method: POST (or PUT, PATCH) or remove body`,
      );
    init.body = substituteEnv(gate.body, env, 'body', secrets);
  }
  return { url, init, secrets };
}

async function request(p: Prepared, timeoutMs: number, signal: AbortSignal): Promise<HttpResponseFact> {
  const started = performance.now();
  try {
    const res = await fetch(p.url, {
      ...p.init,
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    const { body, truncated } = await readBody(res);
    const fact: HttpResponseFact = {
      status: res.status,
      latencyMs: performance.now() - started,
      body: redact(body, p.secrets),
      bodyTruncated: truncated,
    };
    const location = res.headers.get('location');
    if (location && res.status >= 300 && res.status < 400) fact.location = redact(location, p.secrets);
    return fact;
  } catch (e) {
    return {
      status: null,
      latencyMs: performance.now() - started,
      body: '',
      bodyTruncated: false,
      error: redact(describeError(e, timeoutMs), p.secrets),
    };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Makes the requests: up to `retries + 1` attempts of `samples` requests each. */
export async function collectHttp(gate: HttpGate, ctx: CollectContext): Promise<HttpFacts> {
  const o = httpOptions(gate);
  const p = prepare(gate, ctx.env);
  for (const s of p.secrets) ctx.secrets?.add(s);
  const facts: HttpFacts = { url: gate.url, method: o.method, attempts: [] };
  const total = o.retries + 1;
  for (let n = 1; n <= total; n++) {
    if (ctx.signal.aborted) {
      facts.aborted = true;
      break;
    }
    ctx.progress(
      `${o.method} ${gate.url}: attempt ${n}/${total}${o.samples > 1 ? ` (${o.samples} requests)` : ''}`,
    );
    const attempt: HttpAttempt = { attempt: n, responses: [] };
    for (let i = 0; i < o.samples; i++) {
      const r = await request(p, o.timeoutMs, ctx.signal);
      attempt.responses.push(r);
      // A failed request already fails the attempt: no point measuring the rest.
      if (r.status === null) break;
    }
    facts.attempts.push(attempt);
    if (ctx.signal.aborted) {
      facts.aborted = true;
      break;
    }
    const verdict = judgeHttpAttempt(gate, attempt);
    const lat = verdict.latencyMs === null ? '' : ` in ${Math.round(verdict.latencyMs)} ms`;
    if (verdict.ok) {
      ctx.progress(`${o.method} ${gate.url}: attempt ${n}/${total}: ok${lat}`);
      break;
    }
    const more = n < total ? `; retrying in ${formatDuration(o.intervalMs)}` : '';
    ctx.progress(`${o.method} ${gate.url}: attempt ${n}/${total}: ${verdict.problems[0]}${more}`);
    if (n < total) await sleep(o.intervalMs, ctx.signal);
  }
  return facts;
}

export const collect: Collector<'http', Awaited<ReturnType<typeof collectHttp>>> = collectHttp;
