/**
 * Compile-time tests of the gate registry, checked by `tsc --noEmit` in `npm test`: each
 * `@ts-expect-error` line must fail to compile; if the registry stopped catching the mistake, the
 * directive itself becomes an error.
 */
import { entry, type AnyGateEntry } from '../../src/gates/registry.js';
import type { GateLogic } from '../../src/gates/types.js';
import type { Collector } from '../../src/sources/types.js';

declare const checksLogic: GateLogic<'checks', { sha: string }>;
declare const approvalsLogic: GateLogic<'approvals', { sha: string }>;
declare const collectSha: Collector<'checks', { sha: string }>;
declare const collectCount: Collector<'checks', { count: number }>;

// Logic and source agree on the facts: fine.
export const ok: AnyGateEntry<'checks'> = entry({
  source: 'github',
  logic: async () => ({ gate: checksLogic }),
  facts: async () => ({ collect: collectSha }),
});

export const mismatch: AnyGateEntry<'checks'> = entry({
  source: 'github',
  logic: async () => ({ gate: checksLogic }),
  // @ts-expect-error the source yields facts the logic does not take
  facts: async () => ({ collect: collectCount }),
});

// @ts-expect-error another type's logic under the `checks` key
export const wrongType: AnyGateEntry<'checks'> = entry({
  source: 'none',
  logic: async () => ({ gate: approvalsLogic }),
});

// @ts-expect-error a gate with facts needs its source
export const noSource: AnyGateEntry<'checks'> = entry({
  source: 'local',
  logic: async () => ({ gate: checksLogic }),
});

// @ts-expect-error the registry must name every gate type of schema/gates/
export const missing: typeof import('../../src/gates/registry.js').GATES = { checks: ok };
