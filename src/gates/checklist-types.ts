/**
 * The structured result of a `checklist` gate (its `data`), shared by the gate, the renderers and
 * the CLI. Kept apart from the gate so that readers of the result do not load the Markdown parser.
 */
import type { GateResult } from './types.js';

export type ItemStatus = 'pass' | 'fail' | 'pending' | 'error' | 'na';

/** One checklist item in the JSON result (`items` of the gate). */
export interface ChecklistItemResult {
  id: string;
  /** Slug of the item's heading. */
  heading: string;
  text: string;
  status: ItemStatus;
  /** Who signed it off or marked it not applicable (login), or null. */
  by: string | null;
  /** When (ISO instant), or null. */
  at: string | null;
  /** The gate that checks it (`link`), or null. */
  gate: string | null;
  /** Why it has this status: the /na reason, what it awaits, or the linked gate's summary. */
  reason: string | null;
  /** Link to the comment that signed it off, when known. */
  url?: string;
  /** People who may sign it off, as written in the config (`@acme/dba`, `alice`, group names). */
  owners: string[];
  /** The same people with group names expanded (`@acme/release-managers`, `alice`). */
  who: string[];
  /** The owners for a reader: "dba (dave, @acme/dba)". */
  ownersText: string;
  /** 1-based line in the file. */
  line: number;
  /** Nesting under another item. */
  parent?: string;
}

/** A heading with items, for the per-heading lines of the comment. */
export interface ChecklistHeadingResult {
  slug: string;
  text: string;
  level: number;
  /** Anchor of the heading in the rendered file on GitHub. */
  anchor: string;
  path: string[];
}

/** A checklist command on the PR that did nothing, answered in the comment. */
export interface ChecklistNotice {
  command: string;
  login: string;
  at: string;
  url?: string;
  message: string;
}

export interface ChecklistData {
  file: string;
  /** Link to the file at the trusted ref, when known. */
  fileUrl?: string;
  headings: ChecklistHeadingResult[];
  items: ChecklistItemResult[];
  notices: ChecklistNotice[];
}

/** The checklist data of a result, or null when it is not a checklist gate (or it could not be read). */
export function checklistData(result: GateResult): ChecklistData | null {
  if (result.type !== ('checklist' as GateResult['type'])) return null;
  const data = (result as { data?: Record<string, unknown> }).data;
  if (!data || !Array.isArray(data['items']) || !Array.isArray(data['headings'])) return null;
  return data as unknown as ChecklistData;
}

/** `monitoring-observability` finds `monitoring--observability`; `#1-database-setup` finds `1-database-setup`. */
export function loosen(key: string): string {
  return key
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/-+/g, '-')
    .replace(/(^|\/)-|-($|\/)/g, '$1$2');
}

/** The heading slugs and item ids the checklist gates of an evaluation take commands for. */
export function checklistIds(gates: readonly GateResult[]): {
  knows: (id: string) => boolean;
  ids: string[];
} {
  const ids = new Set<string>();
  for (const g of gates) {
    const data = checklistData(g);
    if (!data) continue;
    for (const h of data.headings) ids.add(h.slug);
    for (const i of data.items) ids.add(i.id);
  }
  const loose = new Set([...ids].map(loosen));
  return { knows: (id) => ids.has(id) || loose.has(loosen(id)), ids: [...ids] };
}

/**
 * A heading as the comment shows it: without the status emoji the file's author put in front of it
 * ("✅ Core Components"), which would contradict the status shipgate shows next to it.
 */
export function shown(text: string | undefined): string {
  return (text ?? '').replace(
    /^(?:[\u2705\u2714\u2611\u274c\u274e\u2716\u23f3\u231b\u26a0\u2b55\u{1f7e0}-\u{1f7eb}\u{1f534}\u{1f535}]\ufe0f?\s*)+/u,
    '',
  );
}
