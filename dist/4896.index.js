export const id = 4896;
export const ids = [4896,8921,1693];
export const modules = {

/***/ 2515:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runGates = runGates;
exports.neededTeams = neededTeams;
const errors_js_1 = __webpack_require__(3916);
const people_js_1 = __webpack_require__(2165);
const registry_js_1 = __webpack_require__(8921);
const types_js_1 = __webpack_require__(2301);
const duration_js_1 = __webpack_require__(6518);
const waivers_js_1 = __webpack_require__(1693);
const select_js_1 = __webpack_require__(2132);
const defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runGates(input) {
    const started = Date.now();
    const sleep = input.sleep ?? defaultSleep;
    const factsById = new Map();
    const results = new Map();
    const loaded = await (0, registry_js_1.loadGates)(input.gates.map((g) => g.type));
    const kind = (spec) => loaded.get(spec.type);
    const evalCtx = (spec) => ({
        gateId: spec.id,
        now: input.now,
        mode: input.mode,
        pr: input.pr,
        groups: input.config.groups ?? {},
        teams: input.teams,
        // A checklist's items can be checked by other gates: it is judged last, on their results.
        ...(isLate(spec)
            ? {
                linked: Object.fromEntries([...results.values()].map((r) => [
                    r.id,
                    { status: r.status, summary: r.summary, title: r.title },
                ])),
            }
            : {}),
    });
    const finish = (spec, outcome) => {
        const r = {
            ...outcome,
            id: spec.id,
            type: spec.type,
            title: spec.title,
            required: spec.required,
        };
        results.set(spec.id, r);
        return r;
    };
    const judge = (spec, facts) => {
        try {
            return finish(spec, kind(spec).logic.evaluate(spec.config, facts, evalCtx(spec)));
        }
        catch (e) {
            return finish(spec, internalError(e));
        }
    };
    // GitHub facts as each round sees them: the first round's checks came with the main query; later
    // rounds read them again, once per round however many checks gates wait.
    const viewFor = (round) => {
        const gh = input.github;
        if (!gh)
            return null;
        let checks = null;
        return {
            checksSha: gh.checksSha,
            checksError: gh.checksError ?? null,
            approvals: gh.approvals,
            ...(gh.release ? { release: gh.release } : {}),
            checks: () => (checks ??= round === 0 ? Promise.resolve(gh.checks) : gh.refreshChecks()),
        };
    };
    let view = viewFor(0);
    const gather = async (spec, round) => {
        const k = kind(spec);
        if (input.mode === 'cli' && k.source === 'github') {
            const r = finish(spec, {
                status: 'skipped',
                summary: 'needs GitHub: checked by the action on the pull request',
            });
            input.onResult?.(r);
            return;
        }
        // Note: `onResult?.(judge(…))` would skip judge() when there is no listener.
        let result;
        try {
            const waitedMs = round === 0 ? 0 : Date.now() - started;
            const ctx = {
                ...input.collect,
                github: view,
                wait: { round, waitedMs, over: waitedMs >= input.waitMs(spec) },
            };
            const facts = k.collect ? await k.collect(spec.config, ctx) : {};
            factsById.set(spec.id, facts);
            if (isLate(spec))
                return; // judged after the others, below
            result = judge(spec, facts);
        }
        catch (e) {
            result = finish(spec, collectError(e));
        }
        input.onResult?.(result);
    };
    // Gates that run processes go one at a time; the rest concurrently.
    const exclusive = input.gates.filter((g) => kind(g).exclusive);
    const shared = input.gates.filter((g) => !kind(g).exclusive);
    await Promise.all([
        ...shared.map((g) => gather(g, 0)),
        (async () => {
            for (const g of exclusive)
                await gather(g, 0);
        })(),
    ]);
    // Wait for pending gates, polling with backoff, each up to its own wait budget.
    const pendingSpecs = () => input.gates.filter((g) => results.get(g.id)?.status === 'pending' && results.get(g.id)?.retryable);
    let interval = 0;
    for (let round = 1;; round++) {
        const pending = pendingSpecs();
        if (!pending.length)
            break;
        const waited = Date.now() - started;
        const remaining = Math.max(...pending.map((g) => input.waitMs(g) - waited));
        if (remaining <= 0)
            break;
        const maxWait = Math.max(...pending.map((g) => input.waitMs(g)));
        interval = interval ? Math.min(interval * 1.5, 30_000) : Math.min(10_000, Math.max(1_000, maxWait / 20));
        const delay = Math.min(interval, remaining);
        input.log(`waiting for ${pending.map((g) => g.id).join(', ')} (${(0, duration_js_1.formatDuration)(remaining)} left)`);
        await sleep(delay);
        view = viewFor(round);
        for (const g of pending)
            await gather(g, round);
    }
    // Whatever is still pending is final now. Facts that depend on the wait (`waitOver`) are judged
    // once more knowing it is over, without gathering them again.
    const waitedTotal = Date.now() - started;
    for (const g of pendingSpecs()) {
        const last = factsById.get(g.id);
        if (last && typeof last === 'object' && 'waitOver' in last)
            judge(g, { ...last, waitOver: true, waitedMs: waitedTotal });
        const r = results.get(g.id);
        if (r.status === 'pending')
            results.set(g.id, { ...r, retryable: false });
    }
    // Checklists after every other gate is final, on the results of the gates their items link to.
    for (const g of input.gates.filter(isLate)) {
        if (results.has(g.id))
            continue; // collecting its facts failed: already an error
        const r = judge(g, factsById.get(g.id)); // not inside `onResult?.(…)`: that skips it without a listener
        input.onResult?.(r);
    }
    // Waivers last: only a final `fail` can be waived (a pending gate may still pass or error).
    const gates = input.gates.map((g) => {
        const r = results.get(g.id);
        if (input.mode !== 'action')
            return r;
        const allowed = (0, select_js_1.waiversFor)(g, input.config);
        return (0, waivers_js_1.applyWaivers)(r, (0, waivers_js_1.evaluateWaivers)(evalCtx(g), g.id, allowed), allowed);
    });
    gates.push(...(input.unavailable ?? []));
    return {
        environment: input.environment,
        allowed: gates.every((g) => !g.required || (0, types_js_1.allowsDeploy)(g.status)),
        sha: input.github?.checksSha ?? input.sha,
        pr: input.pr?.number ?? null,
        gates,
    };
}
/**
 * The org teams (`org/slug`) whose members the selected gates' decisions need on this PR: each gate
 * type says which (its `teams` hook); none are read when nobody could qualify.
 */
async function neededTeams(gates, config, pr, github) {
    const loaded = await (0, registry_js_1.loadGates)(gates.map((g) => g.type), { logicOnly: true });
    const signoffGates = new Set(pr.comments.flatMap((c) => c.commands.map((s) => s.gate)));
    const waivedGates = new Set(pr.comments.flatMap((c) => (c.waives ?? []).map((w) => w.gate)));
    const groups = config.groups ?? {};
    const teams = new Set();
    for (const g of gates) {
        const hook = loaded.get(g.type).logic.teams;
        const ctx = { gateId: g.id, groups, pr, github, signoffGates };
        for (const t of hook?.(g.config, ctx) ?? [])
            teams.add(t);
        // Waivers apply to every gate type, so the engine (not the gate) knows who may waive.
        const waivers = waivedGates.has(g.id) ? (0, select_js_1.waiversFor)(g, config) : undefined;
        if (waivers)
            (0, people_js_1.teamsIn)(waivers, groups).forEach((t) => teams.add(t));
    }
    return [...teams];
}
/** Gates judged after all others because their outcome depends on other gates' results. */
function isLate(spec) {
    return spec.type === 'checklist';
}
function collectError(e) {
    if (e instanceof errors_js_1.UserError)
        return { status: 'error', summary: e.message };
    return internalError(e);
}
function internalError(e) {
    return {
        status: 'error',
        summary: `internal error while evaluating this gate: ${(0, errors_js_1.errorMessage)(e)} (the gate fails closed; please report this)`,
    };
}


/***/ }),

