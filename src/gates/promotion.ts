/**
 * `promotion`: the commit being deployed went through the listed environments first. For each
 * environment in `after:`, the LATEST deployment (GitHub Deployments API) must be of this same
 * commit and its latest status `success`; with `soak:` that success must be at least that old.
 * "Latest" matters: staging redeployed with another commit since means this one is no longer what
 * staging runs. A rollback (`rollback: true` input) skips the gate, and says so.
 */
import type { PromotionGate } from '../config/schema-types.generated.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import { formatTimestamp } from '../util/time.js';
import type { EvalContext, GateLogic, GateOutcome, GateStatus, Inline } from './types.js';

export interface DeploymentFact {
  id: number;
  sha: string;
  ref: string;
  createdAt: string;
  /** Latest status (`success`, `failure`, `in_progress`, …), null when it has none. */
  state: string | null;
  stateAt: string | null;
}

export interface PromotionFacts {
  /** The commit being deployed. */
  sha: string;
  rollback: boolean;
  /** One entry per `after:` environment; `latest` null when it was never deployed. */
  environments: { name: string; latest: DeploymentFact | null }[];
}

const RANK: Record<'pass' | 'pending' | 'fail', number> = { pass: 0, pending: 1, fail: 2 };
const short = (sha: string) => sha.slice(0, 7);

export function evaluatePromotion(gate: PromotionGate, facts: PromotionFacts, ctx: EvalContext): GateOutcome {
  const after = gate.after.join(', ');
  if (facts.rollback)
    return {
      status: 'skipped',
      summary: `rollback: the promotion order (after ${after}) is not enforced for this deploy (input rollback: true)`,
    };
  const soakMs = gate.soak ? (parseDuration(gate.soak) ?? 0) : 0;
  const rows: Inline[][] = [];
  const reasons: { status: 'pass' | 'pending' | 'fail'; text: string }[] = [];
  for (const { name, latest } of facts.environments) {
    let status: 'pass' | 'pending' | 'fail';
    let text: string;
    if (!latest) {
      status = 'fail';
      text = `${name} was never deployed: deploy ${short(facts.sha)} to ${name} first`;
    } else if (latest.sha !== facts.sha) {
      status = 'fail';
      text = `the latest ${name} deployment is ${short(latest.sha)}, not this commit ${short(facts.sha)}: deploy ${short(facts.sha)} to ${name} first`;
    } else if (latest.state !== 'success') {
      const running = ['queued', 'pending', 'in_progress'].includes(latest.state ?? '');
      status = running ? 'pending' : 'fail';
      text = `the ${name} deployment of ${short(facts.sha)} is ${latest.state ?? 'without a status'}${running ? ' (not finished yet)' : ''}`;
    } else {
      const up = ctx.now.getTime() - Date.parse(latest.stateAt ?? latest.createdAt);
      if (soakMs && up < soakMs) {
        status = 'pending';
        text = `${name} has been up for ${formatDuration(Math.max(0, up))} of the ${gate.soak} soak: retry in ${formatDuration(soakMs - up)}`;
      } else {
        status = 'pass';
        text = `${name} runs ${short(facts.sha)} successfully${soakMs ? ` for ${formatDuration(up)}` : ''}`;
      }
    }
    reasons.push({ status, text });
    rows.push([
      name,
      latest ? short(latest.sha) : 'none',
      latest?.state ?? '',
      latest?.stateAt ? formatTimestamp(latest.stateAt) : '',
      text,
    ]);
  }
  const worst = reasons.reduce<'pass' | 'pending' | 'fail'>(
    (w, r) => (RANK[r.status] > RANK[w] ? r.status : w),
    'pass',
  );
  const status: GateStatus = worst;
  const details = [
    {
      kind: 'table' as const,
      columns: ['Environment', 'Latest deployment', 'State', 'Since', 'Result'],
      rows,
    },
  ];
  if (status === 'pass')
    return {
      status,
      summary: `${short(facts.sha)} was promoted through ${after}${gate.soak ? ` (soaked ${gate.soak})` : ''}`,
      details,
    };
  return {
    status,
    summary: reasons
      .filter((r) => r.status !== 'pass')
      .map((r) => r.text)
      .join('; '),
    details,
  };
}

export function explainPromotion(gate: PromotionGate): string[] {
  return [
    `The latest deployment of each of ${gate.after.join(', ')} must be this commit with the status success${gate.soak ? `, for at least ${gate.soak}` : ''}.`,
    'A rollback deploy (action input rollback: true) skips this gate and says so.',
  ];
}

export const gate: GateLogic<'promotion', PromotionFacts> = {
  evaluate: evaluatePromotion,
  explain: explainPromotion,
};
