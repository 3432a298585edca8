// Benchmark of the coverage gate on a ~90 MB Cobertura report (istanbul's layout: classes with
// methods, lines and condition-coverage). Each contender runs in its own child process, which
// prints its time and peak RSS:
//   (a) xml2js: the usual way JavaScript tools read such a report (whole file into an object tree),
//   (b) shipgate: the ncc bundle of bench/coverage-entry.ts (detection, streaming saxes parse, gate).
// Goal: shipgate at least 4× faster than xml2js.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const CLASSES = 10_000;

/** Writes a deterministic Cobertura report: per class 10 methods, ~110 lines, 30 with conditions. */
function generate(file) {
  const fd = openSync(file, 'w');
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let buf = '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n';
  const lines = [];
  let valid = 0;
  let covered = 0;
  let bValid = 0;
  let bCovered = 0;
  for (let c = 0; c < CLASSES; c++) {
    const ls = [];
    for (let l = 1; l <= 110; l++) {
      const hits = rand() < 0.85 ? Math.floor(rand() * 40) + 1 : 0;
      valid++;
      if (hits) covered++;
      if (l % 4 === 0) {
        const hit = Math.floor(rand() * 3);
        bValid += 2;
        bCovered += Math.min(hit, 2);
        ls.push(`<line number="${l}" hits="${hits}" branch="true" condition-coverage="${Math.round((Math.min(hit, 2) / 2) * 100)}% (${Math.min(hit, 2)}/2)"/>`);
      } else ls.push(`<line number="${l}" hits="${hits}" branch="false"/>`);
    }
    lines.push(ls);
  }
  buf += `<coverage lines-valid="${valid}" lines-covered="${covered}" line-rate="${(covered / valid).toFixed(4)}" branches-valid="${bValid}" branches-covered="${bCovered}" branch-rate="${(bCovered / bValid).toFixed(4)}" timestamp="1795426288574" complexity="0" version="0.1">\n`;
  buf += '  <sources>\n    <source>/ci/checkout/monorepo</source>\n  </sources>\n  <packages>\n';
  for (let c = 0; c < CLASSES; c++) {
    if (c % 100 === 0) buf += `    <package name="pkg-${c / 100}" line-rate="0.8" branch-rate="0.6">\n      <classes>\n`;
    buf += `        <class name="module-${c}.js" filename="packages/pkg-${Math.floor(c / 100)}/src/module-${c}.js" line-rate="0.8" branch-rate="0.6">\n          <methods>\n`;
    for (let m = 0; m < 10; m++)
      buf += `            <method name="fn${m}" hits="${m % 3}" signature="()V">\n              <lines>\n                <line number="${m * 11 + 1}" hits="${m % 3}"/>\n              </lines>\n            </method>\n`;
    buf += '          </methods>\n          <lines>\n';
    for (const l of lines[c]) buf += `            ${l}\n`;
    buf += '          </lines>\n        </class>\n';
    if (c % 100 === 99 || c === CLASSES - 1) buf += '      </classes>\n    </package>\n';
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  buf += '  </packages>\n</coverage>\n';
  writeSync(fd, buf);
  closeSync(fd);
}

const XML2JS = `
const { readFileSync } = require('node:fs');
const { parseString } = require(${JSON.stringify(join(root, 'node_modules/xml2js'))});
const t = process.hrtime.bigint();
parseString(readFileSync(process.argv[1], 'utf8'), (err, doc) => {
  if (err) throw err;
  let lines = 0, hit = 0;
  for (const p of doc.coverage.packages[0].package)
    for (const c of p.classes[0].class)
      for (const l of c.lines[0].line) { lines++; if (Number(l.$.hits) > 0) hit++; }
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(JSON.stringify({ ms, maxRSS: process.resourceUsage().maxRSS * 1024, lines, hit }));
});`;

function child(args) {
  try {
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop());
  } catch (e) {
    return { error: String(e.stderr || e.message).split('\n').find((l) => l.trim()) ?? 'failed' };
  }
}

export async function benchCobertura() {
  mkdirSync(benchDir, { recursive: true });
  const report = join(benchDir, 'cobertura-90mb.xml');
  if (!existsSync(report) || statSync(report).size < 80e6) {
    console.log(`generating ${report} (${CLASSES} classes)…`);
    generate(report);
  }
  const size = statSync(report).size;
  const bundleDir = join(benchDir, 'cov');
  execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'bench/coverage-entry.ts'), '-o', bundleDir, '-q', '--transpile-only'], { cwd: root, stdio: 'inherit' });
  const ours = child([join(bundleDir, 'index.js'), report]);
  const other = child(['--max-old-space-size=16000', '-e', XML2JS, report]);
  if (ours.error) throw new Error(`benchmark child failed: ${ours.error}`);
  const label = `coverage ${Math.round(size / 1e6)}MB cobertura`;
  const mb = (b) => `${Math.round(b / 1e6)} MB`;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${label}: xml2js ${other.error ? `failed: ${other.error}` : `${s(other.ms)}, peak RSS ${mb(other.maxRSS)}`}`);
  const ratio = other.error ? null : other.ms / ours.ms;
  console.log(`${label}: shipgate ${s(ours.ms)} (${ratio === null ? 'xml2js failed' : `${ratio.toFixed(1)}× faster than xml2js`}), peak RSS ${mb(ours.maxRSS)} [${ours.files} files, gate ${ours.status}]`);
  console.log(`  ${ratio === null || ratio >= 4 ? 'met' : 'MISSED'}: at least 4× faster than xml2js`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchCobertura();
