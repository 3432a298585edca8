/** Source of the `tests` gate: finds the JUnit XML reports and reads each one streaming. */
import type { TestsGate } from '../config/schema-types.generated.js';
import type { TestsFacts } from '../gates/tests.js';
import { readJunit } from './junit.js';
import { checkReportFiles } from './report-files.js';
import { findReportFiles } from './report-paths.js';
import type { CollectContext } from './types.js';

const HINT =
  'An earlier step of this job should write it with the test runner’s JUnit reporter, e.g. jest --reporters=jest-junit, ' +
  'pytest --junitxml=report.xml, Maven Surefire (target/surefire-reports/*.xml) or playwright test --reporter=junit.';

export async function collect(gate: TestsGate, ctx: CollectContext): Promise<TestsFacts> {
  const files = await findReportFiles(gate.report, ctx, {
    what: 'test report',
    hint: HINT,
    maxAge: gate['max-age'],
  });
  const facts: TestsFacts = { reports: [], failures: [] };
  const shown = new Map(files.map((f) => [f.abs, f.display]));
  await checkReportFiles([...shown.keys()], ctx, (abs) => shown.get(abs) ?? abs, {
    what: 'test report',
    allowCommitted: gate['allow-committed'] === true,
  });
  for (const f of files) {
    ctx.progress(`reading test report ${f.display}`);
    const r = await readJunit(f.abs, f.display, { signal: ctx.signal });
    const { failures, ...counts } = r;
    facts.reports.push({ path: f.display, ...counts });
    for (const x of failures) facts.failures.push({ ...x, report: f.display });
  }
  return facts;
}
