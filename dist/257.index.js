export const id = 257;
export const ids = [257,1107];
export const modules = {

/***/ 1107:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.DNS_NAME = void 0;
exports.recordType = recordType;
exports.canonical = canonical;
exports.evaluate = evaluate;
exports.explain = explain;
/** Labels of letters, digits, - and _ (underscores for _dmarc, _acme-challenge), dot-separated. */
exports.DNS_NAME = /^(?=.{1,253}\.?$)(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.)*[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.?$/;
function recordType(gate) {
    return gate.record ?? 'A';
}
/** Canonical text of a value of the record type, for comparing answers with expectations. */
function canonical(record, value) {
    const v = value.trim();
    switch (record) {
        case 'A':
            return v;
        case 'AAAA':
            try {
                return new URL(`http://[${v.replace(/^\[|\]$/g, '')}]/`).hostname.slice(1, -1);
            }
            catch {
                return v.toLowerCase();
            }
        case 'CNAME':
            return v.toLowerCase().replace(/\.$/, '');
        case 'MX': {
            const m = /^(?:(\d+)\s+)?(\S+?)\.?$/.exec(v);
            return m ? `${m[1] ? `${Number(m[1])} ` : ''}${m[2].toLowerCase()}` : v.toLowerCase();
        }
        case 'TXT':
            return value;
    }
}
function expected(gate) {
    const e = gate.expect;
    return e === undefined ? [] : Array.isArray(e) ? e : [e];
}
/** Whether an expected value is among the answers (an MX expectation may leave out the priority). */
function found(record, want, answers) {
    const w = canonical(record, want);
    if (record === 'MX' && !/^\d+\s/.test(w))
        return answers.some((a) => a.replace(/^\d+\s+/, '') === w);
    return answers.includes(w);
}
function evaluate(gate, facts, _ctx) {
    const what = `${facts.name} ${facts.record}`;
    const via = `asked ${facts.resolver}`;
    const a = facts.answer;
    if (a.kind === 'failed') {
        return {
            status: 'error',
            summary: `DNS lookup of ${what} got no answer: ${a.message}`,
            details: [
                {
                    kind: 'text',
                    text: `${via}; error code ${a.code}. This says nothing about the record, so the gate cannot pass.`,
                },
            ],
        };
    }
    if (a.kind === 'nxdomain') {
        return {
            status: 'fail',
            summary: `${facts.name} does not exist (NXDOMAIN)`,
            details: [{ kind: 'text', text: `${via}.` }],
        };
    }
    if (a.kind === 'nodata') {
        return {
            status: 'fail',
            summary: `${facts.name} has no ${facts.record} record`,
            details: [{ kind: 'text', text: `${via}: the name exists but has no record of this type.` }],
        };
    }
    // Servers rotate the order of records: sort, so the checklist does not change from run to run.
    const answers = a.values
        .map((v) => canonical(facts.record, v))
        .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    const details = [
        {
            kind: 'text',
            text: `${via}: ${answers.length} ${facts.record} record${answers.length === 1 ? '' : 's'}.`,
        },
        { kind: 'list', items: answers.length > 0 ? answers : ['(none)'] },
    ];
    if (answers.length === 0)
        return { status: 'fail', summary: `${facts.name} has no ${facts.record} record`, details };
    const want = expected(gate);
    const missing = want.filter((w) => !found(facts.record, w, answers));
    const extra = gate.exact === true ? answers.filter((ans) => !want.some((w) => found(facts.record, w, [ans]))) : [];
    if (missing.length > 0 || extra.length > 0) {
        const parts = [];
        if (missing.length > 0)
            parts.push(`expected ${missing.map((m) => canonical(facts.record, m)).join(', ')} is not among them`);
        if (extra.length > 0)
            parts.push(`unexpected ${extra.join(', ')}`);
        return {
            status: 'fail',
            summary: `${what} is ${short(answers)}: ${parts.join('; ')}`,
            details,
        };
    }
    return {
        status: 'pass',
        summary: want.length > 0 ? `${what} is ${short(answers)}, as expected` : `${what} resolves to ${short(answers)}`,
        details,
    };
}
function short(values) {
    const shown = values.slice(0, 3).map((v) => (v.length > 60 ? `${v.slice(0, 57)}…` : v));
    return shown.join(', ') + (values.length > 3 ? ` and ${values.length - 3} more` : '');
}
function explain(gate) {
    const want = expected(gate);
    return [
        `Looks up the ${recordType(gate)} records of ${gate.name} (${gate.resolver ? `asking ${gate.resolver}` : "with the runner's resolvers"}; ` +
            `timeout ${gate.timeout ?? '5s'} per try, ${(gate.retries ?? 1) + 1} tries).`,
        want.length === 0
            ? 'Passes when there is at least one record.'
            : `Passes when the answers include ${want.join(', ')}${gate.exact ? ' and nothing else' : ''}.`,
        'A name that does not exist (NXDOMAIN) or has no such record fails; a server failure, refusal or timeout is an error.',
    ];
}
function check(config) {
    return exports.DNS_NAME.test(config.name.trim())
        ? []
        : [
            {
                path: ['name'],
                message: `"${config.name}" is not a DNS name (labels of letters, digits, - and _, separated by dots)`,
            },
        ];
}
exports.gate = { evaluate, explain, check };


/***/ }),

