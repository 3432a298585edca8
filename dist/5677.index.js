export const id = 5677;
export const ids = [5677,5968];
export const modules = {

/***/ 5968:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.COVERAGE_METRICS = void 0;
exports.percent = percent;
exports.formatPercent = formatPercent;
exports.evaluateCoverage = evaluateCoverage;
exports.explainCoverage = explainCoverage;
/**
 * The `coverage` gate: test coverage meets overall minimums, per-path minimums, and does not drop
 * against a baseline. Pure: the facts (merged per-file counts) are gathered by
 * src/sources/coverage/.
 */
const picomatch_1 = __importDefault(__webpack_require__(4006));
exports.COVERAGE_METRICS = ['lines', 'statements', 'functions', 'branches'];
const EPSILON = 1e-9;
/** Coverage in percent, or null when the metric is not in the report. */
function percent(c) {
    if (!c || c.found <= 0)
        return null;
    return (c.hit / c.found) * 100;
}
/** Percent for display, truncated (never rounded up past a threshold): 89.999 -> "89.99%". */
function formatPercent(p) {
    const t = Math.floor(p * 100 + EPSILON) / 100;
    return `${t.toFixed(2).replace(/\.?0+$/, '')}%`;
}
function formatPoints(d) {
    const t = Math.trunc(d * 100 + (d >= 0 ? EPSILON : -EPSILON)) / 100;
    const s = Math.abs(t)
        .toFixed(2)
        .replace(/\.?0+$/, '');
    return t > 0 ? `+${s}` : t < 0 ? `−${s}` : '0';
}
function singular(m) {
    return m === 'branches' ? 'branch' : m.slice(0, -1);
}
function sumCounts(files) {
    const out = {};
    for (const f of files) {
        for (const m of exports.COVERAGE_METRICS) {
            const c = f.counts[m];
            if (!c)
                continue;
            const t = (out[m] ??= { found: 0, hit: 0 });
            t.found += c.found;
            t.hit += c.hit;
        }
    }
    return out;
}
function minEntries(min) {
    if (!min)
        return [];
    return exports.COVERAGE_METRICS.filter((m) => typeof min[m] === 'number').map((m) => [m, min[m]]);
}
function formatsOf(facts) {
    return [...new Set(facts.reports.map((r) => r.format))].join(', ');
}
function counterText(c) {
    return c && c.found > 0 ? `${c.hit} of ${c.found}` : 'not in report';
}
/** Judges coverage facts against the gate's minimums, per-path rules and no-drop baseline. */
function evaluateCoverage(gate, facts, _ctx) {
    const errors = [];
    const failures = [];
    const passes = [];
    const details = [];
    const totals = facts.totals;
    // Overall minimums.
    const overall = minEntries(gate.min);
    const totalRows = [];
    const checks = [];
    for (const m of exports.COVERAGE_METRICS) {
        const c = totals[m];
        const pct = percent(c);
        const min = gate.min?.[m];
        if (pct === null && min === undefined)
            continue;
        const row = [m, counterText(c), pct === null ? 'not in report' : formatPercent(pct)];
        if (min === undefined)
            row.push('–', '–');
        else if (pct === null)
            row.push(`${min}%`, '–');
        else
            row.push(`${min}%`, formatPoints(pct - min));
        totalRows.push(row);
    }
    for (const [m, min] of overall) {
        const pct = percent(totals[m]);
        if (pct === null) {
            errors.push(`min.${m} is set but the coverage report (${formatsOf(facts)}) does not carry ${singular(m)} coverage; ` +
                `remove min.${m} or make the test step write ${singular(m)} data`);
        }
        else
            checks.push({ scope: '', metric: m, pct, min });
    }
    // Per-path minimums.
    const pathRows = [];
    (gate.paths ?? []).forEach((rule, i) => {
        const isMatch = (0, picomatch_1.default)(rule.glob, { dot: true });
        const matched = facts.files.filter((f) => isMatch(f.path));
        if (matched.length === 0) {
            errors.push(`paths[${i}] (${rule.glob}) matches none of the ${facts.files.length} files in the coverage report; ` +
                `check the glob against the file paths the report lists (e.g. ${facts.files[0]?.path ?? 'none'})`);
            return;
        }
        const sums = sumCounts(matched);
        for (const [m, min] of minEntries(rule.min)) {
            const pct = percent(sums[m]);
            if (pct === null) {
                errors.push(`paths[${i}] (${rule.glob}) sets min.${m} but the report carries no ${singular(m)} data for those files`);
                pathRows.push([rule.glob, String(matched.length), m, 'not in report', `${min}%`, '–']);
                continue;
            }
            checks.push({ scope: rule.glob, metric: m, pct, min });
            pathRows.push([
                rule.glob,
                String(matched.length),
                m,
                formatPercent(pct),
                `${min}%`,
                formatPoints(pct - min),
            ]);
        }
    });
    for (const c of checks) {
        const where = c.scope ? `${c.scope}: ` : '';
        if (c.pct + EPSILON >= c.min)
            passes.push(`${where}${c.metric} ${formatPercent(c.pct)} ≥ ${c.min}%`);
        else
            failures.push(`${where}${c.metric} ${formatPercent(c.pct)} is below ${c.min}%`);
    }
    // No drop against the baseline.
    const noDropRows = [];
    const noDrop = gate['no-drop'];
    if (noDrop) {
        const tolerance = noDrop.tolerance ?? 0;
        const base = facts.baseline;
        if (!base) {
            errors.push('no-drop is configured but no baseline coverage was gathered');
        }
        else {
            let compared = 0;
            for (const m of exports.COVERAGE_METRICS) {
                const before = percent(base.totals[m]);
                if (before === null)
                    continue;
                const now = percent(totals[m]);
                if (now === null) {
                    errors.push(`no-drop: the baseline carries ${singular(m)} coverage but the current report does not`);
                    noDropRows.push([m, formatPercent(before), 'not in report', '–', `${tolerance}`]);
                    continue;
                }
                compared++;
                const change = now - before;
                noDropRows.push([m, formatPercent(before), formatPercent(now), formatPoints(change), `${tolerance}`]);
                if (change + tolerance + EPSILON < 0) {
                    failures.push(`${m} dropped ${formatPoints(change).replace('−', '')} points (${formatPercent(before)} → ${formatPercent(now)}), ` +
                        `more than the tolerance of ${tolerance}`);
                }
                else
                    passes.push(`${m} did not drop (${formatPercent(before)} → ${formatPercent(now)})`);
            }
            if (compared === 0 && errors.length === 0)
                errors.push('no-drop: the baseline report carries no metric to compare');
        }
    }
    // Details.
    const reportList = facts.reports.map((r) => `${r.path} (${r.format}, ${r.files} ${r.files === 1 ? 'file' : 'files'})`);
    details.push({
        kind: 'text',
        text: `Coverage of ${facts.files.length} files from ${facts.reports.length === 1 ? 'report' : 'reports'}:`,
    });
    details.push({ kind: 'list', items: reportList });
    if (facts.mergedFiles > 0) {
        details.push({
            kind: 'text',
            text: `${facts.mergedFiles} files appeared more than once and were merged (each counted once).`,
        });
    }
    for (const n of facts.notes)
        details.push({ kind: 'text', text: n });
    if (totalRows.length > 0) {
        details.push({ kind: 'text', text: 'Totals' });
        details.push({
            kind: 'table',
            columns: ['metric', 'covered', 'coverage', 'minimum', 'margin (points)'],
            rows: totalRows,
        });
    }
    if (pathRows.length > 0) {
        details.push({ kind: 'text', text: 'Per-path minimums' });
        details.push({
            kind: 'table',
            columns: ['paths', 'files', 'metric', 'coverage', 'minimum', 'margin (points)'],
            rows: pathRows,
        });
    }
    if (noDropRows.length > 0) {
        details.push({ kind: 'text', text: `Change against the baseline (${baselineList(facts)})` });
        details.push({
            kind: 'table',
            columns: ['metric', 'baseline', 'current', 'change (points)', 'tolerance'],
            rows: noDropRows,
        });
    }
    const least = leastCovered(facts.files, 10);
    if (least.rows.length > 0) {
        details.push({ kind: 'text', text: `Least covered files (by ${least.metric})` });
        details.push({ kind: 'table', columns: ['file', ...least.columns], rows: least.rows });
    }
    if (errors.length > 0) {
        return {
            status: 'error',
            summary: errors[0] + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''),
            details: [{ kind: 'list', items: errors }, ...details],
        };
    }
    if (failures.length > 0) {
        return {
            status: 'fail',
            summary: failures.join('; '),
            details: [{ kind: 'list', items: failures }, ...details],
        };
    }
    const shown = exports.COVERAGE_METRICS.filter((m) => percent(totals[m]) !== null)
        .map((m) => `${m} ${formatPercent(percent(totals[m]))}`)
        .join(', ');
    const summary = passes.length > 0 ? passes.join('; ') : `coverage report found: ${shown}`;
    return { status: 'pass', summary, details };
}
function baselineList(facts) {
    return (facts.baseline?.reports ?? []).map((r) => r.path).join(', ');
}
function leastCovered(files, n) {
    const carried = exports.COVERAGE_METRICS.filter((m) => files.some((f) => (f.counts[m]?.found ?? 0) > 0));
    const metric = carried[0] ?? 'lines';
    const ranked = files
        .filter((f) => (f.counts[metric]?.found ?? 0) > 0)
        .map((f) => ({
        f,
        pct: percent(f.counts[metric]),
        missed: f.counts[metric].found - f.counts[metric].hit,
    }))
        .filter((x) => x.missed > 0)
        .sort((a, b) => a.pct - b.pct || b.missed - a.missed || (a.f.path < b.f.path ? -1 : 1))
        .slice(0, n);
    const rows = ranked.map(({ f }) => [
        f.path,
        ...carried.map((m) => {
            const p = percent(f.counts[m]);
            return p === null ? '–' : `${formatPercent(p)} (${f.counts[m].hit}/${f.counts[m].found})`;
        }),
    ]);
    return { metric, columns: carried, rows };
}
function minText(min) {
    const parts = minEntries(min).map(([m, v]) => `${m} ≥ ${v}%`);
    return parts.length > 0 ? parts.join(', ') : 'no minimum';
}
/** What the gate checks, every option resolved to its effective value. */
function explainCoverage(gate) {
    const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
    const lines = [
        `Reads the coverage report(s) at ${reports.join(', ')} (relative to the workspace; globs allowed). ` +
            'The format is detected from the content: lcov, Cobertura XML, Clover XML, JaCoCo XML, istanbul coverage-summary.json or coverage-final.json.',
        'Several reports are merged file by file; a file listed in more than one report is counted once (union of covered lines, branches and functions).',
    ];
    const maxAge = gate['max-age'];
    lines.push(`A missing, empty or malformed report is an error${maxAge ? `, and so is a report older than ${maxAge}` : ' (no max-age: a report of any age is accepted)'}.`);
    const overall = minEntries(gate.min);
    lines.push(overall.length > 0 ? `Over all files: ${minText(gate.min)}.` : 'No overall minimum (min is not set).');
    for (const rule of gate.paths ?? [])
        lines.push(`Files matching ${rule.glob}: ${minText(rule.min)} (summed over those files).`);
    const noDrop = gate['no-drop'];
    if (noDrop) {
        const base = Array.isArray(noDrop.baseline) ? noDrop.baseline.join(', ') : noDrop.baseline;
        lines.push(`Fails when any metric carried by the baseline report ${base} fell by more than ${noDrop.tolerance ?? 0} percentage points.`);
    }
    else
        lines.push('No comparison with a baseline (no-drop is not set).');
    lines.push('A minimum for a metric the report does not carry (e.g. statements in lcov) makes the gate an error, never a pass.');
    return lines;
}
exports.gate = {
    evaluate: evaluateCoverage,
    explain: explainCoverage,
};


