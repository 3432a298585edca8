export const id = 1693;
export const ids = [1693];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=1693.index.js.map