/**
 * The five readiness gates through the bundled CLI (`node bin/shipgate.js check`), on a project
 * whose reports were written by the real tools in this run, a dnsmasq on 127.0.0.1, an HTTP
 * status endpoint and the shell's environment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { shipgate } from '../cli/helpers.js';
import { startDnsmasq, type DnsServer } from './dns-servers.js';
import { FIXTURES, eslintSarif, jestJunit, pytestJunit } from './tools.js';

const NOW = '2026-12-01T10:00:00Z';
let project: string;
let dns: DnsServer;
let server: Server;
let port: number;

function put(rel: string, from: string): void {
  mkdirSync(dirname(join(project, rel)), { recursive: true });
  copyFileSync(from, join(project, rel));
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'shipgate-readiness-cli-'));
  put('reports/unit/junit.xml', jestJunit({ pass: 4, skip: 1 }));
  put('reports/py/pytest.xml', pytestJunit({ failing: false }));
  put('reports/failing/pytest.xml', pytestJunit({ failing: true }));
  put('reports/java/TEST-com.acme.CartTest.xml', join(FIXTURES, 'tests/surefire-TEST-com.acme.CartTest.xml'));
  put('reports/eslint.sarif', eslintSarif());
  mkdirSync(join(project, 'backups'));
  writeFileSync(join(project, 'backups/db.dump'), 'x');
  utimesSync(
    join(project, 'backups/db.dump'),
    new Date('2026-12-01T04:00:00Z'),
    new Date('2026-12-01T04:00:00Z'),
  );
  dns = await startDnsmasq();
  server = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"load":{"finished":"2026-11-20T10:00:00Z"}}'),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  mkdirSync(join(project, '.github'));
  writeFileSync(
    join(project, '.github/shipgate.yml'),
    `version: 1
environments:
  production: { gates: [unit-tests, py-tests, scan, prod-env, backup, load-test, dns-web] }
  broken: { gates: [failing-tests, java-tests, dns-gone, dns-down] }
gates:
  unit-tests:
    type: tests
    title: Unit tests 100% passing
    report: [reports/unit/*.xml]
    min-tests: 4
  py-tests:
    type: tests
    report: reports/py/pytest.xml
  failing-tests:
    type: tests
    report: reports/failing/*.xml
  java-tests:
    type: tests
    report: "reports/java/TEST-*.xml"
    min-pass-rate: 20
  scan:
    type: sarif
    title: Security scanning completed
    report: reports/eslint.sarif
    max: { warning: 5 }
    allow:
      - { id: eqeqeq, reason: legacy module, expires: 2027-01-31 }
  prod-env:
    type: env
    require: [DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL, "STRIPE_*"]
    placeholders: default
    match: { NEXTAUTH_URL: "^https://" }
  backup:
    type: fresh
    title: Backups verified within 24 h
    files: backups/*.dump
    max-age: 24h
  load-test:
    type: fresh
    title: Load test run this week
    url: http://127.0.0.1:\${{ env.STATUS_PORT }}/status
    pointer: /load/finished
    max-age: 7d
  dns-web:
    type: dns
    name: web.test
    expect: 192.0.2.10
    resolver: \${{ env.DNS }}
  dns-gone:
    type: dns
    name: gone.test
    resolver: \${{ env.DNS }}
  dns-down:
    type: dns
    name: web.test
    resolver: 127.0.0.1:1
    timeout: 300ms
    retries: 0
`,
  );
});
afterAll(async () => {
  await dns?.close();
  await new Promise<void>((r) => server.close(() => r()));
});

const SECRETS = {
  DATABASE_URL: 'postgres://shop:k8Jq2mVx9@db.internal.acme.io:5432/shop',
  NEXTAUTH_SECRET: 'your-production-secret',
  NEXTAUTH_URL: 'https://shop.acme.io',
  STRIPE_SECRET_KEY: 'sk_live_51HqLyjWDarjtT1zdp7dc',
};

async function check(environment: string, env: Record<string, string> = {}) {
  const run = await shipgate(['check', '--environment', environment, '--now', NOW, '--json'], {
    cwd: project,
    env: { STATUS_PORT: String(port), DNS: dns.address, ...SECRETS, ...env },
  });
  const result = JSON.parse(run.stdout) as {
    allowed: boolean;
    gates: { id: string; status: string; summary: string }[];
  };
  return { run, result, gate: (id: string) => result.gates.find((g) => g.id === id)! };
}

describe('readiness gates through shipgate check', () => {
  it('judges test reports, scan results, environment, freshness and DNS', async () => {
    const { run, result, gate } = await check('production');
    expect(run.code).toBe(1);
    expect(result.allowed).toBe(false);
    expect(gate('unit-tests')).toMatchObject({ status: 'pass', summary: 'All 4 tests passed, 1 skipped' });
    expect(gate('py-tests')).toMatchObject({ status: 'pass', summary: 'All 2 tests passed, 2 skipped' });
    expect(gate('scan')).toMatchObject({
      status: 'pass',
      summary: 'No scan results over the limits (2 within the limits, 2 allowed, 1 suppressed)',
    });
    expect(gate('prod-env')).toMatchObject({
      status: 'fail',
      summary: '1 variable not ready: placeholder NEXTAUTH_SECRET',
    });
    expect(gate('backup')).toMatchObject({
      status: 'pass',
      summary: 'Newest of backups/*.dump (backups/db.dump) is from 6 h ago, within max-age 24h',
    });
    expect(gate('load-test')).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(
        /^\/load\/finished of http:\/\/127\.0\.0\.1:.* is from 11 d ago, older than max-age 7d$/,
      ),
    });
    expect(gate('dns-web')).toMatchObject({
      status: 'pass',
      summary: 'web.test A is 192.0.2.10, 192.0.2.11, as expected',
    });
    for (const v of Object.values(SECRETS)) expect(run.stdout + run.stderr).not.toContain(v);
  });

  it('failing reports name the failed tests; DNS failures fail or error, never pass', async () => {
    const { run, gate } = await check('broken');
    expect(run.code).toBe(1);
    expect(gate('failing-tests')).toMatchObject({
      status: 'fail',
      summary: '3 of 5 failed: pass rate 40%, below 100%, 2 skipped',
    });
    expect(gate('java-tests')).toMatchObject({
      status: 'pass',
      summary: '1 of 3 tests passed (33.33%, min 20%), 1 skipped',
    });
    expect(gate('dns-gone')).toMatchObject({
      status: 'fail',
      summary: 'gone.test does not exist (NXDOMAIN)',
    });
    expect(gate('dns-down')).toMatchObject({ status: 'error' });
    const text = await shipgate(['check', '--environment', 'broken', '--now', NOW], {
      cwd: project,
      env: { DNS: dns.address },
    });
    expect(text.stdout).toContain('test_cart › test_discount');
    expect(text.stdout).toContain('test_cart.TestCheckout › test_pays');
  });

  it('an invalid pattern in the config is a config error with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-readiness-bad-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github/shipgate.yml'),
      'version: 1\ngates:\n  e:\n    type: env\n    require: [A]\n    match: { A: "(" }\n  f:\n    type: fresh\n    max-age: 1d\n',
    );
    const run = await shipgate(['validate'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr + run.stdout).toMatch(/shipgate\.yml:6:\d+.*"\(" is not a valid regular expression/);
    expect(run.stderr + run.stdout).toMatch(
      /shipgate\.yml:8:\d+: gates\.f: set one of files, url \(with pointer\) or run/,
    );
  });
});
