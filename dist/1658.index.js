export const id = 1658;
export const ids = [1658,7519,6584];
export const modules = {

/***/ 1658:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.noticesFor = noticesFor;
exports.report = report;
exports.reportConfigError = reportConfigError;
/**
 * The action's reporting side: job summary, sticky PR comment, check run, outputs and verdict, for
 * an evaluation or for an invalid config. Loaded by main.ts while GitHub's first answer is awaited
 * (ncc emits it as its own chunk), so a run whose inputs are invalid never loads it.
 */
const runtime = __importStar(__webpack_require__(4202));
const outputs_js_1 = __webpack_require__(8948);
const errors_js_1 = __webpack_require__(3916);
const checklist_types_js_1 = __webpack_require__(3736);
const signoff_js_1 = __webpack_require__(878);
const sticky_comment_js_1 = __webpack_require__(7648);
const check_run_js_1 = __webpack_require__(5867);
const escape_js_1 = __webpack_require__(4031);
const markdown_js_1 = __webpack_require__(4285);
const comment_parts_js_1 = __webpack_require__(64);
const after_deploy_js_1 = __webpack_require__(4774);
/** Sign-off commands that named no gate or item, logged and answered in the comment. */
function noticesFor(ev, facts, config) {
    const notices = facts.pr ? (0, signoff_js_1.signoffNotices)(facts.pr.comments, config.gates, (0, checklist_types_js_1.checklistIds)(ev.gates)) : [];
    for (const n of notices)
        runtime.info(`sign-off command not understood: "${n.command}" by ${n.login}`);
    return notices;
}
async function report(ev, inputs, ctx, client, facts, configSource, signoffNotices) {
    const meta = {
        runUrl: ctx.runUrl,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        configSource,
        signoffNotices,
    };
    const verify = inputs.phase === 'verify';
    const afterDeploy = verify ? (0, after_deploy_js_1.renderAfterDeploy)(ev, meta) : null;
    const headline = verify ? (0, after_deploy_js_1.renderVerifyHeadline)(ev) : null;
    runtime.appendSummary(verify
        ? `${headline ? `${headline}\n\n` : ''}${afterDeploy}\n`
        : (0, markdown_js_1.renderChecklist)(ev, { ...meta, limit: markdown_js_1.SUMMARY_LIMIT }));
    let commentUrl = '';
    if (inputs.comment && facts.pr) {
        const marker = (0, markdown_js_1.markerFor)(inputs.environment);
        const existing = facts.ownComments
            .filter((c) => c.body.includes(marker))
            .sort((a, b) => a.databaseId - b.databaseId)[0];
        // What others may have changed is never carried over: an edited comment is rewritten whole.
        const carried = (0, comment_parts_js_1.carriedParts)(existing && !existing.editedByOther ? existing.body : null);
        const sameCommit = carried.verifiedSha !== null && carried.verifiedSha === ev.sha.toLowerCase();
        // The comment's state keeps describing the deploy checklist it carries (a verify run after the
        // merge evaluates the merge commit, the checklist the PR's head): the verify run adds its part
        // without counting as an evaluation of another commit, and a newer run still wins.
        const carriedState = verify && carried.deploy && existing ? (0, sticky_comment_js_1.readState)(existing.body) : null;
        const state = { sha: carriedState?.sha ?? ev.sha, run: ctx.runId, attempt: ctx.runAttempt };
        const body = (0, comment_parts_js_1.composeComment)({
            marker,
            stateLine: (0, sticky_comment_js_1.stateLine)(state),
            headline: verify ? headline : sameCommit ? carried.headline : null,
            deploy: verify
                ? carried.deploy
                : (0, markdown_js_1.renderChecklist)(ev, {
                    ...meta,
                    limit: markdown_js_1.COMMENT_LIMIT - (sameCommit ? (carried.verify?.length ?? 0) : 0) - 1000,
                }),
            verify: verify ? afterDeploy : sameCommit ? carried.verify : null,
            limit: markdown_js_1.COMMENT_LIMIT,
        });
        commentUrl = await comment(ev, inputs, ctx, client, facts, body, state);
    }
    // The check run carries the deploy verdict (what a ruleset requires); verification does not replace it.
    if (inputs.check && !verify)
        await checkRun(inputs, ctx, client, {
            sha: ev.sha,
            allowed: ev.allowed,
            title: ev.allowed
                ? `Deploy${inputs.environment ? ` to ${inputs.environment}` : ''} allowed`
                : `Deploy${inputs.environment ? ` to ${inputs.environment}` : ''} blocked by ${(0, outputs_js_1.blockingIds)(ev).join(', ')}`,
            summary: (0, markdown_js_1.renderChecklist)(ev, { ...meta, limit: check_run_js_1.CHECK_OUTPUT_LIMIT }),
        });
    (0, outputs_js_1.writeOutputs)(ev, commentUrl);
    for (const g of ev.gates)
        runtime.info(`${g.status.padEnd(7)} ${g.id}: ${g.summary}`);
    const blocking = (0, outputs_js_1.blockingIds)(ev);
    const where = inputs.environment ? ` to ${inputs.environment}` : '';
    const lines = ev.gates
        .filter((g) => blocking.includes(g.id))
        .map((g) => `${g.id} (${g.status}): ${g.summary}`);
    if (verify) {
        if (!(0, outputs_js_1.rollbackOf)(ev))
            runtime.info(`deploy${where} verified: no rollback needed`);
        else {
            const what = (0, after_deploy_js_1.verdictOf)(ev) === 'fail' ? 'verification failed' : 'could not verify';
            const message = `deploy${where}: ${what}, roll back (rollback=true):\n${lines.join('\n')}`;
            if (inputs.mode === 'enforce')
                runtime.setFailed(message);
            else
                runtime.warning(`${message}\n(mode: report, so the step does not fail)`);
        }
        return;
    }
    if (ev.allowed)
        runtime.info(`deploy${where} allowed`);
    else if (inputs.mode === 'enforce')
        runtime.setFailed(`deploy${where} blocked by ${blocking.length} gate(s):\n${lines.join('\n')}`);
    else
        runtime.warning(`deploy blocked by ${blocking.join(', ')} (mode: report, so the step does not fail)`);
}
/** Publishes the verdict as a check run; a failure is a warning (a missing required check blocks merges anyway). */
async function checkRun(inputs, ctx, client, v) {
    if (!v.sha) {
        runtime.warning('no commit to publish the check run on');
        return;
    }
    try {
        await (0, check_run_js_1.publishCheckRun)({
            client,
            ctx,
            environment: inputs.environment,
            ...v,
            title: runtime.redact(v.title),
            summary: runtime.redact(v.summary),
            log: (m) => runtime.info(m),
        });
    }
    catch (e) {
        runtime.warning(`could not publish the ${(0, check_run_js_1.checkRunName)(inputs.environment)} check run: ${(0, errors_js_1.errorMessage)(e)}`);
    }
}
async function comment(ev, inputs, ctx, client, facts, body, state = { sha: ev.sha, run: ctx.runId, attempt: ctx.runAttempt }) {
    try {
        const res = await (0, sticky_comment_js_1.publishSticky)({
            client,
            ctx,
            prNumber: facts.pr.number,
            marker: (0, markdown_js_1.markerFor)(inputs.environment),
            body: runtime.redact(body),
            state,
            headSha: facts.pr.headSha,
            ownComments: facts.ownComments,
            log: (m) => runtime.info(m),
        });
        return res.url;
    }
    catch (e) {
        // A comment that cannot be written never changes the verdict; it is only a warning.
        runtime.warning(`could not write the checklist comment: ${(0, errors_js_1.errorMessage)(e)}`);
        return '';
    }
}
async function reportConfigError(e, inputs, ctx, client, facts, prNumber) {
    const ev = {
        ...(inputs.phase === 'verify' ? { phase: 'verify' } : {}),
        environment: inputs.environment,
        allowed: false,
        sha: facts.checksSha,
        pr: prNumber,
        gates: [],
        error: e.message,
    };
    const body = [
        (0, markdown_js_1.markerFor)(inputs.environment),
        (0, sticky_comment_js_1.stateLine)({ sha: ev.sha, run: ctx.runId, attempt: ctx.runAttempt }),
        inputs.phase === 'verify'
            ? `## ⚠️ Could not verify${inputs.environment ? ` ${inputs.environment}` : ''}: roll back (the shipgate config is invalid)`
            : `## 🚫 Deploy${inputs.environment ? ` to ${inputs.environment}` : ''} blocked: the shipgate config is invalid`,
        '',
        (0, escape_js_1.codeBlock)(e.message),
    ].join('\n');
    runtime.appendSummary(body);
    if (inputs.check && inputs.phase !== 'verify')
        await checkRun(inputs, ctx, client, {
            sha: ev.sha,
            allowed: false,
            title: 'Blocked: the shipgate config is invalid',
            summary: (0, escape_js_1.codeBlock)(e.message).slice(0, check_run_js_1.CHECK_OUTPUT_LIMIT),
        });
    let url = '';
    if (inputs.comment && facts.pr)
        url = await comment(ev, inputs, ctx, client, facts, body);
    (0, outputs_js_1.writeOutputs)(ev, url);
    // Bad config is a setup error, not a verdict: it fails the step in every mode.
    runtime.setFailed(`invalid shipgate config:\n${e.message}`);
}


/***/ }),

