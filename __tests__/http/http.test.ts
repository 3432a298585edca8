import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpGate } from '../../src/config/schema-types.generated.js';
import { UserError } from '../../src/errors.js';
import { evaluateHttp, explainHttp, p95, type HttpFacts } from '../../src/gates/http.js';
import type { EvalContext } from '../../src/gates/types.js';
import { collectHttp } from '../../src/sources/http.js';
import type { CollectContext } from '../../src/sources/types.js';

let server: http.Server;
let base = '';
const hits = new Map<string, number>();
const TOKEN = 's3cret-token-value';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = url.searchParams.get('key') ?? '';
    const n = (hits.get(url.pathname + key) ?? 0) + 1;
    hits.set(url.pathname + key, n);
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      switch (url.pathname) {
        case '/ok':
          return json(200, { status: 'ok', checks: [{ name: 'db', up: true }] });
        case '/degraded':
          return json(200, { status: 'degraded' });
        case '/text':
          res.writeHead(200, { 'content-type': 'text/plain' });
          return res.end('all systems go');
        case '/fail':
          return json(503, { error: 'unavailable' });
        case '/no-content':
          res.writeHead(204);
          return res.end();
        case '/flap': // starting up: 503 for the first two requests of each key
          return n <= 2 ? json(503, { status: 'starting' }) : json(200, { status: 'ok' });
        case '/slow':
          return setTimeout(() => json(200, { status: 'ok' }), 300);
        case '/hang':
          return; // never answers
        case '/redirect':
          res.writeHead(301, { location: '/ok' });
          return res.end();
        case '/loop':
          res.writeHead(302, { location: '/loop' });
          return res.end();
        case '/secure': // echoes what it got, to check substitution and redaction
          return json(
            req.headers.authorization === `Bearer ${TOKEN}` && url.searchParams.get('t') === TOKEN
              ? 200
              : 401,
            {
              method: req.method,
              auth: req.headers.authorization,
              body,
            },
          );
        case '/echo':
          return json(200, { method: req.method, body, auth: req.headers.authorization ?? null });
        default:
          return json(404, {});
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const evalCtx: EvalContext = {
  gateId: 'smoke',
  now: new Date('2026-01-15T10:00:00Z'),
  mode: 'action',
  pr: null,
  groups: {},
  teams: {},
};

function collectCtx(env: NodeJS.ProcessEnv = {}, signal = new AbortController().signal) {
  const progress: string[] = [];
  const ctx: CollectContext = {
    cwd: '/tmp',
    env,
    now: evalCtx.now,
    signal,
    progress: (m) => progress.push(m),
  };
  return { ctx, progress };
}

async function check(g: Partial<HttpGate> & { url: string }, env: NodeJS.ProcessEnv = {}) {
  const gate = { type: 'http', ...g } as HttpGate;
  const { ctx, progress } = collectCtx(env);
  const facts = await collectHttp(gate, ctx);
  return { facts, progress, outcome: evaluateHttp(gate, facts, evalCtx) };
}

describe('status', () => {
  test('a 200 answer passes by default (2xx)', async () => {
    const { outcome } = await check({ url: `${base}/ok` });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toMatch(new RegExp(`^GET ${base}/ok answered 200 in \\d+ ms$`));
  });

  test('a 503 answer fails and names the status', async () => {
    const { outcome } = await check({ url: `${base}/fail` });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(`GET ${base}/fail: status 503, expected 2xx`);
    expect(outcome.details).toContainEqual({ kind: 'code', text: '{"error":"unavailable"}' });
  });

  test('a list of accepted statuses', async () => {
    expect((await check({ url: `${base}/no-content`, expect: { status: [200, 204] } })).outcome.status).toBe(
      'pass',
    );
    expect((await check({ url: `${base}/ok`, expect: { status: 204 } })).outcome.summary).toContain(
      'status 200, expected 204',
    );
  });
});

describe('retries', () => {
  test('retries a service that is still starting until it is healthy', async () => {
    const { outcome, progress, facts } = await check({
      url: `${base}/flap?key=a`,
      retries: 4,
      interval: '50ms',
    });
    expect(outcome.status).toBe('pass');
    expect(facts.targets[0]!.attempts).toHaveLength(3);
    expect(outcome.summary).toContain('after 3 attempts');
    expect(progress).toContain(
      `GET ${base}/flap?key=a: attempt 1/5: status 503, expected 2xx; retrying in 50 ms`,
    );
  });

  test('fails after the last retry with the last answer', async () => {
    const { outcome, facts } = await check({ url: `${base}/fail`, retries: 2, interval: '10ms' });
    expect(outcome.status).toBe('fail');
    expect(facts.targets[0]!.attempts).toHaveLength(3);
    expect(outcome.summary).toBe(`GET ${base}/fail: status 503, expected 2xx (3 attempts)`);
  });

  test('without retries a flapping service fails on its first answer', async () => {
    expect((await check({ url: `${base}/flap?key=b` })).outcome.status).toBe('fail');
  });
});

describe('latency', () => {
  test('an answer slower than max-ms fails', async () => {
    const { outcome } = await check({ url: `${base}/slow`, expect: { 'max-ms': 100 } });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/: took \d+ ms, max 100 ms$/);
  });

  test('with samples the p95 latency is compared with p95-ms and the slowest with max-ms', async () => {
    const slow = await check({ url: `${base}/slow`, samples: 3, expect: { 'p95-ms': 100 } });
    expect(slow.facts.targets[0]!.attempts[0]!.responses).toHaveLength(3);
    expect(slow.outcome.summary).toMatch(/p95 latency \d+ ms over 3 requests, max 100 ms/);
    const slowest = await check({ url: `${base}/slow`, samples: 2, expect: { 'max-ms': 100 } });
    expect(slowest.outcome.summary).toMatch(/slowest of 2 requests took \d+ ms, max 100 ms/);
    const fast = await check({
      url: `${base}/ok`,
      samples: 5,
      expect: { 'p95-ms': 60_000, 'max-ms': 60_000 },
    });
    expect(fast.outcome.status).toBe('pass');
    expect(fast.outcome.summary).toMatch(/\(p95 \d+ ms, max \d+ ms over 5 requests\)$/);
  });

  test('p95 uses the nearest rank', () => {
    expect(p95([10])).toBe(10);
    expect(p95(Array.from({ length: 20 }, (_, i) => i + 1))).toBe(19);
    expect(p95(Array.from({ length: 100 }, (_, i) => 100 - i))).toBe(95);
  });
});

