// Bundles the action and the CLI into one ncc bundle, dist/index.js (src/index.ts picks the side),
// unminified with source maps: minifying gains nothing measurable at start-up (`npm run bench`), and
// readable stack traces and diffs of dist/ are worth more. Type errors are caught by `tsc --noEmit`
// in `npm test`; ncc only transpiles.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;
const out = process.argv[2] ?? 'dist';
rmSync(out, { recursive: true, force: true });
const args = ['build', 'src/index.ts', '-o', out, '--source-map', '--transpile-only', '--target', 'es2022'];
args.push('--no-source-map-register', '--no-cache', '-q', '--license', 'licenses.txt');
execFileSync(process.execPath, [ncc, ...args], { stdio: 'inherit' });
