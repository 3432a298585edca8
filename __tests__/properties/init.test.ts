/**
 * Property test for `shipgate init`'s pure part: any checklist built from the phrases its
 * recognisers react to (numbers, URLs, commands, roles, code blocks) gives a config that the
 * config loader accepts, and running init again on its own output changes nothing.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseChecklist } from '../../src/checklist/parse.js';
import { ConfigError, parseConfig } from '../../src/config/load-config.js';
import { GATES } from '../../src/gates/registry.js';
import { codeBlocks } from '../../src/init/code-blocks.js';
import { planInit } from '../../src/init/plan.js';
import { migrationToolOf } from '../../src/init/recognise.js';
import { mergeInto, renderNew } from '../../src/init/write-config.js';

const phrase = fc.constantFrom(
  'All tests passing',
  'coverage 90%+',
  '(100%)',
  'branch coverage >= 180%',
  'no critical vulnerabilities',
  'npm audit',
  'migrations applied',
  'pending migrations',
  'Code freeze 2026-12-20 to 2027-01-04',
  '2027-13-45 to 2027-14-01',
  'maintenance window Sat 22:00-02:00 UTC',
  'Mon-Fri 25:00-26:99',
  'Europe/Nowhere',
  'health check https://app.example.com/health returns 200',
  'https://',
  'http://x',
  'response time < 500ms (p95)',
  '< 0ms',
  '`npm run lint`',
  '`rm -rf /`',
  '`npx tsc --noEmit`',
  'Development Lead: ____ Date: ___',
  'Approved by the Security Officer',
  'QA lead sign-off',
  'Release Managers: ____',
  'PR approved by 99 reviewers',
  'environment variables set',
  'DNS for app.example.com configured',
  'DNS for -bad-.com',
  'Security scanning completed',
  'backup verified',
  'Error rate < 1%',
  'TypeScript compilation errors resolved',
  'RLS policies reviewed',
  '✅',
  'ðŸš€',
  '**x**',
  '',
  'prisma migrate',
  'knex migrate',
  '/api/health',
);
const text = fc.array(phrase, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ').trim() || 'item');
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.tuple(fc.constantFrom('- [ ] ', '  - [ ] ', '- [x] '), text).map(([m, t]) => m + t),
  fc.constantFrom(
    '```bash\nnpm test\nnpx eslint .\n```',
    '```bash\nnpx prisma migrate deploy\n```',
    '```\nDATABASE_URL="your-url"\n# Optional\nREDIS_URL=x\n```',
    '```\nlowercase=1\n1BAD=2\n```',
    '## Emergency Contacts',
    '## Notes',
    '## Post-Deployment',
  ),
);
const markdown = fc
  .array(block, { minLength: 1, maxLength: 25 })
  .map((b) => `# Checklist\n${b.join('\n')}\n- [ ] last item\n`);

const types = new Set<string>(Object.keys(GATES));
function run(md: string) {
  const checklist = parseChecklist(md);
  const plan = planInit({
    from: 'docs/DEPLOY.md',
    checklist,
    lines: md.split('\n'),
    fileCode: codeBlocks(md, checklist.headings),
    migrationTool: migrationToolOf(md),
    types,
    org: 'acme',
    validGate: (id, gate, groups) => {
      try {
        parseConfig(stringify({ version: 1, groups, gates: { [id]: gate } }), 'proposal');
        return null;
      } catch (e) {
        if (e instanceof ConfigError) return e.message;
        throw e;
      }
    },
  });
  return { checklist, plan };
}

describe('shipgate init on any checklist', () => {
  it('writes a config the loader accepts, and a second run on it changes nothing', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        const { checklist, plan } = run(md);
        const text = renderNew(plan);
        expect(() => parseConfig(text, 'shipgate.yml')).not.toThrow();
        const again = mergeInto(text, 'shipgate.yml', plan, checklist);
        expect(again).toEqual({ ok: true, text, changes: [] });
      }),
      { numRuns: 150 },
    );
  });
});
