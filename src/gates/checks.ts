/**
 * `checks`: required check runs and commit statuses on the commit being deployed have succeeded.
 *
 * Rules: the newest run of a re-run check wins (by start time, then id); a commit status counts by
 * its latest state per context; check runs of the workflow run executing shipgate that are not
 * finished are ignored (waiting for them would wait for itself); zero matching checks is never a
 * pass. Conclusions success/neutral/skipped pass by default (as GitHub's branch protection does),
 * configurable with `accept`. A name is judged per source: when two apps report it, a failure
 * from either blocks; a requirement pinned to an app (`app:`, like GitHub's "expected source")
 * counts only that app's check runs.
 */
import type { ChecksGate } from '../config/schema-types.generated.js';
import { formatDuration } from '../util/duration.js';
import { matchesName } from './glob.js';
import type { EvalContext, GateOutcome, Inline } from './types.js';
import type { GateLogic } from './types.js';

export interface CheckFact {
  name: string;
  kind: 'check-run' | 'status';
  /** The GitHub App that reported a check run (its slug, e.g. github-actions); null for statuses. */
  app?: string | null;
  /** Lower case: queued, in_progress, completed, waiting, pending, requested (check runs); statuses are completed unless pending. */
  status: string;
  /** Lower case: success, failure, neutral, cancelled, skipped, timed_out, action_required, stale, startup_failure; statuses: success, failure, error. */
  conclusion: string | null;
  url?: string | null;
  startedAt?: string | null;
  id?: number | null;
  /** Belongs to the workflow run that is executing shipgate right now. */
  ownRun?: boolean;
}

/** Name prefix of the check runs shipgate publishes (`check: true`). */
export const OWN_CHECK_PREFIX = 'shipgate / ';

export interface ChecksFacts {
  sha: string;
  checks: CheckFact[];
  /** True when no more waiting will happen: a pending or missing check is now final. */
  waitOver: boolean;
  /** How long the gate has waited so far. */
  waitedMs: number;
}

const DEFAULT_ACCEPT = ['success', 'neutral', 'skipped'];

/** The newest fact per name, ignoring unfinished runs of the workflow run executing shipgate. */
export function latestChecks(checks: readonly CheckFact[]): CheckFact[] {
  const byName = new Map<string, CheckFact>();
  for (const c of checks) {
    if (c.ownRun && c.status !== 'completed') continue;
    // shipgate's own verdict check runs: a verdict never depends on an earlier verdict.
    if (c.kind === 'check-run' && c.name.startsWith(OWN_CHECK_PREFIX)) continue;
    // Per source: two apps reporting the same name are two checks, and either can fail.
    const key = `${c.kind}:${c.app ?? ''}:${c.name}`;
    const prev = byName.get(key);
    if (!prev || newer(c, prev)) byName.set(key, c);
  }
  return [...byName.values()];
}

function newer(a: CheckFact, b: CheckFact): boolean {
  const sa = a.startedAt ?? '';
  const sb = b.startedAt ?? '';
  if (sa !== sb) return sa > sb;
  return (a.id ?? 0) > (b.id ?? 0);
}

/** A `require` entry: a name (glob) and the app it must come from, if pinned. */
interface Requirement {
  name: string;
  app: string | null;
  /** How it reads in messages: "build" or "build" from github-actions. */
  label: string;
}

function requirements(gate: ChecksGate): Requirement[] {
  return gate.require.map((r) => {
    const name = typeof r === 'string' ? r : r.name;
    const app = (typeof r === 'string' ? undefined : r.app) ?? gate.app ?? null;
    return { name, app, label: app ? `"${name}" from ${app}` : `"${name}"` };
  });
}

function fromApp(c: CheckFact, app: string | null): boolean {
  return app === null || (c.kind === 'check-run' && (c.app ?? '').toLowerCase() === app.toLowerCase());
}

