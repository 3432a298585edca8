// `npm run demo`: compiles the demo (and the fake GitHub it uses) and runs it on the bundled action.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist/index.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.tools.json'], { cwd: root, stdio: 'inherit' });
cpSync(join(root, '__tests__/fake-github/openapi-subset.json'), join(root, '.bench/js/__tests__/fake-github/openapi-subset.json'));
execFileSync(process.execPath, ['.bench/js/scripts/demo.js'], { cwd: root, stdio: 'inherit' });
