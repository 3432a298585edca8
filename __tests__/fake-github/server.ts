/**
 * A faithful fake GitHub API server for tests: GraphQL executed against GitHub's published schema,
 * REST validated against GitHub's OpenAPI description, one mutable World behind both, and
 * fault injection.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RateBucket, TokenInfo, World } from './world.js';
import { githubSchema, operationNameOf, runGraphQL, type GitHubGraphQLError } from './graphql.js';
import { errorBody, matchRoute, permitted, type RestResponse } from './rest.js';
import { validateQuery, validateRequestBody, validateResponse } from './openapi.js';

export interface RecordedRequest {
  /** 1-based sequence number. */
  seq: number;
  method: string;
  /** Path without a GHES `/api/v3` prefix (see rawPath). */
  path: string;
  /** Path as requested. */
  rawPath: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or the raw text when it is not JSON, or undefined. */
  body: unknown;
  /** For GraphQL requests. */
  graphql?: { operationName: string | null; query: string; variables: Record<string, unknown> };
  /** REST operation (`METHOD /path/{template}`) when one matched. */
  operation?: string;
  /** Status sent; null for a reset/timeout fault. */
  status: number | null;
  /** Name of the fault applied, if any. */
  fault?: string;
}

export interface RequestMatch {
  method?: string;
  /** Exact path, or RegExp tested against the path (without query string). */
  path?: string | RegExp;
  /** true: only GraphQL requests; false: only REST. */
  graphql?: boolean;
  /** GraphQL operation name (exact or RegExp). Implies graphql. */
  operation?: string | RegExp;
  /** REST operation key, e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  rest?: string;
  test?: (req: RecordedRequest) => boolean;
}

export type FaultAction =
  /** Answer with this status (e.g. 500/502/503) and a GitHub-like error body unless `body` given. */
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroy the connection without answering (ECONNRESET at the client). */
  | { type: 'reset' }
  /** Never answer; the client must time out. close() still ends the server. */
  | { type: 'timeout' }
  /** Primary rate limit: REST 403 + x-ratelimit-remaining 0; GraphQL 200 + errors type RATE_LIMITED. */
  | { type: 'rate-limit'; resetInSeconds?: number }
  /** Secondary rate limit: 403 (default) or 429, with `retry-after` when `retryAfter` is set. */
  | { type: 'secondary-rate-limit'; status?: 403 | 429; retryAfter?: number }
  /** GraphQL 200 with these errors (default: one RATE_LIMITED error) and `data` (default null). */
  | { type: 'graphql-errors'; errors?: GitHubGraphQLError[]; data?: unknown }
  /** 200 with a JSON content-type and a body that is not valid JSON. */
  | { type: 'malformed-json' }
  /** Headers promise more bytes than sent, then the socket ends. */
  | { type: 'truncated' }
  /** Serve normally (use with before/after hooks). */
  | { type: 'pass' };

export interface Fault {
  match?: RequestMatch;
  /** The first matching request affected is the nth one (1-based, default 1). */
  nth?: number;
  /** How many matching requests (from the nth on) are affected; default 1, Infinity allowed. */
  times?: number;
  action?: FaultAction;
  /** Runs before the request is served (e.g. complete a check run); may mutate the world. */
  before?: (world: World, req: RecordedRequest) => void;
  /** Runs after the response was sent. */
  after?: (world: World, req: RecordedRequest) => void;
}

export interface FaultHandle {
  /** How many requests this fault was applied to. */
  readonly applied: number;
  /** How many requests matched so far. */
  readonly matched: number;
  remove(): void;
}

export interface FakeGitHubOptions {
  /** Log each request to stderr. */
  verbose?: boolean;
}

export interface FakeGitHub {
  /**
   * Base URL, use as GITHUB_API_URL. GraphQL: `${url}/graphql` (also `/api/graphql`). The GitHub
   * Enterprise Server layout is served too: REST under `${url}/api/v3`, GraphQL at `${url}/api/graphql`.
   */
  readonly url: string;
  readonly graphqlUrl: string;
  readonly requests: RecordedRequest[];
  /** The world served; mutate freely between or during runs. */
  world: World;
  /** Every request/response that did not match GitHub's description. Tests assert it is empty. */
  readonly validationErrors: string[];
  inject(fault: Fault): FaultHandle;
  /** Remove all faults. */
  clearFaults(): void;
  /** Requests filtered by a match (same rules as faults). */
  requestsMatching(match: RequestMatch): RecordedRequest[];
  close(): Promise<void>;
}

interface ActiveFault {
  fault: Fault;
  matched: number;
  applied: number;
  removed: boolean;
}

function matches(m: RequestMatch | undefined, r: RecordedRequest): boolean {
  if (!m) return true;
  if (m.method && m.method.toUpperCase() !== r.method) return false;
  if (m.path !== undefined && (typeof m.path === 'string' ? m.path !== r.path : !m.path.test(r.path)))
    return false;
  const isGql = !!r.graphql;
  if (m.graphql !== undefined && m.graphql !== isGql) return false;
  if (m.operation !== undefined) {
    const name = r.graphql?.operationName;
    if (!isGql || !name || (typeof m.operation === 'string' ? m.operation !== name : !m.operation.test(name)))
      return false;
  }
  if (m.rest !== undefined && m.rest !== r.operation) return false;
  if (m.test && !m.test(r)) return false;
  return true;
}

function tokenOf(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^(?:token|bearer)\s+(.+)$/i.exec(h.trim());
  return m ? m[1]!.trim() : null;
}

const DOCS_RATE = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

export async function startFakeGitHub(world: World, opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  githubSchema(); // build once up front so the first request is not slow
  const requests: RecordedRequest[] = [];
  const validationErrors: string[] = [];
  const faults: ActiveFault[] = [];
  const sockets = new Set<Socket>();
  let seq = 0;
  let base = '';

  const fake: FakeGitHub = {
    get url() {
      return base;
    },
    get graphqlUrl() {
      return `${base}/graphql`;
    },
    requests,
    world,
    validationErrors,
    inject(fault) {
      const a: ActiveFault = { fault, matched: 0, applied: 0, removed: false };
      faults.push(a);
      return {
        get applied() {
          return a.applied;
        },
        get matched() {
          return a.matched;
        },
        remove() {
          a.removed = true;
        },
      };
    },
    clearFaults() {
      for (const f of faults) f.removed = true;
      faults.length = 0;
    },
    requestsMatching(match) {
      return requests.filter((r) => matches(match, r));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      }),
  };

