export const id = 1693;
export const ids = [1693];
export const modules = {

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

/***/ 1693:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWaiveCommands = parseWaiveCommands;
exports.evaluateWaivers = evaluateWaivers;
exports.applyWaivers = applyWaivers;
exports.waiveHint = waiveHint;
const people_js_1 = __webpack_require__(2165);
const signoff_js_1 = __webpack_require__(878);
const time_js_1 = __webpack_require__(6043);
const COMMAND = /^[ \t]*\/waive[ \t]+(revoke[ \t]+)?([a-z0-9][a-z0-9-]*)(?:[ \t]+(.*?))?[ \t]*$/i;
const UNTIL = /^(.*?)[ \t]*\buntil[ \t]+(\S+)$/i;
/**
 * What `commandLines` writes for markup inside a paragraph line (its MARKUP). Repeated here, not
 * imported, so that this module does not load the Markdown parser.
 */
const MARKUP = '\u0000';
/**
 * The `/waive` commands among a comment's command lines (visible plain paragraph text, read from
 * its Markdown by `commandLines` in signoff-commands.ts, the parser sign-offs use too).
 */
function parseWaiveCommands(lines) {
    const out = [];
    for (const line of lines) {
        const m = COMMAND.exec(line);
        if (!m)
            continue;
        const gate = m[2].toLowerCase();
        if (m[1]) {
            out.push({ gate, revoke: true, reason: '', until: null });
            continue;
        }
        // As for /signoff, markup on the line (code, HTML, a link, emphasis) means it is not plain text:
        // an inline comment or <details> could hide part of it. A revoke is kept: it only makes the gate stricter.
        if (line.includes(MARKUP)) {
            out.push({
                gate,
                revoke: false,
                reason: '',
                until: null,
                problem: `a waiver is read only as plain text, and this line holds markup (code, HTML, a link or emphasis): write /waive ${gate} <reason> [until YYYY-MM-DD] as plain text on a line of its own`,
            });
            continue;
        }
        let reason = (m[3] ?? '').trim();
        let until = null;
        let problem;
        const u = UNTIL.exec(reason);
        if (u) {
            reason = u[1].trim();
            until = u[2];
            if (!realDay(until))
                problem = `"until ${until}" is not a date: write until YYYY-MM-DD, a day that exists`;
        }
        if (!reason)
            problem = `a waiver needs a reason: /waive ${gate} <reason> [until YYYY-MM-DD]`;
        out.push({ gate, revoke: false, reason, until, ...(problem ? { problem } : {}) });
    }
    return out;
}
function realDay(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
/** The waivers of `gateId` in the PR's comments, judged against `allowed` (empty: nobody may waive). */
function evaluateWaivers(ctx, gateId, allowed) {
    const result = { active: null, expired: [], ignored: [] };
    const pr = ctx.pr;
    if (!pr)
        return result;
    const byPerson = new Map();
    const errors = [];
    const comments = [...pr.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const c of comments) {
        for (const cmd of c.waives ?? []) {
            if (cmd.gate !== gateId)
                continue;
            const login = c.author ?? 'ghost';
            const key = login.toLowerCase();
            // Like a sign-off revoke: it counts however the comment came to be (an edit can only make
            // the gate stricter), and only withdraws its author's own waiver.
            if (cmd.revoke) {
                if (c.author)
                    byPerson.delete(key);
                continue;
            }
            const ignore = (reason) => result.ignored.push({ login, at: c.createdAt, url: c.url, reason });
            if (!allowed?.length) {
                ignore(`nobody may waive ${gateId}: it has no \`waivers:\` list of its own, and \`defaults.waivers\` is not set or does not apply (a gate locked by a shared config takes only its own list)`);
                continue;
            }
            const why = (0, signoff_js_1.commentTrustProblem)(c, ctx, allowed, 'waive');
            if (why) {
                if (why.error)
                    errors.push(why.error);
                ignore(why.reason);
                continue;
            }
            if (cmd.problem) {
                ignore(cmd.problem);
                continue;
            }
            byPerson.set(key, {
                gate: gateId,
                login,
                reason: cmd.reason,
                until: cmd.until,
                at: c.createdAt,
                url: c.url,
                expired: false,
            });
        }
    }
    const today = ctx.now.toISOString().slice(0, 10);
    const valid = [...byPerson.values()].sort((a, b) => a.at.localeCompare(b.at));
    for (const w of valid) {
        if (w.until !== null && today > w.until)
            result.expired.push({ ...w, expired: true });
        else
            result.active = w;
    }
    if (errors.length)
        result.error = [...new Set(errors)].join('; ');
    return result;
}
/**
 * The gate's result with its waivers applied: a `fail` with a waiver in force becomes `waived`;
 * expired and ignored waivers are reported in the details whatever the status.
 */
function applyWaivers(r, ev, allowed) {
    const notes = [
        ...ev.expired.map((w) => `expired waiver by ${w.login} (until ${w.until}): ${w.reason}; it no longer counts`),
        ...ev.ignored.map((w) => `ignored waiver by ${w.login} at ${(0, time_js_1.formatTimestamp)(w.at)}: ${w.reason}`),
    ];
    const exceptions = ev.expired.map((w) => waiverException(w));
    let out = { ...r };
    if (ev.active && r.status === 'fail') {
        const w = ev.active;
        out = {
            ...out,
            status: 'waived',
            summary: `waived by ${w.login}${w.until ? ` until ${w.until}` : ' (no end date)'}: ${w.reason} (was: ${r.summary})`,
            waiver: w,
        };
        exceptions.unshift(waiverException(w));
    }
    else if (ev.active && (r.status === 'error' || r.status === 'pending')) {
        notes.unshift(`the waiver by ${ev.active.login} does not apply: a waiver turns a fail into waived, never an ${r.status} (the gate could not be decided)`);
    }
    else if (!ev.active && ev.error && r.status === 'fail') {
        // A waiver might count, but who may waive could not be read: fail closed, say why.
        out = { ...out, status: 'error', summary: `could not check who may waive this gate: ${ev.error}` };
    }
    else if (r.status === 'fail' && allowed?.length)
        notes.push(waiveHint(r.id, allowed));
    if (notes.length)
        out.details = [...(out.details ?? []), { kind: 'list', items: notes }];
    if (exceptions.length)
        out.exceptions = [...(out.exceptions ?? []), ...exceptions];
    return out;
}
function waiverException(w) {
    return {
        kind: 'waiver',
        gate: w.gate,
        subject: 'the whole gate',
        by: w.login,
        reason: w.reason,
        until: w.until,
        at: w.at,
        ...(w.url ? { url: w.url } : {}),
        ...(w.expired ? { expired: true } : {}),
    };
}
/** "Comment `/waive <id> <reason>`" instruction text, for gates that can be waived. */
function waiveHint(gateId, allowed) {
    return `${(0, people_js_1.describePeople)(allowed)} can waive it by commenting "/waive ${gateId} <reason> until YYYY-MM-DD" on the PR.`;
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

//# sourceMappingURL=1693.index.js.map