/**
 * Property tests: user-written text (gate titles, summaries, details, signer names, environment,
 * PR-provided values) cannot inject HTML, mention anyone, or break the layout of the checklist.
 * The Markdown is rendered with micromark + GFM (close to GitHub's cmark-gfm) with raw HTML passed
 * through, as GitHub does before sanitizing, and WITHOUT GFM's tag filter, so a leaked <script>
 * would be seen. Then the HTML is inspected.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { combineExtensions, combineHtmlExtensions } from 'micromark-util-combine-extensions';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote, gfmFootnoteHtml } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough, gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { gfmTaskListItem, gfmTaskListItemHtml } from 'micromark-extension-gfm-task-list-item';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { codeBlock, escapeHtml, escapeInline, escapeProse, safeUrl } from '../../src/report/escape.js';
import {
  blockersFirst,
  markerFor,
  renderChecklist,
  renderDetail,
  type RenderMeta,
} from '../../src/report/markdown.js';
import { stateLine } from '../../src/github/sticky-comment.js';
import type { ChecklistData, ChecklistItemResult } from '../../src/gates/checklist-types.js';
import { COMMENT_LIMIT } from '../../src/report/markdown.js';
import type {
  Detail,
  Evaluation,
  GateResult,
  GateStatus,
  GateType,
  Inline,
  SignoffRecord,
} from '../../src/gates/types.js';

// GFM without the tag filter (GitHub's sanitizer runs after it; we want to see anything raw).
const gfmNoFilter = combineExtensions([
  gfmAutolinkLiteral(),
  gfmFootnote(),
  gfmStrikethrough(),
  gfmTable(),
  gfmTaskListItem(),
]);
const gfmNoFilterHtml = combineHtmlExtensions([
  gfmAutolinkLiteralHtml(),
  gfmFootnoteHtml(),
  gfmStrikethroughHtml(),
  gfmTableHtml(),
  gfmTaskListItemHtml(),
]);

function render(md: string): string {
  return micromark(md, {
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
    extensions: [gfmNoFilter],
    htmlExtensions: [gfmNoFilterHtml],
  });
}

// ---------------------------------------------------------------------------------------------
// Hostile text

const NASTY = [
  '<',
  '>',
  '</details>',
  '<details>',
  '<summary>',
  '</summary>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)"',
  '<script>alert(1)</script>',
  '<iframe src=//evil>',
  '<style>*{}</style>',
  '<a href="javascript:alert(1)">x</a>',
  '<br>',
  '</td>',
  '</table>',
  '<sub>',
  '</sub>',
  '<p',
  '< img',
  '<!--',
  '-->',
  '--!>',
  '<!-- shipgate:checklist env=production -->',
  '<!-- shipgate:state {"sha":"0"} -->',
  '<![CDATA[',
  '<?php',
  '@user',
  '@org/team',
  '@acme/everyone',
  '@',
  'a@b.co',
  '@@x',
  '|',
  '\\|',
  '||',
  '`',
  '``',
  '```',
  '````',
  '~~~',
  '~',
  '~~',
  '[x](javascript:alert(1))',
  '[x]( javascript:alert(1) )',
  '![i](https://evil.example/i.png)',
  '![i]',
  '[ref]: https://evil.example',
  '[^1]',
  '[ ] ',
  '[x] ',
  '#',
  '# ',
  '## ',
  '*',
  '**',
  '_',
  '__',
  '\\',
  '\\\\',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\n\n',
  '\u2028',
  '\u0000',
  '\u0007',
  '\u007f',
  '&lt;',
  '&#60;',
  '&#x3C;',
  '&amp;',
  '&#64;',
  '&commat;',
  '&nbsp;',
  '&',
  ';',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u061c',
  '\ufeff',
  '\u00a0',
  '🚀',
  '👩‍👩‍👧',
  '🇩🇪',
  'é',
  '1. ',
  '1) ',
  '2.',
  '- ',
  '+ ',
  '> ',
  '    ',
  '---',
  '===',
  ':',
  ':smile:',
  'www.example.com',
  'https://evil.example/x',
  'http://x.y',
  'javascript:',
  'data:text/html,',
  'mailto:a@b.co',
  '"',
  "'",
  '=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '!',
  '.',
  ' ',
  'x',
  'user',
  'Deploy',
  '0',
];

const nastyText = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 12 }).map((a) => a.join('')) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 6 })), {
        maxLength: 8,
      })
      .map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

const url = fc.oneof(
  fc.webUrl(),
  nastyText,
  nastyText.map((t) => `https://evil.example/${t}`),
  fc.constantFrom(
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' https://x',
    'https://x y',
    'https://x)"onmouseover="x',
    'https://x/<script>',
    'https://x/`|',
  ),
);

const inlineArb: fc.Arbitrary<Inline> = fc.oneof(nastyText, fc.record({ text: nastyText, url }));

const detailArb: fc.Arbitrary<Detail> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), text: nastyText }),
  fc.record({ kind: fc.constant('list' as const), items: fc.array(inlineArb, { maxLength: 4 }) }),
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.record({
      kind: fc.constant('table' as const),
      columns: fc.array(nastyText, { minLength: n, maxLength: n }),
      rows: fc.array(fc.array(inlineArb, { maxLength: n + 1 }), { maxLength: 3 }),
    }),
  ),
  fc.record({ kind: fc.constant('code' as const), text: nastyText }),
);

const STATUSES: GateStatus[] = ['pass', 'fail', 'pending', 'skipped', 'error'];
const TYPES: GateType[] = [
  'checks',
  'approvals',
  'manual',
  'coverage',
  'audit',
  'migrations',
  'window',
  'http',
  'command',
];
// Gate ids are validated by the config schema: ^[a-z0-9][a-z0-9-]*$, at most 64.
const gateId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);

const evaluationArb: fc.Arbitrary<{ ev: Evaluation; meta: RenderMeta }> = fc
  .uniqueArray(gateId, { maxLength: 6 })
  .chain((ids) =>
    fc.record({
      ev: fc.record({
        environment: nastyText,
        allowed: fc.boolean(),
        sha: fc.stringMatching(/^[0-9a-f]{40}$/),
        pr: fc.option(fc.nat(), { nil: null }),
        gates: fc.tuple(
          ...ids.map((id) =>
            fc.record(
              {
                id: fc.constant(id),
                type: fc.constantFrom(...TYPES),
                title: nastyText,
                required: fc.boolean(),
                status: fc.constantFrom(...STATUSES),
                summary: nastyText,
                details: fc.array(detailArb, { maxLength: 3 }),
                signoffs: fc.array(
                  fc.record(
                    { gate: fc.constant(id), login: nastyText, at: nastyText, url: url },
                    { requiredKeys: ['gate', 'login', 'at'] },
                  ),
                  { maxLength: 2 },
                ),
              },
              { requiredKeys: ['id', 'type', 'title', 'required', 'status', 'summary'] },
            ),
          ),
        ) as fc.Arbitrary<GateResult[]>,
      }),
      run: fc.record(
        { runId: fc.nat(), runAttempt: fc.integer({ min: 1, max: 5 }), runUrl: url, configSource: nastyText },
        { requiredKeys: [] },
      ),
    }),
  )
  .map(({ ev, run }) => ({
    ev,
    meta: {
      ...run,
      marker: markerFor(ev.environment),
      stateLine: stateLine({ sha: ev.sha, run: run.runId ?? 0, attempt: run.runAttempt ?? 1 }),
    },
  }));

// ---------------------------------------------------------------------------------------------
// Inspecting the HTML

const ALLOWED_TAGS = new Set([
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'li',
  'pre',
  'code',
  'a',
  'strong',
  'em',
  'sub',
  'br',
]);
const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+="[^"<>]*")*)\s*\/?>/;
const COMMENT = /^<!--([\s\S]*?)-->/;

interface Scan {
  tags: { close: boolean; name: string; attrs: string; index: number }[];
  comments: string[];
}

/** Every `<` in the HTML must open an allowed element with allowed attributes, or a comment. */
function scan(html: string): Scan {
  const out: Scan = { tags: [], comments: [] };
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const rest = html.slice(i);
    const c = COMMENT.exec(rest);
    if (c) {
      out.comments.push(c[1]!);
      i += c[0].length - 1;
      continue;
    }
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(rest)?.[1]?.toLowerCase();
    if (!name) throw new Error(`stray "<" in the HTML: ${JSON.stringify(rest.slice(0, 80))}`);
    if (!ALLOWED_TAGS.has(name))
      throw new Error(`unexpected element <${name}>: ${JSON.stringify(rest.slice(0, 80))}`);
    const t = TAG.exec(rest);
    if (!t) throw new Error(`malformed tag: ${JSON.stringify(rest.slice(0, 80))}`);
    const [, close, , attrs] = t;
    const tag = name;
    for (const [, attr, value] of attrs!.matchAll(/([A-Za-z-]+)="([^"]*)"/g)) {
      const ok =
        (tag === 'a' && attr === 'href' && /^https?:\/\//i.test(decode(value!))) ||
        (tag === 'code' && attr === 'class' && value === 'language-text');
      if (!ok) throw new Error(`unexpected attribute ${attr}="${value}" on <${tag}>`);
    }
    out.tags.push({ close: close === '/', name: tag, attrs: attrs!, index: i });
    i += t[0].length - 1;
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
    }
    const named = decodeNamedCharacterReference(ref);
    return named === false ? all : named;
  });
}

