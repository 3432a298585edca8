export const id = 4917;
export const ids = [4917];
export const modules = {

/***/ 7329:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The allowlist shared by the report gates (`audit`, `sarif`): entries `{ id, reason, expires? }`
 * that accept a finding by id, case-insensitive. An entry stops counting on its expiry day (UTC);
 * expired and unused entries are reported so the list does not rot.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validDay = validDay;
exports.normId = normId;
exports.prepareAllowlist = prepareAllowlist;
exports.matchAllow = matchAllow;
exports.allowlistWarnings = allowlistWarnings;
exports.allowlistExceptions = allowlistExceptions;
exports.allowlistError = allowlistError;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date YYYY-MM-DD, or null. */
function validDay(text) {
    const m = DAY.exec(text);
    if (!m)
        return null;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text ? text : null;
}
function normId(id) {
    return String(id).trim().toLowerCase();
}
/**
 * Resolves expiry against `now`. Returns the states, or the message of the first entry whose
 * `expires` is not a real date (the gate is then an error).
 */
function prepareAllowlist(entries, now) {
    const today = now.toISOString().slice(0, 10);
    const states = [];
    for (const entry of entries) {
        let expired = false;
        if (entry.expires !== undefined) {
            const day = validDay(entry.expires);
            if (!day)
                return { error: `Allow entry ${entry.id} has expires: ${entry.expires}, which is not a real date` };
            expired = today >= day;
        }
        states.push({ entry, expired, used: false });
    }
    return { states };
}
/**
 * The entries matching any of `ids` are marked used; returns the first one still in force (the
 * finding is allowed) and every match (for reporting expired ones).
 */
function matchAllow(states, ids) {
    const wanted = ids.map(normId);
    const matches = states.filter((a) => wanted.includes(normId(a.entry.id)));
    for (const a of matches)
        a.used = true;
    return { active: matches.find((a) => !a.expired), matches };
}
/**
 * Warnings about expired and unused entries. `countsAgain` names, per expired entry, the findings
 * it no longer covers; `where` names what was searched ("audit.json, yarn.json").
 */
function allowlistWarnings(states, countsAgain, where, kind) {
    const warnings = [];
    for (const a of states) {
        if (a.expired) {
            const hits = countsAgain.get(a) ?? [];
            const what = hits.length > 0
                ? `; ${hits.join(', ')} counts again`
                : a.used
                    ? ''
                    : `; it matches no ${kind} in the reports either: remove it`;
            warnings.push(`allow entry ${a.entry.id} expired on ${a.entry.expires}${what}`);
        }
        else if (!a.used) {
            warnings.push(`allow entry ${a.entry.id} matches no ${kind} in ${where}: remove it so the allowlist does not rot`);
        }
    }
    return warnings;
}
/** Every entry, for the comment's exceptions ledger; expired ones marked. */
function allowlistExceptions(states, gateId) {
    return states.map((a) => ({
        kind: 'allowlist',
        gate: gateId,
        subject: String(a.entry.id),
        reason: a.entry.reason,
        until: a.entry.expires ?? null,
        ...(a.expired ? { expired: true } : {}),
    }));
}
/** The outcome for an allowlist that cannot be used (an `expires` that is not a real date). */
function allowlistError(error) {
    return {
        status: 'error',
        summary: error,
        details: [{ kind: 'text', text: 'Write expires as YYYY-MM-DD, a date that exists (e.g. 2027-01-31).' }],
    };
}


/***/ }),

