export const id = 8454;
export const ids = [8454];
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

/***/ 8454:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = void 0;
exports.validateWindowGate = validateWindowGate;
exports.evaluateWindow = evaluateWindow;
exports.explainWindow = explainWindow;
const duration_js_1 = __webpack_require__(6518);
const signoff_js_1 = __webpack_require__(878);
const people_js_1 = __webpack_require__(2165);
const DAY_MS = 86_400_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_TITLES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** How far ahead the next window / the closing time is looked for. */
const HORIZON_DAYS = 400;
const DEFAULT_TZ = 'UTC';
// ---------------------------------------------------------------------------------------------
// Parsing and validation
const TIME = /^(\d{1,2}):(\d{2})$/;
const DAY_SPEC_HELP = 'days as mon, tue, wed, thu, fri, sat or sun, ranges like mon-fri, lists like mon,wed,fri';
const RULE_HELP = `expected "*", "HH:MM-HH:MM", or ${DAY_SPEC_HELP} optionally followed by HH:MM-HH:MM (e.g. "mon-thu 09:00-16:00")`;
function parseTime(text, isEnd) {
    const m = TIME.exec(text.trim());
    if (!m)
        return null;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (min > 59)
        return null;
    if (h === 24 && min === 0 && isEnd)
        return 1440;
    if (h > 23)
        return null;
    return h * 60 + min;
}
function parseDay(text) {
    const i = DAYS.indexOf(text.trim().toLowerCase());
    return i < 0 ? null : i;
}
/** Parses one `allow` rule; returns the problem as a message when it is not valid. */
function parseRule(text) {
    const src = text.trim();
    const bad = (what) => `allow rule "${text}": ${what}; ${RULE_HELP}`;
    if (src === '*')
        return { text, days: null, start: 0, end: 1440, always: true };
    // "<days> <time-range>", "<days>", "<time-range>" or "* <time-range>".
    const m = /^(.*?)(?:\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))?$/.exec(src);
    const daysPart = (m?.[1] ?? '').trim();
    const from = m?.[2];
    const to = m?.[3];
    let days = null;
    if (daysPart !== '' && daysPart !== '*') {
        days = new Set();
        for (const item of daysPart.split(',')) {
            const range = item.split('-');
            if (range.length > 2 || item.trim() === '')
                return bad(`"${item.trim()}" is not a day or day range`);
            const a = parseDay(range[0]);
            const b = range.length === 2 ? parseDay(range[1]) : a;
            if (a === null)
                return bad(`"${range[0].trim()}" is not a day`);
            if (b === null)
                return bad(`"${range[1].trim()}" is not a day`);
            // A range may wrap around the week: fri-mon is fri, sat, sun, mon.
            for (let d = a;; d = (d + 1) % 7) {
                days.add(d);
                if (d === b)
                    break;
            }
        }
    }
    if (from === undefined || to === undefined) {
        if (daysPart === '' || daysPart === '*')
            return bad('it names no days and no times');
        return { text, days, start: 0, end: 1440, always: false };
    }
    const start = parseTime(from, false);
    const end = parseTime(to, true);
    if (start === null)
        return bad(`${from} is not a time (HH:MM from 00:00 to 23:59)`);
    if (end === null)
        return bad(`${to} is not a time (HH:MM from 00:00 to 24:00)`);
    if (start === end)
        return bad('start and end are the same; use 00:00-24:00 for a whole day');
    return { text, days, start, end, always: false };
}
const FREEZE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;
function parseFreezePoint(text) {
    const m = FREEZE_TIME.exec(text.trim());
    if (!m)
        return null;
    const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    const check = new Date(Date.UTC(date.y, date.m - 1, date.d));
    if (check.getUTCFullYear() !== date.y ||
        check.getUTCMonth() !== date.m - 1 ||
        check.getUTCDate() !== date.d)
        return null;
    if (m[4] === undefined)
        return { date, minutes: null };
    const h = Number(m[4]);
    const min = Number(m[5]);
    if (h > 23 || min > 59)
        return null;
    return { date, minutes: h * 60 + min };
}
function timeZoneProblem(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return null;
    }
    catch {
        return `timezone "${tz}" is not a known IANA time zone; expected a name like Europe/Berlin, America/New_York or UTC`;
    }
}
/**
 * Problems with a window gate's rules, time zone and freezes (empty when valid), for the config
 * loader to report at load time; the schema only checks their shape.
 */
