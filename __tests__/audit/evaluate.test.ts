import { describe, expect, it } from '@jest/globals';
import type { AuditGate } from '../../src/config/schema-types.generated.js';
import { evaluateAudit, explainAudit, type AuditFacts, type AuditFinding } from '../../src/gates/audit.js';
import type { Detail, EvalContext } from '../../src/gates/types.js';

function ctx(now: string): EvalContext {
  return { gateId: 'audit', now: new Date(now), mode: 'cli', pr: null, groups: {}, teams: {} };
}

function finding(over: Partial<AuditFinding> & Pick<AuditFinding, 'id' | 'severity'>): AuditFinding {
  return { aliases: [], package: 'pkg', ecosystem: 'npm', reports: ['audit.json'], ...over };
}

const QS = finding({
  id: 'GHSA-hrpp-h998-j3pp',
  aliases: ['CVE-2022-24999', '1094102'],
  package: 'qs',
  severity: 'high',
  range: '>=6.10.0 <6.10.3',
  fixedIn: '>=6.10.3',
  url: 'https://github.com/advisories/GHSA-hrpp-h998-j3pp',
  title: 'qs vulnerable to Prototype Pollution',
});
const OPEN = finding({
  id: 'GHSA-28xh-wpgr-7fm8',
  aliases: ['1066786'],
  package: 'open',
  severity: 'critical',
  fixAvailable: false,
  url: 'https://github.com/advisories/GHSA-28xh-wpgr-7fm8',
});
const LOW = finding({ id: 'GHSA-aaaa-bbbb-cccc', package: 'minimist', severity: 'low' });
const MOD = finding({ id: 'CVE-2099-0001', package: 'example', severity: 'moderate' });

function facts(...findings: AuditFinding[]): AuditFacts {
  return { reports: [{ path: 'audit.json', format: 'npm-7', findings: findings.length }], findings };
}

const gate = (over: Partial<AuditGate> = {}): AuditGate => ({ type: 'audit', report: 'audit.json', ...over });
const NOW = '2026-06-15T12:00:00Z';

function texts(details: Detail[] | undefined): string[] {
  return (details ?? []).flatMap((d) =>
    d.kind === 'text' || d.kind === 'code'
      ? [d.text]
      : d.kind === 'list'
        ? d.items.map((i) => (typeof i === 'string' ? i : i.text))
        : [],
  );
}

function tables(details: Detail[] | undefined) {
  return (details ?? []).filter((d): d is Extract<Detail, { kind: 'table' }> => d.kind === 'table');
}

describe('limits', () => {
  it('passes a clean report', () => {
    const out = evaluateAudit(gate(), facts(), ctx(NOW));
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('No known advisories in 1 audit report');
  });

  it('blocks on one high advisory by default, but not on moderate and low ones', () => {
    expect(evaluateAudit(gate(), facts(MOD, LOW), ctx(NOW))).toMatchObject({
      status: 'pass',
      summary: 'No advisories over the limits (2 within the limits)',
    });
    const out = evaluateAudit(gate(), facts(QS, MOD), ctx(NOW));
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('1 advisory over the limit: 1 high (max 0)');
  });

  it('keeps the default critical 0 and high 0 when max sets only other severities', () => {
    const out = evaluateAudit(gate({ max: { moderate: 0 } }), facts(OPEN, MOD), ctx(NOW));
    expect(out.summary).toBe('2 advisories over the limit: 1 critical (max 0), 1 moderate (max 0)');
  });

  it('allows as many as max says', () => {
    expect(evaluateAudit(gate({ max: { high: 1 } }), facts(QS), ctx(NOW)).status).toBe('pass');
    expect(evaluateAudit(gate({ max: { low: 0 } }), facts(LOW), ctx(NOW)).status).toBe('fail');
  });

  it('lists blocking advisories highest severity first with package, fix and link, and counts vs max', () => {
    const out = evaluateAudit(gate(), facts(QS, LOW, OPEN), ctx(NOW));
    const [countTable, blocking] = tables(out.details);
    expect(countTable!.columns).toEqual(['Severity', 'Found', 'Allowed', 'Counted', 'Max', 'Result']);
    expect(countTable!.rows[0]).toEqual(['critical', '1', '0', '1', '0', 'over the limit']);
    expect(countTable!.rows[3]).toEqual(['low', '1', '0', '1', 'unlimited', 'ok']);
    expect(blocking!.rows).toEqual([
      [
        { text: 'GHSA-28xh-wpgr-7fm8', url: 'https://github.com/advisories/GHSA-28xh-wpgr-7fm8' },
        'open',
        'critical',
        '',
        'no fix',
        '',
      ],
      [
        { text: 'GHSA-hrpp-h998-j3pp', url: 'https://github.com/advisories/GHSA-hrpp-h998-j3pp' },
        'qs',
        'high',
        '>=6.10.0 <6.10.3',
        '>=6.10.3',
        'qs vulnerable to Prototype Pollution',
      ],
    ]);
  });
});

