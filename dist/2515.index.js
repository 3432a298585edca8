export const id = 2515;
export const ids = [2515,4896,8921,1693];
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
const sample_js_1 = __webpack_require__(3886);
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
        const waitedMs = round === 0 ? 0 : Date.now() - started;
        const ctx = {
            ...input.collect,
            github: view,
            wait: { round, waitedMs, over: waitedMs >= input.waitMs(spec) },
        };
        const sample = spec.config.sample;
        if (sample) {
            // Verify-phase sampling: gather and judge again at every sample; the window decides.
            const { outcome, sampling } = await (0, sample_js_1.runSampled)(spec, sample, {
                measure: async () => {
                    try {
                        const facts = k.collect ? await k.collect(spec.config, ctx) : {};
                        return k.logic.evaluate(spec.config, facts, evalCtx(spec));
                    }
                    catch (e) {
                        return collectError(e);
                    }
                },
                signal: input.collect.signal,
                log: input.log,
                unit: spec.type === 'http' ? 'ms' : undefined,
            });
            result = finish(spec, outcome);
            result.sampling = sampling;
            input.onResult?.(result);
            return;
        }
        try {
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
        ...(input.phase === 'verify' ? { phase: 'verify' } : {}),
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

/***/ 3886:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.plannedSamples = plannedSamples;
exports.runSampled = runSampled;
/**
 * Sampling for gates with `sample:` (the verify phase): wait `delay`, then measure every `every`
 * for `for`. The gate fails as soon as more than `failure-limit` samples failed, and passes only
 * when the whole window held (Azure's "minimum success duration", Argo's failureLimit). A sample
 * that could not measure (`error`) counts as failed: "no data" never lets a rollout through.
 */
const types_js_1 = __webpack_require__(2301);
const duration_js_1 = __webpack_require__(6518);
const number_js_1 = __webpack_require__(1555);
const sleep_js_1 = __webpack_require__(7783);
/** Samples planned for a window: one at its start, then one every `every` up to its end. */
function plannedSamples(everyMs, windowMs) {
    return Math.floor(windowMs / Math.max(1, everyMs)) + 1;
}
/** Rows kept in the samples table of the details (first and last ones; the result has all). */
const TABLE_ROWS = 30;
async function runSampled(spec, cfg, deps) {
    const delay = (0, duration_js_1.parseDuration)(cfg.delay ?? '0') ?? 0;
    const every = Math.max(1, (0, duration_js_1.parseDuration)(cfg.every) ?? 1);
    const windowMs = (0, duration_js_1.parseDuration)(cfg.for) ?? 0;
    const limit = cfg['failure-limit'] ?? 0;
    const planned = plannedSamples(every, windowMs);
    const samples = [];
    const sampling = { samples, planned, failed: 0, failureLimit: limit };
    if (deps.unit)
        sampling.unit = deps.unit;
    const unit = deps.unit ? ` ${deps.unit}` : '';
    if (delay > 0) {
        deps.log(`${spec.id}: waiting ${(0, duration_js_1.formatDuration)(delay)} before the first of ${planned} samples`);
        await (0, sleep_js_1.sleep)(delay, deps.signal);
    }
    const started = Date.now();
    let last = null;
    let lastBad = null;
    let stopped = false;
    for (let i = 0; i < planned; i++) {
        if (i > 0)
            await (0, sleep_js_1.sleep)(Math.max(0, started + i * every - Date.now()), deps.signal);
        if (deps.signal.aborted) {
            stopped = true;
            break;
        }
        const outcome = await deps.measure();
        last = outcome;
        const rec = {
            at: new Date().toISOString(),
            status: outcome.status,
            summary: outcome.summary,
        };
        if (outcome.value !== undefined)
            rec.value = outcome.value;
        samples.push(rec);
        const bad = !(0, types_js_1.allowsDeploy)(outcome.status);
        if (bad) {
            sampling.failed++;
            lastBad = { outcome, n: i + 1 };
        }
        deps.log(`${spec.id}: sample ${i + 1}/${planned}: ${outcome.status} ${outcome.summary}${bad ? ` (${sampling.failed} failed, ${limit} tolerated)` : ''}`);
        if (sampling.failed > limit)
            break;
    }
    const details = (o) => [...(o?.details ?? []), samplesTable(samples, unit)];
    const value = last?.value !== undefined ? { value: last.value } : {};
    const window = `${(0, duration_js_1.formatDuration)(windowMs)}${delay ? ` after a ${(0, duration_js_1.formatDuration)(delay)} delay` : ''}`;
    if (sampling.failed > limit && lastBad) {
        // A window where every failed sample could not measure is "could not verify", not "failed".
        const anyFail = samples.some((s) => s.status === 'fail');
        const what = anyFail ? 'failed' : 'could not measure';
        return {
            sampling,
            outcome: {
                status: anyFail ? 'fail' : 'error',
                summary: `${what} at sample ${lastBad.n}/${planned} (${sampling.failed} failed, ${limit} tolerated): ${lastBad.outcome.summary}`,
                details: details(lastBad.outcome),
                ...value,
            },
        };
    }
    if (stopped || samples.length < planned) {
        return {
            sampling,
            outcome: {
                status: 'error',
                summary: `sampling stopped after ${samples.length}/${planned} samples: the run's deadline passed (or it was cancelled) before the ${window} window ended`,
                details: details(last),
                ...value,
            },
        };
    }
    const tolerated = sampling.failed ? ` (${sampling.failed} failed, ${limit} tolerated)` : '';
    return {
        sampling,
        outcome: {
            status: 'pass',
            summary: `held for ${window}: ${planned - sampling.failed}/${planned} samples passed${tolerated}; last: ${last?.summary ?? '-'}`,
            details: details(last),
            ...value,
        },
    };
}
function samplesTable(samples, unit) {
    const rows = samples.map((s, i) => [
        String(i + 1),
        s.at.slice(11, 19),
        s.status,
        s.value === undefined ? '-' : `${(0, number_js_1.formatNumber)(s.value)}${unit}`,
        s.summary,
    ]);
    const shown = rows.length > TABLE_ROWS
        ? [
            ...rows.slice(0, TABLE_ROWS / 2),
            ['…', '', '', '', `${rows.length - TABLE_ROWS} more`],
            ...rows.slice(-TABLE_ROWS / 2),
        ]
        : rows;
    return { kind: 'table', columns: ['Sample', 'Time (UTC)', 'Status', 'Value', 'Result'], rows: shown };
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
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(1062), __webpack_require__.e(5210)]).then(__webpack_require__.bind(__webpack_require__, 5210)),
    }),
    http: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 1062).then(__webpack_require__.bind(__webpack_require__, 1062)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(1062), __webpack_require__.e(9496)]).then(__webpack_require__.bind(__webpack_require__, 9496)),
    }),
    manual: entry({ source: 'none', logic: () => __webpack_require__.e(/* import() */ 4744).then(__webpack_require__.bind(__webpack_require__, 4744)) }),
    migrations: entry({
        source: 'local',
        exclusive: true,
        logic: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(9663)]).then(__webpack_require__.t.bind(__webpack_require__, 9663, 23)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(9663), __webpack_require__.e(4109)]).then(__webpack_require__.t.bind(__webpack_require__, 4109, 23)),
    }),
    metric: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 1498).then(__webpack_require__.bind(__webpack_require__, 1498)),
        facts: () => __webpack_require__.e(/* import() */ 8556).then(__webpack_require__.bind(__webpack_require__, 8556)),
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


/***/ }),

/***/ 7783:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sleep = sleep;
/** Sleeps, waking early when the signal aborts (a run deadline, Ctrl-C). */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}


/***/ })

};

//# sourceMappingURL=2515.index.js.map