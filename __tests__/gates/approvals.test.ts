import { describe, expect, it } from '@jest/globals';
import { evaluateApprovals, type ReviewFact } from '../../src/gates/approvals.js';
import { ctx, pr } from '../helpers/facts.js';

const review = (author: string, state: string, at: string, commitOid = 'h'.repeat(40)): ReviewFact => ({
  author,
  authorIsBot: author.endsWith('[bot]'),
  authorCanPush: true,
  state,
  submittedAt: at,
  commitOid,
});
const facts = (reviews: ReviewFact[], codeowners: string | null = null) => ({
  reviews,
  codeowners: codeowners === null ? null : { path: '.github/CODEOWNERS', text: codeowners },
});

describe('approvals gate', () => {
  it('counts distinct approvers, never the author or bots', () => {
    const r = evaluateApprovals(
      { type: 'approvals', min: 2 },
      facts([
        review('ann', 'APPROVED', '1'),
        review('dev-dana', 'APPROVED', '2'),
        review('renovate[bot]', 'APPROVED', '3'),
        review('ann', 'APPROVED', '4'),
      ]),
      ctx(),
    );
    expect(r).toMatchObject({ status: 'fail', summary: '1 of 2 required approvals' });
  });

  it('uses only the latest review per person; an outstanding change request blocks', () => {
    const reviews = [review('ann', 'CHANGES_REQUESTED', '1'), review('bob', 'APPROVED', '2')];
    expect(evaluateApprovals({ type: 'approvals', min: 1 }, facts(reviews), ctx()).summary).toBe(
      'changes requested by ann',
    );
    reviews.push(review('ann', 'APPROVED', '3'));
    expect(evaluateApprovals({ type: 'approvals', min: 2 }, facts(reviews), ctx()).status).toBe('pass');
    reviews.push(review('ann', 'COMMENTED', '4'));
    expect(evaluateApprovals({ type: 'approvals', min: 2 }, facts(reviews), ctx()).status).toBe('pass');
    reviews.push(review('ann', 'DISMISSED', '5'));
    expect(evaluateApprovals({ type: 'approvals', min: 2 }, facts(reviews), ctx()).summary).toBe(
      '1 of 2 required approvals',
    );
  });

  it('with dismiss-stale, approvals of an older commit do not count', () => {
    const r = evaluateApprovals(
      { type: 'approvals', 'dismiss-stale': true },
      facts([review('ann', 'APPROVED', '1', 'o'.repeat(40))]),
      ctx(),
    );
    expect(r.status).toBe('fail');
    expect(JSON.stringify(r.details)).toContain('before the latest push');
    expect(
      evaluateApprovals({ type: 'approvals' }, facts([review('ann', 'APPROVED', '1', 'o'.repeat(40))]), ctx())
        .status,
    ).toBe('pass');
  });

  it('requires one approval from the `from` list, teams and groups included', () => {
    const c = ctx({
      groups: { rm: ['@acme/release', 'zoe'] },
      teams: { 'acme/release': { members: ['Bob'] } },
    });
    expect(
      evaluateApprovals({ type: 'approvals', from: ['rm'] }, facts([review('ann', 'APPROVED', '1')]), c)
        .summary,
    ).toBe('no approval from rm');
    expect(
      evaluateApprovals({ type: 'approvals', from: ['rm'] }, facts([review('bob', 'APPROVED', '1')]), c)
        .status,
    ).toBe('pass');
  });

  it('is an error, not "not a member", when team members cannot be read', () => {
    const c = ctx({
      teams: { 'acme/release': { error: 'the token lacks permission to read members of @acme/release' } },
    });
    const r = evaluateApprovals(
      { type: 'approvals', from: ['@acme/release'] },
      facts([review('bob', 'APPROVED', '1')]),
      c,
    );
    expect(r.status).toBe('error');
    expect(r.summary).toContain('lacks permission');
  });

  it('requires a code owner approval for every changed file (last matching rule wins)', () => {
    const owners = '* @acme/devs\n/payments/ @pay-lead\n/payments/README.md\n';
    const c = ctx({
      pr: pr({
        files: [
          { path: 'payments/charge.ts', status: 'modified' },
          { path: 'payments/README.md', status: 'modified' },
        ],
      }),
      teams: { 'acme/devs': { members: ['ann'] } },
    });
    const ann = evaluateApprovals(
      { type: 'approvals', codeowners: true },
      facts([review('ann', 'APPROVED', '1')], owners),
      c,
    );
    expect(ann).toMatchObject({ status: 'fail', summary: 'no code owner approval for payments/charge.ts' });
    const lead = evaluateApprovals(
      { type: 'approvals', codeowners: true },
      facts([review('pay-lead', 'APPROVED', '1')], owners),
      c,
    );
    expect(lead.status).toBe('pass');
  });

  it('errors when codeowners is required but the base has no CODEOWNERS', () => {
    expect(
      evaluateApprovals(
        { type: 'approvals', codeowners: true },
        facts([review('ann', 'APPROVED', '1')]),
        ctx(),
      ).status,
    ).toBe('error');
  });

  it('fails with a clear reason when there is no pull request', () => {
    expect(evaluateApprovals({ type: 'approvals' }, facts([]), ctx({ pr: null }))).toMatchObject({
      status: 'fail',
      summary: 'no pull request for this commit: review approval needs a PR to comment on',
    });
  });
});
