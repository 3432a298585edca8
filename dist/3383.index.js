export const id = 3383;
export const ids = [3383,5325];
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


/***/ }),

/***/ 3383:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
exports.collectCommand = collectCommand;
/** Runs the `command` gate's command in the shell, with its timeout, cwd and env. */
const node_path_1 = __importDefault(__webpack_require__(6760));
const command_js_1 = __webpack_require__(5325);
const duration_js_1 = __webpack_require__(6518);
const process_js_1 = __webpack_require__(407);
/** How often "still running" progress is reported. */
const HEARTBEAT_MS = 30_000;
async function collectCommand(gate, ctx) {
    const cwd = node_path_1.default.resolve(ctx.cwd, gate.cwd ?? '.');
    const env = { ...ctx.env };
    for (const [k, v] of Object.entries(gate.env ?? {}))
        env[k] = String(v);
    ctx.secrets?.addFromEnv(env);
    const timeoutMs = (0, command_js_1.commandTimeoutMs)(gate);
    const shell = gate.shell ?? (0, process_js_1.defaultShell)(env);
    const rel = node_path_1.default.relative(ctx.cwd, cwd);
    const shownCwd = rel === '' ? '.' : rel.startsWith('..') || node_path_1.default.isAbsolute(rel) ? cwd : rel;
    ctx.progress(`running: ${gate.run}`);
    const started = Date.now();
    const heartbeat = setInterval(() => ctx.progress(`still running (${(0, duration_js_1.formatDuration)(Date.now() - started)}): ${gate.run}`), HEARTBEAT_MS);
    try {
        const r = await (0, process_js_1.runShell)(gate.run, { cwd, env, timeoutMs, signal: ctx.signal, shell });
        return {
            command: gate.run,
            cwd: shownCwd,
            shell,
            exitCode: r.exitCode,
            signal: r.signal,
            timedOut: r.timedOut,
            aborted: r.aborted,
            timeoutMs,
            durationMs: r.durationMs,
            output: r.output,
        };
    }
    finally {
        clearInterval(heartbeat);
    }
}
exports.collect = collectCommand;


/***/ }),

/***/ 407:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tail = tail;
exports.defaultShell = defaultShell;
exports.runShell = runShell;
/**
 * Runs a shell command for a gate (command gate, migrations' status command) with a timeout.
 *
 * The command runs in its own process group (spawned detached), so a timeout, an abort, or the
 * end of the command kills everything it started — including grandchildren such as `sleep 100 &`
 * in a subshell — instead of leaving them running on the runner or holding the output pipes open.
 */
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const node_string_decoder_1 = __webpack_require__(6193);
const errors_js_1 = __webpack_require__(3916);
/** Characters of output kept while running: bounds memory for commands that print a lot. */
const KEEP_CHARS = 64 * 1024;
/** After SIGTERM, how long the process group gets before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** After the command exits, how long to wait for its output pipes to drain. */
const DRAIN_MS = 1000;
/** The last `lines` lines of `text` (a trailing newline does not count as an empty last line). */
function tail(text, lines) {
    const trimmed = text.replace(/\r?\n$/, '');
    if (lines <= 0)
        return '';
    let idx = trimmed.length;
    for (let i = 0; i < lines; i++) {
        const nl = trimmed.lastIndexOf('\n', idx - 1);
        if (nl < 0)
            return trimmed;
        idx = nl;
    }
    return trimmed.slice(idx + 1);
}
let defaultShellCache;
/** bash when it is on PATH (or /bin/bash), else sh. */
function defaultShell(env = process.env) {
    if (defaultShellCache)
        return defaultShellCache;
    const dirs = (env.PATH ?? '').split(node_path_1.default.delimiter).filter(Boolean);
    for (const dir of [...dirs, '/bin', '/usr/bin']) {
        try {
            (0, node_fs_1.accessSync)(node_path_1.default.join(dir, 'bash'), node_fs_1.constants.X_OK);
            return (defaultShellCache = node_path_1.default.join(dir, 'bash'));
        }
        catch {
            // not here
        }
    }
    return (defaultShellCache = 'sh');
}
/** Sends `sig` to the whole process group led by `pid`; a group that is already gone is fine. */
function killGroup(pid, sig) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, sig);
    }
    catch {
        // ESRCH: the group has already exited.
    }
}
/**
 * Runs `command` with `<shell> -c`. Resolves when the command has ended (normally, by timeout or by
 * abort) and its output is read; never rejects for a non-zero exit. Throws UserError when the
 * working directory or the shell does not exist.
 */
async function runShell(command, opts) {
    let st;
    try {
        st = (0, node_fs_1.statSync)(opts.cwd);
    }
    catch {
        throw new errors_js_1.UserError(`working directory ${opts.cwd} does not exist; fix the path (it is relative to the repository root)`);
    }
    if (!st.isDirectory())
        throw new errors_js_1.UserError(`working directory ${opts.cwd} is not a directory`);
    const shell = opts.shell ?? defaultShell(opts.env);
    const keepLines = opts.tailLines ?? 50;
    const started = performance.now();
    return await new Promise((resolve, reject) => {
        let buffer = '';
        let timedOut = false;
        let aborted = false;
        let exit = null;
        let settled = false;
        const timers = [];
        const child = (0, node_child_process_1.spawn)(shell, ['-c', command], {
            cwd: opts.cwd,
            env: opts.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const pid = child.pid;
        const append = (chunk) => {
            if (!chunk)
                return;
            buffer += chunk;
            if (buffer.length > 2 * KEEP_CHARS)
                buffer = buffer.slice(-KEEP_CHARS);
            opts.onOutput?.(chunk);
        };
        for (const stream of [child.stdout, child.stderr]) {
            const decoder = new node_string_decoder_1.StringDecoder('utf8');
            stream.on('data', (b) => append(decoder.write(b)));
            stream.on('end', () => append(decoder.end()));
        }
        const stop = () => {
            killGroup(pid, 'SIGTERM');
            timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
        };
        const onAbort = () => {
            if (exit)
                return;
            aborted = true;
            stop();
        };
        const finish = () => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            opts.signal?.removeEventListener('abort', onAbort);
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({
                exitCode: exit?.code ?? null,
                signal: exit?.signal ?? null,
                timedOut,
                aborted,
                output: tail(buffer.slice(-KEEP_CHARS), keepLines),
                durationMs: Math.round(performance.now() - started),
            });
        };
        child.on('error', (e) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            opts.signal?.removeEventListener('abort', onAbort);
            if (e.code === 'ENOENT')
                reject(new errors_js_1.UserError(`shell ${shell} was not found; install it or set another shell`));
            else
                reject(e);
        });
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            // Background processes the command left behind would keep the pipes open (and keep running
            // on the runner): end the rest of the group, then give the pipes a moment to drain.
            killGroup(pid, 'SIGTERM');
            timers.push(setTimeout(() => {
                killGroup(pid, 'SIGKILL');
                finish();
            }, DRAIN_MS));
        });
        child.on('close', () => {
            if (exit)
                finish();
        });
        if (opts.timeoutMs > 0 && Number.isFinite(opts.timeoutMs)) {
            timers.push(setTimeout(() => {
                if (exit)
                    return;
                timedOut = true;
                stop();
            }, opts.timeoutMs));
        }
        if (opts.signal) {
            if (opts.signal.aborted)
                onAbort();
            else
                opts.signal.addEventListener('abort', onAbort, { once: true });
        }
    });
}


/***/ })

};

//# sourceMappingURL=3383.index.js.map