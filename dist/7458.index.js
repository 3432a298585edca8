export const id = 7458;
export const ids = [7458];
export const modules = {

/***/ 7458:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = void 0;
/**
 * Reads the `checklist` gate's Markdown file from where the config came from: on GitHub, from the
 * same trusted commit as the config through the API (never the PR's head, so a PR cannot rewrite
 * or delete its own checklist items); in the CLI, from disk under the working directory.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
/** A checklist of 150 items is ~10 KB; anything this large is not a checklist. */
const MAX_BYTES = 1_000_000;
const collect = async (gate, ctx) => {
    if (ctx.trustedFile) {
        const file = await ctx.trustedFile(gate.file);
        if (file === null)
            throw new errors_js_1.UserError(`${gate.file} does not exist at the trusted ref the config was read from (${ctx.trustedSource ?? 'the base branch'}); commit the checklist there, or fix \`file\``);
        if (file.text.length > MAX_BYTES)
            throw new errors_js_1.UserError(`${gate.file} is larger than 1 MB; a checklist that large cannot be read`);
        return { file: gate.file, source: file.source, text: file.text, ...(file.url ? { url: file.url } : {}) };
    }
    const full = node_path_1.default.resolve(ctx.cwd, gate.file);
    const rel = node_path_1.default.relative(ctx.cwd, full);
    if (rel.startsWith('..') || node_path_1.default.isAbsolute(rel))
        throw new errors_js_1.UserError(`${gate.file} is outside the repository; the checklist must be a file in it`);
    let size;
    try {
        const s = await (0, promises_1.stat)(full);
        if (!s.isFile())
            throw new errors_js_1.UserError(`${gate.file} is not a file; \`file\` must name the Markdown checklist`);
        size = s.size;
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            throw e;
        const code = e.code;
        throw new errors_js_1.UserError(code === 'ENOENT'
            ? `${gate.file} not found (looked in ${ctx.cwd}); create the checklist or fix \`file\``
            : `${gate.file} cannot be read (${code ?? 'unknown error'})`);
    }
    if (size > MAX_BYTES)
        throw new errors_js_1.UserError(`${gate.file} is larger than 1 MB; a checklist that large cannot be read`);
    const text = await (0, promises_1.readFile)(full, 'utf8').catch((e) => {
        throw new errors_js_1.UserError(`${gate.file} cannot be read (${e.code ?? 'unknown error'})`);
    });
    return { file: gate.file, source: `${gate.file} on disk`, text };
};
exports.collect = collect;


/***/ })

};

//# sourceMappingURL=7458.index.js.map