/** Text nodes outside code, decoded. */
function textNodes(html: string): string[] {
  const withoutCode = html
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, '<code></code>')
    .replace(/<!--[\s\S]*?-->/g, '');
  return withoutCode.split(/<[^>]*>/).map(decode);
}

/** Text content of an HTML fragment (tags dropped, entities decoded). */
function textOf(fragment: string): string {
  return decode(fragment.replace(/<[^>]*>/g, ''));
}

const MENTION = /(^|[^\w`])@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?/;

/** What a user-written line reads as after escaping: one line, no control characters. */
function asOneLine(s: string): string {
  return s
    .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim(); // as escapeInline does (JS trim: Unicode white space)
}

/**
 * What shipgate's own sentences (summaries, details text) read as: like a user line, except that a
 * pair of backticks marks code, whose text reads without them.
 */
function asProse(s: string): string {
  return asOneLine(s)
    .split(/(?<!`)(`[^`]+`)(?!`)/)
    .map((p, i) => (i % 2 === 1 ? p.slice(1, -1) : p))
    .join('');
}

/** Text compared as a browser shows it: zero-width spaces (mention defusing) dropped, spaces collapsed. */
function norm(s: string): string {
  return s
    .replace(/\u200b/g, '')
    .replace(/ +/g, ' ')
    .replace(/^ | $/g, '');
}