/***/ }),

/***/ 5677:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
exports.parseCoverageFile = parseCoverageFile;
exports.collectCoverage = collectCoverage;
/**
 * Gathers the facts of a `coverage` gate: finds the report files (paths or globs), detects each
 * one's format from its content, parses it streaming, and merges the files of all reports by
 * normalised path. Only files listed more than once have their line/branch/function items loaded
 * (in a second, targeted pass), so memory stays bounded for very large monorepo reports.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const tinyglobby_1 = __webpack_require__(7949);
const errors_js_1 = __webpack_require__(3916);
const coverage_js_1 = __webpack_require__(5968);
const duration_js_1 = __webpack_require__(6518);
const report_files_js_1 = __webpack_require__(8704);
const istanbul_js_1 = __webpack_require__(8771);
const lcov_js_1 = __webpack_require__(521);
const xml_js_1 = __webpack_require__(3040);
/** Tells the report's kind from its first bytes; throws a UserError for empty or unknown content. */
async function sniff(file, display) {
    const fh = await (0, promises_1.open)(file, 'r');
    try {
        const buf = Buffer.alloc(4096);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        let text = buf.toString('utf8', 0, bytesRead);
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        const head = text.trimStart();
        if (head === '') {
            throw new errors_js_1.UserError(`Coverage report ${display} is empty. An earlier step of the job should have written it: check that the tests ran with coverage enabled.`);
        }
        if (head.startsWith('{'))
            return 'json';
        if (head.startsWith('<'))
            return 'xml';
        if (/^(?:[A-Z]+:|end_of_record)/.test(head))
            return 'lcov';
        throw new errors_js_1.UserError(`Coverage report ${display} is not a coverage report shipgate reads (lcov, Cobertura/Clover/JaCoCo XML, istanbul JSON): it starts neither with an lcov record (TN:, SF:), nor with "<" (XML), nor with "{" (JSON).`);
    }
    finally {
        await fh.close();
    }
}
async function parseAs(file, display, opts) {
    const kind = await sniff(file, display);
    if (kind === 'lcov')
        return (0, lcov_js_1.parseLcov)(file, display, opts);
    if (kind === 'xml')
        return (0, xml_js_1.parseXmlReport)(file, display, (0, node_path_1.dirname)(file), opts);
    return (0, istanbul_js_1.parseIstanbulJson)(file, display, opts);
}
/** Parses one coverage report of any supported format (detected from its content). */
async function parseCoverageFile(path, opts = {}) {
    return parseAs((0, node_path_1.resolve)(path), path, opts);
}
function displayPath(cwd, abs) {
    const rel = (0, node_path_1.relative)(cwd, abs);
    return rel !== '' && !rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel) ? rel.split(node_path_1.sep).join('/') : abs;
}
function isAbsoluteAnywhere(p) {
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}
/**
 * Builds the path normaliser of one report. Absolute paths inside the workspace become relative to
 * it. Relative paths are relative to the project that wrote the report, which in a monorepo is not
 * the workspace root: the first directory from the report's own up to the workspace in which the
 * report's first relative file exists is taken as their base.
 */
