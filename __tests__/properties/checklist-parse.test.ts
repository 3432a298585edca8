/**
 * Property tests for the checklist parser: any Markdown (random task lists, nesting, code fences,
 * HTML, tables, emoji and mojibake) gives items or positioned problems, never a crash; ids are
 * unique; ids do not move when unrelated parts of the file are edited.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseChecklist, type ParsedChecklist } from '../../src/checklist/parse.js';

const word = fc.constantFrom(
  'Database',
  'Setup',
  'RLS',
  'policies',
  'reviewed',
  'On-call',
  'rotation',
  '1.',
  '✅',
  'âœ…',
  'ðŸš€',
  '🚀',
  '&',
  '(T+1)',
  '`npm test`',
  '**bold**',
  '_x_',
  '[link](https://x)',
  '<br>',
  '<!-- id: x -->',
  '<!-- id: a/b -->',
  '<!-- id: BAD! -->',
  '<!--',
  '-->',
  '|',
  '#',
  'café',
  '90%+',
  '<200ms',
  'a',
  'b',
  'ok',
  '\\',
  '[ ]',
  '[x]',
  '- [ ]',
  '```',
  '~~~',
  '<div>',
  '</div>',
  '\t',
  'Ã©',
  '\u0000',
  '\u200d',
);
const text = fc.array(word, { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));
const indent = fc.constantFrom('', '  ', '    ', '   ', '      ', '\t');
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc
    .tuple(
      indent,
      fc.constantFrom('- [ ] ', '- [x] ', '* [ ] ', '1. [ ] ', '+ [X] ', '- ', '-[ ] ', '- [  ] '),
      text,
    )
    .map(([i, m, t]) => i + m + t),
  fc
    .tuple(fc.constantFrom('```', '~~~', '````'), fc.array(text, { maxLength: 3 }), fc.boolean())
    .map(([f, lines, closed]) =>
      [f + 'md', ...lines.map((l) => `- [ ] ${l}`), ...(closed ? [f] : [])].join('\n'),
    ),
  fc
    .array(text, { maxLength: 3 })
    .map((lines) => ['<!--', ...lines.map((l) => `- [ ] ${l}`), '-->'].join('\n')),
  fc
    .array(text, { maxLength: 3 })
    .map((lines) => ['<details>', ...lines.map((l) => `- [ ] ${l}`), '</details>'].join('\n')),
  fc
    .array(text, { minLength: 1, maxLength: 3 })
    .map((cells) => `| ${cells.join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| - [ ] ${cells[0]} |`),
  fc.tuple(fc.integer({ min: 1, max: 8 }), text).map(([n, t]) => '> '.repeat(n) + `- [ ] ${t}`),
  text,
  fc.constant(''),
  fc.constant('---'),
);
const markdown = fc.array(block, { maxLength: 30 }).map((b) => b.join('\n'));

function checkShape(parsed: ParsedChecklist, md: string): void {
  const lines = md.split(/\r\n|\r|\n/).length;
  for (const p of parsed.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
  }
  const ids = parsed.items.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  const headingSlugs = new Set(parsed.headings.map((h) => h.slug));
  expect(headingSlugs.size).toBe(parsed.headings.length);
  for (const item of parsed.items) {
    expect(item.id).toMatch(/^[^\s]+$/);
    expect(headingSlugs.has(item.id)).toBe(false);
    if (item.heading !== '') expect(headingSlugs.has(item.heading)).toBe(true);
    if (item.parent !== undefined) expect(ids).toContain(item.parent);
  }
}

describe('parseChecklist properties', () => {
  it('gives items or positioned problems for any Markdown, never a crash, with unique ids', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        checkShape(parseChecklist(md), md);
      }),
      { numRuns: 400 },
    );
  });

  it('survives arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (md) => {
        checkShape(parseChecklist(md), md);
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a task line inside a closed code fence or HTML comment as an item', () => {
    fc.assert(
      fc.property(markdown, fc.constantFrom('```', '~~~', '<!--'), (md, kind) => {
        const hidden = kind === '<!--' ? '<!--\n- [ ] zzhiddenzz\n-->' : `${kind}\n- [ ] zzhiddenzz\n${kind}`;
        // Start the hidden block at top level after a blank line, so it is not a list item's continuation.
        const parsed = parseChecklist(`${hidden}\n\n${md}`);
        expect(parsed.items.some((i) => i.text.includes('zzhiddenzz'))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every id when ticks change, prose is added, or items are added under another heading', () => {
    const edit = fc.constantFrom('tick', 'prose', 'append-section', 'append-item');
    fc.assert(
      fc.property(markdown, edit, (md, kind) => {
        const before = parseChecklist(md);
        let edited: string;
        if (kind === 'tick') {
          // Tick the checkbox of each item's own line (not a "[ ]" that is part of some item's text).
          const starts = new Set(before.items.map((i) => i.line));
          edited = md
            .split('\n')
            .map((l, n) =>
              starts.has(n + 1) ? l.replace(/^((?:[ \t]*>)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+)\[ \]/, '$1[x]') : l,
            )
            .join('\n');
        } else if (kind === 'prose') edited = `Some unrelated prose, with a [link](https://x).\n\n${md}`;
        else if (kind === 'append-section')
          edited = `${md}\n\n## zz fresh section qq\n\n- [ ] zz fresh item qq\n`;
        else edited = `${md}\n\n# zz other qq\n\n- [ ] zz new item qq\n- [ ] zz another qq\n`;
        const after = parseChecklist(edited);
        if (kind === 'prose') expect(after.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
        for (const item of before.items) {
          if (kind !== 'prose') expect(after.items.find((a) => a.line === item.line)?.id).toBe(item.id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the ids of other items when one item text is reworded', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,2}$/), { minLength: 2, maxLength: 12 }),
        fc.nat(),
        (texts, pick) => {
          const md = (list: string[]): string =>
            `# Release\n\n## Checks\n${list.map((t) => `- [ ] ${t}`).join('\n')}\n`;
          const i = pick % texts.length;
          const reworded = texts.map((t, j) => (j === i ? `${t} zzreworded` : t));
          const before = parseChecklist(md(texts)).items;
          const after = parseChecklist(md(reworded)).items;
          expect(after[i]?.id).not.toBe(before[i]?.id);
          for (let j = 0; j < texts.length; j++) {
            // Only an earlier duplicate of the same text can shift a -1/-2 suffix, as on GitHub.
            if (j !== i && texts[j] !== texts[i]) expect(after[j]?.id).toBe(before[j]?.id);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
