/**
 * Reads a team's Markdown deployment checklist into headings and task-list items with stable ids.
 *
 * The Markdown is parsed by micromark (CommonMark + the GFM task-list and table extensions) through
 * mdast-util-from-markdown, so what counts as an item is exactly what GitHub renders as a checkbox:
 * `- [ ]` lines inside fenced or indented code, HTML blocks/comments and tables are not items.
 * Slugs follow GitHub's anchor rules (github-slugger), with two deliberate differences, both so that
 * the ids people type stay short and predictable: leading/trailing hyphens left by removed emoji or
 * numbering punctuation are trimmed (`### 1. Database Setup ✅` → `1-database-setup`), and text that
 * was UTF-8 read as Windows-1252 (`âœ…`, `ðŸš€`) is repaired before slugging, so mojibake emoji are
 * removed like real emoji instead of leaking letters such as `âœ` into the id.
 *
 * This module is loaded only when a config has a `checklist` gate (dynamic import from the gate
 * registry), so the parser costs nothing at start-up otherwise.
 */
import { slug as githubSlug } from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type {
  Heading as MdHeading,
  List,
  ListItem,
  Nodes,
  Parents,
  PhrasingContent,
  RootContent,
} from 'mdast';

/** A Markdown heading of the checklist. */
export interface Heading {
  /** GitHub-style anchor slug, unique in the file (`database-setup`, `database-setup-1`). */
  readonly slug: string;
  /** The heading as shown (Markdown removed, mojibake repaired). */
  readonly text: string;
  /** The exact anchor GitHub gives the heading when it renders the file (for links: `file.md#anchor`). */
  readonly anchor: string;
  /** 1–6. */
  readonly level: number;
  /** 1-based line in the file. */
  readonly line: number;
  /** Slugs of the enclosing headings, outermost first. */
  readonly path: readonly string[];
}

/** A task-list item (`- [ ] …` or `- [x] …`; the tick is ignored). */
export interface Item {
  /** `<heading-slug>/<item-slug>`, `<parent-id>/<item-slug>` when nested, or the explicit `<!-- id: x -->`. */
  readonly id: string;
  /** Slug of the nearest heading above the item ('' before the first heading). */
  readonly heading: string;
  /** The item text as shown (Markdown removed, mojibake repaired). */
  readonly text: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** Id of the task item this one is nested in. */
  readonly parent?: string;
  /** True when the id comes from an `<!-- id: x -->` comment. */
  readonly explicitId: boolean;
  /** Contents of the code blocks inside the item or directly after its list. */
  readonly code?: readonly string[];
}

/** Something in the file that makes the checklist unusable as written, with where it is. */
export interface ChecklistProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ParsedChecklist {
  readonly headings: readonly Heading[];
  readonly items: readonly Item[];
  readonly problems: readonly ChecklistProblem[];
}

const EXPLICIT_ID = /^<!--\s*id:\s*(\S*?)\s*-->$/i;
const VALID_EXPLICIT_ID = /^[a-z0-9_][a-z0-9_-]*(\/[a-z0-9_][a-z0-9_-]*)*$/;
const MAX_DEPTH = 200;

/** Parses a checklist. Never throws: anything unusable is reported in `problems` with its position. */
export function parseChecklist(markdown: string): ParsedChecklist {
  try {
    return parse(markdown);
  } catch (error) {
    // micromark accepts any input; this is a last line of defence (e.g. a stack exhausted by
    // pathological nesting), turned into a positioned problem instead of a crash.
    const reason =
      error instanceof RangeError
        ? 'the Markdown is nested too deeply to read'
        : 'the Markdown could not be read';
    return { headings: [], items: [], problems: [{ line: 1, column: 1, message: reason }] };
  }
}

/** GitHub's anchor slug of `text`, with mojibake repaired and edge hyphens trimmed. */
export function slugify(text: string): string {
  return githubSlug(collapse(repairMojibake(text)))
    .replace(/[\p{C}]/gu, '')
    .replace(/^-+|-+$/g, '');
}

interface Draft {
  readonly node: ListItem;
  readonly heading: string;
  readonly text: string;
  readonly line: number;
  readonly parent: Draft | undefined;
  readonly explicit: string | undefined;
  readonly code: string[];
  id?: string;
}

