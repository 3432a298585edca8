export const id = 3480;
export const ids = [3480,6584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubClient = exports.GitHubApiError = void 0;
/**
 * The only place that talks HTTP to GitHub. Wraps @octokit/core's request with:
 * - retries with capped exponential backoff for reads (GET, GraphQL queries) on network errors,
 *   5xx, secondary rate limits (honouring retry-after) and GraphQL RATE_LIMITED;
 * - no blind retry of non-idempotent writes (POST) when the request may have been processed;
 * - a per-request timeout and a whole-run deadline;
 * - errors turned into messages that say what failed and what to do (e.g. a missing permission).
 */
const core_1 = __webpack_require__(5194);
const errors_js_1 = __webpack_require__(3916);
class GitHubApiError extends errors_js_1.UserError {
    status;
    kind;
    name = 'GitHubApiError';
    constructor(message, status, kind) {
        super(message);
        this.status = status;
        this.kind = kind;
    }
}
exports.GitHubApiError = GitHubApiError;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** GraphQL errors without a type that GitHub returns for a failure on its side (worth a retry). */
const TRANSIENT_GRAPHQL = /something went wrong|timeout|timed out|try again|temporarily/i;
class GitHubClient {
    octokit;
    opts;
    graphqlRoute;
    constructor(options) {
        this.opts = {
            retryBaseMs: 1000,
            maxAttempts: 4,
            requestTimeoutMs: 30_000,
            log: () => { },
            ...options,
        };
        this.octokit = new core_1.Octokit({
            auth: options.token,
            baseUrl: options.baseUrl.replace(/\/+$/, ''),
            userAgent: 'shipgate',
            // Octokit's default logger would print warnings to stderr; we report errors ourselves.
            log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        });
        // An absolute URL in the route: octokit then ignores baseUrl (on GHES GraphQL is not under it).
        this.graphqlRoute = `POST ${options.graphqlUrl}`;
    }
    /** Moves the run's deadline later (verify-phase sampling windows are known only from the config). */
    extendDeadline(until) {
        if (until > this.opts.deadline)
            this.opts.deadline = until;
    }
    /** A GraphQL query (read-only, so safely retried). Returns data and errors; throws only when no data came. */
    async graphql(query, variables, what) {
        const res = await this.send(this.graphqlRoute, { query, variables }, what, true);
        const body = res.data;
        if (!body || typeof body !== 'object')
            throw new GitHubApiError(`${what}: GitHub answered with an empty or invalid body`, res.status, 'server');
        return { data: body.data ?? null, errors: Array.isArray(body.errors) ? body.errors : [] };
    }
    /** A REST call. `idempotent` false (POST) means: never repeat it when it may have been processed. */
    async rest(route, params, what, idempotent = !route.startsWith('POST')) {
        const res = await this.send(route, params, what, idempotent);
        return { status: res.status, data: res.data };
    }
    async send(route, params, what, idempotent) {
        let attempt = 0;
        let lastError = null;
        while (attempt < this.opts.maxAttempts) {
            attempt++;
            const remaining = this.opts.deadline - Date.now();
            if (remaining <= 0)
                break;
            let retryAfterMs = null;
            try {
                const res = (await this.octokit.request(route, {
                    ...params,
                    request: { signal: AbortSignal.timeout(Math.min(this.opts.requestTimeoutMs, remaining)) },
                }));
                if (route === this.graphqlRoute) {
                    const body = res.data;
                    if (body === null || typeof body !== 'object' || typeof body === 'string') {
                        lastError = new GitHubApiError(`${what}: GitHub answered with a body that is not JSON (empty, cut off or malformed)`, res.status, 'server');
                    }
                    else {
                        const limited = body.errors?.find((e) => e.type === 'RATE_LIMITED');
                        const transient = (body.data === null || body.data === undefined) &&
                            body.errors?.find((e) => !e.type && TRANSIENT_GRAPHQL.test(e.message));
                        if (limited) {
                            lastError = new GitHubApiError(`${what}: GitHub's GraphQL rate limit was exceeded (${limited.message})`, res.status, 'rate-limit');
                            retryAfterMs = resetDelay(res.headers) ?? null;
                        }
                        else if (transient) {
                            // GitHub's own "something went wrong / timeout" while executing the query: a read, so retried.
                            lastError = new GitHubApiError(`${what}: GitHub answered with an error: ${transient.message}`, res.status, 'server');
                        }
                        else
                            return res;
                    }
                }
                else if (typeof res.data === 'string' && res.status !== 204) {
                    // A JSON endpoint answered with something that is not JSON, or a body cut off (octokit
                    // then hands over '' instead of failing).
                    lastError = new GitHubApiError(`${what}: GitHub answered with a body that is not JSON (empty, cut off or malformed)`, res.status, 'server');
                    if (!idempotent)
                        throw lastError;
                }
                else
                    return res;
            }
            catch (e) {
                if (e instanceof GitHubApiError)
                    throw e;
                const err = e;
                // Octokit reports a network failure (reset, timeout) as status 500 without a response.
                const status = err.response && typeof err.status === 'number' && err.status > 0 ? err.status : null;
                const headers = err.response?.headers ?? {};
                const msg = describeFailure(what, status, headers, err.response?.data, e, this.opts.retryBaseMs);
                lastError = msg.error;
                if (!msg.retryable)
                    throw lastError;
                if (!idempotent && msg.mayHaveBeenProcessed)
                    throw lastError;
                retryAfterMs = msg.retryAfterMs;
            }
            if (attempt >= this.opts.maxAttempts)
                break;
            const backoff = Math.min(10_000, this.opts.retryBaseMs * 2 ** (attempt - 1));
            const delay = retryAfterMs ?? backoff;
            if (Date.now() + delay >= this.opts.deadline) {
                lastError = new GitHubApiError(`${lastError?.message ?? what} (no time left to retry before the run's deadline)`, lastError?.status ?? null, lastError?.kind ?? 'other');
                break;
            }
            if (retryAfterMs !== null && retryAfterMs > 60_000)
                break; // a long rate-limit reset: give up clearly
            this.opts.log(`${what}: ${lastError?.message ?? 'failed'}; retrying in ${Math.round(delay / 100) / 10} s (attempt ${attempt + 1}/${this.opts.maxAttempts})`);
            await sleep(delay);
        }
        throw (lastError ??
            new GitHubApiError(`${what}: the run's deadline passed before GitHub answered`, null, 'network'));
    }
}
exports.GitHubClient = GitHubClient;
function resetDelay(headers) {
    const retryAfter = headers['retry-after'];
    if (retryAfter && /^\d+$/.test(retryAfter))
        return Number(retryAfter) * 1000;
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - Date.now()) + 500;
    }
    return undefined;
}
function describeFailure(what, status, headers, data, e, retryBaseMs) {
    const ghMessage = data && typeof data === 'object' && typeof data.message === 'string'
        ? data.message
        : '';
    if (status === null) {
        const cause = (0, errors_js_1.errorMessage)(e).replace(/^HttpError: /, '');
        const timeout = /abort|timeout|timed out/i.test(cause);
        return {
            error: new GitHubApiError(`${what}: ${timeout ? 'GitHub did not answer in time' : `could not reach GitHub (${cause})`}`, null, 'network'),
            retryable: true,
            mayHaveBeenProcessed: true,
            retryAfterMs: null,
        };
    }
    if (status === 403 || status === 429) {
        const primary = headers['x-ratelimit-remaining'] === '0';
        const secondary = status === 429 || /secondary rate limit|abuse/i.test(ghMessage) || headers['retry-after'] !== undefined;
        if (primary || secondary) {
            // Without retry-after, GitHub asks to wait at least a minute (60 x the 1 s retry base; shorter in tests).
            const delay = resetDelay(headers) ?? (secondary ? 60 * retryBaseMs : null);
            const until = headers['x-ratelimit-reset']
                ? ` until ${new Date(Number(headers['x-ratelimit-reset']) * 1000).toISOString()}`
                : '';
            return {
                error: new GitHubApiError(`${what}: GitHub's ${primary ? 'API rate limit is exhausted' + until : 'secondary rate limit was hit'}${ghMessage ? ` (${ghMessage})` : ''}`, status, 'rate-limit'),
                retryable: true,
                mayHaveBeenProcessed: false,
                retryAfterMs: delay,
            };
        }
        return {
            error: new GitHubApiError(`${what}: the token lacks permission (GitHub said ${status}${ghMessage ? `: ${ghMessage}` : ''}); see the README's permissions table`, status, 'permission'),
            retryable: false,
            mayHaveBeenProcessed: false,
            retryAfterMs: null,
        };
    }
    if (status === 401)
        return {
            error: new GitHubApiError(`${what}: GitHub rejected the token (401${ghMessage ? `: ${ghMessage}` : ''}); check the \`token\` input`, status, 'permission'),
            retryable: false,
            mayHaveBeenProcessed: false,
            retryAfterMs: null,
        };
    if (status === 404)
        return {
            error: new GitHubApiError(`${what}: not found (404)${ghMessage && ghMessage !== 'Not Found' ? `: ${ghMessage}` : ''}; the token may also lack access to it`, status, 'not-found'),
            retryable: false,
            mayHaveBeenProcessed: false,
            retryAfterMs: null,
        };
    if (status >= 500)
        return {
            error: new GitHubApiError(`${what}: GitHub answered ${status}${ghMessage ? ` (${ghMessage})` : ''}`, status, 'server'),
            retryable: true,
            mayHaveBeenProcessed: true,
            retryAfterMs: null,
        };
    return {
        error: new GitHubApiError(`${what}: GitHub answered ${status}${ghMessage ? ` (${ghMessage})` : ''}`, status, 'other'),
        retryable: false,
        mayHaveBeenProcessed: false,
        retryAfterMs: null,
    };
}


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CODEOWNERS_PATHS = void 0;
exports.openGitHubFacts = openGitHubFacts;
exports.readTrustedFile = readTrustedFile;
const errors_js_1 = __webpack_require__(3916);
const signoff_commands_js_1 = __webpack_require__(5952);
const release_facts_js_1 = __webpack_require__(8848);
const client_js_1 = __webpack_require__(6584);
exports.CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/**
 * Follow-up rounds per run, each reading the next 100 of every connection that has more: beyond
 * 5,000 comments, reviews or check suites the rest is not read and its gates are `error`.
 */
