/**
 * End-to-end: a real checklist goes through `shipgate init` (bin/shipgate.js), the user fills in
 * what init asked for, and the bundled action (dist/index.js) gates a PR with the generated config
 * against the fake GitHub: every item of the file is shown and blocks, then the sign-offs and
 * `/na`s a release manager (and the named roles) would type allow the deploy.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseChecklist } from '../../src/checklist/parse.js';
import { FIXTURES, shipgate } from '../cli/helpers.js';
import { at, getPR, makeWorld, startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { plain, runAction, stickyComments } from './harness.js';

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

const WORKFLOW = `on: [pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    steps: [{ run: npm ci && npm run build }]
  test:
    strategy: { matrix: { suite: [unit, integration] } }
    runs-on: ubuntu-latest
    steps: [{ run: npm test }]
  deploy:
    runs-on: ubuntu-latest
    steps: [{ uses: shipgate/shipgate@v1 }]
`;

interface Item {
  id: string;
  status: string;
  by?: string | null;
  gate?: string | null;
  reason?: string | null;
}

/** `shipgate init` in a project holding the checklist, then the edits its report asks for. */
async function generate(
  checklist: string,
  people: Record<string, string[]>,
  gateEdits: Record<string, Record<string, unknown>>,
) {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-init-e2e-'));
  mkdirSync(join(dir, 'docs'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  cpSync(join(FIXTURES, 'checklists', `${checklist}.md`), join(dir, 'docs', 'DEPLOYMENT_CHECKLIST.md'));
  writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), WORKFLOW);
  const run = await shipgate(['init', '--from', 'docs/DEPLOYMENT_CHECKLIST.md'], {
    cwd: dir,
    env: { GITHUB_REPOSITORY: 'acme/shop' },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  // Fill in, as the user would: people in the groups, the report path the CI job writes.
  const doc = parseDocument(readFileSync(join(dir, '.github', 'shipgate.yml'), 'utf8'));
  for (const [group, logins] of Object.entries(people)) {
    expect(doc.hasIn(['groups', group])).toBe(true);
    doc.setIn(['groups', group], doc.createNode(logins));
  }
  for (const [gate, edits] of Object.entries(gateEdits))
    for (const [key, value] of Object.entries(edits)) doc.setIn(['gates', gate, key], doc.createNode(value));
  const config = doc.toString();
  writeFileSync(join(dir, '.github', 'shipgate.yml'), config);
  const valid = await shipgate(['validate'], { cwd: dir });
  expect(valid.stderr).toBe('');
  expect(valid.code).toBe(0);
  const markdown = readFileSync(join(dir, 'docs', 'DEPLOYMENT_CHECKLIST.md'), 'utf8');
  return { config, markdown, report: run.stdout };
}

/** A JUnit report written by a real pytest run of a passing suite. */
function pytestJunit(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-pytest-'));
  writeFileSync(
    join(dir, 'test_checkout.py'),
    'def test_checkout():\n    assert 1 + 1 == 2\n\ndef test_refund():\n    assert "ok".upper() == "OK"\n',
  );
  const r = spawnSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml=junit.xml'], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return readFileSync(join(dir, 'junit.xml'), 'utf8');
}

function itemsOf(run: Awaited<ReturnType<typeof runAction>>): Item[] {
  const gate = run.result!.gates.find((g) => g.type === 'checklist') as unknown as { items: Item[] };
  return gate.items;
}

describe('a checklist through shipgate init, then the bundled action', () => {
  it('clinic-platform (131 items): every item shown and blocking, then allowed after the release manager signs off and marks the after-deploy headings /na', async () => {
    const { config, markdown, report } = await generate(
      'clinic-platform',
      {
        'release-managers': ['rita-release'],
        'development-lead': ['dev-lead-lee'],
        'operations-lead': ['ops-olga'],
        'compliance-officer': ['compliance-carl'],
        'project-manager': ['pm-pia'],
        engineer: ['eng-erik'],
      },
      { audit: { report: 'reports/npm-audit.json' }, 'test-report': { report: 'reports/junit.xml' } },
    );
    // "End-to-end tests passing (100%)" states a pass rate: the JUnit report is checked, not just a green check.
    expect(report).toContain('-> test-report (tests): JUnit report with a pass rate of at least 100%');
    expect(report).toContain('gates.test-report.report: path of the JUnit XML');
    const parsed = parseChecklist(markdown);
    expect(parsed.items).toHaveLength(131);

    fake = await startFakeGitHub(
      makeWorld({ config, baseFiles: { 'docs/DEPLOYMENT_CHECKLIST.md': markdown }, comments: [] }),
    );
    const files = {
      'reports/npm-audit.json': readFileSync(join(FIXTURES, 'audit', 'npm7-none.json'), 'utf8'),
      'reports/junit.xml': pytestJunit(),
    };

    const blocked = await runAction(fake, { files });
    expect(blocked.code).toBe(1);
    expect(blocked.outputs.allowed).toBe('false');
    expect(blocked.outputs.blocking!.split(',')).toContain('checklist');
    const before = itemsOf(blocked);
    // Every item of the file, in the file's order, by its id.
    expect(before.map((i) => i.id)).toEqual(parsed.items.map((i) => i.id));
    // The items init linked are checked by their gates; the rest wait for a person.
    const link = (
      parseDocument(config).getIn(['gates', 'checklist', 'link']) as { toJSON(): Record<string, string> }
    ).toJSON();
    expect(
      before.find((i) => i.id === 'security/security-audit-completed-with-no-critical-vulnerabilities'),
    ).toMatchObject({ status: 'pass', gate: 'audit' });
    expect(before.find((i) => i.id === 'testing/end-to-end-tests-passing-100')).toMatchObject({
      status: 'pass',
      gate: 'test-report',
    });
    for (const i of before.filter((i) => !link[i.id])) expect(i.status).toBe('pending');
    const body = plain(stickyComments(fake.world)[0]!.body);
    expect(body).toContain('/signoff');
    for (const h of [
      'Environment Setup',
      'Compliance (HIPAA for Healthcare)',
      'First 24 Hours Post-Deployment',
    ])
      expect(body).toContain(h);
    // The job summary lists every item.
    for (const i of parsed.items) expect(plain(blocked.summary)).toContain(i.text);

    // What the release manager and the named roles type.
    const pr = getPR(fake.world);
    const say = (author: string, body: string, minute: number) =>
      pr.comments.push({
        databaseId: 90_000 + minute,
        author: { login: author, type: 'User' },
        body,
        createdAt: at(200 + minute),
        lastEditedAt: null,
        editor: null,
      });
    say(
      'rita-release',
      [
        'Checked with the team.',
        '/signoff pre-deployment-checklist',
        '/signoff pre-deployment-t-4-hours deployment-t-0',
        '/na post-deployment-t1-hour checked after the deploy',
        '/na first-24-hours-post-deployment checked after the deploy',
        '/na rollback-procedures only if we roll back',
        '/na post-deployment-review-24-48-hours after the deploy',
        // The two reviews under Sign-offs that no role gate checks happen after the deploy.
        '/na sign-offs after the deploy',
      ].join('\n'),
      1,
    );
    say('dev-lead-lee', '/signoff development-lead', 2);
    say('ops-olga', '/signoff operations-lead', 3);
    say('compliance-carl', '/signoff compliance-officer', 4);
    say('pm-pia', '/signoff project-manager', 5);
    say('eng-erik', '/signoff engineer', 6);

    const allowed = await runAction(fake, { files, runId: 7002 });
    const after = itemsOf(allowed);
    expect(after.filter((i) => i.status !== 'pass' && i.status !== 'na')).toEqual([]);
    expect(allowed.outputs.blocking).toBe('');
    expect(allowed.outputs.allowed).toBe('true');
    expect(allowed.code).toBe(0);
    expect(
      after.find((i) => i.id === 'database/rls-policies-reviewed-and-tested-on-all-tables'),
    ).toMatchObject({ status: 'pass', by: 'rita-release' });
    expect(after.find((i) => i.id === 'team-debrief/what-went-well')).toMatchObject({
      status: 'na',
      by: 'rita-release',
    });
    expect(stickyComments(fake.world)).toHaveLength(1);
  });
});
