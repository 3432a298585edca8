/**
 * `shipgate check`, run as a user runs it (`node bin/shipgate.js`, the bundled CLI) on a project
 * with real coverage and audit reports, a local health endpoint and commands.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, healthHandler, makeProject, shipgate, startServer } from './helpers.js';

const THURSDAY_10 = '2026-12-03T10:00:00+01:00';
const FRIDAY_15 = '2026-12-04T15:00:00+01:00';
const IN_FREEZE = '2026-12-22T10:00:00+01:00';

let project: string;
let server: Awaited<ReturnType<typeof startServer>>;
let env: Record<string, string>;

beforeAll(async () => {
  project = makeProject();
  server = await startServer(healthHandler);
  env = { SMOKE_PORT: String(server.port) };
});
afterAll(async () => {
  await server.close();
});

const check = (...args: string[]) => shipgate(['check', ...args], { cwd: project, env });

/** The checklist line of a gate in the text output (`[id]` is printed on it). */
function lineOf(stdout: string, id: string): string {
  const line = stdout.split('\n').find((l) => l.includes(`[${id}]`));
  if (!line) throw new Error(`no line for ${id} in:\n${stdout}`);
  return line;
}

describe('shipgate check', () => {
  it('on Thursday 10:00 Europe/Berlin: local gates pass, GitHub gates are skipped, and the sign-off blocks (it needs the PR)', async () => {
    const run = await check('--environment', 'production', '--now', THURSDAY_10);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('Deploy to production blocked');
    expect(lineOf(run.stdout, 'rollback-plan')).toBe(
      '… Rollback plan reviewed [rollback-plan] pending: needs sign-off on the pull request by alice',
    );
    expect(run.stdout).toContain(
      'rollback-plan needs sign-off on the pull request: the action counts /signoff comments there; the CLI cannot, so it blocks.',
    );
    expect(lineOf(run.stdout, 'coverage')).toBe(
      '✔ Coverage [coverage] pass: lines 54.16% ≥ 50%; branches 35% ≥ 30%',
    );
    expect(lineOf(run.stdout, 'audit')).toMatch(/^✔ No vulnerable dependencies \[audit\] pass: /);
    expect(lineOf(run.stdout, 'window')).toBe(
      '✔ Inside a deploy window [window] pass: inside a deploy window; closes Thu 16:00 Europe/Berlin, in 6 h',
    );
    expect(lineOf(run.stdout, 'smoke')).toMatch(
      new RegExp(
        `^✔ Staging is healthy \\[smoke\\] pass: GET http://127\\.0\\.0\\.1:\\$\\{\\{ env\\.SMOKE_PORT \\}\\}/health answered 200 in \\d+ ms$`,
      ),
    );
    expect(lineOf(run.stdout, 'typecheck')).toMatch(
      /^✔ Type check \[typecheck\] pass: "echo "typecheck - 0 errors"" exited 0/,
    );
    for (const id of ['tests', 'approvals']) expect(lineOf(run.stdout, id)).toMatch(/^- .* skipped: /);
    expect(lineOf(run.stdout, 'tests')).toContain('needs GitHub');
    // The order is the environment's.
    const order = run.stdout.split('\n').flatMap((l) => /\[([a-z-]+)\]/.exec(l)?.[1] ?? []);
    expect(order).toEqual([
      'tests',
      'approvals',
      'rollback-plan',
      'coverage',
      'audit',
      'window',
      'smoke',
      'typecheck',
    ]);
  });

  it('answers "would this deploy be allowed on Friday 15:00?" with blocked and the next window', async () => {
    const run = await check('--environment', 'production', '--now', FRIDAY_15);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('Deploy to production blocked');
    expect(lineOf(run.stdout, 'window')).toBe(
      '✘ Inside a deploy window [window] fail: outside deploy windows; next window: Mon 09:00 Europe/Berlin, in 2 d 18 h',
    );
    expect(run.stdout).toContain('Now: Fri 2026-12-04 15:00 Europe/Berlin.');
    expect(lineOf(run.stdout, 'coverage')).toMatch(/^✔ .* pass: /);
  });

  it('reports the holiday freeze for a date inside it', async () => {
    const run = await check('-e', 'production', '--now', IN_FREEZE);
    expect(run.code).toBe(1);
    expect(lineOf(run.stdout, 'window')).toContain(
      'fail: frozen until 2027-01-04 (Holiday freeze); next window: Tue 2027-01-05 09:00 Europe/Berlin',
    );
  });

  it('blocks on failing coverage, audit and command gates, with the details that explain why', async () => {
    const run = await check('--environment', 'nightly');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('Deploy to nightly blocked');
    expect(lineOf(run.stdout, 'coverage-strict')).toBe(
      '✘ coverage-strict [coverage-strict] fail: lines 54.16% is below 90%',
    );
    // Tables keep their header and columns line up; lcov --summary of this report says 13 of 24 lines.
    expect(run.stdout).toContain(
      '    metric     covered   coverage  minimum  margin (points)\n    lines      13 of 24  54.16%    90%      −35.83\n',
    );
    // The real yarn 1 report holds GHSA-hrpp-h998-j3pp (qs), high.
    expect(lineOf(run.stdout, 'audit-strict')).toBe(
      '✘ audit-strict [audit-strict] fail: 1 advisory over the limit: 1 high (max 0)',
    );
    expect(run.stdout).toMatch(/^ {4}Advisory +Package +Severity/m);
    expect(run.stdout).toMatch(/^ {4}GHSA-hrpp-h998-j3pp +qs +high /m);
    expect(lineOf(run.stdout, 'lint')).toMatch(/^✘ lint \[lint\] fail: ".*" exited 3$/);
    expect(run.stdout).toContain(
      "src/payments/charge.js:3:7  error  'fee' is assigned a value but never used",
    );
  });

  it('evaluates every gate when no --environment is given', async () => {
    const run = await check('--json', '--now', THURSDAY_10);
    const result = JSON.parse(run.stdout) as { environment: string; gates: { id: string }[] };
    expect(result.environment).toBe('');
    expect(result.gates.map((g) => g.id)).toEqual(Object.keys(parseGateIds()));
    expect(run.code).toBe(1); // the nightly gates fail
  });

  it('says so when a report is missing: the gate is an error that blocks, naming the path', async () => {
    const other = makeProject();
    const cfg = join(other, '.github', 'shipgate.yml');
    writeFileSync(
      cfg,
      readFileSync(cfg, 'utf8').replace(
        'report: coverage/lcov.info\n    min: { lines: 50',
        'report: build/lcov.info\n    min: { lines: 50',
      ),
    );
    const run = await shipgate(['check', '-e', 'production', '--now', THURSDAY_10, '--json'], {
      cwd: other,
      env,
    });
    expect(run.code).toBe(1);
    const gate = (
      JSON.parse(run.stdout) as { gates: { id: string; status: string; summary: string }[] }
    ).gates.find((g) => g.id === 'coverage')!;
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('build/lcov.info');
  });

  it('finds the project config from a subdirectory and reads the reports relative to the project root, as the action does', async () => {
    mkdirSync(join(project, 'src', 'payments'), { recursive: true });
    const fromRoot = await check('-e', 'production', '--now', THURSDAY_10, '--json');
    const fromSub = await shipgate(['check', '-e', 'production', '--now', THURSDAY_10, '--json'], {
      cwd: join(project, 'src', 'payments'),
      env,
    });
    expect(fromSub.code).toBe(1); // the manual sign-off blocks: it needs the PR
    const strip = (s: string) =>
      (JSON.parse(s) as { gates: { id: string; status: string; summary: string }[] }).gates.map((g) => [
        g.id,
        g.status,
        g.summary.replace(/\d+ ms/g, 'N ms'),
      ]);
    expect(strip(fromSub.stdout)).toEqual(strip(fromRoot.stdout));
  });
});

