export const id = 992;
export const ids = [992];
export const modules = {

/***/ 992:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.CLOCK_SKEW_MS = void 0;
exports.evaluate = evaluate;
exports.explain = explain;
const duration_js_1 = __webpack_require__(6518);
/** Clocks of different machines disagree a little: this much in the future is still "now". */
exports.CLOCK_SKEW_MS = 60_000;
function evaluate(gate, facts, ctx) {
    const maxAge = (0, duration_js_1.parseDuration)(gate['max-age']);
    if (maxAge === null || maxAge <= 0) {
        return {
            status: 'error',
            summary: `max-age ${gate['max-age']} is not a positive duration (write e.g. 24h or 7d)`,
        };
    }
    const at = new Date(facts.at);
    if (Number.isNaN(at.getTime()))
        return { status: 'error', summary: `${facts.subject}: no valid time` };
    const age = ctx.now.getTime() - at.getTime();
    const when = at.toISOString().replace(/\.000Z$/, 'Z');
    const details = [{ kind: 'text', text: `${facts.subject}: ${when}.` }];
    if (age < -exports.CLOCK_SKEW_MS) {
        return {
            status: 'error',
            summary: `${facts.subject} is ${(0, duration_js_1.formatDuration)(-age)} in the future (${when}): a wrong clock or a wrong field, so its age cannot be trusted`,
            details,
        };
    }
    const ageText = age <= 0 ? 'just now' : `${(0, duration_js_1.formatDuration)(age)} ago`;
    if (age > maxAge) {
        return {
            status: 'fail',
            summary: `${facts.subject} is from ${ageText}, older than max-age ${gate['max-age']}`,
            details,
        };
    }
    return {
        status: 'pass',
        summary: `${facts.subject} is from ${ageText}, within max-age ${gate['max-age']}`,
        details,
    };
}
function explain(gate) {
    const source = gate.files
        ? `the modification time of the newest file matching ${(Array.isArray(gate.files) ? gate.files : [gate.files]).join(', ')}`
        : gate.url
            ? `the timestamp at ${gate.pointer ?? '(pointer missing)'} in the JSON answer of ${gate.url}`
            : `the last line printed by \`${gate.run}\` (ISO 8601 with offset, or Unix seconds)`;
    return [
        `Reads ${source}.`,
        `Passes when it is at most ${gate['max-age']} old. A time more than a minute in the future, or a missing or unreadable one, is an error.`,
    ];
}
function check(config) {
    const set = ['files', 'url', 'run'].filter((k) => config[k] !== undefined);
    const out = [];
    if (set.length !== 1) {
        out.push({
            path: set.length > 1 ? [set[1]] : [],
            message: set.length > 1
                ? `set only one of files, url or run (this gate sets ${set.join(' and ')})`
                : 'set one of files, url (with pointer) or run: where the time comes from',
        });
    }
    if (config.url !== undefined && config.pointer === undefined) {
        out.push({
            path: ['url'],
            message: 'url needs pointer: the JSON Pointer of the timestamp, e.g. /backup/verifiedAt',
        });
    }
    if (config.url === undefined && (config.pointer !== undefined || config.headers !== undefined)) {
        out.push({
            path: [config.pointer !== undefined ? 'pointer' : 'headers'],
            message: 'pointer and headers only go with url',
        });
    }
    if ((0, duration_js_1.parseDuration)(config['max-age']) === 0)
        out.push({ path: ['max-age'], message: 'max-age must be longer than 0' });
    return out;
}
exports.gate = { evaluate, explain, check };


/***/ })

};

//# sourceMappingURL=992.index.js.map