/***/ 257:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseResolver = parseResolver;
exports.collect = collect;
/**
 * Source of the `dns` gate: one lookup with node:dns's Resolver (c-ares, reading the runner's
 * resolv.conf unless `resolver` names a server), with the gate's timeout and tries. The answer,
 * or why there is none, becomes facts; only a bad option is a UserError.
 */
const promises_1 = __webpack_require__(1553);
const node_net_1 = __webpack_require__(7030);
const errors_js_1 = __webpack_require__(3916);
const dns_js_1 = __webpack_require__(1107);
const duration_js_1 = __webpack_require__(6518);
const env_refs_js_1 = __webpack_require__(4136);
/** `host`, `host:port` or `[v6]:port` to what setServers takes; an IP is required. */
function parseResolver(text) {
    const t = text.trim();
    let host = t;
    let port;
    const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
    if (v6) {
        host = v6[1];
        port = v6[2];
    }
    else if (/^[^:]+:\d+$/.test(t)) {
        [host, port] = t.split(':');
    }
    if ((0, node_net_1.isIP)(host) === 0) {
        throw new errors_js_1.UserError(`resolver ${text} is not an IP address (optionally with :port): a DNS server is given by address, e.g. 1.1.1.1 or 127.0.0.1:5353`);
    }
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
        throw new errors_js_1.UserError(`resolver ${text} has port ${port}, not 1-65535`);
    if (port === undefined)
        return host;
    return (0, node_net_1.isIP)(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
const FAILURES = {
    ESERVFAIL: 'the server failed to answer (SERVFAIL)',
    EREFUSED: 'the server refused the query (REFUSED)',
    ETIMEOUT: 'no answer before the timeout',
    ECONNREFUSED: 'the server could not be reached (connection refused)',
    EBADRESP: 'the server sent a malformed reply',
    EFORMERR: 'the server could not read the query (FORMERR)',
    ENOTIMP: 'the server does not implement this query (NOTIMP)',
    ECANCELLED: 'the lookup was stopped: the run deadline passed',
};
async function collect(gate, ctx) {
    const record = (0, dns_js_1.recordType)(gate);
    const timeoutMs = gate.timeout === undefined ? 5000 : (0, duration_js_1.parseDuration)(gate.timeout);
    if (timeoutMs === null || timeoutMs <= 0)
        throw new errors_js_1.UserError(`timeout ${gate.timeout} is not a positive duration (write e.g. 5s)`);
    const name = gate.name.trim().replace(/\.$/, '');
    if (!dns_js_1.DNS_NAME.test(name)) {
        throw new errors_js_1.UserError(`name ${gate.name} is not a DNS name (labels of letters, digits, - and _, separated by dots)`);
    }
    const resolver = new promises_1.Resolver({ timeout: timeoutMs, tries: (gate.retries ?? 1) + 1 });
    let shown = "the runner's resolvers";
    if (gate.resolver !== undefined) {
        resolver.setServers([parseResolver((0, env_refs_js_1.substituteEnv)(gate.resolver, ctx.env, 'resolver'))]);
        shown = gate.resolver;
    }
    const stop = () => resolver.cancel();
    ctx.signal.addEventListener('abort', stop, { once: true });
    ctx.progress(`DNS ${record} ${name} (${shown})`);
    let answer;
    try {
        let values;
        switch (record) {
            case 'A':
                values = await resolver.resolve4(name);
                break;
            case 'AAAA':
                values = await resolver.resolve6(name);
                break;
            case 'CNAME':
                values = await resolver.resolveCname(name);
                break;
            case 'TXT':
                values = (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
                break;
            case 'MX':
                values = (await resolver.resolveMx(name)).map((m) => `${m.priority} ${m.exchange}`);
                break;
        }
        answer = { kind: 'answer', values };
    }
    catch (e) {
        const code = String(e.code ?? 'unknown');
        if (code === 'ENOTFOUND')
            answer = { kind: 'nxdomain' };
        else if (code === 'ENODATA')
            answer = { kind: 'nodata' };
        else
            answer = { kind: 'failed', code, message: FAILURES[code] ?? `the lookup failed (${code})` };
    }
    finally {
        ctx.signal.removeEventListener('abort', stop);
    }
    return { name, record, resolver: shown, answer };
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.substituteEnv = substituteEnv;
/**
 * `${{ env.NAME }}` references in gate options (http url/headers/body, migrations env), so tokens
 * can stay in the workflow's secrets instead of the config.
 */
const errors_js_1 = __webpack_require__(3916);
const ENV_REF = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/**
 * Replaces `${{ env.NAME }}` with the variable's value. A variable that is not set is a UserError
 * naming it and where it was used. Substituted values of 4+ characters are added to `secrets`
 * (when given) so callers can hide them in anything they show.
 */
function substituteEnv(text, env, where, secrets) {
    return text.replace(ENV_REF, (_m, name) => {
        // Own variables only: `${{ env.constructor }}` is not Object.prototype's.
        const value = Object.hasOwn(env, name) ? env[name] : undefined;
        if (value === undefined)
            throw new errors_js_1.UserError(`environment variable ${name} is not set (used as \${{ env.${name} }} in ${where}); set it in the env of the workflow step (or your shell for the CLI)`);
        if (value.length >= 4)
            secrets?.add(value);
        return value;
    });
}


/***/ })

};

//# sourceMappingURL=257.index.js.map