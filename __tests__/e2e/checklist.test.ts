/**
 * The checklist gate end to end on the bundled action, with a real team checklist (the PrismAI
 * production checklist, 109 items, mojibake emoji headings included) as the file: every item is
 * shown, the deploy is blocked, and it is allowed after the sign-offs and /na's a release manager
 * and the security team would type. The file is read from the trusted base, never from the PR.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  APP_TOKEN,
  at,
  getPR,
  makeWorld,
  pushCommit,
  startFakeGitHub,
  type FakeGitHub,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { plain, runAction, stickyComments, type RunOptions } from './harness.js';

const CHECKLIST = readFileSync(
  new URL('../fixtures/checklists/prismai-platform.md', import.meta.url),
  'utf8',
);
const CONFIG = `version: 1
groups:
  release-managers: [rita-release, "@acme/release"]
  security: ["@acme/security"]
environments:
  production: { gates: [readiness] }
gates:
  tests:
    type: checks
    require: [build]
  readiness:
    type: checklist
    title: Production readiness
    file: docs/DEPLOYMENT_CHECKLIST.md
    signoff:
      security-validation: [security]
      security-testing: [security]
      "*": [release-managers]
    link:
      code--dependencies/all-tests-passing-90-coverage: tests
    skip: [emergency-contacts, notes]
`;
const RUN: RunOptions = { token: APP_TOKEN, inputs: { environment: 'production' } };
const OURS = 'shipgate-app[bot]';

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(opts: ScenarioOptions = {}) {
  fake = await startFakeGitHub(
    makeWorld({
      config: CONFIG,
      comments: [],
      checkSuites: [{ runs: ['build'] }],
      baseFiles: { 'docs/DEPLOYMENT_CHECKLIST.md': CHECKLIST },
      teams: { security: ['sam-sec'], release: ['rob-release'] },
      ...opts,
    }),
  );
  return fake;
}
type Item = {
  id: string;
  heading: string;
  text: string;
  status: string;
  by: string | null;
  at: string | null;
  gate: string | null;
  reason: string | null;
};
const readiness = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.result!.gates.find((g) => g.id === 'readiness') as unknown as {
    status: string;
    summary: string;
    items: Item[];
  };
const commentText = (gh: FakeGitHub) =>
  plain(stickyComments(gh.world).filter((c) => c.author.login === OURS)[0]!.body);
function say(gh: FakeGitHub, author: string, body: string) {
  const pr = getPR(gh.world);
  pr.comments.push({
    databaseId: gh.world.nextId++,
    author: { login: author, type: 'User' },
    body,
    createdAt: at(100 + pr.comments.length),
  });
}

describe('the checklist gate on a real checklist', () => {
  it('shows every item, blocks, and allows after the sign-offs and /na a release manager and security type', async () => {
    const gh = await start();
    const blocked = await runAction(gh, RUN);
    expect(blocked.outputs['allowed']).toBe('false');
    expect(blocked.code).toBe(1);
    const gate = readiness(blocked);
    expect(gate.status).toBe('fail');
    expect(gate.items).toHaveLength(109);
    expect(gate.items.find((i) => i.gate === 'tests')).toMatchObject({
      id: 'code--dependencies/all-tests-passing-90-coverage',
      heading: 'code--dependencies',
      text: 'All tests passing (90%+ coverage)',
      status: 'pass',
      by: null,
      at: null,
    });
    expect(gate.items.filter((i) => i.status === 'pending')).toHaveLength(108);
    // The linked gate runs with the checklist, though the environment lists only the checklist.
    expect(blocked.result!.gates.map((g) => g.id)).toEqual(['readiness', 'tests']);
    const shown = commentText(gh);
    const source = CHECKLIST.split('\n').filter((l) => /^\s*- \[ \]/.test(l));
    expect(source).toHaveLength(109);
    for (const line of source) expect(shown).toContain(line.replace(/^\s*- \[ \] /, '').replace(/\*\*/g, ''));
    expect(shown).toContain('## 🚫 Deploy to production blocked');
    expect(shown).toContain(
      '⏳ Security Validation — 5 of 5 awaiting security (@acme/security): `/signoff security-validation`',
    );
    expect(shown).toContain(
      '- `/signoff prismai-production-deployment-checklist` — release-managers (rita-release, @acme/release): 98 items under PrismAI Production Deployment Checklist',
    );
    expect(shown).toContain('#### 🚀 Pre-Deployment Phase'); // mojibake repaired

    // What they type: one heading each, a /na with its reason; and two that do not count.
    say(gh, 'sam-sec', 'Pen test report attached.\n\n/signoff security-validation security-testing');
    say(gh, 'dev-dana', '/signoff prismai-production-deployment-checklist'); // the PR author
    say(gh, 'mallory', '/signoff security-validation');
    say(gh, 'rob-release', '/signoff prismai-production-deployment-checklist');
    say(gh, 'rita-release', '/na gradual-rollback not doing a gradual rollout for this release');
    const allowed = await runAction(gh, { ...RUN, runId: 9002 });
    const done = readiness(allowed);
    expect(done.summary).toBe('all 109 items done: 104 signed off, 4 not applicable, 1 checked by gates');
    expect(allowed.outputs['allowed']).toBe('true');
    expect(allowed.code).toBe(0);
    expect(done.items.find((i) => i.id === 'security-validation/rate-limiting-enabled')).toMatchObject({
      status: 'pass',
      by: 'sam-sec',
    });
    expect(done.items.find((i) => i.id === 'gradual-rollback/feature-flags-configured')).toMatchObject({
      status: 'na',
      by: 'rita-release',
      reason: 'not doing a gradual rollout for this release',
    });
    const text = commentText(gh);
    expect(text).toContain('## ✅ Deploy to production allowed');
    expect(text).toContain('Security Validation — 5/5 signed off by sam-sec');
    expect(text).toContain(
      'Code & Dependencies — 5/5: 4 signed off by rob-release, 1 checked by gate `tests`',
    );
    expect(text).toContain(
      '`/signoff prismai-production-deployment-checklist`](https://github.com/acme/shop/pull/42#issuecomment-900000007) by dev-dana: ignored: the PR author cannot sign off their own PR',
    );
    expect(text).toContain(
      'by mallory: ignored for `security-validation`: mallory may not sign off any item under it (allowed: security)',
    );
    expect(text).toContain(
      '| not applicable | `readiness` | gradual-rollback/feature-flags-configured (Feature flags configured)',
    );

    // A push resets the sign-offs (dismiss-stale is the default for a checklist).
    pushCommit(gh.world, 42, { checkSuites: [{ runs: ['build'] }] });
    const pushed = await runAction(gh, { ...RUN, runId: 9003 });
    expect(pushed.outputs['allowed']).toBe('false');
    expect(readiness(pushed).summary).toBe('1 of 109 items done; 108 await sign-off');
  });

  it('reads the file from the trusted base: a PR that deletes or rewrites it changes nothing', async () => {
    const gh = await start({
      headFiles: { 'docs/DEPLOYMENT_CHECKLIST.md': '# Nothing to do\n\n- [x] Ship it\n' },
    });
    const run = await runAction(gh, RUN);
    expect(readiness(run).items).toHaveLength(109);
  });

  it('is an error, with the fix, when the file is missing at the trusted base', async () => {
    const gh = await start({ baseFiles: {}, headFiles: { 'docs/DEPLOYMENT_CHECKLIST.md': CHECKLIST } });
    const run = await runAction(gh, RUN);
    expect(readiness(run)).toMatchObject({ status: 'error' });
    expect(readiness(run).summary).toMatch(
      /^docs\/DEPLOYMENT_CHECKLIST\.md does not exist at the trusted ref the config was read from \(the base commit [0-9a-f]{7}\); commit the checklist there, or fix `file`$/,
    );
    expect(run.outputs['allowed']).toBe('false');
  });

  it('is an error with a did-you-mean when a signoff key names no heading', async () => {
    const gh = await start({
      config: CONFIG.replace('security-validation: [security]', 'security-validaton: [security]'),
    });
    const run = await runAction(gh, RUN);
    expect(readiness(run)).toMatchObject({
      status: 'error',
      summary:
        'signoff: "security-validaton" names no heading or item of docs/DEPLOYMENT_CHECKLIST.md (did you mean "security-validation"?)',
    });
  });
});
