export const id = 5210;
export const ids = [5210,9496];
export const modules = {

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

/***/ 5172:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.request = request;
exports.makeAgents = makeAgents;
/**
 * One HTTP(S) request with node:http/https rather than fetch: the `http` gate's `expect.tls`
 * needs the server's certificate and the verdict on its chain and host name from the very
 * connection that answered, and `expect.tls.ca` must make the request itself trust an internal
 * CA; fetch exposes neither. What fetch did for us is kept: redirects followed (at most 20, 303
 * and POST-on-301/302 become GET, credentials dropped when the redirect leaves the origin), one
 * timeout for the whole exchange, the body read to its last byte.
 */
const node_http_1 = __importDefault(__webpack_require__(7067));
const node_https_1 = __importDefault(__webpack_require__(4708));
const node_tls_1 = __webpack_require__(1692);
const net_js_1 = __webpack_require__(9925);
const MAX_REDIRECTS = 20;
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
function named(name, message, code) {
    const e = new Error(message);
    e.name = name;
    if (code)
        e.code = code;
    return e;
}
function cn(x) {
    if (!x || typeof x !== 'object')
        return undefined;
    const o = x;
    return typeof o.CN === 'string' ? `CN=${o.CN}` : typeof o.O === 'string' ? `O=${o.O}` : undefined;
}
function tlsFacts(socket, host) {
    const cert = socket.getPeerCertificate();
    const fact = { authorized: socket.authorized };
    if (!socket.authorized && socket.authorizationError)
        fact.authorizationError = String(socket.authorizationError);
    if (cert && Object.keys(cert).length) {
        const subject = cn(cert.subject);
        const issuer = cn(cert.issuer);
        if (subject)
            fact.subject = subject;
        if (issuer)
            fact.issuer = issuer;
        const from = Date.parse(cert.valid_from);
        const to = Date.parse(cert.valid_to);
        if (Number.isFinite(from))
            fact.validFrom = new Date(from).toISOString();
        if (Number.isFinite(to))
            fact.validTo = new Date(to).toISOString();
        // Node's message lists only the names of the host's kind (IPs for an IP); say what it is for.
        if ((0, node_tls_1.checkServerIdentity)(host, cert))
            fact.hostError = `it is for ${cert.subjectaltname || subject || 'no name'}, not ${host}`;
    }
    return fact;
}
async function request(url, o) {
    const deadline = AbortSignal.any([o.signal, AbortSignal.timeout(o.timeoutMs)]);
    let current = new URL(url);
    let method = o.method;
    let body = o.body;
    let headers = { ...o.headers };
    let tls;
    for (let hop = 0;; hop++) {
        const inspect = hop === 0 && o.inspectTls === true;
        const res = await once(current, method, headers, body, deadline, o, inspect);
        if (inspect)
            tls = res.tls;
        const location = res.headers.location;
        if (o.followRedirects && res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
            if (hop >= MAX_REDIRECTS)
                throw new Error('redirect count exceeded');
            const next = new URL(location, current);
            if (next.protocol !== 'http:' && next.protocol !== 'https:')
                throw new Error(`redirect to a ${next.protocol} URL`);
            if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
                if (method !== 'HEAD')
                    method = 'GET';
                body = undefined;
            }
            if (next.origin !== current.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.has(k.toLowerCase())));
            current = next;
            continue;
        }
        return tls ? { ...res, tls } : res;
    }
}
function once(url, method, headers, body, signal, o, inspect) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(abortReason(signal, o));
        const secure = url.protocol === 'https:';
        const options = {
            method,
            headers: body !== undefined ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers,
            agent: secure ? o.agents.https : o.agents.http,
        };
        if (secure) {
            if (o.ca)
                options.ca = o.ca;
            // The gate judges the certificate itself when asked to (and fails on a bad one).
            if (inspect)
                options.rejectUnauthorized = false;
        }
        const req = (secure ? node_https_1.default : node_http_1.default).request(url, options, (res) => {
            const socket = res.socket;
            const tls = inspect && secure ? tlsFacts(socket, url.hostname.replace(/^\[|\]$/g, '')) : undefined;
            (0, net_js_1.readBody)(res, o.bodyLimit).then(({ body: text, truncated }) => {
                cleanup();
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: text,
                    truncated,
                    ...(tls ? { tls } : {}),
                });
            }, (e) => {
                cleanup();
                reject(signal.aborted ? abortReason(signal, o) : e);
            });
        });
        const onAbort = () => req.destroy(abortReason(signal, o));
        const cleanup = () => signal.removeEventListener('abort', onAbort);
        signal.addEventListener('abort', onAbort, { once: true });
        req.on('error', (e) => {
            cleanup();
            reject(signal.aborted ? abortReason(signal, o) : e);
        });
        req.end(body);
    });
}
function abortReason(signal, o) {
    // The run's own signal means the deadline passed; otherwise the per-request timeout fired.
    if (o.signal.aborted)
        return named('AbortError', 'stopped: the run deadline passed');
    void signal;
    return named('TimeoutError', 'timed out');
}
/** Keep-alive agents for one gate's requests (samples reuse connections, as clients do). */
function makeAgents() {
    const a = { http: new node_http_1.default.Agent({ keepAlive: true }), https: new node_https_1.default.Agent({ keepAlive: true }) };
    return { ...a, close: () => (a.http.destroy(), a.https.destroy()) };
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = exports.redact = exports.describeError = void 0;
exports.collectHttp = collectHttp;
/**
 * Makes the `http` gate's requests, per URL, retrying while the answer does not meet the
 * expectations (a service still starting). Header values and substituted `${{ env.NAME }}` values
 * may be secrets: they never appear in progress messages or facts; response headers are kept only
 * when the gate checks them.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(3916);
const http_js_1 = __webpack_require__(1062);
const duration_js_1 = __webpack_require__(6518);
const sleep_js_1 = __webpack_require__(7783);
const env_refs_js_1 = __webpack_require__(4136);
const http_request_js_1 = __webpack_require__(5172);
const net_js_1 = __webpack_require__(9925);
// The fetch-error wording and redaction, shared with the other network sources (fresh).
var net_js_2 = __webpack_require__(9925);
Object.defineProperty(exports, "describeError", ({ enumerable: true, get: function () { return net_js_2.describeError; } }));
Object.defineProperty(exports, "redact", ({ enumerable: true, get: function () { return net_js_2.redact; } }));
function prepare(gate, rawUrl, ctx, ca) {
    const secrets = new Set();
    const o = (0, http_js_1.httpOptions)(gate);
    const url = (0, env_refs_js_1.substituteEnv)(rawUrl, ctx.env, 'url', secrets);
    try {
        const u = new URL(url);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new Error('protocol');
        if (u.password)
            secrets.add(decodeURIComponent(u.password));
    }
    catch {
        throw new errors_js_1.UserError(`url ${rawUrl} is not a valid http(s) URL; write it like https://staging.example.com/health`);
    }
    const headers = {};
    const probe = new Headers();
    for (const [name, raw] of Object.entries(gate.headers ?? {})) {
        const value = (0, env_refs_js_1.substituteEnv)(raw, ctx.env, `headers.${name}`, secrets);
        if (value.length >= 4)
            secrets.add(value);
        const token = /^\S+\s+(\S{4,})$/.exec(value)?.[1];
        if (token)
            secrets.add(token);
        try {
            probe.set(name, value);
        }
        catch {
            throw new errors_js_1.UserError(`header ${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`);
        }
        headers[name] = value;
    }
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'user-agent'))
        headers['user-agent'] = 'shipgate';
    let body;
    if (gate.body !== undefined) {
        if (o.method === 'GET' || o.method === 'HEAD')
            throw new errors_js_1.UserError(`a ${o.method} request cannot have a body; set method: POST (or PUT, PATCH) or remove body`);
        body = (0, env_refs_js_1.substituteEnv)(gate.body, ctx.env, 'body', secrets);
    }
    const base = {
        method: o.method,
        headers,
        timeoutMs: o.timeoutMs,
        followRedirects: o.followRedirects,
        bodyLimit: http_js_1.HTTP_BODY_LIMIT,
        inspectTls: gate.expect?.tls !== undefined && url.startsWith('https:'),
    };
    if (body !== undefined)
        base.body = body;
    if (ca !== undefined)
        base.ca = ca;
    return { url, base, secrets };
}
function readCa(gate, cwd) {
    const file = gate.expect?.tls?.ca;
    if (file === undefined)
        return undefined;
    let text;
    try {
        text = (0, node_fs_1.readFileSync)((0, node_path_1.resolve)(cwd, file), 'utf8');
    }
    catch (e) {
        throw new errors_js_1.UserError(`expect.tls.ca: cannot read ${file} (${e.code ?? 'error'}); give the path of a PEM file in the workspace`);
    }
    if (!text.includes('-----BEGIN CERTIFICATE-----'))
        throw new errors_js_1.UserError(`expect.tls.ca: ${file} is not a PEM certificate file (no BEGIN CERTIFICATE line)`);
    return text;
}
async function one(p, agents, signal, keep) {
    const started = performance.now();
    try {
        const res = await (0, http_request_js_1.request)(p.url, { ...p.base, agents, signal });
        const fact = {
            status: res.status,
            latencyMs: performance.now() - started,
            body: (0, net_js_1.redact)(res.body, p.secrets),
            bodyTruncated: res.truncated,
        };
        const location = res.headers.location;
        if (location && res.status >= 300 && res.status < 400)
            fact.location = (0, net_js_1.redact)(location, p.secrets);
        if (keep.length) {
            fact.headers = {};
            for (const name of keep) {
                const v = res.headers[name];
                if (v !== undefined)
                    fact.headers[name] = (0, net_js_1.redact)(Array.isArray(v) ? v.join(', ') : v, p.secrets);
            }
        }
        if (res.tls)
            fact.tls = res.tls;
        return fact;
    }
    catch (e) {
        return {
            status: null,
            latencyMs: performance.now() - started,
            body: '',
            bodyTruncated: false,
            error: (0, net_js_1.redact)((0, net_js_1.describeError)(e, p.base.timeoutMs), p.secrets),
        };
    }
}
async function collectTarget(gate, rawUrl, ca, ctx) {
    const o = (0, http_js_1.httpOptions)(gate);
    const p = prepare(gate, rawUrl, ctx, ca);
    // Registered for the run: every text shipgate writes is redacted with them.
    for (const s of p.secrets)
        ctx.secrets?.add(s);
    const keep = Object.keys(gate.expect?.headers ?? {}).map((h) => h.toLowerCase());
    const facts = { url: rawUrl, method: o.method, attempts: [] };
    const total = o.retries + 1;
    const agents = (0, http_request_js_1.makeAgents)();
    try {
        for (let n = 1; n <= total; n++) {
            if (ctx.signal.aborted) {
                facts.aborted = true;
                break;
            }
            ctx.progress(`${o.method} ${rawUrl}: attempt ${n}/${total}${o.samples > 1 ? ` (${o.samples} requests)` : ''}`);
            const attempt = { attempt: n, responses: [] };
            for (let i = 0; i < o.samples; i++) {
                const r = await one(p, agents, ctx.signal, keep);
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
            const verdict = (0, http_js_1.judgeHttpAttempt)(gate, attempt, ctx.now);
            const lat = verdict.latencyMs === null ? '' : ` in ${Math.round(verdict.latencyMs)} ms`;
            if (verdict.ok) {
                ctx.progress(`${o.method} ${rawUrl}: attempt ${n}/${total}: ok${lat}`);
                break;
            }
            const more = n < total ? `; retrying in ${(0, duration_js_1.formatDuration)(o.intervalMs)}` : '';
            ctx.progress(`${o.method} ${rawUrl}: attempt ${n}/${total}: ${verdict.problems[0]}${more}`);
            if (n < total)
                await (0, sleep_js_1.sleep)(o.intervalMs, ctx.signal);
        }
    }
    finally {
        agents.close();
    }
    return facts;
}
/** Requests each URL: up to `retries + 1` attempts of `samples` requests each. */
async function collectHttp(gate, ctx) {
    const ca = readCa(gate, ctx.cwd);
    const targets = [];
    // One URL after the other: their latencies are not skewed by each other.
    for (const url of (0, http_js_1.targetsOf)(gate))
        targets.push(await collectTarget(gate, url, ca, ctx));
    return { targets };
}
exports.collect = collectHttp;


/***/ }),