/***/ 4917:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.BANDS = exports.LEVELS = void 0;
exports.band = band;
exports.sarifMax = sarifMax;
exports.evaluate = evaluate;
exports.explain = explain;
const allowlist_js_1 = __webpack_require__(7329);
exports.LEVELS = ['error', 'warning', 'note'];
exports.BANDS = ['critical', 'high', 'medium', 'low'];
/** GitHub code scanning's bands: critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low below. */
function band(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
function sarifMax(gate) {
    const m = gate.max ?? {};
    return {
        error: m.error ?? 0,
        warning: m.warning ?? Infinity,
        note: m.note ?? Infinity,
        critical: m.critical ?? 0,
        high: m.high ?? 0,
        medium: m.medium ?? Infinity,
        low: m.low ?? Infinity,
    };
}
/** Rows shown in the blocking list; the rest are counted. */
const SHOWN = 30;
const limitText = (n) => (Number.isFinite(n) ? String(n) : 'unlimited');
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function keysOf(r) {
    const keys = [];
    if (r.level !== 'none')
        keys.push(r.level);
    if (r.securitySeverity !== null)
        keys.push(band(r.securitySeverity));
    return keys;
}
function rank(r) {
    return -(r.securitySeverity ?? -1) * 10 - (r.level === 'error' ? 3 : r.level === 'warning' ? 2 : 1);
}
function evaluate(gate, facts, ctx) {
    const max = sarifMax(gate);
    const prepared = (0, allowlist_js_1.prepareAllowlist)(gate.allow ?? [], ctx.now);
    if ('error' in prepared)
        return (0, allowlist_js_1.allowlistError)(prepared.error);
    const allows = prepared.states;
    const zero = () => Object.fromEntries([...exports.LEVELS, ...exports.BANDS].map((k) => [k, 0]));
    const found = zero();
    const allowedBy = zero();
    const countedBy = zero();
    const counted = [];
    const allowed = [];
    let countedTotal = 0;
    let allowedTotal = 0;
    const expiredHits = new Map();
    let suppressed = 0;
    let absent = 0;
    let none = 0;
    for (const r of facts.results) {
        if (r.absent) {
            absent += r.count;
            continue;
        }
        if (r.suppressed) {
            suppressed += r.count;
            continue;
        }
        const keys = keysOf(r);
        if (keys.length === 0) {
            none += r.count;
            continue;
        }
        for (const k of keys)
            found[k] += r.count;
        const { active, matches } = (0, allowlist_js_1.matchAllow)(allows, [r.ruleId]);
        if (active) {
            allowed.push({ result: r, entry: active.entry });
            allowedTotal += r.count;
            for (const k of keys)
                allowedBy[k] += r.count;
            continue;
        }
        for (const a of matches) {
            const hits = expiredHits.get(a) ?? [];
            if (!hits.includes(r.ruleId))
                expiredHits.set(a, [...hits, r.ruleId]);
        }
        counted.push(r);
        countedTotal += r.count;
        for (const k of keys)
            countedBy[k] += r.count;
    }
    const over = [...exports.LEVELS, ...exports.BANDS].filter((k) => countedBy[k] > max[k]);
    const blocking = counted
        .filter((r) => keysOf(r).some((k) => over.includes(k)))
        .sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
    const blockingTotal = blocking.reduce((n, r) => n + r.count, 0);
    const details = [];
    details.push({
        kind: 'text',
        text: `Read ${plural(facts.reports.length, 'SARIF report')}: ${facts.reports
            .map((r) => `${r.path} (${r.runs.map((x) => `${x.tool}: ${plural(x.results, 'result')}`).join('; ')})`)
            .join('; ')}.`,
    });
    const rows = [...exports.LEVELS, ...exports.BANDS]
        .filter((k) => exports.LEVELS.includes(k) || found[k] > 0 || Number.isFinite(max[k]))
        .map((k) => [
        exports.BANDS.includes(k) ? `security ${k}` : k,
        String(found[k]),
        String(allowedBy[k]),
        String(countedBy[k]),
        limitText(max[k]),
        countedBy[k] > max[k] ? 'over the limit' : 'ok',
    ]);
    details.push({
        kind: 'table',
        columns: ['Level / severity', 'Found', 'Allowed', 'Counted', 'Max', 'Result'],
        rows,
    });
    const notes = [];
    if (suppressed > 0)
        notes.push(`${plural(suppressed, 'result')} suppressed in the code or by the tool, not counted.`);
    if (absent > 0)
        notes.push(`${plural(absent, 'result')} marked absent against the baseline, not counted.`);
    if (none > 0)
        notes.push(`${plural(none, 'result')} of level none (informational), not counted.`);
    if (notes.length > 0)
        details.push({ kind: 'list', items: notes });
    if (blocking.length > 0) {
        details.push({ kind: 'text', text: 'Blocking results (most severe first):' });
        details.push({
            kind: 'table',
            columns: ['Rule', 'Level', 'Security severity', 'Results', 'Where (first ones)', 'Tool'],
            rows: blocking
                .slice(0, SHOWN)
                .map((r) => [
                r.ruleId,
                r.level,
                r.securitySeverity === null ? '' : `${band(r.securitySeverity)} (${r.securitySeverity})`,
                String(r.count),
                r.locations.slice(0, 3).join(', ') + (r.count > 3 && r.locations.length > 0 ? ', …' : ''),
                r.tool,
            ]),
        });
        if (blocking.length > SHOWN) {
            details.push({
                kind: 'text',
                text: `… and ${blocking.length - SHOWN} more rules: see the SARIF reports.`,
            });
        }
    }
    if (allowed.length > 0) {
        const byRule = new Map();
        for (const { result, entry } of allowed) {
            const e = byRule.get(result.ruleId) ?? { entry, n: 0 };
            e.n += result.count;
            byRule.set(result.ruleId, e);
        }
        details.push({ kind: 'text', text: 'Allowed by the allowlist:' });
        details.push({
            kind: 'list',
            items: [...byRule].map(([rule, { entry, n }]) => `${rule} (${plural(n, 'result')}): ${entry.reason}${entry.expires ? `, until ${entry.expires}` : ''}`),
        });
    }
    const warnings = (0, allowlist_js_1.allowlistWarnings)(allows, expiredHits, facts.reports.map((r) => r.path).join(', '), 'rule');
    if (warnings.length > 0) {
        details.push({ kind: 'text', text: 'Warnings:' });
        details.push({ kind: 'list', items: warnings });
    }
    const exceptions = (0, allowlist_js_1.allowlistExceptions)(allows, ctx.gateId);
    const ledger = exceptions.length > 0 ? { exceptions } : {};
    if (over.length > 0) {
        const parts = over.map((k) => `${countedBy[k]} ${exports.BANDS.includes(k) ? `${k} severity` : k} (max ${limitText(max[k])})`);
        return {
            status: 'fail',
            summary: `${plural(blockingTotal, 'scan result')} over the limit: ${parts.join(', ')}`,
            details,
            ...ledger,
        };
    }
    const extra = [];
    if (countedTotal > 0)
        extra.push(`${countedTotal} within the limits`);
    if (allowedTotal > 0)
        extra.push(`${allowedTotal} allowed`);
    if (suppressed > 0)
        extra.push(`${suppressed} suppressed`);
    return {
        status: 'pass',
        summary: extra.length === 0
            ? `No scan results in ${plural(facts.reports.length, 'SARIF report')}`
            : `No scan results over the limits (${extra.join(', ')})`,
        details,
        ...ledger,
    };
}
function explain(gate) {
    const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
    const max = sarifMax(gate);
    const lines = [
        `Reads the SARIF 2.1 report(s) ${reports.join(', ')} (each path or glob must match at least one file; all are merged).`,
        'A file that is not complete SARIF 2.1.0, a run without results, or a run whose invocation failed is an error.',
        gate['max-age']
            ? `A report last modified more than ${gate['max-age']} before now is refused (error).`
            : 'The age of the reports is not checked (no max-age).',
        'Suppressed results, results absent against a baseline and results of level none are not counted.',
        `Allows at most per level: ${exports.LEVELS.map((k) => `${k} ${limitText(max[k])}`).join(', ')}; per security severity ` +
            `(rules with properties.security-severity; critical ≥ 9, high ≥ 7, medium ≥ 4, low below): ${exports.BANDS.map((k) => `${k} ${limitText(max[k])}`).join(', ')}.`,
    ];
    const allow = gate.allow ?? [];
    if (allow.length === 0)
        lines.push('No allowlist: every result counts.');
    else {
        lines.push('Allowlist (matches the rule id, case-insensitive; an entry stops counting on its expiry day, UTC):');
        for (const a of allow)
            lines.push(`  - ${a.id}: ${a.reason}${a.expires ? ` (expires ${a.expires})` : ' (no expiry)'}`);
    }
    return lines;
}
exports.gate = {
    evaluate,
    explain,
    check: (config) => (config.allow ?? []).flatMap((entry, i) => entry.expires !== undefined && (0, allowlist_js_1.validDay)(entry.expires) === null
        ? [
            {
                path: ['allow', i, 'expires'],
                message: `"${entry.expires}" is not a real date; expected YYYY-MM-DD`,
            },
        ]
        : []),
};


/***/ })

};

//# sourceMappingURL=4917.index.js.map