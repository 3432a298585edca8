export const id = 84;
export const ids = [84,921];
export const modules = {

/***/ 8948:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESULT_SCHEMA_VERSION = exports.OUTPUT_NAMES = void 0;
exports.blockingIds = blockingIds;
exports.resultJson = resultJson;
exports.writeOutputs = writeOutputs;
exports.writeFailureOutputs = writeFailureOutputs;
/** The action's outputs. The only file that writes them. */
const types_js_1 = __webpack_require__(2301);
const runtime_js_1 = __webpack_require__(4202);
exports.OUTPUT_NAMES = ['allowed', 'blocking', 'result', 'comment-url'];
function blockingIds(ev) {
    return ev.gates.filter((g) => g.required && !(0, types_js_1.allowsDeploy)(g.status)).map((g) => g.id);
}
/** Version of the `result` JSON shape; raised when a field changes meaning or goes away. */
exports.RESULT_SCHEMA_VERSION = 1;
/** The `result` output: the spec's shape, plus `error` when the config could not be used. */
function resultJson(ev) {
    return JSON.stringify({
        schema_version: exports.RESULT_SCHEMA_VERSION,
        environment: ev.environment,
        allowed: ev.allowed,
        sha: ev.sha,
        pr: ev.pr,
        gates: ev.gates.map((g) => ({
            ...g.data,
            id: g.id,
            type: g.type,
            title: g.title,
            status: g.status,
            required: g.required,
            summary: g.summary,
            ...(g.waiver
                ? { waiver: { by: g.waiver.login, reason: g.waiver.reason, until: g.waiver.until, at: g.waiver.at } }
                : {}),
        })),
        ...(ev.error ? { error: ev.error } : {}),
    });
}
function writeOutputs(ev, commentUrl) {
    (0, runtime_js_1.setOutput)('allowed', String(ev.allowed));
    (0, runtime_js_1.setOutput)('blocking', ev.error ? 'config' : blockingIds(ev).join(','));
    (0, runtime_js_1.setOutput)('result', resultJson(ev));
    (0, runtime_js_1.setOutput)('comment-url', commentUrl);
}
/**
 * The outputs of a run that could not evaluate the gates (`blocking` is `github` for a GitHub API
 * failure, else `shipgate`): still "not allowed", so a later step reading them cannot deploy.
 */
function writeFailureOutputs(run, blocking, message) {
    const ev = {
        environment: run.environment,
        allowed: false,
        sha: run.sha,
        pr: run.pr,
        gates: [],
        error: message,
    };
    (0, runtime_js_1.setOutput)('allowed', 'false');
    (0, runtime_js_1.setOutput)('blocking', blocking);
    (0, runtime_js_1.setOutput)('result', resultJson(ev));
    (0, runtime_js_1.setOutput)('comment-url', '');
}


/***/ }),

/***/ 4202:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addSecret = addSecret;
exports.addSecretsFromEnv = addSecretsFromEnv;
exports.redact = redact;
exports.redactDeep = redactDeep;
exports.useCore = useCore;
exports.getInput = getInput;
exports.info = info;
exports.debug = debug;
exports.warning = warning;
exports.error = error;
exports.mask = mask;
exports.setOutput = setOutput;
exports.appendSummary = appendSummary;
exports.setFailed = setFailed;
/**
 * The GitHub Actions runner protocol (inputs, outputs, job summary, log commands), implemented
 * directly on its documented file and workflow commands. @actions/core does the same but pulls in
 * an HTTP stack (undici) that costs ~65 ms of start-up on every run; this file is all we need of it.
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
 */
