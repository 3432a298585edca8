/**
 * `shipgate init` through bin/shipgate.js, on the three real checklists in
 * __tests__/fixtures/checklists (copied from ../shared/checklists, untidied).
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, shipgate } from '../cli/helpers.js';

interface Config {
  groups: Record<string, string[]>;
  gates: Record<string, Record<string, unknown> & { type: string }>;
}

function project(checklist: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-init-'));
  mkdirSync(join(dir, 'docs'), { recursive: true });
  cpSync(join(FIXTURES, 'checklists', `${checklist}.md`), join(dir, 'docs', 'DEPLOYMENT_CHECKLIST.md'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const CONFIG = '.github/shipgate.yml';
const read = (dir: string) => readFileSync(join(dir, CONFIG), 'utf8');
const config = (dir: string) => parse(read(dir)) as Config;
const init = (dir: string, ...extra: string[]) =>
  shipgate(['init', '--from', 'docs/DEPLOYMENT_CHECKLIST.md', ...extra], { cwd: dir });

describe('shipgate init on the real checklists', () => {
  it.each([
    ['persistence-system', 93],
    ['clinic-platform', 131],
    ['prismai-platform', 109],
  ])(
    '%s: writes a config that shipgate validate accepts, with the checklist gate for the file',
    async (name, items) => {
      const dir = project(name);
      const run = await init(dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Read docs/DEPLOYMENT_CHECKLIST.md: ${items} items under`);
      expect(run.stdout).toContain(`Wrote ${CONFIG}: the checklist gate "checklist"`);
      const c = config(dir);
      expect(c.gates.checklist).toMatchObject({
        type: 'checklist',
        file: 'docs/DEPLOYMENT_CHECKLIST.md',
        signoff: { '*': ['release-managers'] },
        'dismiss-stale': true,
      });
      expect(c.groups['release-managers']).toEqual(['@your-org/release-managers']);
      // Every gate init wrote is linked from an item, or is the extra gate of a linked item.
      const linked = new Set(Object.values((c.gates.checklist!.link ?? {}) as Record<string, string>));
      for (const id of Object.keys(c.gates))
        if (id !== 'checklist') expect(linked.has(id) || id === 'coverage').toBe(true);

      const valid = await shipgate(['validate'], { cwd: dir });
      expect(valid.stderr).toBe('');
      expect(valid.code).toBe(0);
      expect(valid.stdout).toContain(`${CONFIG} is valid`);
    },
  );

  it('clinic-platform: maps the audit item with its number, the named roles to sign-off groups, and skips the contacts', async () => {
    const dir = project('clinic-platform');
    const run = await init(dir);
    expect(run.code).toBe(0);
    const c = config(dir);
    const link = c.gates.checklist!.link as Record<string, string>;
    expect(c.gates[link['security/security-audit-completed-with-no-critical-vulnerabilities']!]).toEqual({
      type: 'audit',
      title: 'Security audit completed with no critical vulnerabilities',
      report: 'audit.json',
      max: { critical: 0 },
    });
    const lead = Object.entries(link).find(([item]) => item.startsWith('sign-offs/development-lead'))![1];
    expect(c.gates[lead]).toEqual({
      type: 'manual',
      title: 'Development Lead sign-off',
      signoff: ['development-lead'],
    });
    expect(c.groups['development-lead']).toEqual(['@your-org/development-lead']);
    expect(c.gates.checklist!.skip).toEqual(['emergency-contacts']);
    // What the user must still fill in, and what could be a gate with more information.
    expect(run.stdout).toContain(
      'groups.release-managers: who signs off checklist items (now @your-org/release-managers)',
    );
    expect(run.stdout).toContain('gates.audit.report: path of the audit JSON');
    expect(run.stdout).toContain(
      'database/all-migrations-applied-and-verified: a migrations gate needs your tool',
    );
    expect(run.stdout).toContain(
      'deployment-t-0/check-system-health-verify-performance-dashboard-shows-healthy-status: an http gate needs the full URL',
    );
    expect(run.stdout).toMatch(
      /First 24 Hours Post-Deployment \(13 items\): \/na first-24-hours-post-deployment <reason>/,
    );
    // The file says the same next to the values.
    expect(read(dir)).toMatch(/report: audit\.json # fill in: /);
  });

  it('prismai-platform: "All tests passing (90%+ coverage)" gives checks (linked) and coverage with min.lines 90; the CI jobs become the required checks', async () => {
    const workflow = `on: [pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    steps: [{ run: npm ci }]
  test:
    strategy: { matrix: { node: [22, 24] } }
    runs-on: ubuntu-latest
    steps: [{ run: npm test }]
  deploy-gate:
    runs-on: ubuntu-latest
    steps: [{ uses: shipgate/shipgate@v1 }]
`;
    const dir = project('prismai-platform', { '.github/workflows/ci.yml': workflow });
    const run = await init(dir);
    expect(run.code).toBe(0);
    const c = config(dir);
    const link = c.gates.checklist!.link as Record<string, string>;
    expect(c.gates[link['code--dependencies/all-tests-passing-90-coverage']!]).toEqual({
      type: 'checks',
      title: 'All tests passing (90%+ coverage)',
      require: ['build', 'test (*)'],
    });
    expect(c.gates.coverage).toMatchObject({
      type: 'coverage',
      report: 'coverage/lcov.info',
      min: { lines: 90 },
    });
    expect(c.gates[link['code--dependencies/all-typescript-compilation-errors-resolved']!]).toMatchObject({
      type: 'command',
      run: 'npx tsc --noEmit',
    });
    expect(c.gates[link['code--dependencies/security-vulnerabilities-addressed']!]).toMatchObject({
      type: 'audit',
      report: 'audit.json',
    });
    expect(c.gates.checklist!.skip).toEqual(
      expect.arrayContaining([
        expect.stringContaining('emergency-contacts'),
        expect.stringContaining('notes'),
      ]),
    );
    expect(run.stdout).toContain('gates.tests.require: the CI jobs found in .github/workflows');
  });

  it('--dry-run prints the config and writes nothing', async () => {
    const dir = project('persistence-system');
    const run = await init(dir, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('type: checklist');
    expect(run.stdout).toContain(`Dry run: ${CONFIG} was not written.`);
    expect(existsSync(join(dir, CONFIG))).toBe(false);
  });

  it('says what is wrong, with exit 2, for a missing --from, a missing file and a file outside the repository', async () => {
    const dir = project('persistence-system');
    const none = await shipgate(['init'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('init needs --from CHECKLIST.md');
    const missing = await shipgate(['init', '--from', 'docs/NOPE.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the checklist docs/NOPE.md: no such file');
    const outside = await shipgate(['init', '--from', '../elsewhere.md', '--cwd', '.'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is outside the repository');
  });
});

describe('shipgate init run again on an edited checklist', () => {
  it('keeps the people, options and comments the user wrote, links new items and drops links to removed ones', async () => {
    const dir = project('clinic-platform');
    expect((await init(dir)).code).toBe(0);
    // The user fills in people and a report path, adds a comment, and gives one heading to the DBAs.
    const edited = read(dir)
      .replace(
        'release-managers: [ "@your-org/release-managers" ]',
        'release-managers: [ rita-release, "@acme/release" ]',
      )
      .replace(/report: audit\.json.*/, 'report: reports/npm-audit.json # written by the test job')
      .replace(
        '      "*": [ release-managers ]',
        '      database: [ dba ] # the DBAs own this\n      "*": [ release-managers ]',
      )
      .replace('groups:\n', 'groups:\n  dba: [ dora-dba ]\n');
    writeFileSync(join(dir, CONFIG), edited);
    // The checklist changes: an item reworded, a coverage item added.
    const md = readFileSync(join(dir, 'docs/DEPLOYMENT_CHECKLIST.md'), 'utf8')
      .replace(
        '- [ ] Security audit completed with no critical vulnerabilities',
        '- [ ] Dependency audit: no critical vulnerabilities',
      )
      .replace(
        '- [ ] End-to-end tests passing (100%)',
        '- [ ] End-to-end tests passing (100%)\n- [ ] Unit test coverage 85%+',
      );
    writeFileSync(join(dir, 'docs/DEPLOYMENT_CHECKLIST.md'), md);

    const again = await init(dir);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Updated ${CONFIG}:`);
    expect(again.stdout).toContain(
      'link: removed security/security-audit-completed-with-no-critical-vulnerabilities (no longer in docs/DEPLOYMENT_CHECKLIST.md; gate audit kept)',
    );
    expect(again.stdout).toContain('link: security/dependency-audit-no-critical-vulnerabilities -> audit');
    expect(again.stdout).toContain('link: testing/unit-test-coverage-85 -> coverage');
    const text = read(dir);
    expect(text).toContain('release-managers: [ rita-release, "@acme/release" ]');
    expect(text).toContain('report: reports/npm-audit.json # written by the test job');
    expect(text).toContain('database: [ dba ] # the DBAs own this');
    expect(text).toContain('dba: [ dora-dba ]');
    const c = config(dir);
    expect(c.gates.coverage).toMatchObject({ type: 'coverage', min: { lines: 85 } });
    expect(Object.keys(c.gates.checklist!.link as object)).not.toContain(
      'security/security-audit-completed-with-no-critical-vulnerabilities',
    );
    // The filled-in people are no longer listed as to fill in.
    expect(again.stdout).not.toContain('groups.release-managers:');
    expect((await shipgate(['validate'], { cwd: dir })).code).toBe(0);

    // A third run changes nothing.
    const third = await init(dir);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(`${CONFIG} is up to date: nothing to change.`);
    expect(read(dir)).toBe(text);
  });

  it('never links an item the user gave its own signoff entry', async () => {
    const dir = project('prismai-platform');
    expect((await init(dir)).code).toBe(0);
    const text = read(dir)
      .replace(/\n      code--dependencies\/all-typescript-compilation-errors-resolved: typecheck/, '')
      .replace(
        '      "*": [ release-managers ]',
        '      "*": [ release-managers ]\n      code--dependencies/all-typescript-compilation-errors-resolved: [ release-managers ]',
      );
    writeFileSync(join(dir, CONFIG), text);
    const again = await init(dir);
    expect(again.code).toBe(0);
    expect(read(dir)).not.toMatch(/all-typescript-compilation-errors-resolved: typecheck/);
  });

  it('refuses, writing nothing, when a signoff key names a heading that is no longer in the checklist', async () => {
    const dir = project('clinic-platform');
    expect((await init(dir)).code).toBe(0);
    const text = read(dir)
      .replace('      "*": [ release-managers ]', '      database: [ dba ]\n      "*": [ release-managers ]')
      .replace('groups:\n', 'groups:\n  dba: [ dora-dba ]\n');
    writeFileSync(join(dir, CONFIG), text);
    const md = readFileSync(join(dir, 'docs/DEPLOYMENT_CHECKLIST.md'), 'utf8').replace(
      '### Database\n',
      '### Databases\n',
    );
    writeFileSync(join(dir, 'docs/DEPLOYMENT_CHECKLIST.md'), md);
    const run = await init(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`shipgate init: refused to update ${CONFIG}:`);
    expect(run.stderr).toContain(
      'gates.checklist.signoff names "database", which is no longer a heading or item of docs/DEPLOYMENT_CHECKLIST.md (did you mean "databases"?)',
    );
    expect(run.stderr).toContain('nothing was written');
    expect(read(dir)).toBe(text);
  });

  it('refuses to touch a config that is not valid YAML', async () => {
    const dir = project('persistence-system', { [CONFIG]: 'version: 1\ngates: [unclosed\n' });
    const run = await init(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${CONFIG} is not valid YAML`);
    expect(read(dir)).toBe('version: 1\ngates: [unclosed\n');
  });

  it('adds the checklist gate next to the gates of a hand-written config, linking the items to them', async () => {
    const existing = `version: 1
# our CI
gates:
  ci:
    type: checks
    require: [build]
`;
    const dir = project('persistence-system', { [CONFIG]: existing });
    const run = await init(dir);
    expect(run.code).toBe(0);
    const text = read(dir);
    expect(text).toContain('# our CI');
    const c = config(dir);
    expect(c.gates.ci).toEqual({ type: 'checks', require: ['build'] });
    expect(c.gates.checklist).toMatchObject({
      type: 'checklist',
      file: 'docs/DEPLOYMENT_CHECKLIST.md',
      link: { 'before-going-live/all-tests-passing': 'ci' },
    });
    expect(Object.keys(c.gates)).toEqual(['ci', 'checklist']);
    expect((await shipgate(['validate'], { cwd: dir })).code).toBe(0);
  });
});
