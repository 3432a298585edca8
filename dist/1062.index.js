export const id = 1062;
export const ids = [1062];
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


/***/ })

};

//# sourceMappingURL=1062.index.js.map