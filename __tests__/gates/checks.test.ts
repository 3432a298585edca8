import { describe, expect, it } from '@jest/globals';
import { evaluateChecks, type CheckFact, type ChecksFacts } from '../../src/gates/checks.js';
import { ctx } from '../helpers/facts.js';

const run = (
  name: string,
  status: string,
  conclusion: string | null,
  over: Partial<CheckFact> = {},
): CheckFact => ({
  name,
  kind: 'check-run',
  status,
  conclusion,
  startedAt: '2026-11-20T10:00:00Z',
  id: 1,
  ...over,
});
const facts = (checks: CheckFact[], waitOver = true): ChecksFacts => ({
  sha: 'abcdef1234',
  checks,
  waitOver,
  waitedMs: 0,
});
const gate = (require: string[], extra = {}) => ({
  type: 'checks' as const,
  require: require as [string, ...string[]],
  ...extra,
});

describe('checks gate', () => {
  it('passes when every required check succeeded, matching globs', () => {
    const r = evaluateChecks(
      gate(['build', 'test (*)']),
      facts([
        run('build', 'completed', 'success'),
        run('test (node 20)', 'completed', 'success'),
        run('test (node 22)', 'completed', 'skipped'),
      ]),
      ctx(),
    );
    expect(r.status).toBe('pass');
    expect(r.summary).toBe('all 3 required checks passed');
  });

  it('fails naming the failed check and its conclusion', () => {
    const r = evaluateChecks(gate(['build']), facts([run('build', 'completed', 'failure')]), ctx());
    expect(r).toMatchObject({ status: 'fail', summary: '1 of 1 required checks failed: build (failure)' });
  });

  it('never passes with zero matching checks: waits, then fails with "no check named"', () => {
    expect(evaluateChecks(gate(['e2e']), facts([], false), ctx())).toMatchObject({
      status: 'pending',
      retryable: true,
    });
    expect(evaluateChecks(gate(['e2e']), facts([]), ctx()).summary).toBe('no check named "e2e" on abcdef1');
    expect(evaluateChecks(gate(['e2e']), facts([]), ctx()).status).toBe('fail');
  });

  it('stays pending while a check runs and blocks as pending once the wait is over', () => {
    expect(
      evaluateChecks(gate(['build']), facts([run('build', 'in_progress', null)], false), ctx()).status,
    ).toBe('pending');
    const over = evaluateChecks(
      gate(['build']),
      { ...facts([run('build', 'in_progress', null)]), waitedMs: 60_000 },
      ctx(),
    );
    expect(over).toMatchObject({ status: 'pending', summary: 'still running after waiting 1 m: build' });
    expect(over.retryable).toBeUndefined();
  });

  it('lets the newest run of a re-run check win', () => {
    const old = run('build', 'completed', 'failure', { startedAt: '2026-11-20T10:00:00Z', id: 1 });
    const rerun = run('build', 'completed', 'success', { startedAt: '2026-11-20T11:00:00Z', id: 2 });
    expect(evaluateChecks(gate(['build']), facts([rerun, old]), ctx()).status).toBe('pass');
    expect(
      evaluateChecks(
        gate(['build']),
        facts([old, { ...rerun, conclusion: 'failure' }, { ...old, conclusion: 'success' }]),
        ctx(),
      ).status,
    ).toBe('fail');
  });

  it('ignores the unfinished job running shipgate itself', () => {
    const self = run('deploy', 'in_progress', null, { ownRun: true });
    expect(
      evaluateChecks(gate(['*']), facts([run('build', 'completed', 'success'), self]), ctx()).status,
    ).toBe('pass');
  });

  it('treats neutral and skipped as passing unless accept narrows it', () => {
    const checks = [run('lint', 'completed', 'neutral')];
    expect(evaluateChecks(gate(['lint']), facts(checks), ctx()).status).toBe('pass');
    expect(evaluateChecks(gate(['lint'], { accept: ['success'] }), facts(checks), ctx()).status).toBe('fail');
  });

  it('judges commit statuses by context', () => {
    const status: CheckFact = {
      name: 'ci/jenkins',
      kind: 'status',
      status: 'completed',
      conclusion: 'error',
    };
    expect(evaluateChecks(gate(['ci/*']), facts([status]), ctx())).toMatchObject({
      status: 'fail',
      summary: '1 of 1 required checks failed: ci/jenkins (error)',
    });
  });
});

describe('checks gate summary', () => {
  it('names the first five failed checks and counts the rest', () => {
    const checks = Array.from({ length: 8 }, (_, i) => run(`job ${i}`, 'completed', 'failure'));
    expect(evaluateChecks(gate(['job *']), facts(checks), ctx()).summary).toBe(
      '8 of 8 required checks failed: job 0 (failure), job 1 (failure), job 2 (failure), job 3 (failure), job 4 (failure) and 3 more',
    );
  });
});
