export const id = 744;
export const ids = [744];
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
exports.gate = {
    evaluate: evaluateManual,
    explain: explainManual,
    teams: (gate, ctx) => (ctx.signoffGates.has(ctx.gateId) ? (0, people_js_2.teamsIn)(gate.signoff, ctx.groups) : []),
};


/***/ })

};
