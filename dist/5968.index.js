export const id = 5968;
export const ids = [5968];
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


/***/ })

};

//# sourceMappingURL=5968.index.js.map