const MAX_ROUNDS = 50;
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
const ACTOR = 'author { __typename login }';
const COMMENT_FIELDS = `id databaseId ${ACTOR} body createdAt lastEditedAt editor { login } url viewerDidAuthor isMinimized`;
/** Comments and pushes in one connection: GitHub's order tells which comments came before a push. */
const TIMELINE_ARGS = 'itemTypes: [ISSUE_COMMENT, PULL_REQUEST_COMMIT, HEAD_REF_FORCE_PUSHED_EVENT]';
const TIMELINE_FIELDS = `nodes { __typename ... on IssueComment { ${COMMENT_FIELDS} }
  ... on PullRequestCommit { commit { oid } } ... on HeadRefForcePushedEvent { createdAt afterCommit { oid } } }`;
const REVIEW_FIELDS = `nodes { ${ACTOR} state submittedAt commit { oid } authorCanPushToRepository }`;
const FILE_FIELDS = 'nodes { path changeType }';
const RUN_FIELDS = 'nodes { databaseId name status conclusion startedAt detailsUrl }';
const SUITE_FIELDS = `nodes { id app { slug } workflowRun { databaseId }
  checkRuns(first: 100, filterBy: { checkType: LATEST }) { ${PAGE_INFO} ${RUN_FIELDS} } }`;
const CHECKS_OF_COMMIT = `oid checkSuites(first: 100) { ${PAGE_INFO} ${SUITE_FIELDS} }
  status { contexts { context state createdAt targetUrl } }`;
const RULE_FILES = `oid
  config: file(path: $configPath) { object { ... on Blob { text isTruncated } } }
  co0: file(path: ".github/CODEOWNERS") { object { ... on Blob { text } } }
  co1: file(path: "CODEOWNERS") { object { ... on Blob { text } } }
  co2: file(path: "docs/CODEOWNERS") { object { ... on Blob { text } } }`;
