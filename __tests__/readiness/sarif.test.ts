import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SarifGate } from '../../src/config/schema-types.generated.js';
import { UserError } from '../../src/errors.js';
import { evaluate, type SarifFacts } from '../../src/gates/sarif.js';
import type { EvalContext } from '../../src/gates/types.js';
import { readSarif } from '../../src/sources/sarif-reader.js';
import { eslintSarif } from './tools.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const ctx = { gateId: 'scan', now: NOW, mode: 'cli', pr: null, groups: {}, teams: {} } as EvalContext;
let dir: string;
let eslint: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipgate-sarif-'));
  eslint = eslintSarif();
});

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

async function facts(path: string, display = 'scan.sarif'): Promise<SarifFacts> {
  const r = await readSarif(path, display, { cwd: dirname(path) });
  return { reports: [{ path: display, runs: r.runs }], results: r.results };
}

async function problem(path: string, display = 'scan.sarif'): Promise<string> {
  try {
    await readSarif(path, display);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected the report to be refused');
}

const gate = (extra: Partial<SarifGate> = {}): SarifGate => ({ type: 'sarif', report: 'x.sarif', ...extra });

/** A run as CodeQL and Trivy write them: rules with security-severity, levels from the rule. */
function securityRun(results: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            version: '2.19.0',
            rules: [
              {
                id: 'js/sql-injection',
                defaultConfiguration: { level: 'error' },
                properties: { 'security-severity': '8.8' },
              },
              {
                id: 'js/log-injection',
                defaultConfiguration: { level: 'error' },
                properties: { 'security-severity': '7.8' },
              },
              { id: 'js/unused-local-variable', defaultConfiguration: { level: 'note' }, properties: {} },
            ],
          },
          extensions: [
            {
              name: 'codeql/javascript-queries',
              rules: [{ id: 'js/xss', properties: { 'security-severity': '9.6' } }],
            },
          ],
        },
        results,
        ...extra,
      },
    ],
  };
}

