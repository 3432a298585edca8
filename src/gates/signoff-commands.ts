/**
 * `/signoff <gate-id>` and `/signoff revoke <gate-id>` commands in a PR comment, read from the
 * comment's Markdown as GitHub renders it (CommonMark, parsed by mdast-util-from-markdown rather
 * than line patterns): a command counts only as a visible line of plain paragraph text. Inside code
 * (fenced or indented, or inline), an HTML comment or any raw HTML, a block quote, a `<details>`
 * block, or mixed with emphasis, links or other markup, it is not a command: quoting someone's
 * sign-off, showing the syntax, or hiding a line in a collapsed block never signs off.
 *
 * Pure, but the parser is ~40 ms to load: callers load this module only when a comment mentions
 * `/signoff` (see `src/github/signoff-commands.ts`).
 */
import type { Nodes, Parent, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { SignoffCommand } from './types.js';

const COMMAND = /^[ \t]*\/signoff[ \t]+(?:(revoke)[ \t]+)?([^\s]+(?:[ \t]+[^\s]+)*)[ \t]*$/i;
/** `/na <id> <reason>`: a checklist item or heading is not applicable, and why. */
const NA = /^[ \t]*\/na[ \t]+([^\s]+)(?:[ \t]+(.*?))?[ \t]*$/i;
/** A line that starts like a command but is not one (`/signoff` alone). */
const LOOKS_LIKE = /^[ \t]*\/(signoff|na)\b/i;
/** Stands for markup inside a paragraph line, so that line can never read as a command. */
const MARKUP = '\u0000';

/** The commands in a comment body, in order. */
export function parseSignoffCommands(body: string): SignoffCommand[] {
  const out: SignoffCommand[] = [];
  for (const line of commandLines(body)) command(line, out);
  return out;
}

/**
 * The lines of a comment where a command can be written: visible plain paragraph text, by the
 * rules above. Shared by every comment command (`/signoff`, `/waive`), so all follow one set of rules.
 */
export function commandLines(body: string): string[] {
  const out: string[] = [];
  let tree: Nodes;
  try {
    tree = fromMarkdown(body);
  } catch {
    // The parser accepts any string; should it ever throw, the comment holds no command.
    return out;
  }
  const state = { details: 0 };
  walk(tree, state, out);
  return out;
}

function walk(node: Nodes, state: { details: number }, out: string[]) {
  switch (node.type) {
    case 'code':
    case 'inlineCode':
    case 'blockquote':
      return;
    case 'html':
      state.details = Math.max(0, state.details + detailsDelta(node.value));
      return;
    case 'paragraph':
      out.push(...linesOf(node.children, state));
      return;
  }
  if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, state, out);
}

function command(line: string, out: SignoffCommand[]) {
  if (line.includes(MARKUP)) return;
  const m = COMMAND.exec(line);
  if (m) {
    const ids = m[2]!
      .split(/[ \t,]+/)
      .map(cleanId)
      .filter(Boolean);
    if (ids.length) {
      out.push({ gate: ids[0]!, ids, revoke: Boolean(m[1]), text: line.trim() });
      return;
    }
  }
  const na = NA.exec(line);
  if (na && cleanId(na[1]!)) {
    const id = cleanId(na[1]!);
    out.push({ gate: id, ids: [id], revoke: false, na: { reason: (na[2] ?? '').trim() }, text: line.trim() });
    return;
  }
  if (LOOKS_LIKE.test(line))
    out.push({ gate: '', ids: [], revoke: false, text: line.trim(), malformed: true });
}

/** Ids as people copy them: from a link (`#anchor`), with a trailing comma or full stop. */
function cleanId(id: string): string {
  return id
    .replace(/^#+/, '')
    .replace(/[.,;:]+$/, '')
    .toLowerCase();
}

/**
 * A paragraph's visible lines. Only text and line breaks are kept as they are; any other inline
 * node (code, HTML, emphasis, links, images) becomes MARKUP, and so does everything while a
 * `<details>` is open (it may open or close in inline HTML, in the middle of a paragraph).
 */
function linesOf(children: PhrasingContent[], state: { details: number }): string[] {
  let text = '';
  for (const c of children) {
    if (c.type === 'html') state.details = Math.max(0, state.details + detailsDelta(c.value));
    if (state.details > 0) text += c.type === 'break' ? '\n' : MARKUP;
    else if (c.type === 'text') text += c.value;
    else if (c.type === 'break') text += '\n';
    else text += MARKUP;
  }
  return text.split(/\r?\n/);
}

/** How many `<details>` elements a piece of raw HTML opens (positive) or closes (negative). */
function detailsDelta(html: string): number {
  const withoutComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const opens = withoutComments.match(/<details(?=[\s>/])/gi)?.length ?? 0;
  const closes = withoutComments.match(/<\/details\s*>/gi)?.length ?? 0;
  return opens - closes;
}
