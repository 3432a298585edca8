export const id = 5210;
export const ids = [5210,1062,9496];
export const modules = {

/***/ 1062:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.HTTP_BODY_LIMIT = void 0;
exports.httpOptions = httpOptions;
exports.p95 = p95;
exports.responseProblems = responseProblems;
exports.judgeHttpAttempt = judgeHttpAttempt;
exports.evaluateHttp = evaluateHttp;
exports.explainHttp = explainHttp;
const duration_js_1 = __webpack_require__(6518);
/** Body characters kept per response for body-contains and json checks. */
exports.HTTP_BODY_LIMIT = 1024 * 1024;
/** Body characters shown in the details. */
const SHOWN_BODY = 2000;
function httpOptions(gate) {
    const s = gate.expect?.status;
    return {
        method: gate.method ?? (gate.body !== undefined ? 'POST' : 'GET'),
        statuses: s === undefined ? '2xx' : Array.isArray(s) ? s : [s],
        maxMs: gate.expect?.['max-ms'],
        retries: gate.retries ?? 0,
        intervalMs: (0, duration_js_1.parseDuration)(gate.interval ?? '5s') ?? 5000,
        timeoutMs: (0, duration_js_1.parseDuration)(gate.timeout ?? '10s') ?? 10_000,
        samples: gate.samples ?? 1,
        followRedirects: gate['follow-redirects'] ?? true,
    };
}
function describeStatuses(s) {
    if (s === '2xx')
        return '2xx';
    if (s.length === 1)
        return String(s[0]);
    return `${s.slice(0, -1).join(', ')} or ${s[s.length - 1]}`;
}
/** p95 by nearest rank: the smallest latency that at least 95% of the samples do not exceed. */
function p95(latencies) {
    if (latencies.length === 0)
        return 0;
    const sorted = [...latencies].sort((a, b) => a - b);
    return sorted[Math.ceil(0.95 * sorted.length) - 1];
}
/** Value at a dot path (`checks.0.name`); `found: false` when a step is missing. */
function atPath(value, path) {
    let cur = value;
    if (path.trim() === '' || path === '.')
        return { found: true, value };
    for (const key of path.split('.')) {
        if (Array.isArray(cur) && /^\d+$/.test(key) && Number(key) < cur.length)
            cur = cur[Number(key)];
        else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && Object.hasOwn(cur, key))
            cur = cur[key];
        else
            return { found: false };
    }
    return { found: true, value: cur };
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (ka.length === kb.length &&
        ka.every((k) => Object.hasOwn(b, k) &&
            deepEqual(a[k], b[k])));
}
const short = (v) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};
/** What is wrong with one answer, ignoring latency (empty: it meets the expectations). */
function responseProblems(gate, r) {
    if (r.status === null)
        return [`no answer: ${r.error ?? 'request failed'}`];
    const o = httpOptions(gate);
    const problems = [];
    const statusOk = o.statuses === '2xx' ? r.status >= 200 && r.status < 300 : o.statuses.includes(r.status);
    if (!statusOk)
        problems.push(`status ${r.status}${r.location ? ` (redirect to ${r.location})` : ''}, expected ${describeStatuses(o.statuses)}`);
    const contains = gate.expect?.['body-contains'];
    if (contains !== undefined && !r.body.includes(contains))
        problems.push(`body does not contain ${JSON.stringify(contains)}${r.bodyTruncated ? ' (in its first 1 MB)' : ''}`);
    const json = gate.expect?.json;
    if (json) {
        let parsed;
        let ok = true;
        try {
            parsed = JSON.parse(r.body);
        }
        catch {
            ok = false;
        }
        if (!ok)
            problems.push(r.bodyTruncated ? 'body is larger than 1 MB, so its JSON could not be checked' : 'body is not JSON');
        else {
            const at = atPath(parsed, json.path);
            if (!at.found)
                problems.push(`JSON has no value at ${json.path}`);
            else if (!deepEqual(at.value, json.equals))
                problems.push(`JSON ${json.path} is ${short(at.value)}, expected ${short(json.equals)}`);
        }
    }
    return problems;
}
/** Judges one attempt: every answer meets the expectations and the (p95) latency is within max-ms. */
function judgeHttpAttempt(gate, attempt) {
    const o = httpOptions(gate);
    const problems = [];
    const n = attempt.responses.length;
    attempt.responses.forEach((r, i) => {
        for (const p of responseProblems(gate, r)) {
            const line = n > 1 ? `request ${i + 1}/${n}: ${p}` : p;
            if (!problems.includes(line))
                problems.push(line);
        }
    });
    if (n === 0)
        problems.push('no request was made');
    const answered = attempt.responses.filter((r) => r.status !== null).map((r) => r.latencyMs);
    const latency = answered.length === 0 ? null : n > 1 ? p95(answered) : answered[0];
    if (o.maxMs !== undefined && latency !== null && latency > o.maxMs)
        problems.push(n > 1
            ? `p95 latency ${Math.round(latency)} ms over ${n} requests, max ${o.maxMs} ms`
            : `took ${Math.round(latency)} ms, max ${o.maxMs} ms`);
    return { ok: problems.length === 0, problems, latencyMs: latency };
}
function attemptRow(gate, a) {
    const v = judgeHttpAttempt(gate, a);
    const statuses = [
        ...new Set(a.responses.map((r) => (r.status === null ? 'no answer' : String(r.status)))),
    ].join(', ');
    return [
        String(a.attempt),
        statuses,
        v.latencyMs === null ? '-' : `${Math.round(v.latencyMs)} ms${a.responses.length > 1 ? ' (p95)' : ''}`,
        v.ok ? 'ok' : v.problems.join('; '),
    ];
}
/** Judges the last attempt the source made. */
function evaluateHttp(gate, facts, _ctx) {
    const o = httpOptions(gate);
    const last = facts.attempts[facts.attempts.length - 1];
    const target = `${facts.method} ${facts.url}`;
    if (!last)
        return {
            status: 'error',
            summary: `${target} was not requested${facts.aborted ? ': the run deadline passed first' : ''}`,
        };
    const verdict = judgeHttpAttempt(gate, last);
    const details = [];
    const headerNames = Object.keys(gate.headers ?? {});
    if (headerNames.length > 0)
        details.push({ kind: 'text', text: `Headers sent: ${headerNames.join(', ')} (values hidden).` });
    details.push({
        kind: 'table',
        columns: ['Attempt', 'Status', 'Latency', 'Result'],
        rows: facts.attempts.map((a) => attemptRow(gate, a)),
    });
    const n = facts.attempts.length;
    const tries = n > 1 ? ` after ${n} attempts` : '';
    const latency = verdict.latencyMs === null
        ? ''
        : last.responses.length > 1
            ? ` (p95 ${Math.round(verdict.latencyMs)} ms over ${last.responses.length} requests)`
            : ` in ${Math.round(verdict.latencyMs)} ms`;
    if (verdict.ok) {
        const status = last.responses[0]?.status;
        return { status: 'pass', summary: `${target} answered ${status}${latency}${tries}`, details };
    }
    const failing = last.responses.find((r) => responseProblems(gate, r).length > 0) ?? last.responses[0];
    if (failing && failing.body) {
        const shown = failing.body.length > SHOWN_BODY
            ? `${failing.body.slice(0, SHOWN_BODY)}\n[... truncated]`
            : failing.body;
        details.push({ kind: 'text', text: 'Response body (start):' }, { kind: 'code', text: shown });
    }
    if (facts.aborted)
        details.push({ kind: 'text', text: 'Retries stopped early: the run deadline passed.' });
    else if (o.retries > 0 && n <= o.retries)
        details.push({ kind: 'text', text: `Stopped after ${n} of ${o.retries + 1} attempts.` });
    return {
        status: 'fail',
        summary: `${target}: ${verdict.problems[0]}${verdict.problems.length > 1 ? ` (+${verdict.problems.length - 1} more)` : ''}${n > 1 ? ` (${n} attempts)` : ''}`,
        details,
    };
}
/** What the gate checks, with defaults applied. */
function explainHttp(gate) {
    const o = httpOptions(gate);
    const e = gate.expect ?? {};
    const lines = [
        `Request: ${o.method} ${gate.url}${gate.body !== undefined ? ' with a body' : ''}.`,
        `Headers: ${Object.keys(gate.headers ?? {}).join(', ') || 'none'}${gate.headers ? ' (values hidden)' : ''}.`,
        `Expects status ${describeStatuses(o.statuses)}${o.statuses === '2xx' ? ' (default)' : ''}.`,
        o.maxMs === undefined
            ? 'Latency: not checked.'
            : o.samples > 1
                ? `Latency: p95 of ${o.samples} requests at most ${o.maxMs} ms.`
                : `Latency: at most ${o.maxMs} ms (request start to the end of the body).`,
    ];
    if (e['body-contains'] !== undefined)
        lines.push(`Body contains ${JSON.stringify(e['body-contains'])}.`);
    if (e.json)
        lines.push(`JSON value at ${e.json.path} equals ${JSON.stringify(e.json.equals)}.`);
    lines.push(`Timeout per request: ${(0, duration_js_1.formatDuration)(o.timeoutMs)}; redirects ${o.followRedirects ? 'followed' : 'not followed (a 3xx is judged as-is)'}.`, o.retries > 0
        ? `Retries: up to ${o.retries} more attempt(s), ${(0, duration_js_1.formatDuration)(o.intervalMs)} apart, while the answer does not meet the expectations.`
        : 'Retries: none (one attempt).');
    return lines;
}
exports.gate = { evaluate: evaluateHttp, explain: explainHttp };


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.substituteEnv = substituteEnv;
/**
 * `${{ env.NAME }}` references in gate options (http url/headers/body, migrations env), so tokens
 * can stay in the workflow's secrets instead of the config.
 */
