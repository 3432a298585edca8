export const id = 2654;
export const ids = [2654,9791];
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


/***/ }),

/***/ 1099:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dedupeFindings = dedupeFindings;
const audit_js_1 = __webpack_require__(9791);
const ids_js_1 = __webpack_require__(6204);
const severity_js_1 = __webpack_require__(6087);
/**
 * One finding per advisory and package. Two findings are the same when they are for the same
 * package (and ecosystem) and share any id or alias (case-insensitive): the same GHSA seen by
 * npm 6 (numeric id 1066786) and yarn (1090848), a CVE and its GHSA in osv-scanner's alias groups,
 * or one advisory reached through two dependency paths. The merged finding keeps the highest
 * severity any source rated it with (an unrated entry only counts when nothing rated it) and every id.
 */
function dedupeFindings(findings) {
    const parent = findings.map((_, i) => i);
    const find = (i) => {
        while (parent[i] !== i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    const owner = new Map();
    findings.forEach((f, i) => {
        const pkg = `${f.ecosystem.toLowerCase()}\u0000${f.package.toLowerCase()}`;
        for (const id of [f.id, ...f.aliases]) {
            const key = `${pkg}\u0000${id.toLowerCase()}`;
            const j = owner.get(key);
            if (j === undefined)
                owner.set(key, i);
            else
                parent[find(i)] = find(j);
        }
    });
    const groups = new Map();
    findings.forEach((f, i) => {
        const root = find(i);
        groups.set(root, [...(groups.get(root) ?? []), f]);
    });
    return [...groups.values()].map(merge);
}
function merge(group) {
    if (group.length === 1)
        return group[0];
    // An entry no database rated (e.g. GO-2021-0053 beside its rated GHSA) does not outweigh a rating.
    const rated = group.filter((f) => f.severityNote !== severity_js_1.UNKNOWN_SEVERITY_NOTE);
    const worst = [...(rated.length > 0 ? rated : group)].sort((a, b) => audit_js_1.SEVERITIES.indexOf(a.severity) - audit_js_1.SEVERITIES.indexOf(b.severity))[0];
    const first = (k) => group.find((f) => f[k] !== undefined)?.[k];
    const ids = (0, ids_js_1.splitIds)(group.flatMap((f) => [f.id, ...f.aliases]));
    const fix = group.some((f) => f.fixAvailable === true)
        ? true
        : group.some((f) => f.fixAvailable === false)
            ? false
            : undefined;
    const out = {
        ...ids,
        package: worst.package,
        ecosystem: worst.ecosystem,
        severity: worst.severity,
        reports: [...new Set(group.flatMap((f) => f.reports))],
    };
    if (worst.severityNote !== undefined)
        out.severityNote = worst.severityNote;
    const range = first('range');
    const fixedIn = first('fixedIn');
    const url = group.find((f) => f.url && /\/GHSA-/i.test(f.url))?.url ?? first('url');
    const title = first('title');
    if (range !== undefined)
        out.range = range;
    if (fix !== undefined)
        out.fixAvailable = fix;
    if (fixedIn !== undefined)
        out.fixedIn = fixedIn;
    if (url !== undefined)
        out.url = url;
    if (title !== undefined)
        out.title = title;
    return out;
}


/***/ }),

