/**
 * Spoofing, end to end on the bundled action: people and comments that must not satisfy a gate,
 * and a PR that must not be able to loosen its own gate or steer the checklist comment.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  APP_TOKEN,
  USER_TOKEN,
  getPR,
  iso,
  makeWorld,
  pushCommit,
  startFakeGitHub,
  type FakeGitHub,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { editComment } from '../fake-github/model.js';
import { plain, prPayload, runAction, statuses, stickyComments, type RunOptions } from './harness.js';

const CONFIG = `version: 1
groups:
  release-managers: ["@acme/release-managers", "rita-release", "deploy-bot"]
gates:
  approvals:
    type: approvals
    min: 1
    dismiss-stale: true
    from: [release-managers]
  rollback-plan:
    type: manual
    title: Rollback plan reviewed
    signoff: [release-managers]
    dismiss-stale: true
`;
/** The token can read team members (release-managers: alice, rita-release). */
const RUN: RunOptions = { token: APP_TOKEN };
const OURS = 'shipgate-app[bot]';
const MARKER = '<!-- shipgate:checklist env=_all -->';

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(opts: ScenarioOptions = {}) {
  fake = await startFakeGitHub(
    makeWorld({ config: CONFIG, reviews: [{ author: 'alice', state: 'APPROVED' }], comments: [], ...opts }),
  );
  return fake;
}

const gate = (run: Awaited<ReturnType<typeof runAction>>, id: string) =>
  run.result!.gates.find((g) => g.id === id)!;
const ours = (gh: FakeGitHub) => stickyComments(gh.world).filter((c) => c.author.login === OURS);
const commentText = (gh: FakeGitHub) => plain(ours(gh)[0]!.body);

