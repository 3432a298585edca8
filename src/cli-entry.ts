// The CLI's entry (loaded by src/index.ts when bin/shipgate.js imports dist/index.js).
import { main } from './cli.js';

// Commands run in their own process group, so Ctrl-C (SIGINT to the terminal's foreground group)
// does not reach them: abort the run instead, which stops each command's whole group. A second
// signal exits at once.
const controller = new AbortController();
let interrupted: NodeJS.Signals | null = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    if (interrupted) process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    interrupted = sig;
    process.stderr.write(
      `shipgate: ${sig === 'SIGINT' ? 'interrupted' : `got ${sig}`}, stopping running gates…\n`,
    );
    controller.abort();
  });
}

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
}).then(
  (code) => {
    // exitCode, not exit(): let piped output drain. An interrupted run is never "allowed".
    process.exitCode = interrupted
      ? 128 + (interrupted === 'SIGINT' ? 2 : interrupted === 'SIGTERM' ? 15 : 1)
      : code;
  },
  (e: unknown) => {
    process.stderr.write(`shipgate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
