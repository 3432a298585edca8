/**
 * End-to-end: the verify phase of the bundled action (gate → deploy → verify → roll back) against
 * a real Prometheus scraping a service whose traffic the test changes while the action samples.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getPR, getRepo, makeWorld, oidOf, startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import {
  ERROR_RATIO,
  P95_SECONDS,
  startPrometheus,
  startService,
  type Prometheus,
  type TestService,
} from '../helpers/prometheus.js';
import { runAction, stickyComments, type ActionRun } from './harness.js';

const TOKEN = 'prom-token-s3cr3t-value';
let svc: TestService;
let prom: Prometheus;
let fake: FakeGitHub | null = null;

beforeAll(async () => {
  svc = await startService({ requests: 100, errorRatio: 0, latencyMs: 30 });
  prom = await startPrometheus(svc);
  // irate() needs two scrapes in its range.
  await prom.waitForScrapes(3);
}, 30_000);

afterAll(async () => {
  await prom?.stop();
  await svc?.close();
});

beforeEach(async () => {
  svc.traffic = { requests: 100, errorRatio: 0, latencyMs: 30 };
  // What the previous test left in Prometheus is out of irate()'s last two points.
  await prom.waitForScrapes(2);
}, 30_000);

afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

function config(verifyGates: string, sample = '{ every: 200ms, for: 1s }') {
  return `version: 1
environments:
  production:
    gates: [tests]
    verify: [error-rate, latency]
gates:
  tests:
    type: checks
    title: All tests passing
    require: ["build", "test (*)"]
  error-rate:
    type: metric
    title: Error rate below 1%
    prometheus:
      url: "\${{ env.PROM_URL }}"
      headers: { Authorization: "Bearer \${{ env.PROM_TOKEN }}" }
    query: '${ERROR_RATIO}'
    max: 0.01
    sample: ${sample}
  latency:
    type: metric
    title: p95 latency below 200 ms
    prometheus: { url: "\${{ env.PROM_URL }}" }
    query: '${P95_SECONDS}'
    max: 0.2
${verifyGates}`;
}

const env = () => ({ PROM_URL: prom.url, PROM_TOKEN: TOKEN });

async function start(text: string) {
  fake = await startFakeGitHub(makeWorld({ config: text }));
  return fake;
}

const verify = (gh: FakeGitHub, opts: Parameters<typeof runAction>[1] = {}) =>
  runAction(gh, {
    ...opts,
    inputs: { environment: 'production', phase: 'verify', ...opts.inputs },
    env: { ...env(), ...opts.env },
  });

type Sampling = {
  planned: number;
  taken: number;
  failed: number;
  min?: number;
  max?: number;
  last?: number;
  samples: { status: string; value?: number }[];
};
const gate = (run: ActionRun, id: string) =>
  run.result!.gates.find((g) => g.id === id) as unknown as {
    status: string;
    summary: string;
    value?: number;
    sampling?: Sampling;
  };

function noSecrets(run: ActionRun, gh: FakeGitHub) {
  // The token and the URL from the environment are registered with the runner (::add-mask::, a
  // command the runner consumes), and appear nowhere else.
  expect(run.stdout).toContain(`::add-mask::${TOKEN}\n`);
  expect(run.stdout).toContain(`::add-mask::${prom.url}\n`);
  const stdout = run.stdout.replace(/^::add-mask::.*$/gm, '');
  const shown = JSON.stringify([
    stdout,
    run.stderr,
    run.outputs,
    run.summary,
    stickyComments(gh.world).map((c) => c.body),
  ]);
  expect(shown).not.toContain(TOKEN);
  // The URL came from the environment: it is shown as written in the config.
  expect(JSON.stringify(stickyComments(gh.world).map((c) => c.body))).not.toContain(prom.url);
}

describe('phase: verify against a real Prometheus', () => {
  it('deploy, then verify: passes after the whole window, keeps the deploy checklist and adds "After deploy"; rollback=false', async () => {
    const gh = await start(config(''));
    const deploy = await runAction(gh, { inputs: { environment: 'production' }, env: env() });
    expect(deploy.code).toBe(0);
    expect(deploy.outputs.rollback).toBe('false');
    // The deploy phase does not touch the verify gates.
    expect(deploy.result!.gates.map((g) => g.id)).toEqual(['tests']);

    const run = await verify(gh);
    expect(run.code).toBe(0);
    expect(run.outputs.rollback).toBe('false');
    expect(run.outputs.allowed).toBe('true');
    const rate = gate(run, 'error-rate');
    expect(rate.status).toBe('pass');
    // every 200ms for 1s: a sample at the start and one every 200 ms up to the end.
    expect(rate.sampling).toMatchObject({ planned: 6, taken: 6, failed: 0, min: 0, max: 0, last: 0 });
    expect(rate.summary).toMatch(/^held for 1 s: 6\/6 samples passed; last: 0 \(max 0\.01\)$/);
    // The latency gate has no sample: one evaluation of the real histogram (30 ms → the 50 ms bucket).
    const latency = gate(run, 'latency');
    expect(latency.status).toBe('pass');
    expect(latency.value).toBeGreaterThan(0);
    expect(latency.value).toBeLessThanOrEqual(0.05);
    expect(latency.sampling).toBeUndefined();
    // Progress per sample in the log.
    for (let i = 1; i <= 6; i++) expect(run.stdout).toContain(`error-rate: sample ${i}/6: pass 0 (max 0.01)`);

    const comments = stickyComments(gh.world);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('## ✅ Deploy to production allowed');
    expect(body).toContain('| ✅ | All tests passing | `tests` | pass |');
    expect(body).toContain('### After deploy to production: ✅ verified');
    expect(body).toMatch(/\| ✅ \| Error rate below 1% \| `error-rate` \| pass \| 6\/6 \| 0 \| 0 \| 0 \|/);
    expect(body).not.toContain('Verification failed');
    expect(run.summary).toContain('### After deploy to production: ✅ verified');
    noSecrets(run, gh);

    // Verifying again updates the same comment in place.
    const again = await verify(gh, { runId: 7002 });
    expect(again.code).toBe(0);
    expect(stickyComments(gh.world)).toHaveLength(1);
    expect(stickyComments(gh.world)[0]!.body).toContain('## ✅ Deploy to production allowed');
  }, 60_000);

  it('after the merge (push event, merge commit) the verify run adds After deploy to the PR comment the deploy run wrote', async () => {
    fake = await startFakeGitHub(
      makeWorld({ config: config('', '{ every: 200ms, for: 200ms }'), state: 'MERGED' }),
    );
    const gh = fake;
    const deploy = await runAction(gh, { inputs: { environment: 'production' }, env: env() });
    expect(deploy.code).toBe(0);
    const repo = getRepo(gh.world);
    const pr = getPR(gh.world);
    const merge = oidOf('merge-of-42');
    repo.commits.push({ oid: merge, committedDate: '2026-11-20T12:00:00Z', checkSuites: [], statuses: [] });
    pr.mergeCommit = merge;
    repo.blobs[merge] = { ...repo.blobs[pr.baseRefOid] };
    const run = await verify(gh, {
      event: 'push',
      payload: { ref: 'refs/heads/main', after: merge },
      sha: merge,
      runId: 7010,
    });
    expect(run.code).toBe(0);
    expect(run.result).toMatchObject({ phase: 'verify', pr: 42, sha: merge, rollback: false });
    const comments = stickyComments(gh.world);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('## ✅ Deploy to production allowed');
    expect(comments[0]!.body).toContain(
      `### After deploy to production: ✅ verified\ncommit \`${merge.slice(0, 7)}\``,
    );
  }, 60_000);

  it('fails as soon as more than failure-limit samples failed when errors start mid-window; rollback=true and the headline says roll back', async () => {
    const gh = await start(config('', '{ every: 250ms, for: 30s, failure-limit: 1 }'));
    await runAction(gh, { inputs: { environment: 'production' }, env: env() });
    let flipped = false;
    const run = await verify(gh, {
      onStdout: (out) => {
        // The service starts failing after the second healthy sample.
        if (!flipped && out.includes('error-rate: sample 2/121: pass')) {
          flipped = true;
          svc.traffic = { requests: 100, errorRatio: 0.5, latencyMs: 30 };
        }
      },
    });
    expect(flipped).toBe(true);
    expect(run.code).toBe(1);
    expect(run.outputs.rollback).toBe('true');
    expect(run.outputs.allowed).toBe('false');
    const rate = gate(run, 'error-rate');
    expect(rate.status).toBe('fail');
    const s = rate.sampling!;
    expect(s.failed).toBe(2);
    // It stopped at the second failure, long before the 30 s window ended.
    expect(s.taken).toBeLessThan(s.planned);
    expect(s.samples.slice(0, 2).map((x) => x.status)).toEqual(['pass', 'pass']);
    expect(s.samples.at(-1)!.status).toBe('fail');
    expect(s.samples.at(-1)!.value).toBeCloseTo(0.5, 9);
    expect(s.max).toBeCloseTo(0.5, 9);
    expect(rate.summary).toMatch(
      /^failed at sample \d+\/121 \(2 failed, 1 tolerated\): 0\.5, above max 0\.01$/,
    );
    expect(run.stdout).toContain('verification failed, roll back (rollback=true)');

    const body = stickyComments(gh.world)[0]!.body;
    // The headline comes first, the deploy checklist is kept, the verification follows.
    const headline = body.indexOf('## ⚠️ Verification failed: roll back production');
    const deployPart = body.indexOf('## ✅ Deploy to production allowed');
    const after = body.indexOf('### After deploy to production: ⚠️ verification failed: roll back');
    expect(headline).toBeGreaterThan(0);
    expect(deployPart).toBeGreaterThan(headline);
    expect(after).toBeGreaterThan(deployPart);
    expect(body).toMatch(
      /\| ❌ \| Error rate below 1% \| `error-rate` \| fail \| \d+\/121 \(2 failed\) \| 0 \| 0\.5 \| 0\.5 \|/,
    );
    expect(body).toContain('The `rollback` output is `true`.');
    // The failing gate's details show its query as written and the value it measured.
    expect(body).toContain(`\`\`\`text\n${ERROR_RATIO}\n\`\`\``);
    noSecrets(run, gh);
  }, 60_000);

  it('passes when a brief error spike recovers within failure-limit; the samples show it', async () => {
    const gh = await start(config('', '{ every: 500ms, for: 8s, failure-limit: 8 }'));
    let phase: 'healthy' | 'errors' | 'recovered' = 'healthy';
    const run = await verify(gh, {
      onStdout: (out) => {
        if (phase === 'healthy' && out.includes('error-rate: sample 2/17: pass')) {
          phase = 'errors';
          svc.traffic = { requests: 100, errorRatio: 0.2, latencyMs: 30 };
        } else if (phase === 'errors' && /error-rate: sample \d+\/17: fail/.test(out)) {
          phase = 'recovered';
          svc.traffic = { requests: 100, errorRatio: 0, latencyMs: 30 };
        }
      },
    });
    expect(phase).toBe('recovered');
    const rate = gate(run, 'error-rate');
    expect(rate.status).toBe('pass');
    expect(rate.sampling!.taken).toBe(17);
    expect(rate.sampling!.failed).toBeGreaterThanOrEqual(1);
    // Real PromQL arithmetic: the ratio of two irate()s comes back as 0.19999999999999998.
    expect(rate.sampling!.max).toBeCloseTo(0.2, 9);
    expect(rate.sampling!.last).toBe(0);
    expect(rate.summary).toMatch(/^held for 8 s: \d+\/17 samples passed \(\d failed, 8 tolerated\); last: 0/);
    expect(run.outputs.rollback).toBe('false');
    expect(stickyComments(gh.world)[0]!.body).toContain('### After deploy to production: ✅ verified');
  }, 60_000);

  it('no data is not "no errors": no series, NaN without traffic and more than one series are errors, "could not verify" means roll back', async () => {
    const gh = await start(
      config(
        `  typo-label:
    type: metric
    prometheus: { url: "\${{ env.PROM_URL }}" }
    query: 'sum(irate(http_requests_total{job="apii"}[5s]))'
    max: 0.01
  per-code:
    type: metric
    prometheus: { url: "\${{ env.PROM_URL }}" }
    query: 'irate(http_requests_total{job="api"}[5s])'
    max: 1000
`,
        '{ every: 200ms, for: 400ms }',
      ).replace('verify: [error-rate, latency]', 'verify: [error-rate, typo-label, per-code]'),
    );
    svc.traffic = { requests: 0, errorRatio: 0, latencyMs: 30 };
    await prom.waitForScrapes(3);
    const run = await verify(gh);
    expect(run.outputs.rollback).toBe('true');
    expect(run.code).toBe(1);
    expect(gate(run, 'error-rate').status).toBe('error');
    expect(gate(run, 'error-rate').summary).toContain('could not measure at sample 1/3');
    expect(gate(run, 'error-rate').summary).toContain(
      'the query returned NaN (e.g. 0/0 when there was no traffic)',
    );
    expect(gate(run, 'typo-label')).toMatchObject({ status: 'error' });
    expect(gate(run, 'typo-label').summary).toContain(
      'the query returned no series: no data is not "no errors"',
    );
    expect(gate(run, 'per-code').summary).toMatch(
      /the query returned 2 series \(\{.*code="200".*\}, \{.*code="500".*\}\), expected one: aggregate it/,
    );
    const body = stickyComments(gh.world)[0]!.body;
    expect(body).toContain('## ⚠️ Could not verify production: roll back');
    expect(run.stdout).toContain('could not verify, roll back (rollback=true)');
  }, 60_000);
});

describe('faults: each is an error naming its cause', () => {
  let stub: http.Server;
  let stubUrl = '';
  beforeAll(async () => {
    stub = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/401'))
        return void res.writeHead(401, { 'www-authenticate': 'Bearer' }).end('unauthorized');
      if (path.startsWith('/403'))
        return void res.writeHead(403).end('{"status":"error","errorType":"forbidden"');
      if (path.startsWith('/html'))
        return void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body>Sign in</body></html>');
      if (path.startsWith('/hang')) return; // never answers
      if (path.startsWith('/slow'))
        return void setTimeout(
          () =>
            res
              .writeHead(200)
              .end('{"status":"success","data":{"resultType":"scalar","result":[1,"0.001"]}}'),
          300,
        );
      if (path.startsWith('/status-api')) return void res.writeHead(200).end('{"data":[{"value":0.002}]}');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    stub.closeAllConnections();
    await new Promise((r) => stub.close(r));
  });

  it('unreachable, 401, 403, timeout, slow, not JSON, a PromQL error; a JSON API read by pointer', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const metric = (id: string, url: string, extra = '') =>
      `  ${id}:\n    type: metric\n    prometheus: { url: "${url}"${extra} }\n    query: up\n    max: 1\n    timeout: 500ms\n`;
    const text = `version: 1
environments:
  production:
    gates: [down]
    verify: [down, unauthorized, forbidden, hang, slow, html, promql, status-api, prom-json]
gates:
${metric('down', `http://127.0.0.1:${deadPort}`)}${metric('unauthorized', `${stubUrl}/401`, ', headers: { Authorization: "Bearer ${{ env.PROM_TOKEN }}" }')}${metric('forbidden', `${stubUrl}/403`, ', headers: { Authorization: "Bearer ${{ env.PROM_TOKEN }}" }')}${metric('hang', `${stubUrl}/hang`)}${metric('slow', `${stubUrl}/slow`).replace('timeout: 500ms', 'timeout: 5s')}${metric('html', `${stubUrl}/html`)}  promql:
    type: metric
    prometheus: { url: "\${{ env.PROM_URL }}" }
    query: 'sum(rate(http_requests_total[5m]'
    max: 1
  status-api:
    type: metric
    json: { url: "${stubUrl}/status-api", pointer: /data/0/value, headers: { DD-API-KEY: "\${{ env.PROM_TOKEN }}" } }
    max: 0.01
  prom-json:
    type: metric
    json: { url: "\${{ env.PROM_URL }}/api/v1/query?query=vector(0.25)", pointer: /data/result/0/value/1 }
    min: 0.3
`;
    const gh = await start(text);
    const run = await verify(gh);
    expect(run.outputs.rollback).toBe('true');
    const summary = (id: string) => gate(run, id).summary;
    expect(gate(run, 'down').status).toBe('error');
    expect(summary('down')).toContain(
      `could not measure: Prometheus at http://127.0.0.1:${deadPort} could not be reached: connection refused (ECONNREFUSED)`,
    );
    expect(summary('unauthorized')).toBe(
      'could not measure: Prometheus answered 401 Unauthorized: the credentials in the Authorization header were not accepted (expired or wrong token?)',
    );
    expect(summary('forbidden')).toContain(
      'Prometheus answered 403 Forbidden: the credentials in the Authorization header may not read this data',
    );
    expect(summary('hang')).toContain('could not be reached: timed out after 500 ms');
    expect(gate(run, 'slow')).toMatchObject({ status: 'pass', summary: '0.001 (max 1)' });
    expect(summary('html')).toContain(
      'Prometheus answered 200 with a body that is not JSON (it starts with "<html><body>Sign in</body></html>")',
    );
    expect(gate(run, 'promql').status).toBe('error');
    expect(summary('promql')).toMatch(/^could not measure: the query is not valid PromQL: .*parse error/);
    expect(gate(run, 'status-api')).toMatchObject({ status: 'pass', value: 0.002 });
    expect(gate(run, 'prom-json')).toMatchObject({
      status: 'fail',
      summary: '0.25, below min 0.3',
      value: 0.25,
    });
    for (const id of ['down', 'unauthorized', 'forbidden', 'hang', 'html', 'promql'])
      expect(gate(run, id).status).toBe('error');
    expect(stickyComments(gh.world)[0]!.body).toContain('## ⚠️ Verification failed: roll back production');
    noSecrets(run, gh);
  }, 60_000);

  it('a verify phase that cannot even start (no verify list) says could not verify: rollback=true', async () => {
    const gh = await start(config('').replace('    verify: [error-rate, latency]\n', ''));
    const run = await verify(gh);
    expect(run.code).toBe(1);
    expect(run.outputs.rollback).toBe('true');
    expect(run.stdout).toContain('environment "production" has no verify list');
  }, 60_000);

  it('a verify list naming a gate that does not exist is a positioned config error with did-you-mean; rollback=true', async () => {
    const gh = await start(
      config('').replace('verify: [error-rate, latency]', 'verify: [error-rate, latncy]'),
    );
    const run = await verify(gh);
    expect(run.code).toBe(1);
    expect(run.outputs.rollback).toBe('true');
    expect(run.stdout).toContain(
      '::error title=shipgate config,file=.github/shipgate.yml,line=5,col=26::environments.production.verify: no gate named "latncy" (did you mean "latency"?)',
    );
    expect(stickyComments(gh.world)[0]!.body).toContain(
      'Could not verify production: roll back (the shipgate config is invalid)',
    );
  }, 60_000);
});
