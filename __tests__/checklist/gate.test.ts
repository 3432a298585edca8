import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { checklistData } from '../../src/gates/checklist-types.js';
import { evaluateChecklist, type ChecklistConfig } from '../../src/gates/checklist.js';
import type { CommentFact, GateResult } from '../../src/gates/types.js';
import { comment, ctx, pr } from '../helpers/facts.js';

const FILE = [
  '# Release',
  '## Security Measures',
  '- [ ] Pen test passed',
  '- [x] Secrets rotated',
  '## 1. Database Setup ✅',
  '- [ ] Migrations reviewed',
  '- [ ] Backups verified',
  '### RLS',
  '- [ ] Policies reviewed',
  '## Final Verification',
  '- [ ] All tests passing',
  '## Emergency Contacts',
  '- [ ] Call Bob',
].join('\n');

const config: ChecklistConfig = {
  type: 'checklist',
  file: 'docs/CHECKLIST.md',
  signoff: {
    'security-measures': ['@acme/security'],
    '1-database-setup': ['dba'],
    rls: ['rita'],
    '*': ['release-managers'],
  },
  link: { 'final-verification/all-tests-passing': 'tests' },
  skip: ['emergency-contacts'],
};
const groups = { dba: ['dave', 'dora'], 'release-managers': ['rm-rick'] };
const teams = { 'acme/security': { members: ['sec-sam'] } };
const facts = { file: 'docs/CHECKLIST.md', source: 'docs/CHECKLIST.md at main', text: FILE };
const linked = { tests: { status: 'pass' as const, summary: '4/4 required checks passed', title: 'Tests' } };

function run(
  comments: CommentFact[],
  over: Partial<ChecklistConfig> = {},
  extra: Record<string, unknown> = {},
) {
  const outcome = evaluateChecklist({ ...config, ...over }, facts, {
    ...ctx({ groups, teams, pr: pr({ comments }) }),
    linked,
    ...extra,
  });
  const result = {
    ...outcome,
    id: 'readiness',
    type: 'checklist',
    title: 'Readiness',
    required: true,
  } as GateResult;
  const data = checklistData(result);
  const status = (id: string) => data?.items.find((i) => i.id === id)?.status;
  return { outcome, data, status };
}

