/**
 * Streaming JUnit XML reader (saxes) for the `tests` gate. One pass, constant memory: only the
 * counts and the names of failed tests are kept, never failure messages or output (they can hold
 * values from the environment, and the names are all the checklist shows).
 *
 * JUnit XML has no single specification; the tools in use agree on this much, which is what is read:
 * a root `<testsuites>` or `<testsuite>`, `<testsuite>`s (possibly nested) holding `<testcase>`s,
 * and a test case's outcome told by a `<failure>`, `<error>` or `<skipped>` child (Surefire adds
 * `<flakyFailure>`/`<flakyError>` for tests that passed on a rerun, and `<rerunFailure>` next to
 * the final `<failure>`). A suite must hold at least the test cases, failures and skips it declares
 * (`tests`, `failures` + `errors`, `skipped`): a report that was edited, cut or mangled into another
 * valid XML document is refused instead of being trusted.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { UserError } from '../errors.js';

export interface FailedTest {
  /** "classname › name" (or just the name when the class name adds nothing). */
  name: string;
  /** `failure` (an assertion failed) or `error` (the test crashed or could not run). */
  kind: 'failure' | 'error';
}

export interface JunitReport {
  /** Test cases in the report. */
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Passed only on a rerun (Surefire flakyFailure / flakyError): counted as passed. */
  flaky: number;
  /**
   * Test cases beyond a suite's declared `tests` count that have no outcome element: jest-junit
   * lists `test.todo` entries that way. They did not run, so they are not counted anywhere else.
   */
  unmarked: number;
  /** The first `keepFailures` failed tests, in report order. */
  failures: FailedTest[];
  /** The tool that wrote it, when it says so (jest-junit, pytest, Surefire, Playwright), else null. */
  tool: string | null;
}

export interface JunitReadOptions {
  signal?: AbortSignal;
  /** How many failed test names to keep (default 50); the counts are always complete. */
  keepFailures?: number;
}

interface Suite {
  name: string;
  declared: { tests?: number; failing?: number; skipped?: number };
  tests: number;
  /** Test cases that failed (one per test case). */
  failing: number;
  /** `<failure>` and `<error>` elements (pytest writes both for a test that fails and errors). */
  failingElements: number;
  skipped: number;
  /** Test cases directly in this suite that carry no outcome element (passed, or a jest todo). */
  plain: number;
}

/** The document is XML but not a JUnit report a tool would write. */
class ShapeError extends Error {}

type Outcome = 'passed' | 'failure' | 'error' | 'skipped' | 'flaky';

function declaredCount(attrs: Record<string, string>, key: string, where: () => string): number | undefined {
  const raw = attrs[key];
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^\s*\d+\s*$/.test(raw))
    throw new ShapeError(`${where()} has ${key}="${raw.slice(0, 20)}", which is not a count`);
  return Number(raw);
}

function displayName(classname: string, name: string): string {
  const c = classname.trim();
  const n = name.trim() || '(unnamed test)';
  if (!c || n.includes(c) || c.includes(n)) return n;
  return `${c} › ${n}`;
}

