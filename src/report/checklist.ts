/**
 * The checklist part of the comment: for each `checklist` gate, one line per heading with its
 * count and the exact command to type, and the items inside a collapsed block. A 150-item file
 * must fit GitHub's 65,536 characters with room to spare (600 items still fit, in a shorter form):
 * the parts are rendered at the most detailed level that fits the room the rest of the comment
 * leaves, and the job summary (no such limit) always has every item.
 */
import {
  checklistData,
  shown,
  type ChecklistData,
  type ChecklistItemResult,
} from '../gates/checklist-types.js';
import type { GateResult } from '../gates/types.js';
import { formatTimestamp } from '../util/time.js';
import { codeSpan, escapeHtml, escapeInline, escapeProse, safeUrl } from './escape.js';

const ITEM_ICON: Record<ChecklistItemResult['status'], string> = {
  pass: '✅',
  na: '➖',
  pending: '⏳',
  fail: '❌',
  error: '⚠️',
};

const NOTICE_LINES = 20;

interface Group {
  slug: string;
  text: string;
  /** The section (level-2 heading) it belongs to, for a sub-heading line. */
  section: { slug: string; text: string } | null;
  items: ChecklistItemResult[];
}

/**
 * Detail levels, most detailed first: 0 every item; 1 complete headings as one line; 2 only open
 * items; 3 open items without their ids; 4 heading lines only; 5 open heading lines only.
 */
const LEVELS = [0, 1, 2, 3, 4, 5] as const;
type Level = (typeof LEVELS)[number];

export function renderChecklists(gates: readonly GateResult[], _meta: unknown, room: number): string {
  const lists = gates.map((g) => ({ g, data: checklistData(g) })).filter((x) => x.data !== null);
  if (!lists.length) return '';
  const share = Math.floor(room / lists.length);
  return lists.map(({ g, data }) => fit(g, data!, share)).join('\n\n');
}

function fit(g: GateResult, data: ChecklistData, room: number): string {
  for (const level of LEVELS) {
    const text = renderList(g, data, level);
    if (text.length <= room) return text;
  }
  return `${intro(g, data)}\n\n_The items do not fit in a comment; the job summary of the run lists every item._`;
}

function groupsOf(data: ChecklistData): Group[] {
  const bySlug = new Map(data.headings.map((h) => [h.slug, h]));
  const groups = new Map<string, Group>();
  for (const item of data.items) {
    let g = groups.get(item.heading);
    if (!g) {
      const h = bySlug.get(item.heading);
      const sectionSlug = h?.path.find((p) => (bySlug.get(p)?.level ?? 1) >= 2);
      const section = sectionSlug ? bySlug.get(sectionSlug) : undefined;
      g = {
        slug: item.heading,
        text: shown(h?.text) || item.heading || 'Items before the first heading',
        section: section ? { slug: section.slug, text: shown(section.text) } : null,
        items: [],
      };
      groups.set(item.heading, g);
    }
    g.items.push(item);
  }
  return [...groups.values()];
}

function intro(g: GateResult, data: ChecklistData): string {
  const done = data.items.filter((i) => i.status === 'pass' || i.status === 'na').length;
  const url = data.fileUrl ? safeUrl(data.fileUrl) : null;
  const file = url ? `[${escapeInline(data.file)}](${url})` : codeSpan(data.file);
  return [
    `### 📋 ${escapeInline(g.title)}: ${done} of ${data.items.length} items done`,
    `Items of ${file}, ids as \`heading/item\`. \`/signoff <heading>\` signs every item under it that you may sign, \`/signoff <id> <id>\` single items, \`/na <id> <reason>\` marks one not applicable, \`/signoff revoke <id>\` withdraws yours.`,
  ].join('\n');
}

function renderList(g: GateResult, data: ChecklistData, level: Level): string {
  const out = [intro(g, data)];
  const groups = groupsOf(data);
  let section: string | null = null;
  let complete = 0;
  for (const group of groups) {
    const open = group.items.filter((i) => i.status !== 'pass' && i.status !== 'na');
    if (level === 5 && !open.length) {
      complete++;
      continue;
    }
    if (group.section && group.section.slug !== section && level < 5) {
      out.push(`#### ${escapeInline(group.section.text)}`);
    }
    section = group.section?.slug ?? null;
    const line = headingLine(group, open);
    if (!open.length) {
      if (level === 0) out.push(details(`${ICON_DONE} ${escapeHtml(line.plain)}`, group.items));
      else out.push(`${ICON_DONE} ${line.md}`);
      continue;
    }
    out.push(`${line.icon} ${line.md}`);
    if (level <= 1) out.push(details(`Items of ${escapeHtml(group.text)}`, group.items));
    else if (level === 2) out.push(details(`Open items of ${escapeHtml(group.text)}`, open));
    else if (level === 3) out.push(details(`Open items of ${escapeHtml(group.text)}`, open, false));
  }
  if (complete) out.push(`✅ ${complete} more heading(s) complete`);
  if (level > 0)
    out.push('_Some items are left out to fit in a comment; the job summary of the run lists every item._');
  const notices = data.notices;
  if (notices.length) {
    out.push(
      [
        '**Not counted:**',
        ...notices.slice(0, NOTICE_LINES).map((n) => {
          const cmd =
            n.url && safeUrl(n.url) ? `[${codeSpan(n.command)}](${safeUrl(n.url)})` : codeSpan(n.command);
          return `- ${cmd} by ${escapeInline(n.login)}: ${escapeProse(n.message)}`;
        }),
        ...(notices.length > NOTICE_LINES ? [`- and ${notices.length - NOTICE_LINES} more`] : []),
      ].join('\n'),
    );
  }
  return out.join('\n\n');
}