const errors_js_1 = __webpack_require__(3916);
const ENV_REF = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/**
 * Replaces `${{ env.NAME }}` with the variable's value. A variable that is not set is a UserError
 * naming it and where it was used. Substituted values of 4+ characters are added to `secrets`
 * (when given) so callers can hide them in anything they show.
 */
function substituteEnv(text, env, where, secrets) {
    return text.replace(ENV_REF, (_m, name) => {
        // Own variables only: `${{ env.constructor }}` is not Object.prototype's.
        const value = Object.hasOwn(env, name) ? env[name] : undefined;
        if (value === undefined)
            throw new errors_js_1.UserError(`environment variable ${name} is not set (used as \${{ env.${name} }} in ${where}); set it in the env of the workflow step (or your shell for the CLI)`);
        if (value.length >= 4)
            secrets?.add(value);
        return value;
    });
}


/***/ }),

/***/ 5210:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jsonPointer = jsonPointer;
exports.collect = collect;
/**
 * Source of the `fresh` gate: the instant something last happened, from one of
 *  - files: the newest modification time among the files a path or glob matches;
 *  - url + pointer: an ISO timestamp in a JSON answer, found by JSON Pointer (RFC 6901);
 *  - run: the last line a command prints (ISO 8601 with offset, or Unix seconds).
 * Anything missing or unreadable is a UserError saying which and how to fix it. Header values and
 * substituted `${{ env.NAME }}` values never appear in messages.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const tinyglobby_1 = __webpack_require__(7949);
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(6518);
const time_js_1 = __webpack_require__(6043);
const env_refs_js_1 = __webpack_require__(4136);
const http_js_1 = __webpack_require__(9496);
const process_js_1 = __webpack_require__(407);
const report_paths_js_1 = __webpack_require__(8259);
/** Bodies larger than this are not JSON status answers. */
const BODY_LIMIT = 1 << 20;
function timeout(gate, fallbackMs) {
    if (gate.timeout === undefined)
        return fallbackMs;
    const ms = (0, duration_js_1.parseDuration)(gate.timeout);
    if (ms === null || ms <= 0)
        throw new errors_js_1.UserError(`timeout ${gate.timeout} is not a positive duration (write e.g. 30s)`);
    return ms;
}
/** Evaluates a JSON Pointer (RFC 6901); `undefined` when a step does not exist. */
function jsonPointer(doc, pointer) {
    if (pointer === '')
        return doc;
    if (!pointer.startsWith('/'))
        throw new errors_js_1.UserError(`pointer ${pointer} is not a JSON Pointer: it must start with / (e.g. /backup/verifiedAt)`);
    let cur = doc;
    for (const raw of pointer.slice(1).split('/')) {
        const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            if (!/^(0|[1-9]\d*)$/.test(step))
                return undefined;
            cur = cur[Number(step)];
        }
        else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, step)) {
            cur = cur[step];
        }
        else
            return undefined;
    }
    return cur;
}
/** ISO 8601 with offset (or Z); with `unix`, also whole Unix seconds. */
function instant(text, unix) {
    const t = text.trim();
    if (unix && /^\d{9,11}$/.test(t))
        return new Date(Number(t) * 1000);
    return (0, time_js_1.parseInstant)(t);
}
const FORMAT_HINT = 'an ISO 8601 date-time with an offset, e.g. 2026-11-30T02:15:00Z';
async function fromFiles(gate, ctx) {
    const patterns = Array.isArray(gate.files) ? gate.files : [gate.files];
    let newest = null;
    for (const pattern of patterns) {
        const candidates = (0, tinyglobby_1.isDynamicPattern)(pattern)
            ? await (0, tinyglobby_1.glob)(pattern, {
                cwd: ctx.cwd,
                absolute: true,
                onlyFiles: true,
                dot: true,
                expandDirectories: false,
            })
            : [(0, node_path_1.resolve)(ctx.cwd, pattern)];
        for (const abs of candidates) {
            let info;
            try {
                info = await (0, promises_1.stat)(abs);
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    continue;
                throw new errors_js_1.UserError(`${(0, report_paths_js_1.displayPath)(ctx.cwd, abs)} cannot be read (${e.code ?? String(e)}).`);
            }
            if (!newest || info.mtimeMs > newest.mtime)
                newest = { display: (0, report_paths_js_1.displayPath)(ctx.cwd, abs), mtime: info.mtimeMs };
        }
    }
    if (!newest) {
        throw new errors_js_1.UserError(`No file matches ${patterns.join(', ')} (looked in ${ctx.cwd}): nothing shows it happened. An earlier step should produce or download it.`);
    }
    const label = patterns.length === 1 && !(0, tinyglobby_1.isDynamicPattern)(patterns[0])
        ? newest.display
        : `Newest of ${patterns.join(', ')} (${newest.display})`;
    return { subject: label, at: new Date(newest.mtime).toISOString() };
}
async function fromUrl(gate, ctx) {
    if (gate.pointer === undefined)
        throw new errors_js_1.UserError('url needs pointer: the JSON Pointer of the timestamp, e.g. /backup/verifiedAt');
    const secrets = new Set();
    const url = (0, env_refs_js_1.substituteEnv)(gate.url, ctx.env, 'url', secrets);
    const headers = new Headers({ accept: 'application/json' });
    for (const [name, raw] of Object.entries(gate.headers ?? {})) {
        const value = (0, env_refs_js_1.substituteEnv)(raw, ctx.env, `headers.${name}`, secrets);
        if (value.length >= 4)
            secrets.add(value);
        try {
            headers.set(name, value);
        }
        catch {
            throw new errors_js_1.UserError(`header ${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`);
        }
    }
    for (const s of secrets)
        ctx.secrets?.add(s);
    const ms = timeout(gate, 10_000);
    ctx.progress(`GET ${gate.url}`);
    let res;
    let body = '';
    try {
        res = await fetch(url, {
            headers,
            redirect: 'manual',
            signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(ms)]),
        });
        const reader = res.body?.getReader();
        const decoder = new TextDecoder();
        while (reader) {
            const { done, value } = await reader.read();
            if (done)
                break;
            body += decoder.decode(value, { stream: true });
            if (body.length > BODY_LIMIT) {
                await reader.cancel();
                throw new errors_js_1.UserError(`GET ${gate.url} answered more than 1 MB: that is not a status answer with a timestamp.`);
            }
        }
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            throw e;
        throw new errors_js_1.UserError(`GET ${gate.url} failed: ${(0, http_js_1.redact)((0, http_js_1.describeError)(e, ms), secrets)}.`);
    }
    if (res.status < 200 || res.status > 299) {
        throw new errors_js_1.UserError(`GET ${gate.url} answered HTTP ${res.status}, not 2xx: its timestamp cannot be read.`);
    }
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch {
        throw new errors_js_1.UserError(`GET ${gate.url} did not answer JSON (content-type ${res.headers.get('content-type') ?? 'not given'}).`);
    }
    const value = jsonPointer(doc, gate.pointer);
    const subject = `${gate.pointer} of ${gate.url}`;
    if (value === undefined || value === null)
        throw new errors_js_1.UserError(`The answer of ${gate.url} has nothing at ${gate.pointer}.`);
    if (typeof value !== 'string') {
        throw new errors_js_1.UserError(`${subject} is a ${Array.isArray(value) ? 'list' : typeof value}, not a timestamp (${FORMAT_HINT}).`);
    }
    const at = instant(value, false);
    if (!at)
        throw new errors_js_1.UserError(`${subject} is "${(0, http_js_1.redact)(value.slice(0, 40), secrets)}", not ${FORMAT_HINT}.`);
    return { subject, at: at.toISOString() };
}
async function fromCommand(gate, ctx) {
    const ms = timeout(gate, 60_000);
    ctx.progress(`running: ${gate.run}`);
    const r = await (0, process_js_1.runShell)(gate.run, {
        cwd: ctx.cwd,
        env: ctx.env,
        timeoutMs: ms,
        signal: ctx.signal,
        tailLines: 20,
    });
    if (r.aborted)
        throw new errors_js_1.UserError(`\`${gate.run}\` was stopped: the run deadline passed.`);
    if (r.timedOut)
        throw new errors_js_1.UserError(`\`${gate.run}\` did not finish within ${(0, duration_js_1.formatDuration)(ms)}.`);
    if (r.exitCode !== 0) {
        throw new errors_js_1.UserError(`\`${gate.run}\` ${r.exitCode === null ? `was ended by ${r.signal}` : `exited ${r.exitCode}`}, so its output is not a timestamp. Its last lines:\n${(0, process_js_1.tail)(r.output, 5)}`);
    }
    const last = r.output
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .pop();
    if (last === undefined)
        throw new errors_js_1.UserError(`\`${gate.run}\` printed nothing: it should print the timestamp (${FORMAT_HINT}, or Unix seconds).`);
    const at = instant(last, true);
    if (!at)
        throw new errors_js_1.UserError(`The last line \`${gate.run}\` printed is "${last.slice(0, 60)}", not ${FORMAT_HINT} or Unix seconds.`);
    return { subject: `\`${gate.run}\``, at: at.toISOString() };
}
async function collect(gate, ctx) {
    const set = [gate.files !== undefined, gate.url !== undefined, gate.run !== undefined].filter(Boolean).length;
    if (set !== 1) {
        throw new errors_js_1.UserError(`set exactly one of files, url (with pointer) or run to say where the time comes from${set > 1 ? ' (this gate sets several)' : ''}`);
    }
    if (gate.files !== undefined)
        return fromFiles(gate, ctx);
    if (gate.url !== undefined)
        return fromUrl(gate, ctx);
    return fromCommand(gate, ctx);
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
exports.redact = redact;
exports.describeError = describeError;
exports.collectHttp = collectHttp;
const errors_js_1 = __webpack_require__(3916);
const http_js_1 = __webpack_require__(1062);
const duration_js_1 = __webpack_require__(6518);
const env_refs_js_1 = __webpack_require__(4136);
/** Hides secret values in text that may be shown (errors, response bodies, redirect targets). */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
}
// Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm.
const asError = (e) => e !== null && typeof e === 'object' ? e : null;
function describeError(e, timeoutMs) {
    const err = asError(e);
    if (!err)
        return String(e);
    if (err.name === 'TimeoutError')
        return `timed out after ${(0, duration_js_1.formatDuration)(timeoutMs)}`;
    if (err.name === 'AbortError')
        return 'stopped: the run deadline passed';
    const cause = asError(err.cause);
    if (cause) {
        const code = typeof cause.code === 'string' ? cause.code : undefined;
        if (code === 'ECONNREFUSED')
            return 'connection refused (ECONNREFUSED): is the service running on that host and port?';
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
            return `host not found (${code})`;
        if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
            return `connection closed by the server (${code})`;
        if (cause.name === 'TimeoutError')
            return `timed out after ${(0, duration_js_1.formatDuration)(timeoutMs)}`;
        const msg = String(cause.message ?? cause.name ?? 'request failed');
        return code ? `${msg} (${code})` : msg;
    }
    return String(err.message ?? err.name ?? 'request failed');
}
async function readBody(res) {
    if (!res.body)
        return { body: '', truncated: false };
    const decoder = new TextDecoder();
    let body = '';
    let truncated = false;
    // Read to the end (latency is measured to the last byte) but keep only the start.
    for await (const chunk of res.body) {
        if (truncated)
            continue;
        body += decoder.decode(chunk, { stream: true });
        if (body.length > http_js_1.HTTP_BODY_LIMIT) {
            body = body.slice(0, http_js_1.HTTP_BODY_LIMIT);
            truncated = true;
        }
    }
    if (!truncated)
        body += decoder.decode();
    return { body, truncated };
}
function prepare(gate, env) {
    const secrets = new Set();
    const o = (0, http_js_1.httpOptions)(gate);
    const url = (0, env_refs_js_1.substituteEnv)(gate.url, env, 'url', secrets);
    try {
        const u = new URL(url);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new Error('protocol');
    }
    catch {
        throw new errors_js_1.UserError(`url ${gate.url} is not a valid http(s) URL; write it like https://staging.example.com/health`);
    }
    const headers = new Headers();
    for (const [name, raw] of Object.entries(gate.headers ?? {})) {
        const value = (0, env_refs_js_1.substituteEnv)(raw, env, `headers.${name}`, secrets);
        if (value.length >= 4)
            secrets.add(value);
        try {
            headers.set(name, value);
        }
        catch {
            throw new errors_js_1.UserError(`header ${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`);
        }
    }
    const init = { method: o.method, headers, redirect: o.followRedirects ? 'follow' : 'manual' };
    if (gate.body !== undefined) {
        if (o.method === 'GET' || o.method === 'HEAD')
            throw new errors_js_1.UserError(`a ${o.method} request cannot have a body; set method: POST (or PUT, PATCH) or remove body`);
        init.body = (0, env_refs_js_1.substituteEnv)(gate.body, env, 'body', secrets);
    }
    return { url, init, secrets };
}
async function request(p, timeoutMs, signal) {
    const started = performance.now();
    try {
        const res = await fetch(p.url, {
            ...p.init,
            signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
        });
        const { body, truncated } = await readBody(res);
        const fact = {
            status: res.status,
            latencyMs: performance.now() - started,
            body: redact(body, p.secrets),
            bodyTruncated: truncated,
        };
        const location = res.headers.get('location');
        if (location && res.status >= 300 && res.status < 400)
            fact.location = redact(location, p.secrets);
        return fact;
    }
    catch (e) {
        return {
            status: null,
            latencyMs: performance.now() - started,
            body: '',
            bodyTruncated: false,
            error: redact(describeError(e, timeoutMs), p.secrets),
        };
    }
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}
/** Makes the requests: up to `retries + 1` attempts of `samples` requests each. */
async function collectHttp(gate, ctx) {
    const o = (0, http_js_1.httpOptions)(gate);
    const p = prepare(gate, ctx.env);
    for (const s of p.secrets)
        ctx.secrets?.add(s);
    const facts = { url: gate.url, method: o.method, attempts: [] };
    const total = o.retries + 1;
    for (let n = 1; n <= total; n++) {
        if (ctx.signal.aborted) {
            facts.aborted = true;
            break;
        }
        ctx.progress(`${o.method} ${gate.url}: attempt ${n}/${total}${o.samples > 1 ? ` (${o.samples} requests)` : ''}`);
        const attempt = { attempt: n, responses: [] };
        for (let i = 0; i < o.samples; i++) {
            const r = await request(p, o.timeoutMs, ctx.signal);
            attempt.responses.push(r);
            // A failed request already fails the attempt: no point measuring the rest.
            if (r.status === null)
                break;
        }
        facts.attempts.push(attempt);
        if (ctx.signal.aborted) {
            facts.aborted = true;
            break;
        }
        const verdict = (0, http_js_1.judgeHttpAttempt)(gate, attempt);
        const lat = verdict.latencyMs === null ? '' : ` in ${Math.round(verdict.latencyMs)} ms`;
        if (verdict.ok) {
            ctx.progress(`${o.method} ${gate.url}: attempt ${n}/${total}: ok${lat}`);
            break;
        }
        const more = n < total ? `; retrying in ${(0, duration_js_1.formatDuration)(o.intervalMs)}` : '';
        ctx.progress(`${o.method} ${gate.url}: attempt ${n}/${total}: ${verdict.problems[0]}${more}`);
        if (n < total)
            await sleep(o.intervalMs, ctx.signal);
    }
    return facts;
}
exports.collect = collectHttp;


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


