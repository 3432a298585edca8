/**
 * Sign-offs end to end on the bundled action: what counts as a command (plain text of the
 * comment, read as Markdown), edits that can only make a gate stricter, commands no gate takes
 * answered in the checklist, and window overrides that a push makes stale.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  APP_TOKEN,
  getPR,
  iso,
  makeWorld,
  pushCommit,
  startFakeGitHub,
  type FakeGitHub,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { editComment } from '../fake-github/model.js';
import { plain, runAction, statuses, stickyComments, type RunOptions } from './harness.js';

const CONFIG = `version: 1
environments:
  production: { gates: [rollback-plan, signoff-pm, window] }
  staging: { gates: [tests] }
gates:
  tests:
    type: checks
    require: ["build"]
  rollback-plan:
    type: manual
    signoff: [rita-release]
  signoff-pm:
    type: manual
    signoff: [pat-pm]
  window:
    type: window
    allow: ["mon-fri 09:00-17:00"]
    timezone: UTC
    override: [rita-release]
`;
const RUN: RunOptions = {
  token: APP_TOKEN,
  inputs: { environment: 'production', now: '2026-03-07T12:00:00Z' },
};
const OURS = 'shipgate-app[bot]';

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(opts: ScenarioOptions = {}) {
  fake = await startFakeGitHub(
    makeWorld({ config: CONFIG, comments: [], checkSuites: [{ runs: ['build'] }], ...opts }),
  );
  return fake;
}
const commentText = (gh: FakeGitHub) =>
  plain(stickyComments(gh.world).filter((c) => c.author.login === OURS)[0]!.body);
const gateOf = (run: Awaited<ReturnType<typeof runAction>>, id: string) =>
  run.result!.gates.find((g) => g.id === id)!;

describe('a sign-off counts only as plain text of the comment', () => {
  const hidden: [string, string][] = [
    ['an indented code block', 'To sign off, type:\n\n    /signoff rollback-plan'],
    ['a fenced code block', '```\n/signoff rollback-plan\n```'],
    ['an HTML comment', 'Not yet.\n\n<!--\n\n/signoff rollback-plan\n\n-->'],
    ['a block quote', '> /signoff rollback-plan'],
    [
      'a collapsed <details> block',
      '<details><summary>notes</summary>\n\n/signoff rollback-plan\n\n</details>',
    ],
    ['inline code', 'Comment `/signoff rollback-plan` when done.'],
  ];
  for (const [what, body] of hidden) {
    it(`a command inside ${what} does not sign off`, async () => {
      const gh = await start({ comments: [{ author: 'rita-release', body }] });
      const run = await runAction(gh, RUN);
      expect(gateOf(run, 'rollback-plan').status).toBe('fail');
      expect(gateOf(run, 'rollback-plan').summary).toBe('awaiting sign-off from rita-release');
    });
  }

  it('the same command as a plain line signs off', async () => {
    const gh = await start({
      comments: [{ author: 'rita-release', body: 'Rollback tested on staging.\n/signoff rollback-plan' }],
    });
    const run = await runAction(gh, RUN);
    expect(gateOf(run, 'rollback-plan')).toMatchObject({
      status: 'pass',
      summary: 'signed off by rita-release',
    });
  });
});

describe('an edit can only make a gate stricter', () => {
  it('an edited revoke still revokes, an edited sign-off still does not count', async () => {
    const gh = await start({ comments: [{ author: 'rita-release', body: '/signoff rollback-plan' }] });
    expect(gateOf(await runAction(gh, RUN), 'rollback-plan').status).toBe('pass');
    const pr = getPR(gh.world);
    pr.comments.push({
      databaseId: gh.world.nextId++,
      author: { login: 'rita-release' },
      body: 'Found a problem.',
      createdAt: iso(new Date()),
    });
    editComment(
      gh.world,
      pr.comments.at(-1)!,
      { login: 'rita-release', type: 'User' },
      'Found a problem.\n/signoff revoke rollback-plan',
    );
    const revoked = await runAction(gh, { ...RUN, runId: 7002 });
    expect(gateOf(revoked, 'rollback-plan').status).toBe('fail');

    // Editing the revoke back into a sign-off does not restore it.
    editComment(
      gh.world,
      pr.comments.at(-1)!,
      { login: 'rita-release', type: 'User' },
      'Fixed.\n/signoff rollback-plan',
    );
    const edited = await runAction(gh, { ...RUN, runId: 7003 });
    expect(gateOf(edited, 'rollback-plan').status).toBe('pass'); // the first, unedited sign-off counts again
    expect(commentText(gh)).toContain('the comment was edited after posting; post a new comment instead');
  });
});

describe('commands no gate takes are answered in the checklist', () => {
  it('names a mistyped gate id, a gate without sign-off and a malformed command, with a suggestion', async () => {
    const gh = await start({
      comments: [
        { author: 'pat-pm', body: 'Approved from product.\n/signoff signof-pm' },
        { author: 'rita-release', body: '/signoff tests' },
        { author: 'rita-release', body: '/signoff rollback plan' },
      ],
    });
    const run = await runAction(gh, RUN);
    expect(gateOf(run, 'signoff-pm').status).toBe('fail');
    const text = commentText(gh);
    expect(text).toContain('### Sign-off commands not understood');
    expect(text).toContain(
      '`/signoff signof-pm` by @pat-pm: no gate `signof-pm` takes a sign-off (did you mean `signoff-pm`?)',
    );
    // `tests` exists (in another environment) but is a checks gate.
    expect(text).toContain(
      '`/signoff tests` by @rita-release: no gate `tests` takes a sign-off (`tests` is a checks gate)',
    );
    expect(text).toContain(
      '`/signoff rollback plan` by @rita-release: no gate `rollback plan` takes a sign-off (did you mean `rollback-plan`?)',
    );
    // Mentions stay defused in the raw comment.
    expect(stickyComments(gh.world)[0]!.body).not.toMatch(/(^|[^&#\w])@pat-pm/);
  });

  it('says nothing when every command names a gate that takes a sign-off', async () => {
    const gh = await start({ comments: [{ author: 'pat-pm', body: '/signoff signoff-pm' }] });
    await runAction(gh, RUN);
    expect(commentText(gh)).not.toContain('not understood');
  });
});

describe('window overrides', () => {
  it('an override given before the latest push no longer lifts the window', async () => {
    const gh = await start({ comments: [{ author: 'rita-release', body: '/signoff window' }] });
    const first = await runAction(gh, RUN);
    expect(gateOf(first, 'window').status).toBe('pass');
    expect(gateOf(first, 'window').summary).toMatch(/^window lifted by rita-release/);
    pushCommit(gh.world, 42, { checkSuites: [{ runs: ['build'] }] });
    const again = await runAction(gh, { ...RUN, runId: 7002 });
    expect(statuses(again).window).toBe('fail');
    expect(commentText(gh)).toContain('given before the latest push (dismiss-stale)');
  });
});
