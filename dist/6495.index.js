export const id = 6495;
export const ids = [6495];
export const modules = {

/***/ 4023:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SelectiveJsonReader = exports.JsonGrammarError = void 0;
/**
 * Streaming JSON reading that builds only selected parts of the document, on the tokenizer of
 * @streamparser/json (lexing, UTF-8, escapes and numbers stay the library's).
 *
 * Hand-written on purpose: the library's own token parser builds every value of the document
 * (and drops the ones not selected), which on a 50 MB SARIF file took 4× as long as tokenizing it;
 * a SARIF reader needs some fifteen small fields per result. Here a selection tree says which
 * members to keep: everything else is only checked for JSON grammar and skipped. Selected array
 * elements can be handed out one at a time (`emit`), so they are not kept either.
 */
const json_1 = __webpack_require__(7197);
class JsonGrammarError extends Error {
}
exports.JsonGrammarError = JsonGrammarError;
// Grammar states of an open container: what the next token may be.
const FIRST_KEY_OR_END = 0;
const KEY = 1;
const COLON = 2;
const VALUE = 3;
const FIRST_VALUE_OR_END = 4;
const COMMA_OR_END = 5;
const isEmit = (s) => typeof s === 'object' && s !== null && typeof s.emit === 'function';
function child(sel, key, isArray) {
    if (sel === true)
        return true;
    if (isEmit(sel))
        return sel.each;
    // Array elements are only ever selected all together ('*').
    if (isArray)
        return sel['*'] ?? null;
    return sel[key] ?? sel['*'] ?? null;
}
/** Reads a JSON document fed in chunks, keeping the selected parts; `result()` after `end()`. */
class SelectiveJsonReader {
    selection;
    tokenizer = new json_1.Tokenizer();
    stack = [];
    top;
    // Skipped containers are only followed for grammar, on two plain number stacks (no objects
    // allocated per container): kind (1 array, 0 object) and grammar state per level.
    skipDepth = 0;
    skipKinds = [];
    skipStates = [];
    root;
    done = false;
    constructor(selection) {
        this.selection = selection;
        this.tokenizer.onToken = ({ token, value }) => this.token(token, value);
    }
    write(chunk) {
        this.tokenizer.write(chunk);
    }
    end() {
        if (!this.done) {
            if (this.stack.length > 0 || this.skipDepth > 0 || this.root === undefined) {
                throw new JsonGrammarError('the document ends in the middle');
            }
        }
        if (!this.tokenizer.isEnded)
            this.tokenizer.end();
    }
    /** The selected parts of the document (undefined when it was empty). */
    result() {
        return this.root;
    }
    /** Keys of the open containers, outermost first (for messages). */
    path() {
        return this.stack.map((f) => f.key);
    }
    token(token, value) {
        if (this.skipDepth > 0)
            return this.skipToken(token);
        if (this.done)
            throw new JsonGrammarError('there is more after the end of the document');
        const top = this.top;
        if (top === undefined)
            return this.value(token, value, this.selection, undefined);
        switch (top.state) {
            case VALUE:
                top.state = COMMA_OR_END;
                return this.value(token, value, top.container === null ? null : child(top.sel, top.member, top.isArray), top);
            case COMMA_OR_END:
                if (token === json_1.TokenType.COMMA) {
                    if (top.isArray) {
                        top.member = top.member + 1;
                        top.state = VALUE;
                    }
                    else
                        top.state = KEY;
                    return;
                }
                if (token === (top.isArray ? json_1.TokenType.RIGHT_BRACKET : json_1.TokenType.RIGHT_BRACE))
                    return this.close();
                throw new JsonGrammarError(`expected "," or "${top.isArray ? ']' : '}'}"`);
            case FIRST_KEY_OR_END:
            case KEY:
                if (token === json_1.TokenType.STRING) {
                    top.member = value;
                    top.state = COLON;
                    return;
                }
                if (token === json_1.TokenType.RIGHT_BRACE && top.state === FIRST_KEY_OR_END)
                    return this.close();
                throw new JsonGrammarError('expected a member name');
            case COLON:
                if (token !== json_1.TokenType.COLON)
                    throw new JsonGrammarError('expected ":"');
                top.state = VALUE;
                return;
            default:
                // FIRST_VALUE_OR_END
                if (token === json_1.TokenType.RIGHT_BRACKET)
                    return this.close();
                top.state = VALUE;
                return this.token(token, value);
        }
    }
    value(token, value, sel, parent) {
        if (token === json_1.TokenType.LEFT_BRACE || token === json_1.TokenType.LEFT_BRACKET) {
            const isArray = token === json_1.TokenType.LEFT_BRACKET;
            if (sel === null)
                return this.skipOpen(isArray);
            this.stack.push({
                container: sel === null ? null : isArray ? [] : {},
                isArray,
                sel,
                key: parent ? parent.member : '$',
                member: isArray ? 0 : '',
                state: isArray ? FIRST_VALUE_OR_END : FIRST_KEY_OR_END,
            });
            this.top = this.stack[this.stack.length - 1];
            return;
        }
        if (token !== json_1.TokenType.STRING &&
            token !== json_1.TokenType.NUMBER &&
            token !== json_1.TokenType.TRUE &&
            token !== json_1.TokenType.FALSE &&
            token !== json_1.TokenType.NULL) {
            throw new JsonGrammarError('expected a value');
        }
        this.store(sel === null ? undefined : value, parent);
    }
    skipOpen(isArray) {
        this.skipKinds[this.skipDepth] = isArray ? 1 : 0;
        this.skipStates[this.skipDepth] = isArray ? FIRST_VALUE_OR_END : FIRST_KEY_OR_END;
        this.skipDepth++;
    }
    skipToken(token) {
        const d = this.skipDepth - 1;
        const isArray = this.skipKinds[d] === 1;
        switch (this.skipStates[d]) {
            case VALUE:
                this.skipStates[d] = COMMA_OR_END;
                if (token === json_1.TokenType.LEFT_BRACE || token === json_1.TokenType.LEFT_BRACKET) {
                    return this.skipOpen(token === json_1.TokenType.LEFT_BRACKET);
                }
                if (token !== json_1.TokenType.STRING &&
                    token !== json_1.TokenType.NUMBER &&
                    token !== json_1.TokenType.TRUE &&
                    token !== json_1.TokenType.FALSE &&
                    token !== json_1.TokenType.NULL) {
                    throw new JsonGrammarError('expected a value');
                }
                return;
            case COMMA_OR_END:
                if (token === json_1.TokenType.COMMA) {
                    this.skipStates[d] = isArray ? VALUE : KEY;
                    return;
                }
                if (token === (isArray ? json_1.TokenType.RIGHT_BRACKET : json_1.TokenType.RIGHT_BRACE)) {
                    this.skipDepth--;
                    return;
                }
                throw new JsonGrammarError(`expected "," or "${isArray ? ']' : '}'}"`);
            case FIRST_KEY_OR_END:
            case KEY:
                if (token === json_1.TokenType.STRING) {
                    this.skipStates[d] = COLON;
                    return;
                }
                if (token === json_1.TokenType.RIGHT_BRACE && this.skipStates[d] === FIRST_KEY_OR_END) {
                    this.skipDepth--;
                    return;
                }
                throw new JsonGrammarError('expected a member name');
            case COLON:
                if (token !== json_1.TokenType.COLON)
                    throw new JsonGrammarError('expected ":"');
                this.skipStates[d] = VALUE;
                return;
            default:
                if (token === json_1.TokenType.RIGHT_BRACKET) {
                    this.skipDepth--;
                    return;
                }
                this.skipStates[d] = VALUE;
                return this.skipToken(token);
        }
    }
    close() {
        const frame = this.stack.pop();
        const parent = this.stack[this.stack.length - 1];
        this.top = parent;
        this.store(frame.container === null ? undefined : frame.container, parent);
    }
    /** Puts a complete value into its parent (or hands it out, when the parent emits each element). */
    store(value, parent) {
        if (!parent) {
            this.root = value === undefined ? null : value;
            this.done = true;
            return;
        }
        if (value === undefined || parent.container === null)
            return;
        if (isEmit(parent.sel)) {
            parent.sel.emit(value, parent.member, this.path());
            return;
        }
        if (parent.isArray)
            parent.container.push(value);
        else
            parent.container[parent.member] = value;
    }
}
exports.SelectiveJsonReader = SelectiveJsonReader;


/***/ }),

