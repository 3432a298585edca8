/**
 * The grown http gate through the CLI (bin/shipgate.js → dist/cli): several URLs, response
 * headers, JSON Pointer assertions, latency over samples, TLS certificates made with openssl and
 * served by local HTTPS servers, and sampling in the verify phase.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { days, makeCa, startHttps, type TestCa } from '../helpers/tls.js';
import { shipgate } from './helpers.js';

let plain: http.Server;
let base = '';
let hits = 0;
let ca: TestCa;
const servers: { close: () => Promise<void> }[] = [];
const tls: Record<'good' | 'expired' | 'wrongHost' | 'soon', string> = {
  good: '',
  expired: '',
  wrongHost: '',
  soon: '',
};

const ok = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json', 'strict-transport-security': 'max-age=63072000' });
  res.end('{"status":"ok"}');
};

beforeAll(async () => {
  plain = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits++;
    if (path === '/health')
      return void res
        .writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          'strict-transport-security': 'max-age=63072000; includeSubDomains',
          'x-powered-by': 'Express',
        })
        .end(
          JSON.stringify({
            status: 'ok',
            version: '2.4.1',
            region: 'eu-west-1',
            queue: { depth: 12 },
            checks: [{ name: 'db', up: true }],
          }),
        );
    if (path === '/down') return void res.writeHead(503).end('{"status":"down"}');
    if (path === '/slow') return void setTimeout(() => res.writeHead(200).end('{}'), 250);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;

  ca = makeCa();
  const leaf = {
    good: ca.leaf('good', 'IP:127.0.0.1,DNS:localhost', days(-1), days(365)),
    expired: ca.leaf('expired', 'IP:127.0.0.1', days(-400), days(-30)),
    wrongHost: ca.leaf('wrong-host', 'DNS:other.example', days(-1), days(365)),
    soon: ca.leaf('soon', 'IP:127.0.0.1', days(-1), days(5)),
  };
  for (const k of Object.keys(leaf) as (keyof typeof leaf)[]) {
    const s = await startHttps(leaf[k], ok);
    servers.push(s);
    tls[k] = s.url;
  }
}, 60_000);

afterAll(async () => {
  for (const s of servers) await s.close();
  plain.closeAllConnections();
  await new Promise((r) => plain.close(r));
});

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-http-'));
  mkdirSync(join(dir, '.github'));
  mkdirSync(join(dir, 'certs'));
  writeFileSync(join(dir, '.github', 'shipgate.yml'), config);
  writeFileSync(join(dir, 'certs', 'ca.pem'), ca.caPem);
  return dir;
}

type Result = {
  gates: {
    id: string;
    status: string;
    summary: string;
    sampling?: { taken: number; planned: number; failed: number; unit?: string; max?: number };
  }[];
  rollback?: boolean;
  phase?: string;
};
async function check(config: string, args: string[] = []) {
  const dir = project(config);
  const run = await shipgate(['check', '--json', ...args], { cwd: dir });
  const result = run.stdout ? (JSON.parse(run.stdout) as Result) : null;
  const gate = (id: string) => result!.gates.find((g) => g.id === id)!;
  return { run, result, gate, dir };
}

describe('http gate: several URLs, headers, JSON Pointer, latency', () => {
  it('reports each URL and fails when one of them fails', async () => {
    const { run, gate } = await check(`version: 1
gates:
  both:
    type: http
    urls: ["${base}/health", "${base}/down"]
  fine:
    type: http
    urls: ["${base}/health", "${base}/health?again"]
`);
    expect(run.code).toBe(1);
    expect(gate('both')).toMatchObject({
      status: 'fail',
      summary: `1/2 URLs failed: GET ${base}/down: status 503, expected 2xx`,
    });
    expect(gate('fine')).toMatchObject({ status: 'pass' });
    expect(gate('fine').summary).toMatch(/^2\/2 URLs answered as expected \(slowest \d+ ms\)$/);
    // The text output names each URL in the details table.
    const text = await shipgate(['check', '--config', '.github/shipgate.yml'], {
      cwd: (
        await check(
          'version: 1\ngates:\n  both:\n    type: http\n    urls: ["' +
            base +
            '/health", "' +
            base +
            '/down"]\n',
        )
      ).dir,
    });
    expect(text.stdout).toContain(`${base}/health`);
    expect(text.stdout).toContain(`${base}/down`);
  }, 60_000);

  it('checks response headers: present, absent, equals, matches', async () => {
    const { gate } = await check(`version: 1
gates:
  secure-headers:
    type: http
    url: ${base}/health
    expect:
      headers:
        Strict-Transport-Security: { matches: "max-age=\\\\d{8,}" }
        cache-control: { equals: no-store }
        content-security-policy: { present: true }
  no-banner:
    type: http
    url: ${base}/health
    expect:
      headers:
        x-powered-by: { present: false }
  good-headers:
    type: http
    url: ${base}/health
    expect:
      headers:
        strict-transport-security: { matches: "includeSubDomains" }
        cache-control: { equals: no-store, present: true }
`);
    expect(gate('secure-headers')).toMatchObject({
      status: 'fail',
      summary: `GET ${base}/health: header content-security-policy is missing`,
    });
    expect(gate('no-banner').summary).toBe(
      `GET ${base}/health: header x-powered-by is present ("Express"), expected it absent`,
    );
    expect(gate('good-headers').status).toBe('pass');
  }, 60_000);

  it('checks JSON values by pointer: equals, in, matches, min, max; the older path form still works', async () => {
    const { gate } = await check(`version: 1
gates:
  all-good:
    type: http
    url: ${base}/health
    expect:
      json:
        /status: { equals: ok }
        /region: { in: [eu-west-1, eu-central-1] }
        /version: { matches: "^2\\\\." }
        /queue/depth: { min: 0, max: 100 }
        /checks/0: { equals: { name: db, up: true } }
  bad-region:
    type: http
    url: ${base}/health
    expect:
      json:
        /region: { in: [us-east-1] }
  deep-queue:
    type: http
    url: ${base}/health
    expect:
      json:
        /queue/depth: { max: 10 }
        /missing/key: { equals: 1 }
  old-form:
    type: http
    url: ${base}/health
    expect:
      json: { path: checks.0.name, equals: db }
`);
    expect(gate('all-good').status).toBe('pass');
    expect(gate('bad-region').summary).toBe(
      `GET ${base}/health: JSON /region is "eu-west-1", expected one of "us-east-1"`,
    );
    expect(gate('deep-queue').summary).toBe(
      `GET ${base}/health: JSON /queue/depth is 12, above max 10 (+1 more)`,
    );
    expect(gate('old-form').status).toBe('pass');
  }, 60_000);

  it('a json key that is not a pointer, or the old form mixed with pointers, is a config error saying how to write it', async () => {
    const { run } = await check(`version: 1
gates:
  typo:
    type: http
    url: ${base}/health
    expect:
      json:
        status: { equals: ok }
`);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '.github/shipgate.yml:8:9: gates.typo.expect.json: invalid key "status"; expected a JSON Pointer key such as /status or /checks/0/up (starting with /), each with its assertion; or the older form { path, equals }\n',
    );
    const mixed = await check(`version: 1
gates:
  mixed:
    type: http
    url: ${base}/health
    expect:
      json: { path: status, equals: ok, /version: { equals: "2" } }
`);
    expect(mixed.run.code).toBe(2);
    expect(mixed.run.stderr).toContain(
      '.github/shipgate.yml:7:13: gates.mixed: mixes the older { path, equals } form with JSON Pointer keys; write every check as a pointer, e.g. /status: { equals: ok }',
    );
  }, 60_000);

  it('judges latency over samples: p95-ms and max-ms', async () => {
    const { gate } = await check(`version: 1
gates:
  fast:
    type: http
    url: ${base}/health
    samples: 20
    expect: { p95-ms: 5000, max-ms: 10000 }
  slow-p95:
    type: http
    url: ${base}/slow
    samples: 4
    expect: { p95-ms: 100 }
  slow-max:
    type: http
    url: ${base}/slow
    samples: 2
    expect: { max-ms: 100 }
`);
    const before = hits;
    expect(gate('fast').status).toBe('pass');
    expect(gate('fast').summary).toMatch(/\(p95 \d+ ms, max \d+ ms over 20 requests\)$/);
    expect(gate('slow-p95').summary).toMatch(/p95 latency \d+ ms over 4 requests, max 100 ms$/);
    expect(gate('slow-max').summary).toMatch(/slowest of 2 requests took \d+ ms, max 100 ms$/);
    expect(before).toBeGreaterThanOrEqual(26);
  }, 60_000);
});

describe('http gate: expect.tls against certificates made with openssl', () => {
  it('passes for a trusted certificate valid for the host with enough days left, and says so', async () => {
    const { gate, run } = await check(`version: 1
gates:
  cert:
    type: http
    url: ${tls.good}/
    expect: { tls: { ca: certs/ca.pem, min-days: 30 } }
`);
    expect(gate('cert').status).toBe('pass');
    const text = await shipgate(['check', '--no-color'], {
      cwd: project(
        `version: 1\ngates:\n  cert:\n    type: http\n    url: ${tls.expired}/\n    expect: { tls: { ca: certs/ca.pem } }\n`,
      ),
    });
    expect(text.stdout).toMatch(
      /TLS certificate CN=expired, issued by CN=shipgate test CA, valid until \d{4}-\d\d-\d\d \(-\d+ days left\), not accepted \(CERT_HAS_EXPIRED\)/,
    );
    expect(run.code).toBe(0);
  }, 60_000);

  it('fails an expired certificate, one for another host, an untrusted chain, and one expiring within min-days', async () => {
    const { gate, run } = await check(`version: 1
gates:
  expired:
    type: http
    url: ${tls.expired}/
    expect: { tls: { ca: certs/ca.pem } }
  wrong-host:
    type: http
    url: ${tls.wrongHost}/
    expect: { tls: { ca: certs/ca.pem } }
  untrusted:
    type: http
    url: ${tls.good}/
    expect: { tls: {} }
  soon:
    type: http
    url: ${tls.soon}/
    expect: { tls: { ca: certs/ca.pem, min-days: 14 } }
`);
    expect(run.code).toBe(1);
    expect(gate('expired').summary).toMatch(
      new RegExp(`^GET ${tls.expired}/: certificate expired on \\d{4}-\\d\\d-\\d\\d$`),
    );
    expect(gate('wrong-host').summary).toBe(
      `GET ${tls.wrongHost}/: certificate is not valid for this host: it is for DNS:other.example, not 127.0.0.1`,
    );
    expect(gate('untrusted').summary).toMatch(
      /certificate chain is not trusted \((UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN), issued by CN=shipgate test CA\); for an internal CA set expect.tls.ca$/,
    );
    expect(gate('soon').summary).toMatch(
      /certificate expires in [45] day\(s\) \(on \d{4}-\d\d-\d\d\), at least 14 required$/,
    );
    for (const id of ['expired', 'wrong-host', 'untrusted', 'soon']) expect(gate(id).status).toBe('fail');
  }, 60_000);

  it('without expect.tls an untrusted certificate is still refused; a missing CA file is an error', async () => {
    const { gate } = await check(`version: 1
gates:
  plain-https:
    type: http
    url: ${tls.good}/
  no-ca-file:
    type: http
    url: ${tls.good}/
    expect: { tls: { ca: certs/missing.pem } }
`);
    expect(gate('plain-https').status).toBe('fail');
    expect(gate('plain-https').summary).toMatch(/no answer: .*(certificate|issuer)/i);
    expect(gate('no-ca-file')).toMatchObject({
      status: 'error',
      summary:
        'expect.tls.ca: cannot read certs/missing.pem (ENOENT); give the path of a PEM file in the workspace',
    });
  }, 60_000);
});

describe('shipgate check --phase verify', () => {
  const config = (extra = '') => `version: 1
environments:
  production:
    gates: [pre]
    verify: [health]
gates:
  pre:
    type: http
    url: ${base}/down
  health:
    type: http
    urls: ["${base}/health"]
    sample: { every: 200ms, for: 600ms${extra} }
`;

  it('samples the verify gates only, logs each sample, and exits 0 when the window held', async () => {
    const dir = project(config());
    const run = await shipgate(['check', '--environment', 'production', '--phase', 'verify', '--json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Result;
    expect(result.phase).toBe('verify');
    expect(result.rollback).toBe(false);
    expect(result.gates.map((g) => g.id)).toEqual(['health']);
    expect(result.gates[0]!.sampling).toMatchObject({ planned: 4, taken: 4, failed: 0, unit: 'ms' });
    for (let i = 1; i <= 4; i++) expect(run.stderr).toContain(`health: sample ${i}/4: pass`);
    const text = await shipgate(['check', '--environment', 'production', '--phase', 'verify', '--no-color'], {
      cwd: dir,
    });
    expect(text.stdout).toContain('Deploy to production verified');
    expect(text.stdout).toMatch(/samples 4\/4, min \d+ ms, max \d+ ms, last \d+ ms/);
  }, 60_000);

  it('exits 1 with "roll back" when a sampled URL fails, and 2 for an unknown --phase', async () => {
    const dir = project(
      config().replace(`urls: ["${base}/health"]`, `urls: ["${base}/health", "${base}/down"]`),
    );
    const run = await shipgate(['check', '--environment', 'production', '--phase', 'verify', '--no-color'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Verification failed to production: roll back');
    expect(run.stdout).toContain('failed at sample 1/4 (1 failed, 0 tolerated)');
    const bad = await shipgate(['check', '--phase', 'after'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--phase "after" is not a phase; expected deploy or verify');
  }, 60_000);

  it('the deploy phase without --environment leaves out gates only named in verify lists', async () => {
    const dir = project(config());
    const run = await shipgate(['check', '--json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as Result).gates.map((g) => g.id)).toEqual(['pre']);
  }, 60_000);
});