describe('SARIF written by ESLint with @microsoft/eslint-formatter-sarif', () => {
  it('counts errors and warnings, leaves the inline-disabled one out, and fails on errors by default', async () => {
    const f = await facts(eslint);
    expect(f.reports[0]!.runs).toEqual([{ tool: expect.stringMatching(/^ESLint 9\./), results: 5 }]);
    const counted = f.results
      .filter((r) => !r.suppressed)
      .map((r) => `${r.count} ${r.level} ${r.ruleId} ${r.locations.join(' ')}`);
    expect(counted).toEqual([
      '2 error eqeqeq shop.js:2 shop.js:8',
      '1 warning no-eval shop.js:3',
      '1 warning no-console shop.js:4',
    ]);
    expect(f.results.filter((r) => r.suppressed).map((r) => r.ruleId)).toEqual(['no-debugger']);
    const out = evaluate(gate(), f, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('2 scan results over the limit: 2 error (max 0)');
    expect(JSON.stringify(out.details)).toContain(
      '1 result suppressed in the code or by the tool, not counted.',
    );
  });

  it('passes a clean ESLint run, and errors allowed by rule id with a reason', async () => {
    const clean = await facts(eslintSarif({ clean: true }));
    expect(evaluate(gate(), clean, ctx)).toMatchObject({
      status: 'pass',
      summary: 'No scan results in 1 SARIF report',
    });
    const f = await facts(eslint);
    const out = evaluate(
      gate({ allow: [{ id: 'EQEQEQ', reason: 'legacy module, tracked in #12', expires: '2027-01-31' }] }),
      f,
      ctx,
    );
    expect(out).toMatchObject({
      status: 'pass',
      summary: 'No scan results over the limits (2 within the limits, 2 allowed, 1 suppressed)',
    });
    expect(JSON.stringify(out.details)).toContain(
      'eqeqeq (2 results): legacy module, tracked in #12, until 2027-01-31',
    );
  });

  it('max per level: warnings over their limit fail', async () => {
    const out = evaluate(gate({ max: { error: 5, warning: 1 } }), await facts(eslint), ctx);
    expect(out).toMatchObject({
      status: 'fail',
      summary: '2 scan results over the limit: 2 warning (max 1)',
    });
  });
});

describe('security severity and the allowlist', () => {
  const results = [
    {
      ruleId: 'js/sql-injection',
      ruleIndex: 0,
      message: { text: 'query built from user input "SECRET-1"' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'src/db.js' }, region: { startLine: 12 } } },
      ],
    },
    { ruleId: 'js/log-injection', ruleIndex: 1, level: 'warning', message: { text: 'x' } },
    { rule: { id: 'js/xss', index: 0, toolComponent: { index: 0 } }, message: { text: 'x' } },
    { ruleId: 'js/unused-local-variable', ruleIndex: 2, message: { text: 'x' } },
    {
      ruleId: 'js/sql-injection',
      ruleIndex: 0,
      message: { text: 'x' },
      suppressions: [{ kind: 'external', status: 'underReview' }],
    },
    { ruleId: 'js/sql-injection', ruleIndex: 0, message: { text: 'x' }, baselineState: 'absent' },
  ];

  it('bands by security-severity from the rule (driver and extensions), level from the rule default', async () => {
    const f = await facts(file('codeql.sarif', securityRun(results)));
    expect(
      f.results.map((r) => [r.ruleId, r.level, r.securitySeverity, r.suppressed, r.absent, r.count]),
    ).toEqual([
      ['js/sql-injection', 'error', 8.8, false, false, 2],
      ['js/log-injection', 'warning', 7.8, false, false, 1],
      ['js/xss', 'warning', 9.6, false, false, 1],
      ['js/unused-local-variable', 'note', null, false, false, 1],
      ['js/sql-injection', 'error', 8.8, false, true, 1],
    ]);
    const out = evaluate(gate({ max: { error: 10 } }), f, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      '4 scan results over the limit: 1 critical severity (max 0), 3 high severity (max 0)',
    );
    const shown = JSON.stringify(out.details);
    expect(shown).toContain('"js/xss","warning","critical (9.6)","1"');
    expect(shown).toContain('"js/sql-injection","error","high (8.8)","2","src/db.js:12"');
    expect(shown).not.toContain('SECRET-1');
  });

  it('expired entries count again and unused entries are reported', async () => {
    const f = await facts(file('codeql2.sarif', securityRun(results.slice(0, 3))));
    const out = evaluate(
      gate({
        max: { error: 10, critical: 1 },
        allow: [
          { id: 'js/sql-injection', reason: 'parameterised upstream', expires: '2026-11-30' },
          { id: 'js/log-injection', reason: 'logs are internal' },
          { id: 'js/path-injection', reason: 'old' },
        ],
      }),
      f,
      ctx,
    );
    expect(out).toMatchObject({
      status: 'fail',
      summary: '1 scan result over the limit: 1 high severity (max 0)',
    });
    const shown = JSON.stringify(out.details);
    expect(shown).toContain(
      'allow entry js/sql-injection expired on 2026-11-30; js/sql-injection counts again',
    );
    expect(shown).toContain(
      'allow entry js/path-injection matches no rule in scan.sarif: remove it so the allowlist does not rot',
    );
  });

  it('an expires that is not a real date is an error', async () => {
    const f = await facts(file('c3.sarif', securityRun([])));
    expect(
      evaluate(gate({ allow: [{ id: 'x', reason: 'r', expires: '2026-02-30' }] }), f, ctx),
    ).toMatchObject({
      status: 'error',
      summary: 'Allow entry x has expires: 2026-02-30, which is not a real date',
    });
  });
});

it('results written before the tool are judged with its rules', async () => {
  const doc = securityRun([{ ruleIndex: 1, message: { text: 'x' } }]);
  const run = doc.runs[0]!;
  const reordered = { version: '2.1.0', runs: [{ results: run.results, tool: run.tool }] };
  const f = await facts(file('late-tool.sarif', reordered));
  expect(f.results).toEqual([
    expect.objectContaining({ ruleId: 'js/log-injection', level: 'error', securitySeverity: 7.8, count: 1 }),
  ]);
});

