/**
 * Every gate type, in one typed table: where its facts come from, its pure logic (src/gates/<type>.ts,
 * export `gate`) and, for gates with facts, its source (src/sources/<type>.ts, export `collect`).
 * The table must name every type of schema/gates/ (a missing type is a compile error), and a gate's
 * logic and source must agree on the facts' type (a mismatch is a compile error).
 *
 * Logic and sources are loaded on demand (ncc emits each as a chunk), so a run only pays the
 * start-up cost of the gate types its config uses.
 */
import type { GateConfigs, GateType } from '../config/schema-types.generated.js';
import type { Collector } from '../sources/types.js';
import type { GateLogic } from './types.js';

/** Where a gate's facts come from. */
export type FactSource =
  /** From GitHub, through the action's facts (`CollectContext.github`); skipped in the CLI. */
  | 'github'
  /** From local I/O (files, processes, network) through src/sources. */
  | 'local'
  /** No facts beyond the context (clock, sign-offs in the PR's comments). */
  | 'none';

interface EntryBase {
  source: FactSource;
  /** Runs processes: collected one at a time, never concurrently with another such gate. */
  exclusive?: boolean;
}

/** A gate type's entry: its logic and (unless `source: 'none'`) its fact source, with agreeing types. */
export type GateEntry<T extends GateType, F> = EntryBase &
  (
    | { source: 'none'; logic: () => Promise<{ gate: GateLogic<T, F> }> }
    | {
        source: 'github' | 'local';
        logic: () => Promise<{ gate: GateLogic<T, F> }>;
        facts: () => Promise<{ collect: Collector<T, F> }>;
      }
  );

/**
 * An entry with its facts type erased: the logic accepts any facts (`never`), the source yields
 * `unknown`. Every `GateEntry<T, F>` is one, whatever `F`.
 */
export type AnyGateEntry<T extends GateType> = EntryBase &
  (
    | { source: 'none'; logic: () => Promise<{ gate: GateLogic<T, never> }> }
    | {
        source: 'github' | 'local';
        logic: () => Promise<{ gate: GateLogic<T, never> }>;
        facts: () => Promise<{ collect: Collector<T, unknown> }>;
      }
  );

/** Ties a type's logic and source together; `F` is inferred from both, so they must agree. */
export function entry<T extends GateType, F>(e: GateEntry<T, F>): AnyGateEntry<T> {
  return e;
}

export const GATES: { [T in GateType]: AnyGateEntry<T> } = {
  approvals: entry({
    source: 'github',
    logic: () => import('./approvals.js'),
    facts: () => import('../sources/approvals.js'),
  }),
  audit: entry({
    source: 'local',
    logic: () => import('./audit.js'),
    facts: () => import('../sources/audit/index.js'),
  }),
  checklist: entry({
    source: 'local',
    logic: () => import('./checklist.js'),
    facts: () => import('../sources/checklist.js'),
  }),
  checks: entry({
    source: 'github',
    logic: () => import('./checks.js'),
    facts: () => import('../sources/checks.js'),
  }),
  command: entry({
    source: 'local',
    exclusive: true,
    logic: () => import('./command.js'),
    facts: () => import('../sources/command.js'),
  }),
  coverage: entry({
    source: 'local',
    logic: () => import('./coverage.js'),
    facts: () => import('../sources/coverage/index.js'),
  }),
  dns: entry({
    source: 'local',
    logic: () => import('./dns.js'),
    facts: () => import('../sources/dns.js'),
  }),
  env: entry({
    source: 'local',
    logic: () => import('./env.js'),
    facts: () => import('../sources/env.js'),
  }),
  environment: entry({
    source: 'github',
    logic: () => import('./environment.js'),
    facts: () => import('../sources/environment.js'),
  }),
  fresh: entry({
    source: 'local',
    exclusive: true,
    logic: () => import('./fresh.js'),
    facts: () => import('../sources/fresh.js'),
  }),
  http: entry({
    source: 'local',
    logic: () => import('./http.js'),
    facts: () => import('../sources/http.js'),
  }),
  manual: entry({ source: 'none', logic: () => import('./manual.js') }),
  migrations: entry({
    source: 'local',
    exclusive: true,
    logic: () => import('./migrations.js'),
    facts: () => import('../sources/migrations.js'),
  }),
  metric: entry({
    source: 'local',
    logic: () => import('./metric.js'),
    facts: () => import('../sources/metric.js'),
  }),
  promotion: entry({
    source: 'github',
    logic: () => import('./promotion.js'),
    facts: () => import('../sources/promotion.js'),
  }),
  sarif: entry({
    source: 'local',
    logic: () => import('./sarif.js'),
    facts: () => import('../sources/sarif.js'),
  }),
  tests: entry({
    source: 'local',
    logic: () => import('./tests.js'),
    facts: () => import('../sources/tests.js'),
  }),
  window: entry({ source: 'none', logic: () => import('./window.js') }),
};

/** A gate type's logic and source as the engine uses them (the config and facts types erased). */
export interface LoadedGate {
  source: FactSource;
  exclusive: boolean;
  logic: GateLogic<GateType, unknown>;
  collect: Collector<GateType, unknown> | null;
}

/**
 * Loads the logic (and, unless `logicOnly`, the sources) of the given gate types. One type after
 * another: concurrent `import()`s of modules that share a dependency trip jest's ESM loader ("request
 * for … is not in cache"), and in the bundle each is a local chunk read of well under a millisecond.
 */
export async function loadGates(
  types: Iterable<GateType>,
  opts: { logicOnly?: boolean } = {},
): Promise<Map<GateType, LoadedGate>> {
  const out = new Map<GateType, LoadedGate>();
  for (const t of new Set(types)) {
    // The table guarantees per type that config, logic and source agree; erased here only.
    const e = GATES[t] as unknown as GateEntry<GateType, unknown>;
    const { gate } = await e.logic();
    const facts = e.source === 'none' || opts.logicOnly ? null : await e.facts();
    out.set(t, {
      source: e.source,
      exclusive: e.exclusive ?? false,
      logic: gate,
      collect: facts?.collect ?? null,
    });
  }
  return out;
}

/** The config type of a gate type (for callers that narrow by `type`). */
export type ConfigOf<T extends GateType> = GateConfigs[T];