/***/ 9925:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.redact = redact;
exports.describeError = describeError;
exports.readBody = readBody;
/**
 * Shared by the network sources (http, metric): fetch errors in words, a size-limited body reader,
 * and hiding secret values (substituted `${{ env.NAME }}` values, header values) in anything shown.
 */
const duration_js_1 = __webpack_require__(6518);
/** Hides secret values in text that may be shown (errors, response bodies, redirect targets). */
function redact(text, secrets) {
    let out = text;
    // Longest first, so a secret containing another one is hidden whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}
// Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm.
const asError = (e) => e !== null && typeof e === 'object' ? e : null;
/** Why a request got no answer, in words (never containing header values). */
function describeError(e, timeoutMs) {
    const err = asError(e);
    if (!err)
        return String(e);
    if (err.name === 'TimeoutError')
        return `timed out after ${(0, duration_js_1.formatDuration)(timeoutMs)}`;
    if (err.name === 'AbortError')
        return 'stopped: the run deadline passed';
    const cause = asError(err.cause) ?? (typeof err.code === 'string' ? err : null);
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
/** Reads a body to its end (latency is measured to the last byte), keeping at most `limit` characters. */
async function readBody(body, limit) {
    if (!body)
        return { body: '', truncated: false };
    const decoder = new TextDecoder();
    let text = '';
    let truncated = false;
    for await (const chunk of body) {
        if (truncated)
            continue;
        text += decoder.decode(chunk, { stream: true });
        if (text.length > limit) {
            text = text.slice(0, limit);
            truncated = true;
        }
    }
    if (!truncated)
        text += decoder.decode();
    return { body: text, truncated };
}


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


/***/ }),

/***/ 7783:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sleep = sleep;
/** Sleeps, waking early when the signal aborts (a run deadline, Ctrl-C). */
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


/***/ })

};

//# sourceMappingURL=5210.index.js.map