/***/ 6204:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitIds = splitIds;
/** Orders ids: GHSA first, then CVE, then other text ids, then numeric ids. */
function idRank(id) {
    if (/^GHSA-/i.test(id))
        return 0;
    if (/^CVE-/i.test(id))
        return 1;
    if (/^\d+$/.test(id))
        return 3;
    return 2;
}
/** Primary id and aliases from every id the report gives (duplicates removed, case-insensitive). */
function splitIds(ids) {
    const seen = new Map();
    for (const raw of ids) {
        const t = raw.trim();
        if (t !== '' && !seen.has(t.toLowerCase()))
            seen.set(t.toLowerCase(), t);
    }
    const all = [...seen.values()].sort((a, b) => idRank(a) - idRank(b) || a.localeCompare(b));
    return { id: all[0] ?? '', aliases: all.slice(1) };
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = exports.severityFromScore = exports.cvss3BaseScore = exports.dedupeFindings = exports.SUPPORTED_FORMATS = exports.parseAuditText = void 0;
exports.parseAuditFile = parseAuditFile;
exports.collectAudit = collectAudit;
/**
 * Source of the `audit` gate: finds the configured report files, refuses missing, empty and stale
 * ones, parses each (format recognised from the content) and de-duplicates the findings.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const tinyglobby_1 = __webpack_require__(7949);
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(6518);
const report_files_js_1 = __webpack_require__(8704);
const dedupe_js_1 = __webpack_require__(1099);
const parse_js_1 = __webpack_require__(6841);
var parse_js_2 = __webpack_require__(6841);
Object.defineProperty(exports, "parseAuditText", ({ enumerable: true, get: function () { return parse_js_2.parseAuditText; } }));
Object.defineProperty(exports, "SUPPORTED_FORMATS", ({ enumerable: true, get: function () { return parse_js_2.SUPPORTED_FORMATS; } }));
var dedupe_js_2 = __webpack_require__(1099);
Object.defineProperty(exports, "dedupeFindings", ({ enumerable: true, get: function () { return dedupe_js_2.dedupeFindings; } }));
var severity_js_1 = __webpack_require__(6087);
Object.defineProperty(exports, "cvss3BaseScore", ({ enumerable: true, get: function () { return severity_js_1.cvss3BaseScore; } }));
Object.defineProperty(exports, "severityFromScore", ({ enumerable: true, get: function () { return severity_js_1.severityFromScore; } }));
const HOW_TO_WRITE = 'An earlier step of the job should write it, e.g. `npm audit --json > audit.json || true` ' +
    '(or yarn audit --json, yarn npm audit --json, pnpm audit --json, osv-scanner --format json).';
function readProblem(display, e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return new errors_js_1.UserError(`Audit report ${display} does not exist. ${HOW_TO_WRITE}`);
    if (code === 'EISDIR')
        return new errors_js_1.UserError(`Audit report ${display} is a directory, not a file.`);
    return new errors_js_1.UserError(`Audit report ${display} cannot be read: ${(0, errors_js_1.errorMessage)(e)}.`);
}
/** Reads and parses one report file; `display` names it in messages (default: the path). */
async function parseAuditFile(path, display = path) {
    let text;
    try {
        text = await (0, promises_1.readFile)(path, 'utf8');
    }
    catch (e) {
        throw readProblem(display, e);
    }
    return (0, parse_js_1.parseAuditText)(text, display);
}
function displayPath(cwd, abs) {
    const rel = (0, node_path_1.relative)(cwd, abs);
    return rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) ? abs : rel.split(node_path_1.sep).join('/');
}
/** Files for one configured path or glob, absolute, sorted. */
async function resolvePattern(pattern, cwd) {
    if (!(0, tinyglobby_1.isDynamicPattern)(pattern))
        return [(0, node_path_1.resolve)(cwd, pattern)];
    const files = await (0, tinyglobby_1.glob)(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: true,
        expandDirectories: false,
    });
    return files.map((f) => (0, node_path_1.resolve)(f)).sort();
}
async function collectAudit(gate, ctx) {
    const patterns = Array.isArray(gate.report) ? gate.report : [gate.report];
    const maxAgeMs = gate['max-age'] === undefined ? null : (0, duration_js_1.parseDuration)(gate['max-age']);
    if (gate['max-age'] !== undefined && maxAgeMs === null) {
        throw new errors_js_1.UserError(`max-age: ${gate['max-age']} is not a duration (write e.g. 30m, 6h or 1d).`);
    }
    const files = [];
    for (const pattern of patterns) {
        ctx.signal.throwIfAborted();
        const found = await resolvePattern(pattern, ctx.cwd);
        const existing = [];
        for (const f of found) {
            try {
                await (0, promises_1.stat)(f);
                existing.push(f);
            }
            catch (e) {
                if (e.code !== 'ENOENT')
                    throw readProblem(displayPath(ctx.cwd, f), e);
            }
        }
        if (existing.length === 0) {
            const where = (0, tinyglobby_1.isDynamicPattern)(pattern)
                ? `No audit report matches ${pattern}`
                : `Audit report ${pattern} does not exist`;
            throw new errors_js_1.UserError(`${where} (looked in ${ctx.cwd}). ${HOW_TO_WRITE}`);
        }
        for (const f of existing)
            if (!files.includes(f))
                files.push(f);
    }
    await (0, report_files_js_1.checkReportFiles)(files, ctx, (f) => displayPath(ctx.cwd, f), {
        what: 'audit report',
        allowCommitted: gate['allow-committed'] === true,
    });
    const reports = [];
    const all = [];
    for (const file of files) {
        ctx.signal.throwIfAborted();
        const display = displayPath(ctx.cwd, file);
        ctx.progress(`reading audit report ${display}`);
        let info;
        try {
            info = await (0, promises_1.stat)(file);
        }
        catch (e) {
            throw readProblem(display, e);
        }
        if (!info.isFile())
            throw new errors_js_1.UserError(`Audit report ${display} is not a regular file.`);
        if (maxAgeMs !== null) {
            const age = ctx.now.getTime() - info.mtimeMs;
            if (age > maxAgeMs) {
                throw new errors_js_1.UserError(`Audit report ${display} is too old: written ${(0, duration_js_1.formatDuration)(age)} ago (${new Date(info.mtimeMs).toISOString()}), ` +
                    `more than max-age ${gate['max-age']}. It is probably left over from an earlier run: ${HOW_TO_WRITE}`);
            }
        }
        if (info.size === 0) {
            // yarn 4 writes nothing when it finds no advisory; only that is accepted, and only when asked.
            if (gate['allow-empty']) {
                reports.push({ path: display, format: 'yarn-berry-4', findings: 0 });
                continue;
            }
            throw new errors_js_1.UserError(`Audit report ${display} is empty. ${HOW_TO_WRITE} (yarn 4 writes nothing when it finds no advisory: set \`allow-empty: true\` if that is your tool.)`);
        }
        const parsed = await parseAuditFile(file, display);
        reports.push({ path: display, format: parsed.format, findings: parsed.findings.length });
        all.push(...parsed.findings);
    }
    return { reports, findings: (0, dedupe_js_1.dedupeFindings)(all) };
}
exports.collect = collectAudit;


/***/ }),