/***/ 3736:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checklistData = checklistData;
exports.loosen = loosen;
exports.checklistIds = checklistIds;
exports.shown = shown;
/** The checklist data of a result, or null when it is not a checklist gate (or it could not be read). */
function checklistData(result) {
    if (result.type !== 'checklist')
        return null;
    const data = result.data;
    if (!data || !Array.isArray(data['items']) || !Array.isArray(data['headings']))
        return null;
    return data;
}
/** `monitoring-observability` finds `monitoring--observability`; `#1-database-setup` finds `1-database-setup`. */
function loosen(key) {
    return key
        .toLowerCase()
        .replace(/^#/, '')
        .replace(/-+/g, '-')
        .replace(/(^|\/)-|-($|\/)/g, '$1$2');
}
/** The heading slugs and item ids the checklist gates of an evaluation take commands for. */
function checklistIds(gates) {
    const ids = new Set();
    for (const g of gates) {
        const data = checklistData(g);
        if (!data)
            continue;
        for (const h of data.headings)
            ids.add(h.slug);
        for (const i of data.items)
            ids.add(i.id);
    }
    const loose = new Set([...ids].map(loosen));
    return { knows: (id) => ids.has(id) || loose.has(loosen(id)), ids: [...ids] };
}
/**
 * A heading as the comment shows it: without the status emoji the file's author put in front of it
 * ("✅ Core Components"), which would contradict the status shipgate shows next to it.
 */
function shown(text) {
    return (text ?? '').replace(/^(?:[\u2705\u2714\u2611\u274c\u274e\u2716\u23f3\u231b\u26a0\u2b55\u{1f7e0}-\u{1f7eb}\u{1f534}\u{1f535}]\ufe0f?\s*)+/u, '');
}


/***/ }),

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


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.teamsIn = teamsIn;
exports.expand = expand;
exports.isAllowed = isAllowed;
exports.describePeople = describePeople;
exports.describeWho = describeWho;
/** Teams referenced by a people list, expanding groups: `org/team` (lower case). */
function teamsIn(people, groups) {
    const out = new Set();
    for (const p of expand(people, groups))
        if (p.startsWith('@'))
            out.add(p.slice(1).toLowerCase());
    return [...out];
}
/** Expands group names (nested groups allowed; cycles are cut) into users and `@org/team` entries. */
function expand(people, groups) {
    const seen = new Set();
    const out = [];
    const walk = (list) => {
        for (const p of list) {
            if (seen.has(p))
                continue;
            seen.add(p);
            // Own properties only: a user named `constructor` or `toString` is not Object's.
            const group = p.startsWith('@') || !Object.hasOwn(groups, p) ? undefined : groups[p];
            if (group)
                walk(group);
            else
                out.push(p);
        }
    };
    walk(people);
    return out;
}
function isAllowed(login, people, ctx) {
    const who = login.toLowerCase();
    const errors = [];
    for (const p of expand(people, ctx.groups)) {
        if (!p.startsWith('@')) {
            if (p.toLowerCase() === who)
                return { allowed: true };
            continue;
        }
        const team = p.slice(1).toLowerCase();
        const facts = Object.hasOwn(ctx.teams, team) ? ctx.teams[team] : undefined;
        if (!facts) {
            errors.push(`members of ${p} were not read`);
        }
        else if ('error' in facts) {
            errors.push(facts.error);
        }
        else if (facts.members.some((m) => m.toLowerCase() === who)) {
            return { allowed: true };
        }
    }
    return errors.length ? { allowed: false, error: errors.join('; ') } : { allowed: false };
}
/** "alice, @acme/dba or release-managers" for messages. */
function describePeople(people) {
    const items = [...people];
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/**
 * The people of a list as a reader needs them, with group names expanded to who is in them:
 * "release-managers (alice, @acme/rm) or @acme/dba".
 */
function describeWho(people, groups) {
    return describePeople(people.map((p) => {
        if (p.startsWith('@') || !groups[p])
            return p;
        const members = expand([p], groups);
        return members.length ? `${p} (${members.join(', ')})` : `${p} (empty group)`;
    }));
}


/***/ }),

/***/ 878:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evaluateSignoffs = evaluateSignoffs;
exports.commentTrustProblem = commentTrustProblem;
exports.withoutPr = withoutPr;
exports.signoffUnblock = signoffUnblock;
exports.signoffHint = signoffHint;
exports.signoffGates = signoffGates;
exports.signoffNotices = signoffNotices;
const people_js_1 = __webpack_require__(2165);
const edit_distance_js_1 = __webpack_require__(8732);
function evaluateSignoffs(ctx, gateId, allowed, options = {}) {
    const pr = ctx.pr;
    const result = { valid: [], ignored: [] };
    if (!pr)
        return result;
    // A sign-off (or a revoke) may be among what could not be read: nothing is judged on part of it.
    if (pr.incomplete?.comments)
        return { ...result, error: pr.incomplete.comments };
    const byPerson = new Map();
    const errors = [];
    const comments = [...pr.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const c of comments) {
        for (const cmd of c.commands) {
            if (cmd.malformed || cmd.na || !cmd.ids.includes(gateId))
                continue;
            const login = c.author ?? 'ghost';
            const key = login.toLowerCase();
            // An edit can only make the gate stricter: a revoke counts however the comment came to be,
            // and only ever withdraws its author's own sign-off.
            if (cmd.revoke) {
                if (c.author)
                    byPerson.delete(key);
                continue;
            }
            const why = rejectReason(c, ctx, allowed, options);
            if (why?.error)
                errors.push(why.error);
            if (why) {
                result.ignored.push({ login, at: c.createdAt, url: c.url, reason: why.reason });
                continue;
            }
            byPerson.set(key, { gate: gateId, login, at: c.createdAt, url: c.url });
        }
    }
    result.valid = [...byPerson.values()].sort((a, b) => a.at.localeCompare(b.at));
    if (errors.length)
        result.error = [...new Set(errors)].join('; ');
    return result;
}
function rejectReason(c, ctx, allowed, options) {
    const problem = commentTrustProblem(c, ctx, allowed, 'sign off');
    if (problem)
        return problem;
    if (options.dismissStale && ctx.pr.headPushedAt && c.createdAt < ctx.pr.headPushedAt)
        return { reason: 'given before the latest push (dismiss-stale)' };
    return null;
}
/**
 * Why a command comment does not count, or null when it does: shared by sign-offs and waivers so
 * both trust the same people. The PR author, bots and edited comments never count.
 */
function commentTrustProblem(c, ctx, allowed, verb) {
    const pr = ctx.pr;
    const what = verb === 'sign off' ? 'sign off their own PR' : 'waive a gate on their own PR';
    if (!c.author)
        return { reason: 'the comment author is unknown (deleted account)' };
    if (c.authorIsBot || c.author.endsWith('[bot]'))
        return { reason: `bots cannot ${verb}` };
    if (pr.author && c.author.toLowerCase() === pr.author.toLowerCase())
        return { reason: `the PR author cannot ${what}` };
    if (c.lastEditedAt) {
        const by = c.editor && c.editor !== c.author ? ` by ${c.editor}` : '';
        return { reason: `the comment was edited${by} after posting; post a new comment instead` };
    }
    const check = (0, people_js_1.isAllowed)(c.author, allowed, ctx);
    if (!check.allowed) {
        if (check.error)
            return { reason: `could not check who may ${verb}: ${check.error}`, error: check.error };
        return { reason: `${c.author} is not allowed to ${verb} (allowed: ${(0, people_js_1.describePeople)(allowed)})` };
    }
    return null;
}
/**
 * The outcome for a PR-bound requirement when there is no PR: in the action it fails with the
 * reason; in the CLI (a local preview) it is skipped, since only the action on the PR can know.
 */
function withoutPr(ctx, what) {
    if (ctx.mode === 'cli')
        return { status: 'skipped', summary: `${what} is checked by the action on the pull request` };
    return { status: 'fail', summary: `no pull request for this commit: ${what} needs a PR to comment on` };
}
/** The command that unblocks a sign-off gate, and who may type it (groups expanded). */
function signoffUnblock(ctx, allowed) {
    return { command: `/signoff ${ctx.gateId}`, who: (0, people_js_1.describeWho)(allowed, ctx.groups) };
}
/** "Comment `/signoff <id>`" instruction text. */
function signoffHint(gateId, allowed) {
    return `${(0, people_js_1.describePeople)(allowed)} can sign off by commenting "/signoff ${gateId}" on the PR ("/signoff revoke ${gateId}" withdraws it).`;
}
/** Which gates of the whole config (every environment) take a sign-off, and the type of each gate. */
function signoffGates(gates) {
    const takes = new Set();
    const types = new Map();
    for (const [id, g] of Object.entries(gates)) {
        types.set(id, g.type);
        const c = g;
        if (g.type === 'manual' || (g.type === 'migrations' && c.signoff) || (g.type === 'window' && c.override))
            takes.add(id);
    }
    return { takes, types };
}
/**
 * The `/signoff` commands on the PR that cannot do anything: for a gate that does not exist or
 * takes no sign-off, or malformed. Bots' comments are left out (they may quote commands).
 */
