/**
 * The README's quick start, as written: its `.github/shipgate.yml` and the shipgate step of each
 * of its workflows (inputs, env, the token it is given and the workflow's `permissions:`) are
 * taken out of README.md and run with the bundled action against the fake GitHub, in a workspace
 * holding what the workflow's earlier steps leave there (the downloaded reports, the project's
 * installed Prisma CLI). Before that, the wiring a reader would get wrong is checked on the text:
 * required checks are jobs the shipgate job waits for, report paths are uploaded and downloaded,
 * tools the gates run are installed, variables the gates read are in the step's env.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import {
  APP_TOKEN,
  getPR,
  getRepo,
  makeWorld,
  startFakeGitHub,
  type FakeGitHub,
  type Permission,
  type World,
} from '../fake-github/index.js';
import { prPayload, ROOT, runAction, statuses, stickyComments } from './harness.js';

// ---------------------------------------------------------------------------------------------
// The quick start, out of README.md

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quickStart = README.slice(
  README.indexOf('## Quick start'),
  README.indexOf('\n## ', README.indexOf('## Quick start') + 1),
);

/** The first ```yaml block after the line that names `file`. */
function blockAfter(file: string): string {
  const at = quickStart.search(new RegExp('^`' + file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '`', 'm'));
  if (at < 0) throw new Error(`the quick start does not show ${file}`);
  const m = /```yaml\n([\s\S]*?)```/.exec(quickStart.slice(at));
  return m![1]!;
}

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  name?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
interface Config {
  groups?: Record<string, string[]>;
  environments: Record<string, { gates: string[] }>;
  gates: Record<string, Record<string, unknown> & { type: string }>;
}

const CONFIG_TEXT = blockAfter('.github/shipgate.yml');
const config = parse(CONFIG_TEXT) as Config;
const workflows = {
  deploy: parse(blockAfter('.github/workflows/deploy.yml')) as Workflow,
  checklist: parse(blockAfter('.github/workflows/checklist.yml')) as Workflow,
};
const ACTION_INPUTS = Object.keys(
  (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);

/** The job with the shipgate step, the step, and the steps before it. */
function shipgateJob(w: Workflow) {
  for (const [id, job] of Object.entries(w.jobs)) {
    const i = job.steps.findIndex((s) => s.uses?.startsWith('shipgate/shipgate@'));
    if (i >= 0) return { id, job, step: job.steps[i]!, before: job.steps.slice(0, i) };
  }
  throw new Error('no shipgate step');
}
const needsOf = (job: Job) =>
  job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
/** Gates of the environment the step evaluates. */
type Gate = { id: string; type: string; [option: string]: unknown };
function gatesOf(step: Step): Gate[] {
  const env = String(step.with?.environment ?? '');
  const ids = env ? config.environments[env]!.gates : Object.keys(config.gates);
  return ids.map((id) => ({ id, ...config.gates[id]! }));
}
/** Paths an upload-artifact step of `job` uploads, by artifact name. */
function uploads(job: Job): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@')))
    out[String(s.with!.name)] = String(s.with!.path)
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
  return out;
}
const usesTeams = (people: unknown): boolean =>
  Array.isArray(people) && people.some((p: string) => p.startsWith('@') || usesTeams(config.groups?.[p]));

// ---------------------------------------------------------------------------------------------
// The wiring, checked on the text

