/**
 * The package as users install it: `npm pack` of this repository, the tarball installed into a
 * scratch project (offline: the package has no runtime dependencies, the bundle is all it needs),
 * and `npx shipgate …` run there, as the README's "Command line" section says.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.js';
import { run, userEnv } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
};

const CONFIG = `version: 1
gates:
  coverage:
    type: coverage
    report: coverage/lcov.info
    min: { lines: 80 }
  audit:
    type: audit
    report: audit.json
    max: { critical: 0, high: 0 }
  window:
    type: window
    allow: ["mon-fri 09:00-17:00"]
  approvals:
    type: approvals
    min: 1
`;

/** lcov for one file: `hit` of 10 lines covered. */
const lcov = (hit: number) =>
  `TN:\nSF:src/app.js\n${Array.from({ length: 10 }, (_, i) => `DA:${i + 1},${i < hit ? 1 : 0}`).join('\n')}\nLF:10\nLH:${hit}\nend_of_record\n`;

/** What `npm audit --json` (npm 7+) writes when it finds nothing. */
const AUDIT_NONE = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: {
    vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 },
    dependencies: { prod: 1, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 1 },
  },
});

let tarball = '';
let files: string[] = [];
let project = '';

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'shipgate-pack-'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: ROOT,
    env: userEnv(),
  });
  expect(packed.stderr).not.toMatch(/npm error/);
  expect(packed.code).toBe(0);
  const info = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(out, info[0]!.filename);
  files = info[0]!.files.map((f) => f.path);

  project = join(out, 'shop');
  mkdirSync(join(project, '.github'), { recursive: true });
  mkdirSync(join(project, 'coverage'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'shop', version: '0.0.0', private: true }),
  );
  writeFileSync(join(project, '.github', 'shipgate.yml'), CONFIG);
  writeFileSync(join(project, 'coverage', 'lcov.info'), lcov(9));
  writeFileSync(join(project, 'audit.json'), AUDIT_NONE);
  // --offline: everything the command needs is in the tarball.
  const installed = await run(
    'npm',
    ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', tarball],
    { cwd: project, env: userEnv() },
  );
  expect(installed.stderr).not.toMatch(/npm error/);
  expect(installed.code).toBe(0);
}, 300_000);

const npx = (args: string[], cwd = project) =>
  run('npx', ['--no', 'shipgate', ...args], { cwd, env: userEnv() });

describe('the published package', () => {
  it('is publishable: not private, a bin, a files list, engines from Node 22, no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ shipgate: 'bin/shipgate.js' });
    expect(pkg.engines.node).toBe('>=22');
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/shipgate.js',
        'dist/index.js',
        'action.yml',
        'schema/shipgate.schema.json',
        'README.md',
        'LICENSE',
      ]),
    );
    // The sources and tests stay out of the tarball.
    expect(files.filter((f) => /^(src|__tests__|scripts|bench)\//.test(f))).toEqual([]);
  });

  it('installs from the tarball into a project offline, with nothing else pulled in', () => {
    const modules = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual([pkg.name]);
    expect(existsSync(join(project, 'node_modules', '.bin', 'shipgate'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.devDependencies)).toEqual([pkg.name]);
  });

  it('`npx shipgate validate` validates the project config found from a subfolder', async () => {
    mkdirSync(join(project, 'src'), { recursive: true });
    const r = await npx(['validate'], join(project, 'src'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid: 4 gate(s)');
  });

  it('`npx shipgate validate` refuses a broken config with file:line:column and exit 2', async () => {
    const dir = join(project, '..', 'broken');
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github', 'shipgate.yml'), 'version: 1\ngates:\n  cov:\n    type: coverag\n');
    const r = await run(join(project, 'node_modules', '.bin', 'shipgate'), ['validate'], {
      cwd: dir,
      env: userEnv(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/shipgate\.yml:4:11: .*unknown gate type "coverag"/);
  });

  it('`npx shipgate check` evaluates the local gates: allowed, then blocked when coverage drops', async () => {
    const monday = '2026-11-30T10:00:00+01:00';
    const ok = await npx(['check', '--now', monday, '--json']);
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.stdout) as { allowed: boolean; gates: { id: string; status: string }[] };
    expect(result.allowed).toBe(true);
    expect(Object.fromEntries(result.gates.map((g) => [g.id, g.status]))).toEqual({
      coverage: 'pass',
      audit: 'pass',
      window: 'pass',
      approvals: 'skipped',
    });

    writeFileSync(join(project, 'coverage', 'lcov.info'), lcov(5));
    const blocked = await npx(['check', '--now', monday]);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toMatch(/coverage/);
    expect(blocked.stdout).toMatch(/50(\.0)?% is below 80%/);
    writeFileSync(join(project, 'coverage', 'lcov.info'), lcov(9));
  });

  it('`npx shipgate version` prints the package version', async () => {
    const r = await npx(['version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toContain(pkg.version);
  });
});