const secrets_js_1 = __webpack_require__(4537);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
let core;
/** Secret values of this run: masked in the log by the runner, redacted from everything written. */
const secrets = new secrets_js_1.Secrets();
/** Registers secret values: `::add-mask::` for each, and redacted from every later write. */
function addSecret(value) {
    for (const v of secrets.add(value))
        mask(v);
}
/** Registers the secret-like variables of an environment passed to a gate (see util/secrets.ts). */
function addSecretsFromEnv(env) {
    for (const v of secrets.addFromEnv(env))
        mask(v);
}
/** Text with this run's secrets replaced by `***`. */
function redact(text) {
    return secrets.redact(text);
}
/** Plain data with this run's secrets replaced by `***` in every string. */
function redactDeep(value) {
    return secrets.redactDeep(value);
}
/** Routes everything below through `c` (or back to the runner's file commands with `undefined`). */
function useCore(c) {
    core = c;
}
/** `INPUT_<NAME>` as the runner sets it (spaces become underscores, hyphens are kept). */
function getInput(name, env = process.env) {
    if (core && env === process.env)
        return core.getInput(name).trim();
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, props, message) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${name}${p ? ' ' + p : ''}::${escapeData(message)}${node_os_1.EOL}`);
}
function info(raw) {
    const message = redact(raw);
    if (core)
        return core.info(message);
    process.stdout.write(message + node_os_1.EOL);
}
function debug(raw) {
    const message = redact(raw);
    if (core)
        return core.debug(message);
    command('debug', {}, message);
}
function warning(raw) {
    const message = redact(raw);
    if (core)
        return core.warning(message);
    command('warning', {}, message);
}
function error(raw, props = {}) {
    const message = redact(raw);
    if (core) {
        const { title, file, line: startLine, col: startColumn } = props;
        return core.error(message, { title, file, startLine, startColumn });
    }
    command('error', { title: props.title, file: props.file, line: props.line, col: props.col }, message);
}
function mask(secret) {
    if (secret && core)
        return core.setSecret(secret);
    if (secret)
        process.stdout.write(`::add-mask::${escapeData(secret)}${node_os_1.EOL}`);
}
function appendFileCommand(variable, text) {
    const file = process.env[variable];
    if (!file)
        return false;
    (0, node_fs_1.appendFileSync)(file, text, 'utf8');
    return true;
}
/** Writes an output through the GITHUB_OUTPUT file (multi-line safe, with a random delimiter). */
function setOutput(name, raw) {
    const value = redact(raw);
    if (core)
        return core.setOutput(name, value);
    // The delimiter only has to be absent from the value (checked below), so it needs no crypto
    // module (loading node:crypto costs ~4 ms of start-up).
    const fresh = () => `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    let delimiter = fresh();
    while (value.includes(delimiter))
        delimiter = fresh();
    if (!appendFileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiter}${node_os_1.EOL}`)) {
        warning(`GITHUB_OUTPUT is not set: output ${name} could not be written`);
    }
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
function appendSummary(raw) {
    const markdown = redact(raw);
    return appendFileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : markdown + node_os_1.EOL);
}
/** Marks the step failed with a message (set once, by the verdict). */
function setFailed(raw) {
    const message = redact(raw);
    if (core)
        return core.setFailed(message);
    process.exitCode = 1;
    error(message);
}


/***/ }),

/***/ 8084:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// The CLI's entry (loaded by src/index.ts when bin/shipgate.js imports dist/index.js).
const cli_js_1 = __webpack_require__(5581);
// Commands run in their own process group, so Ctrl-C (SIGINT to the terminal's foreground group)
// does not reach them: abort the run instead, which stops each command's whole group. A second
// signal exits at once.
const controller = new AbortController();
let interrupted = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
        if (interrupted)
            process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
        interrupted = sig;
        process.stderr.write(`shipgate: ${sig === 'SIGINT' ? 'interrupted' : `got ${sig}`}, stopping running gates…\n`);
        controller.abort();
    });
}
(0, cli_js_1.main)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
}).then((code) => {
    // exitCode, not exit(): let piped output drain. An interrupted run is never "allowed".
    process.exitCode = interrupted
        ? 128 + (interrupted === 'SIGINT' ? 2 : interrupted === 'SIGTERM' ? 15 : 1)
        : code;
}, (e) => {
    process.stderr.write(`shipgate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
});


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
/**
 * The `shipgate` command: the same engine as the action, for the gates that need no GitHub.
 *   shipgate check    [--config F] [--environment E] [--json] [--now ISO] [--base REF] [--cwd DIR]
 *   shipgate validate [--config F]
 *   shipgate explain  <gate-id> [--config F] [--environment E] [--json]
 *   shipgate help | version   (also --help / --version; `npx shipgate --version` is npx's own flag)
 * Exit codes: 0 allowed / valid, 1 blocked, 2 bad config or usage.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_util_1 = __webpack_require__(7975);
const select_js_1 = __webpack_require__(2132);
const errors_js_1 = __webpack_require__(3916);
const time_js_1 = __webpack_require__(6043);
const registry_js_1 = __webpack_require__(8921);
const outputs_js_1 = __webpack_require__(8948);
const USAGE = `Usage:
  shipgate check    [--config FILE] [--environment ENV] [--json] [--now ISO-TIME] [--base GIT-REF] [--cwd DIR]
  shipgate validate [--config FILE]
  shipgate explain  <gate-id> [--config FILE] [--environment ENV] [--json]
  shipgate help | version

check     evaluates the gates that need no GitHub (coverage, audit, migrations, window, http,
          command); checks, approvals and sign-offs are shown as skipped (the action checks them).
validate  only validates the config.
explain   says what a gate checks, with its options resolved.

Options:
  --config FILE       checklist config (default .github/shipgate.yml)
  --environment ENV   evaluate that environment's gates (default: every gate)
  --json              print the result as JSON (the action's \`result\` output)
  --now ISO-TIME      evaluate as if it were then, e.g. 2026-12-04T15:00:00+01:00 ("would a deploy be allowed on Friday 15:00?")
  --base GIT-REF      compare local changes with this ref (migrations changed by the branch)
  --cwd DIR           directory paths in the config are relative to (default: the nearest
                      directory up from here with .github/shipgate.yml, else the current one)
  --no-color          no colours (also when NO_COLOR is set or the output is not a terminal)

Exit codes: 0 allowed (or valid), 1 blocked, 2 bad config or usage.`;
async function main(argv, io) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                config: { type: 'string', short: 'c' },
                environment: { type: 'string', short: 'e' },
                json: { type: 'boolean' },
                now: { type: 'string' },
                base: { type: 'string' },
                cwd: { type: 'string' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (e) {
        io.stderr(`shipgate: ${(0, errors_js_1.errorMessage)(e)}\n\n${USAGE}\n`);
        return 2;
    }
    const { values: opts, positionals } = parsed;
    const [command, ...rest] = positionals;
    // `help` / `version` as commands too: `npx shipgate --version` prints npx's own version.
    if (opts.help || command === 'help') {
        io.stdout(USAGE + '\n');
        return 0;
    }
    if (opts.version || command === 'version') {
        io.stdout(`shipgate ${VERSION}\n`);
        return 0;
    }
    const noColor = Boolean(opts['no-color'] || io.env.NO_COLOR);
    const paint = painter(io.isTTY && !noColor);
    // Progress goes to stderr, which may be redirected while stdout is a terminal (or the reverse).
    const paintErr = painter((io.stderrIsTTY ?? io.isTTY) && !noColor);
    // Like the action (paths relative to the workspace root), run from a subdirectory of the project
    // the default config is looked up in the parent directories, and paths are relative to its root.
    const cwd = opts.cwd !== undefined || opts.config !== undefined
        ? (0, node_path_1.resolve)(io.cwd, opts.cwd ?? '.')
        : projectRoot(io.cwd);
    const configPath = opts.config ?? '.github/shipgate.yml';
    const environment = opts.environment ?? '';
    // The config parser and the engine are loaded only by the commands that need them, so
    // `shipgate version` / `help` start fast.
    const load = async () => {
        let text;
        try {
            text = (0, node_fs_1.readFileSync)((0, node_path_1.resolve)(cwd, configPath), 'utf8');
        }
        catch (e) {
            throw new errors_js_1.UserError(`cannot read the config ${configPath}: ${e.code === 'ENOENT' ? 'no such file' : (0, errors_js_1.errorMessage)(e)} (use --config to point at it)`);
        }
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(206), __webpack_require__.e(943)]).then(__webpack_require__.t.bind(__webpack_require__, 6943, 23));
        return loadConfig(text, configPath);
    };
    /** An --environment the config does not define: exit 2, naming the defined ones in CLI terms. */
    const checkEnvironment = (config) => {
        if (environment && config.environments && !Object.hasOwn(config.environments, environment))
            throw new errors_js_1.UserError(`--environment "${environment}" is not defined in ${configPath}; defined: ${Object.keys(config.environments).join(', ')} (or leave out --environment to run every gate)`);
    };
    try {
        switch (command) {
            case 'validate': {
                if (rest.length)
                    throw new UsageError(`validate takes no arguments (got ${rest.join(' ')})`);
                const config = await load();
                io.stdout(`${paint.green('✔')} ${configPath} is valid: ${Object.keys(config.gates).length} gate(s)${config.environments ? `, environments ${Object.keys(config.environments).join(', ')}` : ''}\n`);
                return 0;
            }
            case 'explain': {
                const id = rest[0];
                if (!id || rest.length > 1)
                    throw new UsageError('explain takes one gate id');
                const config = await load();
                checkEnvironment(config);
                const spec = (0, select_js_1.selectGates)(config, '').find((g) => g.id === id);
                if (!spec)
                    throw new errors_js_1.UserError(`no gate named "${id}" in ${configPath}; gates: ${Object.keys(config.gates).join(', ')}`);
                // The evaluators do not know the id they are configured under; sign-off lines name it.
                const lines = (await (0, registry_js_1.loadGates)([spec.type]))
                    .get(spec.type)
                    .logic.explain(spec.config)
                    .map((l) => l.replaceAll('<gate-id>', id));
                const envs = Object.entries(config.environments ?? {})
                    .filter(([, e]) => e.gates.includes(id))
                    .map(([n]) => n);
                const wait = (0, select_js_1.waitFor)(spec, config, environment, null);
                if (opts.json) {
                    io.stdout(JSON.stringify({
                        id,
                        type: spec.type,
                        title: spec.title,
                        required: spec.required,
                        environments: config.environments ? envs : 'all',
                        waitMs: wait,
                        checks: lines,
                        config: spec.config,
                    }, null, 2) + '\n');
                }
                else {
                    io.stdout(`${paint.bold(spec.title)} (${id}, type ${spec.type}${spec.required ? '' : ', optional'})\n`);
                    io.stdout(`applies to: ${config.environments ? envs.join(', ') || 'no environment' : 'every run (no environments defined)'}\n`);
                    for (const l of lines)
                        io.stdout(`  - ${l}\n`);
                }
                return 0;
            }
            case 'check': {
                if (rest.length)
                    throw new UsageError(`check takes no arguments (got ${rest.join(' ')})`);
                let now = new Date();
                if (opts.now) {
                    const parsed = (0, time_js_1.parseInstant)(opts.now);
                    if (!parsed)
                        throw new UsageError(`--now "${opts.now}" is not an ISO date-time with an offset, such as 2026-12-04T15:00:00+01:00 or 2026-12-04T14:00:00Z`);
                    now = parsed;
                }
                const config = await load();
                checkEnvironment(config);
                const gates = (0, select_js_1.selectGates)(config, environment);
                const progress = (m) => io.stderr(paintErr.dim(`… ${m}`) + '\n');
                const { runGates } = await __webpack_require__.e(/* import() */ 515).then(__webpack_require__.bind(__webpack_require__, 2515));
                const ev = await runGates({
                    config,
                    environment,
                    gates,
                    mode: 'cli',
                    now,
                    sha: '',
                    pr: null,
                    teams: {},
                    unavailable: (0, select_js_1.unavailableGates)(config, environment),
                    github: null,
                    collect: {
                        cwd,
                        env: io.env,
                        now,
                        signal: io.signal ?? new AbortController().signal,
                        progress,
                        ...(opts.base ? { gitBase: opts.base } : {}),
                    },
                    waitMs: (spec) => (0, select_js_1.waitFor)(spec, config, environment, null),
                    log: progress,
                    onResult: opts.json ? undefined : (r) => progress(`${r.id}: ${r.status}`),
                });
                io.stdout(opts.json ? (0, outputs_js_1.resultJson)(ev) + '\n' : renderText(ev, paint));
                return ev.allowed ? 0 : 1;
            }
            default:
                throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`shipgate: ${e.message}\n\n${USAGE}\n`);
            return 2;
        }
        if (e instanceof errors_js_1.UserError && e.name === 'ConfigError') {
            // One `file:line:column: message` line per problem, as compilers print them.
            io.stderr(`${e.message}\n`);
            return 2;
        }
        if (e instanceof errors_js_1.UserError) {
            io.stderr(`shipgate: ${e.message}\n`);
            return 2;
        }
        io.stderr(`shipgate: internal error: ${(0, errors_js_1.errorMessage)(e)}\n`);
        return 2;
    }
}
class UsageError extends Error {
}
/** The nearest directory (from `start` up) holding .github/shipgate.yml; `start` when none does. */
function projectRoot(start) {
    for (let dir = (0, node_path_1.resolve)(start);; dir = (0, node_path_1.dirname)(dir)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, '.github', 'shipgate.yml')))
            return dir;
        if ((0, node_path_1.dirname)(dir) === dir)
            return (0, node_path_1.resolve)(start);
    }
}
const VERSION = '1.0.0';
function painter(on) {
    const wrap = (code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { green: wrap(32), red: wrap(31), yellow: wrap(33), dim: wrap(2), bold: wrap(1), cyan: wrap(36) };
}
const SYMBOL = {
    pass: '✔',
    fail: '✘',
    pending: '…',
    skipped: '-',
    error: '!',
    waived: '~',
};
function renderText(ev, paint) {
    const colorOf = (s) => s === 'pass'
        ? paint.green
        : s === 'skipped'
            ? paint.dim
            : s === 'pending' || s === 'waived'
                ? paint.yellow
                : paint.red;
    const lines = [];
    lines.push(paint.bold(ev.allowed
        ? paint.green(`Deploy${ev.environment ? ` to ${ev.environment}` : ''} allowed`)
        : paint.red(`Deploy${ev.environment ? ` to ${ev.environment}` : ''} blocked`)));
    for (const g of ev.gates) {
        const c = colorOf(g.status);
        lines.push(`${c(SYMBOL[g.status])} ${g.title}${g.required ? '' : paint.dim(' (optional)')} ${paint.dim(`[${g.id}]`)} ${c(g.status)}: ${g.summary}`);
        for (const d of detailLines(g))
            lines.push(`    ${paint.dim(d)}`);
    }
    return lines.join('\n') + '\n';
}
const MAX_ROWS = 20;
/** A table as aligned text with its header (the columns say what the numbers are). */
function tableLines(columns, rows) {
    const text = (c) => (typeof c === 'string' ? c : c.text);
    const shown = [columns, ...rows.slice(0, MAX_ROWS).map((r) => r.map(text))];
    const widths = columns.map((_, i) => Math.max(...shown.map((r) => [...(r[i] ?? '')].length)));
    const lines = shown.map((r) => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length)))
        .join('  ')
        .trimEnd());
    if (rows.length > MAX_ROWS)
        lines.push(`… ${rows.length - MAX_ROWS} more rows`);
    return lines;
}
function detailLines(g) {
    if (g.status === 'pass' || g.status === 'skipped')
        return [];
    const out = [];
    for (const d of g.details ?? []) {
        if (d.kind === 'text')
            out.push(d.text);
        else if (d.kind === 'list')
            out.push(...d.items.map((i) => `- ${typeof i === 'string' ? i : `${i.text} <${i.url}>`}`));
        else if (d.kind === 'table')
            out.push(...tableLines(d.columns, d.rows));
        else if (d.kind === 'code')
            out.push(...d.text.split('\n').slice(-20));
    }
    return out;
}


