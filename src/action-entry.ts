// The action's entry (loaded by src/index.ts when the runner starts dist/index.js): only calls run().
import { run } from './main.js';
import { setFailed } from './action/runtime.js';
import { errorMessage } from './errors.js';

process.on('unhandledRejection', (e) => setFailed(`shipgate failed: ${errorMessage(e)}`));
void run();