const ICON_DONE = '✅';

/** "Database Setup — 4 of 7 awaiting dba (dave, dora): `/signoff database-setup`". */
function headingLine(group: Group, open: ChecklistItemResult[]): { icon: string; md: string; plain: string } {
  const n = group.items.length;
  const title = escapeInline(group.text, false);
  if (!open.length) {
    const words = doneWords(group.items);
    const plain = `${group.text} — ${n}/${n}${/^\d/.test(words) ? ':' : ''} ${words}`;
    return { icon: ICON_DONE, md: `${title} — ${escapeProse(plain.slice(group.text.length + 3))}`, plain };
  }
  const pending = open.filter((i) => i.status === 'pending');
  const failed = open.filter((i) => i.status === 'fail');
  const errors = open.filter((i) => i.status === 'error');
  const icon = errors.length ? '⚠️' : failed.length ? '❌' : '⏳';
  const bits: string[] = [];
  if (pending.length) {
    const byGate = pending.filter((i) => i.gate);
    const people = pending.filter((i) => !i.gate);
    if (people.length) {
      const who = [...new Set(people.map((i) => i.ownersText))].join('; ');
      bits.push(
        `${people.length} of ${n} awaiting ${escapeInline(who)}: ${codeSpan(`/signoff ${group.slug}`)}`,
      );
    }
    if (byGate.length) bits.push(`${byGate.length} waiting for ${gateList(byGate)}`);
  }
  if (failed.length) bits.push(`${failed.length} failed: ${gateList(failed)}`);
  if (errors.length) bits.push(`${errors.length} could not be checked`);
  return { icon, md: `${title} — ${bits.join('; ')}`, plain: '' };
}

function gateList(items: ChecklistItemResult[]): string {
  const gates = [...new Set(items.map((i) => i.gate).filter((g): g is string => !!g))];
  return gates.length ? `gate ${gates.map((g) => codeSpan(g)).join(', ')}` : 'see the items';
}

function doneWords(items: ChecklistItemResult[]): string {
  const signed = items.filter((i) => i.status === 'pass' && !i.gate);
  const gated = items.filter((i) => i.status === 'pass' && i.gate);
  const na = items.filter((i) => i.status === 'na');
  const parts: string[] = [];
  if (signed.length)
    parts.push(`${signed.length === items.length ? '' : `${signed.length} `}signed off by ${people(signed)}`);
  if (gated.length)
    parts.push(`${gated.length === items.length ? '' : `${gated.length} `}checked by ${gateList(gated)}`);
  if (na.length) parts.push(`${na.length} not applicable`);
  return parts.join(', ');
}

function people(items: ChecklistItemResult[]): string {
  const who = [...new Set(items.map((i) => i.by).filter((b): b is string => !!b))];
  return who.length > 3 ? `${who.slice(0, 3).join(', ')} and ${who.length - 3} more` : who.join(', ');
}

function details(summary: string, items: ChecklistItemResult[], ids = true): string {
  const lines = items.map((i) => itemLine(i, ids));
  return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

/** One item: done items say by whom and when; open ones give their id, to sign it alone. */
export function itemLine(i: ChecklistItemResult, withId = true): string {
  const text = escapeInline(i.text);
  const indent = i.parent ? '  ' : '';
  const when = i.at ? `, ${escapeInline(formatTimestamp(i.at))}` : '';
  const by = i.by ? escapeInline(i.by) : '';
  const link = (s: string) => (i.url && safeUrl(i.url) ? `[${s}](${safeUrl(i.url)})` : s);
  switch (i.status) {
    case 'pass':
      return i.gate
        ? `${indent}- ✅ ${text} — gate ${codeSpan(i.gate)}`
        : `${indent}- ✅ ${text} — ${link(`${by}${when}`)}`;
    case 'na':
      return i.gate
        ? `${indent}- ➖ ${text} — gate ${codeSpan(i.gate)}: ${escapeProse(oneLine(i.reason ?? ''))}`
        : `${indent}- ➖ ${text} — not applicable, ${link(`${by}${when}`)}: ${escapeInline(oneLine(i.reason ?? ''))}`;
    default:
      return `${indent}- ${ITEM_ICON[i.status]} ${withId ? `${codeSpan(i.id)} ` : ''}${text}${i.gate ? ` — gate ${codeSpan(i.gate)}: ${escapeProse(oneLine(i.reason ?? ''))}` : ''}`;
  }
}

function oneLine(s: string): string {
  return s.length > 160 ? `${s.slice(0, 159)}…` : s;
}