describe('who signs off and approves', () => {
  it('the PR author cannot sign off or approve their own PR, even as a release manager', async () => {
    const gh = await start({
      teams: { 'release-managers': ['dev-dana', 'alice'] },
      reviews: [{ author: 'dev-dana', state: 'APPROVED' }],
      comments: [{ author: 'dev-dana', body: '/signoff rollback-plan' }],
    });
    const run = await runAction(gh, RUN);
    expect(run.code).toBe(1);
    expect(statuses(run)).toEqual({ approvals: 'fail', 'rollback-plan': 'fail' });
    expect(gate(run, 'approvals').summary).toMatch(/^0 of 1 required approvals/);
    expect(commentText(gh)).toContain('ignored sign-off by dev-dana');
    expect(commentText(gh)).toContain('the PR author cannot sign off their own PR');
  });

  it('a bot cannot sign off or approve, even when listed by name', async () => {
    const gh = await start({
      reviews: [{ author: 'deploy-bot[bot]', type: 'Bot', state: 'APPROVED' }],
      comments: [{ author: 'deploy-bot[bot]', type: 'Bot', body: '/signoff rollback-plan' }],
    });
    const run = await runAction(gh, RUN);
    expect(statuses(run)).toEqual({ approvals: 'fail', 'rollback-plan': 'fail' });
    expect(gate(run, 'approvals').summary).toMatch(/^0 of 1 required approvals/);
    expect(commentText(gh)).toMatch(/not counted: deploy-bot(\[bot\])? — bots do not count/);
    expect(commentText(gh)).toContain('bots cannot sign off');
  });

  it('an unauthorised user can neither sign off nor be the required approver', async () => {
    const gh = await start({
      reviews: [{ author: 'mallory', state: 'APPROVED' }],
      comments: [{ author: 'mallory', body: '/signoff rollback-plan' }],
    });
    const run = await runAction(gh, RUN);
    expect(statuses(run)).toEqual({ approvals: 'fail', 'rollback-plan': 'fail' });
    expect(gate(run, 'approvals').summary).toBe('no approval from release-managers');
    expect(commentText(gh)).toContain('mallory is not allowed to sign off (allowed: release-managers)');
  });

  it('reads team membership at evaluation time: a member removed from the team no longer counts', async () => {
    const gh = await start({ comments: [{ author: 'alice', body: '/signoff rollback-plan' }] });
    const first = await runAction(gh, RUN);
    expect(statuses(first)).toEqual({ approvals: 'pass', 'rollback-plan': 'pass' });
    gh.world.orgs[0]!.teams.find((t) => t.slug === 'release-managers')!.members = ['rita-release'];
    const again = await runAction(gh, { ...RUN, runId: 7002 });
    expect(again.code).toBe(1);
    expect(statuses(again)).toEqual({ approvals: 'fail', 'rollback-plan': 'fail' });
    expect(commentText(gh)).toContain('alice is not allowed to sign off (allowed: release-managers)');
  });

  it('a sign-off comment edited after posting does not count, whoever edited it', async () => {
    const gh = await start({ comments: [{ author: 'rita-release', body: 'Looks fine.' }] });
    const pr = getPR(gh.world);
    // By its author: "Looks fine." becomes a sign-off.
    editComment(
      gh.world,
      pr.comments[0]!,
      { login: 'rita-release', type: 'User' },
      'Looks fine.\n/signoff rollback-plan',
    );
    const byAuthor = await runAction(gh, RUN);
    expect(gate(byAuthor, 'rollback-plan').status).toBe('fail');
    expect(commentText(gh)).toContain('the comment was edited after posting; post a new comment instead');

    // By someone else (a maintainer editing a release manager's comment).
    pr.comments[0]!.body = 'Looks fine.';
    pr.comments.push({
      databaseId: gh.world.nextId++,
      author: { login: 'alice' },
      body: 'Checked the rollback.',
      createdAt: iso(new Date()),
    });
    editComment(
      gh.world,
      pr.comments.at(-1)!,
      { login: 'mallory', type: 'User' },
      'Checked the rollback.\n/signoff rollback-plan',
    );
    const byOther = await runAction(gh, { ...RUN, runId: 7002 });
    expect(gate(byOther, 'rollback-plan').status).toBe('fail');
    expect(commentText(gh)).toContain('the comment was edited by mallory after posting');
  });

  it('with dismiss-stale, a sign-off before the latest push does not count, even if the commit is back-dated', async () => {
    const gh = await start({ comments: [{ author: 'rita-release', body: '/signoff rollback-plan' }] });
    expect(statuses(await runAction(gh, RUN))['rollback-plan']).toBe('pass');
    // A new push whose commit claims an old date; its checks were created (server side) after the sign-off.
    pushCommit(gh.world, 42, { committedDate: '2026-01-01T00:00:00Z', checkSuites: [{ runs: ['build'] }] });
    getPR(gh.world).reviews.push({
      databaseId: gh.world.nextId++,
      author: { login: 'alice' },
      state: 'APPROVED',
      submittedAt: iso(new Date()),
      commitOid: getPR(gh.world).headRefOid,
    });
    const run = await runAction(gh, { ...RUN, runId: 7002 });
    expect(statuses(run)).toEqual({ approvals: 'pass', 'rollback-plan': 'fail' });
    expect(commentText(gh)).toContain('given before the latest push (dismiss-stale)');
  });
});