function validateWindowGate(gate) {
    const problems = [];
    const tz = timeZoneProblem(gate.timezone ?? DEFAULT_TZ);
    if (tz)
        problems.push({ path: ['timezone'], message: tz });
    for (const [i, r] of (gate.allow ?? []).entries()) {
        const rule = parseRule(r);
        if (typeof rule === 'string')
            problems.push({ path: ['allow', i], message: rule });
    }
    for (const [i, f] of (gate.freeze ?? []).entries()) {
        const from = parseFreezePoint(f.from);
        const to = parseFreezePoint(f.to);
        const what = `freeze ${i + 1}${f.reason ? ` (${f.reason})` : ''}`;
        const at = ['freeze', i];
        if (!from)
            problems.push({
                path: at,
                message: `${what}: from "${f.from}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
            });
        if (!to)
            problems.push({
                path: at,
                message: `${what}: to "${f.to}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
            });
        if (from && to && !tz) {
            const zone = gate.timezone ?? DEFAULT_TZ;
            const iv = freezeInterval(f, from, to, zone);
            if (iv.end <= iv.start)
                problems.push({ path: at, message: `${what}: to "${f.to}" is not after from "${f.from}"` });
        }
    }
    return problems;
}
// ---------------------------------------------------------------------------------------------
// Time zone arithmetic with Intl
const formatters = new Map();
function formatter(tz) {
    let f = formatters.get(tz);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(tz, f);
    }
    return f;
}
function wallOf(t, tz) {
    const out = {};
    for (const p of formatter(tz).formatToParts(new Date(t)))
        if (p.type !== 'literal')
            out[p.type] = Number(p.value);
    return { y: out.year, m: out.month, d: out.day, h: out.hour % 24, min: out.minute, s: out.second };
}
/** Offset of local wall time from UTC at instant `t`, in ms. */
function offsetAt(t, tz) {
    const w = wallOf(t, tz);
    const whole = Math.floor(t / 1000) * 1000;
    return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - whole;
}
/** The instant of a local wall time, by the DST rule in the module comment. */
function instantOf(date, minutes, tz) {
    const wall = Date.UTC(date.y, date.m - 1, date.d) + minutes * 60_000;
    const before = offsetAt(wall - DAY_MS, tz);
    const after = offsetAt(wall + DAY_MS, tz);
    const candidates = [...new Set([before, after, offsetAt(wall, tz)])]
        .map((o) => wall - o)
        .filter((t) => offsetAt(t, tz) === wall - t)
        .sort((a, b) => a - b);
    if (candidates.length > 0)
        return candidates[0];
    // Skipped wall time: find the instant the clocks jumped (offset changes from `before`).
    let lo = wall - Math.max(before, after);
    let hi = wall - Math.min(before, after);
    while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (offsetAt(mid, tz) === before)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}
