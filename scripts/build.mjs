// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;
const out = process.argv[2] ?? 'dist';
rmSync(out, { recursive: true, force: true });
for (const [entry, dir] of [
  ['src/index.ts', out],
  ['src/cli-entry.ts', `${out}/cli`],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--minify', '--no-source-map-register', '-q', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
}
