// Benchmark of the tests and sarif gates on a 50 MB JUnit XML report and a 50 MB SARIF file.
// Each contender runs in its own child process, which prints its time and peak RSS:
//   (a) a plain streaming read with the same parser and no handlers: saxes for XML, the
//       @streamparser/json tokenizer for JSON (the floor for any streaming reader of the format);
//   (b) shipgate: the ncc bundle of bench/reports-entry.ts (report discovery, streaming parse, gate).
// Goals: shipgate ≤ 2× the plain streaming read, peak RSS < 150 MB.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const TARGET = 50e6;

function writer(file) {
  const fd = openSync(file, 'w');
  let buf = '';
  let size = 0;
  return {
    put(s) {
      buf += s;
      if (buf.length > 1 << 20) this.flush();
    },
    flush() {
      writeSync(fd, buf);
      size += Buffer.byteLength(buf);
      buf = '';
    },
    get size() {
      return size + buf.length;
    },
    close() {
      this.flush();
      closeSync(fd);
    },
  };
}

const TRACE = Array.from({ length: 25 }, (_, i) => `\tat com.acme.shop.service.Module${i}.call(Module${i}.java:${40 + i})`).join('\n');

/** Surefire-like suites: 200 test cases each, 2% failing with a stack trace, 3% skipped. */
function generateJunit(file) {
  const w = writer(file);
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  w.put('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n');
  for (let s = 0; w.size < TARGET; s++) {
    const cases = [];
    let failures = 0;
    let skipped = 0;
    for (let c = 0; c < 200; c++) {
      const r = rand();
      const head = `    <testcase name="handles case ${c} &amp; edge ${s}" classname="com.acme.shop.Suite${s}Test" time="0.0${c % 10}"`;
      if (r < 0.02) {
        failures++;
        cases.push(`${head}>\n      <failure message="expected: &lt;${c}&gt; but was: &lt;${c + 1}&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected <${c}>\n${TRACE}\n]]></failure>\n      <system-out><![CDATA[${'log line for the failing case\n'.repeat(10)}]]></system-out>\n    </testcase>\n`);
      } else if (r < 0.05) {
        skipped++;
        cases.push(`${head}>\n      <skipped message="disabled on CI"/>\n    </testcase>\n`);
      } else cases.push(`${head}/>\n`);
    }
    w.put(`  <testsuite name="com.acme.shop.Suite${s}Test" tests="200" failures="${failures}" errors="0" skipped="${skipped}" time="1.5">\n    <properties><property name="java.version" value="17.0.13"/></properties>\n`);
    w.put(cases.join(''));
    w.put('  </testsuite>\n');
  }
  w.put('</testsuites>\n');
  w.close();
}

/** CodeQL-like SARIF: 300 rules with help text, results with locations, code flows on 10%. */
function generateSarif(file) {
  const w = writer(file);
  const rules = Array.from({ length: 300 }, (_, i) => ({
    id: `js/rule-${i}`,
    name: `Rule${i}`,
    shortDescription: { text: `Rule number ${i}` },
    fullDescription: { text: 'Long description of the problem this query finds. '.repeat(8) },
    defaultConfiguration: { level: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'note' },
    help: { text: 'How to fix it. '.repeat(40), markdown: '# Fix\n'.repeat(20) },
    properties: { tags: ['security', `external/cwe/cwe-${i}`], precision: 'high', ...(i % 2 ? { 'security-severity': String((i % 100) / 10) } : {}) },
  }));
  w.put(`{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeQL","version":"2.19.0","rules":${JSON.stringify(rules)}}},"results":[`);
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; w.size < TARGET; n++) {
    const ruleIndex = Math.floor(rand() * 300);
    const loc = (line) => ({ physicalLocation: { artifactLocation: { uri: `src/module-${n % 500}/file-${n % 37}.js`, uriBaseId: '%SRCROOT%', index: n % 1000 }, region: { startLine: line, startColumn: 5, endColumn: 40 } } });
    const result = {
      ruleId: `js/rule-${ruleIndex}`,
      ruleIndex,
      message: { text: `This value flows to a sensitive sink [here](1) in call ${n}.` },
      locations: [loc(10 + (n % 900))],
      partialFingerprints: { primaryLocationLineHash: `${n.toString(16)}abcdef:1` },
      ...(rand() < 0.1
        ? { codeFlows: [{ threadFlows: [{ locations: Array.from({ length: 8 }, (_, k) => ({ location: { ...loc(k + 1), message: { text: `step ${k}` } } })) }] }] }
        : {}),
    };
    w.put((n ? ',' : '') + JSON.stringify(result));
  }
  w.put(']}]}\n');
  w.close();
}

const SAXES_PLAIN = `
const { createReadStream } = require('node:fs');
const { SaxesParser } = require(${JSON.stringify(join(root, 'node_modules/saxes'))});
const t = process.hrtime.bigint();
(async () => {
  const p = new SaxesParser();
  let n = 0;
  p.on('opentag', () => n++);
  for await (const chunk of createReadStream(process.argv[1], { encoding: 'utf8', highWaterMark: 256 * 1024 })) p.write(chunk);
  p.close();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const u = process.resourceUsage();
  console.log(JSON.stringify({ ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRSS: u.maxRSS * 1024, count: n }));
})();`;

