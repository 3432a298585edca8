import { describe, expect, it } from '@jest/globals';
import { plannedSamples, runSampled } from '../../src/engine/sample.js';
import type { GateSpec } from '../../src/engine/select.js';
import type { GateOutcome } from '../../src/gates/types.js';

const spec = {
  id: 'error-rate',
  type: 'metric',
  title: 'Error rate',
  required: true,
  config: {},
} as unknown as GateSpec;

/** Measures that return the scripted outcomes in turn (the last one repeats). */
function scripted(...outcomes: GateOutcome[]) {
  let n = 0;
  return () => Promise.resolve(outcomes[Math.min(n++, outcomes.length - 1)]!);
}
const pass = (value: number): GateOutcome => ({ status: 'pass', summary: `${value}`, value });
const fail = (value: number): GateOutcome => ({ status: 'fail', summary: `${value} too high`, value });
const error: GateOutcome = { status: 'error', summary: 'could not measure: no series' };

async function sample(
  cfg: Parameters<typeof runSampled>[1],
  measure: () => Promise<GateOutcome>,
  signal = new AbortController().signal,
) {
  const log: string[] = [];
  const r = await runSampled(spec, cfg, { measure, signal, log: (m) => log.push(m) });
  return { ...r, log };
}

describe('sampling a verify gate', () => {
  it('plans a sample at the start of the window and one every `every` up to its end', () => {
    expect(plannedSamples(30_000, 600_000)).toBe(21);
    expect(plannedSamples(200, 1000)).toBe(6);
    expect(plannedSamples(1000, 0)).toBe(1);
  });

  it('passes only after the whole window held, logging every sample', async () => {
    const r = await sample({ every: '1ms', for: '4ms' }, scripted(pass(1), pass(3), pass(2)));
    expect(r.outcome).toMatchObject({ status: 'pass', value: 2 });
    expect(r.outcome.summary).toBe('held for 4 ms: 5/5 samples passed; last: 2');
    expect(r.sampling).toMatchObject({ planned: 5, failed: 0, failureLimit: 0 });
    expect(r.sampling.samples.map((s) => s.value)).toEqual([1, 3, 2, 2, 2]);
    expect(r.log).toEqual(
      [1, 2, 3, 4, 5].map((i) => `error-rate: sample ${i}/5: pass ${[1, 3, 2, 2, 2][i - 1]}`),
    );
  });

  it('fails as soon as more than failure-limit samples failed, without waiting for the window', async () => {
    const r = await sample(
      { every: '1ms', for: '1s', 'failure-limit': 1 },
      scripted(pass(0), fail(5), pass(0), fail(7)),
    );
    expect(r.outcome.status).toBe('fail');
    expect(r.outcome.summary).toBe('failed at sample 4/1001 (2 failed, 1 tolerated): 7 too high');
    expect(r.sampling.samples).toHaveLength(4);
  });

  it('tolerates failed samples within the limit', async () => {
    const r = await sample(
      { every: '1ms', for: '3ms', 'failure-limit': 1 },
      scripted(pass(0), fail(5), pass(0)),
    );
    expect(r.outcome.status).toBe('pass');
    expect(r.outcome.summary).toBe('held for 3 ms: 3/4 samples passed (1 failed, 1 tolerated); last: 0');
  });

  it('a window that only failed to measure is an error ("could not measure"), never a pass', async () => {
    const r = await sample({ every: '1ms', for: '3ms' }, scripted(error));
    expect(r.outcome).toMatchObject({
      status: 'error',
      summary: 'could not measure at sample 1/4 (1 failed, 0 tolerated): could not measure: no series',
    });
  });

  it('a window cut short by the deadline is an error', async () => {
    const ac = new AbortController();
    let n = 0;
    const r = await sample(
      { every: '1ms', for: '1h' },
      () => {
        if (++n === 2) ac.abort();
        return Promise.resolve(pass(0));
      },
      ac.signal,
    );
    expect(r.outcome.status).toBe('error');
    expect(r.outcome.summary).toMatch(
      /^sampling stopped after 2\/3600001 samples: the run's deadline passed/,
    );
  });
});