function signoffNotices(comments, gates, 
/** Ids that a checklist gate took (its headings and items), and how it matches them. */
checklist = { knows: () => false, ids: [] }) {
    const { takes, types } = signoffGates(gates);
    const out = [];
    const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const c of sorted) {
        if (c.authorIsBot || (c.author ?? '').endsWith('[bot]'))
            continue;
        for (const cmd of c.commands) {
            const base = { command: cmd.text, login: c.author ?? 'ghost', at: c.createdAt, url: c.url };
            if (cmd.malformed) {
                out.push({ ...base, gate: cmd.gate, kind: 'malformed' });
                continue;
            }
            const known = (id) => checklist.knows(id) || (!cmd.na && takes.has(id));
            // `/signoff rollback plan`: several unknown words that, joined, name a gate or item.
            const joined = cmd.ids.join('-');
            if (cmd.ids.length > 1 && !cmd.ids.some(known) && known(joined)) {
                out.push({ ...base, gate: cmd.ids.join(' '), kind: 'unknown', suggestion: joined });
                continue;
            }
            for (const id of cmd.ids) {
                if (known(id))
                    continue;
                const type = cmd.na ? undefined : types.get(id);
                const suggestion = closest(id, cmd.na ? [...checklist.ids] : [...takes, ...checklist.ids]);
                out.push({
                    ...base,
                    gate: id,
                    kind: type === undefined ? 'unknown' : 'no-signoff',
                    ...(type !== undefined ? { type } : {}),
                    ...(suggestion ? { suggestion } : {}),
                });
            }
        }
    }
    return out;
}
/** The candidate within edit distance 2 (or a third of the word, if less) of `word`, if any. */
function closest(word, candidates) {
    const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
    let best;
    for (const id of candidates) {
        const d = (0, edit_distance_js_1.editDistance)(word, id, 2);
        if (d <= limit && (!best || d < best.d))
            best = { id, d };
    }
    return best?.id;
}


/***/ }),

/***/ 5867:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECK_OUTPUT_LIMIT = void 0;
exports.checkRunName = checkRunName;
exports.publishCheckRun = publishCheckRun;
/**
 * The verdict as a check run `shipgate / <environment>` on the evaluated commit (input
 * `check: true`), so a branch ruleset or the merge queue can require it. One per commit and
 * environment: the run is found again by name AND by our external id, and updated in place.
 *
 * A job of some workflow can be named "shipgate / production" too, but its check run carries the
 * runner's own external id, so it is never taken for ours (nor updated). Required checks that
 * must come from shipgate should be pinned to the app that runs it in the ruleset.
 */
