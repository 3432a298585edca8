export const id = 4744;
export const ids = [4744];
export const modules = {

/***/ 4744:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = void 0;
exports.evaluateManual = evaluateManual;
exports.signoffDetails = signoffDetails;
exports.explainManual = explainManual;
const people_js_1 = __webpack_require__(2165);
const signoff_js_1 = __webpack_require__(878);
const time_js_1 = __webpack_require__(6043);
const people_js_2 = __webpack_require__(2165);
function evaluateManual(gate, _facts, ctx) {
    // In the CLI there is no PR and so no sign-off: the gate awaits a person, and blocks.
    if (!ctx.pr && ctx.mode === 'cli')
        return {
            status: 'pending',
            summary: `needs sign-off on the pull request by ${(0, people_js_1.describeWho)(gate.signoff, ctx.groups)}`,
            unblock: [(0, signoff_js_1.signoffUnblock)(ctx, gate.signoff)],
        };
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
        unblock: [(0, signoff_js_1.signoffUnblock)(ctx, gate.signoff)],
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
exports.gate = {
    evaluate: evaluateManual,
    explain: explainManual,
    teams: (gate, ctx) => (ctx.signoffGates.has(ctx.gateId) ? (0, people_js_2.teamsIn)(gate.signoff, ctx.groups) : []),
};


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


/***/ })

};

//# sourceMappingURL=4744.index.js.map