describe('body', () => {
  test('body-contains', async () => {
    expect(
      (await check({ url: `${base}/text`, expect: { 'body-contains': 'systems go' } })).outcome.status,
    ).toBe('pass');
    expect(
      (await check({ url: `${base}/text`, expect: { 'body-contains': 'ready' } })).outcome.summary,
    ).toContain('body does not contain "ready"');
  });

  test('a JSON value at a path', async () => {
    expect(
      (await check({ url: `${base}/ok`, expect: { json: { path: 'checks.0.name', equals: 'db' } } })).outcome
        .status,
    ).toBe('pass');
    expect(
      (
        await check({
          url: `${base}/ok`,
          expect: { json: { path: 'checks.0', equals: { up: true, name: 'db' } } },
        })
      ).outcome.status,
    ).toBe('pass');
    expect(
      (await check({ url: `${base}/degraded`, expect: { json: { path: 'status', equals: 'ok' } } })).outcome
        .summary,
    ).toContain('JSON status is "degraded", expected "ok"');
    expect(
      (await check({ url: `${base}/ok`, expect: { json: { path: 'checks.3.name', equals: 'db' } } })).outcome
        .summary,
    ).toContain('JSON has no value at checks.3.name');
    expect(
      (await check({ url: `${base}/text`, expect: { json: { path: 'status', equals: 'ok' } } })).outcome
        .summary,
    ).toContain('body is not JSON');
  });

  test('POST with a body', async () => {
    const { outcome, facts } = await check({
      url: `${base}/echo`,
      body: '{"ping":1}',
      expect: { json: { path: 'method', equals: 'POST' } },
    });
    expect(outcome.status).toBe('pass');
    expect(JSON.parse(facts.targets[0]!.attempts[0]!.responses[0]!.body).body).toBe('{"ping":1}');
  });
});

