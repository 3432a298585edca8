/** Which gates apply to the target environment, with their titles, and how long to wait. */
import type { GateConfig } from '../config/load-config.js';
import type { Person, ShipgateConfig } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import type { GateResult, GateType } from '../gates/types.js';
import { extendsInfo } from '../config/extends-info.js';
import { parseDuration } from '../util/duration.js';

export interface GateSpec {
  id: string;
  type: GateType;
  title: string;
  required: boolean;
  config: GateConfig;
}

export type Phase = 'deploy' | 'verify';

/**
 * The gates of one phase. `deploy` (before the deploy step): the environment's `gates`, or without
 * an environment every gate except those only named in `verify` lists (a metric watching the new
 * version means nothing before it is deployed). `verify` (after it): the environment's `verify`.
 */
export function selectGates(
  config: ShipgateConfig,
  environment: string,
  phase: Phase = 'deploy',
): GateSpec[] {
  let ids = Object.keys(config.gates);
  const envs = config.environments ?? {};
  if (environment && config.environments) {
    // Own properties only: an environment named `toString` is not Object.prototype's.
    const env = Object.hasOwn(config.environments, environment)
      ? config.environments[environment]
      : undefined;
    if (!env) {
      throw new UserError(
        `environment "${environment}" is not defined in the config; defined: ${Object.keys(config.environments).join(', ')} (or leave \`environment\` empty to run every gate)`,
      );
    }
    if (phase === 'verify') {
      if (!env.verify)
        throw new UserError(
          `environment "${environment}" has no verify list: add environments.${environment}.verify: [gate ids] to say what is checked after the deploy`,
        );
      ids = env.verify;
    } else ids = env.gates;
  } else if (phase === 'verify') {
    const withVerify = Object.entries(envs).filter(([, e]) => e.verify);
    throw new UserError(
      withVerify.length
        ? `the verify phase needs an environment: set \`environment\` to one with a verify list (${withVerify.map(([n]) => n).join(', ')})`
        : 'the verify phase needs an environment with a verify list: add environments.<name>.verify: [gate ids] to the config and set `environment`',
    );
  } else {
    const inGates = new Set(Object.values(envs).flatMap((e) => e.gates));
    const verifyOnly = new Set(
      Object.values(envs).flatMap((e) => (e.verify ?? []).filter((id) => !inGates.has(id))),
    );
    ids = ids.filter((id) => !verifyOnly.has(id));
  }
  // A checklist item linked to a gate is checked by that gate: it runs with the checklist even
  // when the environment does not list it.
  for (const id of [...ids]) {
    const g = config.gates[id] as { type?: string; link?: Record<string, string> } | undefined;
    if (g?.type !== 'checklist') continue;
    for (const target of Object.values(g.link ?? {}))
      if (!ids.includes(target) && Object.hasOwn(config.gates, target)) ids = [...ids, target];
  }
  // Gates of an unreadable shared config are reported by unavailableGates().
  ids = ids.filter((id) => Object.hasOwn(config.gates, id));
  return ids.map((id) => {
    const raw = config.gates[id]! as GateConfig;
    // The window gate takes the config-wide time zone when it has none of its own.
    const gate =
      raw.type === 'window' && !(raw as { timezone?: string }).timezone && config.defaults?.timezone
        ? ({ ...raw, timezone: config.defaults.timezone } as GateConfig)
        : raw;
    const g = gate as { title?: string; required?: boolean };
    return { id, type: gate.type, title: g.title ?? id, required: g.required ?? true, config: gate };
  });
}

/** How long a gate's sampling takes at most (`sample.delay` + `sample.for`), 0 without `sample`. */
export function samplingMs(spec: GateSpec): number {
  const s = (spec.config as { sample?: { delay?: string; for?: string } }).sample;
  if (!s) return 0;
  return (parseDuration(s.delay ?? '0') ?? 0) + (parseDuration(s.for ?? '0') ?? 0);
}

/**
 * How long a gate may wait for pending facts. Precedence: the `wait` input, the gate's own
 * `wait`, the environment's `wait`, `defaults.wait`, else 0.
 */
export function waitFor(
  spec: GateSpec,
  config: ShipgateConfig,
  environment: string,
  inputWaitMs: number | null,
): number {
  if (inputWaitMs !== null) return inputWaitMs;
  const own = (spec.config as { wait?: string }).wait;
  const envs = config.environments ?? {};
  const env = environment && Object.hasOwn(envs, environment) ? envs[environment]?.wait : undefined;
  const text = own ?? env ?? config.defaults?.wait;
  return text ? (parseDuration(text) ?? 0) : 0;
}

/**
 * Who may waive a gate: its own `waivers:` list, else `defaults.waivers`. A gate locked by the
 * shared config takes only its own list: the repository's defaults cannot loosen it.
 */
export function waiversFor(spec: GateSpec, config: ShipgateConfig): Person[] | undefined {
  const own = (spec.config as { waivers?: Person[] }).waivers;
  if (extendsInfo(config)?.locked.has(spec.id)) return own;
  return own ?? config.defaults?.waivers;
}

/**
 * The gates of a shared config (`extends`) that could not be read, as `error` results: every
 * gate the environment names that the repository does not define (or, when none is named, one
 * `extends` entry), so the deploy is blocked while the other gates still evaluate.
 */
export function unavailableGates(
  config: ShipgateConfig,
  environment: string,
  phase: Phase = 'deploy',
): GateResult[] {
  const info = extendsInfo(config);
  if (!info?.unavailable) return [];
  const env = environment ? config.environments?.[environment] : undefined;
  const listed: string[] | undefined = env
    ? phase === 'verify'
      ? (env.verify ?? [])
      : env.gates
    : undefined;
  return info.unavailable.gates
    .filter((id) => id === 'extends' || !listed || listed.includes(id))
    .map((id) => ({
      id,
      type: 'unknown',
      title: id,
      required: true,
      status: 'error',
      summary:
        id === 'extends'
          ? `the shared config ${info.source} could not be read, so its gates are unknown: ${info.unavailable!.error}`
          : `gate ${id} comes from the shared config ${info.source}, which could not be read: ${info.unavailable!.error}`,
    }));
}