/***/ }),

/***/ 5524:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXTENDS_INFO = void 0;
exports.extendsInfo = extendsInfo;
exports.EXTENDS_INFO = new WeakMap();
/** The `extends` details of a loaded config, if it has `extends`. */
function extendsInfo(config) {
    return exports.EXTENDS_INFO.get(config);
}


/***/ }),

/***/ 2132:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectGates = selectGates;
exports.waitFor = waitFor;
exports.waiversFor = waiversFor;
exports.unavailableGates = unavailableGates;
const errors_js_1 = __webpack_require__(3916);
const extends_info_js_1 = __webpack_require__(5524);
const duration_js_1 = __webpack_require__(6518);
function selectGates(config, environment) {
    let ids = Object.keys(config.gates);
    if (environment && config.environments) {
        // Own properties only: an environment named `toString` is not Object.prototype's.
        const env = Object.hasOwn(config.environments, environment)
            ? config.environments[environment]
            : undefined;
        if (!env) {
            throw new errors_js_1.UserError(`environment "${environment}" is not defined in the config; defined: ${Object.keys(config.environments).join(', ')} (or leave \`environment\` empty to run every gate)`);
        }
        ids = env.gates;
    }
    // A checklist item linked to a gate is checked by that gate: it runs with the checklist even
    // when the environment does not list it.
    for (const id of [...ids]) {
        const g = config.gates[id];
        if (g?.type !== 'checklist')
            continue;
        for (const target of Object.values(g.link ?? {}))
            if (!ids.includes(target) && Object.hasOwn(config.gates, target))
                ids = [...ids, target];
    }
    // Gates of an unreadable shared config are reported by unavailableGates().
    ids = ids.filter((id) => Object.hasOwn(config.gates, id));
    return ids.map((id) => {
        const raw = config.gates[id];
        // The window gate takes the config-wide time zone when it has none of its own.
        const gate = raw.type === 'window' && !raw.timezone && config.defaults?.timezone
            ? { ...raw, timezone: config.defaults.timezone }
            : raw;
        const g = gate;
        return { id, type: gate.type, title: g.title ?? id, required: g.required ?? true, config: gate };
    });
}
/**
 * How long a gate may wait for pending facts. Precedence: the `wait` input, the gate's own
 * `wait`, the environment's `wait`, `defaults.wait`, else 0.
 */
