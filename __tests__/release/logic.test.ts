/** Table-driven tests of the pure release-management logic: waivers, environment, promotion. */
import { describe, expect, it } from '@jest/globals';
import { commandLines } from '../../src/gates/signoff-commands.js';
import type { EnvironmentGate } from '../../src/config/schema-types.generated.js';
import { evaluateEnvironment, type EnvironmentFacts } from '../../src/gates/environment.js';
import { evaluatePromotion, type PromotionFacts } from '../../src/gates/promotion.js';
import { applyWaivers, evaluateWaivers, parseWaiveCommands } from '../../src/gates/waivers.js';
import type { GateResult } from '../../src/gates/types.js';
import { comment, ctx, pr } from '../helpers/facts.js';

const waive = (body: string) => parseWaiveCommands(commandLines(body));

describe('/waive commands', () => {
  it.each([
    ['/waive lint flaky linter', { gate: 'lint', revoke: false, reason: 'flaky linter', until: null }],
    [
      '/waive Lint flaky until 2026-12-31',
      { gate: 'lint', revoke: false, reason: 'flaky', until: '2026-12-31' },
    ],
    ['/waive revoke lint', { gate: 'lint', revoke: true, reason: '', until: null }],
    [
      '/waive lint',
      {
        gate: 'lint',
        reason: '',
        problem: 'a waiver needs a reason: /waive lint <reason> [until YYYY-MM-DD]',
      },
    ],
    [
      '/waive lint flaky until 2026-02-30',
      {
        until: '2026-02-30',
        problem: '"until 2026-02-30" is not a date: write until YYYY-MM-DD, a day that exists',
      },
    ],
    ['/waive lint flaky until tomorrow', { until: 'tomorrow' }],
  ])('reads %j', (body, expected) => {
    expect(waive(body)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['> /waive lint quoted'],
    ['`/waive lint code`'],
    ['```\n/waive lint fenced\n```'],
    ['<details>\n\n/waive lint hidden\n\n</details>'],
    ['see /waive lint inline'],
  ])('ignores %j (not plain paragraph text)', (body) => expect(waive(body)).toEqual([]));
});

function result(status: GateResult['status']): GateResult {
  return { id: 'lint', type: 'checks', title: 'Lint', required: true, status, summary: 'lint failed' };
}
const withWaives = (author: string, body: string, over = {}) => ({
  ...comment(author, body, over),
  waives: waive(body),
});

describe('waivers', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it.each([
    ['an allowed person', 'rita', '/waive lint ok until 2026-11-30', ['rita'], 'waived'],
    ['through its until day', 'rita', '/waive lint ok until 2026-11-23', ['rita'], 'waived'],
    ['the day after until', 'rita', '/waive lint ok until 2026-11-22', ['rita'], 'fail'],
    ['someone not on the list', 'mallory', '/waive lint ok', ['rita'], 'fail'],
    ['the PR author', 'dev-dana', '/waive lint ok', ['dev-dana'], 'fail'],
    ['a bot', 'ci[bot]', '/waive lint ok', ['ci[bot]'], 'fail'],
    ['a gate nobody may waive', 'rita', '/waive lint ok', undefined, 'fail'],
  ])('%s', (_what, author, body, allowed, status) => {
    const c = ctx({ gateId: 'lint', now, pr: pr({ comments: [withWaives(author, body)] }) });
    expect(applyWaivers(result('fail'), evaluateWaivers(c, 'lint', allowed), allowed).status).toBe(status);
  });

  it('does not count an edited waiver, and a revoke withdraws the writer’s own', () => {
    const edited = ctx({
      gateId: 'lint',
      now,
      pr: pr({
        comments: [
          withWaives('rita', '/waive lint ok', { lastEditedAt: '2026-11-20T12:00:00Z', editor: 'rita' }),
        ],
      }),
    });
    expect(evaluateWaivers(edited, 'lint', ['rita']).active).toBeNull();
    const revoked = ctx({
      gateId: 'lint',
      now,
      pr: pr({
        comments: [
          withWaives('rita', '/waive lint ok'),
          withWaives('rita', '/waive revoke lint', { createdAt: '2026-11-21T11:00:00Z' }),
        ],
      }),
    });
    expect(evaluateWaivers(revoked, 'lint', ['rita']).active).toBeNull();
  });

  it.each([['error'], ['pending'], ['pass']] as const)('leaves a %s gate as it is', (status) => {
    const c = ctx({ gateId: 'lint', now, pr: pr({ comments: [withWaives('rita', '/waive lint ok')] }) });
    expect(applyWaivers(result(status), evaluateWaivers(c, 'lint', ['rita']), ['rita']).status).toBe(status);
  });

  it('is an error when who may waive depends on a team that could not be read', () => {
    const c = ctx({
      gateId: 'lint',
      now,
      teams: { 'acme/rm': { error: 'no members: read' } },
      pr: pr({ comments: [withWaives('rita', '/waive lint ok')] }),
    });
    expect(applyWaivers(result('fail'), evaluateWaivers(c, 'lint', ['@acme/rm']), ['@acme/rm']).status).toBe(
      'error',
    );
  });
});

