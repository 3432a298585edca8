#!/usr/bin/env node
// The `shipgate` command (package bin): runs the bundled CLI.
import '../dist/cli/index.js';