describe.each(Object.entries(workflows))('the quick-start %s workflow', (_name, w) => {
  const { job, step, before } = shipgateJob(w);
  const gates = gatesOf(step);

  it('gives shipgate only inputs action.yml declares', () => {
    for (const key of Object.keys(step.with ?? {})) expect(ACTION_INPUTS).toContain(key);
    expect(Object.keys(config.environments)).toContain(step.with?.environment);
  });

  it('requires only checks that are jobs the shipgate job waits for (by id or name)', () => {
    const required = gates.filter((g) => g.type === 'checks').flatMap((g) => g.require as string[]);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) {
      const needed = needsOf(job).map((id) => w.jobs[id]!.name ?? id);
      expect(needed).toContain(name);
    }
  });

  it('downloads, in the shipgate job, every report its gates read, as uploaded by the job it waits for', () => {
    const reports = gates
      .filter((g) => g.type === 'coverage' || g.type === 'audit')
      .map((g) => String(g.report));
    expect(reports.length).toBeGreaterThan(0);
    const uploaded = Object.assign({}, ...needsOf(job).map((id) => uploads(w.jobs[id]!))) as Record<
      string,
      string[]
    >;
    const downloaded = before
      .filter((s) => s.uses?.startsWith('actions/download-artifact@'))
      .map((s) => String(s.with?.name));
    const available = downloaded.flatMap((name) => uploaded[name] ?? []);
    for (const report of reports) expect(available).toContain(report);
  });

  it('installs the project before shipgate when a gate runs its tools, and passes the variables gates read', () => {
    const runsTools = gates.some(
      (g) => g.type === 'migrations' && (g.tool !== undefined || g.status !== undefined),
    );
    if (runsTools) {
      expect(before.map((s) => s.run)).toContain('npm ci');
      // prisma migrate status reads the database from DATABASE_URL.
      if (gates.some((g) => g.tool === 'prisma'))
        expect(Object.keys(step.env ?? {})).toContain('DATABASE_URL');
    }
    const refs = [...JSON.stringify(gates).matchAll(/\$\{\{\s*env\.([A-Z_]+)\s*\}\}/g)].map((m) => m[1]);
    for (const name of refs) expect(Object.keys(step.env ?? {})).toContain(name);
  });

  it('gives shipgate a token that can read team members when its gates name teams', () => {
    const teams = gates.some(
      (g) => usesTeams(g.signoff) || usesTeams(g.from) || usesTeams(g.override) || g.codeowners === true,
    );
    expect(teams).toBe(true);
    expect(step.with?.token).toBe('${{ steps.app-token.outputs.token }}');
    expect(before.find((s) => s.id === 'app-token')?.uses).toMatch(/^actions\/create-github-app-token@/);
  });
});

it('the quick start says which token team features need', () => {
  expect(quickStart).toMatch(/Members: read/);
  expect(quickStart).toMatch(/GitHub App/);
});

// ---------------------------------------------------------------------------------------------
// Running it

const DATABASE_URL = 'postgresql://deploy@db.internal:5432/shop';
let staging: Server;
let stagingHost = '';
let caFile = '';

beforeAll(async () => {
  // The staging service the smoke gate checks: a real HTTPS server, certificate made with openssl.
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-quickstart-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  caFile = join(dir, 'cert.pem');
  staging = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(caFile) },
    (req, res) => {
      res.writeHead(req.url === '/api/health' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok' }));
    },
  );
  await new Promise<void>((resolve) => staging.listen(0, '127.0.0.1', resolve));
  stagingHost = `127.0.0.1:${(staging.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => staging.close(resolve));
});

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

/** A workspace with what the workflow's earlier steps leave there. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-quickstart-'));
  for (const [path, text] of Object.entries(workspaceFiles())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text, { mode: path.includes('/.bin/') ? 0o755 : 0o644 });
  }
  return dir;
}

function workspaceFiles(): Record<string, string> {
  const lcov = ['TN:', 'SF:src/checkout/retry.ts'];
  for (let i = 1; i <= 20; i++) lcov.push(`DA:${i},${i <= 19 ? 1 : 0}`);
  for (let i = 1; i <= 10; i++) lcov.push(`BRDA:${i},0,0,${i <= 9 ? 1 : 0}`);
  lcov.push('LF:20', 'LH:19', 'BRF:10', 'BRH:9', 'end_of_record');
  const audit = {
    auditReportVersion: 2,
    vulnerabilities: {},
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 },
      dependencies: { prod: 10, dev: 20, optional: 0, peer: 0, peerOptional: 0, total: 30 },
    },
  };
  return {
    // actions/download-artifact of `reports` (coverage/lcov.info + audit.json)
    'coverage/lcov.info': lcov.join('\n') + '\n',
    'audit.json': JSON.stringify(audit),
    // actions/checkout + `npm ci`: the project, with its Prisma CLI installed. This stands in for
    // Prisma (a native engine the machine cannot download); it answers like `prisma migrate
    // status` on an up-to-date database, and like Prisma without a database when DATABASE_URL is
    // not the one the workflow passes.
    'package.json': JSON.stringify({ name: 'shop', private: true, devDependencies: { prisma: '6.19.0' } }),
    'node_modules/.bin/prisma': [
      '#!/bin/sh',
      '[ "$1 $2" = "migrate status" ] || exit 64',
      `if [ "$DATABASE_URL" != "${DATABASE_URL}" ]; then echo 'Error: P1001: Can'"'"'t reach database server' >&2; exit 1; fi`,
      'echo "Prisma schema loaded from prisma/schema.prisma"',
      'echo "1 migration found in prisma/migrations"',
      'echo',
      'echo "Database schema is up to date!"',
      '',
    ].join('\n'),
  };
}

