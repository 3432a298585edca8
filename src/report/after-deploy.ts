/**
 * The "After deploy" part of the checklist comment (and the verify run's job summary): each verify
 * gate's result and sampled values (min / max / last), and the headline that says "roll back" when
 * the verification failed or could not measure. Pure; user-written text is escaped.
 */
import { allowsDeploy, type Evaluation, type GateResult } from '../gates/types.js';
import { formatNumber } from '../util/number.js';
import { verifiedShaLine } from './comment-parts.js';
import { escapeHtml, escapeInline, safeUrl } from './escape.js';
import { ICON, renderDetail } from './markdown.js';

export interface AfterDeployMeta {
  runUrl?: string;
  runId?: number;
}

const failing = (ev: Evaluation) => ev.gates.filter((g) => g.required && !allowsDeploy(g.status));

/** `fail` when a required gate failed, `error` when they only could not measure, else `pass`. */
export function verdictOf(ev: Evaluation): 'pass' | 'fail' | 'error' {
  const bad = failing(ev);
  if (!bad.length) return 'pass';
  return bad.some((g) => g.status === 'fail') ? 'fail' : 'error';
}

function envName(ev: Evaluation): string {
  return ev.environment ? escapeInline(ev.environment) : 'all environments';
}

function commit(ev: Evaluation): string {
  return ev.sha ? `commit \`${ev.sha.slice(0, 7).replace(/[^0-9a-f]/gi, '')}\`` : 'no commit';
}

/** The comment's headline when the verification says roll back; null when it passed. */
export function renderVerifyHeadline(ev: Evaluation): string | null {
  const verdict = verdictOf(ev);
  if (verdict === 'pass') return null;
  const bad = failing(ev);
  const names = bad.map(
    (g) => `${escapeInline(g.title)} (${g.status === 'fail' ? 'failed' : 'could not measure'})`,
  );
  const title =
    verdict === 'fail'
      ? `## ⚠️ Verification failed: roll back ${envName(ev)}`
      : `## ⚠️ Could not verify ${envName(ev)}: roll back`;
  return [
    title,
    `${commit(ev)} · after the deploy: ${names.join(', ')}. The \`rollback\` output is \`true\`.`,
  ].join('\n');
}

function statsCells(g: GateResult): [string, string, string, string] {
  const s = g.sampling;
  const unit = s?.unit ? ` ${s.unit}` : '';
  const values = (s?.samples ?? []).map((x) => x.value).filter((v): v is number => v !== undefined);
  if (!s) {
    const v = g.value === undefined ? '-' : `${formatNumber(g.value)}${unit}`;
    return ['1', v, v, v];
  }
  const taken = `${s.samples.length}/${s.planned}${s.failed ? ` (${s.failed} failed)` : ''}`;
  if (!values.length) return [taken, '-', '-', '-'];
  const f = (v: number) => `${formatNumber(v)}${unit}`;
  return [taken, f(Math.min(...values)), f(Math.max(...values)), f(values[values.length - 1]!)];
}

/** Cut long reasons in the table (the details have everything). */
const REASON_LIMIT = 300;
const oneLine = (s: string) => (s.length > REASON_LIMIT ? `${s.slice(0, REASON_LIMIT - 1)}…` : s);

export function renderAfterDeploy(ev: Evaluation, meta: AfterDeployMeta = {}): string {
  const verdict = verdictOf(ev);
  const word =
    verdict === 'pass'
      ? '✅ verified'
      : verdict === 'fail'
        ? '⚠️ verification failed: roll back'
        : '⚠️ could not verify: roll back';
  const run =
    meta.runUrl && safeUrl(meta.runUrl)
      ? ` · [run${meta.runId ? ` ${meta.runId}` : ''}](${safeUrl(meta.runUrl)})`
      : '';
  const lines = [
    verifiedShaLine(ev.sha),
    `### After deploy to ${envName(ev)}: ${word}`,
    `${commit(ev)}${run} · ${ev.gates.length} verify gate${ev.gates.length === 1 ? '' : 's'}`,
    '',
  ];
  if (!ev.gates.length) lines.push('_No verify gate ran._');
  else {
    lines.push(
      '| | Check | Id | Status | Samples | Min | Max | Last | Why |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const g of ev.gates) {
      const optional = g.required ? '' : ' _(optional)_';
      // Shipgate's own numbers and counts (digits, ".", "Inf", a unit): nothing to escape.
      const cells = statsCells(g);
      lines.push(
        `| ${ICON[g.status]} | ${escapeInline(g.title)}${optional} | \`${g.id}\` | ${g.status} | ${cells.join(' | ')} | ${escapeInline(oneLine(g.summary))} |`,
      );
    }
  }
  const details = ev.gates
    .filter((g) => g.status !== 'pass' && g.details?.length)
    .map((g) => {
      const body = (g.details ?? []).map(renderDetail).filter(Boolean).join('\n\n');
      return body
        ? `<details><summary>${ICON[g.status]} ${escapeHtml(g.title)}: after-deploy details</summary>\n\n${body}\n\n</details>`
        : '';
    })
    .filter(Boolean);
  let out = lines.join('\n');
  // The verification part stays small enough to sit beside the deploy checklist in one comment.
  for (const d of details) if (out.length + d.length < 20_000) out += `\n\n${d}`;
  return out;
}