describe('shipgate check --json', () => {
  it("prints exactly the action's result JSON on stdout and nothing else", async () => {
    const run = await check('--json', '--environment', 'production', '--now', FRIDAY_15);
    expect(run.code).toBe(1);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(run.stdout) as Record<string, unknown> & { gates: Record<string, unknown>[] };
    expect(Object.keys(result)).toEqual(['schema_version', 'environment', 'allowed', 'sha', 'pr', 'gates']);
    expect(result.schema_version).toBe(1);
    expect(result).toMatchObject({ environment: 'production', allowed: false, pr: null });
    expect(typeof result.sha).toBe('string');
    for (const g of result.gates)
      expect(Object.keys(g)).toEqual(['id', 'type', 'title', 'status', 'required', 'summary']);
    expect(result.gates.map((g) => [g.id, g.type, g.status])).toEqual([
      ['tests', 'checks', 'skipped'],
      ['approvals', 'approvals', 'skipped'],
      ['rollback-plan', 'manual', 'pending'],
      ['coverage', 'coverage', 'pass'],
      ['audit', 'audit', 'pass'],
      ['window', 'window', 'fail'],
      ['smoke', 'http', 'pass'],
      ['typecheck', 'command', 'pass'],
    ]);
    expect(result.gates.find((g) => g.id === 'window')).toEqual({
      id: 'window',
      type: 'window',
      title: 'Inside a deploy window',
      status: 'fail',
      required: true,
      summary: 'outside deploy windows; next window: Mon 09:00 Europe/Berlin, in 2 d 18 h',
    });
    // No checklist text on stdout: the progress went to stderr.
    expect(run.stdout).not.toContain('Deploy');
    expect(run.stderr).toContain('running: echo "typecheck - 0 errors"');
  });
});

describe('exit code 2: bad config and usage', () => {
  it('names an unknown environment and the defined ones', async () => {
    const run = await check('--environment', 'prod');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"prod" is not defined');
    expect(run.stderr).toContain('defined: production, nightly');
  });

  it('prints file:line:column for each config problem, without a stack trace', async () => {
    const dir = makeProject();
    const run = await shipgate(['check', '--config', join(FIXTURES, 'cli', 'invalid.yml')], {
      cwd: dir,
      env,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/invalid\.yml:6:19: gates\.coverage\.min\.lines: must be <= 100$/);
    expect(lines[1]).toMatch(
      /invalid\.yml:10:28: gates\.smoke\.expect: unknown key "max_ms" \(did you mean "max-ms"\?\)/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a YAML syntax error with its position', async () => {
    const dir = makeProject();
    writeFileSync(join(dir, '.github', 'shipgate.yml'), 'version: 1\ngates:\n  a: [\n');
    const run = await shipgate(['check'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^\.github\/shipgate\.yml:\d+:\d+: YAML syntax error/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says where it looked when there is no config', async () => {
    const run = await shipgate(['check', '--config', 'nope.yml'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.yml');
    expect(run.stderr).toContain('--config');
  });

  it.each([
    [['deploy'], /unknown command "deploy"/],
    [['check', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['check', '--now', 'friday 3pm'], /--now "friday 3pm" is not an ISO date-time/],
    [['check', 'production'], /check takes no arguments/],
    [[], /no command given/],
  ])('rejects %j as a usage error with the usage text', async (args, message) => {
    const run = await shipgate(args, { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

function parseGateIds(): Record<string, true> {
  const text = readFileSync(join(project, '.github', 'shipgate.yml'), 'utf8');
  const gates = text.slice(text.indexOf('\ngates:\n'));
  return Object.fromEntries([...gates.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => [m[1]!, true]));
}
