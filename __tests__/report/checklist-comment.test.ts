import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { evaluateChecklist, type ChecklistConfig } from '../../src/gates/checklist.js';
import type { CommentFact, Evaluation, GateResult } from '../../src/gates/types.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, renderChecklist } from '../../src/report/markdown.js';
import { comment, ctx, pr } from '../helpers/facts.js';

/** A checklist of `sections` × `headings` × `items`, with realistic (long-ish) item texts. */
function checklist(sections: number, headings: number, items: number): string {
  const out = ['# Production Deployment Checklist'];
  for (let s = 0; s < sections; s++) {
    out.push(
      '',
      `## Phase ${s + 1}: ${['Pre-Deployment', 'Deployment', 'Post-Deployment', 'Rollback'][s % 4]}`,
    );
    for (let h = 0; h < headings; h++) {
      out.push('', `### ✅ Area ${s + 1}.${h + 1} & Operations`);
      for (let i = 0; i < items; i++)
        out.push(`- [ ] Item ${i + 1} of area ${s + 1}.${h + 1} reviewed and verified (owner confirms)`);
    }
  }
  return out.join('\n');
}

const groups = { dba: ['dave', '@acme/dba'], 'release-managers': ['rick', 'rita'] };
function evaluate(
  text: string,
  comments: CommentFact[] = [],
  over: Partial<ChecklistConfig> = {},
): Evaluation {
  const config: ChecklistConfig = {
    type: 'checklist',
    file: 'docs/DEPLOYMENT_CHECKLIST.md',
    signoff: { 'area-11--operations': ['dba'], '*': ['release-managers'] },
    ...over,
  };
  const outcome = evaluateChecklist(
    config,
    {
      file: config.file,
      source: 'x',
      text,
      url: 'https://github.com/acme/shop/blob/0123456789abcdef/docs/DEPLOYMENT_CHECKLIST.md',
    },
    ctx({ gateId: 'readiness', groups, teams: { 'acme/dba': { members: ['dina'] } }, pr: pr({ comments }) }),
  );
  const gate = {
    ...outcome,
    id: 'readiness',
    type: 'checklist',
    title: 'Deployment readiness',
    required: true,
  } as GateResult;
  const tests: GateResult = {
    id: 'tests',
    type: 'checks',
    title: 'Tests',
    required: true,
    status: 'pass',
    summary: 'all 4 required checks passed',
  };
  return {
    environment: 'production',
    allowed: outcome.status === 'pass',
    sha: 'abcdef1234567890',
    pr: 42,
    gates: [tests, gate],
  };
}

describe('the checklist comment at checklist scale', () => {
  it('carries a 150-item checklist with every item, the verdict and what to type first', () => {
    const ev = evaluate(checklist(3, 5, 10), [comment('rick', '/signoff area-12--operations')]);
    const md = renderChecklist(ev);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.length).toBeLessThan(40_000); // room to spare for the other parts of the comment
    for (let s = 1; s <= 3; s++)
      for (let h = 1; h <= 5; h++)
        for (let i = 1; i <= 10; i++) expect(md).toContain(`Item ${i} of area ${s}.${h} reviewed`);
    // Verdict, then what blocks, then the exact commands, then the table and the checklist.
    const order = [
      '## 🚫 Deploy to production blocked',
      '**Blocking** (1):',
      '**To sign off**',
      '| | Gate |',
      '### 📋 Deployment readiness: 10 of 150 items done',
    ];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain(
      '- `/signoff area-11--operations` — dba (dave, @\u200bacme/dba): 10 items under Area 1.1 & Operations (Deployment readiness)',
    );
    expect(md).toContain(
      '- `/signoff production-deployment-checklist` — release-managers (rick, rita): 130 items under Production Deployment Checklist',
    );
    // One line per heading: open ones say how many await whom and what to type; complete ones are collapsed.
    expect(md).toContain(
      '⏳ Area 1.1 & Operations — 10 of 10 awaiting dba (dave, @\u200bacme/dba): `/signoff area-11--operations`',
    );
    expect(md).toContain('<details><summary>✅ Area 1.2 & Operations — 10/10 signed off by rick</summary>');
    expect(md).toContain('#### Phase 2: Deployment');
  });

  it('keeps a 600-item checklist within 65,536 characters, every heading line kept, and the job summary has every item', () => {
    const ev = evaluate(checklist(4, 10, 15), [
      comment('rick', '/signoff phase-2-deployment'),
      comment('dave', '/signoff area-11--operations'),
    ]);
    const md = renderChecklist(ev);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (let s = 1; s <= 4; s++) for (let h = 1; h <= 10; h++) expect(md).toContain(`Area ${s}.${h} &`);
    expect(md).toContain('### 📋 Deployment readiness: 165 of 600 items done');
    expect(md).toContain('`/signoff area-34--operations`');
    const summary = renderChecklist(ev, { limit: SUMMARY_LIMIT });
    for (let s = 1; s <= 4; s++)
      for (let h = 1; h <= 10; h++)
        for (let i = 1; i <= 15; i++) expect(summary).toContain(`Item ${i} of area ${s}.${h} reviewed`);
    expect(md).toContain('the job summary of the run lists every item');
    // Shortened, not emptied: the open items are still listed (without their ids).
    expect(md).toContain('- ⏳ Item 15 of area 4.10 reviewed and verified (owner confirms)');
  });

  it('shows the real clinic checklist with its headings, not-applicable reasons and ignored sign-offs', () => {
    const text = readFileSync(new URL('../fixtures/checklists/clinic-platform.md', import.meta.url), 'utf8');
    const comments = [
      comment('rick', '/signoff pre-deployment-checklist'),
      comment(
        'rick',
        '/na compliance-hipaa-for-healthcare/business-associate-agreements-baas-signed-with/ai-provider-if-applicable no AI provider in this release',
      ),
      comment('mallory', '/signoff database'),
    ];
    const ev = evaluate(text, comments, {
      signoff: { database: ['dba'], '*': ['release-managers'] },
      skip: ['sign-offs', 'emergency-contacts'],
    });
    const md = renderChecklist(ev);
    expect(md).toContain('⏳ Database — 7 of 7 awaiting dba (dave, @\u200bacme/dba): `/signoff database`');
    expect(md).toContain('➖ AI provider (if applicable) — not applicable, [rick, 2026-11-20 11:00 UTC]');
    expect(md).toContain(': no AI provider in this release');
    expect(md).toContain(
      'by mallory: ignored for `database`: mallory may not sign off any item under it (allowed: dba)',
    );
    expect(md).toContain('✅ Security — 9/9 signed off by rick');
    expect(md).toContain('| not applicable | `readiness` |');
  });
});
