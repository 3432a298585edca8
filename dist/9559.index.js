export const id = 9559;
export const ids = [9559];
export const modules = {

/***/ 8948:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESULT_SCHEMA_VERSION = exports.OUTPUT_NAMES = void 0;
exports.blockingIds = blockingIds;
exports.rollbackOf = rollbackOf;
exports.resultJson = resultJson;
exports.writeOutputs = writeOutputs;
exports.writeFailureOutputs = writeFailureOutputs;
/** The action's outputs. The only file that writes them. */
const types_js_1 = __webpack_require__(2301);
const runtime_js_1 = __webpack_require__(4202);
exports.OUTPUT_NAMES = ['allowed', 'blocking', 'result', 'comment-url', 'rollback'];
function blockingIds(ev) {
    return ev.gates.filter((g) => g.required && !(0, types_js_1.allowsDeploy)(g.status)).map((g) => g.id);
}
/** Version of the `result` JSON shape; raised when a field changes meaning or goes away. */
exports.RESULT_SCHEMA_VERSION = 1;
/**
 * `rollback`: after the deploy (phase verify), true when a required verify gate failed or erred,
 * or when the verification could not run at all ("could not verify" means roll back).
 */
function rollbackOf(ev) {
    return ev.phase === 'verify' && (!!ev.error || !ev.allowed);
}
/** The `result` output: the spec's shape, plus `error` when the config could not be used. */
function resultJson(ev) {
    return JSON.stringify({
        schema_version: exports.RESULT_SCHEMA_VERSION,
        // Only the verify phase adds keys: phase here, rollback at the end.
        ...(ev.phase === 'verify' ? { phase: 'verify' } : {}),
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
            // An http gate's value is a latency, which differs run to run: shown only when sampled.
            ...(g.value !== undefined && (g.sampling || g.type !== 'http') ? { value: g.value } : {}),
            ...(g.sampling ? { sampling: samplingJson(g.sampling) } : {}),
        })),
        ...(ev.phase === 'verify' ? { rollback: rollbackOf(ev) } : {}),
        ...(ev.error ? { error: ev.error } : {}),
    });
}
/** A sampled gate in the result: counts, min / max / last of the values, and every sample. */
function samplingJson(s) {
    const values = s.samples.map((x) => x.value).filter((v) => v !== undefined);
    return {
        planned: s.planned,
        taken: s.samples.length,
        failed: s.failed,
        failureLimit: s.failureLimit,
        ...(s.unit ? { unit: s.unit } : {}),
        ...(values.length
            ? { min: Math.min(...values), max: Math.max(...values), last: values[values.length - 1] }
            : {}),
        samples: s.samples,
    };
}
function writeOutputs(ev, commentUrl) {
    (0, runtime_js_1.setOutput)('allowed', String(ev.allowed));
    (0, runtime_js_1.setOutput)('blocking', ev.error ? 'config' : blockingIds(ev).join(','));
    (0, runtime_js_1.setOutput)('result', resultJson(ev));
    (0, runtime_js_1.setOutput)('comment-url', commentUrl);
    (0, runtime_js_1.setOutput)('rollback', String(rollbackOf(ev)));
}
/**
 * The outputs of a run that could not evaluate the gates (`blocking` is `github` for a GitHub API
 * failure, else `shipgate`): still "not allowed", so a later step reading them cannot deploy.
 */
function writeFailureOutputs(run, blocking, message) {
    const ev = {
        // A verification that could not run is "could not verify", which means roll back.
        ...(run.phase === 'verify' ? { phase: 'verify' } : {}),
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
    (0, runtime_js_1.setOutput)('rollback', String(rollbackOf(ev)));
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
exports.samplingMs = samplingMs;
exports.waitFor = waitFor;
exports.waiversFor = waiversFor;
exports.unavailableGates = unavailableGates;
const errors_js_1 = __webpack_require__(3916);
const extends_info_js_1 = __webpack_require__(5524);
const duration_js_1 = __webpack_require__(6518);
/**
 * The gates of one phase. `deploy` (before the deploy step): the environment's `gates`, or without
 * an environment every gate except those only named in `verify` lists (a metric watching the new
 * version means nothing before it is deployed). `verify` (after it): the environment's `verify`.
 */
function selectGates(config, environment, phase = 'deploy') {
    let ids = Object.keys(config.gates);
    const envs = config.environments ?? {};
    if (environment && config.environments) {
        // Own properties only: an environment named `toString` is not Object.prototype's.
        const env = Object.hasOwn(config.environments, environment)
            ? config.environments[environment]
            : undefined;
        if (!env) {
            throw new errors_js_1.UserError(`environment "${environment}" is not defined in the config; defined: ${Object.keys(config.environments).join(', ')} (or leave \`environment\` empty to run every gate)`);
        }
        if (phase === 'verify') {
            if (!env.verify)
                throw new errors_js_1.UserError(`environment "${environment}" has no verify list: add environments.${environment}.verify: [gate ids] to say what is checked after the deploy`);
            ids = env.verify;
        }
        else
            ids = env.gates;
    }
    else if (phase === 'verify') {
        const withVerify = Object.entries(envs).filter(([, e]) => e.verify);
        throw new errors_js_1.UserError(withVerify.length
            ? `the verify phase needs an environment: set \`environment\` to one with a verify list (${withVerify.map(([n]) => n).join(', ')})`
            : 'the verify phase needs an environment with a verify list: add environments.<name>.verify: [gate ids] to the config and set `environment`');
    }
    else {
        const inGates = new Set(Object.values(envs).flatMap((e) => e.gates));
        const verifyOnly = new Set(Object.values(envs).flatMap((e) => (e.verify ?? []).filter((id) => !inGates.has(id))));
        ids = ids.filter((id) => !verifyOnly.has(id));
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
/** How long a gate's sampling takes at most (`sample.delay` + `sample.for`), 0 without `sample`. */
function samplingMs(spec) {
    const s = spec.config.sample;
    if (!s)
        return 0;
    return ((0, duration_js_1.parseDuration)(s.delay ?? '0') ?? 0) + ((0, duration_js_1.parseDuration)(s.for ?? '0') ?? 0);
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
function unavailableGates(config, environment, phase = 'deploy') {
    const info = (0, extends_info_js_1.extendsInfo)(config);
    if (!info?.unavailable)
        return [];
    const env = environment ? config.environments?.[environment] : undefined;
    const listed = env
        ? phase === 'verify'
            ? (env.verify ?? [])
            : env.gates
        : undefined;
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

//# sourceMappingURL=9559.index.js.map