#!/usr/bin/env node
// The `shipgate` command (package bin): the CLI side of the bundle (see src/index.ts).
globalThis.shipgateCli = true;
await import('../dist/index.js');