const MAIN_QUERY = `query ShipgateFacts($owner: String!, $name: String!, $number: Int!, $withPr: Boolean!,
  $configPath: String!, $rulesRev: String!, $rulesAtRev: Boolean!, $rulesAtBaseRef: Boolean!,
  $checksSha: GitObjectID!, $checksOnPrHead: Boolean!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { ... on Commit { ${RULE_FILES} } } }
    rules: object(expression: $rulesRev) @include(if: $rulesAtRev) { ... on Commit { ${RULE_FILES} } }
    checksCommit: object(oid: $checksSha) @skip(if: $checksOnPrHead) { ... on Commit { ${CHECKS_OF_COMMIT} } }
    pullRequest(number: $number) @include(if: $withPr) {
      number title url state merged ${ACTOR} baseRefName baseRefOid headRefOid changedFiles
      baseRef @include(if: $rulesAtBaseRef) { target { ... on Commit { ${RULE_FILES} } } }
      files(first: 100) { ${PAGE_INFO} ${FILE_FIELDS} }
      reviews(first: 100) { ${PAGE_INFO} ${REVIEW_FIELDS} }
      timelineItems(first: 100, ${TIMELINE_ARGS}) { ${PAGE_INFO} ${TIMELINE_FIELDS} }
      commits(last: 1) @include(if: $checksOnPrHead) { nodes { commit { ${CHECKS_OF_COMMIT} } } }
    }
  }
}`;
const RULES_QUERY = `query ShipgateRules($owner: String!, $name: String!, $configPath: String!, $rulesRev: String!) {
  repository(owner: $owner, name: $name) { rules: object(expression: $rulesRev) { ... on Commit { ${RULE_FILES} } } }
}`;
const FIND_PR_QUERY = `query ShipgateFindPr($owner: String!, $name: String!, $sha: GitObjectID!) {
  repository(owner: $owner, name: $name) {
    object(oid: $sha) { ... on Commit { associatedPullRequests(first: 10) {
      nodes { number state merged headRefOid baseRefOid mergeCommit { oid } } } } }
  }
}`;
const CHECKS_QUERY = `query ShipgateChecks($owner: String!, $name: String!, $sha: GitObjectID!) {
  repository(owner: $owner, name: $name) { object(oid: $sha) { ... on Commit { ${CHECKS_OF_COMMIT} } } }
}`;
function openGitHubFacts(client, ctx, opts) {
    let found = null;
    let prNumberP = null;
    let firstP = null;
    let allP = null;
    const teamCache = new Map();
    const releases = new Map();
    const prNumber = () => (prNumberP ??= (async () => {
        if (opts.prNumber !== null || !ctx.sha)
            return opts.prNumber;
        found = await findPrForCommit(client, ctx, ctx.sha);
        opts.log?.(found
            ? `commit ${ctx.sha.slice(0, 7)} ${found.merged ? 'was merged in' : 'is the head of'} pull request #${found.number}`
            : `no pull request found for commit ${ctx.sha.slice(0, 7)}`);
        return found?.number ?? null;
    })());
    const readFirst = () => (firstP ??= (async () => {
        const number = await prNumber();
        return readMain(client, ctx, opts, number, found);
    })());
    const teams = async (names) => {
        const missing = [...new Set(names)].filter((t) => !teamCache.has(t));
        if (missing.length) {
            const work = missing.map((t, i) => teamWork(t, `t${i}`, teamCache));
            await runRounds(client, ctx, work);
        }
        const out = {};
        for (const t of names)
            out[t] = teamCache.get(t);
        return out;
    };
    return {
        prNumber,
        trustedFile: async (path) => {
            const rev = (await readFirst()).rules?.oid;
            return rev ? readTrustedFile(client, ctx, rev, path) : null;
        },
        sharedConfig: async (source, where) => (await __webpack_require__.e(/* import() */ 2873).then(__webpack_require__.bind(__webpack_require__, 2873))).readSharedConfig(client, source, where),
        first: async () => build(await readFirst(), ctx, opts),
        all: (prefetch = []) => (allP ??= (async () => {
            const raw = await readFirst();
            const work = pageWork(raw);
            const extra = [...new Set(prefetch)].filter((t) => !teamCache.has(t));
            // Teams ride along only with a request that is made anyway.
            if (work.length)
                work.push(...extra.map((t, i) => teamWork(t, `t${i}`, teamCache)));
            await runRounds(client, ctx, work);
            return build(raw, ctx, opts);
        })()),
        teams: (names) => teams(names),
        // The commit the first answer judged: on issue_comment the event names the default branch's
        // tip, while the checks are the PR head's.
        refreshChecks: async () => loadChecks(client, ctx, (await readFirst()).checksSha),
        release: ({ environment, rollback }) => {
            const key = JSON.stringify([environment, rollback]);
            let reads = releases.get(key);
            if (!reads) {
                reads = (0, release_facts_js_1.releaseFacts)({
                    client,
                    ctx,
                    environment,
                    rollback,
                    // The commit the checks are judged on (GitHub's first answer; no request of its own).
                    sha: async () => (await readFirst()).checksSha,
                });
                releases.set(key, reads);
            }
            return reads;
        },
    };
}
/** Finds the PR merged as `sha` (push, workflow_dispatch, deployment, release events). */
async function findPrForCommit(client, ctx, sha) {
    const what = `finding the pull request of commit ${sha.slice(0, 7)}`;
    const res = await client.graphql(FIND_PR_QUERY, { owner: ctx.owner, name: ctx.repo, sha }, what);
    throwOnErrors(res.errors, what, res.data === null);
    const prs = res.data?.repository?.object?.associatedPullRequests?.nodes ?? [];
    const exact = prs.find((p) => p.merged && p.mergeCommit?.oid === sha);
    const head = prs.find((p) => p.headRefOid === sha);
    const merged = prs.find((p) => p.merged);
    const pr = exact ?? head ?? merged;
    return pr ? { number: pr.number, merged: pr.merged, baseRefOid: pr.baseRefOid } : null;
}
async function readMain(client, ctx, opts, prNumber, found) {
    const withPr = prNumber !== null;
    // The rules (config and CODEOWNERS) come from a commit the PR cannot change: with config-ref,
    // that ref; for PR events, the base commit named by the event (for issue_comment, which names
    // none, the base branch's tip); for the PR merged as the commit being deployed (push and other
    // events), the base as it was before the merge (the push's `before`); without a PR, the commit
    // itself. A PR against another branch than the default one is judged by the default branch's
    // rules (decided below, once the PR's base is known).
    const ownPrEvent = ctx.prEvent && prNumber === ctx.prNumber;
    let rulesRev = null;
    let rulesWhere = '';
    if (opts.configRef)
        [rulesRev, rulesWhere] = [opts.configRef, `ref ${opts.configRef}`];
    else if (!withPr)
        [rulesRev, rulesWhere] = [ctx.sha || 'HEAD', `commit ${ctx.sha.slice(0, 7)}`];
    else if (ctx.prBaseSha && prNumber === ctx.prNumber)
        // The event's base commit: a PR event's, or the merge queue's base (merge_group).
        [rulesRev, rulesWhere] = [ctx.prBaseSha, `the base commit ${ctx.prBaseSha.slice(0, 7)}`];
    else if (!ownPrEvent && ctx.pushBefore)
        [rulesRev, rulesWhere] = [ctx.pushBefore, `${ctx.pushBefore.slice(0, 7)}, the branch before this push`];
    else if (!ownPrEvent && found?.merged && found.number === prNumber)
        [rulesRev, rulesWhere] = [found.baseRefOid, `${found.baseRefOid.slice(0, 7)}, the base before the merge`];
    const atBaseRef = withPr && rulesRev === null;
    const checksOnPrHead = withPr && !(ctx.prHeadSha ?? (ctx.prEvent ? null : ctx.sha));
    const checksSha = ctx.prHeadSha ?? ctx.sha;
    const vars = {
        owner: ctx.owner,
        name: ctx.repo,
        number: prNumber ?? 0,
        withPr,
        configPath: opts.configPath,
        rulesRev: rulesRev ?? 'HEAD',
        rulesAtRev: rulesRev !== null,
        rulesAtBaseRef: atBaseRef,
        checksSha: checksSha || '0000000000000000000000000000000000000000',
        checksOnPrHead: checksOnPrHead || !checksSha,
    };
    const what = withPr ? `reading pull request #${prNumber}` : `reading commit ${ctx.sha.slice(0, 7)}`;
    const res = await client.graphql(MAIN_QUERY, vars, what);
    // Checks the token may not read (no `checks: read` / `statuses: read`) only concern the checks
    // gate: it becomes `error` with the reason, and the other gates are still evaluated.
    const checksErrors = res.data ? res.errors.filter(isChecksPath) : [];
    const checksError = checksErrors.length
        ? describeErrors(checksErrors, `reading the checks of ${checksSha.slice(0, 7) || 'the PR head'}`)
        : null;
    throwOnErrors(res.errors.filter((e) => !checksErrors.includes(e)), what, res.data === null);
    const repo = res.data?.repository;
    if (!repo)
        throw new client_js_1.GitHubApiError(`${what}: repository ${ctx.owner}/${ctx.repo} not found or not accessible with this token`, null, 'not-found');
    const prNode = withPr ? (repo.pullRequest ?? null) : null;
    if (withPr && !prNode)
        throw new client_js_1.GitHubApiError(`${what}: pull request #${prNumber} not found in ${ctx.owner}/${ctx.repo}`, null, 'not-found');
    if (prNode && ownPrEvent && ctx.prHeadSha && prNode.headRefOid !== ctx.prHeadSha)
        throw new errors_js_1.UserError(`this run is for commit ${ctx.prHeadSha.slice(0, 7)}, but the head of pull request #${prNode.number} is now ${prNode.headRefOid.slice(0, 7)} (a re-run of an old run, or an outdated ${ctx.eventName} payload). shipgate judges one commit and does not mix the checks of one with the approvals of another: run the workflow for the latest commit`);
    let rules = repo.rules ?? null;
    const defaultBranch = repo.defaultBranchRef;
    if (prNode && !opts.configRef && defaultBranch && prNode.baseRefName !== defaultBranch.name) {
        rules = defaultBranch.target;
        rulesWhere = `the tip of ${defaultBranch.name}, the default branch (the pull request targets ${prNode.baseRefName})`;
    }
    else if (atBaseRef && prNode?.merged) {
        // A merged PR named by the input on a non-PR event: its base as it was, never the base now.
        rules = await readRules(client, ctx, opts, prNode.baseRefOid);
        rulesWhere = `${prNode.baseRefOid.slice(0, 7)}, the base of pull request #${prNode.number}`;
    }
    else if (atBaseRef) {
        rules = prNode?.baseRef?.target ?? null;
        rulesWhere = `the tip of ${prNode?.baseRefName ?? 'the base branch'}`;
    }
    let commit;
    if (checksOnPrHead || !checksSha)
        commit = prNode?.commits?.nodes.at(-1)?.commit ?? null;
    else
        commit = repo.checksCommit ?? null;
    return {
        prNode,
        commit,
        checksSha: commit?.oid ?? checksSha,
        checksError,
        rules,
        rulesWhere,
        incomplete: {},
    };
}
/**
 * Reads a file of the config (the checklist) at the commit the config came from; null when it does
 * not exist there. Never from the PR's head: a PR cannot rewrite its own checklist.
 */