/** The scenario the checklist should allow: reviewed, signed off, checks green. */
function world(w: Workflow, merged: boolean): World {
  const { id: jobId } = shipgateJob(w);
  const needs = needsOf(w.jobs[jobId]!);
  const wld = makeWorld({
    config: CONFIG_TEXT,
    state: merged ? 'MERGED' : 'OPEN',
    files: [
      'src/checkout/retry.ts',
      { path: 'prisma/migrations/20261201_add_retry/migration.sql', changeType: 'ADDED' },
    ],
    codeowners: '* @acme/platform\n/prisma/ @acme/dba\n',
    teams: { 'release-managers': ['rita-release'], dba: ['dave-dba'], platform: ['alice', 'bob'] },
    reviews: [
      { author: 'alice', state: 'APPROVED' },
      { author: 'dave-dba', state: 'APPROVED' },
    ],
    comments: [
      { author: 'dave-dba', body: 'Checked the migration on a copy.\n/signoff migrations' },
      { author: 'rita-release', body: '/signoff rollback-plan\n/signoff window' },
    ],
    // The jobs of this workflow run: the ones shipgate waits for are done, its own is running.
    checkSuites: [
      {
        workflow: 'deploy',
        runs: [
          ...needs.map((id) => w.jobs[id]!.name ?? id),
          {
            name: jobId,
            status: 'IN_PROGRESS',
            detailsUrl: 'https://github.com/acme/shop/actions/runs/7001/job/1',
          },
        ],
      },
    ],
  });
  if (merged) {
    const repo = getRepo(wld);
    const pr = getPR(wld);
    const merge = repo.commits.find((c) => c.oid === pr.mergeCommit)!;
    merge.checkSuites = structuredClone(repo.commits.find((c) => c.oid === pr.headRefOid)!.checkSuites);
  }
  // The GitHub App the README describes: repository permissions plus organisation Members: read.
  wld.tokens[APP_TOKEN]!.permissions = {
    metadata: 'read',
    contents: 'read',
    pull_requests: 'write',
    checks: 'read',
    statuses: 'read',
    members: 'read',
  };
  return wld;
}

/** GITHUB_TOKEN with exactly the workflow's `permissions:` (it never has organisation members). */
function workflowToken(wld: World, w: Workflow): string {
  const token = 'ghs_workflowPermissionsToken00000000000';
  const permissions: Partial<Record<Permission, 'read' | 'write' | 'none'>> = {
    metadata: 'read',
    members: 'none',
  };
  for (const [scope, access] of Object.entries(w.permissions ?? {}))
    permissions[scope.replace('-', '_') as Permission] = access as 'read' | 'write';
  wld.tokens[token] = { login: 'github-actions[bot]', type: 'Bot', permissions };
  return token;
}

