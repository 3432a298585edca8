/**
 * Renders an evaluation as the checklist (PR comment and job summary). Pure: no I/O. Every
 * user-written string goes through escapeInline/codeBlock/safeUrl.
 */
import { allowsDeploy } from '../gates/types.js';
import type {
  Detail,
  Evaluation,
  ExceptionRecord,
  GateResult,
  GateStatus,
  Inline,
  SignoffRecord,
} from '../gates/types.js';
import type { SignoffNotice } from '../gates/signoff.js';
import { codeBlock, codeSpan, escapeHtml, escapeInline, safeUrl } from './escape.js';
import { formatTimestamp } from '../util/time.js';

export interface RenderMeta {
  /** Link to the workflow run. */
  runUrl?: string;
  runId?: number;
  runAttempt?: number;
  /** Hidden marker identifying the sticky comment (includes the environment). */
  marker?: string;
  /** Machine-readable state line (sha, run) hidden in the comment. */
  stateLine?: string;
  /** Where the config came from, shown in the footer. */
  configSource?: string;
  /** Maximum characters; details are cut to fit, the verdict and every gate line are kept. */
  limit?: number;
  /** `/signoff` commands on the PR that no gate takes, answered in the checklist. */
  signoffNotices?: SignoffNotice[];
}

export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_000_000;

const ICON: Record<GateStatus, string> = {
  pass: '✅',
  fail: '❌',
  pending: '⏳',
  skipped: '⏭️',
  error: '⚠️',
  waived: '☑️',
};

export function markerFor(environment: string): string {
  return `<!-- shipgate:checklist env=${environment.replace(/[^A-Za-z0-9._-]/g, '_') || '_all'} -->`;
}

export function renderChecklist(ev: Evaluation, meta: RenderMeta = {}): string {
  const limit = meta.limit ?? COMMENT_LIMIT;
  const head = renderHead(ev, meta);
  const table = renderTable(ev.gates);
  const signoffs = [renderSignoffs(ev.gates), renderSignoffNotices(meta.signoffNotices ?? [])]
    .filter(Boolean)
    .join('\n\n');
  const exceptions = renderExceptions(ev.gates);
  const footer = renderFooter(ev, meta);
  const fixed = [head, table, signoffs, exceptions, footer].filter(Boolean);
  const fixedLength = fixed.join('\n\n').length + 200;
  const blocks = ev.gates.map((g) => renderGateDetails(g)).filter((b): b is string => !!b);
  let budget = limit - fixedLength;
  const kept: string[] = [];
  let cut = 0;
  for (const b of blocks) {
    if (b.length + 2 <= budget) {
      kept.push(b);
      budget -= b.length + 2;
    } else cut++;
  }
  const note = cut
    ? `_${cut} detail section(s) were too long for a comment and are left out; the job summary of the run has them._`
    : '';
  const parts = [head, table, ...kept, note, signoffs, exceptions, footer].filter(Boolean);
  let out = parts.join('\n\n') + '\n';
  if (out.length > limit) {
    // Even the gate lines do not fit (thousands of gates): keep the verdict, cut the rest.
    out = `${head}\n\n_The checklist is too long for a comment; see the job summary of the run._\n`;
  }
  return out;
}

function renderHead(ev: Evaluation, meta: RenderMeta): string {
  const lines: string[] = [];
  if (meta.marker) lines.push(meta.marker);
  if (meta.stateLine) lines.push(meta.stateLine);
  const env = ev.environment ? ` to ${escapeInline(ev.environment)}` : '';
  lines.push(ev.allowed ? `## ✅ Deploy${env} allowed` : `## 🚫 Deploy${env} blocked`);
  const counts = countStatuses(ev.gates);
  const commit = ev.sha ? `commit \`${ev.sha.slice(0, 7).replace(/[^0-9a-f]/gi, '')}\`` : 'no commit';
  const run =
    meta.runUrl && safeUrl(meta.runUrl)
      ? ` · [run${meta.runId ? ` ${meta.runId}` : ''}](${safeUrl(meta.runUrl)})`
      : '';
  lines.push(`${commit}${run} · ${ev.gates.length} gate${ev.gates.length === 1 ? '' : 's'}: ${counts}`);
  const blocking = ev.gates.filter((g) => g.required && !allowsDeploy(g.status));
  if (blocking.length) lines.push(`**Blocking:** ${blocking.map((g) => escapeInline(g.title)).join(', ')}`);
  return lines.join('\n');
}

