/**
 * The engine shared by the action and the CLI: gather each gate's facts, evaluate it with its pure
 * evaluator, wait (polling with backoff) for gates that are pending, and fail closed: any problem
 * while gathering or evaluating makes that gate `error`.
 */
import type { ShipgateConfig } from '../config/schema-types.generated.js';
import { UserError, errorMessage } from '../errors.js';
import type { CheckFact } from '../gates/checks.js';
import { teamsIn } from '../gates/people.js';
import { loadGates } from '../gates/registry.js';
import { allowsDeploy } from '../gates/types.js';
import type { EvalContext, Evaluation, GateOutcome, GateResult, PrFacts, TeamFacts } from '../gates/types.js';
import type { CollectContext, GitHubSide, GitHubView } from '../sources/types.js';
import { formatDuration } from '../util/duration.js';
import { applyWaivers, evaluateWaivers } from '../gates/waivers.js';
import { waiversFor, type GateSpec, type Phase } from './select.js';
import { runSampled, type SampleConfig } from './sample.js';

export type { GitHubSide };

export interface EngineInput {
  config: ShipgateConfig;
  environment: string;
  gates: GateSpec[];
  mode: 'action' | 'cli';
  now: Date;
  sha: string;
  pr: PrFacts | null;
  teams: TeamFacts;
  /** Results known without evaluating: the gates of a shared config that could not be read. */
  unavailable?: GateResult[];
  github: GitHubSide | null;
  collect: CollectContext;
  /** Wait budget per gate (ms). */
  waitMs: (spec: GateSpec) => number;
  log: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Called when a gate's result is known (progress in the CLI). */
  onResult?: (result: GateResult) => void;
  /** `verify`: the gates run after the deploy step. Default `deploy`. */
  phase?: Phase;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runGates(input: EngineInput): Promise<Evaluation> {
  const started = Date.now();
  const sleep = input.sleep ?? defaultSleep;
  const factsById = new Map<string, unknown>();
  const results = new Map<string, GateResult>();
  const loaded = await loadGates(input.gates.map((g) => g.type));
  const kind = (spec: GateSpec) => loaded.get(spec.type)!;

  const evalCtx = (spec: GateSpec): EvalContext => ({
    gateId: spec.id,
    now: input.now,
    mode: input.mode,
    pr: input.pr,
    groups: input.config.groups ?? {},
    teams: input.teams,
    // A checklist's items can be checked by other gates: it is judged last, on their results.
    ...(isLate(spec)
      ? {
          linked: Object.fromEntries(
            [...results.values()].map((r) => [
              r.id,
              { status: r.status, summary: r.summary, title: r.title },
            ]),
          ),
        }
      : {}),
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
      return finish(spec, kind(spec).logic.evaluate(spec.config as never, facts as never, evalCtx(spec)));
    } catch (e) {
      return finish(spec, internalError(e));
    }
  };

  // GitHub facts as each round sees them: the first round's checks came with the main query; later
  // rounds read them again, once per round however many checks gates wait.
  const viewFor = (round: number): GitHubView | null => {
    const gh = input.github;
    if (!gh) return null;
    let checks: Promise<CheckFact[]> | null = null;
    return {
      checksSha: gh.checksSha,
      checksError: gh.checksError ?? null,
      approvals: gh.approvals,
      ...(gh.release ? { release: gh.release } : {}),
      checks: () => (checks ??= round === 0 ? Promise.resolve(gh.checks) : gh.refreshChecks()),
    };
  };
  let view = viewFor(0);

  const gather = async (spec: GateSpec, round: number) => {
    const k = kind(spec);
    if (input.mode === 'cli' && k.source === 'github') {
      const r = finish(spec, {
        status: 'skipped',
        summary: 'needs GitHub: checked by the action on the pull request',
      });
      input.onResult?.(r);
      return;
    }
    // Note: `onResult?.(judge(…))` would skip judge() when there is no listener.
    let result: GateResult;
    const waitedMs = round === 0 ? 0 : Date.now() - started;
    const ctx: CollectContext = {
      ...input.collect,
      github: view,
      wait: { round, waitedMs, over: waitedMs >= input.waitMs(spec) },
    };
    const sample = (spec.config as { sample?: SampleConfig }).sample;
    if (sample) {
      // Verify-phase sampling: gather and judge again at every sample; the window decides.
      const { outcome, sampling } = await runSampled(spec, sample, {
        measure: async () => {
          try {
            const facts = k.collect ? await k.collect(spec.config as never, ctx) : {};
            return k.logic.evaluate(spec.config as never, facts as never, evalCtx(spec));
          } catch (e) {
            return collectError(e);
          }
        },
        signal: input.collect.signal,
        log: input.log,
        unit: spec.type === 'http' ? 'ms' : undefined,
      });
      result = finish(spec, outcome);
      result.sampling = sampling;
      input.onResult?.(result);
      return;
    }
    try {
      const facts = k.collect ? await k.collect(spec.config as never, ctx) : {};
      factsById.set(spec.id, facts);
      if (isLate(spec)) return; // judged after the others, below
      result = judge(spec, facts);
    } catch (e) {
      result = finish(spec, collectError(e));
    }
    input.onResult?.(result);
  };

  // Gates that run processes go one at a time; the rest concurrently.
  const exclusive = input.gates.filter((g) => kind(g).exclusive);
  const shared = input.gates.filter((g) => !kind(g).exclusive);
  await Promise.all([
    ...shared.map((g) => gather(g, 0)),
    (async () => {
      for (const g of exclusive) await gather(g, 0);
    })(),
  ]);

  // Wait for pending gates, polling with backoff, each up to its own wait budget.
  const pendingSpecs = () =>
    input.gates.filter((g) => results.get(g.id)?.status === 'pending' && results.get(g.id)?.retryable);
  let interval = 0;
  for (let round = 1; ; round++) {
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
    view = viewFor(round);
    for (const g of pending) await gather(g, round);
  }
  // Whatever is still pending is final now. Facts that depend on the wait (`waitOver`) are judged
  // once more knowing it is over, without gathering them again.
  const waitedTotal = Date.now() - started;
  for (const g of pendingSpecs()) {
    const last = factsById.get(g.id);
    if (last && typeof last === 'object' && 'waitOver' in last)
      judge(g, { ...last, waitOver: true, waitedMs: waitedTotal });
    const r = results.get(g.id)!;
    if (r.status === 'pending') results.set(g.id, { ...r, retryable: false });
  }

  // Checklists after every other gate is final, on the results of the gates their items link to.
  for (const g of input.gates.filter(isLate)) {
    if (results.has(g.id)) continue; // collecting its facts failed: already an error
    const r = judge(g, factsById.get(g.id)); // not inside `onResult?.(…)`: that skips it without a listener
    input.onResult?.(r);
  }

  // Waivers last: only a final `fail` can be waived (a pending gate may still pass or error).
  const gates = input.gates.map((g) => {
    const r = results.get(g.id)!;
    if (input.mode !== 'action') return r;
    const allowed = waiversFor(g, input.config);
    return applyWaivers(r, evaluateWaivers(evalCtx(g), g.id, allowed), allowed);
  });
  gates.push(...(input.unavailable ?? []));
  return {
    ...(input.phase === 'verify' ? { phase: 'verify' as const } : {}),
    environment: input.environment,
    allowed: gates.every((g) => !g.required || allowsDeploy(g.status)),
    sha: input.github?.checksSha ?? input.sha,
    pr: input.pr?.number ?? null,
    gates,
  };
}

/**
 * The org teams (`org/slug`) whose members the selected gates' decisions need on this PR: each gate
 * type says which (its `teams` hook); none are read when nobody could qualify.
 */
export async function neededTeams(
  gates: GateSpec[],
  config: ShipgateConfig,
  pr: PrFacts,
  github: { approved: boolean; codeowners: string | null },
): Promise<string[]> {
  const loaded = await loadGates(
    gates.map((g) => g.type),
    { logicOnly: true },
  );
  const signoffGates = new Set(pr.comments.flatMap((c) => c.commands.map((s) => s.gate)));
  const waivedGates = new Set(pr.comments.flatMap((c) => (c.waives ?? []).map((w) => w.gate)));
  const groups = config.groups ?? {};
  const teams = new Set<string>();
  for (const g of gates) {
    const hook = loaded.get(g.type)!.logic.teams;
    const ctx = { gateId: g.id, groups, pr, github, signoffGates };
    for (const t of hook?.(g.config as never, ctx) ?? []) teams.add(t);
    // Waivers apply to every gate type, so the engine (not the gate) knows who may waive.
    const waivers = waivedGates.has(g.id) ? waiversFor(g, config) : undefined;
    if (waivers) teamsIn(waivers, groups).forEach((t) => teams.add(t));
  }
  return [...teams];
}

/** Gates judged after all others because their outcome depends on other gates' results. */
function isLate(spec: GateSpec): boolean {
  return spec.type === 'checklist';
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