function waitFor(spec, config, environment, inputWaitMs) {
    if (inputWaitMs !== null)
        return inputWaitMs;
    const own = spec.config.wait;
    const envs = config.environments ?? {};
    const env = environment && Object.hasOwn(envs, environment) ? envs[environment]?.wait : undefined;
    const text = own ?? env ?? config.defaults?.wait;
    return text ? ((0, duration_js_1.parseDuration)(text) ?? 0) : 0;
}
/**
 * Who may waive a gate: its own `waivers:` list, else `defaults.waivers`. A gate locked by the
 * shared config takes only its own list: the repository's defaults cannot loosen it.
 */
function waiversFor(spec, config) {
    const own = spec.config.waivers;
    if ((0, extends_info_js_1.extendsInfo)(config)?.locked.has(spec.id))
        return own;
    return own ?? config.defaults?.waivers;
}
/**
 * The gates of a shared config (`extends`) that could not be read, as `error` results: every
 * gate the environment names that the repository does not define (or, when none is named, one
 * `extends` entry), so the deploy is blocked while the other gates still evaluate.
 */
function unavailableGates(config, environment) {
    const info = (0, extends_info_js_1.extendsInfo)(config);
    if (!info?.unavailable)
        return [];
    const listed = environment ? config.environments?.[environment]?.gates : undefined;
    return info.unavailable.gates
        .filter((id) => id === 'extends' || !listed || listed.includes(id))
        .map((id) => ({
        id,
        type: 'unknown',
        title: id,
        required: true,
        status: 'error',
        summary: id === 'extends'
            ? `the shared config ${info.source} could not be read, so its gates are unknown: ${info.unavailable.error}`
            : `gate ${id} comes from the shared config ${info.source}, which could not be read: ${info.unavailable.error}`,
    }));
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UserError = void 0;
exports.errorMessage = errorMessage;
/**
 * A problem the user can fix (missing report, bad config value, missing permission). Its message is
 * shown as-is: it must say what is wrong and how to fix it. Anything else thrown is a bug and is
 * reported as an internal error, still failing closed.
 */
class UserError extends Error {
    name = 'UserError';
}
exports.UserError = UserError;
/** Message of anything thrown, without a stack trace. */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    if (typeof e === 'string')
        return e;
    try {
        return JSON.stringify(e);
    }
    catch {
        return String(e);
    }
}


