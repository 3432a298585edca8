// Entry bundled by bench/reports.mjs with ncc: reads one JUnit XML or SARIF file through the real
// source (report discovery, streaming parse) and the gate, then prints timing and peak RSS.
import { resolve } from 'node:path';
import { evaluate as evaluateSarif } from '../src/gates/sarif.js';
import { evaluate as evaluateTests } from '../src/gates/tests.js';
import type { EvalContext } from '../src/gates/types.js';
import { collect as collectSarif } from '../src/sources/sarif.js';
import { collect as collectTests } from '../src/sources/tests.js';
import type { CollectContext } from '../src/sources/types.js';

async function main(): Promise<void> {
  const kind = process.argv[2];
  const file = resolve(process.argv[3] ?? '');
  const started = process.hrtime.bigint();
  const cctx: CollectContext = {
    cwd: process.cwd(),
    env: process.env,
    now: new Date(),
    signal: new AbortController().signal,
    progress: () => {},
  };
  const ectx: EvalContext = { gateId: 'bench', now: new Date(), mode: 'cli', pr: null, groups: {}, teams: {} };
  let status: string;
  let count: number;
  if (kind === 'junit') {
    const gate = { type: 'tests' as const, report: file, 'min-pass-rate': 95 };
    const facts = await collectTests(gate, cctx);
    status = evaluateTests(gate, facts, ectx).status;
    count = facts.reports[0]!.tests;
  } else {
    const gate = { type: 'sarif' as const, report: file, max: { error: 100000, warning: 100000 } };
    const facts = await collectSarif(gate, cctx);
    status = evaluateSarif(gate, facts, ectx).status;
    count = facts.results.reduce((n, r) => n + r.count, 0);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const u = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRSS: u.maxRSS * 1024, count, status }) + '\n',
  );
}

void main();
