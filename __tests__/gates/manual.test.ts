import { describe, expect, it } from '@jest/globals';
import { evaluateManual } from '../../src/gates/manual.js';
import { parseSignoffCommands } from '../../src/gates/signoff-commands.js';
import { comment, ctx, pr } from '../helpers/facts.js';

const gate = { type: 'manual' as const, signoff: ['release-managers'] as [string], 'dismiss-stale': true };
const base = {
  gateId: 'rollback-plan',
  groups: { 'release-managers': ['alice', '@acme/rm'] },
  teams: { 'acme/rm': { members: ['ron'] } },
};

describe('manual gate and sign-offs', () => {
  it('passes with a sign-off from an allowed user or team member, and says who and when', () => {
    const r = evaluateManual(
      gate,
      {},
      ctx({ ...base, pr: pr({ comments: [comment('ron', 'looks fine\n/signoff rollback-plan')] }) }),
    );
    expect(r.status).toBe('pass');
    expect(r.summary).toBe('signed off by ron');
    expect(r.signoffs?.[0]).toMatchObject({
      gate: 'rollback-plan',
      login: 'ron',
      at: '2026-11-20T11:00:00Z',
    });
    expect(JSON.stringify(r.details)).toContain('signed off by ron at 2026-11-20 11:00 UTC');
  });

  it.each([
    [
      'an unauthorised user',
      comment('mallory', '/signoff rollback-plan'),
      'mallory is not allowed to sign off (allowed: release-managers)',
    ],
    [
      'the PR author',
      comment('dev-dana', '/signoff rollback-plan'),
      'the PR author cannot sign off their own PR',
    ],
    ['a bot', comment('github-actions[bot]', '/signoff rollback-plan'), 'bots cannot sign off'],
    [
      'an edited comment',
      comment('alice', '/signoff rollback-plan', { lastEditedAt: '2026-11-20T12:00:00Z', editor: 'mallory' }),
      'the comment was edited by mallory after posting',
    ],
    [
      'a sign-off before the latest push',
      comment('alice', '/signoff rollback-plan', { createdAt: '2026-11-20T09:00:00Z' }),
      'given before the latest push',
    ],
  ])('ignores a sign-off by %s and says why', (_what, c, reason) => {
    const r = evaluateManual(gate, {}, ctx({ ...base, pr: pr({ comments: [c] }) }));
    expect(r.status).toBe('fail');
    expect(JSON.stringify(r.details)).toContain(reason);
  });

  it('is withdrawn by /signoff revoke from the same person', () => {
    const comments = [
      comment('alice', '/signoff rollback-plan'),
      comment('alice', '/signoff revoke rollback-plan', { createdAt: '2026-11-20T12:00:00Z' }),
    ];
    expect(evaluateManual(gate, {}, ctx({ ...base, pr: pr({ comments }) })).status).toBe('fail');
  });

  it('does not count quoted or fenced commands, nor other gates', () => {
    expect(
      parseSignoffCommands('> /signoff rollback-plan\n```\n/signoff rollback-plan\n```\n/signoff other'),
    ).toEqual([{ gate: 'other', ids: ['other'], revoke: false, text: '/signoff other' }]);
  });

  it('is an error when a team that could allow the signer cannot be read', () => {
    const r = evaluateManual(
      gate,
      {},
      ctx({
        ...base,
        teams: { 'acme/rm': { error: 'the token lacks permission' } },
        pr: pr({ comments: [comment('ron', '/signoff rollback-plan')] }),
      }),
    );
    expect(r.status).toBe('error');
  });

  it('awaits a person (pending, blocks) in the CLI and fails in the action when there is no PR', () => {
    expect(evaluateManual(gate, {}, ctx({ ...base, pr: null, mode: 'cli' }))).toMatchObject({
      status: 'pending',
      summary: 'needs sign-off on the pull request by release-managers (alice, @acme/rm)',
    });
    expect(evaluateManual(gate, {}, ctx({ ...base, pr: null })).status).toBe('fail');
  });
});