/***/ 9425:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.locateJsonError = locateJsonError;
class Stop {
    offset;
    reason;
    constructor(offset, reason) {
        this.offset = offset;
        this.reason = reason;
    }
}
function locateJsonError(text) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const fail = (reason) => {
        throw new Stop(i, i >= n ? `the text ends too early (truncated?): ${reason}` : reason);
    };
    // Names JSON's own punctuation, and only the kind of any other character: never the content.
    const describe = () => {
        if (i >= n)
            return 'end of text';
        const c = text[i];
        if ('{}[],:"'.includes(c))
            return JSON.stringify(c);
        if (/\s/.test(c))
            return 'white space';
        if (/[0-9]/.test(c))
            return 'a digit';
        if (/[A-Za-z]/.test(c))
            return 'a letter';
        return 'another character';
    };
    const literal = (word) => {
        for (const ch of word) {
            if (text[i] !== ch)
                fail(`expected ${word}, found ${describe()}`);
            i++;
        }
    };
    const string = () => {
        i++; // opening quote
        for (;;) {
            if (i >= n)
                fail('unterminated string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                fail('control character inside a string');
            if (c === 0x5c) {
                i++;
                const e = text[i];
                if (e === 'u') {
                    for (let k = 1; k <= 4; k++) {
                        if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
                            i += k;
                            fail('bad \\u escape in a string');
                        }
                    }
                    i += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i++;
                else
                    fail('bad escape in a string');
            }
            else
                i++;
        }
    };
    const number = () => {
        if (text[i] === '-')
            i++;
        if (text[i] === '0')
            i++;
        else if (/[1-9]/.test(text[i] ?? ''))
            while (/[0-9]/.test(text[i] ?? ''))
                i++;
        else
            fail(`bad number, found ${describe()}`);
        if (text[i] === '.') {
            i++;
            if (!/[0-9]/.test(text[i] ?? ''))
                fail('bad number: digit expected after "."');
            while (/[0-9]/.test(text[i] ?? ''))
                i++;
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            if (!/[0-9]/.test(text[i] ?? ''))
                fail('bad number: digit expected in the exponent');
            while (/[0-9]/.test(text[i] ?? ''))
                i++;
        }
    };
    // Iterative over containers so deeply nested input cannot overflow the stack.
    const value = () => {
        const stack = [];
        for (;;) {
            ws();
            const c = text[i];
            if (c === '{') {
                i++;
                ws();
                if (text[i] === '}')
                    i++;
                else {
                    stack.push('{');
                    if (text[i] !== '"')
                        fail(`expected a property name in double quotes, found ${describe()}`);
                    string();
                    ws();
                    if (text[i] !== ':')
                        fail(`expected ":" after a property name, found ${describe()}`);
                    i++;
                    continue;
                }
            }
            else if (c === '[') {
                i++;
                ws();
                if (text[i] === ']')
                    i++;
                else {
                    stack.push('[');
                    continue;
                }
            }
            else if (c === '"')
                string();
            else if (c === 't')
                literal('true');
            else if (c === 'f')
                literal('false');
            else if (c === 'n')
                literal('null');
            else if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
                number();
            else
                fail(`expected a value, found ${describe()}`);
            // After a value: close containers or move to the next element.
            for (;;) {
                const top = stack[stack.length - 1];
                if (!top)
                    return;
                ws();
                if (text[i] === ',') {
                    i++;
                    if (top === '{') {
                        ws();
                        if (text[i] !== '"')
                            fail(`expected a property name in double quotes, found ${describe()}`);
                        string();
                        ws();
                        if (text[i] !== ':')
                            fail(`expected ":" after a property name, found ${describe()}`);
                        i++;
                    }
                    break;
                }
                if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
                    i++;
                    stack.pop();
                    continue;
                }
                fail(`expected "," or "${top === '{' ? '}' : ']'}", found ${describe()}`);
            }
        }
    };
    try {
        value();
        ws();
        if (i < n)
            fail(`unexpected ${describe()} after the end of the JSON value`);
        return null;
    }
    catch (e) {
        if (!(e instanceof Stop))
            throw e;
        const before = text.slice(0, e.offset);
        const line = before.split('\n').length;
        const column = e.offset - before.lastIndexOf('\n');
        return { offset: e.offset, line, column, reason: e.reason };
    }
}


/***/ }),

/***/ 6841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUPPORTED_FORMATS = void 0;
exports.parseAuditText = parseAuditText;
const errors_js_1 = __webpack_require__(3916);
const dedupe_js_1 = __webpack_require__(1099);
const ids_js_1 = __webpack_require__(6204);
const json_error_js_1 = __webpack_require__(9425);
const severity_js_1 = __webpack_require__(6087);
exports.SUPPORTED_FORMATS = 'npm audit --json (npm 6, and npm 7+ with auditReportVersion 2), yarn audit --json (yarn 1), ' +
    'yarn npm audit --json (yarn 2, 3 and 4), pnpm audit --json, osv-scanner --format json';