/**
 * The text an HTML fragment reads as; undefined when GFM turned a bare `www.` domain in it into a
 * link: micromark then shows escapes inside the link literally, where cmark-gfm (GitHub) decodes
 * them first, so the text cannot be compared.
 */
function readsAs(fragment: string): string | undefined {
  if (/<a /.test(fragment)) return undefined;
  return norm(textOf(fragment));
}

function expectReadsAs(fragment: string, expected: string): void {
  const got = readsAs(fragment);
  if (got !== undefined) expect(got).toBe(norm(expected));
}

const EM_TEXTS = [
  /^\(optional\)$/,
  /^None yet\.$/,
  /^No gate applies to this environment\.$/,
  /^\d+ detail section\(s\) were too long/,
  /^The checklist is too long for a comment/,
];

function rendersDetails(g: GateResult): boolean {
  return !!g.details?.map(renderDetail).some(Boolean);
}

function checkComment(ev: Evaluation, meta: RenderMeta): void {
  const md = renderChecklist(ev, meta);
  const html = render(md);
  const { tags, comments } = scan(html); // (a) only the renderer's own elements and attributes

  // (b) no live mention outside code.
  for (const t of textNodes(html)) expect(t).not.toMatch(MENTION);

  // Emphasis only where the renderer puts it.
  for (const m of html.matchAll(/<strong>([\s\S]*?)<\/strong>/g))
    expect(['Blocking', 'To sign off', 'Not counted:']).toContain(m[1]);
  for (const m of html.matchAll(/<em>([\s\S]*?)<\/em>/g))
    expect(EM_TEXTS.some((re) => re.test(m[1]!))).toBe(true);

  // (c) hidden markers: exactly once each, first in the comment, whole.
  expect(comments).toEqual([meta.marker!.slice(4, -3), meta.stateLine!.slice(4, -3)]);
  expect(html.startsWith(`${meta.marker}\n${meta.stateLine}\n`)).toBe(true);

  // <details> balanced, never nested, one per gate with details.
  let depth = 0;
  let opened = 0;
  for (const t of tags.filter((t) => t.name === 'details')) {
    depth += t.close ? -1 : 1;
    if (!t.close) opened++;
    expect(depth === 0 || depth === 1).toBe(true);
  }
  expect(depth).toBe(0);
  const withDetails = blockersFirst(ev.gates).filter(rendersDetails);
  expect(opened).toBe(withDetails.length);
  // Each summary reads as the gate title (no stray escapes, nothing dropped).
  const summaries = [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map((m) => readsAs(m[1]!));
  expect(summaries).toEqual(
    withDetails.map((g) => norm(`${ICONS[g.status]} ${asOneLine(g.title)}: details`)),
  );

  // The checklist table: one row per gate, five cells, each id once, title and why read as given.
  if (!ev.gates.length) return;
  const table = /<table>([\s\S]*?)<\/table>/.exec(html)?.[1];
  expect(table).toBeDefined();
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table!)![1]!;
  expect(head.match(/<th>/g)).toHaveLength(5);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table!)?.[1] ?? '';
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]!),
  );
  expect(rows).toHaveLength(ev.gates.length);
  // Blocking gates first, so a reader sees what blocks before what passed.
  blockersFirst(ev.gates).forEach((g, i) => {
    const cells = rows[i]!;
    expect(cells).toHaveLength(5);
    expect(cells[2]).toBe(`<code>${g.id}</code>`);
    expect(table!.split(`<code>${g.id}</code>`)).toHaveLength(2);
    expect(cells[3]).toBe(g.status);
    expectReadsAs(cells[1]!, `${asOneLine(g.title)}${g.required ? '' : ' (optional)'}`);
    expectReadsAs(cells[4]!, asProse(g.summary));
  });
}

