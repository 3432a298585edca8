/**
 * The code blocks of a checklist with the headings above them: init reads variable names and
 * commands from blocks that follow a heading rather than an item ("### 2. Environment Variables"
 * then a block of `NAME=…` lines). The same Markdown parser as the checklist's (mdast), only the
 * code nodes are read.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export interface FileCodeBlock {
  text: string;
  /** Texts of the headings above the block, outermost first. */
  headings: string[];
}

export function codeBlocks(markdown: string): FileCodeBlock[] {
  const out: FileCodeBlock[] = [];
  const stack: { depth: number; text: string }[] = [];
  interface AnyNode {
    type: string;
    children?: AnyNode[];
    depth?: number;
    value?: string;
  }
  const visit = (node: AnyNode) => {
    if (node.type === 'heading') {
      const depth = node.depth ?? 1;
      while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
      stack.push({ depth, text: toString(node as never) });
      return;
    }
    if (node.type === 'code') {
      out.push({ text: node.value ?? '', headings: stack.map((h) => h.text) });
      return;
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(fromMarkdown(markdown) as never);
  return out;
}
