/**
 * The checklist gate in the CLI (bin/shipgate.js): there is no PR, so nothing a person signs off can
 * pass there. `check` shows the checklist grouped by heading with counts and blocks, saying the
 * sign-offs happen on the PR; `explain` lists every item with its id and who signs it off.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, cleanEnv, shipgate } from './helpers.js';

const CONFIG = `version: 1
groups:
  release-managers: [rita, "@acme/release"]
environments:
  production: { gates: [readiness] }
gates:
  typecheck:
    type: command
    run: "true"
  readiness:
    type: checklist
    file: docs/DEPLOYMENT_CHECKLIST.md
    signoff:
      1-database-setup: ["@acme/dba"]
      security-measures: [sam]
      "*": [release-managers]
    link:
      before-going-live/all-tests-passing: typecheck
`;

function project(config = CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-checklist-'));
  mkdirSync(join(dir, '.github'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, '.github', 'shipgate.yml'), config);
  writeFileSync(
    join(dir, 'docs', 'DEPLOYMENT_CHECKLIST.md'),
    readFileSync(join(FIXTURES, 'checklists', 'persistence-system.md')),
  );
  return dir;
}

describe('shipgate check with a checklist gate', () => {
  it('prints the checklist grouped by heading with counts, and blocks: sign-offs happen on the PR', async () => {
    const run = await shipgate(['check', '-e', 'production'], { cwd: project(), env: cleanEnv() });
    expect(run.code).toBe(1);
    const out = run.stdout;
    expect(out.split('\n')[0]).toBe('Deploy to production blocked');
    expect(out).toContain(
      '… readiness [readiness] pending: 1 of 93 items done; 92 await sign-off on the pull request',
    );
    expect(out).toContain(
      '    … Core Components [core-components] 0/5 · release-managers (rita, @acme/release)',
    );
    expect(out).toContain('    … Security Measures [security-measures] 0/4 · sam');
    expect(out).toContain(
      '    … Before Going Live [before-going-live] 1/6 · release-managers (rita, @acme/release)',
    );
    expect(out).toContain(
      'readiness needs sign-off on the pull request: the action counts /signoff comments there; the CLI cannot, so it blocks.',
    );
    // The linked gate ran with the checklist although the environment lists only the checklist.
    expect(out).toContain('[typecheck] pass');
  });

  it('gives the items in the JSON result', async () => {
    const run = await shipgate(['check', '--json', '-e', 'production'], { cwd: project(), env: cleanEnv() });
    const result = JSON.parse(run.stdout) as {
      gates: { id: string; status: string; items?: Record<string, unknown>[] }[];
    };
    const items = result.gates.find((g) => g.id === 'readiness')!.items!;
    expect(items).toHaveLength(93);
    expect(items[0]).toMatchObject({
      id: 'core-components/persistencecontext-created-and-integrated-in-_apptsx',
      heading: 'core-components',
      status: 'pending',
      by: null,
      at: null,
      gate: null,
    });
    expect(items.find((i) => i['gate'] === 'typecheck')).toMatchObject({
      status: 'pass',
      id: 'before-going-live/all-tests-passing',
    });
  });

  it('is a config error with a did-you-mean when a link names no gate', async () => {
    const run = await shipgate(['check'], {
      cwd: project(CONFIG.replace(': typecheck', ': typechek')),
      env: cleanEnv(),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'gates.readiness.link.before-going-live/all-tests-passing: no gate named "typechek" (did you mean "typecheck"?)',
    );
  });
});

describe('shipgate explain with a checklist gate', () => {
  it('lists every item with its id and who signs it off', async () => {
    const run = await shipgate(['explain', 'readiness'], { cwd: project(), env: cleanEnv() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('items of docs/DEPLOYMENT_CHECKLIST.md (id, text, who signs it off):');
    expect(run.stdout).toContain(
      '  … Core Components [core-components] 0/5 · release-managers (rita, @acme/release)',
    );
    expect(run.stdout).toContain(
      '      security-measures/sql-injection-prevention  SQL injection prevention  (sam)',
    );
    expect(run.stdout).toContain(
      '      before-going-live/all-tests-passing  All tests passing  (gate typecheck)',
    );
    expect(run.stdout).toContain(
      'Who signs off what (most specific wins): 1-database-setup: @acme/dba; security-measures: sam; everything else: release-managers.',
    );
    const ids = run.stdout.split('\n').filter((l) => /^ {6}\S+\/\S+ {2}/.test(l));
    expect(ids).toHaveLength(93);
  });

  it('names a misspelt signoff key with a did-you-mean', async () => {
    const run = await shipgate(['explain', 'readiness'], {
      cwd: project(CONFIG.replace('security-measures: [sam]', 'security-measure: [sam]')),
      env: cleanEnv(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'signoff: "security-measure" names no heading or item of docs/DEPLOYMENT_CHECKLIST.md (did you mean "security-measures"?)',
    );
  });
});