function detectTool(root: string, attrs: Record<string, string>): string | null {
  const name = attrs.name ?? '';
  if (root === 'testsuites' && name === 'jest tests') return 'jest-junit';
  if (name === 'pytest' || (root === 'testsuites' && name === 'pytest tests')) return 'pytest';
  if (root === 'testsuites' && attrs.id === '' && name === '') return 'Playwright';
  if ((attrs['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire')) return 'Maven Surefire';
  return null;
}

/**
 * Reads one JUnit XML file. Anything that is not a complete JUnit report throws a UserError that
 * names `display` and says what is wrong.
 */
export async function readJunit(
  path: string,
  display: string,
  opts: JunitReadOptions = {},
): Promise<JunitReport> {
  const keep = opts.keepFailures ?? 50;
  const report: JunitReport = {
    tests: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
    flaky: 0,
    unmarked: 0,
    failures: [],
    tool: null,
  };
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  const suites: Suite[] = [];
  let rootSeen = false;
  let rootDone = false;
  let caseInfo: { name: string; outcome: Outcome; failingElements: number; depth: number } | null = null;
  let problem: string | null = null;
  const at = () => `line ${parser.line}`;

  const bad = (what: string): never => {
    throw new ShapeError(what);
  };

  parser.on('opentag', (tag) => {
    const name = tag.name;
    const attrs = tag.attributes as Record<string, string>;
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        bad(`its root element is <${name}>, not <testsuites> or <testsuite>: it is not a JUnit XML report`);
      }
      report.tool = detectTool(name, attrs);
    }
    const parent = stack[stack.length - 1];
    stack.push(name);
    if (name === 'testsuite' || (name === 'testsuites' && stack.length === 1)) {
      if (name === 'testsuite' && parent !== undefined && parent !== 'testsuites' && parent !== 'testsuite') {
        bad(`<testsuite> inside <${parent}> at ${at()}`);
      }
      const where = () => `<${name}${attrs.name ? ` name="${attrs.name.slice(0, 60)}"` : ''}> at ${at()}`;
      const tests = declaredCount(attrs, 'tests', where);
      const failures = declaredCount(attrs, 'failures', where);
      const errors = declaredCount(attrs, 'errors', where);
      const skipped = declaredCount(attrs, 'skipped', where) ?? declaredCount(attrs, 'disabled', where);
      const declared: Suite['declared'] = {};
      if (tests !== undefined) declared.tests = tests;
      if (failures !== undefined || errors !== undefined) declared.failing = (failures ?? 0) + (errors ?? 0);
      if (skipped !== undefined) declared.skipped = skipped;
      suites.push({
        name: attrs.name ?? '',
        declared,
        tests: 0,
        failing: 0,
        failingElements: 0,
        skipped: 0,
        plain: 0,
      });
      return;
    }
    if (name === 'testcase') {
      if (parent !== 'testsuite')
        bad(`<testcase> inside <${parent ?? 'nothing'}> at ${at()}, not in a <testsuite>`);
      if (caseInfo) bad(`<testcase> inside another <testcase> at ${at()}`);
      caseInfo = {
        name: displayName(attrs.classname ?? '', attrs.name ?? ''),
        outcome: 'passed',
        failingElements: 0,
        depth: stack.length,
      };
      return;
    }
    if (caseInfo && stack.length === caseInfo.depth + 1) {
      if (name === 'failure' || name === 'error') {
        caseInfo.failingElements++;
        // A failure outranks an error outranks a skip, whatever order they come in.
        if (caseInfo.outcome !== 'failure') caseInfo.outcome = name;
      } else if (name === 'skipped') {
        if (caseInfo.outcome === 'passed' || caseInfo.outcome === 'flaky') caseInfo.outcome = 'skipped';
      } else if (name === 'flakyFailure' || name === 'flakyError') {
        if (caseInfo.outcome === 'passed') caseInfo.outcome = 'flaky';
      }
    }
  });

  parser.on('closetag', (tag) => {
    const name = tag.name;
    stack.pop();
    if (name === 'testcase' && caseInfo && stack.length === caseInfo.depth - 1) {
      const c = caseInfo;
      caseInfo = null;
      report.tests++;
      const failing = c.outcome === 'failure' || c.outcome === 'error';
      if (failing) {
        report.failed++;
        if (report.failures.length < keep)
          report.failures.push({ name: c.name, kind: c.outcome as 'failure' | 'error' });
      } else if (c.outcome === 'skipped') report.skipped++;
      else {
        report.passed++;
        if (c.outcome === 'flaky') report.flaky++;
      }
      if (c.outcome === 'passed') suites[suites.length - 1]!.plain++;
      for (const s of suites) {
        s.tests++;
        if (failing) s.failing++;
        if (c.outcome === 'skipped') s.skipped++;
        s.failingElements += c.failingElements;
      }
      return;
    }
    if (name === 'testsuite' || (name === 'testsuites' && stack.length === 0)) {
      const s = suites.pop()!;
      const label = `<${name}${s.name ? ` name="${s.name.slice(0, 60)}"` : ''}>`;
      const d = s.declared;
      // jest-junit lists test.todo entries as test cases without an outcome, left out of `tests`.
      const extra = d.tests === undefined ? 0 : s.tests - d.tests;
      if (report.tool === 'jest-junit' && extra > 0 && extra <= s.plain) {
        report.unmarked += extra;
        report.tests -= extra;
        report.passed -= extra;
        s.tests -= extra;
        for (const parent of suites) parent.tests -= extra;
      }
      // Only the direction that could hide a problem is refused: fewer test cases, failures or
      // skips than declared. More is what some tools write (Surefire leaves tests that passed
      // beside a rerun out of `tests`; pytest counts a test that fails and errors twice).
      if (d.tests !== undefined && s.tests < d.tests) {
        bad(`${label} declares tests="${d.tests}" but holds ${s.tests} test case${s.tests === 1 ? '' : 's'}`);
      }
      if (d.failing !== undefined && s.failingElements < d.failing) {
        bad(
          `${label} declares ${d.failing} failures and errors but holds ${s.failingElements} <failure> or <error> element${s.failingElements === 1 ? '' : 's'}`,
        );
      }
      if (d.skipped !== undefined && s.skipped < d.skipped) {
        bad(
          `${label} declares skipped="${d.skipped}" but holds ${s.skipped} skipped test case${s.skipped === 1 ? '' : 's'}`,
        );
      }
      // A suite's counts also count for its parents (nested suites, the <testsuites> root).
      if (stack.length === 0) rootDone = true;
    }
  });

  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      opts.signal?.throwIfAborted();
      parser.write(chunk as string);
    }
    parser.close();
  } catch (e) {
    stream.destroy();
    if ((e as Error)?.name === 'AbortError') throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`Test report ${display} does not exist.`);
    if (code === 'EISDIR') throw new UserError(`Test report ${display} is a directory, not a file.`);
    if (code) throw new UserError(`Test report ${display} cannot be read (${code}).`);
    problem = e instanceof ShapeError ? e.message : xmlProblem((e as Error).message ?? String(e));
  }
  if (problem === null) {
    if (!rootSeen) problem = 'it holds no XML element: it is not a JUnit XML report';
    else if (!rootDone)
      problem = `it ends inside <${stack[stack.length - 1] ?? 'testsuite'}>: the file is incomplete`;
  }
  if (problem !== null) {
    throw new UserError(
      `Test report ${display} cannot be used: ${problem}. Write it with the test runner's JUnit reporter in an earlier step of this job, and let it finish.`,
    );
  }
  return report;
}

/** saxes' messages start with "fileName:line:col: "; keep the position, drop the rest of its wording only when it is noise. */
function xmlProblem(message: string): string {
  const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
  if (!m) return message.replace(/\.$/, '');
  const text = m[3]!.replace(/\.$/, '');
  if (/must contain a root element/.test(text))
    return 'it holds no XML element: it is not a JUnit XML report';
  if (/unclosed tag|unexpected end/i.test(text)) return `it is incomplete XML (line ${m[1]}: ${text})`;
  return `it is not well-formed XML (line ${m[1]}, column ${m[2]}: ${text})`;
}