describe('checklist gate', () => {
  it('fails while items await sign-off and lists every item with its owners', () => {
    const { outcome, data, status } = run([]);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 of 6 items done; 5 await sign-off');
    expect(data?.items.map((i) => i.id)).toEqual([
      'security-measures/pen-test-passed',
      'security-measures/secrets-rotated',
      '1-database-setup/migrations-reviewed',
      '1-database-setup/backups-verified',
      'rls/policies-reviewed',
      'final-verification/all-tests-passing',
    ]);
    expect(status('final-verification/all-tests-passing')).toBe('pass');
    expect(data?.items[2]).toMatchObject({
      owners: ['dba'],
      who: ['dave', 'dora'],
      status: 'pending',
      reason: 'awaiting sign-off from dba',
    });
    expect(data?.items[4]?.owners).toEqual(['rita']); // most specific heading wins over its parent's
  });

  it('signs every item under a heading the signer may sign, several ids on a line, and passes when all are done', () => {
    const comments = [
      comment('dave', '/signoff 1-database-setup'),
      comment('sec-sam', '/signoff security-measures/pen-test-passed security-measures/secrets-rotated'),
      comment('rita', '/na rls not using row level security yet'),
    ];
    const { outcome, data, status } = run(comments);
    expect(status('1-database-setup/migrations-reviewed')).toBe('pass');
    expect(status('rls/policies-reviewed')).toBe('na');
    expect(data?.items.find((i) => i.id === 'rls/policies-reviewed')).toMatchObject({
      by: 'rita',
      reason: 'not using row level security yet',
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('all 6 items done: 4 signed off, 1 not applicable, 1 checked by gates');
    expect(data?.items[0]).toMatchObject({ by: 'sec-sam', at: '2026-11-20T11:00:00Z', gate: null });
  });

  it('does not let a heading sign-off reach items owned by someone else', () => {
    // dave (dba) signs the whole database heading: RLS below it belongs to rita.
    const { status, data } = run([comment('dave', '/signoff 1-database-setup rls')]);
    expect(status('1-database-setup/backups-verified')).toBe('pass');
    expect(status('rls/policies-reviewed')).toBe('pending');
    expect(data?.notices).toEqual([
      expect.objectContaining({
        login: 'dave',
        message: expect.stringContaining('dave may not sign off any item under it (allowed: rita)'),
      }),
    ]);
  });

  it.each([
    ['the PR author', comment('dev-dana', '/signoff 1-database-setup'), 'the PR author cannot sign off'],
    ['a bot', comment('ci[bot]', '/signoff 1-database-setup'), 'bots cannot sign off'],
    [
      'an edited comment',
      comment('dave', '/signoff 1-database-setup', {
        lastEditedAt: '2026-11-20T12:00:00Z',
        editor: 'mallory',
      }),
      'edited by mallory',
    ],
    [
      'a sign-off before the latest push',
      comment('dave', '/signoff 1-database-setup', { createdAt: '2026-11-20T09:00:00Z' }),
      'before the latest push',
    ],
    [
      'someone not allowed',
      comment('mallory', '/signoff 1-database-setup'),
      'mallory may not sign off any item under it (allowed: dba; rita)',
    ],
    ['a /na without a reason', comment('dave', '/na 1-database-setup'), 'a reason is required'],
  ])('ignores %s and says why', (_what, c, message) => {
    const { status, data } = run([c]);
    expect(status('1-database-setup/migrations-reviewed')).toBe('pending');
    expect(data?.notices[0]?.message).toContain(message);
  });

  it('keeps stale sign-offs with dismiss-stale: false', () => {
    const { status } = run(
      [comment('dave', '/signoff 1-database-setup', { createdAt: '2026-11-20T09:00:00Z' })],
      { 'dismiss-stale': false },
    );
    expect(status('1-database-setup/migrations-reviewed')).toBe('pass');
  });

  it('withdraws a sign-off with /signoff revoke, item by item', () => {
    const comments = [
      comment('dave', '/signoff 1-database-setup'),
      comment('dave', '/signoff revoke 1-database-setup/backups-verified', {
        createdAt: '2026-11-20T12:00:00Z',
      }),
    ];
    const { status } = run(comments);
    expect(status('1-database-setup/migrations-reviewed')).toBe('pass');
    expect(status('1-database-setup/backups-verified')).toBe('pending');
  });

  it('takes a linked item from its gate and does not let a person sign it', () => {
    const failing = {
      tests: { status: 'fail' as const, summary: '1 of 4 checks failed: build', title: 'Tests' },
    };
    const { outcome, data, status } = run(
      [comment('rm-rick', '/signoff final-verification/all-tests-passing')],
      {},
      { linked: failing },
    );
    expect(status('final-verification/all-tests-passing')).toBe('fail');
    expect(data?.items.find((i) => i.gate)).toMatchObject({
      gate: 'tests',
      reason: '1 of 4 checks failed: build',
    });
    expect(data?.notices[0]?.message).toContain('checked by gate `tests`, not by sign-off');
    expect(outcome.summary).toContain('1 failed its gate');
  });

  it('is an error naming the key and a did-you-mean when signoff, link or skip names no heading or item', () => {
    const bad = (over: Partial<ChecklistConfig>) => run([], over).outcome;
    expect(bad({ signoff: { 'database-setup': ['dba'], '*': ['x'] } })).toMatchObject({
      status: 'error',
      summary:
        'signoff: "database-setup" names no heading or item of docs/CHECKLIST.md (did you mean "1-database-setup"?)',
    });
    expect(bad({ link: { 'final-verification/all-test-passing': 'tests' } }).summary).toContain(
      '(did you mean "final-verification/all-tests-passing"?)',
    );
    expect(bad({ skip: ['emergency-contact'] }).summary).toContain('did you mean "emergency-contacts"');
  });

  it('accepts a heading slug written with single hyphens for a GitHub double-hyphen slug', () => {
    const text = '## Monitoring & Observability\n- [ ] Alerts\n';
    const outcome = evaluateChecklist(
      { type: 'checklist', file: 'c.md', signoff: { 'monitoring-observability': ['amy'] } },
      { file: 'c.md', source: 'c.md', text },
      ctx({ pr: pr({ comments: [comment('amy', '/signoff monitoring-observability')] }) }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('is an error when an item has nobody to sign it off', () => {
    expect(run([], { signoff: { 'security-measures': ['x'] } }).outcome).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('nobody may sign off 3 item(s)'),
    });
  });

  it('is an error when a team that could allow the signer cannot be read', () => {
    const outcome = evaluateChecklist(config, facts, {
      ...ctx({
        groups,
        teams: { 'acme/security': { error: 'missing members: read' } },
        pr: pr({ comments: [comment('sec-sam', '/signoff security-measures')] }),
      }),
      linked,
    });
    expect(outcome.status).toBe('error');
  });

  it('is an error with the position when the file has a problem', () => {
    const outcome = evaluateChecklist(
      config,
      { ...facts, text: '## Sec\n- [ ] x <!-- id: a -->\n- [ ] y <!-- id: a -->\n' },
      ctx(),
    );
    expect(outcome).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('line 3, column 1: the id "a" is already used'),
    });
  });

  it('is pending in the CLI, where there is no PR, saying sign-off happens on the PR', () => {
    const outcome = evaluateChecklist(config, facts, { ...ctx({ groups, mode: 'cli', pr: null }), linked });
    expect(outcome.status).toBe('pending');
    expect(outcome.summary).toBe('1 of 6 items done; 5 await sign-off on the pull request');
  });

  it('reads all 131 items of the clinic checklist, skipping contacts and sign-off lines', () => {
    const text = readFileSync(new URL('../fixtures/checklists/clinic-platform.md', import.meta.url), 'utf8');
    const outcome = evaluateChecklist(
      {
        type: 'checklist',
        file: 'c.md',
        signoff: { '*': ['rm'] },
        skip: ['sign-offs', 'emergency-contacts'],
      },
      { file: 'c.md', source: 'c.md', text },
      ctx(),
    );
    expect(outcome.summary).toBe('0 of 124 items done; 124 await sign-off');
  });
});
