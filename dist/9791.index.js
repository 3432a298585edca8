export const id = 9791;
export const ids = [9791];
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

/***/ 9791:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.SEVERITIES = void 0;
exports.effectiveMax = effectiveMax;
exports.evaluateAudit = evaluateAudit;
exports.explainAudit = explainAudit;
const allowlist_js_1 = __webpack_require__(7329);
/** Our five severity levels, most severe first (npm's names). */
exports.SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'];
/** Effective limit per severity: the default is critical 0 and high 0, the others unlimited. */
function effectiveMax(gate) {
    const m = gate.max ?? {};
    return {
        critical: m.critical ?? 0,
        high: m.high ?? 0,
        moderate: m.moderate ?? Infinity,
        low: m.low ?? Infinity,
        info: m.info ?? Infinity,
    };
}
function findingIds(f) {
    return [f.id, ...f.aliases];
}
function limitText(n) {
    return Number.isFinite(n) ? String(n) : 'unlimited';
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function advisoryLink(f) {
    return f.url && /^https?:\/\//i.test(f.url) ? { text: f.id, url: f.url } : f.id;
}
function fixText(f) {
    if (f.fixedIn)
        return f.fixedIn;
    if (f.fixAvailable === false)
        return 'no fix';
    if (f.fixAvailable === true)
        return 'fix available';
    return 'unknown';
}
function severityText(f) {
    return f.severityNote ? `${f.severity} (${f.severityNote})` : f.severity;
}
function byImportance(a, b) {
    return (exports.SEVERITIES.indexOf(a.severity) - exports.SEVERITIES.indexOf(b.severity) ||
        a.package.localeCompare(b.package) ||
        a.id.localeCompare(b.id));
}
/** Judges the findings against `max` and `allow`. */
function evaluateAudit(gate, facts, ctx) {
    const max = effectiveMax(gate);
    const prepared = (0, allowlist_js_1.prepareAllowlist)(gate.allow ?? [], ctx.now);
    if ('error' in prepared)
        return (0, allowlist_js_1.allowlistError)(prepared.error);
    const allows = prepared.states;
    const counted = [];
    const allowed = [];
    const expiredHits = new Map();
    for (const f of facts.findings) {
        const { active, matches } = (0, allowlist_js_1.matchAllow)(allows, findingIds(f));
        if (active) {
            allowed.push({ finding: f, entry: active.entry });
            continue;
        }
        for (const a of matches)
            expiredHits.set(a, [...(expiredHits.get(a) ?? []), `${f.id} (${f.package})`]);
        counted.push(f);
    }
    const found = Object.fromEntries(exports.SEVERITIES.map((s) => [s, 0]));
    const countedBy = { ...found };
    const allowedBy = { ...found };
    for (const f of facts.findings)
        found[f.severity]++;
    for (const f of counted)
        countedBy[f.severity]++;
    for (const { finding } of allowed)
        allowedBy[finding.severity]++;
    const over = exports.SEVERITIES.filter((s) => countedBy[s] > max[s]);
    const blocking = counted.filter((f) => over.includes(f.severity)).sort(byImportance);
    const details = [];
    const reportNames = facts.reports.map((r) => r.path);
    details.push({
        kind: 'text',
        text: `Read ${plural(facts.reports.length, 'report')}: ${facts.reports
            .map((r) => `${r.path} (${formatName(r.format)}, ${plural(r.findings, 'finding')})`)
            .join('; ')}. ${plural(facts.findings.length, 'distinct advisory', 'distinct advisories')} after de-duplication.`,
    });
    details.push({
        kind: 'table',
        columns: ['Severity', 'Found', 'Allowed', 'Counted', 'Max', 'Result'],
        rows: exports.SEVERITIES.map((s) => [
            s,
            String(found[s]),
            String(allowedBy[s]),
            String(countedBy[s]),
            limitText(max[s]),
            countedBy[s] > max[s] ? 'over the limit' : 'ok',
        ]),
    });
    if (blocking.length > 0) {
        details.push({ kind: 'text', text: 'Blocking advisories (highest severity first):' });
        details.push({
            kind: 'table',
            columns: ['Advisory', 'Package', 'Severity', 'Vulnerable', 'Fixed in', 'Title'],
            rows: blocking.map((f) => [
                advisoryLink(f),
                f.package,
                severityText(f),
                f.range ?? '',
                fixText(f),
                f.title ?? '',
            ]),
        });
    }
    if (allowed.length > 0) {
        details.push({ kind: 'text', text: 'Allowed by the allowlist:' });
        details.push({
            kind: 'list',
            items: allowed
                .sort((a, b) => byImportance(a.finding, b.finding))
                .map(({ finding, entry }) => {
                const until = entry.expires ? `, until ${entry.expires}` : '';
                return `${finding.id} (${finding.package}, ${finding.severity}): ${entry.reason}${until}`;
            }),
        });
    }
    const warnings = (0, allowlist_js_1.allowlistWarnings)(allows, expiredHits, reportNames.join(', '), 'advisory');
    // Unused entries are named in the summary, so the comment's table, the `result` output and the
    // CLI all say which to remove.
    const unused = allows.filter((a) => !a.used && !expiredHits.get(a)?.length).map((a) => String(a.entry.id));
    const unusedNote = unused.length
        ? `; unused allowlist ${unused.length === 1 ? 'entry' : 'entries'} (${unused.length === 1 ? 'matches' : 'match'} no advisory): ${unused.join(', ')}`
        : '';
    if (warnings.length > 0) {
        details.push({ kind: 'text', text: 'Warnings:' });
        details.push({ kind: 'list', items: warnings });
    }
    // Every allowlist entry goes into the comment's exceptions ledger, expired ones marked.
    const exceptions = (0, allowlist_js_1.allowlistExceptions)(allows, ctx.gateId);
    if (over.length > 0) {
        const parts = over.map((s) => `${countedBy[s]} ${s} (max ${limitText(max[s])})`);
        return {
            status: 'fail',
            summary: `${plural(blocking.length, 'advisory', 'advisories')} over the limit: ${parts.join(', ')}${unusedNote}`,
            details,
            ...(exceptions.length ? { exceptions } : {}),
        };
    }
    const extra = [];
    if (counted.length > 0)
        extra.push(`${counted.length} within the limits`);
    if (allowed.length > 0)
        extra.push(`${allowed.length} allowed`);
    return {
        status: 'pass',
        summary: (facts.findings.length === 0
            ? `No known advisories in ${plural(facts.reports.length, 'audit report')}`
            : `No advisories over the limits (${extra.join(', ')})`) + unusedNote,
        details,
        ...(exceptions.length ? { exceptions } : {}),
    };
}
function formatName(format) {
    switch (format) {
        case 'npm-7':
            return 'npm 7+ audit';
        case 'npm-6':
            return 'npm 6 / pnpm / yarn 2-3 audit';
        case 'yarn-classic':
            return 'yarn 1 audit';
        case 'yarn-berry-4':
            return 'yarn 4 npm audit';
        case 'osv-scanner':
            return 'osv-scanner';
    }
}
/** What the gate checks, with every option resolved (for `shipgate explain`). */
function explainAudit(gate) {
    const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
    const max = effectiveMax(gate);
    const lines = [
        `Reads the audit report(s) ${reports.join(', ')} (each path or glob must match at least one file); ` +
            'the format is detected from the content: npm audit --json (npm 6 and 7+), yarn audit --json (yarn 1), ' +
            'yarn npm audit --json (yarn 2, 3, 4), pnpm audit --json, osv-scanner --format json.',
        gate['max-age']
            ? `A report last modified more than ${gate['max-age']} before now is refused (error).`
            : 'The age of the reports is not checked (no max-age).',
        'The same advisory for the same package is counted once, however many reports or dependency paths show it.',
        `Allows at most: ${exports.SEVERITIES.map((s) => `${s} ${limitText(max[s])}`).join(', ')}; more in any severity fails.`,
    ];
    const allow = gate.allow ?? [];
    if (allow.length === 0)
        lines.push('No allowlist: every advisory counts.');
    else {
        lines.push('Allowlist (matches the advisory id or any alias, case-insensitive; an entry stops counting on its expiry day, UTC):');
        for (const a of allow) {
            lines.push(`  - ${a.id}: ${a.reason}${a.expires ? ` (expires ${a.expires})` : ' (no expiry)'}`);
        }
    }
    return lines;
}
exports.gate = {
    evaluate: evaluateAudit,
    explain: explainAudit,
    check: (gate) => (gate.allow ?? []).flatMap((entry, i) => entry.expires !== undefined && !isRealDate(entry.expires)
        ? [
            {
                path: ['allow', i, 'expires'],
                message: `"${entry.expires}" is not a real date; expected YYYY-MM-DD`,
            },
        ]
        : []),
};
function isRealDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return (d.getUTCFullYear() === Number(m[1]) &&
        d.getUTCMonth() === Number(m[2]) - 1 &&
        d.getUTCDate() === Number(m[3]));
}


/***/ })

};

//# sourceMappingURL=9791.index.js.map