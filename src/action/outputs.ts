/** The action's outputs. The only file that writes them. */
import { allowsDeploy, type Evaluation, type Sampling } from '../gates/types.js';
import { setOutput } from './runtime.js';

export const OUTPUT_NAMES = ['allowed', 'blocking', 'result', 'comment-url', 'rollback'] as const;

export function blockingIds(ev: Evaluation): string[] {
  return ev.gates.filter((g) => g.required && !allowsDeploy(g.status)).map((g) => g.id);
}

/** Version of the `result` JSON shape; raised when a field changes meaning or goes away. */
export const RESULT_SCHEMA_VERSION = 1;
/**
 * `rollback`: after the deploy (phase verify), true when a required verify gate failed or erred,
 * or when the verification could not run at all ("could not verify" means roll back).
 */
export function rollbackOf(ev: Evaluation & { error?: string }): boolean {
  return ev.phase === 'verify' && (!!ev.error || !ev.allowed);
}

/** The `result` output: the spec's shape, plus `error` when the config could not be used. */
export function resultJson(ev: Evaluation & { error?: string }): string {
  return JSON.stringify({
    schema_version: RESULT_SCHEMA_VERSION,
    // Only the verify phase adds keys: phase here, rollback at the end.
    ...(ev.phase === 'verify' ? { phase: 'verify' } : {}),
    environment: ev.environment,
    allowed: ev.allowed,
    sha: ev.sha,
    pr: ev.pr,
    gates: ev.gates.map((g) => ({
      ...g.data,
      id: g.id,
      type: g.type,
      title: g.title,
      status: g.status,
      required: g.required,
      summary: g.summary,
      ...(g.waiver
        ? { waiver: { by: g.waiver.login, reason: g.waiver.reason, until: g.waiver.until, at: g.waiver.at } }
        : {}),
      // An http gate's value is a latency, which differs run to run: shown only when sampled.
      ...(g.value !== undefined && (g.sampling || g.type !== 'http') ? { value: g.value } : {}),
      ...(g.sampling ? { sampling: samplingJson(g.sampling) } : {}),
    })),
    ...(ev.phase === 'verify' ? { rollback: rollbackOf(ev) } : {}),
    ...(ev.error ? { error: ev.error } : {}),
  });
}

/** A sampled gate in the result: counts, min / max / last of the values, and every sample. */
function samplingJson(s: Sampling) {
  const values = s.samples.map((x) => x.value).filter((v): v is number => v !== undefined);
  return {
    planned: s.planned,
    taken: s.samples.length,
    failed: s.failed,
    failureLimit: s.failureLimit,
    ...(s.unit ? { unit: s.unit } : {}),
    ...(values.length
      ? { min: Math.min(...values), max: Math.max(...values), last: values[values.length - 1] }
      : {}),
    samples: s.samples,
  };
}

export function writeOutputs(ev: Evaluation & { error?: string }, commentUrl: string) {
  setOutput('allowed', String(ev.allowed));
  setOutput('blocking', ev.error ? 'config' : blockingIds(ev).join(','));
  setOutput('result', resultJson(ev));
  setOutput('comment-url', commentUrl);
  setOutput('rollback', String(rollbackOf(ev)));
}

/**
 * The outputs of a run that could not evaluate the gates (`blocking` is `github` for a GitHub API
 * failure, else `shipgate`): still "not allowed", so a later step reading them cannot deploy.
 */
export function writeFailureOutputs(
  run: { environment: string; sha: string; pr: number | null; phase?: 'deploy' | 'verify' },
  blocking: 'github' | 'shipgate',
  message: string,
) {
  const ev: Evaluation & { error: string } = {
    // A verification that could not run is "could not verify", which means roll back.
    ...(run.phase === 'verify' ? { phase: 'verify' as const } : {}),
    environment: run.environment,
    allowed: false,
    sha: run.sha,
    pr: run.pr,
    gates: [],
    error: message,
  };
  setOutput('allowed', 'false');
  setOutput('blocking', blocking);
  setOutput('result', resultJson(ev));
  setOutput('comment-url', '');
  setOutput('rollback', String(rollbackOf(ev)));
}