const ICONS: Record<GateStatus, string> = {
  pass: '✅',
  fail: '❌',
  pending: '⏳',
  skipped: '⏭️',
  error: '⚠️',
  waived: '☑️',
};

// ---------------------------------------------------------------------------------------------

describe('the checklist comment cannot be broken by user text', () => {
  it('injects no HTML, mentions nobody and keeps its layout, whatever the titles, summaries, details and names', () => {
    fc.assert(
      fc.property(evaluationArb, ({ ev, meta }) => checkComment(ev, meta)),
      { numRuns: 250 },
    );
  });

  it('keeps the layout for a gate whose every string is the same hostile text', () => {
    fc.assert(
      fc.property(nastyText, gateId, (s, id) => {
        const detailsAll: Detail[] = [
          { kind: 'text', text: s },
          { kind: 'list', items: [s, { text: s, url: s }] },
          { kind: 'table', columns: [s, s], rows: [[s, { text: s, url: `https://x/${s}` }]] },
          { kind: 'code', text: s },
        ];
        const signoffs: SignoffRecord[] = [{ gate: id, login: s, at: s, url: s }];
        const ev: Evaluation = {
          environment: s,
          allowed: false,
          sha: 'abcdef1234567890abcdef1234567890abcdef12',
          pr: 1,
          gates: [
            {
              id,
              type: 'manual',
              title: s,
              required: true,
              status: 'fail',
              summary: s,
              details: detailsAll,
              signoffs,
            },
          ],
        };
        checkComment(ev, {
          marker: markerFor(s),
          stateLine: stateLine({ sha: ev.sha, run: 1, attempt: 1 }),
          runUrl: s,
          configSource: s,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the checks above catch what they should (raw HTML, mentions, broken tables)', () => {
    // Guards against a property that cannot fail: feed the checker unescaped Markdown.
    expect(() => scan(render('<img src=x onerror=alert(1)>'))).toThrow(/<img>/);
    expect(() => scan(render('x <script>alert(1)</script>'))).toThrow(/<script>/);
    expect(() => scan(render('1. x'))).toThrow(/<ol>/);
    expect(() => scan(render('[x](https://a.example "t")'))).toThrow(/title/);
    expect(textNodes(render('hi @acme/everyone')).some((t) => MENTION.test(t))).toBe(true);
    expect(textNodes(render('`@acme/everyone`')).some((t) => MENTION.test(t))).toBe(false);
  });
});

describe('the checklist part cannot be broken by the checklist file or the commands', () => {
  const itemStatus = fc.constantFrom('pass', 'fail', 'pending', 'error', 'na') as fc.Arbitrary<
    ChecklistItemResult['status']
  >;
  const checklistGate = fc
    .record({
      headings: fc.array(
        fc.record({ slug: gateId, text: nastyText, level: fc.integer({ min: 1, max: 4 }) }),
        { minLength: 1, maxLength: 5 },
      ),
      items: fc.array(
        fc.record({
          id: nastyText,
          text: nastyText,
          status: itemStatus,
          by: fc.option(nastyText, { nil: null }),
          at: fc.option(nastyText, { nil: null }),
          gate: fc.option(gateId, { nil: null }),
          reason: fc.option(nastyText, { nil: null }),
          url: url,
          ownersText: nastyText,
          pick: fc.nat(),
          nested: fc.boolean(),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      notices: fc.array(
        fc.record({ command: nastyText, login: nastyText, at: nastyText, url, message: nastyText }),
        { maxLength: 3 },
      ),
      file: nastyText,
      fileUrl: url,
      title: nastyText,
      limit: fc.constantFrom(COMMENT_LIMIT, 3000, 800),
    })
    .map((r) => {
      const headings = r.headings.map((h, i) => ({
        ...h,
        slug: `${h.slug}-${i}`,
        anchor: h.slug,
        path: i > 0 ? [`${r.headings[0]!.slug}-0`] : [],
      }));
      const items = r.items.map((it, i) => ({
        ...it,
        id: `${it.id}-${i}`,
        heading: headings[it.pick % headings.length]!.slug,
        owners: [],
        who: [],
        line: i + 1,
        ...(it.nested && i > 0 ? { parent: `${r.items[0]!.id}-0` } : {}),
      }));
      const data: ChecklistData = { file: r.file, fileUrl: r.fileUrl, headings, items, notices: r.notices };
      const gate = {
        id: 'readiness',
        type: 'checklist',
        title: r.title,
        required: true,
        status: 'fail',
        summary: r.title,
        data,
        unblock: [{ command: `/signoff ${r.title}`, who: r.file, what: r.title }],
      } as unknown as GateResult;
      return { gate, limit: r.limit };
    });

  it('injects no HTML, mentions nobody, keeps <details> balanced and stays within the limit', () => {
    fc.assert(
      fc.property(checklistGate, ({ gate, limit }) => {
        const ev: Evaluation = {
          environment: 'production',
          allowed: false,
          sha: 'abcdef1234567890abcdef1234567890abcdef12',
          pr: 1,
          gates: [gate],
        };
        const meta = {
          marker: markerFor('production'),
          stateLine: stateLine({ sha: ev.sha, run: 1, attempt: 1 }),
          limit,
        };
        const md = renderChecklist(ev, meta);
        expect(md.length).toBeLessThanOrEqual(limit);
        const html = render(md);
        const { tags, comments } = scan(html);
        for (const t of textNodes(html)) expect(t).not.toMatch(MENTION);
        expect(comments).toEqual([meta.marker.slice(4, -3), meta.stateLine.slice(4, -3)]);
        let depth = 0;
        for (const t of tags.filter((t) => t.name === 'details')) {
          depth += t.close ? -1 : 1;
          expect(depth === 0 || depth === 1).toBe(true);
        }
        expect(depth).toBe(0);
        for (const m of html.matchAll(/<strong>([\s\S]*?)<\/strong>/g))
          expect(['Blocking', 'To sign off', 'Not counted:']).toContain(m[1]);
        for (const h of html.matchAll(/<h([234])>([\s\S]*?)<\/h\1>/g))
          expect(h[2]).not.toMatch(/<(?!\/?(code|a)[ >])/);
      }),
      { numRuns: 120 },
    );
  });
});

describe('escape primitives', () => {
  it('escapeInline: one paragraph of plain text that reads as the input', () => {
    fc.assert(
      fc.property(nastyText, (s) => {
        const html = render(escapeInline(s));
        const { tags } = scan(html);
        expect(tags.map((t) => t.name).filter((n) => n !== 'a')).toEqual(escapeInline(s) ? ['p', 'p'] : []);
        for (const t of textNodes(html)) expect(t).not.toMatch(MENTION);
        expectReadsAs(html, asOneLine(s));
      }),
      { numRuns: 500 },
    );
  });

  it('escapeProse: one paragraph that reads as the input, `code` pairs as code spans, nothing else live', () => {
    fc.assert(
      fc.property(nastyText, (s) => {
        const html = render(escapeProse(s));
        const { tags } = scan(html);
        expect(tags.map((t) => t.name).filter((n) => n !== 'a' && n !== 'code')).toEqual(
          escapeProse(s) ? ['p', 'p'] : [],
        );
        for (const t of textNodes(html)) expect(t).not.toMatch(MENTION);
        expectReadsAs(html, asProse(s));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps raw Markdown readable: shipgate prose is not escaped into entities or backslashes', () => {
    expect(
      escapeProse('coverage report: lines 54.16% < 90% (min.lines); awaiting sign-off from @acme/dba'),
    ).toBe('coverage report: lines 54.16% < 90% (min.lines); awaiting sign-off from @\u200bacme/dba');
    expect(escapeProse('no config: set the `config` / `config-ref` inputs')).toBe(
      'no config: set the `config` / `config-ref` inputs',
    );
    expect(escapeInline('snake_case & C:\\dir 3.5')).toBe('snake_case & C:\\dir 3.5');
  });

  it('escapeHtml: inside raw HTML, plain text that reads as the input', () => {
    fc.assert(
      fc.property(nastyText, (s) => {
        const html = render(`<details><summary>${escapeHtml(s)}</summary>\n\nx\n\n</details>`);
        scan(html);
        for (const t of textNodes(html)) expect(t).not.toMatch(MENTION);
        expect(readsAs(/<summary>([\s\S]*?)<\/summary>/.exec(html)![1]!)).toBe(norm(asOneLine(s)));
      }),
      { numRuns: 500 },
    );
  });

  it('codeBlock: the content cannot close the block; it comes out verbatim', () => {
    fc.assert(
      fc.property(nastyText, (s) => {
        const html = render(codeBlock(s) + '\n\n<details>after</details>\n');
        const m =
          /^<pre><code class="language-text">([\s\S]*?)<\/code><\/pre>\n<details>after<\/details>\n$/.exec(
            html,
          );
        expect(m).not.toBeNull();
        const clean = s
          .replace(/\r\n?/g, '\n')
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
          .replace(/\n+$/, '');
        expect(decode(m![1]!)).toBe(clean + '\n');
      }),
      { numRuns: 500 },
    );
  });

  it('safeUrl: only http(s), and the link it makes cannot be escaped from', () => {
    fc.assert(
      fc.property(url, nastyText, (u, text) => {
        const safe = safeUrl(u);
        if (safe === null) return;
        expect(u).toMatch(/^https?:\/\//i);
        const html = render(`[${escapeInline(text || 'x')}](${safe})`);
        scan(html);
        expect(html).toMatch(/^<p><a href="https?:\/\/[^"]*">/i);
        expect(html.endsWith('</a></p>')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