function parse(markdown: string): ParsedChecklist {
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTaskListItem(), gfmTable()],
    mdastExtensions: [gfmTaskListItemFromMarkdown(), gfmTableFromMarkdown()],
  });
  const problems: ChecklistProblem[] = [];
  const headings: Heading[] = [];
  const drafts: Draft[] = [];
  const headingSlugs = new Map<string, number>();
  const anchors = new Map<string, number>();
  const stack: { level: number; slug: string }[] = [];
  let current = '';
  let tooDeep = false;
  const followingCode = new Map<ListItem, string[]>();

  const onHeading = (node: MdHeading): void => {
    const raw = phrasingText(node.children);
    const text = collapse(repairMojibake(raw));
    const slug = unique(slugify(text) || 'section', headingSlugs);
    const anchor = unique(githubSlug(raw.trim()), anchors);
    while (stack.length > 0 && stack[stack.length - 1]!.level >= node.depth) stack.pop();
    headings.push({
      slug,
      text,
      anchor,
      level: node.depth,
      line: line(node),
      path: stack.map((h) => h.slug),
    });
    stack.push({ level: node.depth, slug });
    current = slug;
  };

  const onTask = (node: ListItem, parent: Draft | undefined): Draft => {
    const first = node.children[0];
    const phrasing = first?.type === 'paragraph' ? first.children : [];
    const text = collapse(repairMojibake(phrasingText(phrasing)));
    let explicit: string | undefined;
    const comment = [
      ...phrasing.filter((c) => c.type === 'html'),
      ...node.children.filter((c) => c.type === 'html'),
    ]
      .map((c) => ({ node: c, match: EXPLICIT_ID.exec(c.value.trim()) }))
      .find((c) => c.match);
    if (comment?.match) {
      const raw = comment.match[1]!.toLowerCase();
      if (VALID_EXPLICIT_ID.test(raw)) explicit = raw;
      else
        problems.push({
          ...position(comment.node),
          message: `the id "${comment.match[1]!.slice(0, 60)}" may only use a-z, 0-9, "-", "_" and "/" between parts; the item gets its text-based id`,
        });
    }
    const draft: Draft = { node, heading: current, text, line: line(node), parent, explicit, code: [] };
    for (const child of node.children) if (child.type === 'code') draft.code.push(child.value);
    drafts.push(draft);
    return draft;
  };

  // Iterative walk in document order, so that headings and items interleave as written.
  type Frame = { nodes: readonly RootContent[]; index: number; task: Draft | undefined; depth: number };
  const frames: Frame[] = [{ nodes: tree.children, index: 0, task: undefined, depth: 0 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      frames.pop();
      continue;
    }
    const node = frame.nodes[frame.index++]!;
    if (node.type === 'heading') {
      onHeading(node);
      continue;
    }
    if (node.type === 'list') attachFollowingCode(node, frame.nodes, frame.index, followingCode);
    if (node.type === 'code' || node.type === 'html' || node.type === 'table' || !('children' in node))
      continue;
    if (frame.depth >= MAX_DEPTH) {
      if (!tooDeep)
        problems.push({
          ...position(node),
          message: `the Markdown is nested more than ${MAX_DEPTH} levels deep here; items below that are not read`,
        });
      tooDeep = true;
      continue;
    }
    let task = frame.task;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') task = onTask(node, frame.task);
    if (isPhrasingParent(node)) continue;
    frames.push({
      nodes: (node as Parents).children as RootContent[],
      index: 0,
      task,
      depth: frame.depth + 1,
    });
  }

  return { headings, items: assignIds(drafts, headingSlugs, followingCode, problems), problems };
}

/** Code blocks right after a list belong to the list's last task item (a command "for" that step). */
function attachFollowingCode(
  list: List,
  siblings: readonly RootContent[],
  after: number,
  into: Map<ListItem, string[]>,
): void {
  const code: string[] = [];
  for (let i = after; i < siblings.length && siblings[i]!.type === 'code'; i++)
    code.push((siblings[i] as { value: string }).value);
  if (code.length === 0) return;
  const last = list.children[list.children.length - 1];
  if (!last || typeof last.checked !== 'boolean') return;
  into.set(last, code);
}

