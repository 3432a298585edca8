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
    `api: ${r.reads} read requests + ${r.writes.length} write (${r.writes.join(', ')}) for one evaluation of a PR with ` +
      `${s.checkRuns} check runs in ${s.suites} suites, ${s.reviews} reviews, ${s.comments} comments, ${s.files} files ` +
      `(REST page-by-page: ${r.restBaseline} reads; goal ≤ 4 reads)${r.validationErrors ? ` — ${r.validationErrors} VALIDATION ERRORS` : ''}`,
  );
}

if (want('cold-start')) {
  // Interleaved runs, median of each: `node -e ''` against `node dist/index.js` (which loads the
  // whole bundle, reads its inputs and stops at the missing runner environment).
  const time = (args) => {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH }, stdio: 'ignore' });
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const base = [];
  const action = [];
  const cli = [];
  for (let i = 0; i < 3; i++) time(['dist/index.js']);
  for (let i = 0; i < 31; i++) {
    base.push(time(['-e', '']));
    action.push(time([join(root, 'dist/index.js')]));
    cli.push(time([join(root, 'dist/cli/index.js'), '--version']));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const b = median(base);
  const a = median(action);
  const c = median(cli);
  console.log(`cold start: node dist/index.js ${a.toFixed(1)} ms = ${(a / b).toFixed(2)}× node -e '' (${b.toFixed(1)} ms), goal ≤ 1.5×; CLI --version ${c.toFixed(1)} ms = ${(c / b).toFixed(2)}×`);
}

if (want('coverage')) {
  const { benchCoverage } = await import('./coverage.mjs');
  await benchCoverage();
}
