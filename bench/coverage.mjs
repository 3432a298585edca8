// Benchmark of the coverage gate on a ~200 MB lcov report of 47,000 files (a large monorepo).
// Each contender runs in its own child process, which prints its time and peak RSS:
//   (a) a plain streaming line read with readline (the floor for any line-based parser),
//   (b) lcov-parse (reads the whole file and builds objects for every record),
//   (c) shipgate: the ncc bundle of bench/coverage-entry.ts (detection, streaming parse, merge, gate).
// Goals: shipgate ≤ 2× the plain line read, ≥ 5× faster than lcov-parse, peak RSS < 150 MB.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const FILES = 47_000;

/** Writes a deterministic lcov report: per file 8 functions, 290 lines, 50 branches. */
function generate(file) {
  const fd = openSync(file, 'w');
  let buf = '';
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let f = 0; f < FILES; f++) {
    buf += `TN:\nSF:packages/pkg-${f % 200}/src/module-${f}.js\n`;
    let fnh = 0;
    for (let i = 0; i < 8; i++) buf += `FN:${i * 30 + 1},function${i}OfModule${f}\n`;
    for (let i = 0; i < 8; i++) {
      const n = rand() < 0.8 ? Math.floor(rand() * 50) + 1 : 0;
      if (n > 0) fnh++;
      buf += `FNDA:${n},function${i}OfModule${f}\n`;
    }
    buf += `FNF:8\nFNH:${fnh}\n`;
    let lh = 0;
    const lines = 290;
    for (let l = 1; l <= lines; l++) {
      const n = rand() < 0.85 ? Math.floor(rand() * 200) : 0;
      if (n > 0) lh++;
      buf += `DA:${l},${n}\n`;
    }
    buf += `LF:${lines}\nLH:${lh}\n`;
    let brh = 0;
    for (let b = 0; b < 25; b++) {
      for (let k = 0; k < 2; k++) {
        const n = rand() < 0.7 ? Math.floor(rand() * 20) : 0;
        if (n > 0) brh++;
        buf += `BRDA:${b * 10 + 5},${b},${k},${n === 0 && rand() < 0.5 ? '-' : n}\n`;
      }
    }
    buf += `BRF:50\nBRH:${brh}\nend_of_record\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

const READLINE = `
const { createReadStream } = require('node:fs');
const readline = require('node:readline');
const t = process.hrtime.bigint();
(async () => {
  let n = 0;
  for await (const _ of readline.createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) n++;
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(JSON.stringify({ ms, maxRSS: process.resourceUsage().maxRSS * 1024, lines: n }));
})();`;

const LCOV_PARSE = `
const parse = require(${JSON.stringify(join(root, 'node_modules/lcov-parse/lib/index.js'))});
const t = process.hrtime.bigint();
parse(process.argv[1], (err, data) => {
  if (err) throw new Error(String(err));
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(JSON.stringify({ ms, maxRSS: process.resourceUsage().maxRSS * 1024, files: data.length }));
});`;

function child(args) {
  try {
    const out = execFileSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out.trim().split('\n').pop());
  } catch (e) {
    return {
      error:
        String(e.stderr || e.message)
          .split('\n')
          .find((l) => l.trim()) ?? 'failed',
    };
  }
}

const mb = (bytes) => `${Math.round(bytes / 1e6)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

export async function benchCoverage() {
  mkdirSync(benchDir, { recursive: true });
  const report = join(benchDir, `coverage-200mb-${FILES}.info`);
  if (!existsSync(report) || statSync(report).size < 150e6) {
    console.log(`generating ${report} (${FILES} files)…`);
    generate(report);
  }
  const size = statSync(report).size;

  const bundleDir = join(benchDir, 'cov');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(root, 'bench/coverage-entry.ts'),
      '-o',
      bundleDir,
      '-q',
      '--transpile-only',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );

  const plain = child(['-e', READLINE, report]);
  const ours = child([join(bundleDir, 'index.js'), report]);
  const other = child(['--max-old-space-size=16000', '-e', LCOV_PARSE, report]);
  if (plain.error || ours.error) throw new Error(`benchmark child failed: ${plain.error ?? ours.error}`);

  const vsPlain = ours.ms / plain.ms;
  const vsOther = other.error ? null : other.ms / ours.ms;
  const label = `coverage ${Math.round(size / 1e6)}MB lcov`;
  console.log(`${label}: plain line read (readline) ${s(plain.ms)}, peak RSS ${mb(plain.maxRSS)}`);
  console.log(
    `${label}: lcov-parse ${other.error ? `failed: ${other.error}` : `${s(other.ms)}, peak RSS ${mb(other.maxRSS)}`}`,
  );
  console.log(
    `${label}: shipgate ${s(ours.ms)} (${vsPlain.toFixed(1)}× plain line read, ` +
      `${vsOther === null ? 'lcov-parse failed' : `${vsOther.toFixed(1)}× faster than lcov-parse`}), peak RSS ${mb(ours.maxRSS)} ` +
      `[${ours.files} files, gate ${ours.status}]`,
  );
  const goals = {
    'at most 2× the plain line read': vsPlain <= 2,
    'at least 5× faster than lcov-parse': vsOther === null || vsOther >= 5,
    'peak RSS under 150 MB': ours.maxRSS < 150e6,
  };
  for (const [goal, met] of Object.entries(goals)) console.log(`  ${met ? 'met' : 'MISSED'}: ${goal}`);
  return { sizeBytes: size, plain, lcovParse: other, shipgate: ours, goals };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchCoverage();
}
