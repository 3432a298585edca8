export const id = 1498;
export const ids = [1498];
export const modules = {

/***/ 1498:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = void 0;
exports.evaluateMetric = evaluateMetric;
exports.explainMetric = explainMetric;
const number_js_1 = __webpack_require__(1555);
const sample_check_js_1 = __webpack_require__(2521);
function bounds(gate) {
    const parts = [];
    if (gate.min !== undefined)
        parts.push(`min ${(0, number_js_1.formatNumber)(gate.min)}`);
    if (gate.max !== undefined)
        parts.push(`max ${(0, number_js_1.formatNumber)(gate.max)}`);
    return parts.join(', ');
}
function describeLabels(labels) {
    const entries = Object.entries(labels ?? {});
    if (!entries.length)
        return '';
    return `{${entries.map(([k, v]) => `${k}="${v}"`).join(', ')}}`;
}
function evaluateMetric(gate, facts, _ctx) {
    const details = [
        {
            kind: 'table',
            columns: ['Source', 'Value', 'Bounds'],
            rows: [
                [
                    `${facts.source === 'prometheus' ? 'Prometheus' : 'JSON'} ${facts.target}`,
                    facts.value === null ? '-' : `${(0, number_js_1.formatNumber)(facts.value)}${describeLabels(facts.labels)}`,
                    bounds(gate) || 'none',
                ],
            ],
        },
        { kind: 'text', text: facts.source === 'prometheus' ? 'Query:' : 'JSON Pointer:' },
        { kind: 'code', text: facts.query },
    ];
    if (facts.headerNames?.length)
        details.push({ kind: 'text', text: `Headers sent: ${facts.headerNames.join(', ')} (values hidden).` });
    if (facts.value === null || facts.error)
        return {
            status: 'error',
            summary: `could not measure: ${facts.error ?? 'no value'}`,
            details,
        };
    const v = facts.value;
    if (Number.isNaN(v))
        return { status: 'error', summary: 'could not measure: the value is NaN', details };
    const shown = (0, number_js_1.formatNumber)(v);
    const problems = [];
    if (gate.max !== undefined && !(v <= gate.max))
        problems.push(`above max ${(0, number_js_1.formatNumber)(gate.max)}`);
    if (gate.min !== undefined && !(v >= gate.min))
        problems.push(`below min ${(0, number_js_1.formatNumber)(gate.min)}`);
    const value = { value: v };
    if (problems.length)
        return { status: 'fail', summary: `${shown}, ${problems.join(' and ')}`, details, ...value };
    return { status: 'pass', summary: `${shown} (${bounds(gate)})`, details, ...value };
}
function explainMetric(gate) {
    const lines = [];
    if (gate.prometheus) {
        lines.push(`Source: Prometheus at ${gate.prometheus.url} (GET /api/v1/query, an instant query).`);
        lines.push(`Query: ${gate.query ?? '(missing)'}`);
        const h = Object.keys(gate.prometheus.headers ?? {});
        if (h.length)
            lines.push(`Headers: ${h.join(', ')} (values hidden).`);
    }
    else if (gate.json) {
        lines.push(`Source: JSON from ${gate.json.url}, the number at ${gate.json.pointer || '(the whole body)'}.`);
        const h = Object.keys(gate.json.headers ?? {});
        if (h.length)
            lines.push(`Headers: ${h.join(', ')} (values hidden).`);
    }
    lines.push(`Passes when the value is within ${bounds(gate) || 'no bounds'}.`);
    lines.push('No series, more than one series, NaN, a non-number, or any error from the source is an error (blocks; in the verify phase: roll back).');
    return lines;
}
/** Source, query and bounds the schema cannot tie together. */
function metricProblems(gate) {
    const g = gate;
    const out = [];
    const hasProm = g.prometheus !== undefined;
    const hasJson = g.json !== undefined;
    if (hasProm && hasJson)
        out.push({ path: ['json'], message: 'use either prometheus (with query) or json, not both' });
    else if (!hasProm && !hasJson)
        out.push({
            path: [],
            message: 'needs a source: prometheus: { url } with query, or json: { url, pointer } (e.g. json: { url: "https://status.example.com/api", pointer: /data/0/value })',
        });
    if (hasProm && g.query === undefined)
        out.push({
            path: ['prometheus'],
            message: 'prometheus needs a query, e.g. query: sum(rate(http_requests_total{code=~"5.."}[5m]))',
        });
    if (!hasProm && g.query !== undefined)
        out.push({
            path: ['query'],
            message: 'query is a PromQL query for prometheus; a json source reads its number by pointer',
        });
    if (g.min === undefined && g.max === undefined)
        out.push({ path: [], message: 'needs min or max (or both): the bounds the value must stay within' });
    if (typeof g.min === 'number' && typeof g.max === 'number' && g.min > g.max)
        out.push({ path: ['min'], message: `min ${g.min} is greater than max ${g.max}: no value could pass` });
    return out;
}
exports.gate = {
    evaluate: evaluateMetric,
    explain: explainMetric,
    check: (g) => [
        ...metricProblems(g),
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

/***/ 1555:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNumber = formatNumber;
/** A measured number as people read it: up to 4 significant digits, no exponent for everyday sizes. */
function formatNumber(v) {
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
    if (v === 0)
        return '0';
    const abs = Math.abs(v);
    return abs >= 1e-4 && abs < 1e9 ? String(Number(v.toPrecision(4))) : v.toPrecision(4);
}


/***/ })

};

//# sourceMappingURL=1498.index.js.map