/***/ }),

/***/ 8921:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GATES = void 0;
exports.entry = entry;
exports.loadGates = loadGates;
/** Ties a type's logic and source together; `F` is inferred from both, so they must agree. */
function entry(e) {
    return e;
}
exports.GATES = {
    approvals: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 628).then(__webpack_require__.bind(__webpack_require__, 2628)),
        facts: () => __webpack_require__.e(/* import() */ 50).then(__webpack_require__.bind(__webpack_require__, 2050)),
    }),
    audit: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 791).then(__webpack_require__.bind(__webpack_require__, 9791)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(949), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 2654)),
    }),
    checklist: entry({
        source: 'local',
        logic: () => Promise.all(/* import() */[__webpack_require__.e(559), __webpack_require__.e(508), __webpack_require__.e(980)]).then(__webpack_require__.bind(__webpack_require__, 980)),
        facts: () => __webpack_require__.e(/* import() */ 458).then(__webpack_require__.t.bind(__webpack_require__, 7458, 23)),
    }),
    checks: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 519).then(__webpack_require__.bind(__webpack_require__, 7519)),
        facts: () => __webpack_require__.e(/* import() */ 409).then(__webpack_require__.bind(__webpack_require__, 1409)),
    }),
    command: entry({
        source: 'local',
        exclusive: true,
        logic: () => __webpack_require__.e(/* import() */ 325).then(__webpack_require__.bind(__webpack_require__, 5325)),
        facts: () => __webpack_require__.e(/* import() */ 383).then(__webpack_require__.t.bind(__webpack_require__, 3383, 23)),
    }),
    coverage: entry({
        source: 'local',
        logic: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(968)]).then(__webpack_require__.t.bind(__webpack_require__, 5968, 23)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(949), __webpack_require__.e(800), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 5677)),
    }),
    dns: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 107).then(__webpack_require__.bind(__webpack_require__, 1107)),
        facts: () => __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 257)),
    }),
    env: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 963).then(__webpack_require__.bind(__webpack_require__, 9963)),
        facts: () => __webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 7953)),
    }),
    environment: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 529).then(__webpack_require__.bind(__webpack_require__, 5529)),
        facts: () => __webpack_require__.e(/* import() */ 447).then(__webpack_require__.bind(__webpack_require__, 2447)),
    }),
    fresh: entry({
        source: 'local',
        exclusive: true,
        logic: () => __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 992)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(949), __webpack_require__.e(210)]).then(__webpack_require__.bind(__webpack_require__, 5210)),
    }),
    http: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 62).then(__webpack_require__.bind(__webpack_require__, 1062)),
        facts: () => __webpack_require__.e(/* import() */ 496).then(__webpack_require__.bind(__webpack_require__, 9496)),
    }),
    manual: entry({ source: 'none', logic: () => __webpack_require__.e(/* import() */ 363).then(__webpack_require__.bind(__webpack_require__, 4744)) }),
    migrations: entry({
        source: 'local',
        exclusive: true,
        logic: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(663)]).then(__webpack_require__.t.bind(__webpack_require__, 9663, 23)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(663), __webpack_require__.e(109)]).then(__webpack_require__.t.bind(__webpack_require__, 4109, 23)),
    }),
    promotion: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 645).then(__webpack_require__.bind(__webpack_require__, 6645)),
        facts: () => __webpack_require__.e(/* import() */ 903).then(__webpack_require__.bind(__webpack_require__, 903)),
    }),
    sarif: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 917).then(__webpack_require__.bind(__webpack_require__, 4917)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(949), __webpack_require__.e(197), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 6495)),
    }),
    tests: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 81).then(__webpack_require__.bind(__webpack_require__, 7081)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(949), __webpack_require__.e(800), __webpack_require__.e(471)]).then(__webpack_require__.bind(__webpack_require__, 471)),
    }),
    window: entry({ source: 'none', logic: () => __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 8454)) }),
};
/**
 * Loads the logic (and, unless `logicOnly`, the sources) of the given gate types. One type after
 * another: concurrent `import()`s of modules that share a dependency trip jest's ESM loader ("request
 * for … is not in cache"), and in the bundle each is a local chunk read of well under a millisecond.
 */
