// Entry point of the bundled CLI (dist/cli/index.js, run by bin/shipgate.js).
import { main } from './cli.js';

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    // exitCode, not exit(): let piped output drain.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`shipgate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
