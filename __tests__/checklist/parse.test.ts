import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseChecklist, repairMojibake, slugify } from '../../src/checklist/parse.js';

const real = (name: string): string =>
  readFileSync(new URL(`../fixtures/checklists/${name}.md`, import.meta.url), 'utf8');
const ids = (md: string): string[] => parseChecklist(md).items.map((i) => i.id);

describe('parseChecklist on the real checklists', () => {
  it.each([
    ['persistence-system', 93],
    ['clinic-platform', 131],
    ['prismai-platform', 109],
  ])('reads every task item of %s (%i) with no problems and unique ids', (name, count) => {
    const parsed = parseChecklist(real(name));
    expect(parsed.problems).toEqual([]);
    expect(parsed.items).toHaveLength(count);
    expect(new Set(parsed.items.map((i) => i.id)).size).toBe(count);
  });

  it('gives mojibake emoji headings the slug of their words and shows the repaired emoji', () => {
    const parsed = parseChecklist(real('prismai-platform'));
    const bySlug = new Map(parsed.headings.map((h) => [h.slug, h]));
    expect(bySlug.get('pre-deployment-phase')?.text).toBe('🚀 Pre-Deployment Phase');
    expect(bySlug.get('environment--configuration')?.text).toBe('✅ Environment & Configuration');
    // 🏗️ lost its 0x8F bytes on the way (Windows-1252 has no character there): dropped, not shown as letters.
    expect(bySlug.get('deployment-phase')?.text).toBe('Deployment Phase');
    expect(bySlug.get('environment--configuration')?.path).toEqual([
      'prismai-production-deployment-checklist',
      'pre-deployment-phase',
    ]);
    expect(parsed.items[0]).toMatchObject({
      id: 'environment--configuration/environment-variables-validated-and-secured',
      heading: 'environment--configuration',
      text: 'Environment variables validated and secured',
      line: 6,
      explicitId: false,
    });
  });

  it('slugs numbered headings and attaches their code blocks', () => {
    const parsed = parseChecklist(real('persistence-system'));
    expect(parsed.headings.map((h) => h.slug)).toEqual(
      expect.arrayContaining(['1-database-setup', 'core-components', 'security-measures']),
    );
    expect(parsed.headings.find((h) => h.slug === 'core-components')?.anchor).toBe('âœ-core-components');
    expect(ids(real('persistence-system'))).toContain('security-measures/sql-injection-prevention');
  });

  it('names nested items after their parent item', () => {
    const parsed = parseChecklist(real('clinic-platform'));
    const child = parsed.items.find((i) => i.text === 'Email provider (Resend)');
    expect(child).toMatchObject({
      id: 'compliance-hipaa-for-healthcare/business-associate-agreements-baas-signed-with/email-provider-resend',
      parent: 'compliance-hipaa-for-healthcare/business-associate-agreements-baas-signed-with',
      heading: 'compliance-hipaa-for-healthcare',
    });
  });
});

