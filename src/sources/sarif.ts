/** Source of the `sarif` gate: finds the SARIF files and reads each one streaming. */
import type { SarifGate } from '../config/schema-types.generated.js';
import type { SarifFacts } from '../gates/sarif.js';
import { checkReportFiles } from './report-files.js';
import { findReportFiles } from './report-paths.js';
import { readSarif } from './sarif-reader.js';
import type { CollectContext } from './types.js';

const HINT =
  'An earlier step of this job should write it, e.g. codeql database analyze --format=sarif-latest --output=codeql.sarif, ' +
  'semgrep scan --sarif -o semgrep.sarif, trivy fs --format sarif -o trivy.sarif ., or eslint -f @microsoft/eslint-formatter-sarif -o eslint.sarif .';

export async function collect(gate: SarifGate, ctx: CollectContext): Promise<SarifFacts> {
  const files = await findReportFiles(gate.report, ctx, {
    what: 'SARIF report',
    hint: HINT,
    maxAge: gate['max-age'],
  });
  const facts: SarifFacts = { reports: [], results: [] };
  const shown = new Map(files.map((f) => [f.abs, f.display]));
  await checkReportFiles([...shown.keys()], ctx, (abs) => shown.get(abs) ?? abs, {
    what: 'SARIF report',
    allowCommitted: gate['allow-committed'] === true,
  });
  for (const f of files) {
    ctx.progress(`reading SARIF report ${f.display}`);
    const r = await readSarif(f.abs, f.display, { signal: ctx.signal, cwd: ctx.cwd });
    facts.reports.push({ path: f.display, runs: r.runs });
    for (const x of r.results) facts.results.push(x);
  }
  return facts;
}
