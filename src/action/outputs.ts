/** The action's outputs. The only file that writes them. */
import { allowsDeploy, type Evaluation } from '../gates/types.js';
import { setOutput } from './runtime.js';

export const OUTPUT_NAMES = ['allowed', 'blocking', 'result', 'comment-url'] as const;

export function blockingIds(ev: Evaluation): string[] {
  return ev.gates.filter((g) => g.required && !allowsDeploy(g.status)).map((g) => g.id);
}

/** Version of the `result` JSON shape; raised when a field changes meaning or goes away. */
export const RESULT_SCHEMA_VERSION = 1;

/** The `result` output: the spec's shape, plus `error` when the config could not be used. */
export function resultJson(ev: Evaluation & { error?: string }): string {
  return JSON.stringify({
    schema_version: RESULT_SCHEMA_VERSION,
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
    })),
    ...(ev.error ? { error: ev.error } : {}),
  });
}

export function writeOutputs(ev: Evaluation & { error?: string }, commentUrl: string) {
  setOutput('allowed', String(ev.allowed));
  setOutput('blocking', ev.error ? 'config' : blockingIds(ev).join(','));
  setOutput('result', resultJson(ev));
  setOutput('comment-url', commentUrl);
}

/**
 * The outputs of a run that could not evaluate the gates (`blocking` is `github` for a GitHub API
 * failure, else `shipgate`): still "not allowed", so a later step reading them cannot deploy.
 */
export function writeFailureOutputs(
  run: { environment: string; sha: string; pr: number | null },
  blocking: 'github' | 'shipgate',
  message: string,
) {
  const ev = {
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
}