describe('allowlist', () => {
  const reason = 'not reachable from our code';

  it('allows an advisory by an alias, case-insensitively, and numeric npm ids as numbers or text', () => {
    for (const id of ['ghsa-hrpp-h998-j3pp', 'CVE-2022-24999', 1094102, '1094102']) {
      const out = evaluateAudit(gate({ allow: [{ id, reason }] }), facts(QS), ctx(NOW));
      expect(out.status).toBe('pass');
      expect(out.summary).toBe('No advisories over the limits (1 allowed)');
      expect(texts(out.details)).toContain(`GHSA-hrpp-h998-j3pp (qs, high): ${reason}`);
    }
  });

  it('stops counting an entry from its expiry day on (UTC)', () => {
    const allow = [{ id: 'GHSA-hrpp-h998-j3pp', reason, expires: '2026-06-15' }];
    const before = evaluateAudit(gate({ allow }), facts(QS), ctx('2026-06-14T23:59:59Z'));
    expect(before.status).toBe('pass');
    expect(texts(before.details)).toContain(`GHSA-hrpp-h998-j3pp (qs, high): ${reason}, until 2026-06-15`);
    const on = evaluateAudit(gate({ allow }), facts(QS), ctx('2026-06-15T00:00:00Z'));
    expect(on.status).toBe('fail');
    expect(texts(on.details)).toContain(
      'allow entry GHSA-hrpp-h998-j3pp expired on 2026-06-15; GHSA-hrpp-h998-j3pp (qs) counts again',
    );
  });

  it('warns about entries that match nothing, without failing', () => {
    const out = evaluateAudit(gate({ allow: [{ id: 'GHSA-zzzz-zzzz-zzzz', reason }] }), facts(LOW), ctx(NOW));
    expect(out.status).toBe('pass');
    expect(texts(out.details)).toContain(
      'allow entry GHSA-zzzz-zzzz-zzzz matches no advisory in audit.json: remove it so the allowlist does not rot',
    );
  });

  it('does not call a used entry unused, and reports an expired unused entry', () => {
    const out = evaluateAudit(
      gate({
        allow: [
          { id: '1066786', reason },
          { id: 'CVE-2000-1', reason, expires: '2026-01-01' },
        ],
      }),
      facts(OPEN),
      ctx(NOW),
    );
    expect(out.status).toBe('pass');
    const lines = texts(out.details);
    expect(lines.some((l) => l.includes('1066786 matches no advisory'))).toBe(false);
    expect(lines).toContain(
      'allow entry CVE-2000-1 expired on 2026-01-01; it matches no advisory in the reports either: remove it',
    );
  });

  it('is an error when an expiry date does not exist', () => {
    const out = evaluateAudit(
      gate({ allow: [{ id: 'X', reason, expires: '2026-02-30' }] }),
      facts(),
      ctx(NOW),
    );
    expect(out.status).toBe('error');
    expect(out.summary).toContain('2026-02-30');
  });
});

describe('explain', () => {
  it('states the effective limits, the reports and the allowlist', () => {
    const lines = explainAudit(
      gate({
        report: ['a.json', 'b/*.json'],
        max: { low: 3 },
        'max-age': '1h',
        allow: [{ id: 'GHSA-x', reason: 'dev only', expires: '2027-01-31' }],
      }),
    );
    expect(lines.join('\n')).toContain('a.json, b/*.json');
    expect(lines).toContain('A report last modified more than 1h before now is refused (error).');
    expect(lines).toContain(
      'Allows at most: critical 0, high 0, moderate unlimited, low 3, info unlimited; more in any severity fails.',
    );
    expect(lines).toContain('  - GHSA-x: dev only (expires 2027-01-31)');
    expect(explainAudit(gate())).toContain('No allowlist: every advisory counts.');
  });
});
