/**
 * One engine: the same config and files give the same gate results from `shipgate check --json`
 * and from the bundled action (dist/index.js against the fake GitHub, config on the base branch).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWorld, startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { runAction, stickyComments } from '../e2e/harness.js';
import { FIXTURES, copyReports, healthHandler, shipgate, startServer } from './helpers.js';

const CONFIG = readFileSync(join(FIXTURES, 'cli', 'parity.yml'), 'utf8');
/** Friday 11:00 in Berlin: inside the Friday window; 05:00 in New York, inside the launch freeze. */
const NOW = '2026-12-04T11:00:00+01:00';

const REPORTS: Record<string, string> = {
  'coverage/lcov.info': 'coverage/reports/js/lcov.info',
  'py/coverage.xml': 'coverage/reports/py/coverage.xml',
  'c/lcov.info': 'coverage/reports/c/lcov.info',
  'audit/npm7-high.json': 'audit/npm7-high.json',
  'audit/npm6-critical.json': 'audit/npm6-critical.json',
  'audit/osv-scanner-v2.json': 'audit/osv-scanner-v2.json',
  'audit/yarn-1-high.jsonl': 'audit/yarn-1-high.jsonl',
  'audit/yarn-1-critical.jsonl': 'audit/yarn-1-critical.jsonl',
  'audit/pnpm-high.json': 'audit/pnpm-high.json',
};

interface Gate {
  id: string;
  type: string;
  title: string;
  status: string;
  required: boolean;
  summary: string;
}
interface Result {
  environment: string;
  allowed: boolean;
  sha: string;
  pr: number | null;
  gates: Gate[];
}

let fake: FakeGitHub;
let server: Awaited<ReturnType<typeof startServer>>;
let workspace: string;
let cli: { code: number | null; stderr: string; result: Result };
let action: { code: number | null; stdout: string; result: Result };

beforeAll(async () => {
  server = await startServer(healthHandler);
  const env = { SMOKE_PORT: String(server.port) };
  // One checkout: the CLI runs in it, and the action uses it as GITHUB_WORKSPACE.
  workspace = mkdtempSync(join(tmpdir(), 'shipgate-parity-'));
  copyReports(workspace, REPORTS);
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'shipgate.yml'), CONFIG);

  const c = await shipgate(['check', '--json', '--now', NOW], { cwd: workspace, env });
  cli = { code: c.code, stderr: c.stderr, result: JSON.parse(c.stdout) as Result };

  fake = await startFakeGitHub(makeWorld({ config: CONFIG }));
  const a = await runAction(fake, { workspace, inputs: { now: NOW }, env });
  action = { code: a.code, stdout: a.stdout, result: a.result as Result };
}, 120_000);

afterAll(async () => {
  expect(fake.validationErrors).toEqual([]);
  await fake.close();
  await server.close();
});

/** Durations measured in the run itself (a command's run time, a request's latency) differ. */
const timing = (s: string) => s.replace(/\b\d+(\.\d+)? ?(ms|s)\b/g, '<time>');

describe('the CLI and the action share one engine', () => {
  it('both evaluated every gate of the config, in config order', () => {
    const ids = [...CONFIG.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]);
    expect(cli.result.gates.map((g) => g.id)).toEqual(ids);
    expect(action.result.gates.map((g) => g.id)).toEqual(ids);
    // The action really ran against the PR.
    expect(action.result.pr).toBe(42);
    expect(stickyComments(fake.world)).toHaveLength(1);
  });

  it('gives identical coverage and audit results, summary for summary', () => {
    const pick = (r: Result) => r.gates.filter((g) => g.type === 'coverage' || g.type === 'audit');
    expect(pick(cli.result)).toHaveLength(7);
    expect(pick(cli.result)).toEqual(pick(action.result));
  });

  it('gives identical window results for the same `now`', () => {
    const pick = (r: Result) => r.gates.filter((g) => g.type === 'window');
    expect(pick(cli.result)).toEqual(pick(action.result));
  });

  it('gives the same http and command results (timings aside)', () => {
    const pick = (r: Result) =>
      r.gates
        .filter((g) => g.type === 'http' || g.type === 'command')
        .map((g) => ({ ...g, summary: timing(g.summary) }));
    expect(pick(cli.result)).toEqual(pick(action.result));
  });

  it('reaches the same verdict: blocked, by the same gates, with exit code 1', () => {
    expect(cli.result.allowed).toBe(false);
    expect(action.result.allowed).toBe(false);
    expect(cli.code).toBe(1);
    expect(action.code).toBe(1);
    const blocking = (r: Result) =>
      r.gates.filter((g) => g.required && g.status !== 'pass' && g.status !== 'skipped').map((g) => g.id);
    expect(blocking(cli.result)).toEqual(blocking(action.result));
  });

  it('covers every status the local gates can have, so the comparison means something', () => {
    const byId = Object.fromEntries(cli.result.gates.map((g) => [g.id, g]));
    expect(Object.fromEntries(Object.entries(byId).map(([id, g]) => [id, g.status]))).toEqual({
      'coverage-js': 'pass',
      'coverage-py': 'fail',
      'coverage-c': 'error', // lcov carries no statements: a minimum for them cannot be judged
      'coverage-missing': 'error',
      'audit-npm': 'pass', // the high advisory is allowlisted until 2027-01-31
      'audit-many': 'fail',
      'audit-expired': 'fail', // the allowlist entry expired on 2026-11-30
      window: 'pass',
      freeze: 'fail',
      smoke: 'pass',
      'smoke-down': 'fail',
      build: 'pass',
      lint: 'fail',
    });
    expect(byId['coverage-missing']!.summary).toContain('build/coverage/lcov.info');
    expect(byId.freeze!.summary).toContain('Launch weekend');
    expect(byId['audit-expired']!.summary).not.toBe(byId['audit-npm']!.summary);
  });
});
