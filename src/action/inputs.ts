/** The action's inputs, parsed once into a typed object. The only file that reads INPUT_*. */
import { UserError } from '../errors.js';
import { parseDuration } from '../util/duration.js';
import { parseInstant } from '../util/time.js';
import { getInput } from './runtime.js';

export interface Inputs {
  config: string;
  environment: string;
  token: string;
  mode: 'enforce' | 'report';
  comment: boolean;
  pr: number | null;
  configRef: string;
  /** null: take it from the config. */
  waitMs: number | null;
  now: Date | null;
  /** Publish the verdict as a check run `shipgate / <environment>`. */
  check: boolean;
  /** A rollback: promotion order is not enforced. */
  rollback: boolean;
  /** `deploy` (before the deploy step, default) or `verify` (after it: sample, say whether to roll back). */
  phase: 'deploy' | 'verify';
}

/** Input names, as in action.yml (a test keeps both lists equal). */
export const INPUT_NAMES = [
  'config',
  'environment',
  'token',
  'mode',
  'comment',
  'pr',
  'config-ref',
  'wait',
  'now',
  'check',
  'rollback',
  'phase',
] as const;

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const get = (n: (typeof INPUT_NAMES)[number]) => getInput(n, env);
  const mode = get('mode') || 'enforce';
  if (mode !== 'enforce' && mode !== 'report')
    throw new UserError(`input mode: "${mode}" is not a mode; expected enforce or report`);
  const bool = (name: 'comment' | 'check' | 'rollback', fallback: 'true' | 'false') => {
    const text = (get(name) || fallback).toLowerCase();
    if (!['true', 'false'].includes(text))
      throw new UserError(`input ${name}: "${get(name)}" is not a boolean; expected true or false`);
    return text === 'true';
  };
  const prText = get('pr');
  if (prText && !/^[1-9]\d*$/.test(prText))
    throw new UserError(`input pr: "${prText}" is not a pull request number`);
  const waitText = get('wait');
  const waitMs = waitText ? parseDuration(waitText) : null;
  if (waitText && waitMs === null)
    throw new UserError(`input wait: "${waitText}" is not a duration; expected e.g. 30s, 15m or 1h`);
  const nowText = get('now');
  const now = nowText ? parseInstant(nowText) : null;
  if (nowText && !now)
    throw new UserError(
      `input now: "${nowText}" is not an ISO date-time with an offset, such as 2026-12-04T15:00:00+01:00 or 2026-12-04T14:00:00Z`,
    );
  const phase = get('phase') || 'deploy';
  if (phase !== 'deploy' && phase !== 'verify')
    throw new UserError(
      `input phase: "${phase}" is not a phase; expected deploy (before the deploy step) or verify (after it)`,
    );
  const token = get('token') || env.GITHUB_TOKEN || '';
  return {
    config: get('config') || '.github/shipgate.yml',
    environment: get('environment'),
    token,
    mode,
    comment: bool('comment', 'true'),
    pr: prText ? Number(prText) : null,
    configRef: get('config-ref'),
    waitMs,
    now,
    check: bool('check', 'false'),
    rollback: bool('rollback', 'false'),
    phase,
  };
}