/***/ 8704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkReportFiles = checkReportFiles;
/**
 * The trust rules for report files (coverage, audit, and any gate reading a report path): a report
 * must be written by the job itself. Anyone who can push could commit a passing report, or make the
 * PR add or change one; a symlink could point the gate at any file on the runner. So:
 * - a path that resolves (through symlinks) outside the workspace is refused;
 * - a path tracked in git in the checkout (`git ls-files`), or one the PR adds or changes, is
 *   refused unless the gate says `allow-committed: true`.
 * Messages describe the problem; they never quote a file's content.
 */
const node_child_process_1 = __webpack_require__(1421);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(3916);
const inside = (root, p) => {
    const rel = (0, node_path_1.relative)(root, p);
    return rel === '' || (!rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel));
};
/** Paths (relative to `cwd`, `/`-separated) of `files` that git tracks in the checkout at `cwd`. */
function trackedIn(cwd, files, env) {
    return new Promise((resolvePromise) => {
        (0, node_child_process_1.execFile)('git', ['ls-files', '-z', '--', ...files], { cwd, env: { ...env, GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
            // Not a git checkout (or no git): nothing is tracked.
            if (err)
                return resolvePromise(new Set());
            resolvePromise(new Set(stdout.split('\0').filter(Boolean)));
        });
    });
}
/**
 * Throws a UserError for the first report file that the job did not write. `files` are absolute;
 * `display(file)` names one in messages.
 */
async function checkReportFiles(files, ctx, display, opts) {
    if (!files.length)
        return;
    let root;
    try {
        root = await (0, promises_1.realpath)(ctx.cwd);
    }
    catch {
        root = ctx.cwd;
    }
    const rels = [];
    for (const file of files) {
        let real;
        try {
            real = await (0, promises_1.realpath)(file);
        }
        catch {
            continue; // missing files are reported by the reader
        }
        if (!inside(root, real))
            throw new errors_js_1.UserError(`The ${opts.what} ${display(file)} resolves (through a symlink or its path) outside the workspace; a report must be a file the job wrote inside the workspace.`);
        rels.push((0, node_path_1.relative)(root, real).split(node_path_1.sep).join('/'));
    }
    if (opts.allowCommitted)
        return;
    const fix = `A report must be written by this job (a committed one could say anything): write it in an earlier step and keep it out of git, or set \`allow-committed: true\` on the gate if it is meant to be committed.`;
    const changed = new Set(ctx.prFiles ?? []);
    for (const rel of rels)
        if (changed.has(rel))
            throw new errors_js_1.UserError(`The ${opts.what} ${rel} is added or changed by the pull request. ${fix}`);
    const tracked = await trackedIn(root, rels, ctx.env);
    for (const rel of rels)
        if (tracked.has(rel))
            throw new errors_js_1.UserError(`The ${opts.what} ${rel} is tracked in git in the checkout. ${fix}`);
}


/***/ }),

