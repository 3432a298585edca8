// `npm run bench`: measurements that back the README's speed claims, each against a baseline
// measured in the same run. No timing assertion lives in the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

if (!existsSync(join(root, 'dist/index.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

if (want('api')) {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.tools.json'], { cwd: root, stdio: 'inherit' });
  cpSync(join(root, '__tests__/fake-github/openapi-subset.json'), join(root, '.bench/js/__tests__/fake-github/openapi-subset.json'));
  const out = execFileSync(process.execPath, ['.bench/js/bench/api.js'], { cwd: root, encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').pop());
  const s = r.scenario;
  console.log(
    `api: first run ${r.reads} read requests + ${r.writes.length} write (${r.writes.join(', ')}), next run ${r.next.reads} reads + ${r.next.writes.length} write (${r.next.writes.join(', ')}), for one evaluation of a PR with ` +
      `${s.checkRuns} check runs in ${s.suites} suites, ${s.reviews} reviews, ${s.comments} comments, ${s.files} files ` +
      `(REST page-by-page: ${r.restBaseline} reads; goal ≤ 4 reads)${r.validationErrors ? ` — ${r.validationErrors} VALIDATION ERRORS` : ''}`,
  );
}

if (want('cold-start')) {
  // Interleaved runs, median of each:
  // - cold start: `node dist/index.js` without a runner environment (it loads its start-up modules,
  //   reads its inputs and stops) against `node -e ''`;
  // - first API request: from spawning dist/index.js for a pull_request run until its first GitHub
  //   request reaches a local server, against `node -e "fetch(url)"` (Node's fetch has a start-up
  //   cost of its own). The config parser (YAML + schema validator) loads while that request is in
  //   flight.
  const { createServer } = await import('node:http');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  let arrived = null;
  const server = createServer((req, res) => {
    arrived?.();
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"bench"}');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-bench-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ number: 1, pull_request: { number: 1, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } } }));
  writeFileSync(join(dir, 'out'), '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_API_URL: `http://127.0.0.1:${server.address().port}`,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'out'),
    'INPUT_CONFIG': '.github/shipgate.yml',
    'INPUT_TOKEN': 'bench',
    'INPUT_MODE': 'enforce',
    'INPUT_COMMENT': 'true',
  };
  const { spawn } = await import('node:child_process');
  const firstRequest = (args = [join(root, 'dist/index.js')]) =>
    new Promise((resolve) => {
      const t = process.hrtime.bigint();
      const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
      arrived = () => {
        arrived = null;
        resolve(Number(process.hrtime.bigint() - t) / 1e6);
        child.kill('SIGKILL');
      };
    });
  const exit = (args) =>
    new Promise((resolve) => {
      const t = process.hrtime.bigint();
      spawn(process.execPath, args, { env: { PATH: process.env.PATH }, stdio: 'ignore' }).on('close', () =>
        resolve(Number(process.hrtime.bigint() - t) / 1e6),
      );
    });
  // The baseline: an empty ES module that prints one line (what any bundled action pays at least).
  writeFileSync(join(dir, 'empty.mjs'), "console.log('ready');\n");
  const base = [];
  const fetchBase = [];
  const ttfr = [];
  const whole = [];
  const cli = [];
  for (let i = 0; i < 3; i++) await firstRequest();
  for (let i = 0; i < 31; i++) {
    base.push(await exit([join(dir, 'empty.mjs')]));
    ttfr.push(await firstRequest());
    fetchBase.push(await firstRequest(['-e', `fetch(${JSON.stringify(env.GITHUB_API_URL + '/graphql')}).catch(()=>{})`]));
    whole.push(await exit([join(root, 'dist/index.js')]));
    cli.push(await exit([join(root, 'bin/shipgate.js'), 'version']));
  }
  server.close();
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const b = median(base);
  const line = (label, ms) => `${label} ${ms.toFixed(1)} ms = ${(ms / b).toFixed(2)}×`;
  const f = median(fetchBase);
  console.log(`cold start: ${line("node dist/index.js (loads its start-up modules, stops at the missing runner environment)", median(whole))} an empty ES module printing one line (${b.toFixed(1)} ms), goal ≤ 1.25×`);
  console.log(
    `first API request: ${median(ttfr).toFixed(1)} ms after spawning dist/index.js = ${(median(ttfr) / f).toFixed(2)}× node -e "fetch(url)" (${f.toFixed(1)} ms; Node's own fetch start-up included in both)`,
  );
  console.log(`cli: ${line('shipgate version', median(cli))} an empty ES module printing one line`);

  // The same ratio in instructions executed (valgrind's callgrind counts them; the count does not
  // depend on what else the machine is doing, unlike the times above on a busy machine).
  const instructions = (args) => {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], {
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
    return Number(/Collected : (\d+)/.exec(r.stderr ?? '')?.[1] ?? 0);
  };
  const iBase = instructions([join(dir, 'empty.mjs')]);
  const iOurs = instructions([join(root, 'dist/index.js')]);
  if (iBase > 0 && iOurs > 0)
    console.log(
      `cold start (instructions, callgrind): node dist/index.js ${(iOurs / 1e6).toFixed(0)} M = ${(iOurs / iBase).toFixed(2)}× an empty ES module printing one line (${(iBase / 1e6).toFixed(0)} M), goal ≤ 1.25×`,
    );
  else console.log('cold start (instructions): valgrind is not installed, skipped');
}

if (want('coverage')) {
  const { benchCoverage } = await import('./coverage.mjs');
  await benchCoverage();
}

if (want('cobertura')) {
  const { benchCobertura } = await import('./cobertura.mjs');
  await benchCobertura();
}

if (want('reports')) {
  const { benchReports } = await import('./reports.mjs');
  await benchReports();
}
