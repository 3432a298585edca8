import { describe, expect, it } from '@jest/globals';
import { escapeInline, codeBlock } from '../../src/report/escape.js';
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
const ev = (gates: GateResult[]): Evaluation => ({ environment: 'production', allowed: false, sha: 'abcdef1234567890', pr: 42, gates });

describe('checklist rendering', () => {
  it('shows the verdict, one line per gate and how to sign off', () => {
    const md = renderChecklist(ev([gate(), gate({ id: 'tests', type: 'checks', title: 'Tests', status: 'pass', summary: 'all 3 required checks passed' })]), { marker: markerFor('production') });
    expect(md).toContain('<!-- shipgate:checklist env=production -->');
    expect(md).toContain('## 🚫 Deploy to production blocked');
    expect(md).toContain('| ❌ | Rollback plan reviewed | `rollback-plan` | fail | awaiting sign\\-off |');
    expect(md).toContain('| ✅ | Tests | `tests` | pass | all 3 required checks passed |');
    expect(md).toContain('`/signoff rollback-plan`');
  });

  it('escapes user text so it cannot break the layout, inject HTML or mention anyone', () => {
    const evil = '</details><img src=x onerror=alert(1)> @acme/everyone | `code` [x](javascript:alert(1))\n# heading';
    const md = renderChecklist(ev([gate({ title: evil, summary: evil, details: [{ kind: 'list', items: [evil] }, { kind: 'table', columns: ['a'], rows: [[evil]] }, { kind: 'code', text: '```\n' + evil }] })]));
    const withoutCode = md.replace(/(`{3,})text\n[\s\S]*?\n\1/g, '');
    expect(withoutCode).not.toMatch(/<img|<\/details><img|@acme\/everyone/);
    expect(withoutCode.match(/<\/details>/g)?.length).toBe(withoutCode.match(/<details>/g)?.length);
    expect(escapeInline(evil)).not.toContain('|');
    expect(escapeInline(evil)).not.toContain('\n');
    expect(codeBlock('````\nx')).toMatch(/^`{5}text\n````\nx\n`{5}$/);
  });

  it('stays under the comment limit, keeping the verdict and every gate line', () => {
    const huge = Array.from({ length: 30 }, (_, i) => gate({ id: `g${i}`, details: [{ kind: 'code', text: 'x'.repeat(5000) }] }));
    const md = renderChecklist(ev(huge));
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (let i = 0; i < 30; i++) expect(md).toContain(`\`g${i}\``);
    expect(md).toContain('too long for a comment');
  });
});

describe('long reasons', () => {
  it('cuts a gate reason to one readable cell, so hundreds of gates still fit', () => {
    const gates = Array.from({ length: 120 }, (_, i) => gate({ id: `g${i}`, summary: `reason ${i} `.repeat(2000) }));
    const md = renderChecklist(ev(gates));
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (let i = 0; i < 120; i++) expect(md).toContain(`| \`g${i}\` | fail | reason ${i} `);
    expect(md).toContain('…');
  });
});
