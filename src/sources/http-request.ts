/**
 * One HTTP(S) request with node:http/https rather than fetch: the `http` gate's `expect.tls`
 * needs the server's certificate and the verdict on its chain and host name from the very
 * connection that answered, and `expect.tls.ca` must make the request itself trust an internal
 * CA; fetch exposes neither. What fetch did for us is kept: redirects followed (at most 20, 303
 * and POST-on-301/302 become GET, credentials dropped when the redirect leaves the origin), one
 * timeout for the whole exchange, the body read to its last byte.
 */
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { checkServerIdentity } from 'node:tls';
import { readBody } from './net.js';

export interface TlsFact {
  /** Chain trusted (system CAs, or the given CA) and valid for the host. */
  authorized: boolean;
  /** OpenSSL's / Node's code when not authorized, e.g. CERT_HAS_EXPIRED. */
  authorizationError?: string;
  /** Host-name check, when it fails: why. */
  hostError?: string;
  subject?: string;
  issuer?: string;
  /** Certificate validity, ISO. */
  validFrom?: string;
  validTo?: string;
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  truncated: boolean;
  /** TLS facts of the first connection (the configured URL's host), when asked for. */
  tls?: TlsFact;
}

export interface RequestOptions {
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal: AbortSignal;
  followRedirects: boolean;
  bodyLimit: number;
  /** PEM of the CA(s) to trust instead of the system's. */
  ca?: string;
  /** Record the certificate verdict (and do not fail the connection on it: the gate judges it). */
  inspectTls?: boolean;
  agents: { http: http.Agent; https: https.Agent };
}

const MAX_REDIRECTS = 20;
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

function named(name: string, message: string, code?: string): Error {
  const e = new Error(message) as Error & { code?: string };
  e.name = name;
  if (code) e.code = code;
  return e;
}

function cn(x: unknown): string | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const o = x as Record<string, unknown>;
  return typeof o.CN === 'string' ? `CN=${o.CN}` : typeof o.O === 'string' ? `O=${o.O}` : undefined;
}

function tlsFacts(socket: TLSSocket, host: string): TlsFact {
  const cert = socket.getPeerCertificate();
  const fact: TlsFact = { authorized: socket.authorized };
  if (!socket.authorized && socket.authorizationError)
    fact.authorizationError = String(socket.authorizationError);
  if (cert && Object.keys(cert).length) {
    const subject = cn(cert.subject);
    const issuer = cn(cert.issuer);
    if (subject) fact.subject = subject;
    if (issuer) fact.issuer = issuer;
    const from = Date.parse(cert.valid_from);
    const to = Date.parse(cert.valid_to);
    if (Number.isFinite(from)) fact.validFrom = new Date(from).toISOString();
    if (Number.isFinite(to)) fact.validTo = new Date(to).toISOString();
    // Node's message lists only the names of the host's kind (IPs for an IP); say what it is for.
    if (checkServerIdentity(host, cert))
      fact.hostError = `it is for ${cert.subjectaltname || subject || 'no name'}, not ${host}`;
  }
  return fact;
}

export async function request(url: string, o: RequestOptions): Promise<RawAnswer> {
  const deadline = AbortSignal.any([o.signal, AbortSignal.timeout(o.timeoutMs)]);
  let current = new URL(url);
  let method = o.method;
  let body = o.body;
  let headers = { ...o.headers };
  let tls: TlsFact | undefined;
  for (let hop = 0; ; hop++) {
    const inspect = hop === 0 && o.inspectTls === true;
    const res = await once(current, method, headers, body, deadline, o, inspect);
    if (inspect) tls = res.tls;
    const location = res.headers.location;
    if (o.followRedirects && res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
      if (hop >= MAX_REDIRECTS) throw new Error('redirect count exceeded');
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new Error(`redirect to a ${next.protocol} URL`);
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = undefined;
      }
      if (next.origin !== current.origin)
        headers = Object.fromEntries(
          Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.has(k.toLowerCase())),
        );
      current = next;
      continue;
    }
    return tls ? { ...res, tls } : res;
  }
}

function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal,
  o: RequestOptions,
  inspect: boolean,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal, o));
    const secure = url.protocol === 'https:';
    const options: https.RequestOptions = {
      method,
      headers:
        body !== undefined ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers,
      agent: secure ? o.agents.https : o.agents.http,
    };
    if (secure) {
      if (o.ca) options.ca = o.ca;
      // The gate judges the certificate itself when asked to (and fails on a bad one).
      if (inspect) options.rejectUnauthorized = false;
    }
    const req = (secure ? https : http).request(url, options, (res) => {
      const socket = res.socket as TLSSocket;
      const tls = inspect && secure ? tlsFacts(socket, url.hostname.replace(/^\[|\]$/g, '')) : undefined;
      readBody(res, o.bodyLimit).then(
        ({ body: text, truncated }) => {
          cleanup();
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            truncated,
            ...(tls ? { tls } : {}),
          });
        },
        (e: unknown) => {
          cleanup();
          reject(signal.aborted ? abortReason(signal, o) : e);
        },
      );
    });
    const onAbort = () => req.destroy(abortReason(signal, o));
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e) => {
      cleanup();
      reject(signal.aborted ? abortReason(signal, o) : e);
    });
    req.end(body);
  });
}

function abortReason(signal: AbortSignal, o: RequestOptions): Error {
  // The run's own signal means the deadline passed; otherwise the per-request timeout fired.
  if (o.signal.aborted) return named('AbortError', 'stopped: the run deadline passed');
  void signal;
  return named('TimeoutError', 'timed out');
}

/** Keep-alive agents for one gate's requests (samples reuse connections, as clients do). */
export function makeAgents(): { http: http.Agent; https: https.Agent; close: () => void } {
  const a = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  return { ...a, close: () => (a.http.destroy(), a.https.destroy()) };
}