/** The step's `with:` and `env:` with the expressions a runner would substitute. */
function resolveStep(step: Step, before: Step[], wld: World, w: Workflow) {
  const values: Record<string, () => string> = {
    'github.token': () => workflowToken(wld, w),
    'secrets.DATABASE_URL': () => DATABASE_URL,
    'vars.STAGING_HOST': () => stagingHost,
  };
  if (before.some((s) => s.id === 'app-token' && s.uses?.startsWith('actions/create-github-app-token@')))
    values['steps.app-token.outputs.token'] = () => APP_TOKEN;
  const resolve = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
      const value = values[expr];
      if (!value) throw new Error(`the quick start uses \${{ ${expr} }}, which this test does not know`);
      return value();
    });
  const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, resolve(String(v))]));
  if (!('token' in inputs)) inputs.token = values['github.token']!();
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, resolve(String(v))]));
  return { inputs, env: { ...env, NODE_EXTRA_CA_CERTS: caFile } };
}

describe('the quick start, run', () => {
  it('deploy.yml on the push of the merged PR: every production gate passes and the deploy is allowed', async () => {
    const w = workflows.deploy;
    const { step, before } = shipgateJob(w);
    const wld = world(w, true);
    fake = await startFakeGitHub(wld);
    const { inputs, env } = resolveStep(step, before, wld, w);
    const merge = getPR(wld).mergeCommit!;
    const run = await runAction(fake, {
      event: 'push',
      payload: { ref: 'refs/heads/main', after: merge },
      sha: merge,
      inputs,
      env,
      workspace: workspace(),
    });
    expect(run.stderr).toBe('');
    const expected = Object.fromEntries(config.environments.production!.gates.map((id) => [id, 'pass']));
    expect(statuses(run)).toEqual(expected);
    expect(run.outputs.allowed).toBe('true');
    expect(run.code).toBe(0);
    expect(stickyComments(wld)).toHaveLength(1);
  });

  it('checklist.yml on the pull request: the review checklist passes and is posted on the PR', async () => {
    const w = workflows.checklist;
    const { step, before } = shipgateJob(w);
    const wld = world(w, false);
    fake = await startFakeGitHub(wld);
    const { inputs, env } = resolveStep(step, before, wld, w);
    const run = await runAction(fake, {
      event: 'pull_request',
      payload: prPayload(wld),
      inputs,
      env,
      workspace: workspace(),
    });
    expect(run.stderr).toBe('');
    const expected = Object.fromEntries(config.environments.review!.gates.map((id) => [id, 'pass']));
    expect(statuses(run)).toEqual(expected);
    expect(run.outputs.allowed).toBe('true');
    const comments = stickyComments(wld);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('review');
  });

  it('without the App token (the workflow token, its permissions as written), the team-based gates error and say why', async () => {
    const w = workflows.deploy;
    const { step, before } = shipgateJob(w);
    const wld = world(w, true);
    fake = await startFakeGitHub(wld);
    const { token: _dropped, ...withoutToken } = step.with ?? {};
    const { inputs, env } = resolveStep({ ...step, with: withoutToken }, before, wld, w);
    const merge = getPR(wld).mergeCommit!;
    const run = await runAction(fake, {
      event: 'push',
      payload: { ref: 'refs/heads/main', after: merge },
      sha: merge,
      inputs,
      env,
      workspace: workspace(),
    });
    expect(run.outputs.allowed).toBe('false');
    const st = statuses(run);
    expect(st.tests).toBe('pass');
    expect(st['rollback-plan']).toBe('error');
    const summary = run.result!.gates.find((g) => g.id === 'rollback-plan')!.summary;
    expect(summary).toMatch(/lacks permission to read members of @acme\/release-managers/);
  });
});