describe('environment gate', () => {
  const facts = (
    approvals: EnvironmentFacts['approvals'],
    over: Partial<EnvironmentFacts> = {},
  ): EnvironmentFacts => ({
    environment: 'production',
    runId: 1,
    approvals,
    actors: ['deployer'],
    settings: null,
    ...over,
  });
  const approval = (login: string, state = 'approved', environments = ['production']) => ({
    login,
    isBot: login.endsWith('[bot]'),
    state,
    comment: '',
    environments,
  });
  it.each([
    ['one approval', {}, [approval('rita')], 'pass'],
    ['an approval of another environment only', {}, [approval('rita', 'approved', ['staging'])], 'fail'],
    ['a rejection', {}, [approval('rita', 'rejected')], 'fail'],
    ['the triggering actor', {}, [approval('deployer')], 'fail'],
    ['a bot', {}, [approval('deploy[bot]')], 'fail'],
    ['two needed, one given', { min: 2 }, [approval('rita')], 'fail'],
    ['the same person twice', { min: 2 }, [approval('rita'), approval('Rita')], 'fail'],
    ['someone outside from', { from: ['alice'] }, [approval('rita')], 'fail'],
    ['a team that cannot be read', { from: ['@acme/rm'] }, [approval('rita')], 'error'],
  ])('%s', (_what, over, approvals, status) => {
    const c = ctx({ teams: { 'acme/rm': { error: 'no members: read' } } });
    expect(
      evaluateEnvironment({ type: 'environment', ...over } as EnvironmentGate, facts(approvals), c).status,
    ).toBe(status);
  });

  it('fails a protected environment whose settings let admins bypass, even when approved', () => {
    const out = evaluateEnvironment(
      { type: 'environment', protected: true },
      facts([approval('rita')], {
        settings: {
          exists: true,
          reviewers: ['rita'],
          canAdminsBypass: true,
          preventSelfReview: false,
          url: null,
        },
      }),
      ctx(),
    );
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('can_admins_bypass');
  });
});

describe('promotion gate', () => {
  const sha = 'a'.repeat(40);
  const facts = (
    latest: PromotionFacts['environments'][number]['latest'],
    rollback = false,
  ): PromotionFacts => ({ sha, rollback, environments: [{ name: 'staging', latest }] });
  const deployment = (over = {}) => ({
    id: 1,
    sha,
    ref: 'main',
    createdAt: '2026-11-23T08:00:00Z',
    state: 'success',
    stateAt: '2026-11-23T08:00:00Z',
    ...over,
  });
  it.each([
    ['this commit, soaked', deployment(), 'pass'],
    ['another commit', deployment({ sha: 'b'.repeat(40) }), 'fail'],
    ['still deploying', deployment({ state: 'in_progress' }), 'pending'],
    ['failed', deployment({ state: 'failure' }), 'fail'],
    ['inactive', deployment({ state: 'inactive' }), 'fail'],
    ['without a status', deployment({ state: null, stateAt: null }), 'fail'],
    ['soak not over', deployment({ stateAt: '2026-11-23T09:45:00Z' }), 'pending'],
    ['never deployed', null, 'fail'],
  ])('%s', (_what, latest, status) => {
    expect(
      evaluatePromotion({ type: 'promotion', after: ['staging'], soak: '30m' }, facts(latest), ctx()).status,
    ).toBe(status);
  });

  it('is skipped for a rollback', () => {
    expect(
      evaluatePromotion({ type: 'promotion', after: ['staging'] }, facts(null, true), ctx()).status,
    ).toBe('skipped');
  });
});
