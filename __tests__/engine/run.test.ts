import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/load-config.js';
import { runGates } from '../../src/engine/run.js';
import { selectGates } from '../../src/engine/select.js';
import type { CheckFact } from '../../src/gates/checks.js';
import { pr } from '../helpers/facts.js';

const config = parseConfig(
  'version: 1\ngates:\n  tests: { type: checks, require: [build] }\n  ok: { type: approvals, min: 0 }\n',
  'c.yml',
);
const run = (name: string, status: string, conclusion: string | null): CheckFact => ({
  name,
  kind: 'check-run',
  status,
  conclusion,
});

function input(checks: CheckFact[], refresh: () => Promise<CheckFact[]>, waitMs: number) {
  return {
    config,
    environment: '',
    gates: selectGates(config, ''),
    mode: 'action' as const,
    now: new Date('2026-11-23T10:00:00Z'),
    sha: 'abc1234',
    pr: pr(),
    teams: {},
    github: {
      checksSha: 'abc1234',
      checks,
      approvals: { reviews: [], codeowners: null },
      refreshChecks: refresh,
    },
    collect: {
      cwd: '/tmp',
      env: {},
      now: new Date(),
      signal: new AbortController().signal,
      progress: () => {},
    },
    waitMs: () => waitMs,
    log: () => {},
    sleep: async () => {},
  };
}

describe('engine', () => {
  it('evaluates every selected gate', async () => {
    const ev = await runGates(input([run('build', 'completed', 'success')], async () => [], 0));
    expect(ev.gates.map((g) => [g.id, g.status])).toEqual([
      ['tests', 'pass'],
      ['ok', 'pass'],
    ]);
    expect(ev.allowed).toBe(true);
  });

  it('polls pending checks until they finish, within the wait', async () => {
    let polls = 0;
    const ev = await runGates(
      input(
        [run('build', 'in_progress', null)],
        async () =>
          ++polls < 2 ? [run('build', 'in_progress', null)] : [run('build', 'completed', 'success')],
        60_000,
      ),
    );
    expect(polls).toBe(2);
    expect(ev.allowed).toBe(true);
  });

  it('turns a failure to read checks while waiting into an error, never a pass', async () => {
    const ev = await runGates(
      input(
        [run('build', 'queued', null)],
        async () => {
          throw new Error('boom');
        },
        60_000,
      ),
    );
    expect(ev.gates[0]).toMatchObject({ id: 'tests', status: 'error' });
    expect(ev.allowed).toBe(false);
  });
});
