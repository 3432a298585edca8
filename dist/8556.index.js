export const id = 8556;
export const ids = [8556];
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

/***/ 8556:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
exports.readPrometheusAnswer = readPrometheusAnswer;
exports.collectMetric = collectMetric;
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(6518);
const json_pointer_js_1 = __webpack_require__(7148);
const env_refs_js_1 = __webpack_require__(4136);
const net_js_1 = __webpack_require__(9925);
/** An answer larger than this is not a metric: it is cut and reported as not JSON. */
const BODY_LIMIT = 4 * 1024 * 1024;
function prepare(raw, rawHeaders, env, where) {
    const secrets = new Set();
    const url = (0, env_refs_js_1.substituteEnv)(raw, env, `${where}.url`, secrets);
    // A URL that came (partly) from the environment is shown as written, never substituted.
    let parsed;
    try {
        parsed = new URL(url);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new Error('protocol');
    }
    catch {
        throw new errors_js_1.UserError(`${where}.url ${raw} is not a valid http(s) URL${raw.includes('${{') ? ' once its variables are substituted' : ''}; write it like https://prometheus.example.com`);
    }
    // Credentials in the URL (https://user:pass@host) are secrets too.
    if (parsed.password)
        secrets.add(decodeURIComponent(parsed.password));
    const headers = new Headers({ accept: 'application/json' });
    for (const [name, value] of Object.entries(rawHeaders ?? {})) {
        const v = (0, env_refs_js_1.substituteEnv)(value, env, `${where}.headers.${name}`, secrets);
        if (v.length >= 4)
            secrets.add(v);
        // "Bearer abc…": the token alone is a secret as well.
        const token = /^\S+\s+(\S{4,})$/.exec(v)?.[1];
        if (token)
            secrets.add(token);
        try {
            headers.set(name, v);
        }
        catch {
            throw new errors_js_1.UserError(`${where}.headers.${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`);
        }
    }
    return { url, headers, secrets };
}
async function get(t, url, timeoutMs, signal) {
    const res = await fetch(url, {
        headers: t.headers,
        redirect: 'follow',
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    const { body, truncated } = await (0, net_js_1.readBody)(res.body, BODY_LIMIT);
    return { status: res.status, statusText: res.statusText, body, truncated };
}
function authHint(status, headerNames) {
    const auth = headerNames.find((h) => /^(authorization|x-api-key|dd-api-key|api-key|x-auth-token)$/i.test(h));
    if (status === 401)
        return auth
            ? `: the credentials in the ${auth} header were not accepted (expired or wrong token?)`
            : ': it needs credentials; set headers (e.g. Authorization: Bearer ${{ env.TOKEN }})';
    return auth
        ? `: the credentials in the ${auth} header may not read this data (missing permission or scope)`
        : ': access is denied to this client';
}
function parseJson(a, what) {
    try {
        return { ok: true, value: JSON.parse(a.body) };
    }
    catch {
        const start = a.body.trim().slice(0, 60).replace(/\s+/g, ' ');
        return {
            ok: false,
            error: a.truncated
                ? `${what} answered more than 4 MB, which is not a metric answer`
                : `${what} answered ${a.status} with a body that is not JSON${start ? ` (it starts with ${JSON.stringify(start)})` : ' (empty)'}; is the url the API, not a login page or proxy?`,
        };
    }
}
/** Prometheus sample values are strings; NaN and ±Inf are spelled the Go way. */
function sampleNumber(v) {
    if (typeof v !== 'string')
        return Number.NaN;
    if (v === '+Inf' || v === 'Inf')
        return Number.POSITIVE_INFINITY;
    if (v === '-Inf')
        return Number.NEGATIVE_INFINITY;
    return v.trim() === '' ? Number.NaN : Number(v);
}
/** Turns a Prometheus /api/v1/query answer into exactly one number, or the reason there is none. */
function readPrometheusAnswer(a, headerNames) {
    const parsed = parseJson(a, 'Prometheus');
    if (!parsed.ok) {
        if (a.status === 401 || a.status === 403)
            return { error: `Prometheus answered ${a.status} ${a.statusText}${authHint(a.status, headerNames)}` };
        if (a.status < 200 || a.status >= 300)
            return { error: `Prometheus answered ${a.status} ${a.statusText}` };
        return { error: parsed.error };
    }
    const body = parsed.value;
    if (body && typeof body === 'object' && body.status === 'error') {
        const type = typeof body.errorType === 'string' ? body.errorType : 'error';
        const msg = typeof body.error === 'string' ? body.error : 'no reason given';
        const what = type === 'bad_data'
            ? 'the query is not valid PromQL'
            : type === 'timeout'
                ? 'the query timed out on the server'
                : type === 'execution'
                    ? 'the query failed on the server'
                    : `Prometheus answered ${a.status} (${type})`;
        return { error: `${what}: ${msg.slice(0, 300)}` };
    }
    if (a.status === 401 || a.status === 403)
        return { error: `Prometheus answered ${a.status} ${a.statusText}${authHint(a.status, headerNames)}` };
    if (a.status < 200 || a.status >= 300)
        return { error: `Prometheus answered ${a.status} ${a.statusText}` };
    if (!body ||
        typeof body !== 'object' ||
        body.status !== 'success' ||
        !body.data ||
        typeof body.data !== 'object')
        return {
            error: 'the answer is JSON but not a Prometheus query result (no "status": "success" with "data")',
        };
    const { resultType, result } = body.data;
    if (resultType === 'scalar') {
        const v = sampleNumber(Array.isArray(result) ? result[1] : undefined);
        if (Number.isNaN(v))
            return {
                error: 'the query returned NaN (e.g. 0/0 when there was no traffic): no data is not "no errors"',
            };
        return { value: v };
    }
    if (resultType === 'vector') {
        if (!Array.isArray(result))
            return { error: 'the answer has no result list' };
        if (result.length === 0)
            return {
                error: 'the query returned no series: no data is not "no errors". Check the metric name and labels (and that the target is scraped); if no data really means 0, write it as (…) or vector(0)',
            };
        if (result.length > 1) {
            const shown = result
                .slice(0, 3)
                .map((s) => {
                const m = s.metric ?? {};
                return `{${Object.entries(m)
                    .map(([k, v]) => `${k}="${v}"`)
                    .join(', ')}}`;
            })
                .join(', ');
            return {
                error: `the query returned ${result.length} series (${shown}${result.length > 3 ? ', …' : ''}), expected one: aggregate it, e.g. sum(…) or max(…)`,
            };
        }
        const one = result[0];
        const v = sampleNumber(one.value?.[1]);
        if (Number.isNaN(v))
            return {
                error: 'the query returned NaN (e.g. 0/0 when there was no traffic): no data is not "no errors"',
            };
        const labels = Object.fromEntries(Object.entries(one.metric ?? {}).filter(([k]) => k !== '__name__'));
        return Object.keys(labels).length ? { value: v, labels } : { value: v };
    }
    if (resultType === 'matrix')
        return {
            error: 'the query returned a range vector (matrix); write an instant query, e.g. rate(x[5m]) instead of x[5m]',
        };
    return { error: `the query returned a ${String(resultType)}, not a number` };
}
function readJsonAnswer(a, pointer, headerNames) {
    if (a.status === 401 || a.status === 403)
        return { error: `the API answered ${a.status} ${a.statusText}${authHint(a.status, headerNames)}` };
    if (a.status < 200 || a.status >= 300)
        return { error: `the API answered ${a.status} ${a.statusText}` };
    const parsed = parseJson(a, 'the API');
    if (!parsed.ok)
        return { error: parsed.error };
    const at = (0, json_pointer_js_1.resolvePointer)(parsed.value, pointer);
    if (!at.found)
        return { error: `the JSON has no value at ${pointer} (nothing at ${at.missing})` };
    const v = at.value;
    if (typeof v === 'number')
        return { value: v };
    // Many status APIs send numbers as strings ("0.0042"); anything else is not a measurement.
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        return { value: Number(v) };
    if (v === null)
        return { error: `the value at ${pointer} is null: no data` };
    const shown = JSON.stringify(v) ?? String(v);
    return {
        error: `the value at ${pointer} is not a number: ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`,
    };
}
async function collectMetric(gate, ctx) {
    const timeoutMs = (0, duration_js_1.parseDuration)(gate.timeout ?? '10s') ?? 10_000;
    if (gate.prometheus) {
        const t = prepare(gate.prometheus.url, gate.prometheus.headers, ctx.env, 'prometheus');
        for (const v of t.secrets)
            ctx.secrets?.add(v);
        const headerNames = Object.keys(gate.prometheus.headers ?? {});
        const query = gate.query ?? '';
        const facts = {
            source: 'prometheus',
            target: gate.prometheus.url,
            query,
            value: null,
            ...(headerNames.length ? { headerNames } : {}),
        };
        const url = new URL(`${t.url.replace(/\/+$/, '')}/api/v1/query`);
        url.searchParams.set('query', query);
        try {
            const got = readPrometheusAnswer(await get(t, url.toString(), timeoutMs, ctx.signal), headerNames);
            if ('error' in got)
                facts.error = (0, net_js_1.redact)(got.error, t.secrets);
            else {
                facts.value = got.value;
                if (got.labels)
                    facts.labels = got.labels;
            }
        }
        catch (e) {
            facts.error = `Prometheus at ${gate.prometheus.url} could not be reached: ${(0, net_js_1.redact)((0, net_js_1.describeError)(e, timeoutMs), t.secrets)}`;
        }
        return facts;
    }
    if (gate.json) {
        const t = prepare(gate.json.url, gate.json.headers, ctx.env, 'json');
        for (const v of t.secrets)
            ctx.secrets?.add(v);
        const headerNames = Object.keys(gate.json.headers ?? {});
        const facts = {
            source: 'json',
            target: gate.json.url,
            query: gate.json.pointer,
            value: null,
            ...(headerNames.length ? { headerNames } : {}),
        };
        try {
            const got = readJsonAnswer(await get(t, t.url, timeoutMs, ctx.signal), gate.json.pointer, headerNames);
            if ('error' in got)
                facts.error = (0, net_js_1.redact)(got.error, t.secrets);
            else
                facts.value = got.value;
        }
        catch (e) {
            facts.error = `${gate.json.url} could not be reached: ${(0, net_js_1.redact)((0, net_js_1.describeError)(e, timeoutMs), t.secrets)}`;
        }
        return facts;
    }
    throw new errors_js_1.UserError('a metric gate needs prometheus (with query) or json');
}
exports.collect = collectMetric;


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

/***/ 7148:
/***/ ((__unused_webpack_module, exports) => {


/**
 * JSON Pointer (RFC 6901) lookup, shared by the http gate's `expect.json` and the metric gate's
 * `json` source. Hand-written on purpose: the whole RFC is "split on `/`, unescape `~1` then `~0`,
 * index objects by key and arrays by decimal index", a dozen lines, smaller than any dependency.
 * Own properties only, so `/__proto__` or `/constructor` never reach into the prototype chain.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPointer = isPointer;
exports.resolvePointer = resolvePointer;
/** True for "" (the whole document) and anything starting with "/". */
function isPointer(text) {
    return text === '' || text.startsWith('/');
}
function resolvePointer(doc, pointer) {
    if (pointer === '')
        return { found: true, value: doc };
    if (!pointer.startsWith('/'))
        return { found: false, missing: pointer };
    let cur = doc;
    let walked = '';
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        walked += `/${raw}`;
        if (Array.isArray(cur)) {
            // RFC 6901: array indexes are decimal without leading zeros; "-" (past the end) never exists.
            if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= cur.length)
                return { found: false, missing: walked };
            cur = cur[Number(key)];
        }
        else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, key)) {
            cur = cur[key];
        }
        else
            return { found: false, missing: walked };
    }
    return { found: true, value: cur };
}


/***/ })

};

//# sourceMappingURL=8556.index.js.map