export function evaluateChecks(gate: ChecksGate, facts: ChecksFacts, _ctx: EvalContext): GateOutcome {
  const accept = gate.accept ?? DEFAULT_ACCEPT;
  const latest = latestChecks(facts.checks);
  // The same name from several apps is shown with its app, so a reader can tell them apart.
  const apps = new Map<string, Set<string>>();
  for (const c of latest) apps.set(c.name, (apps.get(c.name) ?? new Set()).add(`${c.kind}:${c.app ?? ''}`));
  const display = (c: CheckFact) =>
    c.app && (apps.get(c.name)?.size ?? 0) > 1 ? `${c.name} (${c.app})` : c.name;
  const failed: CheckFact[] = [];
  const running: CheckFact[] = [];
  const passed: CheckFact[] = [];
  const missing: string[] = [];
  const seen = new Set<CheckFact>();
  for (const req of requirements(gate)) {
    const matches = latest.filter((c) => matchesName(req.name, c.name) && fromApp(c, req.app));
    if (!matches.length) missing.push(req.label);
    for (const c of matches) {
      if (seen.has(c)) continue;
      seen.add(c);
      if (c.status !== 'completed') running.push(c);
      else if (c.conclusion && accept.includes(c.conclusion)) passed.push(c);
      else failed.push(c);
    }
  }
  const rows: Inline[][] = [...failed, ...running, ...passed].map((c) => [
    c.url ? { text: display(c), url: c.url } : display(c),
    c.kind === 'check-run' ? `check run${c.app ? ` (${c.app})` : ''}` : 'status',
    c.status === 'completed' ? (c.conclusion ?? 'unknown') : c.status,
  ]);
  for (const m of missing) rows.unshift([m, '—', facts.waitOver ? 'never appeared' : 'not reported yet']);
  const details = rows.length ? [{ kind: 'table' as const, columns: ['check', 'kind', 'result'], rows }] : [];
  const total = seen.size;
  const waited = facts.waitedMs > 0 ? ` after waiting ${formatDuration(facts.waitedMs)}` : '';
  if (failed.length) {
    return {
      status: 'fail',
      summary: `${failed.length} of ${total} required checks failed: ${few(failed.map((c) => `${display(c)} (${c.conclusion ?? 'no conclusion'})`))}`,
      details,
    };
  }
  if (running.length || missing.length) {
    if (facts.waitOver) {
      const parts: string[] = [];
      if (missing.length) parts.push(`no check named ${few(missing)} on ${facts.sha.slice(0, 7)}`);
      if (running.length) parts.push(`still running${waited}: ${few(running.map(display))}`);
      return { status: missing.length ? 'fail' : 'pending', summary: parts.join('; '), details };
    }
    const parts: string[] = [];
    if (running.length) parts.push(`${running.length} still running`);
    if (missing.length) parts.push(`waiting for ${missing.join(', ')} to appear`);
    return { status: 'pending', summary: parts.join('; '), details, retryable: true };
  }
  return { status: 'pass', summary: `all ${total} required checks passed`, details };
}

/** The first five names and how many more: the full list is in the details table. */
function few(names: string[]): string {
  return names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

export function explainChecks(gate: ChecksGate): string[] {
  return [
    `Every check run or commit status matching ${requirements(gate)
      .map((r) => r.label)
      .join(
        ', ',
      )} on the commit being deployed must have finished with ${(gate.accept ?? DEFAULT_ACCEPT).join(', ')}.`,
    'A name reported by several apps is judged per app: a failure from any of them blocks. A requirement pinned to an app counts only check runs of that app (commit statuses and other apps do not count).',
    'A required name with no matching check fails ("no check named …") once the wait is over; zero matches never pass.',
    'The newest run of a re-run check counts; unfinished runs of the workflow running shipgate are ignored.',
    `Waits for pending checks up to ${gate.wait ?? 'the environment/defaults wait (or the `wait` input)'}.`,
  ];
}

export const gate: GateLogic<'checks', ChecksFacts> = {
  evaluate: evaluateChecks,
  explain: explainChecks,
  check: (gate) =>
    gate.require.flatMap((r, i) =>
      (typeof r === 'string' ? r : r.name).trim()
        ? []
        : [
            {
              path: typeof r === 'string' ? ['require', i] : ['require', i, 'name'],
              message: 'a required check name cannot be blank',
            },
          ],
    ),
};
