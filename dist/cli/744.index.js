export const id = 744;
export const ids = [744];
export const modules = {

/***/ 4744:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evaluateManual = evaluateManual;
exports.signoffDetails = signoffDetails;
exports.explainManual = explainManual;
const people_js_1 = __webpack_require__(2165);
const signoff_js_1 = __webpack_require__(878);
const time_js_1 = __webpack_require__(6043);
function evaluateManual(gate, _facts, ctx) {
    if (!ctx.pr)
        return (0, signoff_js_1.withoutPr)(ctx, 'a sign-off');
    const min = gate.min ?? 1;
    const ev = (0, signoff_js_1.evaluateSignoffs)(ctx, ctx.gateId, gate.signoff, { dismissStale: gate['dismiss-stale'] });
    const details = signoffDetails(ev, gate.instructions);
    if (ev.valid.length >= min) {
        return {
            status: 'pass',
            summary: `signed off by ${ev.valid.map((s) => s.login).join(', ')}`,
            details,
            signoffs: ev.valid,
        };
    }
    if (ev.error)
        return {
            status: 'error',
            summary: `could not check who may sign off: ${ev.error}`,
            details,
            signoffs: ev.valid,
        };
    details.push({ kind: 'text', text: (0, signoff_js_1.signoffHint)(ctx.gateId, gate.signoff) });
    const have = ev.valid.length ? ` (${ev.valid.length} of ${min} so far)` : '';
    return {
        status: 'fail',
        summary: `awaiting sign-off from ${(0, people_js_1.describePeople)(gate.signoff)}${have}`,
        details,
        signoffs: ev.valid,
    };
}
/** Details listing counted and ignored sign-offs (shared with other sign-off gates). */
function signoffDetails(ev, instructions) {
    const details = [];
    if (instructions)
        details.push({ kind: 'text', text: instructions });
    if (ev.valid.length)
        details.push({
            kind: 'list',
            items: ev.valid.map((s) => s.url
                ? { text: `signed off by ${s.login} at ${(0, time_js_1.formatTimestamp)(s.at)}`, url: s.url }
                : `signed off by ${s.login} at ${(0, time_js_1.formatTimestamp)(s.at)}`),
        });
    if (ev.ignored.length)
        details.push({
            kind: 'list',
            items: ev.ignored.map((s) => `ignored sign-off by ${s.login} at ${(0, time_js_1.formatTimestamp)(s.at)}: ${s.reason}`),
        });
    return details;
}
function explainManual(gate) {
    return [
        `Needs ${gate.min ?? 1} sign-off(s) by ${(0, people_js_1.describePeople)(gate.signoff)}: a PR comment "/signoff <gate-id>".`,
        'Sign-offs by the PR author, bots, people not on the list, and edited comments are ignored.',
        gate['dismiss-stale']
            ? 'Sign-offs given before the latest push do not count (dismiss-stale).'
            : 'Sign-offs stay valid after new pushes (dismiss-stale: false).',
    ];
}


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.teamsIn = teamsIn;
exports.expand = expand;
exports.isAllowed = isAllowed;
exports.describePeople = describePeople;
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
            const group = p.startsWith('@') ? undefined : groups[p];
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
        const facts = ctx.teams[team];
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


/***/ }),

/***/ 878:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSignoffCommands = parseSignoffCommands;
exports.evaluateSignoffs = evaluateSignoffs;
exports.commentTrustProblem = commentTrustProblem;
exports.withoutPr = withoutPr;
exports.signoffHint = signoffHint;
const people_js_1 = __webpack_require__(2165);
const COMMAND = /^\s*\/signoff\s+(revoke\s+)?([a-z0-9][a-z0-9-]*)\s*$/i;
/** The `/signoff` commands in a comment body, one per line; quoted lines (`> …`) never count. */
function parseSignoffCommands(body) {
    const out = [];
    let inFence = false;
    for (const line of body.split(/\r?\n/)) {
        if (/^\s*(```|~~~)/.test(line))
            inFence = !inFence;
        if (inFence)
            continue;
        const m = COMMAND.exec(line);
        if (m)
            out.push({ gate: m[2].toLowerCase(), revoke: Boolean(m[1]) });
    }
    return out;
}
function evaluateSignoffs(ctx, gateId, allowed, options = {}) {
    const pr = ctx.pr;
    const result = { valid: [], ignored: [] };
    if (!pr)
        return result;
    const byPerson = new Map();
    const errors = [];
    const comments = [...pr.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const c of comments) {
        for (const cmd of parseSignoffCommands(c.body)) {
            if (cmd.gate !== gateId)
                continue;
            const login = c.author ?? 'ghost';
            const ignore = (reason) => result.ignored.push({ login, at: c.createdAt, url: c.url, reason });
            const why = rejectReason(c, ctx, allowed, options);
            if (why?.error)
                errors.push(why.error);
            if (why) {
                ignore(why.reason);
                continue;
            }
            const key = login.toLowerCase();
            if (cmd.revoke)
                byPerson.delete(key);
            else
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
/** "Comment `/signoff <id>`" instruction text. */
function signoffHint(gateId, allowed) {
    return `${(0, people_js_1.describePeople)(allowed)} can sign off by commenting "/signoff ${gateId}" on the PR ("/signoff revoke ${gateId}" withdraws it).`;
}


/***/ })

};
