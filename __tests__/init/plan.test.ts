import { describe, expect, it } from '@jest/globals';
import { parseChecklist } from '../../src/checklist/parse.js';
import { planInit, type InitInput } from '../../src/init/plan.js';
import { mergeInto, renderNew } from '../../src/init/write-config.js';

const TYPES = new Set([
  'checks',
  'approvals',
  'manual',
  'coverage',
  'audit',
  'migrations',
  'window',
  'http',
  'command',
  'checklist',
]);

function plan(markdown: string, extra: Partial<InitInput> = {}) {
  const checklist = parseChecklist(markdown);
  return {
    checklist,
    plan: planInit({
      from: 'DEPLOY.md',
      checklist,
      lines: markdown.split('\n'),
      fileCode: [],
      types: TYPES,
      org: 'acme',
      validGate: () => null,
      ...extra,
    }),
  };
}

describe('planInit', () => {
  it('does not link an item whose id is too long for the config to name: it stays a sign-off item with a hint', () => {
    const long = `All tests passing ${'and the release notes are reviewed '.repeat(10)}`.trim();
    const { checklist, plan: p } = plan(`## Final\n- [ ] ${long}\n`);
    const id = checklist.items[0]!.id;
    expect(id.length).toBeGreaterThan(300);
    expect(p.links.has(id)).toBe(false);
    expect(p.hints.map((h) => h.hint.note)).toEqual([expect.stringContaining('<!-- id: … -->')]);
    expect(renderNew(p)).not.toContain(id);
  });

  it('drops a proposed gate that does not validate: the item stays a sign-off item, and init says why', () => {
    const { plan: p } = plan('## Final\n- [ ] All tests passing\n', {
      validGate: (_id, gate) => (gate.type === 'checks' ? 'require: must not be empty' : null),
    });
    expect(p.gates.size).toBe(0);
    expect(p.links.size).toBe(0);
    expect(p.dropped).toEqual([
      expect.objectContaining({ type: 'checks', problem: 'require: must not be empty' }),
    ]);
  });

  it('two items that propose the same gate share it; gate ids never equal a heading slug', () => {
    const { plan: p } = plan('## Tests\n- [ ] All tests passing\n## Final\n- [ ] CI is green\n');
    expect([...p.gates.keys()]).toEqual(['tests-gate']);
    expect(Object.fromEntries(p.links)).toEqual({
      'tests/all-tests-passing': 'tests-gate',
      'final/ci-is-green': 'tests-gate',
    });
  });

  it('skips contact and notes headings and flags the headings that can only be done after the deploy', () => {
    const { plan: p } = plan(
      '## Go live\n- [ ] Deploy\n## Post-Deployment\n- [ ] Smoke checked\n- [ ] Users told\n## 📞 Emergency Contacts\n- [ ] Call Bob\n## Notes\n- x\n',
    );
    expect(p.skip).toEqual(['emergency-contacts', 'notes']);
    expect(p.skippedItems).toBe(1);
    expect(p.afterDeploy.map((a) => [a.heading.slug, a.items])).toEqual([['post-deployment', 2]]);
    expect(p.checklistGate).toEqual({
      type: 'checklist',
      title: 'Deployment checklist',
      file: 'DEPLOY.md',
      signoff: { '*': ['release-managers'] },
      skip: ['emergency-contacts', 'notes'],
      'dismiss-stale': true,
    });
  });

  it('a placeholder team per group, in the repository owner organisation', () => {
    const { plan: p } = plan('## Sign-offs\n- [ ] QA Lead: ______ Date: ____\n');
    expect(Object.fromEntries(p.groups)).toEqual({
      'release-managers': ['@acme/release-managers'],
      'qa-lead': ['@acme/qa-lead'],
    });
    expect(renderNew(p)).toContain('qa-lead: [ "@acme/qa-lead" ] # fill in: who signs off as qa lead');
  });
});

describe('mergeInto', () => {
  it('adds nothing and changes nothing when run on its own output', () => {
    const { plan: p, checklist } = plan('## Final\n- [ ] All tests passing\n- [ ] Coverage 80%+\n');
    const text = renderNew(p);
    const merged = mergeInto(text, 'c.yml', p, checklist);
    expect(merged).toEqual({ ok: true, text, changes: [] });
  });
});
