/**
 * Every gate type: where its facts come from, and its pure logic (evaluate + explain). A newcomer
 * finds a gate by its name: src/gates/<type>.ts (logic) and src/sources/<type> (facts).
 *
 * The logic is loaded on demand (ncc emits each gate as a chunk), so a run only pays the start-up
 * cost of the gate types its config uses.
 */
import type { EvalContext, GateOutcome, GateType } from './types.js';

/** Where a gate's facts come from. */
export type FactSource =
  /** From GitHub, gathered by the action in one query (checks, approvals). */
  | 'github'
  /** From local I/O (files, processes, HTTP) through src/sources. */
  | 'local'
  /** No facts beyond the context (clock, sign-offs in the PR's comments). */
  | 'none';

export interface GateLogic {
  // Config and facts are typed per gate in the gate files; the registry is the one place where
  // gate types meet, so `any` here is deliberate.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate: (gate: any, facts: any, ctx: EvalContext) => GateOutcome;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  explain: (gate: any) => string[];
}

export interface GateKind {
  source: FactSource;
  /** Runs processes: collected one at a time, never concurrently with another such gate. */
  exclusive?: boolean;
  load: () => Promise<GateLogic>;
}

export const GATES: Record<GateType, GateKind> = {
  checks: { source: 'github', load: async () => logic(await import('./checks.js'), 'Checks') },
  approvals: { source: 'github', load: async () => logic(await import('./approvals.js'), 'Approvals') },
  manual: { source: 'none', load: async () => logic(await import('./manual.js'), 'Manual') },
  coverage: { source: 'local', load: async () => logic(await import('./coverage.js'), 'Coverage') },
  audit: { source: 'local', load: async () => logic(await import('./audit.js'), 'Audit') },
  migrations: {
    source: 'local',
    exclusive: true,
    load: async () => logic(await import('./migrations.js'), 'Migrations'),
  },
  window: { source: 'none', load: async () => logic(await import('./window.js'), 'Window') },
  http: { source: 'local', load: async () => logic(await import('./http.js'), 'Http') },
  command: {
    source: 'local',
    exclusive: true,
    load: async () => logic(await import('./command.js'), 'Command'),
  },
};

function logic(mod: Record<string, unknown>, name: string): GateLogic {
  return {
    evaluate: mod[`evaluate${name}`] as GateLogic['evaluate'],
    explain: mod[`explain${name}`] as GateLogic['explain'],
  };
}

/** Loads the logic of the given gate types. */
export async function loadGates(types: Iterable<GateType>): Promise<Map<GateType, GateLogic>> {
  const out = new Map<GateType, GateLogic>();
  await Promise.all([...new Set(types)].map(async (t) => out.set(t, await GATES[t].load())));
  return out;
}
