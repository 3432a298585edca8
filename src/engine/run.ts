/**
 * The engine shared by the action and the CLI: gather each gate's facts, evaluate it with its pure
 * evaluator, wait (polling with backoff) for gates that are pending, and fail closed: any problem
 * while gathering or evaluating makes that gate `error`.
 */
import type { ShipgateConfig } from '../config/schema-types.generated.js';
import { UserError, errorMessage } from '../errors.js';
import type { ApprovalsFacts } from '../gates/approvals.js';
import type { CheckFact, ChecksFacts } from '../gates/checks.js';
import { GATES, loadGates } from '../gates/registry.js';
import { allowsDeploy } from '../gates/types.js';
import type { EvalContext, Evaluation, GateOutcome, GateResult, PrFacts, TeamFacts } from '../gates/types.js';
import { applyWaivers, evaluateWaivers } from '../gates/waivers.js';
import type { CollectContext } from '../sources/types.js';
import { formatDuration } from '../util/duration.js';
import { COLLECTORS } from './collectors.js';
import { waiversFor, type GateSpec } from './select.js';

/** What the action knows from GitHub; absent in the CLI. */
export interface GitHubSide {
  checksSha: string;
  checks: CheckFact[];
  /** Set when the checks could not be read: the checks gate is `error` with this message. */
  checksError?: string | null;
  approvals: ApprovalsFacts;
  /** Reads the checks again (while waiting). */
  refreshChecks: () => Promise<CheckFact[]>;
}

