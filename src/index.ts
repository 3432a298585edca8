/**
 * Entry point of the one bundle (dist/index.js) that serves both the action and the CLI, so dist/
 * holds one set of chunks: the runner starts `node dist/index.js` (the action); bin/shipgate.js sets
 * `globalThis.shipgateCli` before importing it (the CLI). Each side is its own chunk, so neither
 * loads the other's modules.
 */
const cli = (globalThis as { shipgateCli?: unknown }).shipgateCli === true;
void (cli ? import('./cli-entry.js') : import('./action-entry.js'));
