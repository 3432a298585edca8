export const id = 6744;
export const ids = [6744];
export const modules = {

/***/ 6744:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// The action's entry (loaded by src/index.ts when the runner starts dist/index.js): only calls run().
const main_js_1 = __webpack_require__(1730);
const runtime_js_1 = __webpack_require__(4202);
const errors_js_1 = __webpack_require__(3916);
process.on('unhandledRejection', (e) => (0, runtime_js_1.setFailed)(`shipgate failed: ${(0, errors_js_1.errorMessage)(e)}`));
void (0, main_js_1.run)();


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INPUT_NAMES = void 0;
exports.readInputs = readInputs;
/** The action's inputs, parsed once into a typed object. The only file that reads INPUT_*. */
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(6518);
const time_js_1 = __webpack_require__(6043);
const runtime_js_1 = __webpack_require__(4202);
/** Input names, as in action.yml (a test keeps both lists equal). */
exports.INPUT_NAMES = [
    'config',
    'environment',
    'token',
    'mode',
    'comment',
    'pr',
    'config-ref',
    'wait',
    'now',
    'check',
    'rollback',
    'phase',
];
function readInputs(env = process.env) {
    const get = (n) => (0, runtime_js_1.getInput)(n, env);
    const mode = get('mode') || 'enforce';
    if (mode !== 'enforce' && mode !== 'report')
        throw new errors_js_1.UserError(`input mode: "${mode}" is not a mode; expected enforce or report`);
    const bool = (name, fallback) => {
        const text = (get(name) || fallback).toLowerCase();
        if (!['true', 'false'].includes(text))
            throw new errors_js_1.UserError(`input ${name}: "${get(name)}" is not a boolean; expected true or false`);
        return text === 'true';
    };
    const prText = get('pr');
    if (prText && !/^[1-9]\d*$/.test(prText))
        throw new errors_js_1.UserError(`input pr: "${prText}" is not a pull request number`);
    const waitText = get('wait');
    const waitMs = waitText ? (0, duration_js_1.parseDuration)(waitText) : null;
    if (waitText && waitMs === null)
        throw new errors_js_1.UserError(`input wait: "${waitText}" is not a duration; expected e.g. 30s, 15m or 1h`);
    const nowText = get('now');
    const now = nowText ? (0, time_js_1.parseInstant)(nowText) : null;
    if (nowText && !now)
        throw new errors_js_1.UserError(`input now: "${nowText}" is not an ISO date-time with an offset, such as 2026-12-04T15:00:00+01:00 or 2026-12-04T14:00:00Z`);
    const phase = get('phase') || 'deploy';
    if (phase !== 'deploy' && phase !== 'verify')
        throw new errors_js_1.UserError(`input phase: "${phase}" is not a phase; expected deploy (before the deploy step) or verify (after it)`);
    const token = get('token') || env.GITHUB_TOKEN || '';
    return {
        config: get('config') || '.github/shipgate.yml',
        environment: get('environment'),
        token,
        mode,
        comment: bool('comment', 'true'),
        pr: prText ? Number(prText) : null,
        configRef: get('config-ref'),
        waitMs,
        now,
        check: bool('check', 'false'),
        rollback: bool('rollback', 'false'),
        phase,
    };
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRunContext = readRunContext;
/**
 * What the run is about, from the runner's GITHUB_* variables and the event payload: repository,
 * event, the commit being deployed and, when the event carries it, the pull request.
 */
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(3916);
const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function readRunContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new errors_js_1.UserError('GITHUB_REPOSITORY is not set (expected owner/name): shipgate must run inside a GitHub Actions job');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0, node_fs_1.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (e) {
            throw new errors_js_1.UserError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${e.message}`);
        }
    }
    let prNumber = null;
    let prHeadSha = null;
    let prBaseSha = null;
    const pr = payload.pull_request;
    const issue = payload.issue;
    if (PR_EVENTS.has(eventName) && pr?.number) {
        prNumber = pr.number;
        prHeadSha = pr.head?.sha ?? null;
        prBaseSha = pr.base?.sha ?? null;
    }
    else if (eventName === 'issue_comment' && issue?.pull_request && issue.number) {
        prNumber = issue.number;
    }
    // A merge queue run evaluates the queued commit (merge_group.head_sha), with the config from the
    // queue's base commit; the PR is the one GitHub names in the queue branch
    // (gh-readonly-queue/<base>/pr-<number>-<sha>), so its sign-offs and waivers count.
    const group = payload.merge_group;
    let sha = env.GITHUB_SHA ?? '';
    if (eventName === 'merge_group' && group?.head_sha) {
        sha = group.head_sha;
        prBaseSha = group.base_sha ?? null;
        const m = /\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref ?? '');
        if (m)
            prNumber = Number(m[1]);
    }
    const before = eventName === 'push' && typeof payload.before === 'string' ? payload.before : '';
    const pushBefore = /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before) ? before : null;
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const runId = Number(env.GITHUB_RUN_ID ?? 0);
    const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    return {
        owner,
        repo,
        eventName,
        sha,
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
        serverUrl,
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl)).replace(/\/+$/, ''),
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        prNumber,
        prHeadSha,
        prBaseSha,
        pushBefore,
        prEvent: prNumber !== null && eventName !== 'merge_group',
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
        actors: [...new Set([env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a) => !!a))],
    };
}
/**
 * Where GraphQL lives when the runner does not say (GITHUB_GRAPHQL_URL): next to the REST API on
 * github.com and GHE.com (`<api>/graphql`), but beside it on GitHub Enterprise Server, whose REST
 * API is `<host>/api/v3` and GraphQL `<host>/api/graphql`.
 */
function graphqlUrlFor(apiUrl) {
    return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/v3$/, '/graphql') : `${apiUrl}/graphql`;
}


/***/ }),

/***/ 1730:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
/**
 * The action: inputs -> run context -> GitHub facts (config from the trusted base) -> config ->
 * gates -> reports (comment, summary, outputs) -> verdict. One try/catch; the verdict is set once.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const runtime = __importStar(__webpack_require__(4202));
const inputs_js_1 = __webpack_require__(1729);
const outputs_js_1 = __webpack_require__(8948);
const select_js_1 = __webpack_require__(2132);
const errors_js_1 = __webpack_require__(3916);
const context_js_1 = __webpack_require__(9556);
const escape_js_1 = __webpack_require__(4031);
/**
 * The config parser (YAML parser + compiled JSON Schema validator) is the largest part of the
 * bundle and is not needed before GitHub's first answer: it is loaded while that request is in
 * flight (ncc emits it as a separate chunk).
 */
const loadConfigModule = () => Promise.all(/* import() */[__webpack_require__.e(3206), __webpack_require__.e(6943), __webpack_require__.e(8921)]).then(__webpack_require__.t.bind(__webpack_require__, 6943, 23));
/** Likewise the engine (gate registry, fact sources). */
const loadEngineModule = () => __webpack_require__.e(/* import() */ 2515).then(__webpack_require__.bind(__webpack_require__, 2515));
/** Likewise the reporting side (summary, comment, check run, verdict). */
const loadReportModule = () => Promise.all(/* import() */[__webpack_require__.e(5194), __webpack_require__.e(1658)]).then(__webpack_require__.t.bind(__webpack_require__, 1658, 23));
/**
 * The GitHub client (Octokit) and the facts queries are loaded once the inputs and the run's context
 * are known to be good: a step with bad inputs fails without loading them.
 */
const loadGitHubModules = () => Promise.all([
    Promise.all(/* import() */[__webpack_require__.e(5194), __webpack_require__.e(6584)]).then(__webpack_require__.bind(__webpack_require__, 6584)),
    Promise.all(/* import() */[__webpack_require__.e(5194), __webpack_require__.e(3480)]).then(__webpack_require__.bind(__webpack_require__, 3480)),
    Promise.all(/* import() */[__webpack_require__.e(5194), __webpack_require__.e(5254)]).then(__webpack_require__.bind(__webpack_require__, 2873)),
]);
/** Extra time beyond the wait budget for everything else (commands, reports). */
const RUN_MARGIN_MS = 20 * 60_000;
async function run(env = process.env) {
    // `npx @github/local-action . src/main.ts .env` (CONTRIBUTING.md) sets TARGET_ACTION_PATH and
    // observes the action through its @actions/core stub; a runner (GITHUB_ACTIONS=true) never
    // takes this path, so nothing in a workspace can redirect a real run.
    if (env.TARGET_ACTION_PATH && env.GITHUB_ACTIONS !== 'true') {
        await (await __webpack_require__.e(/* import() */ 4196).then(__webpack_require__.bind(__webpack_require__, 4196))).connectLocalAction();
    }
    const progress = { phase: 'deploy', environment: '', sha: '', pr: null, reported: false };
    try {
        await evaluateAndReport(env, progress);
    }
    catch (e) {
        // Anything that escapes is reported in one line, never as a stack trace, and fails the step.
        const message = `shipgate could not evaluate the deploy gate: ${(0, errors_js_1.errorMessage)(e)}`;
        if (!progress.reported) {
            // The outputs still say "not allowed", so a later step reading them cannot deploy.
            try {
                // By name: the GitHub client's module may not have been loaded.
                (0, outputs_js_1.writeFailureOutputs)(progress, e?.name === 'GitHubApiError' ? 'github' : 'shipgate', message);
                runtime.appendSummary(`## 🚫 Deploy${progress.environment ? ` to ${progress.environment}` : ''} blocked: shipgate could not evaluate the gates\n\n${(0, escape_js_1.codeBlock)(message)}\n`);
            }
            catch {
                // An unwritable output file: the failed step below still blocks.
            }
        }
        runtime.setFailed(message);
        // With debug logging enabled on the run (RUNNER_DEBUG=1), the stack helps a bug report.
        if (env.RUNNER_DEBUG === '1' && e instanceof Error && e.stack)
            runtime.debug(e.stack);
    }
}
async function evaluateAndReport(env, progress) {
    // Known before the inputs are validated, so a bad input in the verify step still says roll back.
    if (env['INPUT_PHASE'] === 'verify')
        progress.phase = 'verify';
    const inputs = (0, inputs_js_1.readInputs)(env);
    progress.phase = inputs.phase;
    if (inputs.token)
        runtime.mask(inputs.token);
    progress.environment = inputs.environment;
    const ctx = (0, context_js_1.readRunContext)(env);
    progress.sha = ctx.prHeadSha ?? ctx.sha;
    progress.pr = inputs.pr ?? ctx.prNumber;
    const now = inputs.now ?? new Date();
    const deadline = Date.now() + (inputs.waitMs ?? 60 * 60_000) + RUN_MARGIN_MS;
    if (!inputs.token)
        throw new errors_js_1.UserError('no GitHub token: set the `token` input (it defaults to ${{ github.token }})');
    const [{ GitHubClient }, { openGitHubFacts }] = await loadGitHubModules();
    const client = new GitHubClient({
        token: inputs.token,
        baseUrl: ctx.apiUrl,
        graphqlUrl: ctx.graphqlUrl,
        deadline,
        retryBaseMs: Number(env.SHIPGATE_RETRY_BASE_MS) || 1000,
        requestTimeoutMs: Number(env.SHIPGATE_REQUEST_TIMEOUT_MS) || 30_000,
        log: (m) => runtime.info(m),
    });
    const configModule = loadConfigModule();
    const engineModule = loadEngineModule();
    const reportModule = loadReportModule();
    // Awaited below; never an unhandled rejection if the run stops earlier.
    configModule.catch(() => { });
    engineModule.catch(() => { });
    reportModule.catch(() => { });
    const github = openGitHubFacts(client, ctx, {
        configPath: inputs.config,
        configRef: inputs.configRef,
        prNumber: inputs.pr ?? ctx.prNumber,
        log: (m) => runtime.info(m),
    });
    const prNumber = await github.prNumber();
    progress.pr = prNumber;
    const first = await github.first();
    progress.sha = first.checksSha;
    // The config: from the trusted commit (or config-ref) through the API; without a PR, from the workspace.
    const { text, source, workspace } = configText(inputs, ctx, first);
    const { ConfigError, loadConfig, extendsOf, parseExtends } = await configModule;
    // extends: the organisation's shared config, read with the token before the config is checked.
    const extendsSpec = extendsOf(text);
    const extendsAt = extendsSpec ? parseExtends(extendsSpec) : null;
    const shared = extendsSpec && extendsAt ? await github.sharedConfig(extendsSpec, extendsAt) : undefined;
    if (shared && 'error' in shared)
        runtime.warning(shared.error);
    let config;
    try {
        config = await loadConfig(text, inputs.config, shared);
    }
    catch (e) {
        if (!(e instanceof ConfigError))
            throw e;
        for (const p of e.problems)
            runtime.error(p.message, { title: 'shipgate config', file: p.file, line: p.line, col: p.column });
        await (await reportModule).reportConfigError(e, inputs, ctx, client, await github.all(), prNumber);
        progress.reported = true;
        return;
    }
    const gates = (0, select_js_1.selectGates)(config, inputs.environment, inputs.phase);
    // Sampling windows (verify phase) run on top of the wait budget.
    const runDeadline = deadline + Math.max(0, ...gates.map(select_js_1.samplingMs));
    client.extendDeadline(runDeadline);
    const { neededTeams, runGates } = await engineModule;
    const teamsFor = async (f) => f.pr
        ? neededTeams(gates, config, f.pr, {
            approved: f.reviews.some((r) => r.state === 'APPROVED'),
            codeowners: f.codeowners?.text ?? null,
        })
        : [];
    // Teams the first page already shows a need for are read along with the next page.
    const facts = await github.all(await teamsFor(first));
    const pr = facts.pr;
    const teams = pr ? await github.teams(await teamsFor(facts)) : {};
    runtime.info(`${inputs.phase === 'verify' ? 'verifying the deploy with' : 'evaluating'} ${gates.length} gate(s) for ${inputs.environment || 'all environments'} on ${facts.checksSha.slice(0, 7)}${pr ? ` (PR #${pr.number})` : ''}`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(0, runDeadline - Date.now()));
    timer.unref();
    const ev = await runGates({
        config,
        environment: inputs.environment,
        phase: inputs.phase,
        gates,
        mode: 'action',
        now,
        sha: facts.checksSha,
        pr,
        teams,
        unavailable: (0, select_js_1.unavailableGates)(config, inputs.environment, inputs.phase),
        github: {
            checksSha: facts.checksSha,
            checks: facts.checks,
            checksError: facts.checksError,
            approvals: { reviews: facts.reviews, codeowners: facts.codeowners },
            refreshChecks: () => github.refreshChecks(),
            release: github.release({ environment: inputs.environment, rollback: inputs.rollback }),
        },
        collect: {
            cwd: ctx.workspace,
            env,
            now,
            signal: controller.signal,
            progress: (m) => runtime.info(m),
            secrets: { add: runtime.addSecret, addFromEnv: runtime.addSecretsFromEnv },
            // The config's other files (the checklist) come from where the config came from: the same
            // trusted commit through the API, or the workspace when the config was read there.
            ...(!workspace && first.rulesOid
                ? {
                    trustedSource: first.rulesWhere,
                    trustedFile: async (path) => {
                        const f = await github.trustedFile(path);
                        return f && { ...f, source: `${path} at ${first.rulesWhere}` };
                    },
                }
                : {}),
            prFiles: (pr?.files ?? []).filter((f) => f.status !== 'removed').map((f) => f.path),
        },
        waitMs: (spec) => (0, select_js_1.waitFor)(spec, config, inputs.environment, inputs.waitMs),
        log: (m) => runtime.info(m),
    });
    clearTimeout(timer);
    const { noticesFor, report } = await reportModule;
    const notices = noticesFor(ev, facts, config);
    // Secret values a gate received or passed on (and a tool may have echoed) never leave the run:
    // the evaluation is redacted before anything is rendered from it.
    await report(runtime.redactDeep(ev), inputs, ctx, client, facts, source, notices);
    progress.reported = true;
}
function configText(inputs, ctx, facts) {
    const workspaceFile = (0, node_path_1.resolve)(ctx.workspace, inputs.config);
    if (!facts.pr && !inputs.configRef && (0, node_fs_1.existsSync)(workspaceFile)) {
        return {
            text: (0, node_fs_1.readFileSync)(workspaceFile, 'utf8'),
            source: `${inputs.config} in the workspace`,
            workspace: true,
        };
    }
    if (facts.configText === null) {
        throw new errors_js_1.UserError(`no config at ${inputs.config} on ${facts.rulesWhere}. shipgate reads the config from the trusted base, never from the PR itself: merge .github/shipgate.yml into ${facts.pr ? 'the default branch' : 'the branch'} first, or set the \`config\` / \`config-ref\` inputs`);
    }
    return { text: facts.configText, source: facts.configSource };
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Escaping for everything user-written that goes into the PR comment or job summary: titles,
 * reasons, names, file paths, command output. After escaping, a string renders as the same text
 * and cannot open HTML, break a table or a <details> block, start Markdown formatting, or mention
 * anyone (`@org/everyone` is defused with a zero-width space after the `@`). Only what could
 * change the rendering is escaped, so the raw Markdown stays readable too.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeInline = escapeInline;
exports.escapeProse = escapeProse;
exports.safeUrl = safeUrl;
exports.codeBlock = codeBlock;
exports.escapeHtml = escapeHtml;
exports.codeSpan = codeSpan;
/**
 * One line of inline text, safe in a paragraph, heading, list item or table cell, and still readable
 * as raw Markdown (e-mail notifications show the raw text): a character is escaped only where it
 * could mean something — `<` before a tag, `&` before an entity, `_` at a word edge, `#`, `>`, `-`,
 * `+`, `=` or `1.` at the start, `:` only when it would close an emoji `:code:`; `*`, `~`, `[`, `]`,
 * `|` and backticks always; `\` before punctuation. A mention is defused with a zero-width space.
 */
function escapeInline(text, atLineStart = true) {
    const s = oneLineOf(text);
    let out = '';
    const chars = [...s];
    const defuse = autolinksToDefuse(s, chars);
    chars.forEach((c, i) => {
        const prev = chars[i - 1] ?? '';
        const next = chars[i + 1] ?? '';
        out += defuse.has(i) ? `\\${c}` : escapeChar(c, prev, next, s, i, chars);
    });
    return atLineStart ? escapeStart(out) : out;
}
function oneLineOf(text) {
    return text
        .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .trim();
}
const WORD = /[\p{L}\p{N}]/u;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
function escapeChar(c, prev, next, _s, i, chars) {
    switch (c) {
        case '\\':
            return next === '' || ASCII_PUNCT.test(next) ? '\\\\' : c;
        case '`':
        case '*':
        case '~':
        case '[':
        case ']':
        case '|':
            return `\\${c}`;
        case '_':
            // Inside a word (snake_case) an underscore cannot start or end emphasis.
            return WORD.test(prev) && WORD.test(next) ? c : '\\_';
        case '<':
            return /[A-Za-z/!?]/.test(next) ? '&lt;' : c;
        case '&':
            return /^&(#\d|#x[0-9a-f]|[A-Za-z][A-Za-z0-9]*;)/i.test(chars.slice(i, i + 34).join('')) ? '&amp;' : c;
        case ':':
            // `:rocket:` becomes an emoji on GitHub.
            return /^:[a-z0-9_+-]+:/i.test(chars.slice(i, i + 40).join('')) ? '&#58;' : c;
        case '@':
            return '@\u200b';
        default:
            return c;
    }
}
/**
 * GFM turns `https://…`, `http://…`, `ftp://…` and `www.…` into a link that runs to the next
 * whitespace and swallows the backslashes (and entities) written there, so `\*` inside such a URL
 * is a live `*` again and the link text shows the backslash. Where such a run holds anything that
 * needs escaping, the autolink itself is broken instead (`https\://`, `www\.`): the text reads the
 * same, just not as a link. A URL with nothing to escape stays a clickable link.
 */
function autolinksToDefuse(s, chars) {
    const defuse = new Set();
    if (!/(?:https?|ftp):\/\/|www\./i.test(s))
        return defuse;
    for (let i = 0; i < chars.length; i++) {
        const ahead = chars.slice(i, i + 8).join('');
        const proto = /^(?:https?|ftp):\/\//i.exec(ahead);
        if (!proto && !/^www\./i.test(ahead))
            continue;
        let needs = false;
        for (let k = i; k < chars.length && !/\s/u.test(chars[k]); k++) {
            if (escapeChar(chars[k], chars[k - 1] ?? '', chars[k + 1] ?? '', s, k, chars) !== chars[k]) {
                needs = true;
                break;
            }
        }
        // The character that makes it a URL: the `:` of the scheme or the `.` after `www`.
        if (needs)
            defuse.add(proto ? i + proto[0].length - 3 : i + 3);
    }
    return defuse;
}
/** What would start a block at the beginning of a line (heading, quote, list, setext underline). */
function escapeStart(s) {
    if (/^[#>+=-]/.test(s))
        return `\\${s}`;
    return s.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * shipgate's own sentences (gate summaries, details text, messages): like escapeInline, except that
 * `code` between a pair of backticks is kept as a code span, which is how those sentences mark
 * commands, ids and file names. A code span is inert (no HTML, no mention, no formatting), so it is
 * safe whatever it holds (`inTable`: for a table cell, see codeSpan).
 */
function escapeProse(text, inTable = false) {
    const s = oneLineOf(text);
    const parts = s.split(/(?<!`)(`[^`]+`)(?!`)/);
    return parts
        .map((part, i) => {
        if (i % 2 === 1)
            return codeSpan(part.slice(1, -1), inTable);
        const e = escapeInline(part);
        // escapeInline trims; keep the white space around code spans as written (an invisible
        // U+FEFF is white space to JavaScript too, and must not turn into a visible space).
        const lead = i > 0 ? (/^\s/u.exec(part)?.[0] ?? '') : '';
        const trail = i < parts.length - 1 ? (/\s$/u.exec(part)?.[0] ?? '') : '';
        return e ? lead + e + trail : lead || trail;
    })
        .join('')
        .replace(/^(?=[#>+=-])/, '\\')
        .trim();
}
/** A URL for a Markdown link target: only http(s), with characters that could end the link encoded. */
function safeUrl(url) {
    if (!/^https?:\/\/[^\s]+$/i.test(url))
        return null;
    return url.replace(/[()<>"'`|\\[\]\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** A fenced code block that its content cannot close, whatever backticks it contains. */
function codeBlock(text) {
    const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    let longest = 2;
    for (const m of clean.matchAll(/`+|~+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${clean.replace(/\n+$/, '')}\n${fence}`;
}
/**
 * One line of text inside raw HTML (the `<summary>` of a details block), where Markdown is not
 * parsed, so backslash escapes would show: only HTML-escaped, with mentions defused.
 */
function escapeHtml(text) {
    return text
        .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .trim()
        .replace(/&(?=#\d|#x[0-9a-f]|[a-z][a-z0-9]*;)/gi, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/@/g, '@\u200b');
}
/**
 * Inline code that its content cannot close; one line, control characters removed. In a table
 * cell `|` must be written `\|` (GFM splits cells before it reads code spans); anywhere else a
 * backslash in a code span shows, so it is escaped only `inTable`.
 */
function codeSpan(text, inTable = false) {
    let clean = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (inTable)
        clean = clean.replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of clean.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || /^ .* $/.test(clean) ? ' ' : '';
    return `${fence}${pad}${clean || ' '}${pad}${fence}`;
}


/***/ })

};

//# sourceMappingURL=6744.index.js.map