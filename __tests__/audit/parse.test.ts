import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import type { AuditFinding, Severity } from '../../src/gates/audit.js';
import { parseAuditFile, parseAuditText } from '../../src/sources/audit/index.js';
import { FIXTURES, fixture } from './helpers.js';

function brief(findings: AuditFinding[]) {
  return findings.map((f) => `${f.id} ${f.package} ${f.severity}`).sort();
}

function counts(findings: AuditFinding[]): Record<Severity, number> {
  const c = { critical: 0, high: 0, moderate: 0, low: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function parseError(text: string, name = 'audit.json'): string {
  try {
    parseAuditText(text, name);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

const OPEN = 'GHSA-28xh-wpgr-7fm8 open critical';
const QS = 'GHSA-hrpp-h998-j3pp qs high';

// Expected values read off the recorded reports by hand (see __tests__/fixtures/audit/README.md).
describe('the real recorded reports', () => {
  it.each([
    ['npm6-critical.json', 'npm-6', [OPEN]],
    ['npm6-high.json', 'npm-6', [QS]],
    ['npm6-none.json', 'npm-6', []],
    ['npm7-critical.json', 'npm-7', [OPEN]],
    ['npm7-high.json', 'npm-7', [QS]],
    ['npm7-none.json', 'npm-7', []],
    ['pnpm-critical.json', 'npm-6', [OPEN]],
    ['pnpm-high.json', 'npm-6', [QS]],
    ['pnpm-none.json', 'npm-6', []],
    ['yarn-1-critical.jsonl', 'yarn-classic', [OPEN]],
    ['yarn-1-high.jsonl', 'yarn-classic', [QS]],
    ['yarn-1-none.jsonl', 'yarn-classic', []],
    ['yarn-2-critical.json', 'npm-6', [OPEN]],
    ['yarn-2-high.json', 'npm-6', [QS]],
    ['yarn-2-none.json', 'npm-6', []],
    ['yarn-3-critical.json', 'npm-6', [OPEN]],
    ['yarn-3-high.json', 'npm-6', [QS]],
    ['yarn-3-none.json', 'npm-6', []],
    ['yarn-4-critical.json', 'yarn-berry-4', [OPEN]],
    ['yarn-4-high.json', 'yarn-berry-4', [QS]],
  ])('%s is read as %s with the advisories it holds', async (name, format, expected) => {
    const parsed = await parseAuditFile(`${FIXTURES}${name}`, name);
    expect(parsed.format).toBe(format);
    expect(brief(parsed.findings)).toEqual(expected);
    for (const f of parsed.findings) expect(f.reports).toEqual([name]);
  });

  // An oracle independent of our parser: the tools' own per-severity totals in the same file.
  it.each([
    'npm6-critical.json',
    'npm6-high.json',
    'npm7-critical.json',
    'npm7-high.json',
    'pnpm-high.json',
    'yarn-2-high.json',
    'yarn-3-critical.json',
  ])('%s: counts per severity equal the metadata totals npm/pnpm/yarn wrote', (name) => {
    const text = fixture(name);
    const meta = (JSON.parse(text) as { metadata: { vulnerabilities: Record<string, number> } }).metadata
      .vulnerabilities;
    const c = counts(parseAuditText(text, name).findings);
    for (const s of ['critical', 'high', 'moderate', 'low', 'info'] as const) expect(c[s]).toBe(meta[s]);
  });

  it('yarn 1: counts equal the auditSummary line', () => {
    const text = fixture('yarn-1-high.jsonl');
    const summary = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; data: { vulnerabilities: Record<string, number> } })
      .find((l) => l.type === 'auditSummary')!;
    const c = counts(parseAuditText(text, 'y').findings);
    expect(c.high).toBe(summary.data.vulnerabilities.high);
    expect(c.critical).toBe(summary.data.vulnerabilities.critical);
  });

  it('keeps ids, aliases, range, fix and link from npm 6', () => {
    const [f] = parseAuditText(fixture('npm6-high.json'), 'r').findings;
    expect(f).toMatchObject({
      id: 'GHSA-hrpp-h998-j3pp',
      aliases: ['CVE-2022-24999', '1094102'],
      range: '>=6.10.0 <6.10.3',
      fixAvailable: true,
      fixedIn: '>=6.10.3',
      url: 'https://github.com/advisories/GHSA-hrpp-h998-j3pp',
      title: 'qs vulnerable to Prototype Pollution',
    });
  });

  it('takes the GHSA id from the advisory URL in npm 7 and yarn 4 reports, and npm 7 fix targets', () => {
    const [npm7] = parseAuditText(fixture('npm7-critical.json'), 'r').findings;
    expect(npm7).toMatchObject({
      id: 'GHSA-28xh-wpgr-7fm8',
      aliases: ['1066786'],
      fixedIn: '8.4.0 (semver-major)',
    });
    const [yarn4] = parseAuditText(fixture('yarn-4-high.json'), 'r').findings;
    expect(yarn4).toMatchObject({
      id: 'GHSA-hrpp-h998-j3pp',
      aliases: ['1096475'],
      range: '>=6.10.0 <6.10.3',
    });
    expect(yarn4!.fixAvailable).toBeUndefined();
  });
});

describe('npm 7 via chains and repeated paths', () => {
  it('counts advisories, not the packages that only depend on a vulnerable one', () => {
    const doc = JSON.parse(fixture('npm7-high.json')) as { vulnerabilities: Record<string, unknown> };
    doc.vulnerabilities.express = {
      name: 'express',
      severity: 'high',
      isDirect: true,
      via: ['body-parser', 'qs'],
      effects: [],
      range: '4.0.0-rc1 - 4.17.2',
      nodes: ['node_modules/express'],
      fixAvailable: true,
    };
    doc.vulnerabilities['body-parser'] = {
      name: 'body-parser',
      severity: 'high',
      isDirect: false,
      via: ['qs'],
      effects: ['express'],
      range: '<=1.19.1',
      nodes: ['node_modules/body-parser'],
      fixAvailable: true,
    };
    const parsed = parseAuditText(JSON.stringify(doc), 'npm7.json');
    expect(brief(parsed.findings)).toEqual([QS]);
  });

  it('counts one yarn 1 advisory reached through two dependency paths once', () => {
    const [advisory, summary] = fixture('yarn-1-high.jsonl').trim().split('\n');
    const second = JSON.parse(advisory!) as { data: { resolution: { path: string } } };
    second.data.resolution.path = 'express>qs';
    const text = [advisory, JSON.stringify(second), summary].join('\n');
    expect(brief(parseAuditText(text, 'yarn.jsonl').findings)).toEqual([QS]);
  });

  it('reads yarn 4 output with one advisory per line', () => {
    const text = `${fixture('yarn-4-critical.json').trim()}\n${fixture('yarn-4-high.json').trim()}\n`;
    const parsed = parseAuditText(text, 'yarn4.json');
    expect(parsed.format).toBe('yarn-berry-4');
    expect(brief(parsed.findings)).toEqual([OPEN, QS]);
  });
});

describe('osv-scanner reports', () => {
  it('reads the v2 shape and counts an alias group once', () => {
    const parsed = parseAuditText(fixture('osv-scanner-v2.json'), 'osv.json');
    expect(parsed.format).toBe('osv-scanner');
    expect(brief(parsed.findings)).toEqual([
      OPEN,
      'GHSA-c3h9-896r-86jm github.com/gogo/protobuf high',
      'GHSA-hrpp-h998-j3pp qs high',
    ]);
    const gogo = parsed.findings.find((f) => f.package === 'github.com/gogo/protobuf')!;
    expect(gogo.aliases).toEqual(['CVE-2021-3121', 'GO-2021-0053']);
    expect(gogo).toMatchObject({ ecosystem: 'Go', fixedIn: '1.3.2', range: '<1.3.2' });
  });

  it('shows the affected range that holds the installed version, with its fix', () => {
    const qs = parseAuditText(fixture('osv-scanner-v2.json'), 'osv.json').findings.find(
      (f) => f.package === 'qs',
    )!;
    expect(qs).toMatchObject({ range: '>=6.10.0 <6.10.3', fixedIn: '6.10.3', fixAvailable: true });
  });

  it('reads the early packageSource shape of docs/output.md', () => {
    const parsed = parseAuditText(fixture('osv-scanner-v1.json'), 'osv.json');
    expect(brief(parsed.findings)).toEqual([
      'GHSA-c3h9-896r-86jm github.com/gogo/protobuf high',
      'GHSA-m5pq-gvj9-9vr8 regex high',
    ]);
  });

  it('rates entries with only a CVSS v3 vector by their base score, and unrated ones as critical', () => {
    const parsed = parseAuditText(fixture('osv-scanner-cvss-only.json'), 'osv.json');
    const byId = Object.fromEntries(parsed.findings.map((f) => [f.id, f]));
    expect(byId['CVE-2099-0001']).toMatchObject({
      severity: 'moderate',
      severityNote: 'CVSS 3.1 base score 4.3',
      aliases: ['PYSEC-2099-1'],
    });
    expect(byId['PYSEC-2099-2']).toMatchObject({
      severity: 'critical',
      severityNote: 'CVSS 3.1 base score 10.0',
    });
    expect(byId['PYSEC-2099-3']).toMatchObject({
      severity: 'critical',
      severityNote: 'severity unknown, counted as critical',
    });
  });

  it('reads a report without results as clean', () => {
    expect(parseAuditText(fixture('osv-scanner-none.json'), 'osv.json').findings).toEqual([]);
  });

  it('prefers the database rating, then a qualitative score', () => {
    const doc = {
      results: [
        {
          source: { path: '/x/Gemfile.lock', type: 'lockfile' },
          packages: [
            {
              package: { name: 'rack', version: '2.0.0', ecosystem: 'RubyGems' },
              vulnerabilities: [{ id: 'OSV-9', severity: [{ type: 'Ubuntu', score: 'medium' }] }],
            },
          ],
        },
      ],
    };
    const [f] = parseAuditText(JSON.stringify(doc), 'osv.json').findings;
    expect(f).toMatchObject({ id: 'OSV-9', severity: 'moderate' });
  });
});

describe('broken reports', () => {
  it('names the file and the line and column of a truncated JSON report', () => {
    const text = fixture('npm7-high.json');
    const msg = parseError(text.slice(0, text.indexOf('"fixAvailable"') + 5), 'reports/npm.json');
    expect(msg).toContain('reports/npm.json is not valid JSON');
    expect(msg).toMatch(/truncated\?\).* at line 31, column 12/);
  });

  it('names the line of a broken NDJSON line', () => {
    const [advisory, summary] = fixture('yarn-1-high.jsonl').trim().split('\n');
    const msg = parseError(`${advisory}\n${summary!.slice(0, 40)}\n`, 'yarn.jsonl');
    expect(msg).toContain('yarn.jsonl line 2 is not valid JSON');
  });

  it('refuses a yarn 1 report cut off before its auditSummary line', () => {
    const [advisory] = fixture('yarn-1-high.jsonl').trim().split('\n');
    expect(parseError(`${advisory}\n`, 'yarn.jsonl')).toContain('yarn.jsonl is incomplete');
  });

  it('lists the supported formats for JSON of another shape', () => {
    const msg = parseError('{"name": "my-app", "version": "1.0.0"}', 'package.json');
    expect(msg).toContain('package.json: the JSON has none of the fields of a known audit report');
    expect(msg).toContain('osv-scanner --format json');
    expect(msg).toContain('pnpm audit --json');
    expect(parseError('[1, 2]')).toContain('the JSON is a list');
  });

  it('shows the error npm wrote instead of a report', () => {
    const msg = parseError(
      JSON.stringify({
        error: {
          code: 'ENOLOCK',
          summary: 'This command requires an existing lockfile.',
          detail: 'Try creating one first with: npm i --package-lock-only',
        },
      }),
    );
    expect(msg).toContain('audit.json holds an error from the audit command instead of a report');
    expect(msg).toContain('code ENOLOCK');
    expect(msg).not.toContain('This command requires an existing lockfile.');
  });

  it('refuses an empty or blank report and an unknown npm report version', () => {
    expect(parseError('  \n')).toContain('audit.json is empty');
    expect(parseError('{"auditReportVersion": 3, "vulnerabilities": {}}')).toContain(
      'npm audit report version 3 is not supported',
    );
  });

  it('refuses an advisory with a severity npm never writes', () => {
    const msg = parseError(fixture('npm6-high.json').replace('"severity": "high"', '"severity": "hihg"'));
    expect(msg).toContain(
      'advisories["1094102"].severity should be one of critical, high, moderate, low, info',
    );
  });
});