async function readTrustedFile(client, ctx, rev, path) {
    const clean = path.replace(/^\.?\//, '');
    const what = `reading ${clean} at ${rev.slice(0, 7)}`;
    const res = await client.graphql(`query ShipgateTrustedFile($owner: String!, $name: String!, $expr: String!) {
  repository(owner: $owner, name: $name) { object(expression: $expr) { __typename ... on Blob { text isTruncated } } }
}`, { owner: ctx.owner, name: ctx.repo, expr: `${rev}:${clean}` }, what);
    throwOnErrors(res.errors, what, res.data === null);
    const obj = res.data?.repository?.object ?? null;
    if (!obj)
        return null;
    if (obj.__typename !== 'Blob')
        throw new errors_js_1.UserError(`${clean} is not a file at ${rev.slice(0, 7)}`);
    if (obj.isTruncated || typeof obj.text !== 'string')
        throw new errors_js_1.UserError(`${clean} is too large or not text, so it cannot be read through the API`);
    const url = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${rev}/${clean.split('/').map(encodeURIComponent).join('/')}`;
    return { text: obj.text, url };
}
async function readRules(client, ctx, opts, rev) {
    const what = `reading the shipgate config at ${rev.slice(0, 7)}`;
    const res = await client.graphql(RULES_QUERY, { owner: ctx.owner, name: ctx.repo, configPath: opts.configPath, rulesRev: rev }, what);
    throwOnErrors(res.errors, what, res.data === null);
    return res.data?.repository?.rules ?? null;
}
async function build(raw, ctx, opts) {
    const { prNode, commit } = raw;
    const blob = (b) => (b && typeof b.text === 'string' ? b.text : null);
    const configBlob = raw.rules?.config?.object ?? null;
    if (configBlob?.isTruncated)
        throw new client_js_1.GitHubApiError(`the config ${opts.configPath} is too large to read through the API`, null, 'other');
    const coTexts = [raw.rules?.co0?.object, raw.rules?.co1?.object, raw.rules?.co2?.object].map(blob);
    const coIndex = coTexts.findIndex((t) => t !== null);
    const rawComments = [];
    const ownComments = [];
    // When the latest push happened, as GitHub's timeline orders it: a force push carries its
    // time; a plain push (a PullRequestCommit, which has no time of its own) happened before the
    // next item in the timeline, so comments created from then on came after it.
    let pushedAt = null;
    let afterPush = false;
    let lastTime = null;
    for (const item of prNode?.timelineItems.nodes ?? []) {
        if (!item)
            continue;
        if (item.__typename === 'PullRequestCommit') {
            [pushedAt, afterPush] = [null, true];
            continue;
        }
        if (item.__typename === 'HeadRefForcePushedEvent') {
            [pushedAt, afterPush, lastTime] = [item.createdAt, false, item.createdAt];
            continue;
        }
        const c = item;
        if (afterPush)
            [pushedAt, afterPush] = [c.createdAt, false];
        lastTime = c.createdAt;
        if (c.viewerDidAuthor && c.databaseId) {
            const editedByOther = !!c.lastEditedAt && (c.editor?.login ?? '').toLowerCase() !== (c.author?.login ?? '').toLowerCase();
            ownComments.push({
                id: c.id,
                databaseId: c.databaseId,
                body: c.body,
                url: c.url,
                createdAt: c.createdAt,
                editedByOther,
            });
        }
        // A hidden (minimized) comment does not count for anything.
        if (c.isMinimized)
            continue;
        rawComments.push({
            id: c.id,
            databaseId: c.databaseId ?? undefined,
            author: c.author?.login ?? null,
            authorIsBot: c.author?.__typename === 'Bot',
            body: c.body,
            createdAt: c.createdAt,
            lastEditedAt: c.lastEditedAt,
            editor: c.editor?.login ?? null,
            url: c.url,
        });
    }
    const comments = await (0, signoff_commands_js_1.withSignoffCommands)(rawComments);
    // The latest push came after every comment read: one second later than the latest of them.
    if (afterPush)
        pushedAt = lastTime ? isoSeconds(Date.parse(lastTime) + 1000) : null;
    const incomplete = { ...raw.incomplete };
    if (prNode) {
        const files = (prNode.files.nodes ?? []).filter((f) => !!f);
        if (!incomplete.files && files.length < prNode.changedFiles)
            incomplete.files = `only ${files.length} of the ${prNode.changedFiles} changed files of pull request #${prNode.number} can be read through GitHub's API (it lists at most 3,000)`;
        if (!incomplete.comments &&
            !(prNode.timelineItems.nodes ?? []).some((n) => n && n.__typename !== 'IssueComment'))
            incomplete.comments = `GitHub's timeline of pull request #${prNode.number} shows no push, so sign-offs cannot be judged against the latest push`;
    }
    const headSha = prNode?.headRefOid ?? ctx.sha;
    const pr = prNode
        ? {
            number: prNode.number,
            title: prNode.title,
            url: prNode.url,
            author: prNode.author?.login ?? null,
            authorIsBot: prNode.author?.__typename === 'Bot',
            baseRef: prNode.baseRefName,
            baseSha: prNode.baseRefOid,
            headSha,
            headPushedAt: pushedAt,
            comments,
            files: (prNode.files.nodes ?? []).filter((f) => !!f).map(toChangedFile),
            ...(Object.keys(incomplete).length ? { incomplete } : {}),
        }
        : null;
    return {
        configText: blob(configBlob ?? undefined),
        configSource: `${opts.configPath} at ${raw.rulesWhere}`,
        rulesWhere: raw.rulesWhere,
        rulesOid: raw.rules?.oid ?? null,
        codeowners: coIndex >= 0 ? { path: exports.CODEOWNERS_PATHS[coIndex], text: coTexts[coIndex] } : null,
        pr,
        reviews: (prNode?.reviews.nodes ?? [])
            .filter((r) => !!r)
            .map((r) => ({
            author: r.author?.login ?? null,
            authorIsBot: r.author?.__typename === 'Bot',
            authorCanPush: r.authorCanPushToRepository,
            state: r.state,
            submittedAt: r.submittedAt,
            commitOid: r.commit?.oid ?? null,
        })),
        checksSha: raw.checksSha,
        checks: commit ? checksOf(commit, ctx) : [],
        checksError: raw.checksError,
        ownComments,
    };
}
function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Re-reads only the checks of a commit (used while waiting for pending checks). */
async function loadChecks(client, ctx, sha) {
    const what = `reading the checks of ${sha.slice(0, 7)}`;
    let res;
    try {
        res = await client.graphql(CHECKS_QUERY, { owner: ctx.owner, name: ctx.repo, sha }, what);
    }
    catch (e) {
        // GitHub answers 404 for what the token may not see: for the checks of a commit just read, that is a permission.
        if (e instanceof client_js_1.GitHubApiError && e.kind === 'not-found')
            throw new client_js_1.GitHubApiError(`${what}: the token lacks permission (GitHub said 404); give the workflow \`permissions:\` \`checks: read\` and \`statuses: read\``, e.status, 'permission');
        throw e;
    }
    throwOnErrors(res.errors, what, res.data === null);
    const commit = res.data?.repository?.object;
    if (!commit)
        throw new client_js_1.GitHubApiError(`${what}: commit not found`, null, 'not-found');
    const raw = {
        prNode: null,
        commit,
        checksSha: sha,
        checksError: null,
        rules: null,
        rulesWhere: '',
        incomplete: {},
    };
    await runRounds(client, ctx, pageWork(raw));
    if (raw.checksError)
        throw new client_js_1.GitHubApiError(raw.checksError, null, 'other');
    return checksOf(commit, ctx);
}
function connectionWork(raw, key, depends, label) {
    const pr = raw.prNode;
    const conn = pr[key];
    const alias = `pr_${key}`;
    return {
        contained: false,
        field: () => conn.pageInfo.hasNextPage
            ? `${alias}: repository(owner: $owner, name: $name) { pullRequest(number: ${pr.number}) { ${key}(first: 100, after: ${JSON.stringify(conn.pageInfo.endCursor)}${key === 'timelineItems' ? `, ${TIMELINE_ARGS}` : ''}) { ${PAGE_INFO} ${key === 'files' ? FILE_FIELDS : key === 'reviews' ? REVIEW_FIELDS : TIMELINE_FIELDS} } } }`
            : null,
        take: (data) => {
            const page = data?.[alias]
                ?.pullRequest?.[key];
            if (!page)
                throw new client_js_1.GitHubApiError(`reading more of pull request #${pr.number}: the ${label} page is missing from GitHub's answer`, null, 'graphql');
            conn.nodes = [...(conn.nodes ?? []), ...(page.nodes ?? [])];
            conn.pageInfo = page.pageInfo;
        },
        giveUp: () => {
            raw.incomplete[depends] =
                `not all ${label} of pull request #${pr.number} could be read (more than ${(MAX_ROUNDS + 1) * 100}; shipgate stops there)`;
        },
    };
}
function suitesWork(raw, commit) {
    const suites = commit.checkSuites;
    const alias = 'cs';
    return {
        contained: true,
        field: () => suites.pageInfo.hasNextPage && !raw.checksError
            ? `${alias}: repository(owner: $owner, name: $name) { object(oid: ${JSON.stringify(commit.oid)}) { ... on Commit { checkSuites(first: 100, after: ${JSON.stringify(suites.pageInfo.endCursor)}) { ${PAGE_INFO} ${SUITE_FIELDS} } } } }`
            : null,
        take: (data, errors) => {
            const page = data?.[alias]
                ?.object?.checkSuites;
            if (errors.length || !page) {
                raw.checksError = errors.length
                    ? describeErrors(errors, `reading more check suites of ${commit.oid.slice(0, 7)}`)
                    : `reading more check suites of ${commit.oid.slice(0, 7)}: the page is missing from GitHub's answer`;
                return;
            }
            suites.nodes = [...(suites.nodes ?? []), ...(page.nodes ?? [])];
            suites.pageInfo = page.pageInfo;
        },
        giveUp: () => {
            raw.checksError = `not all check suites of ${commit.oid.slice(0, 7)} could be read (more than ${(MAX_ROUNDS + 1) * 100}; shipgate stops there)`;
        },
    };
}
/** The runs of every suite with more than 100 (suites that arrive on later pages included). */
function runsWork(raw, commit) {
    let asked = [];
    return {
        contained: true,
        field: () => {
            if (raw.checksError)
                return null;
            asked = (commit.checkSuites?.nodes ?? []).filter((s) => !!s && !!s.checkRuns?.pageInfo.hasNextPage);
            if (!asked.length)
                return null;
            return asked
                .map((s, i) => `s${i}: node(id: ${JSON.stringify(s.id)}) { ... on CheckSuite { checkRuns(first: 100, after: ${JSON.stringify(s.checkRuns.pageInfo.endCursor)}, filterBy: { checkType: LATEST }) { ${PAGE_INFO} ${RUN_FIELDS} } } }`)
                .join('\n');
        },
        take: (data, errors) => {
            if (errors.length) {
                raw.checksError = describeErrors(errors, 'reading more check runs');
                return;
            }
            asked.forEach((s, i) => {
                const page = data?.[`s${i}`]?.checkRuns;
                if (!page) {
                    raw.checksError = 'reading more check runs: a check suite disappeared while paging';
                    return;
                }
                s.checkRuns = {
                    pageInfo: page.pageInfo,
                    nodes: [...(s.checkRuns.nodes ?? []), ...(page.nodes ?? [])],
                };
            });
        },
        giveUp: () => {
            raw.checksError = `not all check runs of ${commit.oid.slice(0, 7)} could be read (a suite with more than ${(MAX_ROUNDS + 1) * 100}; shipgate stops there)`;
        },
    };
}
function pageWork(raw) {
    const work = [];
    if (raw.prNode) {
        work.push(connectionWork(raw, 'files', 'files', 'changed files'));
        work.push(connectionWork(raw, 'reviews', 'reviews', 'reviews'));
        work.push(connectionWork(raw, 'timelineItems', 'comments', 'comments and pushes'));
    }
    if (raw.commit?.checkSuites && !raw.checksError) {
        work.push(suitesWork(raw, raw.commit));
        work.push(runsWork(raw, raw.commit));
    }
    return work;
}
const MEMBERS_HINT = 'the default workflow token has no `members: read` permission: pass a GitHub App or fine-grained token with organization "Members: read" in the `token` input';
/** Members of one team, page by page; the result (members or why not) lands in `cache`. */
function teamWork(team, alias, cache) {
    const [org, slug] = team.split('/');
    let after = null;
    const members = [];
    let done = false;
    return {
        contained: true,
        team: true,
        field: () => done
            ? null
            : `${alias}: organization(login: ${JSON.stringify(org)}) { team(slug: ${JSON.stringify(slug)}) { members(first: 100, membership: ALL${after ? `, after: ${JSON.stringify(after)}` : ''}) { ${PAGE_INFO} nodes { login } } } }`,
        take: (data, errors) => {
            const o = data?.[alias];
            const page = o?.team?.members;
            if (errors.length || !page) {
                const err = errors[0];
                const why = err
                    ? `GitHub said: ${err.message}`
                    : o
                        ? 'the team does not exist or is secret and not visible to the token'
                        : 'the organization was not found';
                const perm = err && /forbidden|not accessible|permission|scope/i.test(`${err.type ?? ''} ${err.message}`);
                cache.set(team, {
                    error: perm
                        ? `the token lacks permission to read members of @${team} (${why}); ${MEMBERS_HINT}`
                        : `cannot read members of @${team}: ${why}`,
                });
                done = true;
                return;
            }
            members.push(...(page.nodes ?? []).filter((n) => !!n).map((n) => n.login));
            if (page.pageInfo.hasNextPage && page.pageInfo.endCursor)
                after = page.pageInfo.endCursor;
            else {
                cache.set(team, { members });
                done = true;
            }
        },
        giveUp: () => {
            cache.set(team, { error: `not all members of @${team} could be read (more than ${MAX_ROUNDS * 100})` });
        },
    };
}
/** Runs rounds until all work is done; each round is one request with every pending field. */
async function runRounds(client, ctx, work) {
    for (let round = 0;; round++) {
        const pending = work.map((w) => ({ w, field: w.field() })).filter((p) => p.field !== null);
        if (!pending.length)
            return;
        if (round >= MAX_ROUNDS) {
            for (const p of pending)
                p.w.giveUp();
            return;
        }
        const usesRepo = pending.some((p) => p.field.includes('$owner'));
        const name = pending.every((p) => p.w.team) ? 'ShipgateTeams' : 'ShipgateMore';
        const query = `query ${name}${usesRepo ? '($owner: String!, $name: String!)' : ''} { ${pending.map((p) => p.field).join('\n')} }`;
        const what = name === 'ShipgateTeams' ? 'reading team members' : 'reading more from GitHub';
        let res;
        try {
            res = await client.graphql(query, usesRepo ? { owner: ctx.owner, name: ctx.repo } : {}, what);
        }
        catch (e) {
            // A request that failed as a whole (after retries): contained work (teams, checks) carries
            // the reason, so only the gates that need it fail closed; anything else fails the run.
            if (!(e instanceof client_js_1.GitHubApiError) || pending.some((p) => !p.w.contained))
                throw e;
            for (const p of pending)
                p.w.take(null, [{ type: e.kind === 'permission' ? 'FORBIDDEN' : undefined, message: e.message }]);
            continue;
        }
        const aliasOf = (e) => String(e.path?.[0] ?? '');
        const fieldAliases = (f) => [...f.matchAll(/(?:^|\n)\s*(\w+):/g)].map((m) => m[1]);
        const owned = new Set();
        for (const p of pending) {
            const aliases = new Set(fieldAliases(p.field));
            const errs = res.errors.filter((e) => aliases.has(aliasOf(e)));
            errs.forEach((e) => owned.add(e));
            if (!p.w.contained)
                throwOnErrors(errs, what, false);
        }
        // Errors that belong to no field (or no data at all) fail the run.
        throwOnErrors(res.errors.filter((e) => !owned.has(e)), what, res.data === null);
        for (const p of pending) {
            const aliases = new Set(fieldAliases(p.field));
            p.w.take(res.data, res.errors.filter((e) => aliases.has(aliasOf(e))));
        }
    }
}
// ---------------------------------------------------------------------------------------------
const isChecksPath = (e) => (e.path ?? []).some((p) => p === 'checkSuites' || p === 'status' || p === 'checkRuns');
/** The permission a field needs, for messages. */
const FIELD_PERMISSION = {
    checkSuites: 'checks: read',
    checkRuns: 'checks: read',
    status: 'statuses: read',
    contexts: 'checks: read',
    comments: 'pull-requests: read',
    timelineItems: 'pull-requests: read',
    reviews: 'pull-requests: read',
    files: 'pull-requests: read',
    pullRequest: 'pull-requests: read',
};
function describeErrors(errors, what) {
    try {
        throwOnErrors(errors, what, false);
    }
    catch (e) {
        return e.message;
    }
    return what;
}
function throwOnErrors(errors, what, noData) {
    if (!errors.length)
        return;
    const msg = errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ');
    const denied = errors.filter((e) => /FORBIDDEN|INSUFFICIENT_SCOPES/.test(e.type ?? '') || /not accessible by integration/i.test(e.message));
    if (denied.length) {
        // Name what could not be read and the permission it needs (e.g. the checks of the commit).
        const fields = [
            ...new Set(denied
                .map((e) => [...(e.path ?? [])].reverse().find((p) => typeof p === 'string'))
                .filter((f) => !!f)),
        ];
        const needs = [...new Set(fields.map((f) => FIELD_PERMISSION[f]).filter((p) => !!p))];
        const which = fields.length ? ` to read ${fields.join(', ')}` : '';
        const hint = needs.length
            ? `; give the workflow \`permissions:\` ${needs.map((n) => `\`${n}\``).join(', ')} (see the README's permissions table)`
            : "; see the README's permissions table";
        throw new client_js_1.GitHubApiError(`${what}: the token lacks permission${which} (${msg})${hint}`, null, 'permission');
    }
    if (noData || errors.length)
        throw new client_js_1.GitHubApiError(`${what}: GitHub answered with errors: ${msg}`, null, 'graphql');
}
function toChangedFile(f) {
    const map = {
        ADDED: 'added',
        MODIFIED: 'modified',
        DELETED: 'removed',
        RENAMED: 'renamed',
        COPIED: 'copied',
        CHANGED: 'changed',
    };
    return { path: f.path, status: map[f.changeType] ?? 'changed' };
}
function checksOf(commit, ctx) {
    const out = [];
    for (const suite of commit.checkSuites?.nodes ?? []) {
        if (!suite)
            continue;
        const own = ctx.runId > 0 && suite.workflowRun?.databaseId === ctx.runId;
        for (const run of suite.checkRuns?.nodes ?? []) {
            if (!run)
                continue;
            out.push({
                name: run.name,
                kind: 'check-run',
                app: suite.app?.slug ?? null,
                status: run.status.toLowerCase(),
                conclusion: run.conclusion?.toLowerCase() ?? null,
                url: run.detailsUrl,
                startedAt: run.startedAt,
                id: run.databaseId,
                ownRun: own,
            });
        }
    }
    for (const s of commit.status?.contexts ?? []) {
        const state = s.state.toLowerCase();
        out.push({
            name: s.context,
            kind: 'status',
            app: null,
            status: state === 'pending' || state === 'expected' ? 'pending' : 'completed',
            conclusion: state === 'pending' || state === 'expected' ? null : state,
            url: s.targetUrl,
            startedAt: s.createdAt,
        });
    }
    return out;
}