/***/ }),

/***/ 8259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.displayPath = displayPath;
exports.findReportFiles = findReportFiles;
/**
 * Finding the report files a report gate reads (tests, sarif): every configured path or glob must
 * match at least one file; each match must be a regular, non-empty file, and younger than
 * `max-age` when one is set. Problems are UserErrors naming the file and how to fix it.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const tinyglobby_1 = __webpack_require__(7949);
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(6518);
function displayPath(cwd, abs) {
    const rel = (0, node_path_1.relative)(cwd, abs);
    return rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) ? abs : rel.split(node_path_1.sep).join('/');
}
async function findReportFiles(report, ctx, opts) {
    const patterns = Array.isArray(report) ? report : [report];
    const maxAgeMs = opts.maxAge === undefined ? null : (0, duration_js_1.parseDuration)(opts.maxAge);
    if (opts.maxAge !== undefined && maxAgeMs === null) {
        throw new errors_js_1.UserError(`max-age: ${opts.maxAge} is not a duration (write e.g. 30m, 6h or 1d).`);
    }
    const out = [];
    for (const pattern of patterns) {
        ctx.signal.throwIfAborted();
        const dynamic = (0, tinyglobby_1.isDynamicPattern)(pattern);
        const candidates = dynamic
            ? (await (0, tinyglobby_1.glob)(pattern, {
                cwd: ctx.cwd,
                absolute: true,
                onlyFiles: true,
                dot: true,
                expandDirectories: false,
            }))
                .map((f) => (0, node_path_1.resolve)(f))
                .sort()
            : [(0, node_path_1.resolve)(ctx.cwd, pattern)];
        let matched = 0;
        for (const abs of candidates) {
            const display = displayPath(ctx.cwd, abs);
            let info;
            try {
                info = await (0, promises_1.stat)(abs);
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT' && !dynamic) {
                    throw new errors_js_1.UserError(`The ${opts.what} ${display} does not exist (looked in ${ctx.cwd}). ${opts.hint}`);
                }
                if (code === 'ENOENT')
                    continue;
                throw new errors_js_1.UserError(`The ${opts.what} ${display} cannot be read (${code ?? String(e)}).`);
            }
            if (!info.isFile())
                throw new errors_js_1.UserError(`The ${opts.what} ${display} is not a regular file.`);
            if (info.size === 0)
                throw new errors_js_1.UserError(`The ${opts.what} ${display} is empty. ${opts.hint}`);
            if (maxAgeMs !== null) {
                const age = ctx.now.getTime() - info.mtimeMs;
                if (age > maxAgeMs) {
                    throw new errors_js_1.UserError(`The ${opts.what} ${display} was written ${(0, duration_js_1.formatDuration)(age)} ago, more than max-age ${opts.maxAge}: it is not from this run. ${opts.hint}`);
                }
            }
            matched++;
            if (!out.some((f) => f.abs === abs))
                out.push({ abs, display });
        }
        if (matched === 0) {
            throw new errors_js_1.UserError(`No ${opts.what} matches ${pattern} (looked in ${ctx.cwd}). ${opts.hint}`);
        }
    }
    return out;
}


/***/ })

};

//# sourceMappingURL=5210.index.js.map