function countStatuses(gates: GateResult[]): string {
  const order: GateStatus[] = ['pass', 'fail', 'error', 'pending', 'waived', 'skipped'];
  const words: Record<GateStatus, string> = {
    pass: 'passed',
    fail: 'failed',
    error: 'errored',
    pending: 'pending',
    skipped: 'skipped',
    waived: 'waived',
  };
  return (
    order
      .map((s) => [s, gates.filter((g) => g.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${words[s]}`)
      .join(', ') || 'none'
  );
}

/** A gate's reason as one table cell: long reasons are cut (the details have everything). */
const REASON_LIMIT = 400;
function oneLine(summary: string): string {
  return summary.length > REASON_LIMIT ? `${summary.slice(0, REASON_LIMIT - 1)}…` : summary;
}

function renderTable(gates: GateResult[]): string {
  if (!gates.length) return '_No gate applies to this environment._';
  const rows = gates.map((g) => {
    const optional = g.required ? '' : ' _(optional)_';
    return `| ${ICON[g.status]} | ${escapeInline(g.title)}${optional} | \`${g.id}\` | ${g.status} | ${escapeInline(oneLine(g.summary))} |`;
  });
  return ['| | Gate | Id | Status | Why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function renderGateDetails(g: GateResult): string | null {
  if (!g.details?.length) return null;
  const body = g.details.map(renderDetail).filter(Boolean).join('\n\n');
  if (!body) return null;
  return `<details><summary>${ICON[g.status]} ${escapeHtml(g.title)}: details</summary>\n\n${body}\n\n</details>`;
}

function inline(i: Inline): string {
  if (typeof i === 'string') return escapeInline(i);
  const url = safeUrl(i.url);
  return url ? `[${escapeInline(i.text)}](${url})` : escapeInline(i.text);
}

export function renderDetail(d: Detail): string {
  switch (d.kind) {
    case 'text':
      return escapeInline(d.text);
    case 'list':
      return d.items.map((i) => `- ${inline(i)}`).join('\n');
    case 'table': {
      if (!d.rows.length) return '';
      const header = `| ${d.columns.map(escapeInline).join(' | ')} |`;
      const sep = `| ${d.columns.map(() => '---').join(' | ')} |`;
      const rows = d.rows.map(
        (r) => `| ${d.columns.map((_, i) => (r[i] === undefined ? '' : inline(r[i]!))).join(' | ')} |`,
      );
      return [header, sep, ...rows].join('\n');
    }
    case 'code':
      return codeBlock(d.text);
  }
}

function renderSignoffs(gates: GateResult[]): string {
  const all: SignoffRecord[] = gates.flatMap((g) => g.signoffs ?? []);
  const awaiting = gates.filter(
    (g) => (g.type === 'manual' || g.type === 'migrations' || g.type === 'window') && !allowsDeploy(g.status),
  );
  if (!all.length && !awaiting.length) return '';
  const lines = ['### Sign-offs'];
  if (all.length) {
    lines.push('| Gate | Signed off by | When |', '| --- | --- | --- |');
    for (const s of all) {
      const who = escapeInline(s.login);
      const when =
        s.url && safeUrl(s.url)
          ? `[${escapeInline(formatTimestamp(s.at))}](${safeUrl(s.url)})`
          : escapeInline(formatTimestamp(s.at));
      lines.push(`| \`${s.gate}\` | ${who} | ${when} |`);
    }
  } else lines.push('_None yet._');
  if (awaiting.length)
    lines.push(
      '',
      `To sign off, a person allowed by the gate comments \`/signoff <gate-id>\` on this PR (for example \`/signoff ${awaiting[0]!.id}\`); \`/signoff revoke <gate-id>\` withdraws it. Edited comments, the PR author and bots do not count.`,
    );
  return lines.join('\n');
}

const EXCEPTION_ROWS = 50;
const EXCEPTION_KIND: Record<ExceptionRecord['kind'], string> = {
  waiver: 'waiver',
  allowlist: 'audit allowlist',
  'not-applicable': 'not applicable',
};

/**
 * The exceptions ledger: every waiver, audit allowlist entry and not-applicable item in force (and
 * those that expired), with who, why and until when, in one table an auditor can read.
 */
export function renderExceptions(gates: GateResult[]): string {
  const all = gates.flatMap((g) => g.exceptions ?? []);
  if (!all.length) return '';
  const sorted = [...all].sort((a, b) => Number(a.expired ?? false) - Number(b.expired ?? false));
  const lines = [
    '### Exceptions',
    '| Kind | Gate | What | By | Reason | Ends | State |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const e of sorted.slice(0, EXCEPTION_ROWS)) {
    const by = e.by ? escapeInline(e.by) : '';
    const when = e.at ? ` (${escapeInline(formatTimestamp(e.at))})` : '';
    const who = e.url && safeUrl(e.url) ? `[${by}${when}](${safeUrl(e.url)})` : `${by}${when}`;
    // An allowlist `expires` day is the first day it no longer counts; a waiver's `until` the last.
    const until = e.until
      ? `${e.kind === 'allowlist' ? 'expires' : 'until'} ${escapeInline(e.until)}`
      : 'no end date';
    const state = e.expired ? 'expired: no longer counts' : 'in force';
    lines.push(
      `| ${EXCEPTION_KIND[e.kind]} | \`${e.gate}\` | ${escapeInline(e.subject)} | ${who} | ${escapeInline(oneLine(e.reason))} | ${until} | ${state} |`,
    );
  }
  if (sorted.length > EXCEPTION_ROWS)
    lines.push('', `_${sorted.length - EXCEPTION_ROWS} more exception(s): see the job summary._`);
  return lines.join('\n');
}

/** At most this many notices are listed; the rest are counted. */
const NOTICE_LIMIT = 20;

function renderSignoffNotices(notices: SignoffNotice[]): string {
  if (!notices.length) return '';
  const lines = ['### Sign-off commands not understood'];
  for (const n of notices.slice(0, NOTICE_LIMIT)) {
    const link = n.url && safeUrl(n.url) ? ` ([comment](${safeUrl(n.url)}))` : '';
    let why: string;
    if (n.kind === 'malformed') why = 'write `/signoff <gate-id>` or `/signoff revoke <gate-id>`';
    else {
      why = `no gate ${codeSpan(n.gate)} takes a sign-off`;
      if (n.kind === 'no-signoff') why += ` (${codeSpan(n.gate)} is a ${escapeInline(n.type ?? '')} gate)`;
      if (n.suggestion) why += ` (did you mean ${codeSpan(n.suggestion)}?)`;
    }
    lines.push(`- ${codeSpan(n.command)} by ${escapeInline(`@${n.login}`)}: ${why}${link}`);
  }
  if (notices.length > NOTICE_LIMIT) lines.push(`- _and ${notices.length - NOTICE_LIMIT} more_`);
  return lines.join('\n');
}

function renderFooter(_ev: Evaluation, meta: RenderMeta): string {
  const bits = ['<sub>shipgate'];
  if (meta.configSource) bits.push(` · config: ${escapeInline(meta.configSource)}`);
  bits.push(' · this comment is updated in place; ticking or editing it changes nothing</sub>');
  return bits.join('');
}