describe('redirects', () => {
  test('are followed by default', async () => {
    expect((await check({ url: `${base}/redirect` })).outcome.status).toBe('pass');
  });

  test('with follow-redirects false a 3xx is judged as-is', async () => {
    const { outcome } = await check({ url: `${base}/redirect`, 'follow-redirects': false });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('status 301 (redirect to /ok), expected 2xx');
    expect(
      (await check({ url: `${base}/redirect`, 'follow-redirects': false, expect: { status: 301 } })).outcome
        .status,
    ).toBe('pass');
  });

  test('a redirect loop fails', async () => {
    const { outcome } = await check({ url: `${base}/loop` });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('no answer: redirect count exceeded');
  });
});

describe('no answer', () => {
  test('a request that takes longer than timeout fails saying so', async () => {
    const { outcome } = await check({ url: `${base}/hang`, timeout: '200ms' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(`GET ${base}/hang: no answer: timed out after 200 ms`);
  });

  test('a refused connection fails saying so', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const { outcome } = await check({ url: `http://127.0.0.1:${port}/health` });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('connection refused');
  });

  test('a run deadline that already passed makes no request', async () => {
    const ac = new AbortController();
    ac.abort();
    const gate = { type: 'http', url: `${base}/ok` } as HttpGate;
    const facts: HttpFacts = await collectHttp(gate, collectCtx({}, ac.signal).ctx);
    expect(facts.targets[0]!.attempts).toHaveLength(0);
    expect(evaluateHttp(gate, facts, evalCtx).status).toBe('error');
  });
});

describe('env references and secrets', () => {
  const secure = {
    url: `${base}/secure?t=\${{ env.SMOKE_TOKEN }}`,
    headers: { Authorization: 'Bearer ${{ env.SMOKE_TOKEN }}' },
  };

  test('are substituted in url and headers', async () => {
    const { outcome } = await check(
      { ...secure, url: `${base}/secure?t=\${{ env.SMOKE_TOKEN }}` },
      { SMOKE_TOKEN: TOKEN },
    );
    expect(outcome.status).toBe('pass');
  });

  test('are substituted in the body', async () => {
    const { facts } = await check(
      { url: `${base}/echo`, method: 'PUT', body: 'v=${{env.SMOKE_TOKEN}}' },
      { SMOKE_TOKEN: 'abc' },
    );
    expect(JSON.parse(facts.targets[0]!.attempts[0]!.responses[0]!.body)).toMatchObject({
      method: 'PUT',
      body: 'v=abc',
    });
  });

  test('a missing variable is a UserError naming it', async () => {
    const gate = { type: 'http', ...secure } as HttpGate;
    const p = collectHttp(gate, collectCtx({}).ctx);
    await expect(p).rejects.toThrow(UserError);
    await expect(collectHttp(gate, collectCtx({}).ctx)).rejects.toThrow(
      'environment variable SMOKE_TOKEN is not set',
    );
  });

  test('secret values never show in the summary, details or progress', async () => {
    // The server echoes the token back in a 401 body; the url holds it too.
    const { outcome, progress } = await check(
      {
        ...secure,
        headers: { Authorization: `Bearer \${{ env.SMOKE_TOKEN }}`, 'X-Api-Key': 'literal-key-1234' },
        url: `${base}/secure?t=wrong`,
      },
      { SMOKE_TOKEN: TOKEN },
    );
    expect(outcome.status).toBe('fail');
    const shown = JSON.stringify([outcome, progress]);
    expect(shown).toContain('401');
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain('literal-key-1234');
    expect(shown).toContain('Headers sent: Authorization, X-Api-Key (values hidden).');
  });

  test('an invalid url is a UserError naming it', async () => {
    await expect(
      collectHttp({ type: 'http', url: 'http://exa mple' } as HttpGate, collectCtx().ctx),
    ).rejects.toThrow('url http://exa mple is not a valid http(s) URL');
  });
});

describe('explain', () => {
  test('states the defaults', () => {
    const text = explainHttp({ type: 'http', url: 'https://x/health' }).join('\n');
    expect(text).toContain('Request: GET https://x/health.');
    expect(text).toContain('Expects status 2xx (default).');
    expect(text).toContain('Timeout per request: 10 s; redirects followed.');
    expect(text).toContain('Retries: none (one attempt).');
  });
});