/** Thrown by the shape readers below; turned into a UserError that names the file. */
class ShapeError extends Error {
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v, where) {
    if (!isObj(v))
        throw new ShapeError(`${where} should be an object`);
    return v;
}
function arr(v, where) {
    if (!Array.isArray(v))
        throw new ShapeError(`${where} should be a list`);
    return v;
}
function str(v, where) {
    if (typeof v !== 'string' || v.trim() === '')
        throw new ShapeError(`${where} should be a non-empty text`);
    return v;
}
function optStr(v) {
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
function idText(v, where) {
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return str(v, where);
}
function npmSeverity(v, where) {
    const s = typeof v === 'string' ? (0, severity_js_1.severityFromWord)(v) : null;
    // npm, yarn and pnpm only use these five words; anything else means a damaged report.
    if (!s || !['critical', 'high', 'moderate', 'low', 'info'].includes(String(v).toLowerCase())) {
        throw new ShapeError(`${where} should be one of critical, high, moderate, low, info (found ${typeof v === 'string' ? 'another word' : Array.isArray(v) ? 'a list' : v === null ? 'null' : `a ${typeof v}`})`);
    }
    return s;
}
const GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i;
function ghsaIn(text) {
    const m = text ? GHSA.exec(text) : null;
    return m
        ? m[0].replace(/^ghsa/i, 'GHSA').replace(/-([a-z0-9]{4})/gi, (_, g) => `-${g.toLowerCase()}`)
        : undefined;
}
// ---------------------------------------------------------------------------------------------
// npm 6 advisory objects: npm 6 `advisories`, pnpm, yarn 2/3 and yarn classic's auditAdvisory.
function fromNpmAdvisory(a, where, report) {
    const numeric = a.id === undefined || a.id === null ? undefined : idText(a.id, `${where}.id`);
    const ghsa = optStr(a.github_advisory_id) ?? ghsaIn(optStr(a.url));
    const cves = Array.isArray(a.cves) ? a.cves.filter((c) => typeof c === 'string') : [];
    const ids = (0, ids_js_1.splitIds)([...(ghsa ? [ghsa] : []), ...cves, ...(numeric ? [numeric] : [])]);
    if (!ids.id)
        throw new ShapeError(`${where} has no id`);
    const patched = optStr(a.patched_versions);
    // npm writes "<0.0.0" as the patched range when no version is fixed.
    const noFix = patched === undefined || patched.replace(/\s/g, '') === '<0.0.0';
    return {
        ...ids,
        package: str(a.module_name, `${where}.module_name`),
        ecosystem: 'npm',
        severity: npmSeverity(a.severity, `${where}.severity`),
        ...(optStr(a.vulnerable_versions) ? { range: optStr(a.vulnerable_versions) } : {}),
        ...(patched !== undefined ? { fixAvailable: !noFix } : {}),
        ...(!noFix ? { fixedIn: patched } : {}),
        ...(optStr(a.url)
            ? { url: optStr(a.url) }
            : ghsa
                ? { url: `https://github.com/advisories/${ghsa}` }
                : {}),
        ...(optStr(a.title) ? { title: optStr(a.title) } : {}),
        reports: [report],
    };
}
function parseNpm6(doc, report) {
    const advisories = obj(doc.advisories, 'advisories');
    return Object.entries(advisories).map(([key, v]) => fromNpmAdvisory(obj(v, `advisories["${key}"]`), `advisories["${key}"]`, report));
}
// ---------------------------------------------------------------------------------------------
// npm 7+: `vulnerabilities` keyed by package; `via` holds advisory objects or names of other
// vulnerable packages (the transitive chain). Only the advisory objects are findings.
function fixFromNpm7(entry, pkg) {
    const fa = entry?.fixAvailable;
    if (fa === true || fa === false)
        return { fixAvailable: fa };
    if (isObj(fa) && typeof fa.name === 'string' && typeof fa.version === 'string') {
        const target = fa.name === pkg ? fa.version : `${fa.name}@${fa.version}`;
        return { fixAvailable: true, fixedIn: fa.isSemVerMajor === true ? `${target} (semver-major)` : target };
    }
    return {};
}
function parseNpm7(doc, report) {
    const vulns = obj(doc.vulnerabilities, 'vulnerabilities');
    const out = [];
    for (const [key, v] of Object.entries(vulns)) {
        const entry = obj(v, `vulnerabilities["${key}"]`);
        const via = arr(entry.via, `vulnerabilities["${key}"].via`);
        via.forEach((item, n) => {
            const where = `vulnerabilities["${key}"].via[${n}]`;
            if (typeof item === 'string')
                return; // a transitive link to another entry, not an advisory
            const a = obj(item, where);
            const pkg = str(a.name, `${where}.name`);
            const url = optStr(a.url);
            const ghsa = ghsaIn(url);
            const numeric = a.source === undefined ? undefined : idText(a.source, `${where}.source`);
            const ids = (0, ids_js_1.splitIds)([...(ghsa ? [ghsa] : []), ...(numeric ? [numeric] : [])]);
            if (!ids.id)
                throw new ShapeError(`${where} has neither a source id nor an advisory URL`);
            const owner = isObj(vulns[pkg]) ? vulns[pkg] : entry;
            out.push({
                ...ids,
                package: pkg,
                ecosystem: 'npm',
                severity: npmSeverity(a.severity, `${where}.severity`),
                ...(optStr(a.range) ? { range: optStr(a.range) } : {}),
                ...fixFromNpm7(owner, pkg),
                ...(url ? { url } : {}),
                ...(optStr(a.title) ? { title: optStr(a.title) } : {}),
                reports: [report],
            });
        });
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// yarn 4 (`yarn npm audit --json`): one { value, children } object per line.
function fromYarn4(line, where, report) {
    const c = obj(line.children, `${where}.children`);
    const url = optStr(c.URL);
    const ghsa = ghsaIn(url);
    const numeric = c.ID === undefined || c.ID === null ? undefined : idText(c.ID, `${where}.children.ID`);
    const ids = (0, ids_js_1.splitIds)([...(ghsa ? [ghsa] : []), ...(numeric ? [numeric] : [])]);
    if (!ids.id)
        throw new ShapeError(`${where} has neither an ID nor an advisory URL`);
    return {
        ...ids,
        package: str(line.value, `${where}.value`),
        ecosystem: 'npm',
        severity: npmSeverity(c.Severity, `${where}.children.Severity`),
        ...(optStr(c['Vulnerable Versions']) ? { range: optStr(c['Vulnerable Versions']) } : {}),
        ...(url ? { url } : {}),
        ...(optStr(c.Issue) ? { title: optStr(c.Issue) } : {}),
        reports: [report],
    };
}
// ---------------------------------------------------------------------------------------------
// osv-scanner --format json: results[].packages[].{package, vulnerabilities, groups}.
function osvSeverity(v, groupScore) {
    // 1. The database's own rating (GitHub advisories: database_specific.severity "MODERATE" ...),
    //    the same rating npm audit shows.
    const ds = isObj(v.database_specific) ? optStr(v.database_specific.severity) : undefined;
    const fromDs = ds ? (0, severity_js_1.severityFromWord)(ds) : null;
    if (fromDs)
        return { severity: fromDs };
    // 2. severity[]: a CVSS v3 vector -> base score band; a qualitative score ("high") as is.
    let best;
    for (const s of Array.isArray(v.severity) ? v.severity : []) {
        if (!isObj(s) || typeof s.score !== 'string')
            continue;
        const score = (0, severity_js_1.cvss3BaseScore)(s.score);
        if (score !== null) {
            if (!best || score > best.score) {
                best = {
                    severity: (0, severity_js_1.severityFromScore)(score),
                    note: `CVSS ${s.score.slice(5, 8)} base score ${score.toFixed(1)}`,
                    score,
                };
            }
            continue;
        }
        const word = (0, severity_js_1.severityFromWord)(s.score);
        if (word && !best)
            best = { severity: word, note: `${optStr(s.type) ?? 'severity'} ${s.score}`, score: -1 };
    }
    if (best)
        return { severity: best.severity, note: best.note };
    // 3. Per-package ratings some databases put under affected[] (Debian, Ubuntu, ...).
    for (const aff of Array.isArray(v.affected) ? v.affected : []) {
        if (!isObj(aff))
            continue;
        for (const bag of [aff.ecosystem_specific, aff.database_specific]) {
            const w = isObj(bag) ? optStr(bag.severity) : undefined;
            const sev = w ? (0, severity_js_1.severityFromWord)(w) : null;
            if (sev)
                return { severity: sev, note: `rated ${w} by the database` };
        }
    }
    // 4. osv-scanner's own max_severity for the alias group (it also reads CVSS v2 and v4).
    if (groupScore !== undefined) {
        return {
            severity: (0, severity_js_1.severityFromScore)(groupScore),
            note: `osv-scanner max_severity ${groupScore.toFixed(1)}`,
        };
    }
    // 5. Unknown: counted as critical, so an unrated advisory can never slip through a limit.
    return { severity: 'critical', note: severity_js_1.UNKNOWN_SEVERITY_NOTE };
}
/** Loose version order for picking the affected range that holds the installed version. */
function compareVersions(a, b) {
    const pa = a.split(/[.+-]/);
    const pb = b.split(/[.+-]/);
    for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
        const x = pa[k] ?? '0';
        const y = pb[k] ?? '0';
        const nx = /^\d+$/.test(x) ? Number(x) : NaN;
        const ny = /^\d+$/.test(y) ? Number(y) : NaN;
        const c = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
        if (c !== 0)
            return c;
    }
    return 0;
}
function intervalText(i) {
    const start = i.from === undefined || i.from === '0' ? '' : `>=${i.from}`;
    const end = i.fixed !== undefined ? `<${i.fixed}` : i.last !== undefined ? `<=${i.last}` : '';
    return [start, end].filter(Boolean).join(' ') || '*';
}
/**
 * The affected ranges of an OSV entry for this package. When the installed version is known, only
 * the ranges holding it are shown (qs has one range per backport line; the one that matters is the
 * one the installed version is in).
 */
function osvRanges(v, pkg, ecosystem, version) {
    const intervals = [];
    for (const aff of Array.isArray(v.affected) ? v.affected : []) {
        if (!isObj(aff))
            continue;
        const p = isObj(aff.package) ? aff.package : undefined;
        if (p && (p.name !== pkg || (typeof p.ecosystem === 'string' && p.ecosystem !== ecosystem)))
            continue;
        for (const r of Array.isArray(aff.ranges) ? aff.ranges : []) {
            if (!isObj(r) || r.type === 'GIT')
                continue;
            let open;
            for (const e of Array.isArray(r.events) ? r.events : []) {
                if (!isObj(e))
                    continue;
                if (typeof e.introduced === 'string') {
                    if (open)
                        intervals.push(open);
                    open = { from: e.introduced };
                }
                else if (typeof e.fixed === 'string' || typeof e.last_affected === 'string') {
                    const i = open ?? {};
                    if (typeof e.fixed === 'string')
                        i.fixed = e.fixed;
                    else
                        i.last = String(e.last_affected);
                    intervals.push(i);
                    open = undefined;
                }
            }
            if (open)
                intervals.push(open);
        }
    }
    const holds = (i, ver) => (i.from === undefined || i.from === '0' || compareVersions(ver, i.from) >= 0) &&
        (i.fixed === undefined || compareVersions(ver, i.fixed) < 0) &&
        (i.last === undefined || compareVersions(ver, i.last) <= 0);
    const mine = version ? intervals.filter((i) => holds(i, version)) : [];
    const shown = mine.length > 0 ? mine : intervals;
    const fixed = [...new Set(shown.flatMap((i) => (i.fixed !== undefined ? [i.fixed] : [])))];
    return { ...(shown.length ? { range: [...new Set(shown.map(intervalText))].join(' || ') } : {}), fixed };
}
function parseOsv(doc, report) {
    const out = [];
    arr(doc.results, 'results').forEach((r, ri) => {
        const result = obj(r, `results[${ri}]`);
        arr(result.packages, `results[${ri}].packages`).forEach((p, pi) => {
            const where = `results[${ri}].packages[${pi}]`;
            const entry = obj(p, where);
            const pkg = obj(entry.package, `${where}.package`);
            const name = str(pkg.name, `${where}.package.name`);
            const ecosystem = optStr(pkg.ecosystem) ?? 'unknown';
            const groups = entry.groups === undefined ? [] : arr(entry.groups, `${where}.groups`);
            const vulns = entry.vulnerabilities === undefined ? [] : arr(entry.vulnerabilities, `${where}.vulnerabilities`);
            vulns.forEach((item, vi) => {
                const vw = `${where}.vulnerabilities[${vi}]`;
                const v = obj(item, vw);
                const id = str(v.id, `${vw}.id`);
                const ids = [
                    id,
                    ...(Array.isArray(v.aliases) ? v.aliases.filter((a) => typeof a === 'string') : []),
                ];
                // The alias group this entry belongs to: its ids are the same advisory.
                let groupScore;
                for (const g of groups) {
                    if (!isObj(g) || !Array.isArray(g.ids) || !g.ids.includes(id))
                        continue;
                    for (const x of [...g.ids, ...(Array.isArray(g.aliases) ? g.aliases : [])])
                        if (typeof x === 'string')
                            ids.push(x);
                    const ms = typeof g.max_severity === 'string' ? Number.parseFloat(g.max_severity) : NaN;
                    if (Number.isFinite(ms) && ms >= 0 && ms <= 10)
                        groupScore = ms;
                }
                const split = (0, ids_js_1.splitIds)(ids);
                const { severity, note } = osvSeverity(v, groupScore);
                const { range, fixed } = osvRanges(v, name, ecosystem, optStr(pkg.version));
                const title = optStr(v.summary) ?? optStr(v.details)?.split('\n')[0];
                out.push({
                    ...split,
                    package: name,
                    ecosystem,
                    severity,
                    ...(note ? { severityNote: note } : {}),
                    ...(range ? { range } : {}),
                    ...(fixed.length ? { fixAvailable: true, fixedIn: fixed.join(', ') } : {}),
                    url: /^GHSA-/i.test(id)
                        ? `https://github.com/advisories/${id}`
                        : `https://osv.dev/vulnerability/${id}`,
                    ...(title ? { title } : {}),
                    reports: [report],
                });
            });
        });
    });
    return out;
}
// ---------------------------------------------------------------------------------------------
function toolError(doc) {
    // npm 7+ prints { "error": { "code", "summary", "detail" } } when the audit itself fails.
    // Only the error code is named (an identifier such as ENOAUDIT): the message is the file's
    // content, which shipgate never quotes; the audit step's own log shows it.
    if (isObj(doc.error)) {
        const code = optStr(doc.error.code);
        return code && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)
            ? `npm's error object, code ${code}`
            : "npm's error object";
    }
    if (typeof doc.error === 'string')
        return 'an "error" text';
    return null;
}
function unsupported(report, what) {
    return new errors_js_1.UserError(`${report}: ${what}, not an audit report shipgate can read. Supported formats: ${exports.SUPPORTED_FORMATS}.`);
}
function parseDocument(doc, report) {
    if (!isObj(doc))
        throw unsupported(report, `the JSON is ${Array.isArray(doc) ? 'a list' : doc === null ? 'null' : `a ${typeof doc}`}`);
    const err = toolError(doc);
    if (err !== null) {
        throw new errors_js_1.UserError(`${report} holds an error from the audit command instead of a report (${err}). Fix the audit step that writes it.`);
    }
    if ('auditReportVersion' in doc) {
        if (doc.auditReportVersion !== 2) {
            throw new errors_js_1.UserError(`${report}: npm audit report version ${typeof doc.auditReportVersion === 'number' ? doc.auditReportVersion : '(not a number)'} is not supported (shipgate reads auditReportVersion 2, npm 7 and later).`);
        }
        return { format: 'npm-7', findings: parseNpm7(doc, report) };
    }
    if ('advisories' in doc)
        return { format: 'npm-6', findings: parseNpm6(doc, report) };
    if ('results' in doc)
        return { format: 'osv-scanner', findings: parseOsv(doc, report) };
    if ('type' in doc && 'data' in doc)
        return parseLines([{ value: doc, line: 1 }], report);
    if ('value' in doc && 'children' in doc)
        return parseLines([{ value: doc, line: 1 }], report);
    throw unsupported(report, 'the JSON has none of the fields of a known audit report');
}
function parseLines(lines, report) {
    const first = lines[0]?.value;
    if (isObj(first) && 'value' in first && 'children' in first) {
        return {
            format: 'yarn-berry-4',
            findings: lines.map(({ value, line }) => {
                const o = isObj(value) && 'children' in value ? value : null;
                if (!o)
                    throw new ShapeError(`line ${line} is not a { value, children } advisory like the first line`);
                return fromYarn4(o, `line ${line}`, report);
            }),
        };
    }
    const findings = [];
    let summary = false;
    for (const { value, line } of lines) {
        if (!isObj(value) || typeof value.type !== 'string') {
            throw new ShapeError(`line ${line} has no "type"; yarn audit --json writes one { "type", "data" } object per line`);
        }
        if (value.type === 'error') {
            throw new errors_js_1.UserError(`${report} holds an error from yarn instead of a report (line ${line} is an "error" entry; the audit step's log shows its message). Fix the audit step that writes it.`);
        }
        if (value.type === 'auditAdvisory') {
            const data = obj(value.data, `line ${line}: data`);
            findings.push(fromNpmAdvisory(obj(data.advisory, `line ${line}: data.advisory`), `line ${line}: data.advisory`, report));
        }
        else if (value.type === 'auditSummary') {
            obj(value.data, `line ${line}: data`);
            summary = true;
        }
    }
    // yarn 1 always ends with the auditSummary line: without it the report was cut short.
    if (!summary) {
        if (findings.length === 0 && lines.every((l) => isObj(l.value) && l.value.type !== 'auditAdvisory')) {
            throw unsupported(report, 'the lines hold no auditAdvisory or auditSummary entry');
        }
        throw new errors_js_1.UserError(`${report} is incomplete: yarn audit --json ends with an "auditSummary" line and this file has none (truncated?). Re-run the audit step.`);
    }
    return { format: 'yarn-classic', findings };
}
function jsonError(text, report, lineOffset = 0, fallback) {
    const p = (0, json_error_js_1.locateJsonError)(text);
    if (p) {
        const line = p.line + lineOffset;
        return new errors_js_1.UserError(`${report} is not valid JSON: ${p.reason} at line ${line}, column ${p.column}. Make sure the audit step writes only the command's JSON output to the file (e.g. npm audit --json > audit.json).`);
    }
    const msg = fallback instanceof Error ? fallback.message : String(fallback);
    return new errors_js_1.UserError(`${report} is not valid JSON (${msg}).`);
}
/**
 * Parses a report's text. `report` is the name used in messages and in AuditFinding.reports.
 * Findings are de-duplicated within the file (one advisory reached through several dependency
 * paths, or an osv-scanner alias group, is one finding). Throws UserError for anything that is not
 * a complete, supported report.
 */
function parseAuditText(raw, report) {
    const parsed = parseRaw(raw, report);
    return { format: parsed.format, findings: (0, dedupe_js_1.dedupeFindings)(parsed.findings) };
}
function parseRaw(raw, report) {
    const text = raw.replace(/^\uFEFF/, '');
    if (text.trim() === '') {
        throw new errors_js_1.UserError(`${report} is empty (only whitespace). An earlier step of the job should have written the audit command's JSON output to it, e.g. \`npm audit --json > audit.json || true\`.`);
    }
    try {
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch (wholeError) {
            // Not one JSON document: maybe NDJSON (yarn 1, yarn 4), one JSON object per line.
            const rows = text.split('\n');
            const lines = [];
            let firstParsed = false;
            for (let n = 0; n < rows.length; n++) {
                const row = rows[n].replace(/\r$/, '');
                if (row.trim() === '')
                    continue;
                try {
                    lines.push({ value: JSON.parse(row), line: n + 1 });
                    if (lines.length === 1)
                        firstParsed = true;
                }
                catch {
                    if (!firstParsed)
                        throw jsonError(text, report, 0, wholeError);
                    const p = (0, json_error_js_1.locateJsonError)(row);
                    throw new errors_js_1.UserError(`${report} line ${n + 1} is not valid JSON${p ? `: ${p.reason} at column ${p.column}` : ''}. ` +
                        'The file looks like one JSON object per line (yarn audit --json); a cut-off line means the file was truncated.');
                }
            }
            if (lines.length < 2)
                throw jsonError(text, report, 0, wholeError);
            return parseLines(lines, report);
        }
        return parseDocument(doc, report);
    }
    catch (e) {
        if (e instanceof ShapeError)
            throw new errors_js_1.UserError(`${report} is not a well-formed audit report: ${e.message}.`);
        throw e;
    }
}


/***/ }),

