// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Type errors are caught by `tsc --noEmit` in `npm test`; ncc only transpiles.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;
const out = process.argv[2] ?? 'dist';
rmSync(out, { recursive: true, force: true });
for (const [entry, dir] of [
  ['src/index.ts', out],
  ['src/cli-entry.ts', `${out}/cli`],
]) {
  const args = ['build', entry, '-o', dir, '--minify', '--transpile-only', '--target', 'es2022'];
  args.push('--no-source-map-register', '--no-cache', '-q', '--license', 'licenses.txt');
  execFileSync(process.execPath, [ncc, ...args], { stdio: 'inherit' });
}
