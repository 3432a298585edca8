export const id = 2447;
export const ids = [2447];
export const modules = {

/***/ 2447:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
/** The `environment` gate's facts: who approved the run’s environment, and its settings, read over REST by the action. */
const errors_js_1 = __webpack_require__(3916);
const collect = async (gate, ctx) => {
    const release = ctx.github?.release;
    if (!release)
        throw new errors_js_1.UserError('the environment gate needs GitHub: it is evaluated by the action in the deploy job');
    return release.environment(gate);
};
exports.collect = collect;


/***/ })

};

//# sourceMappingURL=2447.index.js.map