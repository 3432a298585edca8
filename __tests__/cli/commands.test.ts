/** `shipgate validate`, `explain`, `help`, `version`, and the package bin through npx. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, cleanEnv, makeProject, shipgate } from './helpers.js';

const project = makeProject();
const INVALID = join(FIXTURES, 'cli', 'invalid.yml');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('shipgate validate', () => {
  it('says in one line that a valid config is valid, with its gates and environments', async () => {
    const run = await shipgate(['validate'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '✔ .github/shipgate.yml is valid: 11 gate(s), environments production, nightly\n',
    );
    expect(run.stderr).toBe('');
  });

  it('lists every problem of an invalid config as file:line:column and exits 2', async () => {
    const run = await shipgate(['validate', '--config', INVALID], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${INVALID}:6:19: gates.coverage.min.lines: must be <= 100\n` +
        `${INVALID}:10:28: gates.smoke.expect: unknown key "max_ms" (did you mean "max-ms"?); allowed: status, max-ms, p95-ms, body-contains, headers, json, tls\n`,
    );
  });

  it('catches what only the gate logic knows, such as a bad window rule', async () => {
    const dir = makeProject();
    writeFileSync(
      join(dir, 'bad.yml'),
      'version: 1\ngates:\n  window:\n    type: window\n    allow: ["mon 25:00-16:00"]\n',
    );
    const bad = await shipgate(['validate', '--config', 'bad.yml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.yml:5:\d+: .*25:00/);
  });
});

describe('shipgate explain', () => {
  it('says what a gate checks, with the defaults it applies spelled out', async () => {
    const run = await shipgate(['explain', 'audit'], { cwd: project });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('No vulnerable dependencies (audit, type audit)');
    expect(lines[1]).toBe('applies to: production');
    expect(run.stdout).toContain('audit/npm-audit.json');
    // max is not set in the config: the defaults are shown resolved.
    expect(run.stdout).toContain(
      'Allows at most: critical 0, high 0, moderate unlimited, low unlimited, info unlimited',
    );
  });

  it('names the gate id in the sign-off command to type', async () => {
    const run = await shipgate(['explain', 'rollback-plan'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"/signoff rollback-plan"');
    expect(run.stdout).not.toContain('<gate-id>');
  });

  it('prints the same as JSON with --json', async () => {
    const run = await shipgate(['explain', 'window', '--json'], { cwd: project });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown> & {
      checks: string[];
      config: Record<string, unknown>;
    };
    expect(out).toMatchObject({
      id: 'window',
      type: 'window',
      title: 'Inside a deploy window',
      required: true,
      environments: ['production'],
    });
    // The config-wide time zone is resolved into the gate.
    expect(out.config.timezone).toBe('Europe/Berlin');
    expect(out.checks).toContain('Time zone: Europe/Berlin.');
    const text = await shipgate(['explain', 'window'], { cwd: project });
    for (const c of out.checks) expect(text.stdout).toContain(`  - ${c}\n`);
  });

  it('exits 2 for an unknown gate id and lists the gates', async () => {
    const run = await shipgate(['explain', 'smoke-test'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no gate named "smoke-test"');
    expect(run.stderr).toContain(
      'gates: tests, approvals, rollback-plan, coverage, audit, window, smoke, typecheck, coverage-strict, audit-strict, lint',
    );
  });

  it('exits 2 for an unknown --environment', async () => {
    const run = await shipgate(['explain', 'smoke', '--environment', 'prod'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('defined: production, nightly');
  });
});

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the usage on stdout and exits 0', async (arg) => {
    const run = await shipgate([arg], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}shipgate check /);
    for (const flag of ['--config', '--environment', '--json', '--now', '--base', '--cwd', '--no-color'])
      expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain('Exit codes: 0 allowed (or valid), 1 blocked, 2 bad config or usage.');
  });

  it.each([['--version'], ['-v'], ['version']])('%s prints the package version', async (arg) => {
    const run = await shipgate([arg], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`shipgate ${VERSION}\n`);
  });

  it('runs as the package bin through npx in the repository', () => {
    // `npx --no shipgate --version` would print npx's own version: npx takes a flag before any
    // argument as its own. `version` (or `-- --version`) reaches shipgate.
    const npx = (args: string[], cwd = ROOT) =>
      spawnSync('npx', ['--no', ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });
    expect(npx(['shipgate', 'version']).stdout).toBe(`shipgate ${VERSION}\n`);
    expect(npx(['--', 'shipgate', '--version']).stdout).toBe(`shipgate ${VERSION}\n`);
    const check = npx(['--prefix', ROOT, 'shipgate', 'check', '--json', '-e', 'nightly'], project);
    expect(check.status).toBe(1);
    expect((JSON.parse(check.stdout) as { environment: string }).environment).toBe('nightly');
  });
});

describe('--now', () => {
  it.each(['1', '2026-12-04', '2026-12-04T15:00:00', 'friday'])(
    'rejects %s (an instant needs a date, a time and an offset) with exit 2',
    async (now) => {
      const run = await shipgate(['check', '--now', now], { cwd: project });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--now "${now}" is not an ISO date-time with an offset`);
    },
  );
});
