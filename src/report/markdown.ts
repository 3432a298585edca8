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
import { codeBlock, codeSpan, escapeHtml, escapeInline, escapeProse, safeUrl } from './escape.js';
import { renderChecklists } from './checklist.js';
import { checklistData } from '../gates/checklist-types.js';
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

/** The status icons of the checklist (also the After deploy part). */
export const ICON: Record<GateStatus, string> = {
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

/**
 * The comment is a list of parts, each a pure function of the evaluation; a part returns '' when it
 * has nothing to say. Parts with `room` shrink to the characters left (the checklist items, the
 * details); the others are always kept. To add a part (e.g. "After deploy"), add it here.
 */
interface Part {
  name: string;
  render: (ev: Evaluation, meta: RenderMeta, room: number) => string;
  /** Shrinks to fit: rendered after the fixed parts, with the room they leave. */
  shrinks?: boolean;
}

const PARTS: Part[] = [
  { name: 'verdict', render: renderHead },
  { name: 'to type', render: (ev) => renderUnblock(ev.gates) },
  { name: 'gates', render: (ev) => renderTable(ev.gates) },
  { name: 'checklists', render: (ev, meta, room) => renderChecklists(ev.gates, meta, room), shrinks: true },
  { name: 'details', render: (ev, _meta, room) => renderAllDetails(ev.gates, room), shrinks: true },
  { name: 'sign-offs', render: (ev) => renderSignoffs(ev.gates) },
  {
    name: 'sign-off replies',
    render: (ev, meta) =>
      renderSignoffNotices(
        meta.signoffNotices ?? [],
        ev.gates.some((g) => checklistData(g)),
      ),
  },
  { name: 'exceptions', render: (ev) => renderExceptions(ev.gates) },
  { name: 'footer', render: renderFooter },
];

export function renderChecklist(ev: Evaluation, meta: RenderMeta = {}): string {
  const limit = meta.limit ?? COMMENT_LIMIT;
  const out = new Map<string, string>();
  for (const p of PARTS) if (!p.shrinks) out.set(p.name, p.render(ev, meta, limit));
  const fixedLength = [...out.values()].filter(Boolean).reduce((n, s) => n + s.length + 2, 0) + 200;
  let room = limit - fixedLength;
  for (const p of PARTS) {
    if (!p.shrinks) continue;
    const text = p.render(ev, meta, Math.max(0, room));
    out.set(p.name, text);
    if (text) room -= text.length + 2;
  }
  let md =
    PARTS.map((p) => out.get(p.name) ?? '')
      .filter(Boolean)
      .join('\n\n') + '\n';
  if (md.length > limit) {
    // Even the fixed parts do not fit (thousands of gates): keep the verdict, cut the rest.
    md = `${out.get('verdict')}\n\n_The checklist is too long for a comment; see the job summary of the run._\n`;
  }
  return md;
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
  if (blocking.length) {
    // One list item per blocking gate, not a run-on line: the first thing a reader (or an e-mail
    // notification) shows is what blocks and why.
    lines.push('', `**Blocking** (${blocking.length}):`);
    for (const g of blocking.slice(0, BLOCKING_LINES))
      lines.push(
        `- ${ICON[g.status]} ${escapeInline(g.title)} (\`${g.id}\`): ${escapeProse(oneLine(g.summary, 200))}`,
      );
    if (blocking.length > BLOCKING_LINES)
      lines.push(`- and ${blocking.length - BLOCKING_LINES} more, in the table below`);
  }
  return lines.join('\n');
}

const BLOCKING_LINES = 20;
const UNBLOCK_LINES = 40;

/** Everything awaiting a person, as the exact command to type and who may type it. */
function renderUnblock(gates: GateResult[]): string {
  const rows = gates
    .filter((g) => !allowsDeploy(g.status))
    .flatMap((g) => (g.unblock ?? []).map((u) => ({ g, u })));
  if (!rows.length) return '';
  const lines = [
    '**To sign off**, comment on this PR (one command per line; the PR author, bots and edited comments do not count):',
  ];
  for (const { g, u } of rows.slice(0, UNBLOCK_LINES)) {
    const what = u.what ? ` ${escapeProse(u.what)}` : '';
    lines.push(
      `- ${codeSpan(u.command)} — ${escapeInline(u.who)}${what ? ':' : ''}${what} (${escapeInline(g.title)})`,
    );
  }
  if (rows.length > UNBLOCK_LINES)
    lines.push(`- and ${rows.length - UNBLOCK_LINES} more: see the checklist below`);
  return lines.join('\n');
}

function countStatuses(gates: GateResult[]): string {
  const order: GateStatus[] = ['fail', 'error', 'pending', 'pass', 'waived', 'skipped'];
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
function oneLine(summary: string, limit = REASON_LIMIT): string {
  return summary.length > limit ? `${summary.slice(0, limit - 1)}…` : summary;
}

/** Blocking gates first (errors, then failures, then pending), then the rest, each in config order. */
const ORDER: Record<GateStatus, number> = { error: 0, fail: 1, pending: 2, waived: 3, pass: 4, skipped: 5 };
export function blockersFirst(gates: readonly GateResult[]): GateResult[] {
  const rank = (g: GateResult) =>
    g.required && !allowsDeploy(g.status) ? ORDER[g.status] : 10 + ORDER[g.status];
  return gates
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map((x) => x.g);
}

function renderTable(gates: GateResult[]): string {
  if (!gates.length) return '_No gate applies to this environment._';
  const rows = blockersFirst(gates).map((g) => {
    const optional = g.required ? '' : ' _(optional)_';
    return `| ${ICON[g.status]} | ${escapeInline(g.title)}${optional} | \`${g.id}\` | ${g.status} | ${escapeProse(oneLine(g.summary), true)} |`;
  });
  return ['| | Gate | Id | Status | Why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function renderAllDetails(gates: GateResult[], room: number): string {
  const blocks = blockersFirst(gates)
    .map((g) => renderGateDetails(g))
    .filter((b): b is string => !!b);
  const kept: string[] = [];
  let cut = 0;
  let left = room - 200;
  for (const b of blocks) {
    if (b.length + 2 <= left) {
      kept.push(b);
      left -= b.length + 2;
    } else cut++;
  }
  if (cut)
    kept.push(
      `_${cut} detail section(s) were too long for a comment and are left out; the job summary of the run has them._`,
    );
  return kept.join('\n\n');
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
      return escapeProse(d.text);
    case 'list':
      return d.items.map((i) => `- ${inline(i)}`).join('\n');
    case 'table': {
      if (!d.rows.length) return '';
      const header = `| ${d.columns.map((c) => escapeInline(c)).join(' | ')} |`;
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
  if (!all.length) return '';
  const lines = ['### Sign-offs', '| Gate | Signed off by | When |', '| --- | --- | --- |'];
  for (const s of all) {
    const who = escapeInline(s.login);
    const when =
      s.url && safeUrl(s.url)
        ? `[${escapeInline(formatTimestamp(s.at))}](${safeUrl(s.url)})`
        : escapeInline(formatTimestamp(s.at));
    lines.push(`| \`${s.gate}\` | ${who} | ${when} |`);
  }
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

function renderSignoffNotices(notices: SignoffNotice[], checklist: boolean): string {
  if (!notices.length) return '';
  const lines = ['### Sign-off commands not understood'];
  for (const n of notices.slice(0, NOTICE_LIMIT)) {
    const link = n.url && safeUrl(n.url) ? ` ([comment](${safeUrl(n.url)}))` : '';
    let why: string;
    if (n.kind === 'malformed')
      why = checklist
        ? 'write `/signoff <id> [<id>…]`, `/signoff revoke <id>` or `/na <id> <reason>`'
        : 'write `/signoff <gate-id>` or `/signoff revoke <gate-id>`';
    else {
      why = checklist
        ? `no gate, checklist heading or item ${codeSpan(n.gate)} takes a sign-off`
        : `no gate ${codeSpan(n.gate)} takes a sign-off`;
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