function normaliser(cwd, reportFile, records) {
    const root = cwd.split(node_path_1.sep).join('/').replace(/\/$/, '');
    const sample = records.find((r) => !isAbsoluteAnywhere(r.path))?.path;
    let base = '';
    if (sample) {
        const rel = (0, node_path_1.relative)(cwd, (0, node_path_1.dirname)(reportFile));
        if (!rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel)) {
            const parts = rel === '' ? [] : rel.split(node_path_1.sep);
            for (let n = parts.length; n >= 0; n--) {
                const candidate = parts.slice(0, n).join('/');
                if ((0, node_fs_1.existsSync)((0, node_path_1.join)(cwd, candidate, sample))) {
                    base = candidate;
                    break;
                }
            }
        }
    }
    return (raw) => {
        const p = raw.replace(/\\/g, '/');
        if (isAbsoluteAnywhere(p)) {
            const n = node_path_1.posix.normalize(p);
            return n.startsWith(`${root}/`) ? n.slice(root.length + 1) : n;
        }
        return node_path_1.posix.normalize(base ? `${base}/${p}` : p).replace(/^\.\//, '');
    };
}
async function findReports(patterns, ctx, what, hint) {
    const found = [];
    for (const pattern of patterns) {
        let matches;
        if ((0, tinyglobby_1.isDynamicPattern)(pattern)) {
            matches = await (0, tinyglobby_1.glob)(pattern, {
                cwd: ctx.cwd,
                absolute: true,
                onlyFiles: true,
                dot: true,
                expandDirectories: false,
            });
            matches.sort();
        }
        else {
            const abs = (0, node_path_1.resolve)(ctx.cwd, pattern);
            matches = (0, node_fs_1.existsSync)(abs) ? [abs] : [];
        }
        if (matches.length === 0) {
            throw new errors_js_1.UserError(`No ${what} found at "${pattern}" (looked in ${ctx.cwd}). ${hint}`);
        }
        for (const m of matches)
            if (!found.includes(m))
                found.push(m);
    }
    return found;
}
function addCounter(a, b) {
    return a ? { found: a.found + b.found, hit: a.hit + b.hit } : { ...b };
}
const DETAIL_KEY = {
    lines: 'lines',
    statements: 'statements',
    functions: 'functions',
    branches: 'branches',
};
/** Merges several listings of one file: union of items when they can be matched, else the best. */
function mergeListings(listings) {
    const counts = {};
    let exact = true;
    const sameFormat = new Set(listings.map((l) => l.format)).size === 1;
    for (const m of coverage_js_1.COVERAGE_METRICS) {
        const present = listings.filter((l) => l.rec.counts[m] !== undefined);
        if (present.length === 0)
            continue;
        const key = DETAIL_KEY[m];
        // Item keys are only comparable within one format, and only when the items add up to the
        // listing's own count (Clover's <metrics> and lcov's LF-only sections do not).
        const usable = sameFormat &&
            present.every((l) => l.rec.detail !== undefined && l.rec.detail[key].size === l.rec.counts[m].found);
        if (usable) {
            const union = new Map();
            for (const l of present) {
                for (const [k, n] of l.rec.detail[key])
                    union.set(k, (union.get(k) ?? false) || n > 0);
            }
            let hit = 0;
            for (const v of union.values())
                if (v)
                    hit++;
            counts[m] = { found: union.size, hit };
        }
        else {
            if (present.some((l) => l.rec.counts[m].found > 0))
                exact = false;
            counts[m] = {
                found: Math.max(...present.map((l) => l.rec.counts[m].found)),
                hit: Math.max(...present.map((l) => l.rec.counts[m].hit)),
            };
        }
    }
    return { counts, exact };
}
async function gather(patterns, ctx, role, maxAgeMs, maxAgeText, allowCommitted) {
    const what = role === 'report' ? 'coverage report' : 'baseline coverage report';
    const hint = role === 'report'
        ? 'An earlier step of the job should have written it: run the tests with coverage enabled (e.g. jest --coverage, coverage.py `coverage xml`, lcov --capture) before shipgate in the same job, or download the artifact that holds it.'
        : 'An earlier step of the job should have put it there, e.g. by downloading the coverage artifact of the base branch.';
    const files = await findReports(patterns, ctx, what, hint);
    await (0, report_files_js_1.checkReportFiles)(files, ctx, (f) => displayPath(ctx.cwd, f), { what, allowCommitted });
    const reports = [];
    const displays = [];
    for (const file of files) {
        const display = displayPath(ctx.cwd, file);
        const st = await (0, promises_1.stat)(file);
        if (!st.isFile())
            throw new errors_js_1.UserError(`The ${what} path ${display} is not a file.`);
        if (st.size === 0)
            throw new errors_js_1.UserError(`The ${what} ${display} is empty. ${hint}`);
        if (maxAgeMs !== null) {
            const age = ctx.now.getTime() - st.mtime.getTime();
            if (age > maxAgeMs) {
                throw new errors_js_1.UserError(`The ${what} ${display} was written ${(0, duration_js_1.formatDuration)(age)} ago, longer ago than max-age ${maxAgeText}, so it is not from this run. ${hint}`);
            }
        }
        ctx.progress(`reading ${what} ${display}`);
        const report = await parseAs(file, display, { signal: ctx.signal });
        if (report.records.length === 0) {
            throw new errors_js_1.UserError(`The ${what} ${display} lists no source files: the tests measured nothing. ${hint}`);
        }
        reports.push(report);
        displays.push(display);
    }
    // Group listings by normalised path.
    const groups = new Map();
    reports.forEach((r, ri) => {
        const norm = normaliser(ctx.cwd, r.file, r.records);
        r.records.forEach((rec, i) => {
            const key = norm(rec.path);
            const refs = groups.get(key);
            if (refs)
                refs.push({ report: ri, record: i });
            else
                groups.set(key, [{ report: ri, record: i }]);
        });
    });
    // Second pass: item-level detail only for files listed more than once.
    const wanted = new Map();
    for (const refs of groups.values()) {
        if (refs.length < 2)
            continue;
        for (const ref of refs) {
            const set = wanted.get(ref.report) ?? new Set();
            set.add(reports[ref.report].records[ref.record].path);
            wanted.set(ref.report, set);
        }
    }
    for (const [ri, detailFor] of wanted) {
        const again = await parseAs(reports[ri].file, displays[ri], { signal: ctx.signal, detailFor });
        if (again.records.length !== reports[ri].records.length) {
            throw new errors_js_1.UserError(`The ${what} ${displays[ri]} changed while it was being read; run shipgate after the step that writes it.`);
        }
        reports[ri] = again;
    }
    const out = [];
    let mergedFiles = 0;
    const approximate = [];
    for (const [path, refs] of groups) {
        if (refs.length === 1) {
            const rec = reports[refs[0].report].records[refs[0].record];
            out.push({ path, counts: rec.counts });
            continue;
        }
        mergedFiles++;
        const { counts, exact } = mergeListings(refs.map((ref) => ({
            rec: reports[ref.report].records[ref.record],
            format: reports[ref.report].format,
        })));
        if (!exact)
            approximate.push(path);
        out.push({ path, counts });
    }
    out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const totals = {};
    for (const f of out)
        for (const m of coverage_js_1.COVERAGE_METRICS)
            if (f.counts[m])
                totals[m] = addCounter(totals[m], f.counts[m]);
    // Cobertura's root lines-/branches-valid and -covered are the totals the tool itself printed;
    // summing line-level condition-coverage does not always give them (istanbul counts branches
    // that no <line> carries). With no file listed twice, the reports' own totals add up exactly.
    if (mergedFiles === 0 && reports.every((r) => r.format === 'cobertura'))
        for (const m of ['lines', 'branches'])
            if (reports.every((r) => r.declared?.[m]))
                totals[m] = reports.reduce((t, r) => addCounter(t, r.declared[m]), undefined);
    const notes = [];
    if (approximate.length > 0) {
        notes.push(`${approximate.length} of the merged files (e.g. ${approximate.slice(0, 3).join(', ')}) are listed in reports whose items cannot be matched ` +
            '(different formats, or summaries without line data); for those the better-covered listing was counted.');
    }
    const infos = reports.map((r, i) => ({
        path: displays[i],
        format: r.format,
        files: r.records.length,
    }));
    return { reports: infos, files: out, totals, mergedFiles, notes };
}
function asList(v) {
    return Array.isArray(v) ? v : [v];
}
/** Collects the coverage facts for a `coverage` gate. Problems the user can fix are UserErrors. */
async function collectCoverage(gate, ctx) {
    const maxAgeText = gate['max-age'];
    let maxAgeMs = null;
    if (maxAgeText !== undefined) {
        maxAgeMs = (0, duration_js_1.parseDuration)(maxAgeText);
        if (maxAgeMs === null)
            throw new errors_js_1.UserError(`max-age "${maxAgeText}" is not a duration such as 30m, 1h or 2d.`);
    }
    const facts = await gather(asList(gate.report), ctx, 'report', maxAgeMs, maxAgeText, gate['allow-committed'] === true);
    const noDrop = gate['no-drop'];
    if (noDrop)
        facts.baseline = await gather(asList(noDrop.baseline), ctx, 'baseline', null, undefined, gate['allow-committed'] === true);
    return facts;
}
exports.collect = collectCoverage;