async function loadGates(types, opts = {}) {
    const out = new Map();
    for (const t of new Set(types)) {
        // The table guarantees per type that config, logic and source agree; erased here only.
        const e = exports.GATES[t];
        const { gate } = await e.logic();
        const facts = e.source === 'none' || opts.logicOnly ? null : await e.facts();
        out.set(t, {
            source: e.source,
            exclusive: e.exclusive ?? false,
            logic: gate,
            collect: facts?.collect ?? null,
        });
    }
    return out;
}


/***/ }),

/***/ 2301:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.allowsDeploy = allowsDeploy;
/** Statuses that allow the deploy: `waived` is a `fail` someone allowed to accepted, with a reason. */
function allowsDeploy(status) {
    return status === 'pass' || status === 'skipped' || status === 'waived';
}


/***/ }),

/***/ 6518:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDuration = parseDuration;
exports.formatDuration = formatDuration;
/** Durations as written in the config and inputs: 500ms, 30s, 15m, 1h, 1h30m, 2d. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const WHOLE = /^(\d+(ms|s|m|h|d))+$/;
/** Parses a duration; returns null when it is not one. An empty string or "0" is 0. */
function parseDuration(text) {
    const t = text.trim();
    if (t === '' || t === '0')
        return 0;
    if (!WHOLE.test(t))
        return null;
    let total = 0;
    for (const m of t.matchAll(/(\d+)(ms|s|m|h|d)/g))
        total += Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
    return total;
}
/** "2 d 14 h", "15 m", "30 s", "250 ms": two largest units, for messages. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))} ms`;
    const parts = [];
    let rest = Math.floor(ms / 1000);
    for (const [unit, size] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        const n = Math.floor(rest / size);
        rest -= n * size;
        if (n > 0)
            parts.push(`${n} ${unit}`);
    }
    return parts.slice(0, 2).join(' ');
}


/***/ }),

