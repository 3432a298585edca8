/**
 * `manual`: a human checklist item, satisfied by `/signoff <gate-id>` from someone on the list.
 */
import type { ManualGate } from '../config/schema-types.generated.js';
import { describePeople, describeWho } from './people.js';
import {
  evaluateSignoffs,
  signoffHint,
  signoffUnblock,
  withoutPr,
  type SignoffEvaluation,
} from './signoff.js';
import type { Detail, EvalContext, GateOutcome } from './types.js';
import { formatTimestamp } from '../util/time.js';
import type { GateLogic } from './types.js';
import { teamsIn } from './people.js';

/** The manual gate needs no facts beyond the PR's comments in the context. */
export type ManualFacts = Record<string, never>;

export function evaluateManual(gate: ManualGate, _facts: ManualFacts, ctx: EvalContext): GateOutcome {
  // In the CLI there is no PR and so no sign-off: the gate awaits a person, and blocks.
  if (!ctx.pr && ctx.mode === 'cli')
    return {
      status: 'pending',
      summary: `needs sign-off on the pull request by ${describeWho(gate.signoff, ctx.groups)}`,
      unblock: [signoffUnblock(ctx, gate.signoff)],
    };
  if (!ctx.pr) return withoutPr(ctx, 'a sign-off');
  const min = gate.min ?? 1;
  const ev = evaluateSignoffs(ctx, ctx.gateId, gate.signoff, { dismissStale: gate['dismiss-stale'] });
  const details = signoffDetails(ev, gate.instructions);
  if (ev.valid.length >= min) {
    return {
      status: 'pass',
      summary: `signed off by ${ev.valid.map((s) => s.login).join(', ')}`,
      details,
      signoffs: ev.valid,
    };
  }
  if (ev.error)
    return {
      status: 'error',
      summary: `could not check who may sign off: ${ev.error}`,
      details,
      signoffs: ev.valid,
    };
  details.push({ kind: 'text', text: signoffHint(ctx.gateId, gate.signoff) });
  const have = ev.valid.length ? ` (${ev.valid.length} of ${min} so far)` : '';
  return {
    status: 'fail',
    summary: `awaiting sign-off from ${describePeople(gate.signoff)}${have}`,
    details,
    signoffs: ev.valid,
    unblock: [signoffUnblock(ctx, gate.signoff)],
  };
}

/** Details listing counted and ignored sign-offs (shared with other sign-off gates). */
export function signoffDetails(ev: SignoffEvaluation, instructions?: string): Detail[] {
  const details: Detail[] = [];
  if (instructions) details.push({ kind: 'text', text: instructions });
  if (ev.valid.length)
    details.push({
      kind: 'list',
      items: ev.valid.map((s) =>
        s.url
          ? { text: `signed off by ${s.login} at ${formatTimestamp(s.at)}`, url: s.url }
          : `signed off by ${s.login} at ${formatTimestamp(s.at)}`,
      ),
    });
  if (ev.ignored.length)
    details.push({
      kind: 'list',
      items: ev.ignored.map((s) => `ignored sign-off by ${s.login} at ${formatTimestamp(s.at)}: ${s.reason}`),
    });
  return details;
}

export function explainManual(gate: ManualGate): string[] {
  return [
    `Needs ${gate.min ?? 1} sign-off(s) by ${describePeople(gate.signoff)}: a PR comment "/signoff <gate-id>".`,
    'Sign-offs by the PR author, bots, people not on the list, and edited comments are ignored.',
    gate['dismiss-stale']
      ? 'Sign-offs given before the latest push do not count (dismiss-stale).'
      : 'Sign-offs stay valid after new pushes (dismiss-stale: false).',
  ];
}

export const gate: GateLogic<'manual', ManualFacts> = {
  evaluate: evaluateManual,
  explain: explainManual,
  teams: (gate, ctx) => (ctx.signoffGates.has(ctx.gateId) ? teamsIn(gate.signoff, ctx.groups) : []),
};