function addDays(date, n) {
    const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
/** 0 = Monday. */
function weekday(date) {
    return (new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay() + 6) % 7;
}
const pad = (n) => String(n).padStart(2, '0');
const isoDate = (d) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
/** "Mon 09:00 Europe/Berlin", with the date when it is 6 days or more away (the weekday alone could mean today). */
function describeInstant(t, now, tz) {
    const w = wallOf(t, tz);
    const day = DAY_TITLES[weekday(w)];
    const date = t - now >= 6 * DAY_MS ? ` ${isoDate(w)}` : '';
    return `${day}${date} ${pad(w.h)}:${pad(w.min)} ${tz}`;
}
function describeNow(t, tz) {
    const w = wallOf(t, tz);
    return `${DAY_TITLES[weekday(w)]} ${isoDate(w)} ${pad(w.h)}:${pad(w.min)} ${tz}`;
}
// ---------------------------------------------------------------------------------------------
// Windows and freezes as instants
function freezeInterval(f, from, to, tz) {
    const start = instantOf(from.date, from.minutes ?? 0, tz);
    // A `to` date is inclusive: the freeze lasts until the next midnight.
    const end = to.minutes === null ? instantOf(addDays(to.date, 1), 0, tz) : instantOf(to.date, to.minutes, tz);
    return { start, end, freeze: f };
}
/** Allow intervals of windows starting on local days [first, first + count). */
function windowIntervals(rules, first, count, tz) {
    const out = [];
    for (let i = 0; i < count; i++) {
        const date = addDays(first, i);
        const wd = weekday(date);
        for (const r of rules) {
            if (r.days && !r.days.has(wd))
                continue;
            const start = instantOf(date, r.start, tz);
            const end = instantOf(date, r.end > r.start ? r.end : r.end + 1440, tz);
            if (end > start)
                out.push({ start, end });
        }
    }
    return out.sort((a, b) => a.start - b.start);
}
function computeState(rules, freezes, now, tz, days) {
    const always = rules.length === 0 || rules.some((r) => r.always);
    const today = wallOf(now, tz);
    // Windows that started yesterday may still be open (e.g. sat 22:00-02:00 on Sunday 01:00).
    const windows = always ? [] : windowIntervals(rules, addDays(today, -1), days + 2, tz);
    const horizon = now + days * DAY_MS;
    const allowedAt = (t) => always || windows.some((w) => w.start <= t && t < w.end);
    const freezeAt = (t) => freezes.find((f) => f.start <= t && t < f.end);
    const openAt = (t) => allowedAt(t) && !freezeAt(t);
    if (openAt(now)) {
        // Closes at the end of the merged run of windows containing now, or when a freeze starts.
        let closesAt = null;
        if (!always) {
            let end = now;
            for (let grew = true; grew;) {
                grew = false;
                for (const w of windows)
                    if (w.start <= end && w.end > end) {
                        end = w.end;
                        grew = true;
                    }
            }
            closesAt = end >= horizon ? null : end;
        }
        const nextFreeze = freezes.filter((f) => f.start > now).sort((a, b) => a.start - b.start)[0];
        if (nextFreeze && (closesAt === null || nextFreeze.start < closesAt))
            return { open: true, closesAt: nextFreeze.start, closingFreeze: nextFreeze, opensAt: null };
        return { open: true, closesAt, opensAt: null };
    }
    const state = { open: false, closesAt: null, opensAt: null };
    const frozen = freezeAt(now);
    if (frozen) {
        let end = frozen.end;
        for (let f = freezeAt(end); f; f = freezeAt(end))
            end = f.end;
        state.freeze = frozen;
        state.freezeEnd = end;
    }
    // The state only turns open where a window starts or a freeze ends.
    const candidates = [...windows.map((w) => w.start), ...freezes.map((f) => f.end)]
        .filter((t) => t > now && t < horizon)
        .sort((a, b) => a - b);
    state.opensAt = candidates.find(openAt) ?? null;
    return state;
}
// ---------------------------------------------------------------------------------------------
// Evaluation
function freezeLabel(f) {
    return `${f.from} to ${f.to}${f.reason ? ` (${f.reason})` : ''}`;
}
/** Judges `ctx.now` against the gate's windows, freezes and override sign-offs. */
function evaluateWindow(gate, _facts, ctx) {
    const problems = validateWindowGate(gate).map((p) => p.message);
    if (problems.length > 0)
        return {
            status: 'error',
            summary: `invalid window config: ${problems[0]}`,
            details: [{ kind: 'list', items: problems }],
        };
    const tz = gate.timezone ?? DEFAULT_TZ;
    const rules = (gate.allow ?? []).map((r) => parseRule(r));
    const freezes = (gate.freeze ?? []).map((f) => freezeInterval(f, parseFreezePoint(f.from), parseFreezePoint(f.to), tz));
    const now = ctx.now.getTime();
    let state = computeState(rules, freezes, now, tz, 9);
    if ((state.open && state.closesAt === null) || (!state.open && state.opensAt === null))
        state = computeState(rules, freezes, now, tz, HORIZON_DAYS);
    const details = [{ kind: 'text', text: `Now: ${describeNow(now, tz)}.` }];
    if (rules.length > 0)
        details.push({ kind: 'text', text: `Deploy windows (${tz}):` }, { kind: 'list', items: rules.map((r) => r.text) });
    if (freezes.length > 0)
        details.push({ kind: 'text', text: 'Freezes:' }, { kind: 'list', items: freezes.map((f) => freezeLabel(f.freeze)) });
    if (state.open) {
        let summary;
        const inWindow = rules.length === 0 || rules.some((r) => r.always) ? 'no freeze now' : 'inside a deploy window';
        if (state.closesAt === null)
            summary = `${inWindow}; ${rules.length === 0 || rules.some((r) => r.always) ? 'deploys allowed at any time' : `no window end within ${HORIZON_DAYS} days`}`;
        else if (state.closingFreeze)
            summary = `${inWindow}; freeze ${state.closingFreeze.freeze.reason ? `(${state.closingFreeze.freeze.reason}) ` : ''}starts ${describeInstant(state.closesAt, now, tz)}, in ${(0, duration_js_1.formatDuration)(state.closesAt - now)}`;
        else
            summary = `${inWindow}; closes ${describeInstant(state.closesAt, now, tz)}, in ${(0, duration_js_1.formatDuration)(state.closesAt - now)}`;
        return { status: 'pass', summary, details };
    }
    const next = state.opensAt === null
        ? `no window opens within ${HORIZON_DAYS} days`
        : `next window: ${describeInstant(state.opensAt, now, tz)}, in ${(0, duration_js_1.formatDuration)(state.opensAt - now)}`;
    let blocked;
    if (state.freeze) {
        const f = state.freeze.freeze;
        // Name the `to` of the last freeze in a chain of back-to-back freezes, as written.
        const last = freezes.find((x) => x.end === state.freezeEnd) ?? state.freeze;
        blocked = `frozen until ${last.freeze.to}${f.reason ? ` (${f.reason})` : ''}`;
        details.push({
            kind: 'text',
            text: `The freeze ends ${describeInstant(state.freezeEnd, now, tz)} (a "to" date is inclusive).`,
        });
    }
    else
        blocked = 'outside deploy windows';
    const reason = `${blocked}; ${next}`;
    if (!gate.override)
        return { status: 'fail', summary: reason, details };
    if (!ctx.pr) {
        details.push({
            kind: 'text',
            text: ctx.mode === 'cli'
                ? 'An override by sign-off is checked by the action on the pull request.'
                : 'No pull request for this commit, so no override sign-off can lift the window.',
        });
        return { status: 'fail', summary: reason, details };
    }
    // An override lifts the window for what was reviewed: like any sign-off with dismiss-stale, a push
    // after it makes it stale, so new commits are never deployed outside the window unseen.
    const so = (0, signoff_js_1.evaluateSignoffs)(ctx, ctx.gateId, gate.override, { dismissStale: true });
    if (so.ignored.length > 0)
        details.push({ kind: 'text', text: 'Sign-offs that do not count:' }, {
            kind: 'table',
            columns: ['Who', 'When', 'Why'],
            rows: so.ignored.map((i) => [i.login, i.at, i.reason]),
        });
    if (so.valid.length > 0) {
        const who = so.valid.map((s) => s.login).join(', ');
        return { status: 'pass', summary: `window lifted by ${who}; ${blocked}`, details, signoffs: so.valid };
    }
    if (so.error)
        return { status: 'error', summary: `could not check override sign-offs: ${so.error}`, details };
    details.push({ kind: 'text', text: (0, signoff_js_1.signoffHint)(ctx.gateId, gate.override) });
    return { status: 'fail', summary: reason, details, unblock: [(0, signoff_js_1.signoffUnblock)(ctx, gate.override)] };
}
/** What the gate checks, with defaults applied. */
function explainWindow(gate) {
    const tz = gate.timezone ?? DEFAULT_TZ;
    const lines = [`Time zone: ${tz}${gate.timezone ? '' : ' (default)'}.`];
    if (!gate.allow || gate.allow.length === 0)
        lines.push('Deploy windows: any time (no allow rules).');
    else
        lines.push(`Deploy windows: ${gate.allow.join('; ')} (start inclusive, end exclusive).`);
    if (gate.freeze && gate.freeze.length > 0)
        lines.push(`Freezes (block even inside a window): ${gate.freeze.map(freezeLabel).join('; ')}. A "to" date is inclusive; a "to" date-time is exclusive.`);
    else
        lines.push('Freezes: none.');
    lines.push(gate.override
        ? `Override: a "/signoff <gate-id>" comment by ${gate.override.join(', ')} lifts the window and freezes for the PR, until the next push.`
        : 'Override: none.');
    lines.push('DST: a skipped wall time means the moment the clocks jump; a repeated wall time means its first occurrence.');
    return lines;
}
exports.gate = {
    evaluate: evaluateWindow,
    explain: explainWindow,
    check: (gate) => validateWindowGate(gate).filter((p) => p.path[0] !== 'timezone'),
    teams: (gate, ctx) => ctx.signoffGates.has(ctx.gateId) && gate.override ? (0, people_js_1.teamsIn)(gate.override, ctx.groups) : [],
};


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

//# sourceMappingURL=8454.index.js.map