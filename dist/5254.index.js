export const id = 5254;
export const ids = [5254,6584,2873];
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

//# sourceMappingURL=5254.index.js.map