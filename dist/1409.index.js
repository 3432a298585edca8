export const id = 1409;
export const ids = [1409];
export const modules = {

/***/ 1409:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
/** The `checks` gate's facts: the commit's check runs and statuses, from the action's GitHub facts. */
const errors_js_1 = __webpack_require__(3916);
const collect = async (_gate, ctx) => {
    const gh = ctx.github;
    if (!gh)
        throw new errors_js_1.UserError('the checks gate needs GitHub: it is evaluated by the action on the pull request');
    if (gh.checksError)
        throw new errors_js_1.UserError(gh.checksError);
    const wait = ctx.wait ?? { round: 0, waitedMs: 0, over: false };
    return { sha: gh.checksSha, checks: await gh.checks(), waitedMs: wait.waitedMs, waitOver: wait.over };
};
exports.collect = collect;


/***/ })

};

//# sourceMappingURL=1409.index.js.map