describe('files that are not complete SARIF 2.1 are refused, naming the file', () => {
  it('truncated ESLint output', async () => {
    const t = readFileSync(eslint, 'utf8');
    expect(await problem(file('cut.sarif', t.slice(0, t.length - 40)), 'reports/eslint.sarif')).toBe(
      'SARIF report reports/eslint.sarif cannot be used: it is incomplete JSON: the file ends in the middle of the document. Let the scanner write it in an earlier step of this job, and let it finish.',
    );
  });

  it('not JSON, not an object, another version, no runs', async () => {
    expect(await problem(file('a.sarif', '<html>'))).toContain(
      'it is not valid JSON (unexpected character at byte 0)',
    );
    expect(await problem(file('b.sarif', '[1,2]'))).toContain('it is not a JSON object');
    expect(await problem(file('c.sarif', { version: '2.0.0', runs: [] }))).toContain(
      'it says version "2.0.0", not SARIF 2.1.0',
    );
    expect(await problem(file('d.sarif', { version: '2.1.0' }))).toContain('it has no "runs" array');
    expect(await problem(file('e.sarif', { version: '2.1.0', runs: [] }))).toContain('it holds no run');
  });

  it('a run without results, or whose invocation failed', async () => {
    expect(
      await problem(
        file('f.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'Semgrep OSS' } } }] }),
      ),
    ).toContain(
      'run 1 (Semgrep OSS) has no "results" array, which SARIF writes when the scan did not complete',
    );
    const failed = securityRun([], { invocations: [{ executionSuccessful: false }] });
    expect(await problem(file('g.sarif', failed))).toContain('says its invocation did not succeed');
  });

  it('bad levels, rule references and severities', async () => {
    expect(
      await problem(file('h.sarif', securityRun([{ ruleId: 'a', level: 'fatal', message: { text: '' } }]))),
    ).toContain('run 1 result 1 has level "fatal", not none, note, warning or error');
    expect(await problem(file('i.sarif', securityRun([{ ruleIndex: 7, message: { text: '' } }])))).toContain(
      'run 1 result 1 has ruleIndex 7, but the tool lists 3 rules',
    );
    expect(await problem(file('j.sarif', securityRun([{ message: { text: '' } }])))).toContain(
      'names no rule',
    );
    expect(
      await problem(
        file(
          'k.sarif',
          securityRun([{ ruleId: 'a', properties: { 'security-severity': 'high' }, message: { text: '' } }]),
        ),
      ),
    ).toContain('has security-severity "high", not a score from 0 to 10');
  });

  it('a ruleId that disagrees with the rule its ruleIndex points at', async () => {
    expect(
      await problem(
        file('m.sarif', securityRun([{ ruleId: 'js/xss', ruleIndex: 2, message: { text: '' } }])),
      ),
    ).toContain(
      'run 1 result 1 has ruleId "js/xss" but its ruleIndex points at rule "js/unused-local-variable"',
    );
  });

  it('JSON grammar errors the tokenizer alone does not see', async () => {
    expect(await problem(file('n.sarif', '{"version": "2.1.0", "runs": [1 2]}'))).toContain(
      'it is not valid JSON (expected "," or "]")',
    );
    expect(await problem(file('o.sarif', '{"version": "2.1.0" "runs": []}'))).toContain(
      'it is not valid JSON (expected "," or "}")',
    );
    expect(await problem(file('p.sarif', '{"version": "2.1.0", "runs": []} {}'))).toContain(
      'there is more after the end of the document',
    );
  });

  it('parser messages never quote the file', async () => {
    const msg = await problem(file('l.sarif', '{"version" "top-secret-value"}'));
    expect(msg).toContain('it is not valid JSON');
    expect(msg).not.toContain('top-secret');
  });
});
