export const id = 8084;
export const ids = [8084,8921];
export const modules = {

/***/ 8084:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// The CLI's entry (loaded by src/index.ts when bin/shipgate.js imports dist/index.js).
const cli_js_1 = __webpack_require__(5581);
// Commands run in their own process group, so Ctrl-C (SIGINT to the terminal's foreground group)
// does not reach them: abort the run instead, which stops each command's whole group. A second
// signal exits at once.
const controller = new AbortController();
let interrupted = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
        if (interrupted)
            process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
        interrupted = sig;
        process.stderr.write(`shipgate: ${sig === 'SIGINT' ? 'interrupted' : `got ${sig}`}, stopping running gates…\n`);
        controller.abort();
    });
}
(0, cli_js_1.main)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
}).then((code) => {
    // exitCode, not exit(): let piped output drain. An interrupted run is never "allowed".
    process.exitCode = interrupted
        ? 128 + (interrupted === 'SIGINT' ? 2 : interrupted === 'SIGTERM' ? 15 : 1)
        : code;
}, (e) => {
    process.stderr.write(`shipgate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
});


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
/**
 * The `shipgate` command: the same engine as the action, for the gates that need no GitHub.
 *   shipgate check    [--config F] [--environment E] [--phase deploy|verify] [--json] [--now ISO] [--base REF] [--cwd DIR]
 *   shipgate validate [--config F]
 *   shipgate explain  <gate-id> [--config F] [--environment E] [--json]
 *   shipgate init     --from CHECKLIST.md [--out F] [--dry-run]
 *   shipgate help | version   (also --help / --version; `npx shipgate --version` is npx's own flag)
 * Exit codes: 0 allowed / valid, 1 blocked, 2 bad config or usage.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_util_1 = __webpack_require__(7975);
const select_js_1 = __webpack_require__(2132);
const errors_js_1 = __webpack_require__(3916);
const checklist_types_js_1 = __webpack_require__(3736);
const time_js_1 = __webpack_require__(6043);
const registry_js_1 = __webpack_require__(8921);
const outputs_js_1 = __webpack_require__(8948);
const number_js_1 = __webpack_require__(1555);
const USAGE = `Usage:
  shipgate check    [--config FILE] [--environment ENV] [--phase deploy|verify] [--json] [--now ISO-TIME] [--base GIT-REF] [--cwd DIR]
  shipgate validate [--config FILE]
  shipgate explain  <gate-id> [--config FILE] [--environment ENV] [--json]
  shipgate init     --from CHECKLIST.md [--out FILE] [--dry-run]
  shipgate help | version

check     evaluates the gates that need no GitHub (coverage, audit, migrations, window, http,
          command); checks, approvals and sign-offs are shown as skipped (the action checks them).
validate  only validates the config.
explain   says what a gate checks, with its options resolved.
init      writes the config for your Markdown deployment checklist: the checklist gate, plus a
          gate for every item it recognises; run it again after editing the checklist (it keeps
          your edits to people and options).

Options:
  --config FILE       checklist config (default .github/shipgate.yml)
  --environment ENV   evaluate that environment's gates (default: every gate)
  --phase PHASE       deploy (default): the gates before the deploy; verify: the environment's
                      verify gates after it (sampled); exit 1 means roll back
  --json              print the result as JSON (the action's \`result\` output)
  --now ISO-TIME      evaluate as if it were then, e.g. 2026-12-04T15:00:00+01:00 ("would a deploy be allowed on Friday 15:00?")
  --base GIT-REF      compare local changes with this ref (migrations changed by the branch)
  --cwd DIR           directory paths in the config are relative to (default: the nearest
                      directory up from here with .github/shipgate.yml, else the current one)
  --no-color          no colours (also when NO_COLOR is set or the output is not a terminal)
  --from FILE         (init) the Markdown checklist, e.g. docs/DEPLOYMENT_CHECKLIST.md
  --out FILE          (init) the config to write or update (default .github/shipgate.yml)
  --dry-run           (init) print the config and what was mapped; write nothing

Exit codes: 0 allowed (or valid), 1 blocked, 2 bad config or usage.`;
async function main(argv, io) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                config: { type: 'string', short: 'c' },
                environment: { type: 'string', short: 'e' },
                phase: { type: 'string' },
                json: { type: 'boolean' },
                now: { type: 'string' },
                base: { type: 'string' },
                cwd: { type: 'string' },
                'no-color': { type: 'boolean' },
                from: { type: 'string' },
                out: { type: 'string' },
                'dry-run': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (e) {
        io.stderr(`shipgate: ${(0, errors_js_1.errorMessage)(e)}\n\n${USAGE}\n`);
        return 2;
    }
    const { values: opts, positionals } = parsed;
    const [command, ...rest] = positionals;
    // `help` / `version` as commands too: `npx shipgate --version` prints npx's own version.
    if (opts.help || command === 'help') {
        io.stdout(USAGE + '\n');
        return 0;
    }
    if (opts.version || command === 'version') {
        io.stdout(`shipgate ${VERSION}\n`);
        return 0;
    }
    const noColor = Boolean(opts['no-color'] || io.env.NO_COLOR);
    const paint = painter(io.isTTY && !noColor);
    // Progress goes to stderr, which may be redirected while stdout is a terminal (or the reverse).
    const paintErr = painter((io.stderrIsTTY ?? io.isTTY) && !noColor);
    // Like the action (paths relative to the workspace root), run from a subdirectory of the project
    // the default config is looked up in the parent directories, and paths are relative to its root.
    const cwd = opts.cwd !== undefined || opts.config !== undefined
        ? (0, node_path_1.resolve)(io.cwd, opts.cwd ?? '.')
        : projectRoot(io.cwd);
    const configPath = opts.config ?? '.github/shipgate.yml';
    const environment = opts.environment ?? '';
    // The config parser and the engine are loaded only by the commands that need them, so
    // `shipgate version` / `help` start fast.
    const load = async () => {
        let text;
        try {
            text = (0, node_fs_1.readFileSync)((0, node_path_1.resolve)(cwd, configPath), 'utf8');
        }
        catch (e) {
            throw new errors_js_1.UserError(`cannot read the config ${configPath}: ${e.code === 'ENOENT' ? 'no such file' : (0, errors_js_1.errorMessage)(e)} (use --config to point at it)`);
        }
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(3206), __webpack_require__.e(6943)]).then(__webpack_require__.t.bind(__webpack_require__, 6943, 23));
        return loadConfig(text, configPath);
    };
    /** An --environment the config does not define: exit 2, naming the defined ones in CLI terms. */
    const checkEnvironment = (config) => {
        if (environment && config.environments && !Object.hasOwn(config.environments, environment))
            throw new errors_js_1.UserError(`--environment "${environment}" is not defined in ${configPath}; defined: ${Object.keys(config.environments).join(', ')} (or leave out --environment to run every gate)`);
    };
    try {
        switch (command) {
            case 'validate': {
                if (rest.length)
                    throw new UsageError(`validate takes no arguments (got ${rest.join(' ')})`);
                const config = await load();
                io.stdout(`${paint.green('✔')} ${configPath} is valid: ${Object.keys(config.gates).length} gate(s)${config.environments ? `, environments ${Object.keys(config.environments).join(', ')}` : ''}\n`);
                return 0;
            }
            case 'explain': {
                const id = rest[0];
                if (!id || rest.length > 1)
                    throw new UsageError('explain takes one gate id');
                const config = await load();
                checkEnvironment(config);
                const spec = (0, select_js_1.selectGates)(config, '').find((g) => g.id === id);
                if (!spec)
                    throw new errors_js_1.UserError(`no gate named "${id}" in ${configPath}; gates: ${Object.keys(config.gates).join(', ')}`);
                // The evaluators do not know the id they are configured under; sign-off lines name it.
                const lines = (await (0, registry_js_1.loadGates)([spec.type]))
                    .get(spec.type)
                    .logic.explain(spec.config)
                    .map((l) => l.replaceAll('<gate-id>', id));
                const envs = Object.entries(config.environments ?? {})
                    .filter(([, e]) => e.gates.includes(id))
                    .map(([n]) => n);
                const wait = (0, select_js_1.waitFor)(spec, config, environment, null);
                if (opts.json) {
                    io.stdout(JSON.stringify({
                        id,
                        type: spec.type,
                        title: spec.title,
                        required: spec.required,
                        environments: config.environments ? envs : 'all',
                        waitMs: wait,
                        checks: lines,
                        config: spec.config,
                    }, null, 2) + '\n');
                }
                else {
                    io.stdout(`${paint.bold(spec.title)} (${id}, type ${spec.type}${spec.required ? '' : ', optional'})\n`);
                    io.stdout(`applies to: ${config.environments ? envs.join(', ') || 'no environment' : 'every run (no environments defined)'}\n`);
                    for (const l of lines)
                        io.stdout(`  - ${l}\n`);
                }
                if (spec.type === 'checklist') {
                    // The items, ids and owners come from the file: read it (from disk here) and judge it
                    // without a PR, which also reports a misspelt signoff/link/skip key.
                    const loaded = (await (0, registry_js_1.loadGates)(['checklist'])).get('checklist');
                    const facts = await loaded.collect(spec.config, {
                        cwd,
                        env: io.env,
                        now: new Date(),
                        signal: io.signal ?? new AbortController().signal,
                        progress: () => { },
                    });
                    const outcome = loaded.logic.evaluate(spec.config, facts, {
                        gateId: id,
                        now: new Date(),
                        mode: 'cli',
                        pr: null,
                        groups: config.groups ?? {},
                        teams: {},
                        linked: {},
                    });
                    const data = (0, checklist_types_js_1.checklistData)({
                        ...outcome,
                        id,
                        type: spec.type,
                        title: spec.title,
                        required: spec.required,
                    });
                    if (opts.json)
                        return 0;
                    if (!data) {
                        io.stdout(`  ${paint.red('!')} ${outcome.summary}\n`);
                        return 1;
                    }
                    io.stdout(`items of ${data.file} (id, text, who signs it off):\n`);
                    for (const l of checklistLines(data, paint, true))
                        io.stdout(`  ${l}\n`);
                }
                return 0;
            }
            case 'init': {
                if (rest.length)
                    throw new UsageError(`init takes no arguments (got ${rest.join(' ')}); the checklist is --from FILE`);
                if (!opts.from)
                    throw new UsageError('init needs --from CHECKLIST.md (your Markdown deployment checklist)');
                const { runInit } = await Promise.all(/* import() */[__webpack_require__.e(3206), __webpack_require__.e(8559), __webpack_require__.e(3508), __webpack_require__.e(6943), __webpack_require__.e(3866)]).then(__webpack_require__.bind(__webpack_require__, 3866));
                // The repository root: where the config lives (found from here up), else the current directory.
                const root = opts.cwd !== undefined ? (0, node_path_1.resolve)(io.cwd, opts.cwd) : projectRoot(io.cwd);
                const r = runInit({
                    from: opts.from,
                    out: opts.out ?? opts.config ?? '.github/shipgate.yml',
                    dryRun: Boolean(opts['dry-run']),
                    root,
                    userCwd: io.cwd,
                    env: io.env,
                });
                io.stdout(r.stdout);
                io.stderr(r.stderr);
                return r.code;
            }
            case 'check': {
                if (rest.length)
                    throw new UsageError(`check takes no arguments (got ${rest.join(' ')})`);
                let now = new Date();
                if (opts.now) {
                    const parsed = (0, time_js_1.parseInstant)(opts.now);
                    if (!parsed)
                        throw new UsageError(`--now "${opts.now}" is not an ISO date-time with an offset, such as 2026-12-04T15:00:00+01:00 or 2026-12-04T14:00:00Z`);
                    now = parsed;
                }
                const phase = opts.phase ?? 'deploy';
                if (phase !== 'deploy' && phase !== 'verify')
                    throw new UsageError(`--phase "${phase}" is not a phase; expected deploy or verify`);
                const config = await load();
                checkEnvironment(config);
                const gates = (0, select_js_1.selectGates)(config, environment, phase);
                const progress = (m) => io.stderr(paintErr.dim(`… ${m}`) + '\n');
                const { runGates } = await __webpack_require__.e(/* import() */ 4896).then(__webpack_require__.bind(__webpack_require__, 2515));
                const ev = await runGates({
                    config,
                    environment,
                    phase,
                    gates,
                    mode: 'cli',
                    now,
                    sha: '',
                    pr: null,
                    teams: {},
                    unavailable: (0, select_js_1.unavailableGates)(config, environment, phase),
                    github: null,
                    collect: {
                        cwd,
                        env: io.env,
                        now,
                        signal: io.signal ?? new AbortController().signal,
                        progress,
                        ...(opts.base ? { gitBase: opts.base } : {}),
                    },
                    waitMs: (spec) => (0, select_js_1.waitFor)(spec, config, environment, null),
                    log: progress,
                    onResult: opts.json ? undefined : (r) => progress(`${r.id}: ${r.status}`),
                });
                io.stdout(opts.json ? (0, outputs_js_1.resultJson)(ev) + '\n' : renderText(ev, paint));
                return ev.allowed ? 0 : 1;
            }
            default:
                throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`shipgate: ${e.message}\n\n${USAGE}\n`);
            return 2;
        }
        if (e instanceof errors_js_1.UserError && e.name === 'ConfigError') {
            // One `file:line:column: message` line per problem, as compilers print them.
            io.stderr(`${e.message}\n`);
            return 2;
        }
        if (e instanceof errors_js_1.UserError) {
            io.stderr(`shipgate: ${e.message}\n`);
            return 2;
        }
        io.stderr(`shipgate: internal error: ${(0, errors_js_1.errorMessage)(e)}\n`);
        return 2;
    }
}
class UsageError extends Error {
}
/** The nearest directory (from `start` up) holding .github/shipgate.yml; `start` when none does. */
function projectRoot(start) {
    for (let dir = (0, node_path_1.resolve)(start);; dir = (0, node_path_1.dirname)(dir)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, '.github', 'shipgate.yml')))
            return dir;
        if ((0, node_path_1.dirname)(dir) === dir)
            return (0, node_path_1.resolve)(start);
    }
}
const VERSION = '1.0.0';
function painter(on) {
    const wrap = (code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { green: wrap(32), red: wrap(31), yellow: wrap(33), dim: wrap(2), bold: wrap(1), cyan: wrap(36) };
}
const SYMBOL = {
    pass: '✔',
    fail: '✘',
    pending: '…',
    skipped: '-',
    error: '!',
    waived: '~',
};
function renderText(ev, paint) {
    const colorOf = (s) => s === 'pass'
        ? paint.green
        : s === 'skipped'
            ? paint.dim
            : s === 'pending' || s === 'waived'
                ? paint.yellow
                : paint.red;
    const lines = [];
    const where = ev.environment ? ` to ${ev.environment}` : '';
    if (ev.phase === 'verify') {
        const failed = ev.gates.some((g) => g.required && g.status === 'fail');
        lines.push(paint.bold(ev.allowed
            ? paint.green(`Deploy${where} verified`)
            : paint.red(failed ? `Verification failed${where}: roll back` : `Could not verify${where}: roll back`)));
    }
    else
        lines.push(paint.bold(ev.allowed
            ? paint.green(`Deploy${ev.environment ? ` to ${ev.environment}` : ''} allowed`)
            : paint.red(`Deploy${ev.environment ? ` to ${ev.environment}` : ''} blocked`)));
    for (const g of ev.gates) {
        const c = colorOf(g.status);
        lines.push(`${c(SYMBOL[g.status])} ${g.title}${g.required ? '' : paint.dim(' (optional)')} ${paint.dim(`[${g.id}]`)} ${c(g.status)}: ${g.summary}`);
        if (g.sampling)
            lines.push(`    ${paint.dim(samplingLine(g))}`);
        for (const d of detailLines(g))
            lines.push(`    ${paint.dim(d)}`);
        const data = (0, checklist_types_js_1.checklistData)(g);
        if (data)
            lines.push(...checklistLines(data, paint).map((l) => `    ${l}`));
    }
    // No PR here, so nothing a person signs off can pass: say where that happens.
    const awaiting = ev.gates.filter((g) => g.status === 'pending' && (g.type === 'manual' || (0, checklist_types_js_1.checklistData)(g)));
    if (awaiting.length)
        lines.push(paint.yellow(`${awaiting.map((g) => g.id).join(', ')} need${awaiting.length === 1 ? 's' : ''} sign-off on the pull request: the action counts /signoff comments there; the CLI cannot, so it blocks.`));
    return lines.join('\n') + '\n';
}
/** A checklist gate's items, one line per heading with its counts (the CLI's view of the comment). */
function checklistLines(data, paint, withItems = false) {
    const out = [];
    const byHeading = new Map();
    for (const i of data.items)
        byHeading.set(i.heading, [...(byHeading.get(i.heading) ?? []), i]);
    const text = new Map(data.headings.map((h) => [h.slug, (0, checklist_types_js_1.shown)(h.text)]));
    for (const [slug, items] of byHeading) {
        const done = items.filter((i) => i.status === 'pass' || i.status === 'na').length;
        const mark = done === items.length ? paint.green('✔') : paint.yellow('…');
        const owners = [...new Set(items.filter((i) => !i.gate).map((i) => i.ownersText))].join('; ');
        out.push(`${mark} ${text.get(slug) || slug || '(before the first heading)'} ${paint.dim(`[${slug}]`)} ${done}/${items.length}${owners ? paint.dim(` · ${owners}`) : ''}`);
        if (!withItems)
            continue;
        for (const i of items) {
            const who = i.gate ? `gate ${i.gate}` : i.ownersText;
            out.push(`    ${i.parent ? '  ' : ''}${paint.dim(i.id)}  ${i.text}  ${paint.dim(`(${who})`)}`);
        }
    }
    return out;
}
/** "samples 12/21 (1 failed), min 0.002, max 0.013, last 0.004" */
function samplingLine(g) {
    const s = g.sampling;
    const unit = s.unit ? ` ${s.unit}` : '';
    const values = s.samples.map((x) => x.value).filter((v) => v !== undefined);
    const stats = values.length
        ? `, min ${(0, number_js_1.formatNumber)(Math.min(...values))}${unit}, max ${(0, number_js_1.formatNumber)(Math.max(...values))}${unit}, last ${(0, number_js_1.formatNumber)(values[values.length - 1])}${unit}`
        : '';
    return `samples ${s.samples.length}/${s.planned}${s.failed ? ` (${s.failed} failed, ${s.failureLimit} tolerated)` : ''}${stats}`;
}
const MAX_ROWS = 20;
/** A table as aligned text with its header (the columns say what the numbers are). */
function tableLines(columns, rows) {
    const text = (c) => (typeof c === 'string' ? c : c.text);
    const shown = [columns, ...rows.slice(0, MAX_ROWS).map((r) => r.map(text))];
    const widths = columns.map((_, i) => Math.max(...shown.map((r) => [...(r[i] ?? '')].length)));
    const lines = shown.map((r) => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length)))
        .join('  ')
        .trimEnd());
    if (rows.length > MAX_ROWS)
        lines.push(`… ${rows.length - MAX_ROWS} more rows`);
    return lines;
}
function detailLines(g) {
    if (g.status === 'pass' || g.status === 'skipped')
        return [];
    const out = [];
    for (const d of g.details ?? []) {
        if (d.kind === 'text')
            out.push(d.text);
        else if (d.kind === 'list')
            out.push(...d.items.map((i) => `- ${typeof i === 'string' ? i : `${i.text} <${i.url}>`}`));
        else if (d.kind === 'table')
            out.push(...tableLines(d.columns, d.rows));
        else if (d.kind === 'code')
            out.push(...d.text.split('\n').slice(-20));
    }
    return out;
}


/***/ }),

/***/ 3736:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checklistData = checklistData;
exports.loosen = loosen;
exports.checklistIds = checklistIds;
exports.shown = shown;
/** The checklist data of a result, or null when it is not a checklist gate (or it could not be read). */
function checklistData(result) {
    if (result.type !== 'checklist')
        return null;
    const data = result.data;
    if (!data || !Array.isArray(data['items']) || !Array.isArray(data['headings']))
        return null;
    return data;
}
/** `monitoring-observability` finds `monitoring--observability`; `#1-database-setup` finds `1-database-setup`. */
function loosen(key) {
    return key
        .toLowerCase()
        .replace(/^#/, '')
        .replace(/-+/g, '-')
        .replace(/(^|\/)-|-($|\/)/g, '$1$2');
}
/** The heading slugs and item ids the checklist gates of an evaluation take commands for. */
function checklistIds(gates) {
    const ids = new Set();
    for (const g of gates) {
        const data = checklistData(g);
        if (!data)
            continue;
        for (const h of data.headings)
            ids.add(h.slug);
        for (const i of data.items)
            ids.add(i.id);
    }
    const loose = new Set([...ids].map(loosen));
    return { knows: (id) => ids.has(id) || loose.has(loosen(id)), ids: [...ids] };
}
/**
 * A heading as the comment shows it: without the status emoji the file's author put in front of it
 * ("✅ Core Components"), which would contradict the status shipgate shows next to it.
 */
function shown(text) {
    return (text ?? '').replace(/^(?:[\u2705\u2714\u2611\u274c\u274e\u2716\u23f3\u231b\u26a0\u2b55\u{1f7e0}-\u{1f7eb}\u{1f534}\u{1f535}]\ufe0f?\s*)+/u, '');
}


/***/ }),

/***/ 8921:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GATES = void 0;
exports.entry = entry;
exports.loadGates = loadGates;
/** Ties a type's logic and source together; `F` is inferred from both, so they must agree. */
function entry(e) {
    return e;
}
exports.GATES = {
    approvals: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 2628).then(__webpack_require__.bind(__webpack_require__, 2628)),
        facts: () => __webpack_require__.e(/* import() */ 2050).then(__webpack_require__.bind(__webpack_require__, 2050)),
    }),
    audit: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 9791).then(__webpack_require__.bind(__webpack_require__, 9791)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(2654)]).then(__webpack_require__.bind(__webpack_require__, 2654)),
    }),
    checklist: entry({
        source: 'local',
        logic: () => Promise.all(/* import() */[__webpack_require__.e(8559), __webpack_require__.e(3508), __webpack_require__.e(980)]).then(__webpack_require__.bind(__webpack_require__, 980)),
        facts: () => __webpack_require__.e(/* import() */ 7458).then(__webpack_require__.t.bind(__webpack_require__, 7458, 23)),
    }),
    checks: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 7519).then(__webpack_require__.bind(__webpack_require__, 7519)),
        facts: () => __webpack_require__.e(/* import() */ 1409).then(__webpack_require__.bind(__webpack_require__, 1409)),
    }),
    command: entry({
        source: 'local',
        exclusive: true,
        logic: () => __webpack_require__.e(/* import() */ 5325).then(__webpack_require__.bind(__webpack_require__, 5325)),
        facts: () => __webpack_require__.e(/* import() */ 3383).then(__webpack_require__.t.bind(__webpack_require__, 3383, 23)),
    }),
    coverage: entry({
        source: 'local',
        logic: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(5968)]).then(__webpack_require__.t.bind(__webpack_require__, 5968, 23)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(9800), __webpack_require__.e(5677)]).then(__webpack_require__.bind(__webpack_require__, 5677)),
    }),
    dns: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 1107).then(__webpack_require__.bind(__webpack_require__, 1107)),
        facts: () => __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 257)),
    }),
    env: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 9963).then(__webpack_require__.bind(__webpack_require__, 9963)),
        facts: () => __webpack_require__.e(/* import() */ 7953).then(__webpack_require__.bind(__webpack_require__, 7953)),
    }),
    environment: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 5529).then(__webpack_require__.bind(__webpack_require__, 5529)),
        facts: () => __webpack_require__.e(/* import() */ 2447).then(__webpack_require__.bind(__webpack_require__, 2447)),
    }),
    fresh: entry({
        source: 'local',
        exclusive: true,
        logic: () => __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 992)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(1062), __webpack_require__.e(5210)]).then(__webpack_require__.bind(__webpack_require__, 5210)),
    }),
    http: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 1062).then(__webpack_require__.bind(__webpack_require__, 1062)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(1062), __webpack_require__.e(9496)]).then(__webpack_require__.bind(__webpack_require__, 9496)),
    }),
    manual: entry({ source: 'none', logic: () => __webpack_require__.e(/* import() */ 4744).then(__webpack_require__.bind(__webpack_require__, 4744)) }),
    migrations: entry({
        source: 'local',
        exclusive: true,
        logic: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(9663)]).then(__webpack_require__.t.bind(__webpack_require__, 9663, 23)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(9663), __webpack_require__.e(4109)]).then(__webpack_require__.t.bind(__webpack_require__, 4109, 23)),
    }),
    metric: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 1498).then(__webpack_require__.bind(__webpack_require__, 1498)),
        facts: () => __webpack_require__.e(/* import() */ 8556).then(__webpack_require__.bind(__webpack_require__, 8556)),
    }),
    promotion: entry({
        source: 'github',
        logic: () => __webpack_require__.e(/* import() */ 6645).then(__webpack_require__.bind(__webpack_require__, 6645)),
        facts: () => __webpack_require__.e(/* import() */ 903).then(__webpack_require__.bind(__webpack_require__, 903)),
    }),
    sarif: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 4917).then(__webpack_require__.bind(__webpack_require__, 4917)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(7197), __webpack_require__.e(6495)]).then(__webpack_require__.bind(__webpack_require__, 6495)),
    }),
    tests: entry({
        source: 'local',
        logic: () => __webpack_require__.e(/* import() */ 7081).then(__webpack_require__.bind(__webpack_require__, 7081)),
        facts: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7949), __webpack_require__.e(9800), __webpack_require__.e(471)]).then(__webpack_require__.bind(__webpack_require__, 471)),
    }),
    window: entry({ source: 'none', logic: () => __webpack_require__.e(/* import() */ 8454).then(__webpack_require__.bind(__webpack_require__, 8454)) }),
};
/**
 * Loads the logic (and, unless `logicOnly`, the sources) of the given gate types. One type after
 * another: concurrent `import()`s of modules that share a dependency trip jest's ESM loader ("request
 * for … is not in cache"), and in the bundle each is a local chunk read of well under a millisecond.
 */
async function loadGates(types, opts = {}) {
    const out = new Map();
    for (const t of new Set(types)) {
        // The table guarantees per type that config, logic and source agree; erased here only.
        const e = exports.GATES[t];
        const { gate } = await e.logic();
        const facts = e.source === 'none' || opts.logicOnly ? null : await e.facts();
        out.set(t, {
            source: e.source,
            exclusive: e.exclusive ?? false,
            logic: gate,
            collect: facts?.collect ?? null,
        });
    }
    return out;
}


/***/ }),

/***/ 1555:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNumber = formatNumber;
/** A measured number as people read it: up to 4 significant digits, no exponent for everyday sizes. */
function formatNumber(v) {
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
    if (v === 0)
        return '0';
    const abs = Math.abs(v);
    return abs >= 1e-4 && abs < 1e9 ? String(Number(v.toPrecision(4))) : v.toPrecision(4);
}


/***/ })

};

//# sourceMappingURL=8084.index.js.map