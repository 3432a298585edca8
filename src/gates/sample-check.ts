/**
 * Config checks shared by the gate types that take `sample:` (http, metric, command) and check
 * regular expressions: problems the JSON Schema cannot express, as paths relative to the gate.
 */
import { parseDuration } from '../util/duration.js';
import type { GateConfigProblem } from './types.js';

/** `sample:` of any gate: a window that holds samples. */
export function sampleProblems(sample: Record<string, unknown>): GateConfigProblem[] {
  const out: GateConfigProblem[] = [];
  const ms = (k: string) => (typeof sample[k] === 'string' ? parseDuration(sample[k] as string) : null);
  const every = ms('every');
  const window = ms('for');
  if (every === 0)
    out.push({ path: ['sample', 'every'], message: 'sample.every must be longer than 0, e.g. 30s' });
  if (every && window !== null && window < every)
    out.push({
      path: ['sample', 'for'],
      message: `sample.for (${sample.for as string}) is shorter than sample.every (${sample.every as string}): the window would hold a single sample; make for a multiple of every, e.g. every: 30s, for: 10m`,
    });
  else if (every && window !== null && window / every > 10_000)
    out.push({
      path: ['sample', 'every'],
      message: 'sample: more than 10000 samples in the window; sample less often',
    });
  return out;
}

/** A regular expression the gate will compile (JavaScript syntax, Unicode mode). */
export function checkRegex(out: GateConfigProblem[], path: (string | number)[], source: string) {
  try {
    new RegExp(source, 'u');
  } catch (e) {
    out.push({ path, message: `not a valid regular expression: ${(e as Error).message}` });
  }
}