/***/ 8259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.displayPath = displayPath;
exports.findReportFiles = findReportFiles;
/**
 * Finding the report files a report gate reads (tests, sarif): every configured path or glob must
 * match at least one file; each match must be a regular, non-empty file, and younger than
 * `max-age` when one is set. Problems are UserErrors naming the file and how to fix it.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const tinyglobby_1 = __webpack_require__(7949);
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(6518);
function displayPath(cwd, abs) {
    const rel = (0, node_path_1.relative)(cwd, abs);
    return rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) ? abs : rel.split(node_path_1.sep).join('/');
}
async function findReportFiles(report, ctx, opts) {
    const patterns = Array.isArray(report) ? report : [report];
    const maxAgeMs = opts.maxAge === undefined ? null : (0, duration_js_1.parseDuration)(opts.maxAge);
    if (opts.maxAge !== undefined && maxAgeMs === null) {
        throw new errors_js_1.UserError(`max-age: ${opts.maxAge} is not a duration (write e.g. 30m, 6h or 1d).`);
    }
    const out = [];
    for (const pattern of patterns) {
        ctx.signal.throwIfAborted();
        const dynamic = (0, tinyglobby_1.isDynamicPattern)(pattern);
        const candidates = dynamic
            ? (await (0, tinyglobby_1.glob)(pattern, {
                cwd: ctx.cwd,
                absolute: true,
                onlyFiles: true,
                dot: true,
                expandDirectories: false,
            }))
                .map((f) => (0, node_path_1.resolve)(f))
                .sort()
            : [(0, node_path_1.resolve)(ctx.cwd, pattern)];
        let matched = 0;
        for (const abs of candidates) {
            const display = displayPath(ctx.cwd, abs);
            let info;
            try {
                info = await (0, promises_1.stat)(abs);
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT' && !dynamic) {
                    throw new errors_js_1.UserError(`The ${opts.what} ${display} does not exist (looked in ${ctx.cwd}). ${opts.hint}`);
                }
                if (code === 'ENOENT')
                    continue;
                throw new errors_js_1.UserError(`The ${opts.what} ${display} cannot be read (${code ?? String(e)}).`);
            }
            if (!info.isFile())
                throw new errors_js_1.UserError(`The ${opts.what} ${display} is not a regular file.`);
            if (info.size === 0)
                throw new errors_js_1.UserError(`The ${opts.what} ${display} is empty. ${opts.hint}`);
            if (maxAgeMs !== null) {
                const age = ctx.now.getTime() - info.mtimeMs;
                if (age > maxAgeMs) {
                    throw new errors_js_1.UserError(`The ${opts.what} ${display} was written ${(0, duration_js_1.formatDuration)(age)} ago, more than max-age ${opts.maxAge}: it is not from this run. ${opts.hint}`);
                }
            }
            matched++;
            if (!out.some((f) => f.abs === abs))
                out.push({ abs, display });
        }
        if (matched === 0) {
            throw new errors_js_1.UserError(`No ${opts.what} matches ${pattern} (looked in ${ctx.cwd}). ${opts.hint}`);
        }
    }
    return out;
}


/***/ }),