  const bucketFor = (isGql: boolean): { name: string; b: RateBucket } =>
    isGql
      ? { name: 'graphql', b: fake.world.rateLimit.graphql }
      : { name: 'core', b: fake.world.rateLimit.core };

  const rateHeaders = (isGql: boolean): Record<string, string> => {
    const { name, b } = bucketFor(isGql);
    return {
      'x-ratelimit-limit': String(b.limit),
      'x-ratelimit-remaining': String(Math.max(0, b.remaining)),
      'x-ratelimit-reset': String(b.reset),
      'x-ratelimit-used': String(b.used),
      'x-ratelimit-resource': name,
    };
  };

  const send = (
    res: ServerResponse,
    rec: RecordedRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    rec.status = status;
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${rec.seq.toString(16).toUpperCase().padStart(6, '0')}`,
      ...rateHeaders(!!rec.graphql),
      ...headers,
      ...(status === 204 || body === undefined ? {} : { 'content-length': String(Buffer.byteLength(text)) }),
    });
    res.end(status === 204 ? undefined : text);
  };

  const applyFault = (
    action: FaultAction,
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
  ): void => {
    const isGql = !!rec.graphql;
    switch (action.type) {
      case 'pass':
        return;
      case 'status': {
        const messages: Record<number, string> = {
          500: 'Internal Server Error',
          502: 'Server Error',
          503: 'Service Unavailable',
          504: 'Gateway Timeout',
        };
        send(
          res,
          rec,
          action.status,
          action.body ?? {
            message: messages[action.status] ?? `HTTP ${action.status}`,
            documentation_url: 'https://docs.github.com/rest',
            status: String(action.status),
          },
          action.headers,
        );
        return;
      }
      case 'reset':
        rec.status = null;
        req.socket.destroy();
        return;
      case 'timeout':
        rec.status = null;
        return; // keep the socket open; close() destroys it
      case 'rate-limit': {
        const { b } = bucketFor(isGql);
        b.remaining = 0;
        b.reset = Math.floor(Date.now() / 1000) + (action.resetInSeconds ?? 60);
        if (isGql)
          send(res, rec, 200, {
            errors: [
              { type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 12345678.' },
            ],
          });
        else
          send(res, rec, 403, {
            message:
              'API rate limit exceeded for installation ID 12345678. If you reach out to GitHub Support for help, please include the request ID FAKE.',
            documentation_url: `${DOCS_RATE}#about-primary-rate-limits`,
            status: '403',
          });
        return;
      }
      case 'secondary-rate-limit': {
        const status = action.status ?? 403;
        send(
          res,
          rec,
          status,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
            documentation_url: `${DOCS_RATE}#about-secondary-rate-limits`,
            status: String(status),
          },
          action.retryAfter !== undefined ? { 'retry-after': String(action.retryAfter) } : {},
        );
        return;
      }
      case 'graphql-errors':
        send(res, rec, 200, {
          data: action.data ?? null,
          errors: action.errors ?? [
            {
              type: 'RATE_LIMITED',
              message: 'API rate limit already exceeded for installation ID 12345678.',
            },
          ],
        });
        return;
      case 'malformed-json': {
        rec.status = 200;
        const text = '{"data": {"repository": {"pullRequest": ';
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(text.length),
          ...rateHeaders(isGql),
        });
        res.end(text);
        return;
      }
      case 'truncated': {
        rec.status = 200;
        const text = JSON.stringify({ data: { repository: null }, message: 'x'.repeat(64) });
        const sock = req.socket;
        // Write the raw response ourselves so Node does not fix up the length.
        sock.write(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${text.length + 500}\r\nconnection: close\r\n\r\n` +
            text.slice(0, Math.floor(text.length / 2)),
          () => sock.end(),
        );
        return;
      }
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const u = new URL(req.url ?? '/', 'http://fake');
    // GitHub Enterprise Server layout: REST under /api/v3, GraphQL at /api/graphql (not /api/v3/graphql).
    const path = u.pathname.replace(/\/+$/, '').replace(/^\/api\/v3(?=\/|$)/, '') || '/';
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown = undefined;
    let badJson = false;
    if (raw.length) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    const isGqlPath = (path === '/graphql' && !u.pathname.startsWith('/api/v3')) || path === '/api/graphql';
    const rec: RecordedRequest = {
      seq: ++seq,
      method,
      path,
      rawPath: u.pathname,
      query: Object.fromEntries(u.searchParams),
      headers: { ...req.headers },
      body,
      status: null,
    };
    if (isGqlPath && method === 'POST' && body && typeof body === 'object') {
      const b = body as Record<string, unknown>;
      const q = typeof b['query'] === 'string' ? b['query'] : '';
      rec.graphql = {
        operationName: operationNameOf(q, typeof b['operationName'] === 'string' ? b['operationName'] : null),
        query: q,
        variables:
          b['variables'] && typeof b['variables'] === 'object'
            ? (b['variables'] as Record<string, unknown>)
            : {},
      };
    }
    const matched = isGqlPath ? null : matchRoute(method, path);
    if (matched) rec.operation = matched.route.op;
    requests.push(rec);

    // Faults: every fault whose match fits counts this request; those in their nth..nth+times
    // window apply. All their `before` hooks run; the first non-pass action answers.
    const afterHooks: Array<(w: World, r: RecordedRequest) => void> = [];
    let action: FaultAction | undefined;
    for (const f of faults) {
      if (f.removed || !matches(f.fault.match, rec)) continue;
      f.matched++;
      const nth = f.fault.nth ?? 1;
      const times = f.fault.times ?? 1;
      if (f.matched < nth || f.matched >= nth + times) continue;
      if (action && (f.fault.action ?? { type: 'pass' }).type !== 'pass') {
        f.matched--; // not consumed: another fault answered this request
        continue;
      }
      f.applied++;
      f.fault.before?.(fake.world, rec);
      if (f.fault.after) afterHooks.push(f.fault.after);
      if (!action && f.fault.action && f.fault.action.type !== 'pass') action = f.fault.action;
    }
    if (action) {
      rec.fault = action.type;
      applyFault(action, req, res, rec);
      for (const h of afterHooks) h(fake.world, rec);
      if (opts.verbose)
        process.stderr.write(`[fake-github] ${method} ${u.pathname}${u.search} -> fault ${action.type}\n`);
      return;
    }

    serve(req, res, rec, u, path, method, body, badJson, isGqlPath, matched);
    for (const h of afterHooks) h(fake.world, rec);
    if (opts.verbose)
      process.stderr.write(
        `[fake-github] ${method} ${u.pathname}${u.search} ${rec.graphql?.operationName ?? ''} -> ${rec.status}\n`,
      );
  };

  const serve = (
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    u: URL,
    path: string,
    method: string,
    body: unknown,
    badJson: boolean,
    isGqlPath: boolean,
    matched: ReturnType<typeof matchRoute>,
  ): void => {
    const w = fake.world;
    const tokenValue = tokenOf(req);
    const token: TokenInfo | undefined = tokenValue ? w.tokens[tokenValue] : undefined;
    const label = isGqlPath ? `POST ${path} ${rec.graphql?.operationName ?? ''}`.trim() : `${method} ${path}`;

    if (isGqlPath) {
      if (method !== 'POST') return send(res, rec, 404, errorBody(404, 'Not Found'));
      if (!tokenValue)
        return send(res, rec, 401, {
          message: 'This endpoint requires you to be authenticated.',
          documentation_url:
            'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
        });
      if (!token)
        return send(res, rec, 401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/graphql',
          status: '401',
        });
      if (badJson || !body || typeof body !== 'object')
        return send(res, rec, 400, {
          message: 'Problems parsing JSON',
          documentation_url: 'https://docs.github.com/graphql',
        });
      const b = w.rateLimit.graphql;
      if (b.remaining <= 0)
        return send(res, rec, 200, {
          errors: [
            {
              type: 'RATE_LIMITED',
              message: 'API rate limit already exceeded for installation ID 12345678.',
            },
          ],
        });
      let run;
      try {
        run = runGraphQL(w, token, body as Record<string, unknown>);
      } catch (e) {
        validationErrors.push(`${label}: the fake crashed: ${(e as Error).stack}`);
        return send(res, rec, 502, {
          data: null,
          errors: [{ message: 'Something went wrong while executing your query.' }],
        });
      }
      for (const e of run.fakeErrors) validationErrors.push(`${label}: ${e}`);
      b.remaining = Math.max(0, b.remaining - run.cost);
      b.used += run.cost;
      return send(res, rec, 200, run.body);
    }

    if (!matched) {
      validationErrors.push(
        `${method} ${path}: no such endpoint in the fake (GitHub would answer 404, or the fake lacks it)`,
      );
      return send(res, rec, 404, errorBody(404, 'Not Found'));
    }
    const op = matched.route.op;
    const reply = (r: RestResponse): void => {
      const problems = validateResponse(op, r.status, r.body);
      for (const p of problems) validationErrors.push(`${method} ${path} (${op}): ${p}`);
      send(res, rec, r.status, r.body, r.headers);
    };
    if (!tokenValue)
      return reply({
        status: 401,
        body: {
          message: 'Requires authentication',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        },
      });
    if (!token)
      return reply({
        status: 401,
        body: {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        },
      });
    const core = w.rateLimit.core;
    if (core.remaining <= 0)
      return reply({
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation ID 12345678.',
          documentation_url: `${DOCS_RATE}#about-primary-rate-limits`,
          status: '403',
        },
      });
    core.remaining--;
    core.used++;
    if (badJson) {
      validationErrors.push(`${method} ${path}: request body is not JSON`);
      return reply({
        status: 400,
        body: {
          message: 'Problems parsing JSON',
          documentation_url: 'https://docs.github.com/rest',
          status: '400',
        },
      });
    }
    const queryProblems = validateQuery(op, u.searchParams);
    for (const p of queryProblems) validationErrors.push(`${method} ${path}: ${p}`);
    if (method !== 'GET' && method !== 'DELETE') {
      const problems = validateRequestBody(op, body);
      if (problems.length) {
        for (const p of problems) validationErrors.push(`${method} ${path}: ${p}`);
        return reply({
          status: 422,
          body: {
            message: `Invalid request.\n\n${problems.join('\n')}`,
            documentation_url: 'https://docs.github.com/rest',
            status: '422',
          },
        });
      }
    }
    if (!permitted(matched.route, token))
      return reply({
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403',
        },
      });
    let r: RestResponse;
    try {
      r = matched.route.handler(matched.params, {
        method,
        path,
        query: u.searchParams,
        body,
        token,
        world: w,
        base,
      });
    } catch (e) {
      validationErrors.push(`${method} ${path}: the fake crashed: ${(e as Error).stack}`);
      r = { status: 500, body: { message: 'Server Error' } };
    }
    reply(r);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => undefined);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
