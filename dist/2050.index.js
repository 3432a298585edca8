export const id = 2050;
export const ids = [2050];
export const modules = {

/***/ 2050:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
/** The `approvals` gate's facts: the PR's reviews and CODEOWNERS, from the action's GitHub facts. */
const errors_js_1 = __webpack_require__(3916);
const collect = async (_gate, ctx) => {
    if (!ctx.github)
        throw new errors_js_1.UserError('the approvals gate needs GitHub: it is evaluated by the action on the pull request');
    return ctx.github.approvals;
};
exports.collect = collect;


/***/ })

};

//# sourceMappingURL=2050.index.js.map