/***/ 8921:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GATES = void 0;
exports.entry = entry;
exports.loadGates = loadGates;
/** Ties a type's logic and source together; `F` is inferred from both, so they must agree. */
function entry(e) {
    return e;
}
exports.GATES = {
    approvals: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 2628).then(__webpack_require__.bind(__webpack_require__, 2628)),
        facts: () => __webpack_require__.e(/* import() */ 2050).then(__webpack_require__.bind(__webpack_require__, 2050)),
    }),
    audit: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 9791).then(__webpack_require__.bind(__webpack_require__, 9791)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(2654)]).then(__webpack_require__.bind(__webpack_require__, 2654)),
    }),
    checklist: entry({
        source: 'local',
        logic: () => Promise.all(/* import() */[__webpack_require__.e(8559), __webpack_require__.e(3508), __webpack_require__.e(980)]).then(__webpack_require__.bind(__webpack_require__, 980)),
        facts: () => __webpack_require__.e(/* import() */ 7458).then(__webpack_require__.t.bind(__webpack_require__, 7458, 23)),
    }),
    checks: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 7519).then(__webpack_require__.bind(__webpack_require__, 7519)),
        facts: () => __webpack_require__.e(/* import() */ 1409).then(__webpack_require__.bind(__webpack_require__, 1409)),
    }),
    command: entry({
        source: 'local',
        exclusive: true,
        logic: () => __webpack_require__.e(/* import() */ 5325).then(__webpack_require__.bind(__webpack_require__, 5325)),
        facts: () => __webpack_require__.e(/* import() */ 3383).then(__webpack_require__.t.bind(__webpack_require__, 3383, 23)),
    }),
    coverage: entry({
        source: 'local',
        logic: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(5968)]).then(__webpack_require__.t.bind(__webpack_require__, 5968, 23)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(9800), __webpack_require__.e(5677)]).then(__webpack_require__.bind(__webpack_require__, 5677)),
    }),
    dns: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 1107).then(__webpack_require__.bind(__webpack_require__, 1107)),
        facts: () => __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 257)),
    }),
    env: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 9963).then(__webpack_require__.bind(__webpack_require__, 9963)),
        facts: () => __webpack_require__.e(/* import() */ 7953).then(__webpack_require__.bind(__webpack_require__, 7953)),
    }),
    environment: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 5529).then(__webpack_require__.bind(__webpack_require__, 5529)),
        facts: () => __webpack_require__.e(/* import() */ 2447).then(__webpack_require__.bind(__webpack_require__, 2447)),
    }),
    fresh: entry({
        source: 'local',
        exclusive: true,
        logic: () => __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 992)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(5210)]).then(__webpack_require__.bind(__webpack_require__, 5210)),
    }),
    http: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 1062).then(__webpack_require__.bind(__webpack_require__, 1062)),
        facts: () => __webpack_require__.e(/* import() */ 9496).then(__webpack_require__.bind(__webpack_require__, 9496)),
    }),
    manual: entry({ source: 'none', logic: () => __webpack_require__.e(/* import() */ 4744).then(__webpack_require__.bind(__webpack_require__, 4744)) }),
    migrations: entry({
        source: 'local',
        exclusive: true,
        logic: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(9663)]).then(__webpack_require__.t.bind(__webpack_require__, 9663, 23)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(9663), __webpack_require__.e(4109)]).then(__webpack_require__.t.bind(__webpack_require__, 4109, 23)),
    }),
    promotion: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 6645).then(__webpack_require__.bind(__webpack_require__, 6645)),
        facts: () => __webpack_require__.e(/* import() */ 903).then(__webpack_require__.bind(__webpack_require__, 903)),
    }),
    sarif: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 4917).then(__webpack_require__.bind(__webpack_require__, 4917)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(7197), __webpack_require__.e(6495)]).then(__webpack_require__.bind(__webpack_require__, 6495)),
    }),
    tests: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 7081).then(__webpack_require__.bind(__webpack_require__, 7081)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(9800), __webpack_require__.e(471)]).then(__webpack_require__.bind(__webpack_require__, 471)),
    }),
    window: entry({ source: 'none', logic: () => __webpack_require__.e(/* import() */ 8454).then(__webpack_require__.bind(__webpack_require__, 8454)) }),
};
/**
 * Loads the logic (and, unless `logicOnly`, the sources) of the given gate types. One type after
 * another: concurrent `import()`s of modules that share a dependency trip jest's ESM loader ("request
 * for … is not in cache"), and in the bundle each is a local chunk read of well under a millisecond.
 */
async function loadGates(types, opts = {}) {
    const out = new Map();
    for (const t of new Set(types)) {
        // The table guarantees per type that config, logic and source agree; erased here only.
        const e = exports.GATES[t];
        const { gate } = await e.logic();
        const facts = e.source === 'none' || opts.logicOnly ? null : await e.facts();
        out.set(t, {
            source: e.source,
            exclusive: e.exclusive ?? false,
            logic: gate,
            collect: facts?.collect ?? null,
        });
    }
    return out;
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


/***/ })

};

//# sourceMappingURL=4896.index.js.map