/***/ }),

/***/ 8771:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseIstanbulJson = parseIstanbulJson;
/**
 * istanbul JSON reports: `coverage-summary.json` (json-summary reporter) and `coverage-final.json`
 * (json reporter). These are read whole with JSON.parse: they are written by one test run of one
 * project (a summary is a few hundred bytes per file, coverage-final a few KB), unlike lcov/XML
 * reports that monorepo tooling concatenates into hundreds of MB, which are streamed.
 */
const promises_1 = __webpack_require__(1455);
const errors_js_1 = __webpack_require__(3916);
const types_js_1 = __webpack_require__(24);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isCount(v) {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}
async function parseIstanbulJson(file, display, opts = {}) {
    const text = await (0, promises_1.readFile)(file, 'utf8');
    const bad = (what) => {
        throw new errors_js_1.UserError(`Coverage report ${display} is not a valid istanbul JSON report: ${what}. ` +
            'Re-run the step that writes it; a report cut off while being written or copied looks like this.');
    };
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (e) {
        bad(`the JSON does not parse (${e.message})`);
    }
    if (!isObject(data))
        return bad('the top level is not an object');
    if (isObject(data.total))
        return summary(file, data, bad);
    return final(file, data, bad, opts);
}
const SUMMARY_METRICS = ['lines', 'statements', 'functions', 'branches'];
function summary(file, data, bad) {
    const read = (key, entry) => {
        if (!isObject(entry))
            bad(`"${key}" is not an object of metrics`);
        const counts = {};
        for (const m of SUMMARY_METRICS) {
            const v = entry[m];
            if (v === undefined)
                continue;
            if (!isObject(v) || !isCount(v.total) || !isCount(v.covered) || v.covered > v.total) {
                bad(`"${key}".${m} needs numbers "total" and "covered" (covered ≤ total)`);
            }
            counts[m] = { found: v.total, hit: v.covered };
        }
        if (Object.keys(counts).length === 0)
            bad(`"${key}" has none of lines, statements, functions, branches`);
        return counts;
    };
    const records = [];
    let declared = {};
    for (const [key, entry] of Object.entries(data)) {
        if (key === 'total')
            declared = read(key, entry);
        else
            records.push({ path: key.replace(/\\/g, '/'), counts: read(key, entry) });
    }
    return { file, format: 'istanbul-summary', records, declared };
}
function locKey(loc) {
    const l = loc;
    return `${l?.start?.line ?? '?'}:${l?.start?.column ?? '?'}`;
}
function final(file, data, bad, opts) {
    const records = [];
    for (const [key, entry] of Object.entries(data)) {
        if (!isObject(entry))
            bad(`"${key}" is not a file coverage object`);
        // Some tools nest the object under "data" (istanbul FileCoverage serialised as-is).
        const fc = isObject(entry.data) && isObject(entry.data.s) ? entry.data : entry;
        const { s, f, b, statementMap, fnMap, branchMap } = fc;
        if (!isObject(s) || !isObject(statementMap) || !isObject(f) || !isObject(b)) {
            bad(`"${key}" lacks the statementMap/s/f/b maps of istanbul's coverage-final.json`);
        }
        const path = (typeof fc.path === 'string' && fc.path !== '' ? fc.path : key).replace(/\\/g, '/');
        const detail = opts.detailFor?.has(path) ? (0, types_js_1.newDetail)() : null;
        const st = { found: 0, hit: 0 };
        const lineMax = new Map();
        for (const [id, n] of Object.entries(s)) {
            if (!isCount(n))
                bad(`"${key}".s["${id}"] is not a count`);
            st.found++;
            if (n > 0)
                st.hit++;
            const loc = statementMap[id];
            const line = loc?.start?.line;
            // Line coverage as istanbul computes it: a line's count is its statements' highest count.
            if (typeof line === 'number')
                lineMax.set(line, Math.max(lineMax.get(line) ?? 0, n));
            if (detail)
                detail.statements.set(locKey(loc), n);
        }
        const fn = { found: 0, hit: 0 };
        for (const [id, n] of Object.entries(f)) {
            if (!isCount(n))
                bad(`"${key}".f["${id}"] is not a count`);
            fn.found++;
            if (n > 0)
                fn.hit++;
            if (detail) {
                const meta = (isObject(fnMap) ? fnMap[id] : undefined);
                detail.functions.set(`${meta?.name ?? id}@${locKey(meta?.decl ?? meta?.loc)}`, n);
            }
        }
        const br = { found: 0, hit: 0 };
        for (const [id, arr] of Object.entries(b)) {
            if (!Array.isArray(arr) || !arr.every(isCount))
                bad(`"${key}".b["${id}"] is not a list of counts`);
            br.found += arr.length;
            for (const n of arr)
                if (n > 0)
                    br.hit++;
            if (detail) {
                const meta = (isObject(branchMap) ? branchMap[id] : undefined);
                arr.forEach((n, i) => detail.branches.set(`${locKey(meta?.loc)}#${i}`, n));
            }
        }
        let lineHit = 0;
        for (const n of lineMax.values())
            if (n > 0)
                lineHit++;
        if (detail)
            for (const [l, n] of lineMax)
                detail.lines.set(l, n);
        const rec = {
            path,
            counts: { lines: { found: lineMax.size, hit: lineHit }, statements: st, functions: fn, branches: br },
        };
        if (detail)
            rec.detail = detail;
        records.push(rec);
    }
    return { file, format: 'istanbul-final', records };
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseLcov = parseLcov;
/**
 * Streaming lcov parser (istanbul/nyc/c8, geninfo/gcov, coverage.py `coverage lcov`, lcov 2.x).
 *
 * Works on the raw bytes of each chunk: no per-line string or regex, so a 200 MB report of 20,000
 * files is read in bounded memory at close to the speed of a plain line read. Totals are computed
 * from the item records (DA, FN/FNDA, BRDA) exactly as `lcov --summary` does; the LF/LH, FNF/FNH,
 * BRF/BRH summary lines are used only for a file that has no item records of that kind.
 */
const promises_1 = __webpack_require__(1455);
const errors_js_1 = __webpack_require__(3916);
const types_js_1 = __webpack_require__(24);
const NL = 10;
const CR = 13;
const COLON = 58;
const COMMA = 44;
const MINUS = 45;
const MAX_LINE = 50_000_000;
const MAX_LINE_BYTES = 16 << 20;
/** Next position after a number read by readUint (a module variable: no allocation per call). */
let nextPos = 0;
/** Reads an unsigned decimal at p; returns -1 when there is no digit. */
function readUint(buf, p, end) {
    let v = 0;
    const start = p;
    while (p < end) {
        const c = buf[p];
        if (c < 48 || c > 57)
            break;
        v = v * 10 + (c - 48);
        p++;
    }
    nextPos = p;
    return p === start ? -1 : v;
}
class LcovParser {
    display;
    detailFor;
    lineNo = 0;
    records = [];
    inRecord = false;
    path = '';
    recordLine = 0;
    gen = 1;
    seen = new Int32Array(1 << 12);
    seenHit = new Int32Array(1 << 12);
    hasDA = false;
    lf = 0;
    lh = 0;
    sumLF = -1;
    sumLH = -1;
    fnNames = new Map();
    fnFound = 0;
    fnHit = 0;
    sumFNF = -1;
    sumFNH = -1;
    hasBR = false;
    brFound = 0;
    brHit = 0;
    sumBRF = -1;
    sumBRH = -1;
    detail = null;
    constructor(display, detailFor) {
        this.display = display;
        this.detailFor = detailFor;
    }
    fail(what) {
        throw new errors_js_1.UserError(`Coverage report ${this.display} is not valid lcov: line ${this.lineNo}: ${what}. ` +
            'Re-run the step that writes it; a report cut off while being written or copied looks like this.');
    }
    requireRecord(key) {
        if (!this.inRecord)
            this.fail(`${key} record outside a file section (no SF: line before it)`);
    }
    /** One line, without its line break. */
    line(buf, s, e) {
        if (e > s && buf[e - 1] === CR)
            e--;
        if (s === e)
            return;
        const c0 = buf[s];
        const c1 = e - s > 1 ? buf[s + 1] : 0;
        const c2 = e - s > 2 ? buf[s + 2] : 0;
        switch (c0) {
            case 68: // D
                if (c1 === 65 && c2 === COLON)
                    return this.da(buf, s + 3, e);
                break;
            case 66: // B
                if (c1 === 82) {
                    if (c2 === 68 && buf[s + 3] === 65 && buf[s + 4] === COLON)
                        return this.brda(buf, s + 5, e);
                    if (c2 === 70 && buf[s + 3] === COLON)
                        return void (this.sumBRF = this.summary(buf, s + 4, e, 'BRF'));
                    if (c2 === 72 && buf[s + 3] === COLON)
                        return void (this.sumBRH = this.summary(buf, s + 4, e, 'BRH'));
                }
                break;
            case 70: // F
                if (c1 === 78) {
                    if (c2 === COLON)
                        return this.fn(buf, s + 3, e);
                    const c3 = buf[s + 3];
                    if (c2 === 68 && c3 === 65 && buf[s + 4] === COLON)
                        return this.fnda(buf, s + 5, e, false);
                    if (c3 === COLON) {
                        if (c2 === 70)
                            return void (this.sumFNF = this.summary(buf, s + 4, e, 'FNF'));
                        if (c2 === 72)
                            return void (this.sumFNH = this.summary(buf, s + 4, e, 'FNH'));
                        if (c2 === 65)
                            return this.fnda(buf, s + 4, e, true); // lcov 2: FNA:index,count,name
                        if (c2 === 76)
                            return this.requireRecord('FNL'); // lcov 2: FNL:index,start,end
                    }
                }
                break;
            case 76: // L
                if (c2 === COLON) {
                    if (c1 === 70)
                        return void (this.sumLF = this.summary(buf, s + 3, e, 'LF'));
                    if (c1 === 72)
                        return void (this.sumLH = this.summary(buf, s + 3, e, 'LH'));
                }
                break;
            case 83: // S
                if (c1 === 70 && c2 === COLON)
                    return this.sf(buf, s + 3, e);
                break;
            case 84: // T
                if (c1 === 78 && c2 === COLON)
                    return; // test name
                break;
            case 101: // e
                if (e - s === 13 && buf.toString('latin1', s, e) === 'end_of_record') {
                    return this.endRecord();
                }
                break;
        }
        // Other `KEY:` lines (VER:, and keys of future lcov versions) carry nothing we count.
        let p = s;
        while (p < e && buf[p] >= 65 && buf[p] <= 90)
            p++;
        if (p > s && p < e && buf[p] === COLON)
            return;
        this.fail('a line that is not an lcov record (KEY:value or end_of_record)');
    }
    summary(buf, p, e, key) {
        this.requireRecord(key);
        const v = readUint(buf, p, e);
        if (v < 0 || nextPos !== e)
            this.fail(`${key} needs a count`);
        return v;
    }
    sf(buf, p, e) {
        if (this.inRecord) {
            this.fail(`SF: starts a new file, but the section of ${this.path} (line ${this.recordLine}) has no end_of_record`);
        }
        if (p === e)
            this.fail('SF: without a file path');
        this.inRecord = true;
        this.path = buf.toString('utf8', p, e);
        this.recordLine = this.lineNo;
        this.detail = this.detailFor?.has(this.path) ? (0, types_js_1.newDetail)() : null;
    }
    da(buf, p, e) {
        this.requireRecord('DA');
        const line = readUint(buf, p, e);
        if (line < 0 || buf[nextPos] !== COMMA)
            this.fail('DA needs "line,count"');
        p = nextPos + 1;
        const neg = buf[p] === MINUS;
        if (neg)
            p++;
        let count = readUint(buf, p, e);
        if (count < 0 || (nextPos !== e && buf[nextPos] !== COMMA))
            this.fail('DA needs "line,count"');
        if (neg)
            count = 0; // lcov treats negative counts (a gcov quirk) as 0
        if (line > MAX_LINE)
            this.fail(`line number ${line} is implausible`);
        this.hasDA = true;
        if (line >= this.seen.length)
            this.grow(line);
        if (this.seen[line] !== this.gen) {
            this.seen[line] = this.gen;
            this.lf++;
        }
        if (count > 0 && this.seenHit[line] !== this.gen) {
            this.seenHit[line] = this.gen;
            this.lh++;
        }
        if (this.detail)
            this.detail.lines.set(line, (this.detail.lines.get(line) ?? 0) + count);
    }
    grow(line) {
        let n = this.seen.length;
        while (n <= line)
            n *= 2;
        const a = new Int32Array(n);
        a.set(this.seen);
        this.seen = a;
        const b = new Int32Array(n);
        b.set(this.seenHit);
        this.seenHit = b;
    }
    brda(buf, p, e) {
        this.requireRecord('BRDA');
        const line = readUint(buf, p, e);
        if (line < 0 || buf[nextPos] !== COMMA)
            this.fail('BRDA needs "line,block,branch,taken"');
        const mid = nextPos + 1;
        // block and branch are opaque (lcov 2 allows an expression); taken follows the last comma.
        let q = e - 1;
        while (q > mid && buf[q] !== COMMA)
            q--;
        if (q <= mid)
            this.fail('BRDA needs "line,block,branch,taken"');
        let taken = 0;
        if (!(buf[q + 1] === MINUS && q + 2 === e)) {
            taken = readUint(buf, q + 1, e);
            if (taken < 0 || nextPos !== e)
                this.fail('BRDA taken count must be a number or "-"');
        }
        this.hasBR = true;
        this.brFound++;
        if (taken > 0)
            this.brHit++;
        if (this.detail) {
            const key = `${line},${buf.toString('latin1', mid, q)}`;
            this.detail.branches.set(key, (this.detail.branches.get(key) ?? 0) + taken);
        }
    }
    fn(buf, p, e) {
        this.requireRecord('FN');
        const start = readUint(buf, p, e);
        if (start < 0 || buf[nextPos] !== COMMA)
            this.fail('FN needs "line,name"');
        p = nextPos + 1;
        // lcov 2: FN:start,end,name
        const end = readUint(buf, p, e);
        if (end >= 0 && buf[nextPos] === COMMA)
            p = nextPos + 1;
        if (p >= e)
            this.fail('FN without a function name');
        const name = buf.toString('latin1', p, e);
        if (!this.fnNames.has(name)) {
            this.fnNames.set(name, 0);
            this.fnFound++;
        }
    }
    fnda(buf, p, e, withIndex) {
        this.requireRecord(withIndex ? 'FNA' : 'FNDA');
        if (withIndex) {
            if (readUint(buf, p, e) < 0 || buf[nextPos] !== COMMA)
                this.fail('FNA needs "index,count,name"');
            p = nextPos + 1;
        }
        const count = readUint(buf, p, e);
        if (count < 0 || buf[nextPos] !== COMMA || nextPos + 1 >= e)
            this.fail('FNDA needs "count,name"');
        const name = buf.toString('latin1', nextPos + 1, e);
        const prev = this.fnNames.get(name);
        if (prev === undefined) {
            this.fnFound++;
            if (count > 0)
                this.fnHit++;
            this.fnNames.set(name, count);
        }
        else {
            if (prev === 0 && count > 0)
                this.fnHit++;
            this.fnNames.set(name, prev + count);
        }
    }
    endRecord() {
        if (!this.inRecord)
            this.fail('end_of_record without a file section (no SF: line before it)');
        const counts = {
            lines: this.hasDA ? { found: this.lf, hit: this.lh } : fromSummary(this.sumLF, this.sumLH),
            functions: this.fnNames.size > 0
                ? { found: this.fnFound, hit: this.fnHit }
                : fromSummary(this.sumFNF, this.sumFNH),
            branches: this.hasBR ? { found: this.brFound, hit: this.brHit } : fromSummary(this.sumBRF, this.sumBRH),
        };
        for (const c of Object.values(counts)) {
            if (c.hit > c.found)
                this.fail(`the section of ${this.path} says more items were hit than exist`);
        }
        const rec = { path: this.path, counts };
        if (this.detail) {
            for (const [name, n] of this.fnNames)
                this.detail.functions.set(name, n);
            rec.detail = this.detail;
        }
        this.records.push(rec);
        this.inRecord = false;
        this.detail = null;
        this.gen++;
        this.hasDA = false;
        this.lf = this.lh = 0;
        this.sumLF = this.sumLH = this.sumFNF = this.sumFNH = this.sumBRF = this.sumBRH = -1;
        this.fnNames.clear();
        this.fnFound = this.fnHit = 0;
        this.hasBR = false;
        this.brFound = this.brHit = 0;
    }
    finish() {
        if (this.inRecord) {
            this.lineNo++;
            this.fail(`the file ends inside the section of ${this.path} (started at line ${this.recordLine}) without end_of_record, so the report is truncated`);
        }
    }
}
function fromSummary(found, hit) {
    return found > 0 ? { found, hit: Math.max(0, hit) } : { found: 0, hit: 0 };
}
/** Parses an lcov tracefile, streaming. `display` names the file in error messages. */
async function parseLcov(file, display, opts = {}) {
    const parser = new LcovParser(display, opts.detailFor);
    // One buffer, reused for every read (a partial last line is moved to its front): memory stays
    // flat in the report's size, where a stream allocates a new chunk per read and leaves them to the
    // garbage collector (`npm run bench`: peak RSS of a 200 MB / 47,000-file report).
    let buf = Buffer.allocUnsafe(1 << 20);
    let kept = 0;
    const fh = await (0, promises_1.open)(file, 'r');
    try {
        for (;;) {
            if (opts.signal?.aborted)
                throw new errors_js_1.UserError(`Stopped reading coverage report ${display}: the run's deadline passed.`);
            if (kept === buf.length) {
                // One line fills the whole buffer: grow it, up to the longest line we accept.
                if (buf.length >= MAX_LINE_BYTES)
                    throw new errors_js_1.UserError(`Coverage report ${display} is not valid lcov: a line longer than 16 MB near line ${parser.lineNo + 1}.`);
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, kept);
                buf = bigger;
            }
            const { bytesRead } = await fh.read(buf, kept, buf.length - kept, null);
            if (bytesRead === 0)
                break;
            const end = kept + bytesRead;
            const view = buf.subarray(0, end);
            let pos = 0;
            for (;;) {
                const nl = view.indexOf(NL, pos);
                if (nl < 0)
                    break;
                parser.lineNo++;
                parser.line(buf, pos, nl);
                pos = nl + 1;
            }
            buf.copy(buf, 0, pos, end);
            kept = end - pos;
        }
    }
    finally {
        await fh.close();
    }
    if (kept > 0) {
        parser.lineNo++;
        parser.line(buf, 0, kept);
    }
    parser.finish();
    return { file, format: 'lcov', records: parser.records };
}


