export const id = 8921;
export const ids = [8921];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=8921.index.js.map