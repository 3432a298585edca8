/**
 * Sampling for gates with `sample:` (the verify phase): wait `delay`, then measure every `every`
 * for `for`. The gate fails as soon as more than `failure-limit` samples failed, and passes only
 * when the whole window held (Azure's "minimum success duration", Argo's failureLimit). A sample
 * that could not measure (`error`) counts as failed: "no data" never lets a rollout through.
 */
import {
  allowsDeploy,
  type Detail,
  type GateOutcome,
  type SampleRecord,
  type Sampling,
} from '../gates/types.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import { formatNumber } from '../util/number.js';
import { sleep } from '../util/sleep.js';
import type { GateSpec } from './select.js';

export interface SampleConfig {
  delay?: string;
  every: string;
  for: string;
  'failure-limit'?: number;
}

export interface SampleDeps {
  /** Gathers the facts once and evaluates them; never throws (errors are `error` outcomes). */
  measure: () => Promise<GateOutcome>;
  signal: AbortSignal;
  log: (message: string) => void;
  unit?: string | undefined;
}

/** Samples planned for a window: one at its start, then one every `every` up to its end. */
export function plannedSamples(everyMs: number, windowMs: number): number {
  return Math.floor(windowMs / Math.max(1, everyMs)) + 1;
}

/** Rows kept in the samples table of the details (first and last ones; the result has all). */
const TABLE_ROWS = 30;

export async function runSampled(
  spec: GateSpec,
  cfg: SampleConfig,
  deps: SampleDeps,
): Promise<{ outcome: GateOutcome; sampling: Sampling }> {
  const delay = parseDuration(cfg.delay ?? '0') ?? 0;
  const every = Math.max(1, parseDuration(cfg.every) ?? 1);
  const windowMs = parseDuration(cfg.for) ?? 0;
  const limit = cfg['failure-limit'] ?? 0;
  const planned = plannedSamples(every, windowMs);
  const samples: SampleRecord[] = [];
  const sampling: Sampling = { samples, planned, failed: 0, failureLimit: limit };
  if (deps.unit) sampling.unit = deps.unit;
  const unit = deps.unit ? ` ${deps.unit}` : '';

  if (delay > 0) {
    deps.log(`${spec.id}: waiting ${formatDuration(delay)} before the first of ${planned} samples`);
    await sleep(delay, deps.signal);
  }
  const started = Date.now();
  let last: GateOutcome | null = null;
  let lastBad: { outcome: GateOutcome; n: number } | null = null;
  let stopped = false;
  for (let i = 0; i < planned; i++) {
    if (i > 0) await sleep(Math.max(0, started + i * every - Date.now()), deps.signal);
    if (deps.signal.aborted) {
      stopped = true;
      break;
    }
    const outcome = await deps.measure();
    last = outcome;
    const rec: SampleRecord = {
      at: new Date().toISOString(),
      status: outcome.status,
      summary: outcome.summary,
    };
    if (outcome.value !== undefined) rec.value = outcome.value;
    samples.push(rec);
    const bad = !allowsDeploy(outcome.status);
    if (bad) {
      sampling.failed++;
      lastBad = { outcome, n: i + 1 };
    }
    deps.log(
      `${spec.id}: sample ${i + 1}/${planned}: ${outcome.status} ${outcome.summary}${bad ? ` (${sampling.failed} failed, ${limit} tolerated)` : ''}`,
    );
    if (sampling.failed > limit) break;
  }

  const details = (o: GateOutcome | null): Detail[] => [...(o?.details ?? []), samplesTable(samples, unit)];
  const value = last?.value !== undefined ? { value: last.value } : {};
  const window = `${formatDuration(windowMs)}${delay ? ` after a ${formatDuration(delay)} delay` : ''}`;
  if (sampling.failed > limit && lastBad) {
    // A window where every failed sample could not measure is "could not verify", not "failed".
    const anyFail = samples.some((s) => s.status === 'fail');
    const what = anyFail ? 'failed' : 'could not measure';
    return {
      sampling,
      outcome: {
        status: anyFail ? 'fail' : 'error',
        summary: `${what} at sample ${lastBad.n}/${planned} (${sampling.failed} failed, ${limit} tolerated): ${lastBad.outcome.summary}`,
        details: details(lastBad.outcome),
        ...value,
      },
    };
  }
  if (stopped || samples.length < planned) {
    return {
      sampling,
      outcome: {
        status: 'error',
        summary: `sampling stopped after ${samples.length}/${planned} samples: the run's deadline passed (or it was cancelled) before the ${window} window ended`,
        details: details(last),
        ...value,
      },
    };
  }
  const tolerated = sampling.failed ? ` (${sampling.failed} failed, ${limit} tolerated)` : '';
  return {
    sampling,
    outcome: {
      status: 'pass',
      summary: `held for ${window}: ${planned - sampling.failed}/${planned} samples passed${tolerated}; last: ${last?.summary ?? '-'}`,
      details: details(last),
      ...value,
    },
  };
}

function samplesTable(samples: SampleRecord[], unit: string): Detail {
  const rows = samples.map((s, i) => [
    String(i + 1),
    s.at.slice(11, 19),
    s.status,
    s.value === undefined ? '-' : `${formatNumber(s.value)}${unit}`,
    s.summary,
  ]);
  const shown =
    rows.length > TABLE_ROWS
      ? [
          ...rows.slice(0, TABLE_ROWS / 2),
          ['…', '', '', '', `${rows.length - TABLE_ROWS} more`],
          ...rows.slice(-TABLE_ROWS / 2),
        ]
      : rows;
  return { kind: 'table', columns: ['Sample', 'Time (UTC)', 'Status', 'Value', 'Result'], rows: shown };
}