describe('the checklist comment cannot be steered', () => {
  it('ticking boxes or adding "/signoff" in the sticky comment changes nothing', async () => {
    const gh = await start();
    const first = await runAction(gh, RUN);
    expect(statuses(first)['rollback-plan']).toBe('fail');
    const sticky = ours(gh)[0]!;
    // A maintainer (an allowed signer, even) edits shipgate's comment: ticks every box, adds a
    // sign-off, and rewrites the hidden state to claim a newer evaluation of the head.
    const head = getPR(gh.world).headRefOid;
    const tampered =
      sticky.body
        .replace(/- \[ \]/g, '- [x]')
        .replace(
          /<!-- shipgate:state \{[^}]*\} -->/,
          `<!-- shipgate:state {"sha":"${head}","run":999999,"attempt":9} -->`,
        )
        .replace('Deploy blocked', 'Deploy allowed') + '\n/signoff rollback-plan\n';
    editComment(gh.world, sticky, { login: 'rita-release', type: 'User' }, tampered);
    const again = await runAction(gh, { ...RUN, runId: 7002 });
    expect(again.code).toBe(1);
    expect(statuses(again)).toEqual(statuses(first));
    // The tampered comment was replaced by the real result, in place.
    expect(ours(gh)).toHaveLength(1);
    expect(ours(gh)[0]!.databaseId).toBe(sticky.databaseId);
    expect(ours(gh)[0]!.body).toContain('"run":7002');
    expect(ours(gh)[0]!.body).toContain('Deploy blocked');
    expect(ours(gh)[0]!.body).not.toContain('/signoff rollback-plan\n');
  });

  it('a forged comment with the same hidden marker is never taken for the sticky comment', async () => {
    const head = '<!-- shipgate:state {"sha":"HEAD","run":999999,"attempt":9} -->';
    const gh = await start();
    const headSha = getPR(gh.world).headRefOid;
    const forgedBody = `${MARKER}\n${head.replace('HEAD', headSha)}\n## ✅ Deploy allowed\n- [x] rollback-plan signed off`;
    const pr = getPR(gh.world);
    const now = iso(new Date());
    // One by a user, one by another app's bot; both just now, so they are among the "recent" comments.
    pr.comments.push({
      databaseId: gh.world.nextId++,
      author: { login: 'mallory' },
      body: forgedBody,
      createdAt: now,
      updatedAt: now,
    });
    pr.comments.push({
      databaseId: gh.world.nextId++,
      author: { login: 'other-app[bot]', type: 'Bot' },
      body: forgedBody,
      createdAt: now,
      updatedAt: now,
    });
    const run = await runAction(gh, RUN);
    expect(run.code).toBe(1);
    expect(run.outputs.blocking).toBe('rollback-plan');
    expect(ours(gh)).toHaveLength(1);
    expect(ours(gh)[0]!.body).toContain('Deploy blocked');
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${ours(gh)[0]!.databaseId}`);
    const forged = () =>
      getPR(gh.world).comments.filter((c) => c.author.login !== OURS && c.body.includes(MARKER));
    expect(forged().map((c) => c.body)).toEqual([forgedBody, forgedBody]);

    // The next run updates shipgate's own comment; the forged ones (which claim a newer run) are left alone.
    const again = await runAction(gh, { ...RUN, runId: 7002 });
    expect(again.stdout).not.toContain('already describes a newer evaluation');
    expect(ours(gh)).toHaveLength(1);
    expect(ours(gh)[0]!.body).toContain('"run":7002');
    expect(forged().map((c) => c.body)).toEqual([forgedBody, forgedBody]);
    expect(gh.requestsMatching({ method: 'DELETE' })).toHaveLength(0);
  });
});

describe('a PR cannot loosen its own gate', () => {
  const CO_CONFIG = `version: 1
gates:
  approvals:
    type: approvals
    min: 1
    codeowners: true
  rollback-plan:
    type: manual
    signoff: [rita-release]
`;
  const looseConfig = `version: 1
gates:
  approvals:
    type: approvals
    min: 0
`;
  const looseOwners = '* @alice\n';

  for (const event of ['pull_request', 'pull_request_target', 'issue_comment'] as const) {
    it(`${event}: .github/shipgate.yml and .github/CODEOWNERS changed in the PR's head do not apply`, async () => {
      const gh = await start({
        config: CO_CONFIG,
        // The base says db/ needs @acme/dba; the PR (which touches db/) says alice owns everything.
        headFiles: { '.github/shipgate.yml': looseConfig, '.github/CODEOWNERS': looseOwners },
        files: [
          'src/app.ts',
          { path: 'db/migrations/1_add.sql', changeType: 'ADDED' },
          '.github/shipgate.yml',
          '.github/CODEOWNERS',
        ],
      });
      const opts: RunOptions = {
        ...RUN,
        files: { '.github/shipgate.yml': looseConfig, '.github/CODEOWNERS': looseOwners },
      };
      if (event === 'issue_comment') {
        opts.event = 'issue_comment';
        opts.payload = {
          action: 'created',
          issue: { number: 42, pull_request: { url: 'https://api.github.com/repos/acme/shop/pulls/42' } },
          comment: { body: '/signoff rollback-plan' },
        };
        opts.sha = gh.world.repos[0]!.refs.main!;
      } else {
        opts.event = event;
        opts.payload = prPayload(gh.world);
      }
      const run = await runAction(gh, opts);
      expect(run.code).toBe(1);
      // Both gates of the base config are there, judged by the base CODEOWNERS.
      expect(Object.keys(statuses(run)).sort()).toEqual(['approvals', 'rollback-plan']);
      expect(gate(run, 'approvals').status).toBe('fail');
      expect(gate(run, 'approvals').summary).toBe('no code owner approval for db/migrations/1_add.sql');
      expect(commentText(gh)).toContain('@acme/dba');
      expect(run.outputs.blocking).toBe('approvals,rollback-plan');
    });
  }
});