/***/ }),

/***/ 24:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newDetail = newDetail;
function newDetail() {
    return { lines: new Map(), branches: new Map(), functions: new Map(), statements: new Map() };
}


/***/ }),

/***/ 3040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseXmlReport = parseXmlReport;
/**
 * Streaming XML coverage parsers (saxes: ≈3× faster than sax with the same handlers, `npm run bench`): Cobertura (istanbul, coverage.py, and others), Clover
 * (istanbul, OpenClover) and JaCoCo. The kind is told by the root element and its first child, not
 * by the file name. Only one file's counters are held at a time.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const saxes_1 = __webpack_require__(9800);
const errors_js_1 = __webpack_require__(3916);
const types_js_1 = __webpack_require__(24);
function int(v) {
    if (v === undefined || v === '')
        return 0;
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? n : 0;
}
function counter(found, hit) {
    return { found, hit: Math.min(hit, found) };
}
function bump(map, key, n) {
    map.set(key, Math.max(map.get(key) ?? 0, n));
}
// ---------------------------------------------------------------- Cobertura
function cobertura(sink, root, reportDir) {
    if (root['lines-valid'] !== undefined)
        sink.declared.lines = counter(int(root['lines-valid']), int(root['lines-covered']));
    if (root['branches-valid'] !== undefined) {
        sink.declared.branches = counter(int(root['branches-valid']), int(root['branches-covered']));
    }
    if (root['line-rate'] !== undefined)
        sink.declared.lineRate = Number(root['line-rate']);
    if (root['branch-rate'] !== undefined)
        sink.declared.branchRate = Number(root['branch-rate']);
    const sources = [];
    let sourceText = null;
    const resolved = new Map();
    let cls = null;
    let method = null;
    const resolve = (filename) => {
        if ((0, node_path_1.isAbsolute)(filename) || sources.length === 0)
            return filename;
        const cached = resolved.get(filename);
        if (cached)
            return cached;
        // Several <source> roots: take the one where the file exists (as Cobertura consumers do).
        let pick = (0, node_path_1.join)(sources[0], filename);
        if (sources.length > 1) {
            for (const s of sources) {
                const candidate = (0, node_path_1.join)((0, node_path_1.isAbsolute)(s) ? s : (0, node_path_1.join)(reportDir, s), filename);
                if ((0, node_fs_1.existsSync)(candidate)) {
                    pick = (0, node_path_1.join)(s, filename);
                    break;
                }
            }
        }
        resolved.set(filename, pick);
        return pick;
    };
    return {
        open(name, a, parent, grand) {
            if (name === 'source')
                sourceText = '';
            else if (name === 'class') {
                if (a.filename === undefined || a.filename === '')
                    sink.fail('<class> without a filename attribute');
                const path = resolve(a.filename.replace(/\\/g, '/'));
                cls = {
                    path,
                    lines: new Set(),
                    lineHit: 0,
                    brFound: 0,
                    brHit: 0,
                    fnFound: 0,
                    fnHit: 0,
                    detail: sink.detailFor?.has(path) ? (0, types_js_1.newDetail)() : null,
                };
            }
            else if (name === 'method' && cls) {
                method = {
                    key: `${a.name ?? ''}${a.signature ?? ''}`,
                    hit: int(a.hits) > 0 || Number(a['line-rate'] ?? 0) > 0,
                };
            }
            else if (name === 'line' && parent === 'lines' && cls) {
                const number = Number(a.number);
                if (!Number.isInteger(number) || number < 0)
                    sink.fail(`<line> with number="${a.number ?? ''}"`);
                const hits = int(a.hits);
                if (grand === 'method') {
                    if (method && hits > 0)
                        method.hit = true;
                    return;
                }
                if (grand !== 'class')
                    return;
                if (!cls.lines.has(number)) {
                    cls.lines.add(number);
                    if (hits > 0)
                        cls.lineHit++;
                }
                let bv = 0;
                let bc = 0;
                if (a.branch === 'true' && a['condition-coverage']) {
                    const m = /\((\d+)\/(\d+)\)/.exec(a['condition-coverage']);
                    if (!m)
                        sink.fail(`<line number="${number}"> has a condition-coverage without "(covered/total)"`);
                    bc = Number(m[1]);
                    bv = Number(m[2]);
                    cls.brFound += bv;
                    cls.brHit += Math.min(bc, bv);
                }
                if (cls.detail) {
                    cls.detail.lines.set(number, Math.max(cls.detail.lines.get(number) ?? 0, hits));
                    for (let i = 0; i < bv; i++)
                        bump(cls.detail.branches, `${number}#${i}`, i < bc ? 1 : 0);
                }
            }
        },
        close(name) {
            if (name === 'source' && sourceText !== null) {
                const s = sourceText.trim();
                if (s !== '')
                    sources.push(s.replace(/\\/g, '/'));
                sourceText = null;
            }
            else if (name === 'method' && cls && method) {
                cls.fnFound++;
                if (method.hit)
                    cls.fnHit++;
                if (cls.detail)
                    bump(cls.detail.functions, method.key, method.hit ? 1 : 0);
                method = null;
            }
            else if (name === 'class' && cls) {
                const rec = {
                    path: cls.path,
                    counts: {
                        lines: counter(cls.lines.size, cls.lineHit),
                        branches: counter(cls.brFound, cls.brHit),
                        functions: counter(cls.fnFound, cls.fnHit),
                    },
                };
                if (cls.detail)
                    rec.detail = cls.detail;
                sink.records.push(rec);
                cls = null;
            }
        },
        text(t) {
            if (sourceText !== null)
                sourceText += t;
        },
    };
}
// ---------------------------------------------------------------- Clover
function clover(sink) {
    let skipDepth = 0; // inside <testproject>: test code, not counted
    let depth = 0;
    let file = null;
    const perLine = new Map();
    return {
        open(name, a, parent) {
            depth++;
            if (skipDepth)
                return;
            if (name === 'testproject') {
                skipDepth = depth;
                return;
            }
            if (name === 'metrics' && parent === 'project') {
                sink.declared.statements = counter(int(a.statements), int(a.coveredstatements));
                sink.declared.branches = counter(int(a.conditionals), int(a.coveredconditionals));
                sink.declared.functions = counter(int(a.methods), int(a.coveredmethods));
            }
            else if (name === 'file') {
                const raw = (a.path || a.name || '').replace(/\\/g, '/');
                if (raw === '')
                    sink.fail('<file> without a path or name attribute');
                file = {
                    path: raw,
                    metrics: null,
                    lines: new Map(),
                    st: 0,
                    stHit: 0,
                    br: 0,
                    brHit: 0,
                    fn: 0,
                    fnHit: 0,
                    detail: sink.detailFor?.has(raw) ? (0, types_js_1.newDetail)() : null,
                };
                perLine.clear();
            }
            else if (file && name === 'metrics' && parent === 'file') {
                file.metrics = a;
            }
            else if (file && name === 'line') {
                const num = Number(a.num);
                if (!Number.isInteger(num) || num < 0)
                    sink.fail(`<line> with num="${a.num ?? ''}"`);
                const count = int(a.count);
                const ordinal = perLine.get(num) ?? 0;
                perLine.set(num, ordinal + 1);
                const d = file.detail;
                if (a.type === 'method') {
                    file.fn++;
                    if (count > 0)
                        file.fnHit++;
                    if (d)
                        bump(d.functions, `${num}#${a.signature ?? a.name ?? ordinal}`, count > 0 ? 1 : 0);
                    return;
                }
                file.lines.set(num, Math.max(file.lines.get(num) ?? 0, count));
                if (d)
                    d.lines.set(num, Math.max(d.lines.get(num) ?? 0, count));
                if (a.type === 'cond') {
                    const t = int(a.truecount) > 0 ? 1 : 0;
                    const f = int(a.falsecount) > 0 ? 1 : 0;
                    file.br += 2;
                    file.brHit += t + f;
                    if (d) {
                        bump(d.branches, `${num}#${ordinal}t`, t);
                        bump(d.branches, `${num}#${ordinal}f`, f);
                    }
                }
                else {
                    file.st++;
                    if (count > 0)
                        file.stHit++;
                    if (d)
                        bump(d.statements, `${num}#${ordinal}`, count > 0 ? 1 : 0);
                }
            }
        },
        close(name) {
            if (skipDepth) {
                if (depth === skipDepth)
                    skipDepth = 0;
                depth--;
                return;
            }
            depth--;
            if (name === 'file' && file) {
                let hitLines = 0;
                for (const c of file.lines.values())
                    if (c > 0)
                        hitLines++;
                const m = file.metrics;
                // The file's own <metrics> are authoritative (istanbul writes cond lines differently from
                // OpenClover); the <line> elements are the fallback.
                const counts = {
                    lines: counter(file.lines.size, hitLines),
                    statements: m?.statements !== undefined
                        ? counter(int(m.statements), int(m.coveredstatements))
                        : counter(file.st, file.stHit),
                    branches: m?.conditionals !== undefined
                        ? counter(int(m.conditionals), int(m.coveredconditionals))
                        : counter(file.br, file.brHit),
                    functions: m?.methods !== undefined
                        ? counter(int(m.methods), int(m.coveredmethods))
                        : counter(file.fn, file.fnHit),
                };
                const rec = { path: file.path, counts };
                if (file.detail)
                    rec.detail = file.detail;
                sink.records.push(rec);
                file = null;
            }
        },
    };
}
// ---------------------------------------------------------------- JaCoCo
function jacoco(sink) {
    let pkg = '';
    let cls = null;
    let method = null;
    const methodsBySource = new Map();
    let file = null;
    const TYPES = {
        LINE: 'lines',
        BRANCH: 'branches',
        METHOD: 'functions',
    };
    return {
        open(name, a, parent) {
            if (name === 'package') {
                pkg = (a.name ?? '').replace(/\\/g, '/');
                methodsBySource.clear();
            }
            else if (name === 'class') {
                cls = { source: a.sourcefilename ?? '', name: a.name ?? '' };
            }
            else if (name === 'method' && cls) {
                method = { key: `${cls.name}.${a.name ?? ''}${a.desc ?? ''}`, hit: false };
            }
            else if (name === 'sourcefile') {
                if (!a.name)
                    sink.fail('<sourcefile> without a name attribute');
                const path = pkg ? `${pkg}/${a.name}` : a.name;
                file = {
                    path,
                    counts: { lines: counter(0, 0), branches: counter(0, 0), functions: counter(0, 0) },
                    detail: null,
                };
                if (sink.detailFor?.has(path)) {
                    const d = (0, types_js_1.newDetail)();
                    for (const [k, hit] of methodsBySource.get(a.name) ?? [])
                        bump(d.functions, k, hit ? 1 : 0);
                    file.detail = d;
                }
            }
            else if (name === 'counter') {
                const metric = TYPES[a.type ?? ''];
                if (!metric)
                    return;
                const missed = int(a.missed);
                const covered = int(a.covered);
                if (parent === 'sourcefile' && file)
                    file.counts[metric] = counter(missed + covered, covered);
                else if (parent === 'method' && method && metric === 'functions')
                    method.hit = covered > 0;
                else if (parent === 'report')
                    sink.declared[metric] = counter(missed + covered, covered);
            }
            else if (name === 'line' && file?.detail) {
                const nr = int(a.nr);
                const mi = int(a.mi);
                const ci = int(a.ci);
                const mb = int(a.mb);
                const cb = int(a.cb);
                if (mi + ci > 0)
                    file.detail.lines.set(nr, Math.max(file.detail.lines.get(nr) ?? 0, ci));
                for (let i = 0; i < mb + cb; i++)
                    bump(file.detail.branches, `${nr}#${i}`, i < cb ? 1 : 0);
            }
        },
        close(name) {
            if (name === 'method' && cls && method) {
                const list = methodsBySource.get(cls.source) ?? [];
                if (sink.detailFor)
                    list.push([method.key, method.hit]);
                methodsBySource.set(cls.source, list);
                method = null;
            }
            else if (name === 'class')
                cls = null;
            else if (name === 'sourcefile' && file) {
                const rec = { path: file.path, counts: file.counts };
                if (file.detail)
                    rec.detail = file.detail;
                sink.records.push(rec);
                file = null;
            }
        },
    };
}
// ---------------------------------------------------------------- driver
/** Parses a Cobertura, Clover or JaCoCo XML report, streaming. */
async function parseXmlReport(file, display, reportDir, opts = {}) {
    const parser = new saxes_1.SaxesParser({ position: true });
    const sink = {
        records: [],
        declared: {},
        detailFor: opts.detailFor,
        fail(what) {
            throw new errors_js_1.UserError(`Coverage report ${display} is not a valid coverage XML report: line ${parser.line}, column ${parser.column + 1}: ${what}. ` +
                'Re-run the step that writes it; a report cut off while being written or copied looks like this.');
        },
    };
    let format = null;
    let handler = null;
    let rootAttrs = {};
    let rootDone = false;
    const stack = [];
    parser.on('error', (err) => {
        // saxes prefixes its messages with the position, which the sentence gives already.
        const what = err.message
            .split('\n')[0]
            .replace(/^(?:[^:\s]*:)?\d+:\d+: /, '')
            .replace(/\.$/, '');
        const unclosed = /^unclosed tag: (\S+)/.exec(what);
        sink.fail(unclosed ? `the document ends before <${unclosed[1]}> is closed, so the report is truncated` : what);
    });
    parser.on('opentag', (node) => {
        const name = node.name;
        const attrs = node.attributes;
        if (stack.length === 0) {
            if (rootDone)
                sink.fail('a second root element');
            if (name === 'report') {
                format = 'jacoco';
                handler = jacoco(sink);
            }
            else if (name === 'coverage') {
                rootAttrs = attrs;
                if (attrs.clover !== undefined || attrs.generated !== undefined) {
                    format = 'clover';
                    handler = clover(sink);
                }
                else if (attrs['line-rate'] !== undefined || attrs['lines-valid'] !== undefined) {
                    format = 'cobertura';
                    handler = cobertura(sink, attrs, reportDir);
                }
            }
            else {
                sink.fail(`the root element is <${name}>, not a Cobertura or Clover <coverage> or a JaCoCo <report>`);
            }
        }
        else if (!handler && stack.length === 1) {
            // <coverage> without telling attributes: Clover has <project>, Cobertura <sources>/<packages>.
            if (name === 'project') {
                format = 'clover';
                handler = clover(sink);
            }
            else {
                format = 'cobertura';
                handler = cobertura(sink, rootAttrs, reportDir);
            }
        }
        handler?.open(name, attrs, stack[stack.length - 1], stack[stack.length - 2]);
        stack.push(name);
    });
    parser.on('closetag', (tag) => {
        stack.pop();
        handler?.close(tag.name);
        if (stack.length === 0)
            rootDone = true;
    });
    parser.on('text', (t) => handler?.text?.(t));
    const stream = (0, node_fs_1.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            if (opts.signal?.aborted)
                throw new errors_js_1.UserError(`Stopped reading coverage report ${display}: the run's deadline passed.`);
            parser.write(chunk);
        }
    }
    finally {
        stream.destroy();
    }
    parser.close();
    if (!rootDone)
        sink.fail('the document ends before its root element is closed, so the report is truncated');
    if (!format)
        sink.fail('the root <coverage> element is neither Cobertura nor Clover');
    return { file, format, records: sink.records, declared: sink.declared };
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

//# sourceMappingURL=5677.index.js.map