const client_js_1 = __webpack_require__(6584);
const checks_js_1 = __webpack_require__(7519);
/** GitHub's limit for output.summary and output.text, in characters. */
exports.CHECK_OUTPUT_LIMIT = 65_535;
function checkRunName(environment) {
    return `${checks_js_1.OWN_CHECK_PREFIX}${environment || 'all'}`;
}
function externalId(environment) {
    return `shipgate:${environment || '_all'}`;
}
/** Creates or updates the check run; returns its URL. Throws GitHubApiError with a permission hint. */
async function publishCheckRun(input) {
    const { client, ctx, environment, sha } = input;
    const name = checkRunName(environment);
    const repo = { owner: ctx.owner, repo: ctx.repo };
    const body = {
        name,
        external_id: externalId(environment),
        status: 'completed',
        conclusion: input.allowed ? 'success' : 'failure',
        completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...(ctx.runId > 0 ? { details_url: ctx.runUrl } : {}),
        output: { title: input.title.slice(0, 1000), summary: input.summary.slice(0, exports.CHECK_OUTPUT_LIMIT) },
    };
    try {
        const list = await client.rest('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: sha, check_name: name, filter: 'all', per_page: 100 }, `finding the ${name} check run on ${sha.slice(0, 7)}`);
        const ours = list.data.check_runs
            .filter((r) => r.name === name && r.external_id === body.external_id)
            .sort((a, b) => a.id - b.id);
        if (ours.length) {
            const res = await client.rest('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: ours[0].id, ...body }, `updating the ${name} check run`);
            input.log(`updated check run ${name} on ${sha.slice(0, 7)}`);
            return res.data.html_url ?? '';
        }
        const res = await client.rest('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: sha, ...body }, `creating the ${name} check run`);
        input.log(`created check run ${name} on ${sha.slice(0, 7)}`);
        return res.data.html_url ?? '';
    }
    catch (e) {
        if (e instanceof client_js_1.GitHubApiError && e.kind === 'permission')
            throw new client_js_1.GitHubApiError(`${e.message.replace(/; see the README's permissions table$/, '')}; publishing the check run needs \`permissions:\` \`checks: write\``, e.status, e.kind);
        throw e;
    }
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubClient = exports.GitHubApiError = void 0;
/**
 * The only place that talks HTTP to GitHub. Wraps @octokit/core's request with:
 * - retries with capped exponential backoff for reads (GET, GraphQL queries) on network errors,
 *   5xx, secondary rate limits (honouring retry-after) and GraphQL RATE_LIMITED;
 * - no blind retry of non-idempotent writes (POST) when the request may have been processed;
 * - a per-request timeout and a whole-run deadline;
 * - errors turned into messages that say what failed and what to do (e.g. a missing permission).
 */
const core_1 = __webpack_require__(5194);
const errors_js_1 = __webpack_require__(3916);
class GitHubApiError extends errors_js_1.UserError {
    status;
    kind;
    name = 'GitHubApiError';
    constructor(message, status, kind) {
        super(message);
        this.status = status;
        this.kind = kind;
    }
}
exports.GitHubApiError = GitHubApiError;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** GraphQL errors without a type that GitHub returns for a failure on its side (worth a retry). */
const TRANSIENT_GRAPHQL = /something went wrong|timeout|timed out|try again|temporarily/i;
class GitHubClient {
    octokit;
    opts;
    graphqlRoute;
    constructor(options) {
        this.opts = {
            retryBaseMs: 1000,
            maxAttempts: 4,
            requestTimeoutMs: 30_000,
            log: () => { },
            ...options,
        };
        this.octokit = new core_1.Octokit({
            auth: options.token,
            baseUrl: options.baseUrl.replace(/\/+$/, ''),
            userAgent: 'shipgate',
            // Octokit's default logger would print warnings to stderr; we report errors ourselves.
            log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        });
        // An absolute URL in the route: octokit then ignores baseUrl (on GHES GraphQL is not under it).
        this.graphqlRoute = `POST ${options.graphqlUrl}`;
    }
    /** Moves the run's deadline later (verify-phase sampling windows are known only from the config). */
    extendDeadline(until) {
        if (until > this.opts.deadline)
            this.opts.deadline = until;
    }
    /** A GraphQL query (read-only, so safely retried). Returns data and errors; throws only when no data came. */
    async graphql(query, variables, what) {
        const res = await this.send(this.graphqlRoute, { query, variables }, what, true);
        const body = res.data;
        if (!body || typeof body !== 'object')
            throw new GitHubApiError(`${what}: GitHub answered with an empty or invalid body`, res.status, 'server');
        return { data: body.data ?? null, errors: Array.isArray(body.errors) ? body.errors : [] };
    }
    /** A REST call. `idempotent` false (POST) means: never repeat it when it may have been processed. */
    async rest(route, params, what, idempotent = !route.startsWith('POST')) {
        const res = await this.send(route, params, what, idempotent);
        return { status: res.status, data: res.data };
    }
    async send(route, params, what, idempotent) {
        let attempt = 0;
        let lastError = null;
        while (attempt < this.opts.maxAttempts) {
            attempt++;
            const remaining = this.opts.deadline - Date.now();
            if (remaining <= 0)
                break;
            let retryAfterMs = null;
            try {
                const res = (await this.octokit.request(route, {
                    ...params,
                    request: { signal: AbortSignal.timeout(Math.min(this.opts.requestTimeoutMs, remaining)) },
                }));
                if (route === this.graphqlRoute) {
                    const body = res.data;
                    if (body === null || typeof body !== 'object' || typeof body === 'string') {
                        lastError = new GitHubApiError(`${what}: GitHub answered with a body that is not JSON (empty, cut off or malformed)`, res.status, 'server');
                    }
                    else {
                        const limited = body.errors?.find((e) => e.type === 'RATE_LIMITED');
                        const transient = (body.data === null || body.data === undefined) &&
                            body.errors?.find((e) => !e.type && TRANSIENT_GRAPHQL.test(e.message));
                        if (limited) {
                            lastError = new GitHubApiError(`${what}: GitHub's GraphQL rate limit was exceeded (${limited.message})`, res.status, 'rate-limit');
                            retryAfterMs = resetDelay(res.headers) ?? null;
                        }
                        else if (transient) {
                            // GitHub's own "something went wrong / timeout" while executing the query: a read, so retried.
                            lastError = new GitHubApiError(`${what}: GitHub answered with an error: ${transient.message}`, res.status, 'server');
                        }
                        else
                            return res;
                    }
                }
                else if (typeof res.data === 'string' && res.status !== 204) {
                    // A JSON endpoint answered with something that is not JSON, or a body cut off (octokit
                    // then hands over '' instead of failing).
                    lastError = new GitHubApiError(`${what}: GitHub answered with a body that is not JSON (empty, cut off or malformed)`, res.status, 'server');
                    if (!idempotent)
                        throw lastError;
                }
                else
                    return res;
            }
            catch (e) {
                if (e instanceof GitHubApiError)
                    throw e;
                const err = e;
                // Octokit reports a network failure (reset, timeout) as status 500 without a response.
                const status = err.response && typeof err.status === 'number' && err.status > 0 ? err.status : null;
                const headers = err.response?.headers ?? {};
                const msg = describeFailure(what, status, headers, err.response?.data, e, this.opts.retryBaseMs);
                lastError = msg.error;
                if (!msg.retryable)
                    throw lastError;
                if (!idempotent && msg.mayHaveBeenProcessed)
                    throw lastError;
                retryAfterMs = msg.retryAfterMs;
            }
            if (attempt >= this.opts.maxAttempts)
                break;
            const backoff = Math.min(10_000, this.opts.retryBaseMs * 2 ** (attempt - 1));
            const delay = retryAfterMs ?? backoff;
            if (Date.now() + delay >= this.opts.deadline) {
                lastError = new GitHubApiError(`${lastError?.message ?? what} (no time left to retry before the run's deadline)`, lastError?.status ?? null, lastError?.kind ?? 'other');
                break;
            }
            if (retryAfterMs !== null && retryAfterMs > 60_000)
                break; // a long rate-limit reset: give up clearly
            this.opts.log(`${what}: ${lastError?.message ?? 'failed'}; retrying in ${Math.round(delay / 100) / 10} s (attempt ${attempt + 1}/${this.opts.maxAttempts})`);
            await sleep(delay);
        }
        throw (lastError ??
            new GitHubApiError(`${what}: the run's deadline passed before GitHub answered`, null, 'network'));
    }
}
exports.GitHubClient = GitHubClient;
function resetDelay(headers) {
    const retryAfter = headers['retry-after'];
    if (retryAfter && /^\d+$/.test(retryAfter))
        return Number(retryAfter) * 1000;
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - Date.now()) + 500;
    }
    return undefined;
}
function describeFailure(what, status, headers, data, e, retryBaseMs) {
    const ghMessage = data && typeof data === 'object' && typeof data.message === 'string'
        ? data.message
        : '';
    if (status === null) {
        const cause = (0, errors_js_1.errorMessage)(e).replace(/^HttpError: /, '');
        const timeout = /abort|timeout|timed out/i.test(cause);
        return {
            error: new GitHubApiError(`${what}: ${timeout ? 'GitHub did not answer in time' : `could not reach GitHub (${cause})`}`, null, 'network'),
            retryable: true,
            mayHaveBeenProcessed: true,
            retryAfterMs: null,
        };
    }
    if (status === 403 || status === 429) {
        const primary = headers['x-ratelimit-remaining'] === '0';
        const secondary = status === 429 || /secondary rate limit|abuse/i.test(ghMessage) || headers['retry-after'] !== undefined;
        if (primary || secondary) {
            // Without retry-after, GitHub asks to wait at least a minute (60 x the 1 s retry base; shorter in tests).
            const delay = resetDelay(headers) ?? (secondary ? 60 * retryBaseMs : null);
            const until = headers['x-ratelimit-reset']
                ? ` until ${new Date(Number(headers['x-ratelimit-reset']) * 1000).toISOString()}`
                : '';
            return {
                error: new GitHubApiError(`${what}: GitHub's ${primary ? 'API rate limit is exhausted' + until : 'secondary rate limit was hit'}${ghMessage ? ` (${ghMessage})` : ''}`, status, 'rate-limit'),
                retryable: true,
                mayHaveBeenProcessed: false,
                retryAfterMs: delay,
            };
        }
        return {
            error: new GitHubApiError(`${what}: the token lacks permission (GitHub said ${status}${ghMessage ? `: ${ghMessage}` : ''}); see the README's permissions table`, status, 'permission'),
            retryable: false,
            mayHaveBeenProcessed: false,
            retryAfterMs: null,
        };
    }
    if (status === 401)
        return {
            error: new GitHubApiError(`${what}: GitHub rejected the token (401${ghMessage ? `: ${ghMessage}` : ''}); check the \`token\` input`, status, 'permission'),
            retryable: false,
            mayHaveBeenProcessed: false,
            retryAfterMs: null,
        };
    if (status === 404)
        return {
            error: new GitHubApiError(`${what}: not found (404)${ghMessage && ghMessage !== 'Not Found' ? `: ${ghMessage}` : ''}; the token may also lack access to it`, status, 'not-found'),
            retryable: false,
            mayHaveBeenProcessed: false,
            retryAfterMs: null,
        };
    if (status >= 500)
        return {
            error: new GitHubApiError(`${what}: GitHub answered ${status}${ghMessage ? ` (${ghMessage})` : ''}`, status, 'server'),
            retryable: true,
            mayHaveBeenProcessed: true,
            retryAfterMs: null,
        };
    return {
        error: new GitHubApiError(`${what}: GitHub answered ${status}${ghMessage ? ` (${ghMessage})` : ''}`, status, 'other'),
        retryable: false,
        mayHaveBeenProcessed: false,
        retryAfterMs: null,
    };
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stateLine = stateLine;
exports.readState = readState;
exports.publishSticky = publishSticky;
exports.supersedes = supersedes;
/**
 * One checklist comment per PR and environment, found again by its hidden marker AND by being
 * written by the token's own identity (viewerDidAuthor / the identity that created it), so a
 * comment forged by someone else with the same marker is never taken for ours.
 *
 * Ordering: the comment records the commit and run it describes. A run never overwrites a
 * comment written by a newer run, nor one describing the PR's current head when the run itself
 * evaluated an older commit. Two concurrent runs that both create a comment converge: after
 * creating, the run lists recent comments and keeps only the oldest of ours, deleting the others.
 */
const client_js_1 = __webpack_require__(6584);
const STATE_RE = /<!-- shipgate:state (\{[^<>]*\}) -->/;
function stateLine(s) {
    return `<!-- shipgate:state ${JSON.stringify(s)} -->`;
}
function readState(body) {
    const m = STATE_RE.exec(body);
    if (!m)
        return null;
    try {
        const v = JSON.parse(m[1]);
        return typeof v.sha === 'string' && typeof v.run === 'number'
            ? { sha: v.sha, run: v.run, attempt: Number(v.attempt) || 1 }
            : null;
    }
    catch {
        return null;
    }
}
async function publishSticky(input) {
    const { client, ctx, prNumber, marker, body, state } = input;
    const ours = input.ownComments
        .filter((c) => c.body.includes(marker))
        .sort((a, b) => a.databaseId - b.databaseId);
    if (ours.length) {
        const target = ours[0];
        // Someone with write access may edit our comment (tick a box, change the state line): what it
        // says is never read back, so such an edit cannot stop this run from writing the real result.
        const existing = target.editedByOther ? null : readState(target.body);
        if (target.editedByOther)
            input.log('the checklist comment was edited by someone else; replacing it with this result');
        if (existing && supersedes(existing, state, input.headSha)) {
            input.log(`the checklist comment already describes a newer evaluation (${existing.sha.slice(0, 7)}, run ${existing.run}); leaving it`);
            return { url: target.url, action: 'kept-newer' };
        }
        const res = await client.rest('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ctx.owner, repo: ctx.repo, comment_id: target.databaseId, body }, 'updating the checklist comment');
        for (const dup of ours.slice(1))
            await deleteQuietly(client, ctx, dup.databaseId, input.log);
        return { url: res.data.html_url, action: 'updated' };
    }
    const startedAt = new Date(Date.now() - 5_000).toISOString();
    const list = async () => (await client.rest('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: ctx.owner, repo: ctx.repo, issue_number: prNumber, since: startedAt, per_page: 100 }, 'checking the checklist comment')).data;
    let created = null;
    let recent = null;
    // A POST is never repeated blindly: after an error that may hide a processed POST (5xx, reset,
    // timeout, a cut-off answer), look first, and post again only when it did not land.
    for (let attempt = 1; !created; attempt++) {
        try {
            created = (await client.rest('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: ctx.owner, repo: ctx.repo, issue_number: prNumber, body }, 'posting the checklist comment', false)).data;
        }
        catch (e) {
            const mayHaveLanded = e instanceof client_js_1.GitHubApiError && (e.kind === 'server' || e.kind === 'network');
            if (!mayHaveLanded)
                throw e;
            input.log(`posting the checklist comment failed (${e.message}); checking whether it landed`);
            recent = await list();
            // Without the POST's answer our identity is unknown: the exact body (which names this run,
            // attempt and commit in its state line) identifies the comment.
            if (recent.some((c) => (c.body ?? '') === body))
                break;
            if (attempt >= 2)
                throw e;
            input.log('the checklist comment did not land; posting it again');
        }
    }
    // Converge with concurrent runs (and with a POST that landed despite an error): list the
    // comments touched since just before we posted and keep only the oldest of ours.
    if (created || !recent) {
        try {
            recent = await list();
        }
        catch (e) {
            if (!created)
                throw e;
            input.log(`could not check for duplicate checklist comments (${e.message}); keeping the one just posted`);
            return { url: created.html_url, action: 'created' };
        }
    }
    const me = created?.user?.login;
    const mine = recent
        .filter((c) => (c.body ?? '').includes(marker) && (me ? c.user?.login === me : (c.body ?? '') === body))
        .sort((a, b) => a.id - b.id);
    if (!mine.length) {
        if (created)
            return { url: created.html_url, action: 'created' };
        throw new Error('the checklist comment could not be posted (see the warning above)');
    }
    const keep = mine[0];
    for (const dup of mine.slice(1))
        await deleteQuietly(client, ctx, dup.id, input.log);
    if (created && keep.id !== created.id) {
        // Another run created the comment first: put our result into the one we keep, unless that
        // run's result is newer.
        const existing = readState(keep.body ?? '');
        if (!existing || !supersedes(existing, state, input.headSha)) {
            await client.rest('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ctx.owner, repo: ctx.repo, comment_id: keep.id, body }, 'updating the checklist comment');
        }
    }
    return { url: keep.html_url, action: 'created' };
}
/** True when `existing` describes a newer evaluation than `ours`, so ours must not overwrite it. */
function supersedes(existing, ours, headSha) {
    if (existing.sha !== ours.sha) {
        // Different commits: the one describing the PR's current head wins.
        return existing.sha === headSha && ours.sha !== headSha;
    }
    if (existing.run !== ours.run)
        return existing.run > ours.run;
    return existing.attempt > ours.attempt;
}
async function deleteQuietly(client, ctx, id, log) {
    try {
        await client.rest('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ctx.owner, repo: ctx.repo, comment_id: id }, 'removing a duplicate checklist comment');
    }
    catch (e) {
        log(`could not remove duplicate checklist comment ${id}: ${e.message}`);
    }
}


/***/ }),

/***/ 4774:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verdictOf = verdictOf;
exports.renderVerifyHeadline = renderVerifyHeadline;
exports.renderAfterDeploy = renderAfterDeploy;
/**
 * The "After deploy" part of the checklist comment (and the verify run's job summary): each verify
 * gate's result and sampled values (min / max / last), and the headline that says "roll back" when
 * the verification failed or could not measure. Pure; user-written text is escaped.
 */
const types_js_1 = __webpack_require__(2301);
const number_js_1 = __webpack_require__(1555);
const comment_parts_js_1 = __webpack_require__(64);
const escape_js_1 = __webpack_require__(4031);
const markdown_js_1 = __webpack_require__(4285);
const failing = (ev) => ev.gates.filter((g) => g.required && !(0, types_js_1.allowsDeploy)(g.status));
/** `fail` when a required gate failed, `error` when they only could not measure, else `pass`. */
function verdictOf(ev) {
    const bad = failing(ev);
    if (!bad.length)
        return 'pass';
    return bad.some((g) => g.status === 'fail') ? 'fail' : 'error';
}
function envName(ev) {
    return ev.environment ? (0, escape_js_1.escapeInline)(ev.environment) : 'all environments';
}
function commit(ev) {
    return ev.sha ? `commit \`${ev.sha.slice(0, 7).replace(/[^0-9a-f]/gi, '')}\`` : 'no commit';
}
/** The comment's headline when the verification says roll back; null when it passed. */
function renderVerifyHeadline(ev) {
    const verdict = verdictOf(ev);
    if (verdict === 'pass')
        return null;
    const bad = failing(ev);
    const names = bad.map((g) => `${(0, escape_js_1.escapeInline)(g.title)} (${g.status === 'fail' ? 'failed' : 'could not measure'})`);
    const title = verdict === 'fail'
        ? `## ⚠️ Verification failed: roll back ${envName(ev)}`
        : `## ⚠️ Could not verify ${envName(ev)}: roll back`;
    return [
        title,
        `${commit(ev)} · after the deploy: ${names.join(', ')}. The \`rollback\` output is \`true\`.`,
    ].join('\n');
}
function statsCells(g) {
    const s = g.sampling;
    const unit = s?.unit ? ` ${s.unit}` : '';
    const values = (s?.samples ?? []).map((x) => x.value).filter((v) => v !== undefined);
    if (!s) {
        const v = g.value === undefined ? '-' : `${(0, number_js_1.formatNumber)(g.value)}${unit}`;
        return ['1', v, v, v];
    }
    const taken = `${s.samples.length}/${s.planned}${s.failed ? ` (${s.failed} failed)` : ''}`;
    if (!values.length)
        return [taken, '-', '-', '-'];
    const f = (v) => `${(0, number_js_1.formatNumber)(v)}${unit}`;
    return [taken, f(Math.min(...values)), f(Math.max(...values)), f(values[values.length - 1])];
}
/** Cut long reasons in the table (the details have everything). */
const REASON_LIMIT = 300;
const oneLine = (s) => (s.length > REASON_LIMIT ? `${s.slice(0, REASON_LIMIT - 1)}…` : s);
function renderAfterDeploy(ev, meta = {}) {
    const verdict = verdictOf(ev);
    const word = verdict === 'pass'
        ? '✅ verified'
        : verdict === 'fail'
            ? '⚠️ verification failed: roll back'
            : '⚠️ could not verify: roll back';
    const run = meta.runUrl && (0, escape_js_1.safeUrl)(meta.runUrl)
        ? ` · [run${meta.runId ? ` ${meta.runId}` : ''}](${(0, escape_js_1.safeUrl)(meta.runUrl)})`
        : '';
    const lines = [
        (0, comment_parts_js_1.verifiedShaLine)(ev.sha),
        `### After deploy to ${envName(ev)}: ${word}`,
        `${commit(ev)}${run} · ${ev.gates.length} verify gate${ev.gates.length === 1 ? '' : 's'}`,
        '',
    ];
    if (!ev.gates.length)
        lines.push('_No verify gate ran._');
    else {
        lines.push('| | Check | Id | Status | Samples | Min | Max | Last | Why |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const g of ev.gates) {
            const optional = g.required ? '' : ' _(optional)_';
            // Shipgate's own numbers and counts (digits, ".", "Inf", a unit): nothing to escape.
            const cells = statsCells(g);
            lines.push(`| ${markdown_js_1.ICON[g.status]} | ${(0, escape_js_1.escapeInline)(g.title)}${optional} | \`${g.id}\` | ${g.status} | ${cells.join(' | ')} | ${(0, escape_js_1.escapeInline)(oneLine(g.summary))} |`);
        }
    }
    const details = ev.gates
        .filter((g) => g.status !== 'pass' && g.details?.length)
        .map((g) => {
        const body = (g.details ?? []).map(markdown_js_1.renderDetail).filter(Boolean).join('\n\n');
        return body
            ? `<details><summary>${markdown_js_1.ICON[g.status]} ${(0, escape_js_1.escapeHtml)(g.title)}: after-deploy details</summary>\n\n${body}\n\n</details>`
            : '';
    })
        .filter(Boolean);
    let out = lines.join('\n');
    // The verification part stays small enough to sit beside the deploy checklist in one comment.
    for (const d of details)
        if (out.length + d.length < 20_000)
            out += `\n\n${d}`;
    return out;
}


/***/ }),

/***/ 1478:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderChecklists = renderChecklists;
exports.itemLine = itemLine;
/**
 * The checklist part of the comment: for each `checklist` gate, one line per heading with its
 * count and the exact command to type, and the items inside a collapsed block. A 150-item file
 * must fit GitHub's 65,536 characters with room to spare (600 items still fit, in a shorter form):
 * the parts are rendered at the most detailed level that fits the room the rest of the comment
 * leaves, and the job summary (no such limit) always has every item.
 */
const checklist_types_js_1 = __webpack_require__(3736);
const time_js_1 = __webpack_require__(6043);
const escape_js_1 = __webpack_require__(4031);
const ITEM_ICON = {
    pass: '✅',
    na: '➖',
    pending: '⏳',
    fail: '❌',
    error: '⚠️',
};
const NOTICE_LINES = 20;
/**
 * Detail levels, most detailed first: 0 every item; 1 complete headings as one line; 2 only open
 * items; 3 open items without their ids; 4 heading lines only; 5 open heading lines only.
 */
const LEVELS = [0, 1, 2, 3, 4, 5];
function renderChecklists(gates, _meta, room) {
    const lists = gates.map((g) => ({ g, data: (0, checklist_types_js_1.checklistData)(g) })).filter((x) => x.data !== null);
    if (!lists.length)
        return '';
    const share = Math.floor(room / lists.length);
    return lists.map(({ g, data }) => fit(g, data, share)).join('\n\n');
}
function fit(g, data, room) {
    for (const level of LEVELS) {
        const text = renderList(g, data, level);
        if (text.length <= room)
            return text;
    }
    return `${intro(g, data)}\n\n_The items do not fit in a comment; the job summary of the run lists every item._`;
}
function groupsOf(data) {
    const bySlug = new Map(data.headings.map((h) => [h.slug, h]));
    const groups = new Map();
    for (const item of data.items) {
        let g = groups.get(item.heading);
        if (!g) {
            const h = bySlug.get(item.heading);
            const sectionSlug = h?.path.find((p) => (bySlug.get(p)?.level ?? 1) >= 2);
            const section = sectionSlug ? bySlug.get(sectionSlug) : undefined;
            g = {
                slug: item.heading,
                text: (0, checklist_types_js_1.shown)(h?.text) || item.heading || 'Items before the first heading',
                section: section ? { slug: section.slug, text: (0, checklist_types_js_1.shown)(section.text) } : null,
                items: [],
            };
            groups.set(item.heading, g);
        }
        g.items.push(item);
    }
    return [...groups.values()];
}
function intro(g, data) {
    const done = data.items.filter((i) => i.status === 'pass' || i.status === 'na').length;
    const url = data.fileUrl ? (0, escape_js_1.safeUrl)(data.fileUrl) : null;
    const file = url ? `[${(0, escape_js_1.escapeInline)(data.file)}](${url})` : (0, escape_js_1.codeSpan)(data.file);
    return [
        `### 📋 ${(0, escape_js_1.escapeInline)(g.title)}: ${done} of ${data.items.length} items done`,
        `Items of ${file}, ids as \`heading/item\`. \`/signoff <heading>\` signs every item under it that you may sign, \`/signoff <id> <id>\` single items, \`/na <id> <reason>\` marks one not applicable, \`/signoff revoke <id>\` withdraws yours.`,
    ].join('\n');
}
function renderList(g, data, level) {
    const out = [intro(g, data)];
    const groups = groupsOf(data);
    let section = null;
    let complete = 0;
    for (const group of groups) {
        const open = group.items.filter((i) => i.status !== 'pass' && i.status !== 'na');
        if (level === 5 && !open.length) {
            complete++;
            continue;
        }
        if (group.section && group.section.slug !== section && level < 5) {
            out.push(`#### ${(0, escape_js_1.escapeInline)(group.section.text)}`);
        }
        section = group.section?.slug ?? null;
        const line = headingLine(group, open);
        if (!open.length) {
            if (level === 0)
                out.push(details(`${ICON_DONE} ${(0, escape_js_1.escapeHtml)(line.plain)}`, group.items));
            else
                out.push(`${ICON_DONE} ${line.md}`);
            continue;
        }
        out.push(`${line.icon} ${line.md}`);
        if (level <= 1)
            out.push(details(`Items of ${(0, escape_js_1.escapeHtml)(group.text)}`, group.items));
        else if (level === 2)
            out.push(details(`Open items of ${(0, escape_js_1.escapeHtml)(group.text)}`, open));
        else if (level === 3)
            out.push(details(`Open items of ${(0, escape_js_1.escapeHtml)(group.text)}`, open, false));
    }
    if (complete)
        out.push(`✅ ${complete} more heading(s) complete`);
    if (level > 0)
        out.push('_Some items are left out to fit in a comment; the job summary of the run lists every item._');
    const notices = data.notices;
    if (notices.length) {
        out.push([
            '**Not counted:**',
            ...notices.slice(0, NOTICE_LINES).map((n) => {
                const cmd = n.url && (0, escape_js_1.safeUrl)(n.url) ? `[${(0, escape_js_1.codeSpan)(n.command)}](${(0, escape_js_1.safeUrl)(n.url)})` : (0, escape_js_1.codeSpan)(n.command);
                return `- ${cmd} by ${(0, escape_js_1.escapeInline)(n.login)}: ${(0, escape_js_1.escapeProse)(n.message)}`;
            }),
            ...(notices.length > NOTICE_LINES ? [`- and ${notices.length - NOTICE_LINES} more`] : []),
        ].join('\n'));
    }
    return out.join('\n\n');
}
const ICON_DONE = '✅';
/** "Database Setup — 4 of 7 awaiting dba (dave, dora): `/signoff database-setup`". */
function headingLine(group, open) {
    const n = group.items.length;
    const title = (0, escape_js_1.escapeInline)(group.text, false);
    if (!open.length) {
        const words = doneWords(group.items);
        const plain = `${group.text} — ${n}/${n}${/^\d/.test(words) ? ':' : ''} ${words}`;
        return { icon: ICON_DONE, md: `${title} — ${(0, escape_js_1.escapeProse)(plain.slice(group.text.length + 3))}`, plain };
    }
    const pending = open.filter((i) => i.status === 'pending');
    const failed = open.filter((i) => i.status === 'fail');
    const errors = open.filter((i) => i.status === 'error');
    const icon = errors.length ? '⚠️' : failed.length ? '❌' : '⏳';
    const bits = [];
    if (pending.length) {
        const byGate = pending.filter((i) => i.gate);
        const people = pending.filter((i) => !i.gate);
        if (people.length) {
            const who = [...new Set(people.map((i) => i.ownersText))].join('; ');
            bits.push(`${people.length} of ${n} awaiting ${(0, escape_js_1.escapeInline)(who)}: ${(0, escape_js_1.codeSpan)(`/signoff ${group.slug}`)}`);
        }
        if (byGate.length)
            bits.push(`${byGate.length} waiting for ${gateList(byGate)}`);
    }
    if (failed.length)
        bits.push(`${failed.length} failed: ${gateList(failed)}`);
    if (errors.length)
        bits.push(`${errors.length} could not be checked`);
    return { icon, md: `${title} — ${bits.join('; ')}`, plain: '' };
}
function gateList(items) {
    const gates = [...new Set(items.map((i) => i.gate).filter((g) => !!g))];
    return gates.length ? `gate ${gates.map((g) => (0, escape_js_1.codeSpan)(g)).join(', ')}` : 'see the items';
}
function doneWords(items) {
    const signed = items.filter((i) => i.status === 'pass' && !i.gate);
    const gated = items.filter((i) => i.status === 'pass' && i.gate);
    const na = items.filter((i) => i.status === 'na');
    const parts = [];
    if (signed.length)
        parts.push(`${signed.length === items.length ? '' : `${signed.length} `}signed off by ${people(signed)}`);
    if (gated.length)
        parts.push(`${gated.length === items.length ? '' : `${gated.length} `}checked by ${gateList(gated)}`);
    if (na.length)
        parts.push(`${na.length} not applicable`);
    return parts.join(', ');
}
function people(items) {
    const who = [...new Set(items.map((i) => i.by).filter((b) => !!b))];
    return who.length > 3 ? `${who.slice(0, 3).join(', ')} and ${who.length - 3} more` : who.join(', ');
}
function details(summary, items, ids = true) {
    const lines = items.map((i) => itemLine(i, ids));
    return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
/** One item: done items say by whom and when; open ones give their id, to sign it alone. */
function itemLine(i, withId = true) {
    const text = (0, escape_js_1.escapeInline)(i.text);
    const indent = i.parent ? '  ' : '';
    const when = i.at ? `, ${(0, escape_js_1.escapeInline)((0, time_js_1.formatTimestamp)(i.at))}` : '';
    const by = i.by ? (0, escape_js_1.escapeInline)(i.by) : '';
    const link = (s) => (i.url && (0, escape_js_1.safeUrl)(i.url) ? `[${s}](${(0, escape_js_1.safeUrl)(i.url)})` : s);
    switch (i.status) {
        case 'pass':
            return i.gate
                ? `${indent}- ✅ ${text} — gate ${(0, escape_js_1.codeSpan)(i.gate)}`
                : `${indent}- ✅ ${text} — ${link(`${by}${when}`)}`;
        case 'na':
            return i.gate
                ? `${indent}- ➖ ${text} — gate ${(0, escape_js_1.codeSpan)(i.gate)}: ${(0, escape_js_1.escapeProse)(oneLine(i.reason ?? ''))}`
                : `${indent}- ➖ ${text} — not applicable, ${link(`${by}${when}`)}: ${(0, escape_js_1.escapeInline)(oneLine(i.reason ?? ''))}`;
        default:
            return `${indent}- ${ITEM_ICON[i.status]} ${withId ? `${(0, escape_js_1.codeSpan)(i.id)} ` : ''}${text}${i.gate ? ` — gate ${(0, escape_js_1.codeSpan)(i.gate)}: ${(0, escape_js_1.escapeProse)(oneLine(i.reason ?? ''))}` : ''}`;
    }
}
function oneLine(s) {
    return s.length > 160 ? `${s.slice(0, 159)}…` : s;
}


/***/ }),

/***/ 64:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The sticky comment holds parts written by different runs: the deploy checklist (phase deploy)
 * and the "After deploy" verification (phase verify), plus a headline when the verification says
 * roll back. Each run rewrites its own parts and carries the others over from the comment as it is,
 * so the verify run never erases the checklist the deploy was allowed by. Parts are delimited by
 * hidden markers; the verify parts record the commit they describe and are dropped once the
 * comment describes another commit.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifiedShaLine = verifiedShaLine;
exports.readPart = readPart;
exports.carriedParts = carriedParts;
exports.composeComment = composeComment;
const start = (name) => `<!-- shipgate:part ${name} -->`;
const end = (name) => `<!-- shipgate:part-end ${name} -->`;
const VERIFY_SHA = /<!-- shipgate:verified-sha ([0-9a-f]{0,64}) -->/;
function verifiedShaLine(sha) {
    return `<!-- shipgate:verified-sha ${sha.replace(/[^0-9a-f]/gi, '').toLowerCase()} -->`;
}
function readPart(body, name) {
    const a = body.indexOf(start(name));
    if (a < 0)
        return null;
    const from = a + start(name).length;
    const b = body.indexOf(end(name), from);
    if (b < 0)
        return null;
    return body.slice(from, b).replace(/^\n+|\n+$/g, '');
}
function carriedParts(existingBody) {
    if (!existingBody)
        return { headline: null, deploy: null, verify: null, verifiedSha: null };
    let deploy = readPart(existingBody, 'deploy');
    if (deploy === null && !existingBody.includes('<!-- shipgate:part ')) {
        // A comment written before parts existed is all deploy checklist: keep it, minus hidden lines.
        deploy = existingBody
            .split('\n')
            .filter((l) => !/^<!-- shipgate:(checklist|state) /.test(l))
            .join('\n')
            .trim();
    }
    const verify = readPart(existingBody, 'verify');
    return {
        headline: readPart(existingBody, 'headline'),
        deploy: deploy || null,
        verify,
        verifiedSha: verify === null ? null : (VERIFY_SHA.exec(verify)?.[1] ?? null),
    };
}
/** The whole comment. When it is too long, the deploy part gives way (the run summary has it). */
function composeComment(c) {
    const wrap = (name, text) => (text ? `${start(name)}\n${text}\n${end(name)}` : '');
    const build = (deploy) => [
        [c.marker, c.stateLine].join('\n'),
        wrap('headline', c.headline),
        wrap('deploy', deploy),
        wrap('verify', c.verify),
    ]
        .filter(Boolean)
        .join('\n\n') + '\n';
    let out = build(c.deploy);
    if (out.length > c.limit && c.deploy)
        out = build('_The deploy checklist is too long to keep beside the verification; see the job summary of its run._');
    if (out.length > c.limit)
        out = build(null).slice(0, c.limit);
    return out;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ICON = exports.SUMMARY_LIMIT = exports.COMMENT_LIMIT = void 0;
exports.markerFor = markerFor;
exports.renderChecklist = renderChecklist;
exports.blockersFirst = blockersFirst;
exports.renderDetail = renderDetail;
exports.renderExceptions = renderExceptions;
/**
 * Renders an evaluation as the checklist (PR comment and job summary). Pure: no I/O. Every
 * user-written string goes through escapeInline/codeBlock/safeUrl.
 */
const types_js_1 = __webpack_require__(2301);
const escape_js_1 = __webpack_require__(4031);
const checklist_js_1 = __webpack_require__(1478);
const checklist_types_js_1 = __webpack_require__(3736);
const time_js_1 = __webpack_require__(6043);
exports.COMMENT_LIMIT = 65_536;
exports.SUMMARY_LIMIT = 1_000_000;
/** The status icons of the checklist (also the After deploy part). */
exports.ICON = {
    pass: '✅',
    fail: '❌',
    pending: '⏳',
    skipped: '⏭️',
    error: '⚠️',
    waived: '☑️',
};
function markerFor(environment) {
    return `<!-- shipgate:checklist env=${environment.replace(/[^A-Za-z0-9._-]/g, '_') || '_all'} -->`;
}
const PARTS = [
    { name: 'verdict', render: renderHead },
    { name: 'to type', render: (ev) => renderUnblock(ev.gates) },
    { name: 'gates', render: (ev) => renderTable(ev.gates) },
    { name: 'checklists', render: (ev, meta, room) => (0, checklist_js_1.renderChecklists)(ev.gates, meta, room), shrinks: true },
    { name: 'details', render: (ev, _meta, room) => renderAllDetails(ev.gates, room), shrinks: true },
    { name: 'sign-offs', render: (ev) => renderSignoffs(ev.gates) },
    {
        name: 'sign-off replies',
        render: (ev, meta) => renderSignoffNotices(meta.signoffNotices ?? [], ev.gates.some((g) => (0, checklist_types_js_1.checklistData)(g))),
    },
    { name: 'exceptions', render: (ev) => renderExceptions(ev.gates) },
    { name: 'footer', render: renderFooter },
];
function renderChecklist(ev, meta = {}) {
    const limit = meta.limit ?? exports.COMMENT_LIMIT;
    const out = new Map();
    for (const p of PARTS)
        if (!p.shrinks)
            out.set(p.name, p.render(ev, meta, limit));
    const fixedLength = [...out.values()].filter(Boolean).reduce((n, s) => n + s.length + 2, 0) + 200;
    let room = limit - fixedLength;
    for (const p of PARTS) {
        if (!p.shrinks)
            continue;
        const text = p.render(ev, meta, Math.max(0, room));
        out.set(p.name, text);
        if (text)
            room -= text.length + 2;
    }
    let md = PARTS.map((p) => out.get(p.name) ?? '')
        .filter(Boolean)
        .join('\n\n') + '\n';
    if (md.length > limit) {
        // Even the fixed parts do not fit (thousands of gates): keep the verdict, cut the rest.
        md = `${out.get('verdict')}\n\n_The checklist is too long for a comment; see the job summary of the run._\n`;
    }
    return md;
}
function renderHead(ev, meta) {
    const lines = [];
    if (meta.marker)
        lines.push(meta.marker);
    if (meta.stateLine)
        lines.push(meta.stateLine);
    const env = ev.environment ? ` to ${(0, escape_js_1.escapeInline)(ev.environment)}` : '';
    lines.push(ev.allowed ? `## ✅ Deploy${env} allowed` : `## 🚫 Deploy${env} blocked`);
    const counts = countStatuses(ev.gates);
    const commit = ev.sha ? `commit \`${ev.sha.slice(0, 7).replace(/[^0-9a-f]/gi, '')}\`` : 'no commit';
    const run = meta.runUrl && (0, escape_js_1.safeUrl)(meta.runUrl)
        ? ` · [run${meta.runId ? ` ${meta.runId}` : ''}](${(0, escape_js_1.safeUrl)(meta.runUrl)})`
        : '';
    lines.push(`${commit}${run} · ${ev.gates.length} gate${ev.gates.length === 1 ? '' : 's'}: ${counts}`);
    const blocking = ev.gates.filter((g) => g.required && !(0, types_js_1.allowsDeploy)(g.status));
    if (blocking.length) {
        // One list item per blocking gate, not a run-on line: the first thing a reader (or an e-mail
        // notification) shows is what blocks and why.
        lines.push('', `**Blocking** (${blocking.length}):`);
        for (const g of blocking.slice(0, BLOCKING_LINES))
            lines.push(`- ${exports.ICON[g.status]} ${(0, escape_js_1.escapeInline)(g.title)} (\`${g.id}\`): ${(0, escape_js_1.escapeProse)(oneLine(g.summary, 200))}`);
        if (blocking.length > BLOCKING_LINES)
            lines.push(`- and ${blocking.length - BLOCKING_LINES} more, in the table below`);
    }
    return lines.join('\n');
}
const BLOCKING_LINES = 20;
const UNBLOCK_LINES = 40;
/** Everything awaiting a person, as the exact command to type and who may type it. */
function renderUnblock(gates) {
    const rows = gates
        .filter((g) => !(0, types_js_1.allowsDeploy)(g.status))
        .flatMap((g) => (g.unblock ?? []).map((u) => ({ g, u })));
    if (!rows.length)
        return '';
    const lines = [
        '**To sign off**, comment on this PR (one command per line; the PR author, bots and edited comments do not count):',
    ];
    for (const { g, u } of rows.slice(0, UNBLOCK_LINES)) {
        const what = u.what ? ` ${(0, escape_js_1.escapeProse)(u.what)}` : '';
        lines.push(`- ${(0, escape_js_1.codeSpan)(u.command)} — ${(0, escape_js_1.escapeInline)(u.who)}${what ? ':' : ''}${what} (${(0, escape_js_1.escapeInline)(g.title)})`);
    }
    if (rows.length > UNBLOCK_LINES)
        lines.push(`- and ${rows.length - UNBLOCK_LINES} more: see the checklist below`);
    return lines.join('\n');
}
function countStatuses(gates) {
    const order = ['fail', 'error', 'pending', 'pass', 'waived', 'skipped'];
    const words = {
        pass: 'passed',
        fail: 'failed',
        error: 'errored',
        pending: 'pending',
        skipped: 'skipped',
        waived: 'waived',
    };
    return (order
        .map((s) => [s, gates.filter((g) => g.status === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${words[s]}`)
        .join(', ') || 'none');
}
/** A gate's reason as one table cell: long reasons are cut (the details have everything). */
const REASON_LIMIT = 400;
function oneLine(summary, limit = REASON_LIMIT) {
    return summary.length > limit ? `${summary.slice(0, limit - 1)}…` : summary;
}
/** Blocking gates first (errors, then failures, then pending), then the rest, each in config order. */
const ORDER = { error: 0, fail: 1, pending: 2, waived: 3, pass: 4, skipped: 5 };
function blockersFirst(gates) {
    const rank = (g) => g.required && !(0, types_js_1.allowsDeploy)(g.status) ? ORDER[g.status] : 10 + ORDER[g.status];
    return gates
        .map((g, i) => ({ g, i }))
        .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
        .map((x) => x.g);
}
function renderTable(gates) {
    if (!gates.length)
        return '_No gate applies to this environment._';
    const rows = blockersFirst(gates).map((g) => {
        const optional = g.required ? '' : ' _(optional)_';
        return `| ${exports.ICON[g.status]} | ${(0, escape_js_1.escapeInline)(g.title)}${optional} | \`${g.id}\` | ${g.status} | ${(0, escape_js_1.escapeProse)(oneLine(g.summary), true)} |`;
    });
    return ['| | Gate | Id | Status | Why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
function renderAllDetails(gates, room) {
    const blocks = blockersFirst(gates)
        .map((g) => renderGateDetails(g))
        .filter((b) => !!b);
    const kept = [];
    let cut = 0;
    let left = room - 200;
    for (const b of blocks) {
        if (b.length + 2 <= left) {
            kept.push(b);
            left -= b.length + 2;
        }
        else
            cut++;
    }
    if (cut)
        kept.push(`_${cut} detail section(s) were too long for a comment and are left out; the job summary of the run has them._`);
    return kept.join('\n\n');
}
function renderGateDetails(g) {
    if (!g.details?.length)
        return null;
    const body = g.details.map(renderDetail).filter(Boolean).join('\n\n');
    if (!body)
        return null;
    return `<details><summary>${exports.ICON[g.status]} ${(0, escape_js_1.escapeHtml)(g.title)}: details</summary>\n\n${body}\n\n</details>`;
}
function inline(i) {
    if (typeof i === 'string')
        return (0, escape_js_1.escapeInline)(i);
    const url = (0, escape_js_1.safeUrl)(i.url);
    return url ? `[${(0, escape_js_1.escapeInline)(i.text)}](${url})` : (0, escape_js_1.escapeInline)(i.text);
}
function renderDetail(d) {
    switch (d.kind) {
        case 'text':
            return (0, escape_js_1.escapeProse)(d.text);
        case 'list':
            return d.items.map((i) => `- ${inline(i)}`).join('\n');
        case 'table': {
            if (!d.rows.length)
                return '';
            const header = `| ${d.columns.map((c) => (0, escape_js_1.escapeInline)(c)).join(' | ')} |`;
            const sep = `| ${d.columns.map(() => '---').join(' | ')} |`;
            const rows = d.rows.map((r) => `| ${d.columns.map((_, i) => (r[i] === undefined ? '' : inline(r[i]))).join(' | ')} |`);
            return [header, sep, ...rows].join('\n');
        }
        case 'code':
            return (0, escape_js_1.codeBlock)(d.text);
    }
}
function renderSignoffs(gates) {
    const all = gates.flatMap((g) => g.signoffs ?? []);
    if (!all.length)
        return '';
    const lines = ['### Sign-offs', '| Gate | Signed off by | When |', '| --- | --- | --- |'];
    for (const s of all) {
        const who = (0, escape_js_1.escapeInline)(s.login);
        const when = s.url && (0, escape_js_1.safeUrl)(s.url)
            ? `[${(0, escape_js_1.escapeInline)((0, time_js_1.formatTimestamp)(s.at))}](${(0, escape_js_1.safeUrl)(s.url)})`
            : (0, escape_js_1.escapeInline)((0, time_js_1.formatTimestamp)(s.at));
        lines.push(`| \`${s.gate}\` | ${who} | ${when} |`);
    }
    return lines.join('\n');
}
const EXCEPTION_ROWS = 50;
const EXCEPTION_KIND = {
    waiver: 'waiver',
    allowlist: 'audit allowlist',
    'not-applicable': 'not applicable',
};
/**
 * The exceptions ledger: every waiver, audit allowlist entry and not-applicable item in force (and
 * those that expired), with who, why and until when, in one table an auditor can read.
 */
function renderExceptions(gates) {
    const all = gates.flatMap((g) => g.exceptions ?? []);
    if (!all.length)
        return '';
    const sorted = [...all].sort((a, b) => Number(a.expired ?? false) - Number(b.expired ?? false));
    const lines = [
        '### Exceptions',
        '| Kind | Gate | What | By | Reason | Ends | State |',
        '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const e of sorted.slice(0, EXCEPTION_ROWS)) {
        const by = e.by ? (0, escape_js_1.escapeInline)(e.by) : '';
        const when = e.at ? ` (${(0, escape_js_1.escapeInline)((0, time_js_1.formatTimestamp)(e.at))})` : '';
        const who = e.url && (0, escape_js_1.safeUrl)(e.url) ? `[${by}${when}](${(0, escape_js_1.safeUrl)(e.url)})` : `${by}${when}`;
        // An allowlist `expires` day is the first day it no longer counts; a waiver's `until` the last.
        const until = e.until
            ? `${e.kind === 'allowlist' ? 'expires' : 'until'} ${(0, escape_js_1.escapeInline)(e.until)}`
            : 'no end date';
        const state = e.expired ? 'expired: no longer counts' : 'in force';
        lines.push(`| ${EXCEPTION_KIND[e.kind]} | \`${e.gate}\` | ${(0, escape_js_1.escapeInline)(e.subject)} | ${who} | ${(0, escape_js_1.escapeInline)(oneLine(e.reason))} | ${until} | ${state} |`);
    }
    if (sorted.length > EXCEPTION_ROWS)
        lines.push('', `_${sorted.length - EXCEPTION_ROWS} more exception(s): see the job summary._`);
    return lines.join('\n');
}
/** At most this many notices are listed; the rest are counted. */
const NOTICE_LIMIT = 20;
function renderSignoffNotices(notices, checklist) {
    if (!notices.length)
        return '';
    const lines = ['### Sign-off commands not understood'];
    for (const n of notices.slice(0, NOTICE_LIMIT)) {
        const link = n.url && (0, escape_js_1.safeUrl)(n.url) ? ` ([comment](${(0, escape_js_1.safeUrl)(n.url)}))` : '';
        let why;
        if (n.kind === 'malformed')
            why = checklist
                ? 'write `/signoff <id> [<id>…]`, `/signoff revoke <id>` or `/na <id> <reason>`'
                : 'write `/signoff <gate-id>` or `/signoff revoke <gate-id>`';
        else {
            why = checklist
                ? `no gate, checklist heading or item ${(0, escape_js_1.codeSpan)(n.gate)} takes a sign-off`
                : `no gate ${(0, escape_js_1.codeSpan)(n.gate)} takes a sign-off`;
            if (n.kind === 'no-signoff')
                why += ` (${(0, escape_js_1.codeSpan)(n.gate)} is a ${(0, escape_js_1.escapeInline)(n.type ?? '')} gate)`;
            if (n.suggestion)
                why += ` (did you mean ${(0, escape_js_1.codeSpan)(n.suggestion)}?)`;
        }
        lines.push(`- ${(0, escape_js_1.codeSpan)(n.command)} by ${(0, escape_js_1.escapeInline)(`@${n.login}`)}: ${why}${link}`);
    }
    if (notices.length > NOTICE_LIMIT)
        lines.push(`- _and ${notices.length - NOTICE_LIMIT} more_`);
    return lines.join('\n');
}
function renderFooter(_ev, meta) {
    const bits = ['<sub>shipgate'];
    if (meta.configSource)
        bits.push(` · config: ${(0, escape_js_1.escapeInline)(meta.configSource)}`);
    bits.push(' · this comment is updated in place; ticking or editing it changes nothing</sub>');
    return bits.join('');
}


/***/ }),

/***/ 8732:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.editDistance = editDistance;
/**
 * Levenshtein distance for "did you mean" suggestions (config keys, gate ids, checklist ids).
 * Returns `limit + 1` at once when the lengths alone differ by more than `limit`.
 */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
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

//# sourceMappingURL=1658.index.js.map