/***/ 4896:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readSarif = readSarif;
/**
 * Streaming SARIF 2.1 reader for the `sarif` gate. The file is tokenized by @streamparser/json (a
 * maintained streaming JSON parser without dependencies; JSON.parse would hold a whole scanner
 * output of many MB in memory) and only the fields the gate reads are built (json-select.ts):
 * each result is handed over when complete and reduced to a compact record.
 *
 * Read from a result: its rule (ruleId / rule.id, ruleIndex / rule.index, in the driver or an
 * extension), level (else the rule's defaultConfiguration.level, else SARIF's default "warning";
 * "none" for kinds other than "fail"), security severity (`properties.security-severity` of the
 * result, else of its rule; CodeQL, Trivy and others write it), suppressions, baselineState, and
 * the first location. Message texts are never kept: scanners quote source code and secrets in them.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
const errors_js_1 = __webpack_require__(3916);
const json_select_js_1 = __webpack_require__(4023);
class ShapeError extends Error {
}
const LEVELS = new Set(['none', 'note', 'warning', 'error']);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : null);
const int = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
function severityOf(props, where) {
    if (!isObj(props))
        return null;
    const raw = props['security-severity'];
    if (raw === undefined || raw === null)
        return null;
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (!Number.isFinite(n) || n < 0 || n > 10) {
        throw new ShapeError(`${where()} has security-severity ${JSON.stringify(raw).slice(0, 30)}, not a score from 0 to 10`);
    }
    return n;
}
function ruleInfo(rule, where) {
    if (!isObj(rule))
        throw new ShapeError(`${where()} is not an object`);
    const dc = rule.defaultConfiguration;
    const level = isObj(dc) ? str(dc.level) : null;
    if (level !== null && !LEVELS.has(level))
        throw new ShapeError(`${where()} has default level "${level.slice(0, 20)}"`);
    return { id: str(rule.id), level, severity: severityOf(rule.properties, where) };
}
function rulesOf(component, where) {
    if (!isObj(component))
        throw new ShapeError(`${where} is not an object`);
    const rules = component.rules;
    if (rules === undefined)
        return [];
    if (!Array.isArray(rules))
        throw new ShapeError(`${where}.rules is not an array`);
    return rules.map((r, i) => ruleInfo(r, () => `${where}.rules[${i}]`));
}
function locationOf(result, cwd) {
    const locs = result.locations;
    if (!Array.isArray(locs) || !isObj(locs[0]))
        return null;
    const phys = locs[0].physicalLocation;
    if (!isObj(phys))
        return null;
    const art = phys.artifactLocation;
    let uri = isObj(art) ? str(art.uri) : null;
    if (uri === null)
        return null;
    if (uri.startsWith('file:')) {
        try {
            uri = (0, node_url_1.fileURLToPath)(uri);
            if (cwd) {
                const rel = (0, node_path_1.relative)(cwd, uri);
                if (rel !== '' && !rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel))
                    uri = rel.split(node_path_1.sep).join('/');
            }
        }
        catch {
            // keep the URI as written
        }
    }
    else {
        try {
            uri = decodeURIComponent(uri);
        }
        catch {
            // keep the URI as written
        }
    }
    const region = phys.region;
    const line = isObj(region) ? int(region.startLine) : null;
    return line ? `${uri}:${line}` : uri;
}
function pendingResult(r, where, cwd) {
    if (!isObj(r))
        throw new ShapeError(`${where()} is not an object`);
    const rule = isObj(r.rule) ? r.rule : null;
    const ruleId = str(r.ruleId) ?? (rule ? str(rule.id) : null);
    const ruleIndex = int(r.ruleIndex) ?? (rule ? int(rule.index) : null);
    if (r.ruleIndex !== undefined && int(r.ruleIndex) === null && r.ruleIndex !== -1) {
        throw new ShapeError(`${where()} has ruleIndex ${JSON.stringify(r.ruleIndex).slice(0, 20)}`);
    }
    const tc = rule && isObj(rule.toolComponent) ? int(rule.toolComponent.index) : null;
    const level = r.level === undefined ? null : str(r.level);
    if (r.level !== undefined && (level === null || !LEVELS.has(level))) {
        throw new ShapeError(`${where()} has level ${JSON.stringify(r.level).slice(0, 20)}, not none, note, warning or error`);
    }
    const kind = r.kind === undefined ? 'fail' : str(r.kind);
    if (kind === null)
        throw new ShapeError(`${where()} has a kind that is not a string`);
    const sup = r.suppressions;
    if (sup !== undefined && !Array.isArray(sup))
        throw new ShapeError(`${where()} has suppressions that are not an array`);
    // A suppression counts unless it is only under review or was rejected (SARIF §3.35.3).
    const suppressed = Array.isArray(sup) &&
        sup.length > 0 &&
        sup.some((s) => isObj(s) && (s.status === undefined || s.status === null || s.status === 'accepted'));
    return {
        ruleId,
        ruleIndex,
        component: tc,
        level,
        kind,
        severity: severityOf(r.properties, where),
        suppressed,
        absent: r.baselineState === 'absent',
        location: locationOf(r, cwd),
    };
}
/** Up to this many locations are kept per group of identical results. */
const LOCATIONS_KEPT = 5;
/**
 * Results are counted as they arrive, grouped by everything the gate judges (rule, level,
 * severity, suppression, baseline state, tool): memory grows with the number of rules, not of
 * results. A result that arrives before its run's tool (unusual) waits for the end of the run.
 */