/***/ 4537:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Secret values a run must never show: values substituted from `${{ env.* }}`, environment
 * variables with secret-like names passed to a command, migrations or http gate, and the password
 * of any `scheme://user:password@host` URL among them. Collected while the facts are gathered;
 * every text shipgate writes (comment, job summary, outputs, log, check run) goes through redact().
 *
 * Values shorter than 4 characters are not treated as secrets (masking "1" or "on" would blank out
 * ordinary text); literal values in the config are committed to the repository, so they are not
 * secret either, unless their variable name says they are.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Secrets = exports.REDACTED = void 0;
/** Variable names whose values are secrets by convention. */
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|DATABASE_URL|_DSN)$/i;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s@/]+)@/gi;
exports.REDACTED = '***';
class Secrets {
    values = new Set();
    ordered = null;
    /** Adds a value (and the password of a URL inside it); returns the values that are new. */
    add(value) {
        if (!value)
            return [];
        const fresh = [];
        const put = (v) => {
            if (v.length < 4 || this.values.has(v))
                return;
            this.values.add(v);
            fresh.push(v);
            // Percent-encoded and decoded forms of a URL password are both what a tool may print.
            try {
                const decoded = decodeURIComponent(v);
                if (decoded !== v && decoded.length >= 4 && !this.values.has(decoded)) {
                    this.values.add(decoded);
                    fresh.push(decoded);
                }
            }
            catch {
                // not percent-encoded
            }
        };
        put(value);
        for (const m of value.matchAll(URL_PASSWORD))
            put(m[1]);
        // As it appears inside JSON (the `result` output) when it holds quotes or backslashes.
        for (const v of [...fresh]) {
            const json = JSON.stringify(v).slice(1, -1);
            if (json !== v && !this.values.has(json)) {
                this.values.add(json);
                fresh.push(json);
            }
        }
        if (fresh.length)
            this.ordered = null;
        return fresh;
    }
    /** Adds the values of variables with secret-like names, and URL passwords in any value. */
    addFromEnv(env) {
        const fresh = [];
        for (const [name, value] of Object.entries(env)) {
            if (!value)
                continue;
            if (SECRET_NAME.test(name))
                fresh.push(...this.add(value));
            else
                for (const m of value.matchAll(URL_PASSWORD))
                    fresh.push(...this.add(m[1]));
        }
        return fresh;
    }
    get size() {
        return this.values.size;
    }
    /** The text with every secret (longest first) and every URL password replaced by `***`. */
    redact(text) {
        if (!text)
            return text;
        let out = text.replace(URL_PASSWORD, (m, pw) => m.replace(`:${pw}@`, `:${exports.REDACTED}@`));
        if (!this.values.size)
            return out;
        this.ordered ??= [...this.values].sort((a, b) => b.length - a.length);
        for (const s of this.ordered)
            if (out.includes(s))
                out = out.split(s).join(exports.REDACTED);
        return out;
    }
    /** A copy of plain data (objects, arrays) with every string redacted. */
    redactDeep(value) {
        return this.walk(value);
    }
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.walk(v));
        if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[k] = this.walk(v);
            return out;
        }
        return value;
    }
}
exports.Secrets = Secrets;


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseInstant = parseInstant;
exports.formatTimestamp = formatTimestamp;
/**
 * Parses the `now` input / `--now` option: an ISO 8601 date-time WITH an offset or Z, so the
 * instant does not depend on the machine's time zone (JavaScript's Date would also take "1").
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
function parseInstant(text) {
    if (!ISO_INSTANT.test(text.trim()))
        return null;
    const d = new Date(text.trim().replace(' ', 'T'));
    return Number.isNaN(d.getTime()) ? null : d;
}
/** "2026-11-20 14:05 UTC" for people reading the checklist (GitHub gives ISO instants). */
function formatTimestamp(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime()))
        return iso;
    return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}


/***/ })

};

//# sourceMappingURL=84.index.js.map