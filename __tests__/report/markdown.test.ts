import { describe, expect, it } from '@jest/globals';
import { escapeInline, escapeProse, codeBlock } from '../../src/report/escape.js';
import { COMMENT_LIMIT, markerFor, renderChecklist } from '../../src/report/markdown.js';
import type { Evaluation, GateResult } from '../../src/gates/types.js';

const gate = (over: Partial<GateResult> = {}): GateResult => ({
  id: 'rollback-plan',
  type: 'manual',
  title: 'Rollback plan reviewed',
  required: true,
  status: 'fail',
  summary: 'awaiting sign-off',
  ...over,
});
const ev = (gates: GateResult[]): Evaluation => ({
  environment: 'production',
  allowed: false,
  sha: 'abcdef1234567890',
  pr: 42,
  gates,
});

describe('checklist rendering', () => {
  it('shows the verdict, one line per gate and how to sign off', () => {
    const md = renderChecklist(
      ev([
        gate({ unblock: [{ command: '/signoff rollback-plan', who: 'release-managers (alice, @acme/rm)' }] }),
        gate({
          id: 'tests',
          type: 'checks',
          title: 'Tests',
          status: 'pass',
          summary: 'all 3 required checks passed',
        }),
      ]),
      { marker: markerFor('production') },
    );
    expect(md).toContain('<!-- shipgate:checklist env=production -->');
    expect(md).toContain('## 🚫 Deploy to production blocked');
    expect(md).toContain('| ❌ | Rollback plan reviewed | `rollback-plan` | fail | awaiting sign-off |');
    expect(md).toContain('| ✅ | Tests | `tests` | pass | all 3 required checks passed |');
    expect(md).toContain('`/signoff rollback-plan`');
  });

  it('escapes user text so it cannot break the layout, inject HTML or mention anyone', () => {
    const evil =
      '</details><img src=x onerror=alert(1)> @acme/everyone | `code` [x](javascript:alert(1))\n# heading';
    const md = renderChecklist(
      ev([
        gate({
          title: evil,
          summary: evil,
          details: [
            { kind: 'list', items: [evil] },
            { kind: 'table', columns: ['a'], rows: [[evil]] },
            { kind: 'code', text: '```\n' + evil },
          ],
        }),
      ]),
    );
    const withoutCode = md.replace(/(`{3,})text\n[\s\S]*?\n\1/g, '');
    expect(withoutCode).not.toMatch(/<img|<\/details><img|@acme\/everyone/);
    expect(withoutCode.match(/<\/details>/g)?.length).toBe(withoutCode.match(/<details>/g)?.length);
    expect(escapeInline(evil)).not.toMatch(/(^|[^\\])\|/); // every pipe escaped
    expect(escapeInline(evil)).not.toContain('\n');
    expect(codeBlock('````\nx')).toMatch(/^`{5}text\n````\nx\n`{5}$/);
  });

  it('stays under the comment limit, keeping the verdict and every gate line', () => {
    const huge = Array.from({ length: 30 }, (_, i) =>
      gate({ id: `g${i}`, details: [{ kind: 'code', text: 'x'.repeat(5000) }] }),
    );
    const md = renderChecklist(ev(huge));
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (let i = 0; i < 30; i++) expect(md).toContain(`\`g${i}\``);
    expect(md).toContain('too long for a comment');
  });
});

describe('what blocks comes first', () => {
  it('lists each blocking gate on its own line before the table, and blockers before passing rows', () => {
    const md = renderChecklist(
      ev([
        gate({ id: 'tests', type: 'checks', title: 'Tests', status: 'pass', summary: 'ok' }),
        gate({
          id: 'coverage',
          type: 'coverage',
          title: 'Coverage',
          summary: 'coverage report: lines 54.16% < 90%',
        }),
        gate(),
      ]),
    );
    expect(md).toContain(
      '**Blocking** (2):\n- ❌ Coverage (`coverage`): coverage report: lines 54.16% < 90%\n- ❌ Rollback plan reviewed (`rollback-plan`): awaiting sign-off',
    );
    expect(md.indexOf('| ❌ | Coverage')).toBeLessThan(md.indexOf('| ✅ | Tests'));
    expect(md.indexOf('**Blocking**')).toBeLessThan(md.indexOf('| | Gate |'));
  });

  it('names only commands that do something: a failing gate that takes no sign-off gets no /signoff example', () => {
    const md = renderChecklist(
      ev([
        gate({ id: 'window', type: 'window', title: 'Deploy window', summary: 'outside the deploy windows' }),
      ]),
    );
    expect(md).not.toContain('/signoff');
  });

  it('expands group names to who is in them in the command to type', () => {
    const md = renderChecklist(
      ev([
        gate({ unblock: [{ command: '/signoff rollback-plan', who: 'release-managers (alice, @acme/rm)' }] }),
      ]),
    );
    expect(md).toContain(
      '- `/signoff rollback-plan` — release-managers (alice, @\u200bacme/rm) (Rollback plan reviewed)',
    );
  });

  it('does not escape shipgate prose into entities or backslashes, and shows code spans as code', () => {
    const md = renderChecklist(ev([gate({ summary: 'no report: set `report` (54.16% < 90%)' })]));
    expect(md).toContain('no report: set `report` (54.16% < 90%)');
    expect(md).not.toMatch(/&#58;|sign\\-off|54\\\.16|&#96;/);
  });
});

describe('long reasons', () => {
  it('cuts a gate reason to one readable cell, so hundreds of gates still fit', () => {
    const gates = Array.from({ length: 120 }, (_, i) =>
      gate({ id: `g${i}`, summary: `reason ${i} `.repeat(2000) }),
    );
    const md = renderChecklist(ev(gates));
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (let i = 0; i < 120; i++) expect(md).toContain(`| \`g${i}\` | fail | reason ${i} `);
    expect(md).toContain('…');
  });
});

describe('URLs in user text', () => {
  // GFM's literal autolinks run to the next space and swallow backslash escapes, so `\*` inside
  // `https://…` is a live `*` again (found by the render property test, seed -1845936159).
  const render = async (md: string): Promise<string> => {
    const { micromark } = await import('micromark');
    const { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } =
      await import('micromark-extension-gfm-autolink-literal');
    return micromark(md, {
      allowDangerousHtml: true,
      extensions: [gfmAutolinkLiteral()],
      htmlExtensions: [gfmAutolinkLiteralHtml()],
    });
  };
  const hostile = '![i](https://evil.example/i.png)*<';

  it('a title like "![i](https://evil.example/i.png)*<" renders as that text: no emphasis, no image', async () => {
    const md = renderChecklist(ev([gate({ title: hostile, summary: hostile })]), { marker: markerFor('p') });
    const html = await render(md.split('\n').find((l) => l.startsWith('- ❌'))!);
    expect(html).not.toMatch(/<em>|<strong>|<img/);
    expect(html).not.toContain('<a ');
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<');
    expect(text).toContain(`❌ ${hostile} (rollback-plan): ${hostile}`);
  });

  it('keeps a URL with nothing to escape as a clickable link, unescaped', async () => {
    expect(escapeInline('see https://example.com/runs/1 for details')).toBe(
      'see https://example.com/runs/1 for details',
    );
    expect(await render(escapeInline('see https://example.com/runs/1'))).toContain(
      '<a href="https://example.com/runs/1">',
    );
  });
});

describe('white space around code spans', () => {
  it('keeps an invisible U+FEFF after a code span as written, not as a visible space', () => {
    const out = escapeProse('`<`\ufeff<');
    expect(out).toContain('`<`\ufeff');
    expect(out).not.toContain('` ');
    expect(escapeProse('run `npm ci` first')).toBe('run `npm ci` first');
  });
});