describe('size limits', () => {
  it('keeps the comment under 65,536 characters and the job summary under 1 MiB on a huge PR', async () => {
    const long = (i: number) => `integration / shard ${i} / ${'very-long-matrix-parameter-'.repeat(16)}${i}`;
    const gh = await start({
      config: `version: 1
gates:
  tests:
    type: checks
    require: ["*"]
  approvals:
    type: approvals
    min: 1
    from: [alice]
  rollback-plan:
    type: manual
    signoff: [rita-release]
`,
      checkSuites: Array.from({ length: 12 }, (_, s) => ({
        workflow: `Workflow ${s}`,
        runs: Array.from({ length: 100 }, (_, i) => ({
          name: long(s * 100 + i),
          status: 'COMPLETED' as const,
          conclusion: i % 2 ? ('FAILURE' as const) : ('SUCCESS' as const),
        })),
      })),
      comments: Array.from({ length: 300 }, (_, i) => ({
        author: `user-${i}-${'x'.repeat(20)}`,
        body: `/signoff rollback-plan ${'please '.repeat(50)}`,
      })),
      reviews: Array.from({ length: 150 }, (_, i) => ({
        author: `reviewer-${i}`,
        state: 'APPROVED' as const,
      })),
    });
    const run = await runAction(gh, RUN);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(statuses(run)).toEqual({ tests: 'fail', approvals: 'fail', 'rollback-plan': 'fail' });
    const body = ours(gh)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('Deploy blocked');
    expect(body).toContain(MARKER);
    expect(plain(body)).toMatch(
      /\*\*Blocking\*\* \(3\):\n- ❌ tests \(`tests`\): .*\n- ❌ approvals \(`approvals`\): .*\n- ❌ rollback-plan \(`rollback-plan`\): /,
    );
    // The details alone would be far beyond both limits.
    expect(run.stdout).toContain('tests: 600 of 1201 required checks failed');
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('Deploy blocked');
    expect(run.summary).toContain('`tests`');
    expect(run.summary).toContain('`rollback-plan`');
  });
});

// A human's token (a PAT) makes shipgate's comment a User's: the same protections apply.
describe('with a personal access token', () => {
  it("still ignores the token owner's own edits of other people's sign-offs", async () => {
    const gh = await start({ comments: [{ author: 'alice', body: 'ok' }] });
    editComment(
      gh.world,
      getPR(gh.world).comments[0]!,
      { login: 'rita-release', type: 'User' },
      '/signoff rollback-plan',
    );
    const run = await runAction(gh, { token: USER_TOKEN });
    expect(gate(run, 'rollback-plan').status).not.toBe('pass');
  });
});