class RunState {
    index;
    groups;
    ids;
    tool;
    driverRules = [];
    extensionRules = [];
    driverSeen = false;
    pending = [];
    counted = 0;
    byId;
    constructor(index, groups, ids) {
        this.index = index;
        this.groups = groups;
        this.ids = ids;
        this.tool = `run ${index + 1}`;
    }
    add(p, n) {
        if (!this.driverSeen) {
            this.pending.push(p);
            return;
        }
        const where = `run ${this.index + 1} result ${n}`;
        const rules = p.component === null ? this.driverRules : this.extensionRules[p.component];
        if (rules === undefined)
            throw new ShapeError(`${where} names tool extension ${p.component}, which the run does not have`);
        let rule;
        if (p.ruleIndex !== null) {
            rule = rules[p.ruleIndex];
            if (!rule)
                throw new ShapeError(`${where} has ruleIndex ${p.ruleIndex}, but the tool lists ${rules.length} rules`);
            // SARIF allows hierarchical ids: ruleId "CA2000/sub" for rule "CA2000".
            if (p.ruleId !== null &&
                rule.id !== null &&
                p.ruleId !== rule.id &&
                !p.ruleId.startsWith(`${rule.id}/`)) {
                throw new ShapeError(`${where} has ruleId "${p.ruleId.slice(0, 60)}" but its ruleIndex points at rule "${rule.id.slice(0, 60)}"`);
            }
        }
        else if (p.ruleId !== null) {
            this.byId ??= new Map([...this.extensionRules.flat(), ...this.driverRules].map((r) => [r.id, r]));
            rule = this.byId.get(p.ruleId);
        }
        const named = p.ruleId ?? rule?.id ?? null;
        if (named === null)
            throw new ShapeError(`${where} names no rule (no ruleId, rule.id or ruleIndex)`);
        const ruleId = this.ids.get(named) ?? (this.ids.set(named, named), named);
        const level = (p.level ?? (p.kind !== 'fail' ? 'none' : (rule?.level ?? 'warning')));
        const severity = p.severity ?? rule?.severity ?? null;
        const key = `${this.index}\u0000${ruleId}\u0000${level}\u0000${severity}\u0000${p.suppressed}\u0000${p.absent}`;
        let group = this.groups.get(key);
        if (!group) {
            group = {
                ruleId,
                level,
                securitySeverity: severity,
                suppressed: p.suppressed,
                absent: p.absent,
                tool: this.tool,
                count: 0,
                locations: [],
            };
            this.groups.set(key, group);
        }
        group.count++;
        if (p.location !== null && group.locations.length < LOCATIONS_KEPT)
            group.locations.push(p.location);
        this.counted++;
    }
    /** The tool is known: results that came before it are counted now. */
    resolvePending() {
        this.driverSeen = true;
        const waiting = this.pending;
        this.pending = [];
        waiting.forEach((p, i) => this.add(p, i + 1));
    }
}
const RULE = { id: true, defaultConfiguration: true, properties: true };
const RESULT = {
    ruleId: true,
    ruleIndex: true,
    level: true,
    kind: true,
    rule: true,
    suppressions: true,
    baselineState: true,
    properties: true,
    locations: { '*': { physicalLocation: { artifactLocation: { uri: true }, region: { startLine: true } } } },
};
/** Reads one SARIF file; anything but complete SARIF 2.1 is a UserError naming `display`. */
async function readSarif(path, display, opts = {}) {
    const out = { runs: [], results: [] };
    const groups = new Map();
    const ids = new Map();
    const states = new Map();
    const state = (i) => {
        let r = states.get(i);
        if (!r)
            states.set(i, (r = new RunState(i, groups, ids)));
        return r;
    };
    const reader = new json_select_js_1.SelectiveJsonReader({
        version: true,
        runs: {
            '*': {
                tool: {
                    // driver (an object) and extensions (an array of components)
                    each: {
                        name: true,
                        version: true,
                        rules: { '*': RULE },
                        '*': { name: true, rules: { '*': RULE } },
                    },
                    emit: (value, key, at) => {
                        const run = state(at[2]);
                        if (key === 'driver') {
                            if (!isObj(value))
                                throw new ShapeError(`run ${run.index + 1} tool.driver is not an object`);
                            const name = str(value.name);
                            if (name)
                                run.tool = str(value.version) ? `${name} ${str(value.version)}` : name;
                            run.driverRules = rulesOf(value, `run ${run.index + 1} tool.driver`);
                            run.resolvePending();
                        }
                        else if (key === 'extensions') {
                            if (!Array.isArray(value))
                                throw new ShapeError(`run ${run.index + 1} tool.extensions is not an array`);
                            run.extensionRules = value.map((e, j) => rulesOf(e, `run ${run.index + 1} tool.extensions[${j}]`));
                        }
                    },
                },
                invocations: { '*': { executionSuccessful: true } },
                results: {
                    each: RESULT,
                    emit: (value, key, at) => {
                        opts.signal?.throwIfAborted();
                        const run = state(at[2]);
                        const n = Number(key) + 1;
                        run.add(pendingResult(value, () => `run ${run.index + 1} result ${n}`, opts.cwd), n);
                    },
                },
            },
        },
    });
    /** Checks what was kept of the document once it is all read. */
    const finish = (root) => {
        if (!isObj(root))
            return 'it is not a JSON object';
        const version = root.version;
        if (typeof version !== 'string' || !/^2\.1\.0(?:$|-)/.test(version)) {
            return `it says version ${version === undefined ? '(none)' : JSON.stringify(version).slice(0, 20)}, not SARIF 2.1.0`;
        }
        const runs = root.runs;
        if (runs === undefined)
            return 'it has no "runs" array';
        if (!Array.isArray(runs))
            return '"runs" is not an array';
        if (runs.length === 0)
            return 'it holds no run: the scanner wrote no results';
        for (const [i, run] of runs.entries()) {
            if (!isObj(run))
                return `run ${i + 1} is not an object`;
            if (run.results !== undefined && !Array.isArray(run.results))
                return `run ${i + 1} has "results" that is not an array`;
            const st = state(i);
            if (run.tool !== undefined && !isObj(run.tool))
                return `run ${i + 1} "tool" is not an object`;
            if (!Array.isArray(run.results)) {
                return `run ${i + 1} (${st.tool}) has no "results" array, which SARIF writes when the scan did not complete`;
            }
            const invocations = run.invocations;
            if (Array.isArray(invocations) &&
                invocations.some((x) => isObj(x) && x.executionSuccessful === false)) {
                return `run ${i + 1} (${st.tool}) says its invocation did not succeed (executionSuccessful: false)`;
            }
            if (!st.driverSeen)
                st.resolvePending();
            out.runs.push({ tool: st.tool, results: st.counted });
        }
        out.results = [...groups.values()];
        return null;
    };
    let problem = null;
    const stream = (0, node_fs_1.createReadStream)(path, { highWaterMark: 256 * 1024 });
    let first = true;
    try {
        for await (const chunk of stream) {
            opts.signal?.throwIfAborted();
            let buf = chunk;
            if (first) {
                first = false;
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    buf = buf.subarray(3);
            }
            reader.write(buf);
        }
        reader.end();
        problem = finish(reader.result());
    }
    catch (e) {
        stream.destroy();
        if (e?.name === 'AbortError')
            throw e;
        const code = e.code;
        if (code === 'ENOENT')
            throw new errors_js_1.UserError(`SARIF report ${display} does not exist.`);
        if (code === 'EISDIR')
            throw new errors_js_1.UserError(`SARIF report ${display} is a directory, not a file.`);
        if (code)
            throw new errors_js_1.UserError(`SARIF report ${display} cannot be read (${code}).`);
        if (e instanceof ShapeError)
            problem = e.message;
        else if (e instanceof json_select_js_1.JsonGrammarError) {
            problem = /ends in the middle/.test(e.message)
                ? 'it is incomplete JSON: the file ends in the middle of the document'
                : `it is not valid JSON (${e.message})`;
        }
        else
            problem = jsonProblem(e.message ?? String(e));
    }
    if (problem !== null) {
        throw new errors_js_1.UserError(`SARIF report ${display} cannot be used: ${problem}. Let the scanner write it in an earlier step of this job, and let it finish.`);
    }
    return out;
}
/** The tokenizer's message without the values it quotes (they are file content). */
function jsonProblem(message) {
    if (/ended in the middle/.test(message))
        return 'it is incomplete JSON: the file ends in the middle of the document';
    const char = /absolute position "(\d+)"/.exec(message);
    if (char)
        return `it is not valid JSON (unexpected character at byte ${char[1]})`;
    return 'it is not valid JSON';
}


