/**
 * A real Prometheus (Debian's /usr/bin/prometheus) on 127.0.0.1 with a throw-away storage dir and a
 * 1 s scrape interval, scraping a small service whose traffic the test controls: every scrape
 * adds `requests` requests to http_requests_total{code}, `errorRatio` of them 500s, and as many
 * observations of `latencyMs` to the http_request_duration_seconds histogram. Queries with irate()
 * over a few seconds then see a change within a scrape or two, so pass, fail mid-window, recovery
 * and no data all come from real PromQL evaluation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';

export interface Traffic {
  /** Requests added per scrape; 0 means no traffic (rates become 0/0 = NaN). */
  requests: number;
  errorRatio: number;
  latencyMs: number;
}

const BUCKETS = [0.05, 0.1, 0.2, 0.5, 1, 2];

export interface TestService {
  url: string;
  traffic: Traffic;
  scrapes: number;
  close: () => Promise<void>;
}

export async function startService(initial: Traffic): Promise<TestService> {
  const counts = { ok: 0, err: 0, buckets: BUCKETS.map(() => 0), inf: 0, sum: 0 };
  const svc = { traffic: { ...initial }, scrapes: 0 } as TestService;
  const server = http.createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    svc.scrapes++;
    const t = svc.traffic;
    const errors = Math.round(t.requests * t.errorRatio);
    counts.ok += t.requests - errors;
    counts.err += errors;
    const seconds = t.latencyMs / 1000;
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) counts.buckets[i]! += t.requests;
    });
    counts.inf += t.requests;
    counts.sum += seconds * t.requests;
    const lines = [
      '# TYPE http_requests_total counter',
      `http_requests_total{code="200"} ${counts.ok}`,
      `http_requests_total{code="500"} ${counts.err}`,
      '# TYPE http_request_duration_seconds histogram',
      ...BUCKETS.map((le, i) => `http_request_duration_seconds_bucket{le="${le}"} ${counts.buckets[i]}`),
      `http_request_duration_seconds_bucket{le="+Inf"} ${counts.inf}`,
      `http_request_duration_seconds_sum ${counts.sum}`,
      `http_request_duration_seconds_count ${counts.inf}`,
      '',
    ];
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(lines.join('\n'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  svc.url = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  svc.close = () => {
    server.closeAllConnections();
    return new Promise((r) => server.close(() => r()));
  };
  return svc;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Prometheus {
  url: string;
  query: (q: string) => Promise<unknown>;
  /** Resolves once the service has been scraped `n` more times and Prometheus has the data. */
  waitForScrapes: (n: number) => Promise<void>;
  stop: () => Promise<void>;
  log: () => string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPrometheus(svc: TestService): Promise<Prometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-prom-'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global: { scrape_interval: 1s, scrape_timeout: 900ms, evaluation_interval: 1s }',
      'scrape_configs:',
      '  - job_name: api',
      `    static_configs: [{ targets: ["${svc.url}"] }]`,
      '',
    ].join('\n'),
  );
  let child: ChildProcess | null = null;
  let output = '';
  let url = '';
  // A port picked free may be taken before Prometheus binds it: try a few.
  for (let tries = 0; tries < 5 && !url; tries++) {
    const port = await freePort();
    child = spawn(
      PROMETHEUS_BIN,
      [
        `--config.file=${config}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--storage.tsdb.retention.time=1h',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<void>((r) => child!.once('exit', () => r()));
    for (let i = 0; i < 200; i++) {
      const ready = await Promise.race([
        fetch(`http://127.0.0.1:${port}/-/ready`).then(
          (r) => r.ok,
          () => false,
        ),
        exited.then(() => null),
      ]);
      if (ready === null) break;
      if (ready) {
        url = `http://127.0.0.1:${port}`;
        break;
      }
      await sleep(50);
    }
    if (!url && child.exitCode === null) child.kill('SIGKILL');
  }
  if (!url || !child) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`prometheus did not start:\n${output}`);
  }
  const proc = child;
  const query = async (q: string) => {
    const r = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(q)}`);
    return r.json();
  };
  const prom: Prometheus = {
    url,
    query,
    log: () => output,
    waitForScrapes: async (n: number) => {
      const target = svc.scrapes + n;
      for (let i = 0; i < 400 && svc.scrapes < target; i++) await sleep(25);
      if (svc.scrapes < target) throw new Error(`prometheus did not scrape the service:\n${output}`);
      // The scraped samples become queryable right after the scrape is appended.
      await sleep(150);
    },
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) {
        const gone = new Promise<void>((r) => proc.once('exit', () => r()));
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return prom;
}

/** The queries the tests use: real shapes, with irate over seconds instead of rate over minutes. */
export const ERROR_RATIO =
  'sum(irate(http_requests_total{job="api",code=~"5.."}[5s])) / sum(irate(http_requests_total{job="api"}[5s]))';
export const P95_SECONDS =
  'histogram_quantile(0.95, sum by (le) (irate(http_request_duration_seconds_bucket{job="api"}[5s])))';
