export const id = 471;
export const ids = [471];
export const modules = {

/***/ 3522:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readJunit = readJunit;
/**
 * Streaming JUnit XML reader (saxes) for the `tests` gate. One pass, constant memory: only the
 * counts and the names of failed tests are kept, never failure messages or output (they can hold
 * values from the environment, and the names are all the checklist shows).
 *
 * JUnit XML has no single specification; the tools in use agree on this much, which is what is read:
 * a root `<testsuites>` or `<testsuite>`, `<testsuite>`s (possibly nested) holding `<testcase>`s,
 * and a test case's outcome told by a `<failure>`, `<error>` or `<skipped>` child (Surefire adds
 * `<flakyFailure>`/`<flakyError>` for tests that passed on a rerun, and `<rerunFailure>` next to
 * the final `<failure>`). A suite must hold at least the test cases, failures and skips it declares
 * (`tests`, `failures` + `errors`, `skipped`): a report that was edited, cut or mangled into another
 * valid XML document is refused instead of being trusted.
 */
const node_fs_1 = __webpack_require__(3024);
const saxes_1 = __webpack_require__(9800);
const errors_js_1 = __webpack_require__(3916);
/** The document is XML but not a JUnit report a tool would write. */
class ShapeError extends Error {
}
function declaredCount(attrs, key, where) {
    const raw = attrs[key];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    if (!/^\s*\d+\s*$/.test(raw))
        throw new ShapeError(`${where()} has ${key}="${raw.slice(0, 20)}", which is not a count`);
    return Number(raw);
}
function displayName(classname, name) {
    const c = classname.trim();
    const n = name.trim() || '(unnamed test)';
    if (!c || n.includes(c) || c.includes(n))
        return n;
    return `${c} › ${n}`;
}
function detectTool(root, attrs) {
    const name = attrs.name ?? '';
    if (root === 'testsuites' && name === 'jest tests')
        return 'jest-junit';
    if (name === 'pytest' || (root === 'testsuites' && name === 'pytest tests'))
        return 'pytest';
    if (root === 'testsuites' && attrs.id === '' && name === '')
        return 'Playwright';
    if ((attrs['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire'))
        return 'Maven Surefire';
    return null;
}
/**
 * Reads one JUnit XML file. Anything that is not a complete JUnit report throws a UserError that
 * names `display` and says what is wrong.
 */
async function readJunit(path, display, opts = {}) {
    const keep = opts.keepFailures ?? 50;
    const report = {
        tests: 0,
        passed: 0,
        failed: 0,
        skipped: 0,
        flaky: 0,
        unmarked: 0,
        failures: [],
        tool: null,
    };
    const parser = new saxes_1.SaxesParser({ position: true });
    const stack = [];
    const suites = [];
    let rootSeen = false;
    let rootDone = false;
    let caseInfo = null;
    let problem = null;
    const at = () => `line ${parser.line}`;
    const bad = (what) => {
        throw new ShapeError(what);
    };
    parser.on('opentag', (tag) => {
        const name = tag.name;
        const attrs = tag.attributes;
        if (!rootSeen) {
            rootSeen = true;
            if (name !== 'testsuites' && name !== 'testsuite') {
                bad(`its root element is <${name}>, not <testsuites> or <testsuite>: it is not a JUnit XML report`);
            }
            report.tool = detectTool(name, attrs);
        }
        const parent = stack[stack.length - 1];
        stack.push(name);
        if (name === 'testsuite' || (name === 'testsuites' && stack.length === 1)) {
            if (name === 'testsuite' && parent !== undefined && parent !== 'testsuites' && parent !== 'testsuite') {
                bad(`<testsuite> inside <${parent}> at ${at()}`);
            }
            const where = () => `<${name}${attrs.name ? ` name="${attrs.name.slice(0, 60)}"` : ''}> at ${at()}`;
            const tests = declaredCount(attrs, 'tests', where);
            const failures = declaredCount(attrs, 'failures', where);
            const errors = declaredCount(attrs, 'errors', where);
            const skipped = declaredCount(attrs, 'skipped', where) ?? declaredCount(attrs, 'disabled', where);
            const declared = {};
            if (tests !== undefined)
                declared.tests = tests;
            if (failures !== undefined || errors !== undefined)
                declared.failing = (failures ?? 0) + (errors ?? 0);
            if (skipped !== undefined)
                declared.skipped = skipped;
            suites.push({
                name: attrs.name ?? '',
                declared,
                tests: 0,
                failing: 0,
                failingElements: 0,
                skipped: 0,
                plain: 0,
            });
            return;
        }
        if (name === 'testcase') {
            if (parent !== 'testsuite')
                bad(`<testcase> inside <${parent ?? 'nothing'}> at ${at()}, not in a <testsuite>`);
            if (caseInfo)
                bad(`<testcase> inside another <testcase> at ${at()}`);
            caseInfo = {
                name: displayName(attrs.classname ?? '', attrs.name ?? ''),
                outcome: 'passed',
                failingElements: 0,
                depth: stack.length,
            };
            return;
        }
        if (caseInfo && stack.length === caseInfo.depth + 1) {
            if (name === 'failure' || name === 'error') {
                caseInfo.failingElements++;
                // A failure outranks an error outranks a skip, whatever order they come in.
                if (caseInfo.outcome !== 'failure')
                    caseInfo.outcome = name;
            }
            else if (name === 'skipped') {
                if (caseInfo.outcome === 'passed' || caseInfo.outcome === 'flaky')
                    caseInfo.outcome = 'skipped';
            }
            else if (name === 'flakyFailure' || name === 'flakyError') {
                if (caseInfo.outcome === 'passed')
                    caseInfo.outcome = 'flaky';
            }
        }
    });
    parser.on('closetag', (tag) => {
        const name = tag.name;
        stack.pop();
        if (name === 'testcase' && caseInfo && stack.length === caseInfo.depth - 1) {
            const c = caseInfo;
            caseInfo = null;
            report.tests++;
            const failing = c.outcome === 'failure' || c.outcome === 'error';
            if (failing) {
                report.failed++;
                if (report.failures.length < keep)
                    report.failures.push({ name: c.name, kind: c.outcome });
            }
            else if (c.outcome === 'skipped')
                report.skipped++;
            else {
                report.passed++;
                if (c.outcome === 'flaky')
                    report.flaky++;
            }
            if (c.outcome === 'passed')
                suites[suites.length - 1].plain++;
            for (const s of suites) {
                s.tests++;
                if (failing)
                    s.failing++;
                if (c.outcome === 'skipped')
                    s.skipped++;
                s.failingElements += c.failingElements;
            }
            return;
        }
        if (name === 'testsuite' || (name === 'testsuites' && stack.length === 0)) {
            const s = suites.pop();
            const label = `<${name}${s.name ? ` name="${s.name.slice(0, 60)}"` : ''}>`;
            const d = s.declared;
            // jest-junit lists test.todo entries as test cases without an outcome, left out of `tests`.
            const extra = d.tests === undefined ? 0 : s.tests - d.tests;
            if (report.tool === 'jest-junit' && extra > 0 && extra <= s.plain) {
                report.unmarked += extra;
                report.tests -= extra;
                report.passed -= extra;
                s.tests -= extra;
                for (const parent of suites)
                    parent.tests -= extra;
            }
            // Only the direction that could hide a problem is refused: fewer test cases, failures or
            // skips than declared. More is what some tools write (Surefire leaves tests that passed
            // beside a rerun out of `tests`; pytest counts a test that fails and errors twice).
            if (d.tests !== undefined && s.tests < d.tests) {
                bad(`${label} declares tests="${d.tests}" but holds ${s.tests} test case${s.tests === 1 ? '' : 's'}`);
            }
            if (d.failing !== undefined && s.failingElements < d.failing) {
                bad(`${label} declares ${d.failing} failures and errors but holds ${s.failingElements} <failure> or <error> element${s.failingElements === 1 ? '' : 's'}`);
            }
            if (d.skipped !== undefined && s.skipped < d.skipped) {
                bad(`${label} declares skipped="${d.skipped}" but holds ${s.skipped} skipped test case${s.skipped === 1 ? '' : 's'}`);
            }
            // A suite's counts also count for its parents (nested suites, the <testsuites> root).
            if (stack.length === 0)
                rootDone = true;
        }
    });
    const stream = (0, node_fs_1.createReadStream)(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    try {
        for await (const chunk of stream) {
            opts.signal?.throwIfAborted();
            parser.write(chunk);
        }
        parser.close();
    }
    catch (e) {
        stream.destroy();
        if (e?.name === 'AbortError')
            throw e;
        const code = e.code;
        if (code === 'ENOENT')
            throw new errors_js_1.UserError(`Test report ${display} does not exist.`);
        if (code === 'EISDIR')
            throw new errors_js_1.UserError(`Test report ${display} is a directory, not a file.`);
        if (code)
            throw new errors_js_1.UserError(`Test report ${display} cannot be read (${code}).`);
        problem = e instanceof ShapeError ? e.message : xmlProblem(e.message ?? String(e));
    }
    if (problem === null) {
        if (!rootSeen)
            problem = 'it holds no XML element: it is not a JUnit XML report';
        else if (!rootDone)
            problem = `it ends inside <${stack[stack.length - 1] ?? 'testsuite'}>: the file is incomplete`;
    }
    if (problem !== null) {
        throw new errors_js_1.UserError(`Test report ${display} cannot be used: ${problem}. Write it with the test runner's JUnit reporter in an earlier step of this job, and let it finish.`);
    }
    return report;
}
/** saxes' messages start with "fileName:line:col: "; keep the position, drop the rest of its wording only when it is noise. */
function xmlProblem(message) {
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    if (!m)
        return message.replace(/\.$/, '');
    const text = m[3].replace(/\.$/, '');
    if (/must contain a root element/.test(text))
        return 'it holds no XML element: it is not a JUnit XML report';
    if (/unclosed tag|unexpected end/i.test(text))
        return `it is incomplete XML (line ${m[1]}: ${text})`;
    return `it is not well-formed XML (line ${m[1]}, column ${m[2]}: ${text})`;
}


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

/***/ 471:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = collect;
const junit_js_1 = __webpack_require__(3522);
const report_files_js_1 = __webpack_require__(8704);
const report_paths_js_1 = __webpack_require__(8259);
const HINT = 'An earlier step of this job should write it with the test runner’s JUnit reporter, e.g. jest --reporters=jest-junit, ' +
    'pytest --junitxml=report.xml, Maven Surefire (target/surefire-reports/*.xml) or playwright test --reporter=junit.';
async function collect(gate, ctx) {
    const files = await (0, report_paths_js_1.findReportFiles)(gate.report, ctx, {
        what: 'test report',
        hint: HINT,
        maxAge: gate['max-age'],
    });
    const facts = { reports: [], failures: [] };
    const shown = new Map(files.map((f) => [f.abs, f.display]));
    await (0, report_files_js_1.checkReportFiles)([...shown.keys()], ctx, (abs) => shown.get(abs) ?? abs, {
        what: 'test report',
        allowCommitted: gate['allow-committed'] === true,
    });
    for (const f of files) {
        ctx.progress(`reading test report ${f.display}`);
        const r = await (0, junit_js_1.readJunit)(f.abs, f.display, { signal: ctx.signal });
        const { failures, ...counts } = r;
        facts.reports.push({ path: f.display, ...counts });
        for (const x of failures)
            facts.failures.push({ ...x, report: f.display });
    }
    return facts;
}


/***/ })

};

//# sourceMappingURL=471.index.js.map