/**
 * Makes the `http` gate's requests, per URL, retrying while the answer does not meet the
 * expectations (a service still starting). Header values and substituted `${{ env.NAME }}` values
 * may be secrets: they never appear in progress messages or facts; response headers are kept only
 * when the gate checks them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HttpGate } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import {
  HTTP_BODY_LIMIT,
  httpOptions,
  judgeHttpAttempt,
  targetsOf,
  type HttpAttempt,
  type HttpFacts,
  type HttpResponseFact,
  type HttpTargetFacts,
} from '../gates/http.js';
import { formatDuration } from '../util/duration.js';
import type { CollectContext, Collector } from './types.js';
import { sleep } from '../util/sleep.js';
import { substituteEnv } from './env-refs.js';
import { makeAgents, request, type RequestOptions } from './http-request.js';
import { describeError, redact } from './net.js';
// The fetch-error wording and redaction, shared with the other network sources (fresh).
export { describeError, redact } from './net.js';

interface Prepared {
  url: string;
  base: Omit<RequestOptions, 'agents' | 'signal'>;
  secrets: Set<string>;
}

function prepare(gate: HttpGate, rawUrl: string, ctx: CollectContext, ca: string | undefined): Prepared {
  const secrets = new Set<string>();
  const o = httpOptions(gate);
  const url = substituteEnv(rawUrl, ctx.env, 'url', secrets);
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    if (u.password) secrets.add(decodeURIComponent(u.password));
  } catch {
    throw new UserError(
      `url ${rawUrl} is not a valid http(s) URL; write it like https://staging.example.com/health`,
    );
  }
  const headers: Record<string, string> = {};
  const probe = new Headers();
  for (const [name, raw] of Object.entries(gate.headers ?? {})) {
    const value = substituteEnv(raw, ctx.env, `headers.${name}`, secrets);
    if (value.length >= 4) secrets.add(value);
    const token = /^\S+\s+(\S{4,})$/.exec(value)?.[1];
    if (token) secrets.add(token);
    try {
      probe.set(name, value);
    } catch {
      throw new UserError(
        `header ${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`,
      );
    }
    headers[name] = value;
  }
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'user-agent')) headers['user-agent'] = 'shipgate';
  let body: string | undefined;
  if (gate.body !== undefined) {
    if (o.method === 'GET' || o.method === 'HEAD')
      throw new UserError(
        `a ${o.method} request cannot have a body; set method: POST (or PUT, PATCH) or remove body`,
      );
    body = substituteEnv(gate.body, ctx.env, 'body', secrets);
  }
  const base: Prepared['base'] = {
    method: o.method,
    headers,
    timeoutMs: o.timeoutMs,
    followRedirects: o.followRedirects,
    bodyLimit: HTTP_BODY_LIMIT,
    inspectTls: gate.expect?.tls !== undefined && url.startsWith('https:'),
  };
  if (body !== undefined) base.body = body;
  if (ca !== undefined) base.ca = ca;
  return { url, base, secrets };
}

function readCa(gate: HttpGate, cwd: string): string | undefined {
  const file = gate.expect?.tls?.ca;
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UserError(
      `expect.tls.ca: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}); give the path of a PEM file in the workspace`,
    );
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----'))
    throw new UserError(`expect.tls.ca: ${file} is not a PEM certificate file (no BEGIN CERTIFICATE line)`);
  return text;
}

async function one(p: Prepared, agents: RequestOptions['agents'], signal: AbortSignal, keep: string[]) {
  const started = performance.now();
  try {
    const res = await request(p.url, { ...p.base, agents, signal });
    const fact: HttpResponseFact = {
      status: res.status,
      latencyMs: performance.now() - started,
      body: redact(res.body, p.secrets),
      bodyTruncated: res.truncated,
    };
    const location = res.headers.location;
    if (location && res.status >= 300 && res.status < 400) fact.location = redact(location, p.secrets);
    if (keep.length) {
      fact.headers = {};
      for (const name of keep) {
        const v = res.headers[name];
        if (v !== undefined) fact.headers[name] = redact(Array.isArray(v) ? v.join(', ') : v, p.secrets);
      }
    }
    if (res.tls) fact.tls = res.tls;
    return fact;
  } catch (e) {
    return {
      status: null,
      latencyMs: performance.now() - started,
      body: '',
      bodyTruncated: false,
      error: redact(describeError(e, p.base.timeoutMs), p.secrets),
    } satisfies HttpResponseFact;
  }
}

async function collectTarget(
  gate: HttpGate,
  rawUrl: string,
  ca: string | undefined,
  ctx: CollectContext,
): Promise<HttpTargetFacts> {
  const o = httpOptions(gate);
  const p = prepare(gate, rawUrl, ctx, ca);
  // Registered for the run: every text shipgate writes is redacted with them.
  for (const s of p.secrets) ctx.secrets?.add(s);
  const keep = Object.keys(gate.expect?.headers ?? {}).map((h) => h.toLowerCase());
  const facts: HttpTargetFacts = { url: rawUrl, method: o.method, attempts: [] };
  const total = o.retries + 1;
  const agents = makeAgents();
  try {
    for (let n = 1; n <= total; n++) {
      if (ctx.signal.aborted) {
        facts.aborted = true;
        break;
      }
      ctx.progress(
        `${o.method} ${rawUrl}: attempt ${n}/${total}${o.samples > 1 ? ` (${o.samples} requests)` : ''}`,
      );
      const attempt: HttpAttempt = { attempt: n, responses: [] };
      for (let i = 0; i < o.samples; i++) {
        const r = await one(p, agents, ctx.signal, keep);
        attempt.responses.push(r);
        // A failed request already fails the attempt: no point measuring the rest.
        if (r.status === null) break;
      }
      facts.attempts.push(attempt);
      if (ctx.signal.aborted) {
        facts.aborted = true;
        break;
      }
      const verdict = judgeHttpAttempt(gate, attempt, ctx.now);
      const lat = verdict.latencyMs === null ? '' : ` in ${Math.round(verdict.latencyMs)} ms`;
      if (verdict.ok) {
        ctx.progress(`${o.method} ${rawUrl}: attempt ${n}/${total}: ok${lat}`);
        break;
      }
      const more = n < total ? `; retrying in ${formatDuration(o.intervalMs)}` : '';
      ctx.progress(`${o.method} ${rawUrl}: attempt ${n}/${total}: ${verdict.problems[0]}${more}`);
      if (n < total) await sleep(o.intervalMs, ctx.signal);
    }
  } finally {
    agents.close();
  }
  return facts;
}

/** Requests each URL: up to `retries + 1` attempts of `samples` requests each. */
export async function collectHttp(gate: HttpGate, ctx: CollectContext): Promise<HttpFacts> {
  const ca = readCa(gate, ctx.cwd);
  const targets: HttpTargetFacts[] = [];
  // One URL after the other: their latencies are not skewed by each other.
  for (const url of targetsOf(gate)) targets.push(await collectTarget(gate, url, ca, ctx));
  return { targets };
}

export const collect: Collector<'http', HttpFacts> = collectHttp;
