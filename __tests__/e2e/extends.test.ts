/**
 * End-to-end: `extends: owner/repo/path@ref` merges an organisation's shared gates and groups
 * under the repository's config; gates it locks cannot be dropped, redefined or made optional.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { makeWorld, oidOf, startFakeGitHub, type FakeGitHub, type World } from '../fake-github/index.js';
import { plain, runAction, statuses, stickyComments } from './harness.js';

const BASE = `version: 1
groups:
  release-managers: [rita-release]
gates:
  rollback-plan:
    type: manual
    title: Rollback plan reviewed
    signoff: [release-managers]
    locked: true
  coverage-note:
    type: manual
    signoff: [release-managers]
    required: false
`;
const SOURCE = 'acme/.github/shipgate/base.yml@main';

function addOrgRepo(world: World, text: string | null) {
  const oid = oidOf('acme/.github@main');
  world.repos.push({
    owner: 'acme',
    name: '.github',
    databaseId: 4242,
    defaultBranch: 'main',
    refs: { main: oid },
    blobs: { [oid]: text === null ? { 'README.md': 'org files' } : { 'shipgate/base.yml': text } },
    commits: [{ oid, committedDate: '2026-03-01T09:00:00Z', checkSuites: [], statuses: [] }],
    pullRequests: [],
  });
}

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(config: string, base: string | null = BASE) {
  const world = makeWorld({ config, comments: [{ author: 'rita-release', body: '/signoff rollback-plan' }] });
  addOrgRepo(world, base);
  fake = await startFakeGitHub(world);
  return fake;
}

const REPO = `version: 1
extends: ${SOURCE}
gates:
  tests:
    type: checks
    require: ["build", "test (*)"]
`;

describe('extends', () => {
  it("merges the organisation's shared gates and groups under the repository's config", async () => {
    const gh = await start(REPO);
    const run = await runAction(gh);
    expect(run.code).toBe(0);
    expect(statuses(run)).toEqual({ 'rollback-plan': 'pass', 'coverage-note': 'fail', tests: 'pass' });
    const reads = gh.requestsMatching({ rest: 'GET /repos/{owner}/{repo}/contents/{path}' });
    expect(reads.map((r) => `${decodeURIComponent(r.path)}?ref=${r.query.ref}`)).toEqual([
      '/repos/acme/.github/contents/shipgate/base.yml?ref=main',
    ]);
  });

  it('refuses a repository config that leaves a locked shared gate out of an environment, pointing at the list', async () => {
    const gh = await start(REPO + 'environments:\n  production: { gates: [tests] }\n');
    const run = await runAction(gh, { inputs: { environment: 'production' } });
    expect(run.code).toBe(1);
    expect(run.outputs.blocking).toBe('config');
    expect(run.stdout).toContain(
      `::error title=shipgate config,file=.github/shipgate.yml,line=8,col=24::environments.production: leaves out the locked gate rollback-plan from ${SOURCE}; a locked gate applies to every environment: add it to the list`,
    );
  });

  it('refuses a repository that redefines a locked gate to make it optional', async () => {
    const gh = await start(
      REPO + '  rollback-plan:\n    type: manual\n    signoff: [dev-dana]\n    required: false\n',
    );
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=shipgate config,file=\.github\/shipgate\.yml,line=8,col=5::gates\.rollback-plan: this gate is locked by acme\/\.github\/shipgate\/base\.yml@main: the repository cannot redefine, loosen or make it optional/,
    );
  });

  it('refuses a repository that redefines a group a locked gate relies on', async () => {
    const gh = await start(REPO + 'groups:\n  release-managers: [dev-dana]\n');
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `groups.release-managers: defined by ${SOURCE} and used by its locked gate rollback-plan: the repository cannot redefine it`,
    );
  });

  it('may replace an unlocked shared gate', async () => {
    const gh = await start(
      REPO +
        '  coverage-note:\n    type: manual\n    signoff: [rita-release]\n    required: false\n    title: Coverage noted\n',
    );
    const run = await runAction(gh);
    expect(run.code).toBe(0);
    expect(run.result!.gates.find((g) => g.id === 'coverage-note')!.title).toBe('Coverage noted');
  });

  it('points a problem in the shared file at that file', async () => {
    const gh = await start(REPO, BASE.replace('    locked: true\n', '    locked: true\n    minimum: 2\n'));
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error title=shipgate config,file=${SOURCE},line=10,col=5::gates.rollback-plan: unknown key "minimum"`,
    );
  });

  it('makes the gates of an unreadable shared config error, and still evaluates the others', async () => {
    const gh = await start(REPO + 'environments:\n  production: { gates: [tests, rollback-plan] }\n', null);
    const run = await runAction(gh, { inputs: { environment: 'production' } });
    expect(run.code).toBe(1);
    expect(statuses(run)).toEqual({ tests: 'pass', 'rollback-plan': 'error' });
    const gate = run.result!.gates.find((g) => g.id === 'rollback-plan')!;
    expect(gate.type).toBe('unknown');
    expect(gate.summary).toContain(
      `gate rollback-plan comes from the shared config ${SOURCE}, which could not be read`,
    );
    expect(gate.summary).toContain('the default workflow token reads only its own repository');
    expect(run.outputs.blocking).toBe('rollback-plan');
  });

  it('blocks with an extends error when an unreadable shared config is named by no environment', async () => {
    const gh = await start(REPO, null);
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(statuses(run)).toEqual({ tests: 'pass', extends: 'error' });
  });

  it("does not let the repository's defaults.waivers waive a locked shared gate", async () => {
    const world = makeWorld({
      config: REPO.replace('gates:\n', 'defaults:\n  waivers: [bob]\ngates:\n'),
      comments: [{ author: 'bob', body: '/waive rollback-plan we will write it later' }],
    });
    addOrgRepo(world, BASE);
    fake = await startFakeGitHub(world);
    const run = await runAction(fake);
    expect(statuses(run)['rollback-plan']).toBe('fail');
    expect(plain(stickyComments(fake.world)[0]!.body)).toContain(
      'nobody may waive rollback-plan: it has no `waivers:` list of its own',
    );
  });

  it('refuses locked: true in the repository itself', async () => {
    const gh = await start(REPO.replace('    type: checks\n', '    type: checks\n    locked: true\n'));
    const run = await runAction(gh);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('gates.tests: locked only applies in a shared config read through extends');
  });
});
