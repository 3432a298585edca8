export const id = 1062;
export const ids = [1062];
export const modules = {

/***/ 1062:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.HTTP_BODY_LIMIT = void 0;
exports.targetsOf = targetsOf;
exports.httpOptions = httpOptions;
exports.p95 = p95;
exports.responseProblems = responseProblems;
exports.judgeHttpAttempt = judgeHttpAttempt;
exports.evaluateHttp = evaluateHttp;
exports.explainHttp = explainHttp;
const duration_js_1 = __webpack_require__(6518);
const json_pointer_js_1 = __webpack_require__(7148);
const sample_check_js_1 = __webpack_require__(2521);
/** The URLs of the gate: `urls`, or the one `url`. */
function targetsOf(gate) {
    return gate.urls ?? (gate.url !== undefined ? [gate.url] : []);
}
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
        p95Ms: gate.expect?.['p95-ms'],
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
const DAY_MS = 86_400_000;
function jsonProblems(gate, parsed) {
    const json = gate.expect?.json;
    if (!json)
        return [];
    const out = [];
    if (typeof json.path === 'string') {
        // The older form: a dot path and a value it must equal.
        const at = atPath(parsed, json.path);
        if (!at.found)
            out.push(`JSON has no value at ${json.path}`);
        else if (!deepEqual(at.value, json.equals))
            out.push(`JSON ${json.path} is ${short(at.value)}, expected ${short(json.equals)}`);
        return out;
    }
    for (const [pointer, raw] of Object.entries(json)) {
        if (!pointer.startsWith('/') && pointer !== '')
            continue;
        const a = raw;
        const at = (0, json_pointer_js_1.resolvePointer)(parsed, pointer);
        if (!at.found) {
            out.push(`JSON has no value at ${pointer}`);
            continue;
        }
        const v = at.value;
        if ('equals' in a && !deepEqual(v, a.equals))
            out.push(`JSON ${pointer} is ${short(v)}, expected ${short(a.equals)}`);
        if (a.in && !a.in.some((x) => deepEqual(v, x)))
            out.push(`JSON ${pointer} is ${short(v)}, expected one of ${a.in.map(short).join(', ')}`);
        if (a.matches !== undefined) {
            if (typeof v !== 'string')
                out.push(`JSON ${pointer} is ${short(v)}, expected a string matching /${a.matches}/`);
            else if (!new RegExp(a.matches, 'u').test(v))
                out.push(`JSON ${pointer} is ${short(v)}, which does not match /${a.matches}/`);
        }
        if (a.min !== undefined || a.max !== undefined) {
            if (typeof v !== 'number')
                out.push(`JSON ${pointer} is ${short(v)}, expected a number`);
            else {
                if (a.min !== undefined && v < a.min)
                    out.push(`JSON ${pointer} is ${v}, below min ${a.min}`);
                if (a.max !== undefined && v > a.max)
                    out.push(`JSON ${pointer} is ${v}, above max ${a.max}`);
            }
        }
    }
    return out;
}
function headerProblems(gate, r) {
    const out = [];
    for (const [name, want] of Object.entries(gate.expect?.headers ?? {})) {
        const v = r.headers?.[name.toLowerCase()];
        if (want.present === false) {
            if (v !== undefined)
                out.push(`header ${name} is present (${short(v)}), expected it absent`);
            continue;
        }
        if (v === undefined) {
            out.push(`header ${name} is missing`);
            continue;
        }
        if (want.equals !== undefined && v !== want.equals)
            out.push(`header ${name} is ${short(v)}, expected ${short(want.equals)}`);
        if (want.matches !== undefined && !new RegExp(want.matches, 'u').test(v))
            out.push(`header ${name} is ${short(v)}, which does not match /${want.matches}/`);
    }
    return out;
}
const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'CERT_UNTRUSTED',
]);
const day = (iso) => iso.slice(0, 10);
function tlsProblems(gate, r, now) {
    const want = gate.expect?.tls;
    if (!want)
        return [];
    const t = r.tls;
    if (!t)
        return ['no TLS certificate to check (expect.tls needs an https:// url)'];
    const out = [];
    const code = t.authorizationError;
    if (t.hostError)
        out.push(`certificate is not valid for this host: ${t.hostError}`);
    if (code === 'CERT_HAS_EXPIRED' || (t.validTo && Date.parse(t.validTo) < now.getTime()))
        out.push(`certificate expired on ${t.validTo ? day(t.validTo) : 'an earlier date'}`);
    else if (code === 'CERT_NOT_YET_VALID')
        out.push(`certificate is not valid before ${t.validFrom ? day(t.validFrom) : 'a later date'}`);
    else if (code && UNTRUSTED.has(code))
        out.push(`certificate chain is not trusted (${code}${t.issuer ? `, issued by ${t.issuer}` : ''})${want.ca ? ` by the CA in ${want.ca}` : '; for an internal CA set expect.tls.ca'}`);
    else if (code && code !== 'ERR_TLS_CERT_ALTNAME_INVALID')
        out.push(`certificate is not accepted (${code})`);
    else if (!t.authorized && !t.hostError)
        out.push('certificate is not accepted');
    const minDays = want['min-days'] ?? 14;
    if (t.validTo && !out.length) {
        const left = Math.floor((Date.parse(t.validTo) - now.getTime()) / DAY_MS);
        if (left < minDays)
            out.push(`certificate expires in ${left} day(s) (on ${day(t.validTo)}), at least ${minDays} required`);
    }
    return out;
}
/** What is wrong with one answer, ignoring latency (empty: it meets the expectations). */
function responseProblems(gate, r, now = new Date()) {
    if (r.status === null)
        return [`no answer: ${r.error ?? 'request failed'}`];
    const o = httpOptions(gate);
    const problems = [...tlsProblems(gate, r, now)];
    const statusOk = o.statuses === '2xx' ? r.status >= 200 && r.status < 300 : o.statuses.includes(r.status);
    if (!statusOk)
        problems.push(`status ${r.status}${r.location ? ` (redirect to ${r.location})` : ''}, expected ${describeStatuses(o.statuses)}`);
    const contains = gate.expect?.['body-contains'];
    if (contains !== undefined && !r.body.includes(contains))
        problems.push(`body does not contain ${JSON.stringify(contains)}${r.bodyTruncated ? ' (in its first 1 MB)' : ''}`);
    problems.push(...headerProblems(gate, r));
    if (gate.expect?.json) {
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
        else
            problems.push(...jsonProblems(gate, parsed));
    }
    return problems;
}
/** Judges one attempt: every answer meets the expectations and the latency is within p95-ms / max-ms. */
function judgeHttpAttempt(gate, attempt, now = new Date()) {
    const o = httpOptions(gate);
    const problems = [];
    const n = attempt.responses.length;
    attempt.responses.forEach((r, i) => {
        for (const p of responseProblems(gate, r, now)) {
            const line = n > 1 ? `request ${i + 1}/${n}: ${p}` : p;
            // The same problem in every sample is said once.
            if (!problems.some((q) => q.replace(/^request \d+\/\d+: /, '') === p))
                problems.push(line);
        }
    });
    if (n === 0)
        problems.push('no request was made');
    const answered = attempt.responses.filter((r) => r.status !== null).map((r) => r.latencyMs);
    const latency = answered.length === 0 ? null : n > 1 ? p95(answered) : answered[0];
    const slowest = answered.length === 0 ? null : Math.max(...answered);
    if (o.p95Ms !== undefined && latency !== null && latency > o.p95Ms)
        problems.push(n > 1
            ? `p95 latency ${Math.round(latency)} ms over ${n} requests, max ${o.p95Ms} ms`
            : `took ${Math.round(latency)} ms, p95-ms ${o.p95Ms} ms`);
    if (o.maxMs !== undefined && slowest !== null && slowest > o.maxMs)
        problems.push(n > 1
            ? `slowest of ${n} requests took ${Math.round(slowest)} ms, max ${o.maxMs} ms`
            : `took ${Math.round(slowest)} ms, max ${o.maxMs} ms`);
    return { ok: problems.length === 0, problems, latencyMs: latency, maxMs: slowest };
}
function attemptRow(gate, a, now, url) {
    const v = judgeHttpAttempt(gate, a, now);
    const statuses = [
        ...new Set(a.responses.map((r) => (r.status === null ? 'no answer' : String(r.status)))),
    ].join(', ');
    const latency = v.latencyMs === null
        ? '-'
        : a.responses.length > 1
            ? `p95 ${Math.round(v.latencyMs)} ms, max ${Math.round(v.maxMs ?? 0)} ms`
            : `${Math.round(v.latencyMs)} ms`;
    const row = [String(a.attempt), statuses, latency, v.ok ? 'ok' : v.problems.join('; ')];
    return url === undefined ? row : [url, ...row];
}
function tlsLine(t, now) {
    const left = t.validTo ? Math.floor((Date.parse(t.validTo) - now.getTime()) / DAY_MS) : null;
    return [
        `TLS certificate ${t.subject ?? '(no subject)'}`,
        t.issuer ? `issued by ${t.issuer}` : '',
        t.validTo ? `valid until ${day(t.validTo)} (${left} days left)` : '',
        t.authorized ? 'trusted' : `not accepted${t.authorizationError ? ` (${t.authorizationError})` : ''}`,
    ]
        .filter(Boolean)
        .join(', ');
}
function judgeTarget(gate, t, now) {
    const label = `${t.method} ${t.url}`;
    const last = t.attempts[t.attempts.length - 1];
    if (!last)
        return {
            target: t,
            label,
            verdict: null,
            status: 'error',
            summary: `${label} was not requested${t.aborted ? ': the run deadline passed first' : ''}`,
        };
    const verdict = judgeHttpAttempt(gate, last, now);
    const n = t.attempts.length;
    const tries = n > 1 ? ` after ${n} attempts` : '';
    const latency = verdict.latencyMs === null
        ? ''
        : last.responses.length > 1
            ? ` (p95 ${Math.round(verdict.latencyMs)} ms, max ${Math.round(verdict.maxMs ?? 0)} ms over ${last.responses.length} requests)`
            : ` in ${Math.round(verdict.latencyMs)} ms`;
    if (verdict.ok)
        return {
            target: t,
            label,
            verdict,
            status: 'pass',
            summary: `${label} answered ${last.responses[0]?.status}${latency}${tries}`,
        };
    return {
        target: t,
        label,
        verdict,
        status: 'fail',
        summary: `${label}: ${verdict.problems[0]}${verdict.problems.length > 1 ? ` (+${verdict.problems.length - 1} more)` : ''}${n > 1 ? ` (${n} attempts)` : ''}`,
    };
}
/** Judges each URL's last attempt; the gate passes when every URL does. */
function evaluateHttp(gate, facts, ctx) {
    const o = httpOptions(gate);
    const now = ctx.now;
    const judged = facts.targets.map((t) => judgeTarget(gate, t, now));
    if (!judged.length)
        return { status: 'error', summary: 'no URL to request' };
    const many = judged.length > 1;
    const details = [];
    const headerNames = Object.keys(gate.headers ?? {});
    if (headerNames.length > 0)
        details.push({ kind: 'text', text: `Headers sent: ${headerNames.join(', ')} (values hidden).` });
    details.push({
        kind: 'table',
        columns: [...(many ? ['URL'] : []), 'Attempt', 'Status', 'Latency', 'Result'],
        rows: judged.flatMap((j) => j.target.attempts.map((a) => attemptRow(gate, a, now, many ? j.target.url : undefined))),
    });
    for (const j of judged) {
        const tls = j.target.attempts.at(-1)?.responses.find((r) => r.tls)?.tls;
        if (tls)
            details.push({ kind: 'text', text: `${many ? `${j.target.url}: ` : ''}${tlsLine(tls, now)}.` });
    }
    // The value sampled after a deploy: the latency judged, of the slowest URL.
    const latencies = judged.map((j) => j.verdict?.latencyMs).filter((v) => typeof v === 'number');
    const value = latencies.length ? { value: Math.round(Math.max(...latencies)) } : {};
    const bad = judged.filter((j) => j.status !== 'pass');
    if (!bad.length) {
        const summary = many
            ? `${judged.length}/${judged.length} URLs answered as expected${latencies.length ? ` (slowest ${Math.round(Math.max(...latencies))} ms)` : ''}`
            : judged[0].summary;
        return { status: 'pass', summary, details, ...value };
    }
    const first = bad[0];
    const failing = first.target.attempts.at(-1)?.responses.find((r) => responseProblems(gate, r, now).length > 0) ??
        first.target.attempts.at(-1)?.responses[0];
    if (failing && failing.body) {
        const shown = failing.body.length > SHOWN_BODY
            ? `${failing.body.slice(0, SHOWN_BODY)}\n[... truncated]`
            : failing.body;
        details.push({ kind: 'text', text: `Response body (start)${many ? ` of ${first.target.url}` : ''}:` }, { kind: 'code', text: shown });
    }
    if (judged.some((j) => j.target.aborted))
        details.push({ kind: 'text', text: 'Retries stopped early: the run deadline passed.' });
    else if (o.retries > 0 && first.target.attempts.length <= o.retries)
        details.push({
            kind: 'text',
            text: `Stopped after ${first.target.attempts.length} of ${o.retries + 1} attempts.`,
        });
    const status = bad.every((j) => j.status === 'error') ? 'error' : 'fail';
    const summary = many ? `${bad.length}/${judged.length} URLs failed: ${first.summary}` : first.summary;
    return { status, summary, details, ...value };
}
/** What the gate checks, with defaults applied. */
function explainHttp(gate) {
    const o = httpOptions(gate);
    const e = gate.expect ?? {};
    const urls = targetsOf(gate);
    const latency = [];
    if (o.p95Ms !== undefined)
        latency.push(`p95 of ${o.samples} request(s) at most ${o.p95Ms} ms`);
    if (o.maxMs !== undefined)
        latency.push(`slowest of ${o.samples} request(s) at most ${o.maxMs} ms`);
    const lines = [
        `Request: ${o.method} ${urls.join(', ')}${gate.body !== undefined ? ' with a body' : ''}.`,
        `Headers: ${Object.keys(gate.headers ?? {}).join(', ') || 'none'}${gate.headers ? ' (values hidden)' : ''}.`,
        `Expects status ${describeStatuses(o.statuses)}${o.statuses === '2xx' ? ' (default)' : ''}.`,
        latency.length
            ? `Latency (request start to the end of the body): ${latency.join('; ')}.`
            : 'Latency: not checked.',
    ];
    if (e['body-contains'] !== undefined)
        lines.push(`Body contains ${JSON.stringify(e['body-contains'])}.`);
    if (e.json) {
        if (typeof e.json.path === 'string')
            lines.push(`JSON value at ${e.json.path} equals ${JSON.stringify(e.json.equals)}.`);
        else
            for (const [ptr, a] of Object.entries(e.json))
                lines.push(`JSON ${ptr}: ${Object.entries(a)
                    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
                    .join(', ')}.`);
    }
    for (const [name, h] of Object.entries(e.headers ?? {}))
        lines.push(`Header ${name}: ${h.present === false ? 'absent' : [h.equals !== undefined ? `equals ${JSON.stringify(h.equals)}` : '', h.matches !== undefined ? `matches /${h.matches}/` : '', 'present'].filter(Boolean).join(', ')}.`);
    if (e.tls)
        lines.push(`TLS: certificate valid for the host, chain trusted by ${e.tls.ca ? `the CA in ${e.tls.ca}` : "the system's CAs"}, expires in at least ${e.tls['min-days'] ?? 14} days.`);
    lines.push(`Timeout per request: ${(0, duration_js_1.formatDuration)(o.timeoutMs)}; redirects ${o.followRedirects ? 'followed' : 'not followed (a 3xx is judged as-is)'}.`, o.retries > 0
        ? `Retries: up to ${o.retries} more attempt(s), ${(0, duration_js_1.formatDuration)(o.intervalMs)} apart, while the answer does not meet the expectations.`
        : 'Retries: none (one attempt).');
    return lines;
}
/** url/urls, the JSON form, regular expressions and TLS options the schema cannot tie together. */
function httpProblems(gate) {
    const g = gate;
    const out = [];
    if (g.url !== undefined && g.urls !== undefined)
        out.push({ path: ['urls'], message: 'use either url or urls, not both' });
    else if (g.url === undefined && g.urls === undefined)
        out.push({ path: [], message: 'missing required key "url" (or "urls" for several)' });
    const expect = (g.expect ?? {});
    const json = expect.json;
    if (json) {
        const pointers = Object.keys(json).filter((k) => k.startsWith('/'));
        const old = 'path' in json || 'equals' in json;
        if (old && pointers.length)
            out.push({
                path: ['expect', 'json'],
                message: 'mixes the older { path, equals } form with JSON Pointer keys; write every check as a pointer, e.g. /status: { equals: ok }',
            });
        else if (old && !('path' in json && 'equals' in json))
            out.push({
                path: ['expect', 'json'],
                message: `the older form needs both path and equals; or write a JSON Pointer key, e.g. /status: { equals: ok }`,
            });
        for (const p of pointers) {
            const a = json[p];
            if (typeof a?.matches === 'string')
                (0, sample_check_js_1.checkRegex)(out, ['expect', 'json', p, 'matches'], a.matches);
            if (typeof a?.min === 'number' && typeof a?.max === 'number' && a.min > a.max)
                out.push({
                    path: ['expect', 'json', p, 'min'],
                    message: `${p}: min ${a.min} is greater than max ${a.max}`,
                });
        }
    }
    for (const [name, h] of Object.entries((expect.headers ?? {}))) {
        if (typeof h?.matches === 'string')
            (0, sample_check_js_1.checkRegex)(out, ['expect', 'headers', name, 'matches'], h.matches);
        if (h?.present === false && (h.equals !== undefined || h.matches !== undefined))
            out.push({
                path: ['expect', 'headers', name],
                message: `header ${name}: present: false cannot be combined with equals or matches`,
            });
    }
    if (expect.tls !== undefined && typeof g.url === 'string' && g.url.startsWith('http://'))
        out.push({ path: ['expect', 'tls'], message: 'expect.tls needs an https:// url' });
    return out;
}
exports.gate = {
    evaluate: evaluateHttp,
    explain: explainHttp,
    check: (g) => [
        ...httpProblems(g),
        ...(g.sample ? (0, sample_check_js_1.sampleProblems)(g.sample) : []),
    ],
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

//# sourceMappingURL=1062.index.js.map