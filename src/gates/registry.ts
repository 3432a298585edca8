/**
 * Every gate type: its pure evaluator, its explanation, and where its facts come from. A newcomer
 * finds a gate by its name: src/gates/<type>.ts (logic) and src/sources/<type> (facts).
 */
import type { GateOutcome, EvalContext, GateType } from './types.js';
import { evaluateChecks, explainChecks } from './checks.js';
import { evaluateApprovals, explainApprovals } from './approvals.js';
import { evaluateManual, explainManual } from './manual.js';
import { evaluateCoverage, explainCoverage } from './coverage.js';
import { evaluateAudit, explainAudit } from './audit.js';
import { evaluateMigrations, explainMigrations } from './migrations.js';
import { evaluateWindow, explainWindow } from './window.js';
import { evaluateHttp, explainHttp } from './http.js';
import { evaluateCommand, explainCommand } from './command.js';

/** Where a gate's facts come from. */
export type FactSource =
  /** From GitHub, gathered by the action in one query (checks, approvals, sign-offs). */
  | 'github'
  /** From local I/O (files, processes, HTTP) through src/sources. */
  | 'local'
  /** No facts beyond the context (clock, sign-offs). */
  | 'none';

export interface GateKind {
  source: FactSource;
  /** Runs processes: collected one at a time, never concurrently with another such gate. */
  exclusive?: boolean;
  /** The facts also include PR sign-offs (needs the PR's comments in the action). */
  usesSignoffs?: boolean;
  // The registry is the one place where gate types meet: config and facts are typed per gate in
  // the gate files and checked by the engine's dispatch, so `any` here is deliberate.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate: (gate: any, facts: any, ctx: EvalContext) => GateOutcome;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  explain: (gate: any) => string[];
}

export const GATES: Record<GateType, GateKind> = {
  checks: { source: 'github', evaluate: evaluateChecks, explain: explainChecks },
  approvals: { source: 'github', evaluate: evaluateApprovals, explain: explainApprovals },
  manual: { source: 'none', usesSignoffs: true, evaluate: evaluateManual, explain: explainManual },
  coverage: { source: 'local', evaluate: evaluateCoverage, explain: explainCoverage },
  audit: { source: 'local', evaluate: evaluateAudit, explain: explainAudit },
  migrations: { source: 'local', exclusive: true, usesSignoffs: true, evaluate: evaluateMigrations, explain: explainMigrations },
  window: { source: 'none', usesSignoffs: true, evaluate: evaluateWindow, explain: explainWindow },
  http: { source: 'local', evaluate: evaluateHttp, explain: explainHttp },
  command: { source: 'local', exclusive: true, evaluate: evaluateCommand, explain: explainCommand },
};
