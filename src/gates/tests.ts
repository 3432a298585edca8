/**
 * The `tests` gate: JUnit XML test reports show enough tests run and passing. Pure: the reports are
 * read (streaming) and merged by src/sources/tests.ts.
 */
import type { TestsGate } from '../config/schema-types.generated.js';
import type { Detail, EvalContext, GateLogic, GateOutcome } from './types.js';

export interface TestsReportInfo {
  /** As shown to users: relative to the workspace when inside it. */
  path: string;
  /** The tool that wrote it, when the report says (jest-junit, pytest, Maven Surefire, Playwright). */
  tool: string | null;
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  unmarked: number;
}

export interface TestsFailure {
  name: string;
  kind: 'failure' | 'error';
  report: string;
}

export interface TestsFacts {
  reports: TestsReportInfo[];
  /** Failed tests across all reports, in report order (at most 50 per report are named). */
  failures: TestsFailure[];
}

/** Failed tests named in the details; the rest are counted. */
export const NAMED_FAILURES = 20;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Percent for display, truncated so 99.999 never reads as 100. */
function pct(p: number): string {
  const t = Math.floor(p * 100 + 1e-9) / 100;
  return `${t.toFixed(2).replace(/\.?0+$/, '')}%`;
}

export function testsLimits(gate: TestsGate) {
  return {
    // max-failures alone says how many may fail; the 100% default would contradict it.
    minPassRate: gate['min-pass-rate'] ?? (gate['max-failures'] === undefined ? 100 : 0),
    maxFailures: gate['max-failures'] ?? Infinity,
    minTests: gate['min-tests'] ?? 1,
    maxSkipped: gate['max-skipped'] ?? Infinity,
  };
}

export function evaluate(gate: TestsGate, facts: TestsFacts, _ctx: EvalContext): GateOutcome {
  const limits = testsLimits(gate);
  const sum = (k: 'tests' | 'passed' | 'failed' | 'skipped' | 'flaky' | 'unmarked') =>
    facts.reports.reduce((n, r) => n + r[k], 0);
  const passed = sum('passed');
  const failed = sum('failed');
  const skipped = sum('skipped');
  const flaky = sum('flaky');
  const unmarked = sum('unmarked');
  const ran = passed + failed;
  const rate = ran === 0 ? 0 : (passed / ran) * 100;

  const details: Detail[] = [];
  details.push({
    kind: 'table',
    columns: ['Report', 'Written by', 'Ran', 'Passed', 'Failed', 'Skipped'],
    rows: facts.reports.map((r) => [
      r.path,
      r.tool ?? 'JUnit XML',
      String(r.passed + r.failed),
      String(r.passed),
      String(r.failed),
      String(r.skipped),
    ]),
  });
  const notes: string[] = [];
  if (flaky > 0) notes.push(`${plural(flaky, 'test')} passed only when rerun (flaky); counted as passed.`);
  if (unmarked > 0) {
    notes.push(
      `${plural(unmarked, 'test case')} beyond the counts the suites declare, without an outcome (jest's test.todo), did not run and are not counted.`,
    );
  }
  if (notes.length > 0) details.push({ kind: 'list', items: notes });
  if (failed > 0) {
    const named = facts.failures.slice(0, NAMED_FAILURES);
    const several = facts.reports.length > 1;
    details.push({ kind: 'text', text: 'Failed tests:' });
    const items = named.map(
      (f) => `${f.name}${f.kind === 'error' ? ' (error)' : ''}${several ? ` — ${f.report}` : ''}`,
    );
    if (failed > named.length)
      items.push(`… and ${failed - named.length} more: see the reports or the job log`);
    details.push({ kind: 'list', items });
    details.push({
      kind: 'text',
      text: 'Failure messages are not copied here (they can hold values from the environment): read them in the test step’s log or the report.',
    });
  }

  const problems: string[] = [];
  if (ran < limits.minTests) {
    problems.push(
      ran === 0
        ? `no test ran (${plural(skipped, 'skipped test')}); at least ${limits.minTests} must`
        : `only ${plural(ran, 'test')} ran, fewer than min-tests ${limits.minTests}`,
    );
  }
  if (failed > limits.maxFailures)
    problems.push(`${plural(failed, 'test')} failed (max-failures ${limits.maxFailures})`);
  if (ran > 0 && rate < limits.minPassRate) {
    problems.push(`${failed} of ${ran} failed: pass rate ${pct(rate)}, below ${pct(limits.minPassRate)}`);
  }
  if (skipped > limits.maxSkipped)
    problems.push(`${plural(skipped, 'test')} skipped (max-skipped ${limits.maxSkipped})`);

  const skippedText = skipped > 0 ? `, ${skipped} skipped` : '';
  const inReports = facts.reports.length > 1 ? ` in ${facts.reports.length} reports` : '';
  if (problems.length > 0) {
    return { status: 'fail', summary: capitalise(problems.join('; ')) + skippedText, details };
  }
  return {
    status: 'pass',
    summary:
      failed === 0
        ? `All ${plural(ran, 'test')} passed${skippedText}${inReports}`
        : `${passed} of ${ran} tests passed (${pct(rate)}, min ${pct(limits.minPassRate)})${skippedText}${inReports}`,
    details,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function explain(gate: TestsGate): string[] {
  const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
  const l = testsLimits(gate);
  return [
    `Reads the JUnit XML report(s) ${reports.join(', ')} (each path or glob must match at least one file; all are merged).`,
    'A file that is not complete JUnit XML, or whose suites declare other counts than the test cases they hold, is an error.',
    gate['max-age']
      ? `A report last modified more than ${gate['max-age']} before now is refused (error).`
      : 'The age of the reports is not checked (no max-age).',
    `Passes when at least ${l.minTests} test(s) ran (skipped ones do not count), at least ${pct(l.minPassRate)} of them passed` +
      (Number.isFinite(l.maxFailures) ? `, at most ${l.maxFailures} failed` : '') +
      (Number.isFinite(l.maxSkipped) ? `, at most ${l.maxSkipped} were skipped` : '') +
      '.',
  ];
}

export const gate: GateLogic<'tests', TestsFacts> = { evaluate, explain };
