// Entry bundled by bench/coverage.mjs with ncc: reads one coverage report through the real source
// (collectCoverage: detection, streaming parse, merge) and the gate, then prints timing and peak RSS.
import { resolve } from 'node:path';
import { evaluateCoverage } from '../src/gates/coverage.js';
import { collectCoverage } from '../src/sources/coverage/index.js';

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? '');
  const started = process.hrtime.bigint();
  const gate = { type: 'coverage' as const, report: file, min: { lines: 80, branches: 70, functions: 80 } };
  const facts = await collectCoverage(gate, {
    cwd: process.cwd(),
    env: process.env,
    now: new Date(),
    signal: new AbortController().signal,
    progress: () => {},
  });
  const outcome = evaluateCoverage(gate, facts, {
    gateId: 'coverage',
    now: new Date(),
    mode: 'cli',
    pr: null,
    groups: {},
    teams: {},
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRSS: process.resourceUsage().maxRSS * 1024,
      files: facts.files.length,
      status: outcome.status,
      summary: outcome.summary,
    }) + '\n',
  );
}

void main();
