export const id = 903;
export const ids = [903];
export const modules = {

/***/ 903:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
/** The `promotion` gate's facts: the latest deployment of each `after:` environment, read over REST by the action. */
const errors_js_1 = __webpack_require__(3916);
const collect = async (gate, ctx) => {
    const release = ctx.github?.release;
    if (!release)
        throw new errors_js_1.UserError('the promotion gate needs GitHub: it is evaluated by the action in the deploy job');
    return release.promotion(gate);
};
exports.collect = collect;


/***/ })

};

//# sourceMappingURL=903.index.js.map