export const id = 2873;
export const ids = [2873];
export const modules = {

/***/ 2873:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readSharedConfig = readSharedConfig;
const errors_js_1 = __webpack_require__(3916);
const client_js_1 = __webpack_require__(6584);
async function readSharedConfig(client, source, where) {
    const what = `reading the shared config ${source}`;
    try {
        const res = await client.rest('GET /repos/{owner}/{repo}/contents/{path}', { owner: where.owner, repo: where.repo, path: where.path, ref: where.ref }, what);
        const file = res.data;
        if (Array.isArray(file) || file.type !== 'file')
            return { source, error: `${what}: ${where.path} is a directory, not a file` };
        if (file.encoding !== 'base64' || typeof file.content !== 'string')
            return { source, error: `${what}: the file is too large to read through the API (over 1 MiB)` };
        return { source, text: Buffer.from(file.content, 'base64').toString('utf8') };
    }
    catch (e) {
        if (e instanceof client_js_1.GitHubApiError && (e.kind === 'not-found' || e.kind === 'permission'))
            return {
                source,
                error: `${what}: not found, or the token cannot read ${where.owner}/${where.repo} (the default workflow token reads only its own repository: pass a GitHub App or fine-grained token with contents: read on it in \`token\`, or check the path and ref)`,
            };
        return { source, error: (0, errors_js_1.errorMessage)(e) };
    }
}


/***/ })

};

//# sourceMappingURL=2873.index.js.map