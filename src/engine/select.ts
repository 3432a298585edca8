/** Which gates apply to the target environment, with their titles, and how long to wait. */
import type { GateConfig } from '../config/load-config.js';
import type { Person, ShipgateConfig } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import type { GateType } from '../gates/types.js';
import { parseDuration } from '../util/duration.js';

export interface GateSpec {
  id: string;
  type: GateType;
  title: string;
  required: boolean;
  config: GateConfig;
}

export function selectGates(config: ShipgateConfig, environment: string): GateSpec[] {
  let ids = Object.keys(config.gates);
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
    ids = env.gates;
  }
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

/** Who may waive a gate: its own `waivers:` list, else `defaults.waivers`. */
export function waiversFor(spec: GateSpec, config: ShipgateConfig): Person[] | undefined {
  return (spec.config as { waivers?: Person[] }).waivers ?? config.defaults?.waivers;
}
