export const id = 9496;
export const ids = [9496];
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

//# sourceMappingURL=9496.index.js.map