/***/ 6087:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UNKNOWN_SEVERITY_NOTE = void 0;
exports.severityFromWord = severityFromWord;
exports.severityFromScore = severityFromScore;
exports.cvss3BaseScore = cvss3BaseScore;
/** severityNote of an advisory no source rated: counted as critical (fail closed). */
exports.UNKNOWN_SEVERITY_NOTE = 'severity unknown, counted as critical';
/** Qualitative names used by npm, GitHub (GHSA database_specific), OSV sources and distros. */
const WORDS = {
    critical: 'critical',
    high: 'high',
    important: 'high',
    moderate: 'moderate',
    medium: 'moderate',
    low: 'low',
    negligible: 'low',
    info: 'info',
    none: 'info',
};
/** Maps a qualitative severity word; null when it is not one. */
function severityFromWord(word) {
    return WORDS[word.trim().toLowerCase()] ?? null;
}
/**
 * CVSS qualitative rating bands (FIRST, CVSS v3.1 specification section 5): 0.0 none -> info,
 * 0.1-3.9 low, 4.0-6.9 medium -> moderate, 7.0-8.9 high, 9.0-10.0 critical.
 */
function severityFromScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'moderate';
    if (score > 0)
        return 'low';
    return 'info';
}
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 },
};
/** CVSS v3.1 Roundup: the smallest number with one decimal that is >= the input (float-safe). */
function roundUp(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/**
 * Base score of a CVSS v3.0/v3.1 vector ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H" -> 7.5), or
 * null when the text is not a complete v3 vector. Temporal and environmental metrics are ignored.
 */
function cvss3BaseScore(vector) {
    const parts = vector.trim().split('/');
    if (!/^CVSS:3\.[01]$/.test(parts[0] ?? ''))
        return null;
    const m = {};
    for (const p of parts.slice(1)) {
        const [k, v] = p.split(':');
        if (k === undefined || v === undefined)
            return null;
        m[k] = v;
    }
    const pick = (table, key) => Object.hasOwn(table, m[key] ?? '') ? table[m[key]] : null;
    const av = pick(WEIGHTS.AV, 'AV');
    const ac = pick(WEIGHTS.AC, 'AC');
    const ui = pick(WEIGHTS.UI, 'UI');
    const c = pick(WEIGHTS.CIA, 'C');
    const i = pick(WEIGHTS.CIA, 'I');
    const a = pick(WEIGHTS.CIA, 'A');
    const scope = m.S;
    if (av === null || ac === null || ui === null || c === null || i === null || a === null)
        return null;
    if (scope !== 'U' && scope !== 'C')
        return null;
    const changed = scope === 'C';
    const pr = { N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 }[m.PR ?? ''];
    if (pr === undefined)
        return null;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}


/***/ }),