const JSON_PLAIN = `
const { createReadStream } = require('node:fs');
const { Tokenizer } = require(${JSON.stringify(join(root, 'node_modules/@streamparser/json'))});
const t = process.hrtime.bigint();
(async () => {
  const tk = new Tokenizer();
  let n = 0;
  tk.onToken = () => n++;
  for await (const chunk of createReadStream(process.argv[1], { highWaterMark: 256 * 1024 })) tk.write(chunk);
  tk.end();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const u = process.resourceUsage();
  console.log(JSON.stringify({ ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRSS: u.maxRSS * 1024, count: n }));
})();`;

const JSON_PARSER = `
const { createReadStream } = require('node:fs');
const { JSONParser } = require(${JSON.stringify(join(root, 'node_modules/@streamparser/json'))});
const t = process.hrtime.bigint();
(async () => {
  const p = new JSONParser({ paths: ['$.runs.*.results.*'], keepStack: false });
  let n = 0;
  p.onValue = () => n++;
  for await (const chunk of createReadStream(process.argv[1], { highWaterMark: 256 * 1024 })) p.write(chunk);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const u = process.resourceUsage();
  console.log(JSON.stringify({ ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRSS: u.maxRSS * 1024, count: n }));
})();`;

function child(args) {
  try {
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop());
  } catch (e) {
    return { error: String(e.stderr || e.message).split('\n').find((l) => l.trim()) ?? 'failed' };
  }
}

const mb = (bytes) => `${Math.round(bytes / 1e6)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchReports() {
  mkdirSync(benchDir, { recursive: true });
  const junit = join(benchDir, 'junit-50mb.xml');
  const sarif = join(benchDir, 'sarif-50mb.sarif');
  if (!existsSync(junit) || statSync(junit).size < TARGET) generateJunit(junit);
  if (!existsSync(sarif) || statSync(sarif).size < TARGET) generateSarif(sarif);
  const bundleDir = join(benchDir, 'reports');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'bench/reports-entry.ts'), '-o', bundleDir, '-q', '--transpile-only'],
    { cwd: root, stdio: 'inherit' },
  );
  const results = {};
  const summary = (runs) => ({
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRSS: Math.max(...runs.map((r) => r.maxRSS)),
    count: runs[0].count,
    status: runs[0].status,
  });
  const timing = (r) => `${s(r.ms)} wall, ${s(r.cpuMs)} CPU, peak RSS ${mb(r.maxRSS)}`;
  for (const [kind, file, plainScript, plainName, other] of [
    ['junit', junit, SAXES_PLAIN, 'saxes, no handlers', null],
    ['sarif', sarif, JSON_PLAIN, '@streamparser/json tokenizer, no handlers', [JSON_PARSER, "@streamparser/json's JSONParser emitting each result"]],
  ]) {
    // Interleaved, three rounds, medians. The ratio is taken on CPU time (user + system): on this
    // shared 2-core machine wall time mostly measures the other developers' load.
    const plain = [];
    const ours = [];
    const others = [];
    for (let round = 0; round < 3; round++) {
      plain.push(child(['-e', plainScript, file]));
      ours.push(child([join(bundleDir, 'index.js'), kind, file]));
      if (other) others.push(child(['-e', other[0], file]));
    }
    const failed = [...plain, ...ours, ...others].find((r) => r.error);
    if (failed) throw new Error(`benchmark child failed: ${failed.error}`);
    const p = summary(plain);
    const o = summary(ours);
    const size = statSync(file).size;
    const label = `${kind === 'junit' ? 'tests' : 'sarif'} ${Math.round(size / 1e6)}MB ${kind === 'junit' ? 'JUnit XML' : 'SARIF'}`;
    const ratio = o.cpuMs / p.cpuMs;
    console.log(`${label}: plain streaming read (${plainName}) ${timing(p)}`);
    if (other) {
      const x = summary(others);
      console.log(`${label}: ${other[1]} ${timing(x)} (${(x.cpuMs / p.cpuMs).toFixed(2)}× plain)`);
    }
    console.log(
      `${label}: shipgate ${timing(o)} — ${ratio.toFixed(2)}× plain streaming read (CPU; wall ${(o.ms / p.ms).toFixed(2)}×) [${o.count} ${kind === 'junit' ? 'tests' : 'results'}, gate ${o.status}]`,
    );
    const goals = { 'at most 2× the plain streaming read': ratio <= 2, 'peak RSS under 150 MB': o.maxRSS < 150e6 };
    for (const [goal, met] of Object.entries(goals)) console.log(`  ${met ? 'met' : 'MISSED'}: ${goal}`);
    results[kind] = { sizeBytes: size, plain: p, shipgate: o, ratio, goals };
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchReports();
}