export interface EngineInput {
  config: ShipgateConfig;
  environment: string;
  gates: GateSpec[];
  mode: 'action' | 'cli';
  now: Date;
  sha: string;
  pr: PrFacts | null;
  teams: TeamFacts;
  github: GitHubSide | null;
  collect: CollectContext;
  /** Wait budget per gate (ms). */
  waitMs: (spec: GateSpec) => number;
  log: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Called when a gate's result is known (progress in the CLI). */
  onResult?: (result: GateResult) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runGates(input: EngineInput): Promise<Evaluation> {
  const started = Date.now();
  const sleep = input.sleep ?? defaultSleep;
  const factsById = new Map<string, unknown>();
  const results = new Map<string, GateResult>();
  const logic = await loadGates(input.gates.map((g) => g.type));

  const evalCtx = (spec: GateSpec): EvalContext => ({
    gateId: spec.id,
    now: input.now,
    mode: input.mode,
    pr: input.pr,
    groups: input.config.groups ?? {},
    teams: input.teams,
  });

  const finish = (spec: GateSpec, outcome: GateOutcome): GateResult => {
    const r: GateResult = {
      ...outcome,
      id: spec.id,
      type: spec.type,
      title: spec.title,
      required: spec.required,
    };
    results.set(spec.id, r);
    return r;
  };

  const judge = (spec: GateSpec, facts: unknown): GateResult => {
    try {
      return finish(spec, logic.get(spec.type)!.evaluate(spec.config, facts, evalCtx(spec)));
    } catch (e) {
      return finish(spec, internalError(e));
    }
  };

  const checksFacts = (spec: GateSpec, checks: CheckFact[], waitedMs: number): ChecksFacts => ({
    sha: input.github?.checksSha ?? input.sha,
    checks,
    waitedMs,
    waitOver: waitedMs >= input.waitMs(spec),
  });

  const collectOne = async (spec: GateSpec): Promise<unknown> => {
    const kind = GATES[spec.type];
    if (kind.source === 'github') {
      if (!input.github) return null;
      if (spec.type === 'checks' && input.github.checksError) throw new UserError(input.github.checksError);
      return spec.type === 'checks' ? checksFacts(spec, input.github.checks, 0) : input.github.approvals;
    }
    if (kind.source === 'none') return {};
    const load = COLLECTORS[spec.type];
    if (!load) throw new Error(`no fact source for gate type ${spec.type}`);
    return (await load())(spec.config, input.collect);
  };

  const gather = async (spec: GateSpec) => {
    if (input.mode === 'cli' && GATES[spec.type].source === 'github') {
      const r = finish(spec, {
        status: 'skipped',
        summary: 'needs GitHub: checked by the action on the pull request',
      });
      input.onResult?.(r);
      return;
    }
    // Note: `onResult?.(judge(…))` would skip judge() when there is no listener.
    let result: GateResult;
    try {
      const facts = await collectOne(spec);
      factsById.set(spec.id, facts);
      result = judge(spec, facts);
    } catch (e) {
      result = finish(spec, collectError(e));
    }
    input.onResult?.(result);
  };

  // Gates that run processes go one at a time; the rest concurrently.
  const exclusive = input.gates.filter((g) => GATES[g.type].exclusive);
  const shared = input.gates.filter((g) => !GATES[g.type].exclusive);
  await Promise.all([
    ...shared.map(gather),
    (async () => {
      for (const g of exclusive) await gather(g);
    })(),
  ]);

  // Wait for pending gates, polling with backoff, each up to its own wait budget.
  const pendingSpecs = () =>
    input.gates.filter((g) => results.get(g.id)?.status === 'pending' && results.get(g.id)?.retryable);
  let interval = 0;
  for (;;) {
    const pending = pendingSpecs();
    if (!pending.length) break;
    const waited = Date.now() - started;
    const remaining = Math.max(...pending.map((g) => input.waitMs(g) - waited));
    if (remaining <= 0) break;
    const maxWait = Math.max(...pending.map((g) => input.waitMs(g)));
    interval = interval ? Math.min(interval * 1.5, 30_000) : Math.min(10_000, Math.max(1_000, maxWait / 20));
    const delay = Math.min(interval, remaining);
    input.log(`waiting for ${pending.map((g) => g.id).join(', ')} (${formatDuration(remaining)} left)`);
    await sleep(delay);
    const waitedNow = Date.now() - started;
    const needChecks = pending.some((g) => g.type === 'checks');
    let checks: CheckFact[] | null = null;
    if (needChecks && input.github) {
      try {
        checks = await input.github.refreshChecks();
      } catch (e) {
        for (const g of pending.filter((p) => p.type === 'checks')) finish(g, collectError(e));
      }
    }
    for (const g of pending) {
      if (g.type === 'checks') {
        if (checks) {
          const facts = checksFacts(g, checks, waitedNow);
          factsById.set(g.id, facts);
          judge(g, facts);
        }
      } else await gather(g);
    }
  }
  // Whatever is still pending is final now: evaluate once more knowing the wait is over.
  const waitedTotal = Date.now() - started;
  for (const g of pendingSpecs()) {
    const last = factsById.get(g.id) as ChecksFacts | undefined;
    if (g.type === 'checks' && last) judge(g, { ...last, waitOver: true, waitedMs: waitedTotal });
    const r = results.get(g.id)!;
    if (r.status === 'pending') results.set(g.id, { ...r, retryable: false });
  }

  // Waivers last: only a final `fail` can be waived (a pending gate may still pass or error).
  const gates = input.gates.map((g) => {
    const r = results.get(g.id)!;
    if (input.mode !== 'action') return r;
    const allowed = waiversFor(g, input.config);
    return applyWaivers(r, evaluateWaivers(evalCtx(g), g.id, allowed), allowed);
  });
  return {
    environment: input.environment,
    allowed: gates.every((g) => !g.required || allowsDeploy(g.status)),
    sha: input.github?.checksSha ?? input.sha,
    pr: input.pr?.number ?? null,
    gates,
  };
}

function collectError(e: unknown): GateOutcome {
  if (e instanceof UserError) return { status: 'error', summary: e.message };
  return internalError(e);
}

function internalError(e: unknown): GateOutcome {
  return {
    status: 'error',
    summary: `internal error while evaluating this gate: ${errorMessage(e)} (the gate fails closed; please report this)`,
  };
}