/***/ }),

/***/ 6495:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = collect;
const report_files_js_1 = __webpack_require__(8704);
const report_paths_js_1 = __webpack_require__(8259);
const sarif_reader_js_1 = __webpack_require__(4896);
const HINT = 'An earlier step of this job should write it, e.g. codeql database analyze --format=sarif-latest --output=codeql.sarif, ' +
    'semgrep scan --sarif -o semgrep.sarif, trivy fs --format sarif -o trivy.sarif ., or eslint -f @microsoft/eslint-formatter-sarif -o eslint.sarif .';
async function collect(gate, ctx) {
    const files = await (0, report_paths_js_1.findReportFiles)(gate.report, ctx, {
        what: 'SARIF report',
        hint: HINT,
        maxAge: gate['max-age'],
    });
    const facts = { reports: [], results: [] };
    const shown = new Map(files.map((f) => [f.abs, f.display]));
    await (0, report_files_js_1.checkReportFiles)([...shown.keys()], ctx, (abs) => shown.get(abs) ?? abs, {
        what: 'SARIF report',
        allowCommitted: gate['allow-committed'] === true,
    });
    for (const f of files) {
        ctx.progress(`reading SARIF report ${f.display}`);
        const r = await (0, sarif_reader_js_1.readSarif)(f.abs, f.display, { signal: ctx.signal, cwd: ctx.cwd });
        facts.reports.push({ path: f.display, runs: r.runs });
        for (const x of r.results)
            facts.results.push(x);
    }
    return facts;
}


/***/ })

};

//# sourceMappingURL=6495.index.js.map