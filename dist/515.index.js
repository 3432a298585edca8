export const id = 515;
export const ids = [515];
export const modules = {

/***/ 7480:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COLLECTORS = void 0;
exports.COLLECTORS = {
    coverage: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(949), __webpack_require__.e(560), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 5677))).collectCoverage,
    audit: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(949), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 2654))).collectAudit,
    migrations: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(109)]).then(__webpack_require__.t.bind(__webpack_require__, 4109, 23))).collectMigrations,
    http: async () => (await __webpack_require__.e(/* import() */ 496).then(__webpack_require__.bind(__webpack_require__, 9496))).collectHttp,
    command: async () => (await __webpack_require__.e(/* import() */ 383).then(__webpack_require__.t.bind(__webpack_require__, 3383, 23))).collectCommand,
};


/***/ }),

/***/ 2515:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runGates = runGates;
const errors_js_1 = __webpack_require__(3916);
const registry_js_1 = __webpack_require__(8921);
const types_js_1 = __webpack_require__(2301);
const waivers_js_1 = __webpack_require__(1693);
const duration_js_1 = __webpack_require__(6518);
const collectors_js_1 = __webpack_require__(7480);
const select_js_1 = __webpack_require__(2132);
const defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runGates(input) {
    const started = Date.now();
    const sleep = input.sleep ?? defaultSleep;
    const factsById = new Map();
    const results = new Map();
    const logic = await (0, registry_js_1.loadGates)(input.gates.map((g) => g.type));
    const evalCtx = (spec) => ({
        gateId: spec.id,
        now: input.now,
        mode: input.mode,
        pr: input.pr,
        groups: input.config.groups ?? {},
        teams: input.teams,
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
            return finish(spec, logic.get(spec.type).evaluate(spec.config, facts, evalCtx(spec)));
        }
        catch (e) {
            return finish(spec, internalError(e));
        }
    };
    const checksFacts = (spec, checks, waitedMs) => ({
        sha: input.github?.checksSha ?? input.sha,
        checks,
        waitedMs,
        waitOver: waitedMs >= input.waitMs(spec),
    });
    const collectOne = async (spec) => {
        const kind = registry_js_1.GATES[spec.type];
        if (kind.source === 'github') {
            if (!input.github)
                return null;
            if (spec.type === 'checks' && input.github.checksError)
                throw new errors_js_1.UserError(input.github.checksError);
            return spec.type === 'checks' ? checksFacts(spec, input.github.checks, 0) : input.github.approvals;
        }
        if (kind.source === 'none')
            return {};
        const load = collectors_js_1.COLLECTORS[spec.type];
        if (!load)
            throw new Error(`no fact source for gate type ${spec.type}`);
        return (await load())(spec.config, input.collect);
    };
    const gather = async (spec) => {
        if (input.mode === 'cli' && registry_js_1.GATES[spec.type].source === 'github') {
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
            const facts = await collectOne(spec);
            factsById.set(spec.id, facts);
            result = judge(spec, facts);
        }
        catch (e) {
            result = finish(spec, collectError(e));
        }
        input.onResult?.(result);
    };
    // Gates that run processes go one at a time; the rest concurrently.
    const exclusive = input.gates.filter((g) => registry_js_1.GATES[g.type].exclusive);
    const shared = input.gates.filter((g) => !registry_js_1.GATES[g.type].exclusive);
    await Promise.all([
        ...shared.map(gather),
        (async () => {
            for (const g of exclusive)
                await gather(g);
        })(),
    ]);
    // Wait for pending gates, polling with backoff, each up to its own wait budget.
    const pendingSpecs = () => input.gates.filter((g) => results.get(g.id)?.status === 'pending' && results.get(g.id)?.retryable);
    let interval = 0;
    for (;;) {
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
        const waitedNow = Date.now() - started;
        const needChecks = pending.some((g) => g.type === 'checks');
        let checks = null;
        if (needChecks && input.github) {
            try {
                checks = await input.github.refreshChecks();
            }
            catch (e) {
                for (const g of pending.filter((p) => p.type === 'checks'))
                    finish(g, collectError(e));
            }
        }
        for (const g of pending) {
            if (g.type === 'checks') {
                if (checks) {
                    const facts = checksFacts(g, checks, waitedNow);
                    factsById.set(g.id, facts);
                    judge(g, facts);
                }
            }
            else
                await gather(g);
        }
    }
    // Whatever is still pending is final now: evaluate once more knowing the wait is over.
    const waitedTotal = Date.now() - started;
    for (const g of pendingSpecs()) {
        const last = factsById.get(g.id);
        if (g.type === 'checks' && last)
            judge(g, { ...last, waitOver: true, waitedMs: waitedTotal });
        const r = results.get(g.id);
        if (r.status === 'pending')
            results.set(g.id, { ...r, retryable: false });
    }
    // Waivers last: only a final `fail` can be waived (a pending gate may still pass or error).
    const gates = input.gates.map((g) => {
        const r = results.get(g.id);
        if (input.mode !== 'action')
            return r;
        const allowed = (0, select_js_1.waiversFor)(g, input.config);
        return (0, waivers_js_1.applyWaivers)(r, (0, waivers_js_1.evaluateWaivers)(evalCtx(g), g.id, allowed), allowed);
    });
    return {
        environment: input.environment,
        allowed: gates.every((g) => !g.required || (0, types_js_1.allowsDeploy)(g.status)),
        sha: input.github?.checksSha ?? input.sha,
        pr: input.pr?.number ?? null,
        gates,
    };
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
exports.loadGates = loadGates;
exports.GATES = {
    checks: { source: 'github', load: async () => logic(await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7519)), 'Checks') },
    approvals: { source: 'github', load: async () => logic(await __webpack_require__.e(/* import() */ 628).then(__webpack_require__.bind(__webpack_require__, 2628)), 'Approvals') },
    manual: { source: 'none', load: async () => logic(await __webpack_require__.e(/* import() */ 744).then(__webpack_require__.bind(__webpack_require__, 4744)), 'Manual') },
    coverage: { source: 'local', load: async () => logic(await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(968)]).then(__webpack_require__.t.bind(__webpack_require__, 5968, 23)), 'Coverage') },
    audit: { source: 'local', load: async () => logic(await __webpack_require__.e(/* import() */ 791).then(__webpack_require__.bind(__webpack_require__, 9791)), 'Audit') },
    migrations: {
        source: 'local',
        exclusive: true,
        load: async () => logic(await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(663)]).then(__webpack_require__.t.bind(__webpack_require__, 9663, 23)), 'Migrations'),
    },
    window: { source: 'none', load: async () => logic(await __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 8454)), 'Window') },
    http: { source: 'local', load: async () => logic(await __webpack_require__.e(/* import() */ 62).then(__webpack_require__.bind(__webpack_require__, 1062)), 'Http') },
    command: {
        source: 'local',
        exclusive: true,
        load: async () => logic(await __webpack_require__.e(/* import() */ 325).then(__webpack_require__.bind(__webpack_require__, 5325)), 'Command'),
    },
};
function logic(mod, name) {
    return {
        evaluate: mod[`evaluate${name}`],
        explain: mod[`explain${name}`],
    };
}
/** Loads the logic of the given gate types. */
async function loadGates(types) {
    const out = new Map();
    await Promise.all([...new Set(types)].map(async (t) => out.set(t, await exports.GATES[t].load())));
    return out;
}


/***/ })

};