/***/ 8704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkReportFiles = checkReportFiles;
/**
 * The trust rules for report files (coverage, audit, and any gate reading a report path): a report
 * must be written by the job itself. Anyone who can push could commit a passing report, or make the
 * PR add or change one; a symlink could point the gate at any file on the runner. So:
 * - a path that resolves (through symlinks) outside the workspace is refused;
 * - a path tracked in git in the checkout (`git ls-files`), or one the PR adds or changes, is
 *   refused unless the gate says `allow-committed: true`.
 * Messages describe the problem; they never quote a file's content.
 */
const node_child_process_1 = __webpack_require__(1421);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(3916);
const inside = (root, p) => {
    const rel = (0, node_path_1.relative)(root, p);
    return rel === '' || (!rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel));
};
/** Paths (relative to `cwd`, `/`-separated) of `files` that git tracks in the checkout at `cwd`. */
function trackedIn(cwd, files, env) {
    return new Promise((resolvePromise) => {
        (0, node_child_process_1.execFile)('git', ['ls-files', '-z', '--', ...files], { cwd, env: { ...env, GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
            // Not a git checkout (or no git): nothing is tracked.
            if (err)
                return resolvePromise(new Set());
            resolvePromise(new Set(stdout.split('\0').filter(Boolean)));
        });
    });
}
/**
 * Throws a UserError for the first report file that the job did not write. `files` are absolute;
 * `display(file)` names one in messages.
 */
async function checkReportFiles(files, ctx, display, opts) {
    if (!files.length)
        return;
    let root;
    try {
        root = await (0, promises_1.realpath)(ctx.cwd);
    }
    catch {
        root = ctx.cwd;
    }
    const rels = [];
    for (const file of files) {
        let real;
        try {
            real = await (0, promises_1.realpath)(file);
        }
        catch {
            continue; // missing files are reported by the reader
        }
        if (!inside(root, real))
            throw new errors_js_1.UserError(`The ${opts.what} ${display(file)} resolves (through a symlink or its path) outside the workspace; a report must be a file the job wrote inside the workspace.`);
        rels.push((0, node_path_1.relative)(root, real).split(node_path_1.sep).join('/'));
    }
    if (opts.allowCommitted)
        return;
    const fix = `A report must be written by this job (a committed one could say anything): write it in an earlier step and keep it out of git, or set \`allow-committed: true\` on the gate if it is meant to be committed.`;
    const changed = new Set(ctx.prFiles ?? []);
    for (const rel of rels)
        if (changed.has(rel))
            throw new errors_js_1.UserError(`The ${opts.what} ${rel} is added or changed by the pull request. ${fix}`);
    const tracked = await trackedIn(root, rels, ctx.env);
    for (const rel of rels)
        if (tracked.has(rel))
            throw new errors_js_1.UserError(`The ${opts.what} ${rel} is tracked in git in the checkout. ${fix}`);
}


/***/ })

};

//# sourceMappingURL=2654.index.js.map