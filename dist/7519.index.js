export const id = 7519;
export const ids = [7519];
export const modules = {

/***/ 7519:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.OWN_CHECK_PREFIX = void 0;
exports.latestChecks = latestChecks;
exports.evaluateChecks = evaluateChecks;
exports.explainChecks = explainChecks;
const duration_js_1 = __webpack_require__(6518);
const glob_js_1 = __webpack_require__(5864);
/** Name prefix of the check runs shipgate publishes (`check: true`). */
exports.OWN_CHECK_PREFIX = 'shipgate / ';
const DEFAULT_ACCEPT = ['success', 'neutral', 'skipped'];
/** The newest fact per name, ignoring unfinished runs of the workflow run executing shipgate. */
function latestChecks(checks) {
    const byName = new Map();
    for (const c of checks) {
        if (c.ownRun && c.status !== 'completed')
            continue;
        // shipgate's own verdict check runs: a verdict never depends on an earlier verdict.
        if (c.kind === 'check-run' && c.name.startsWith(exports.OWN_CHECK_PREFIX))
            continue;
        // Per source: two apps reporting the same name are two checks, and either can fail.
        const key = `${c.kind}:${c.app ?? ''}:${c.name}`;
        const prev = byName.get(key);
        if (!prev || newer(c, prev))
            byName.set(key, c);
    }
    return [...byName.values()];
}
function newer(a, b) {
    const sa = a.startedAt ?? '';
    const sb = b.startedAt ?? '';
    if (sa !== sb)
        return sa > sb;
    return (a.id ?? 0) > (b.id ?? 0);
}
function requirements(gate) {
    return gate.require.map((r) => {
        const name = typeof r === 'string' ? r : r.name;
        const app = (typeof r === 'string' ? undefined : r.app) ?? gate.app ?? null;
        return { name, app, label: app ? `"${name}" from ${app}` : `"${name}"` };
    });
}
function fromApp(c, app) {
    return app === null || (c.kind === 'check-run' && (c.app ?? '').toLowerCase() === app.toLowerCase());
}
function evaluateChecks(gate, facts, _ctx) {
    const accept = gate.accept ?? DEFAULT_ACCEPT;
    const latest = latestChecks(facts.checks);
    // The same name from several apps is shown with its app, so a reader can tell them apart.
    const apps = new Map();
    for (const c of latest)
        apps.set(c.name, (apps.get(c.name) ?? new Set()).add(`${c.kind}:${c.app ?? ''}`));
    const display = (c) => c.app && (apps.get(c.name)?.size ?? 0) > 1 ? `${c.name} (${c.app})` : c.name;
    const failed = [];
    const running = [];
    const passed = [];
    const missing = [];
    const seen = new Set();
    for (const req of requirements(gate)) {
        const matches = latest.filter((c) => (0, glob_js_1.matchesName)(req.name, c.name) && fromApp(c, req.app));
        if (!matches.length)
            missing.push(req.label);
        for (const c of matches) {
            if (seen.has(c))
                continue;
            seen.add(c);
            if (c.status !== 'completed')
                running.push(c);
            else if (c.conclusion && accept.includes(c.conclusion))
                passed.push(c);
            else
                failed.push(c);
        }
    }
    const rows = [...failed, ...running, ...passed].map((c) => [
        c.url ? { text: display(c), url: c.url } : display(c),
        c.kind === 'check-run' ? `check run${c.app ? ` (${c.app})` : ''}` : 'status',
        c.status === 'completed' ? (c.conclusion ?? 'unknown') : c.status,
    ]);
    for (const m of missing)
        rows.unshift([m, '—', facts.waitOver ? 'never appeared' : 'not reported yet']);
    const details = rows.length ? [{ kind: 'table', columns: ['check', 'kind', 'result'], rows }] : [];
    const total = seen.size;
    const waited = facts.waitedMs > 0 ? ` after waiting ${(0, duration_js_1.formatDuration)(facts.waitedMs)}` : '';
    if (failed.length) {
        return {
            status: 'fail',
            summary: `${failed.length} of ${total} required checks failed: ${few(failed.map((c) => `${display(c)} (${c.conclusion ?? 'no conclusion'})`))}`,
            details,
        };
    }
    if (running.length || missing.length) {
        if (facts.waitOver) {
            const parts = [];
            if (missing.length)
                parts.push(`no check named ${few(missing)} on ${facts.sha.slice(0, 7)}`);
            if (running.length)
                parts.push(`still running${waited}: ${few(running.map(display))}`);
            return { status: missing.length ? 'fail' : 'pending', summary: parts.join('; '), details };
        }
        const parts = [];
        if (running.length)
            parts.push(`${running.length} still running`);
        if (missing.length)
            parts.push(`waiting for ${missing.join(', ')} to appear`);
        return { status: 'pending', summary: parts.join('; '), details, retryable: true };
    }
    return { status: 'pass', summary: `all ${total} required checks passed`, details };
}
/** The first five names and how many more: the full list is in the details table. */
function few(names) {
    return names.length <= 5
        ? names.join(', ')
        : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}
function explainChecks(gate) {
    return [
        `Every check run or commit status matching ${requirements(gate)
            .map((r) => r.label)
            .join(', ')} on the commit being deployed must have finished with ${(gate.accept ?? DEFAULT_ACCEPT).join(', ')}.`,
        'A name reported by several apps is judged per app: a failure from any of them blocks. A requirement pinned to an app counts only check runs of that app (commit statuses and other apps do not count).',
        'A required name with no matching check fails ("no check named …") once the wait is over; zero matches never pass.',
        'The newest run of a re-run check counts; unfinished runs of the workflow running shipgate are ignored.',
        `Waits for pending checks up to ${gate.wait ?? 'the environment/defaults wait (or the `wait` input)'}.`,
    ];
}
exports.gate = {
    evaluate: evaluateChecks,
    explain: explainChecks,
    check: (gate) => gate.require.flatMap((r, i) => (typeof r === 'string' ? r : r.name).trim()
        ? []
        : [
            {
                path: typeof r === 'string' ? ['require', i] : ['require', i, 'name'],
                message: 'a required check name cannot be blank',
            },
        ]),
};


/***/ }),

/***/ 5864:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nameGlob = nameGlob;
exports.matchesName = matchesName;
/**
 * Name globs for check names and status contexts: `*` any run of characters (including `/`, since
 * names like "ci / build" contain slashes), `?` one character, `[abc]` a class. Exact case.
 */
const cache = new Map();
function nameGlob(pattern) {
    let re = cache.get(pattern);
    if (re)
        return re;
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            src += '.*';
        else if (c === '?')
            src += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end > i + 1) {
                const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
                src += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
                i = end;
            }
            else
                src += '\\[';
        }
        else
            src += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`);
    cache.set(pattern, re);
    return re;
}
function matchesName(pattern, name) {
    return nameGlob(pattern).test(name);
}


/***/ })

};

//# sourceMappingURL=7519.index.js.map