function assignIds(
  drafts: Draft[],
  headingSlugs: Map<string, number>,
  followingCode: Map<ListItem, string[]>,
  problems: ChecklistProblem[],
): Item[] {
  // Explicit ids are claimed first, so a text-derived id never takes one and an explicit id does not
  // change other items' ids when it is added.
  const taken = new Map<string, Draft | null>();
  for (const slug of headingSlugs.keys()) taken.set(slug, null);
  for (const draft of drafts) {
    if (draft.explicit === undefined) continue;
    const holder = taken.get(draft.explicit);
    if (taken.has(draft.explicit)) {
      problems.push({
        line: draft.line,
        column: column(draft.node),
        message: holder
          ? `the id "${draft.explicit}" is already used by the item on line ${holder.line}; give each item its own id`
          : `the id "${draft.explicit}" is already the slug of a heading; choose another id`,
      });
      continue;
    }
    taken.set(draft.explicit, draft);
    draft.id = draft.explicit;
  }
  const scopes = new Map<string, Map<string, number>>();
  for (const draft of drafts) {
    if (draft.id !== undefined) continue;
    const prefix = draft.parent ? draft.parent.id! : draft.heading;
    let scope = scopes.get(prefix);
    if (!scope) scopes.set(prefix, (scope = new Map()));
    const base = (prefix ? `${prefix}/` : '') + (slugify(draft.text) || 'item');
    let id = base;
    let n = scope.get(base);
    if (n !== undefined || taken.has(id)) {
      n ??= 0;
      do id = `${base}-${++n}`;
      while (taken.has(id));
    }
    scope.set(base, n ?? 0);
    taken.set(id, draft);
    draft.id = id;
  }
  return drafts.map((d) => {
    const code = [...d.code, ...(followingCode.get(d.node) ?? [])];
    return {
      id: d.id!,
      heading: d.heading,
      text: d.text,
      line: d.line,
      ...(d.parent ? { parent: d.parent.id! } : {}),
      explicitId: d.explicit !== undefined && d.id === d.explicit,
      ...(code.length > 0 ? { code } : {}),
    };
  });
}

function unique(base: string, seen: Map<string, number>): string {
  // GitHub's rule: the second "Database" is "database-1", the third "database-2".
  let slug = base;
  while (seen.has(slug)) {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    slug = `${base}-${n}`;
  }
  seen.set(slug, 0);
  return slug;
}

function isPhrasingParent(node: Nodes): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
}

function phrasingText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  const walk = (list: readonly PhrasingContent[], depth: number): void => {
    for (const node of list) {
      if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
      else if (node.type === 'break') out += ' ';
      else if (node.type === 'image') out += node.alt ?? '';
      else if ('children' in node && depth < MAX_DEPTH) walk(node.children as PhrasingContent[], depth + 1);
      // html (comments, tags) is not part of the item's text
    }
  };
  walk(nodes, 0);
  return out;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function line(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
function column(node: Nodes): number {
  return node.position?.start.column ?? 1;
}
function position(node: Nodes): { line: number; column: number } {
  return { line: line(node), column: column(node) };
}

// Windows-1252's 0x80–0x9F row (WHATWG encoding standard); 0xA0–0xFF equal Latin-1. Spelled out
// because Node's TextDecoder built without full ICU decodes "windows-1252" as Latin-1.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
let cp1252: Map<string, number> | undefined;

/**
 * Undoes UTF-8 that was decoded as Windows-1252 (`âœ…` → `✅`, `ðŸš€` → `🚀`), run by run. A run of
 * non-ASCII characters is treated as mojibake only when its bytes start like a multi-byte UTF-8
 * sequence (lead byte, then a continuation byte), which ordinary accented text ("café", "naïve") never
 * does; bytes that were lost on the way (Windows-1252 has no character for 0x8F, so `🏗` arrives as
 * `ðŸ—`) leave an incomplete sequence, which is dropped rather than shown as letters.
 */
export function repairMojibake(text: string): string {
  if (!/[\u0080-\uffff]/.test(text)) return text;
  if (!cp1252) {
    cp1252 = new Map();
    for (let b = 0x80; b <= 0xff; b++)
      cp1252.set(b < 0xa0 ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b), b);
  }
  const table = cp1252;
  return text.replace(/[\u0080-\uffff]{2,}/g, (run) => {
    const chars = [...run];
    if (!chars.every((c) => table.has(c))) return run;
    const bytes = Uint8Array.from(chars.map((c) => table.get(c)!));
    const lead = bytes[0]!;
    const next = bytes[1]!;
    if (lead < 0xc2 || lead > 0xf4 || next < 0x80 || next > 0xbf) return run;
    return new TextDecoder('utf-8').decode(bytes).replace(/\uFFFD/g, '');
  });
}
