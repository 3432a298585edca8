export const id = 496;
export const ids = [496];
export const modules = {

/***/ 9496:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.substituteEnv = substituteEnv;
exports.collectHttp = collectHttp;
const errors_js_1 = __webpack_require__(3916);
const http_js_1 = __webpack_require__(1062);
const duration_js_1 = __webpack_require__(6518);
const ENV_REF = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/**
 * Replaces `${{ env.NAME }}` with the variable's value. A variable that is not set is a UserError
 * naming it and where it is used. Substituted values are added to `secrets` for redaction.
 */
function substituteEnv(text, env, where, secrets) {
    return text.replace(ENV_REF, (_m, name) => {
        const value = env[name];
        if (value === undefined)
            throw new errors_js_1.UserError(`environment variable ${name} is not set (used as \${{ env.${name} }} in ${where}); set it in the env of the workflow step (or your shell for the CLI)`);
        if (value.length >= 4)
            secrets.add(value);
        return value;
    });
}
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
    const url = substituteEnv(gate.url, env, 'url', secrets);
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
        const value = substituteEnv(raw, env, `headers.${name}`, secrets);
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
        init.body = substituteEnv(gate.body, env, 'body', secrets);
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


/***/ })

};