/***/ }),

/***/ 8848:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.releaseFacts = releaseFacts;
const errors_js_1 = __webpack_require__(3916);
const client_js_1 = __webpack_require__(6584);
/** Adds the permission a read needs to GitHub's "lacks permission" message. */
function withPermission(e, permission) {
    if (e instanceof client_js_1.GitHubApiError && e.kind === 'permission')
        throw new client_js_1.GitHubApiError(`${e.message.replace(/; see the README's permissions table$/, '')}; give the workflow \`permissions:\` \`${permission}\``, e.status, e.kind);
    throw e;
}
function releaseFacts(opts) {
    const { client, ctx } = opts;
    const repo = { owner: ctx.owner, repo: ctx.repo };
    const memo = new Map();
    const once = (key, read) => {
        let p = memo.get(key);
        if (!p) {
            p = read();
            memo.set(key, p);
        }
        return p;
    };
    const approvals = () => once('approvals', async () => {
        if (!(ctx.runId > 0))
            throw new errors_js_1.UserError('GITHUB_RUN_ID is not set: the environment gate reads the approvals of the workflow run, so it runs only in the deploy job on GitHub');
        try {
            const res = await client.rest('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...repo, run_id: ctx.runId }, `reading the environment approvals of run ${ctx.runId}`);
            return res.data.map((a) => ({
                login: a.user?.login ?? null,
                isBot: a.user?.type === 'Bot',
                state: a.state,
                comment: a.comment ?? '',
                environments: a.environments.map((e) => e.name ?? '').filter(Boolean),
            }));
        }
        catch (e) {
            return withPermission(e, 'actions: read');
        }
    });
    const settings = (name) => once(`env:${name.toLowerCase()}`, async () => {
        try {
            const res = await client.rest('GET /repos/{owner}/{repo}/environments/{environment_name}', { ...repo, environment_name: name }, `reading the settings of environment ${name}`);
            const rule = (res.data.protection_rules ?? []).find((r) => r.type === 'required_reviewers');
            const reviewers = (rule?.reviewers ?? [])
                .map((r) => r.type === 'Team' ? `@${ctx.owner}/${r.reviewer?.slug ?? ''}` : (r.reviewer?.login ?? ''))
                .filter((r) => r && r !== `@${ctx.owner}/`);
            return {
                exists: true,
                reviewers,
                canAdminsBypass: res.data.can_admins_bypass ?? true,
                preventSelfReview: rule?.prevent_self_review ?? false,
                url: res.data.html_url ?? null,
            };
        }
        catch (e) {
            if (e instanceof client_js_1.GitHubApiError && e.kind === 'not-found')
                return { exists: false, reviewers: [], canAdminsBypass: true, preventSelfReview: false, url: null };
            return withPermission(e, 'actions: read');
        }
    });
    const latestDeployment = (name) => once(`deploy:${name}`, async () => {
        try {
            const list = await client.rest('GET /repos/{owner}/{repo}/deployments', { ...repo, environment: name, per_page: 1 }, `reading the latest deployment of ${name}`);
            const d = list.data[0];
            if (!d)
                return null;
            const statuses = await client.rest('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: d.id, per_page: 1 }, `reading the status of deployment ${d.id} (${name})`);
            const s = statuses.data[0];
            return {
                id: d.id,
                sha: d.sha,
                ref: d.ref,
                createdAt: d.created_at,
                state: s?.state ?? null,
                stateAt: s?.created_at ?? null,
            };
        }
        catch (e) {
            return withPermission(e, 'deployments: read');
        }
    });
    return {
        async environment(gate) {
            const name = gate.environment ?? opts.environment;
            if (!name)
                throw new errors_js_1.UserError('no environment to check: set `environment:` on the gate or the action input `environment` (the GitHub environment of the deploy job)');
            return {
                environment: name,
                runId: ctx.runId,
                approvals: await approvals(),
                actors: ctx.actors,
                settings: gate.protected ? await settings(name) : null,
            };
        },
        async promotion(gate) {
            const sha = await opts.sha();
            if (opts.rollback)
                return { sha, rollback: true, environments: [] };
            const environments = await Promise.all(gate.after.map(async (name) => ({ name, latest: await latestDeployment(name) })));
            return { sha, rollback: false, environments };
        },
    };
}


/***/ }),

/***/ 5952:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withSignoffCommands = withSignoffCommands;
async function withSignoffCommands(comments) {
    const mentions = (body) => /\/(signoff|na)\b/i.test(body);
    const waives = (body) => /\/waive/i.test(body);
    if (!comments.some((c) => mentions(c.body) || waives(c.body)))
        return comments.map((c) => ({ ...c, commands: [] }));
    const { commandLines, parseSignoffCommands } = await Promise.all(/* import() */[__webpack_require__.e(8559), __webpack_require__.e(3781)]).then(__webpack_require__.bind(__webpack_require__, 3781));
    const { parseWaiveCommands } = await __webpack_require__.e(/* import() */ 1693).then(__webpack_require__.bind(__webpack_require__, 1693));
    return comments.map((c) => ({
        ...c,
        commands: mentions(c.body) ? parseSignoffCommands(c.body) : [],
        ...(waives(c.body) ? { waives: parseWaiveCommands(commandLines(c.body)) } : {}),
    }));
}


/***/ })

};

//# sourceMappingURL=3480.index.js.map