describe('slugify', () => {
  it.each([
    ['1. Database Setup ✅', '1-database-setup'],
    ['### Security Measures', 'security-measures'],
    ['Monitoring & Observability', 'monitoring--observability'],
    ['âœ… Core Components', 'core-components'],
    ['ðŸš€ Pre-Deployment Phase', 'pre-deployment-phase'],
    ['Café crème', 'café-crème'],
    ['Post-Deployment (T+1 hour)', 'post-deployment-t1-hour'],
    ['snake_case and-dash', 'snake_case-and-dash'],
    ['🚀', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('leaves ordinary accented text alone when repairing mojibake', () => {
    expect(repairMojibake('naïve café Größe Ångström')).toBe('naïve café Größe Ångström');
    expect(repairMojibake('Ã©tÃ©')).toBe('été');
  });
});

describe('parseChecklist rules', () => {
  it('ignores ticks: a ticked item has the same id as an unticked one', () => {
    expect(ids('## A\n- [x] Done thing\n- [X] Other\n')).toEqual(
      ids('## A\n- [ ] Done thing\n- [ ] Other\n'),
    );
  });

  it('does not read task lines inside code blocks, HTML, comments or tables, nor plain bullets', () => {
    const md = [
      '## Steps',
      '```md',
      '- [ ] in a fence',
      '```',
      '',
      '    - [ ] indented code',
      '',
      '<!--',
      '- [ ] commented out',
      '-->',
      '',
      '<div>',
      '- [ ] inside an HTML block',
      '</div>',
      '',
      '| a | b |',
      '|---|---|',
      '| - [ ] in a table | x |',
      '',
      '- plain bullet',
      '1. numbered step',
      '- [ ] Real item',
    ].join('\n');
    expect(ids(md)).toEqual(['steps/real-item']);
  });

  it('numbers duplicate headings and items like GitHub', () => {
    const md = '## Database\n- [ ] Check\n- [ ] Check\n- [ ] Check\n## Database\n- [ ] Check\n';
    expect(ids(md)).toEqual(['database/check', 'database/check-1', 'database/check-2', 'database-1/check']);
  });

  it('uses an explicit id after the item text and keeps it when the text changes', () => {
    const a = parseChecklist('## Security\n- [ ] Pen test passed <!-- id: pentest -->\n');
    const b = parseChecklist('## Security\n- [ ] External penetration test passed <!-- id: pentest -->\n');
    expect(a.items[0]).toMatchObject({
      id: 'pentest',
      text: 'Pen test passed',
      explicitId: true,
      heading: 'security',
    });
    expect(b.items[0]?.id).toBe('pentest');
  });

  it('gives a changed item text a new id', () => {
    expect(ids('## S\n- [ ] Pen test passed\n')).not.toEqual(ids('## S\n- [ ] Pen test failed\n'));
  });

  it('reports a duplicate or malformed explicit id at its position', () => {
    const dup = parseChecklist('## S\n- [ ] One <!-- id: x -->\n- [ ] Two <!-- id: x -->\n');
    expect(dup.problems).toEqual([
      { line: 3, column: 1, message: expect.stringContaining('"x" is already used by the item on line 2') },
    ]);
    expect(new Set(dup.items.map((i) => i.id)).size).toBe(2);
    const bad = parseChecklist('## S\n- [ ] One <!-- id: Not Valid! -->\n');
    expect(bad.problems).toEqual([]); // "Not" then spaces: not an id comment at all
    const bad2 = parseChecklist('## S\n- [ ] One <!-- id: a..b -->\n');
    expect(bad2.problems).toEqual([
      { line: 2, column: 11, message: expect.stringContaining('"a..b" may only use') },
    ]);
    expect(bad2.items[0]?.id).toBe('s/one');
  });

  it('attaches code blocks inside an item and right after its list', () => {
    const md =
      '## Deploy\n- [ ] Run migrations\n  ```sh\n  npx prisma migrate deploy\n  ```\n- [ ] Smoke test\n\n```sh\ncurl -f https://x/health\n```\n';
    const items = parseChecklist(md).items;
    expect(items[0]?.code).toEqual(['npx prisma migrate deploy']);
    expect(items[1]?.code).toEqual(['curl -f https://x/health']);
  });

  it('reads items before the first heading and inside block quotes', () => {
    expect(ids('- [ ] Top\n\n> - [ ] Quoted\n\n# T\n- [ ] Under')).toEqual(['top', 'quoted', 't/under']);
  });

  it('keeps Markdown out of the item text and the id comment out of the text', () => {
    const item = parseChecklist(
      '# H\n- [ ] **All** tests `npm test` [passing](https://x) <!-- id: tests -->\n',
    ).items[0];
    expect(item).toMatchObject({ text: 'All tests npm test passing', id: 'tests' });
  });

  it('reports Markdown nested too deeply to read as a positioned problem instead of crashing', () => {
    const parsed = parseChecklist('# H\n- [ ] shallow\n\n' + '> '.repeat(1500) + '- [ ] deep\n');
    expect(parsed.items.map((i) => i.id)).toEqual(['h/shallow']);
    expect(parsed.problems).toEqual([
      {
        line: 4,
        column: expect.any(Number),
        message: expect.stringContaining('nested more than 200 levels'),
      },
    ]);
  });
});
