/**
 * The code blocks of a checklist with the headings above them: init reads variable names and
 * commands from blocks that follow a heading rather than an item ("### 2. Environment Variables"
 * then a block of `NAME=…` lines). Same Markdown parser as the checklist's (mdast); only code nodes
 * are read here, the headings come from the parsed checklist.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Heading } from '../checklist/parse.js';

export interface FileCodeBlock {
  text: string;
  /** Texts of the headings above the block, outermost first. */
  headings: string[];
}

interface AnyNode {
  type: string;
  children?: AnyNode[];
  value?: string;
  position?: { start: { line: number } };
}

export function codeBlocks(markdown: string, headings: readonly Heading[]): FileCodeBlock[] {
  const out: FileCodeBlock[] = [];
  const bySlug = new Map(headings.map((h) => [h.slug, h]));
  const visit = (node: AnyNode) => {
    if (node.type === 'code') {
      const line = node.position?.start.line ?? 0;
      const above = [...headings].reverse().find((h) => h.line < line);
      const texts = above ? [...above.path.map((s) => bySlug.get(s)?.text ?? s), above.text] : [];
      out.push({ text: node.value ?? '', headings: texts });
      return;
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(fromMarkdown(markdown) as unknown as AnyNode);
  return out;
}
