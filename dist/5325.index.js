export const id = 5325;
export const ids = [5325];
export const modules = {

/***/ 5325:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.DEFAULT_COMMAND_TIMEOUT = void 0;
exports.commandTimeoutMs = commandTimeoutMs;
exports.evaluateCommand = evaluateCommand;
exports.explainCommand = explainCommand;
const duration_js_1 = __webpack_require__(6518);
const sample_check_js_1 = __webpack_require__(2521);
exports.DEFAULT_COMMAND_TIMEOUT = '10m';
function commandTimeoutMs(gate) {
    return (0, duration_js_1.parseDuration)(gate.timeout ?? exports.DEFAULT_COMMAND_TIMEOUT) ?? 600_000;
}
/** The command for one-line messages: its first line, at most 80 characters. */
function label(command) {
    const lines = command.trim().split(/\r?\n/);
    let first = lines[0] ?? '';
    const more = lines.length > 1;
    if (first.length > 80)
        first = `${first.slice(0, 77)}...`;
    else if (more)
        first = `${first} ...`;
    return `"${first}"`;
}
/** The missing command's name, from bash ("x: command not found") or dash ("x: not found"). */
function missingCommand(output) {
    const m = /(?:^|\n)(?:[^\n]*?: )?(?:line \d+: |\d+: )?([^\s:]+): (?:command )?not found\s*$/m.exec(output);
    return m ? m[1] : null;
}
function evaluateCommand(gate, facts, _ctx) {
    const cmd = label(facts.command);
    const took = (0, duration_js_1.formatDuration)(facts.durationMs);
    const details = [
        { kind: 'text', text: `Ran ${cmd} with ${facts.shell} in ${facts.cwd} (${took}).` },
    ];
    if (facts.output.trim() !== '') {
        details.push({ kind: 'text', text: 'Last lines of output:' }, { kind: 'code', text: facts.output });
    }
    else
        details.push({ kind: 'text', text: 'It printed nothing.' });
    if (facts.timedOut)
        return {
            status: 'error',
            summary: `${cmd} timed out after ${(0, duration_js_1.formatDuration)(facts.timeoutMs)} and was stopped; raise timeout (now ${gate.timeout ?? `${exports.DEFAULT_COMMAND_TIMEOUT}, the default`}) or make it faster`,
            details,
        };
    if (facts.aborted)
        return {
            status: 'error',
            summary: `${cmd} was stopped after ${took} (the run was cancelled or its deadline passed)`,
            details,
        };
    if (facts.exitCode === 0)
        return { status: 'pass', summary: `${cmd} exited 0 in ${took}`, details };
    if (facts.exitCode === 127) {
        const name = missingCommand(facts.output);
        return {
            status: 'error',
            summary: `${cmd}: command not found${name ? `: ${name}` : ''} (exit 127); install it or fix PATH in the job`,
            details,
        };
    }
    if (facts.exitCode === 126)
        return {
            status: 'error',
            summary: `${cmd} could not be run (exit 126: found but not executable); check its permissions (chmod +x)`,
            details,
        };
    if (facts.exitCode === null)
        return {
            status: 'fail',
            summary: `${cmd} was killed by ${facts.signal ?? 'a signal'} after ${took}`,
            details,
        };
    return { status: 'fail', summary: `${cmd} exited ${facts.exitCode}`, details };
}
function explainCommand(gate) {
    const env = Object.keys(gate.env ?? {});
    return [
        `Runs: ${gate.run}`,
        `Shell: ${gate.shell ?? 'bash (sh when bash is missing)'}; working directory: ${gate.cwd ?? '. (repository root)'}.`,
        `Environment: the job's${env.length ? `, plus ${env.join(', ')}` : ''}.`,
        `Timeout: ${(0, duration_js_1.formatDuration)(commandTimeoutMs(gate))}${gate.timeout ? '' : ' (default)'}; on timeout the whole process group is killed and the gate is an error.`,
        'Passes when it exits 0; the last 50 lines of its output are shown in the details.',
    ];
}
exports.gate = {
    evaluate: evaluateCommand,
    explain: explainCommand,
    check: (g) => (g.sample ? (0, sample_check_js_1.sampleProblems)(g.sample) : []),
};


/***/ }),

/***/ 2521:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sampleProblems = sampleProblems;
exports.checkRegex = checkRegex;
/**
 * Config checks shared by the gate types that take `sample:` (http, metric, command) and check
 * regular expressions: problems the JSON Schema cannot express, as paths relative to the gate.
 */
const duration_js_1 = __webpack_require__(6518);
/** `sample:` of any gate: a window that holds samples. */
function sampleProblems(sample) {
    const out = [];
    const ms = (k) => (typeof sample[k] === 'string' ? (0, duration_js_1.parseDuration)(sample[k]) : null);
    const every = ms('every');
    const window = ms('for');
    if (every === 0)
        out.push({ path: ['sample', 'every'], message: 'sample.every must be longer than 0, e.g. 30s' });
    if (every && window !== null && window < every)
        out.push({
            path: ['sample', 'for'],
            message: `sample.for (${sample.for}) is shorter than sample.every (${sample.every}): the window would hold a single sample; make for a multiple of every, e.g. every: 30s, for: 10m`,
        });
    else if (every && window !== null && window / every > 10_000)
        out.push({
            path: ['sample', 'every'],
            message: 'sample: more than 10000 samples in the window; sample less often',
        });
    return out;
}
/** A regular expression the gate will compile (JavaScript syntax, Unicode mode). */
function checkRegex(out, path, source) {
    try {
        new RegExp(source, 'u');
    }
    catch (e) {
        out.push({ path, message: `not a valid regular expression: ${e.message}` });
    }
}


/***/ })

};

//# sourceMappingURL=5325.index.js.map