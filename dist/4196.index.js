export const id = 4196;
export const ids = [4196];
export const modules = {

/***/ 4196:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connectLocalAction = connectLocalAction;
/**
 * `@github/local-action` runs `src/main.ts` and shows what the action did by stubbing the
 * `@actions/core` installed beside itself; it never reads GITHUB_OUTPUT. shipgate does not use
 * `@actions/core` (see runtime.ts), so under local-action it loads that stubbed module from
 * local-action's install folder and routes its runner calls through it.
 * Loaded only when local-action is detected, so a real run pays nothing for it.
 */
const node_module_1 = __webpack_require__(8995);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
const runtime_js_1 = __webpack_require__(4202);
/**
 * Connects the runtime to the `@actions/core` that local-action stubbed (the one resolved from its
 * working directory, which is local-action's own install folder). Returns false, changing nothing,
 * when there is none.
 */
async function connectLocalAction(cwd = process.cwd()) {
    let path;
    try {
        path = (0, node_module_1.createRequire)((0, node_path_1.join)(cwd, 'local-action.cjs')).resolve('@actions/core');
    }
    catch {
        return false;
    }
    const mod = (await import(/* webpackIgnore: true */ (0, node_url_1.pathToFileURL)(path).href));
    const names = [
        'getInput',
        'info',
        'debug',
        'warning',
        'error',
        'setSecret',
        'setOutput',
        'setFailed',
    ];
    const pick = (m) => m && names.every((n) => typeof m[n] === 'function') ? m : undefined;
    const core = pick(mod) ?? pick(mod.default);
    if (!core)
        return false;
    (0, runtime_js_1.useCore)(core);
    return true;
}


/***/ })

};

//# sourceMappingURL=4196.index.js.map