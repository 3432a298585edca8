export const id = 7953;
export const ids = [7953,9963];
export const modules = {

/***/ 9963:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.isGlob = exports.DEFAULT_PLACEHOLDERS = void 0;
exports.nameGlob = nameGlob;
exports.valueRules = valueRules;
exports.inspectValue = inspectValue;
exports.evaluate = evaluate;
exports.explain = explain;
/** Values that templates and examples ship with, and that must not reach production. */
exports.DEFAULT_PLACEHOLDERS = [
    { test: /^your[-_ .]/i, label: 'starts with "your-"' },
    { test: /^<[^<>]*>$|<[a-z][\w .-]*>/i, label: 'holds a <…> placeholder' },
    {
        test: /change[-_ ]?me|changeit|replace[-_ ]?(?:me|this)|fill[-_ ]?me[-_ ]?in|insert[-_ ]?here/i,
        label: 'says "changeme"',
    },
    { test: /(?:^|[^a-z0-9])x{3,}(?:$|[^a-z0-9])/i, label: 'holds "xxx"' },
    { test: /\b(?:todo|tbd|fixme)\b/i, label: 'says TODO' },
    { test: /(?:^|[^a-z0-9-])example\.(?:com|org|net)\b|\.example(?:$|[:/])/i, label: 'points at example.com' },
    {
        test: /^(?:placeholder|dummy|sample|secret|password|passw0rd|changeit|null|undefined|n\/a|test|\.{3}|…|-+|\*+)$/i,
        label: 'is a placeholder word',
    },
    { test: /\$\{\{.*\}\}/, label: 'is an unexpanded ${{ … }} expression' },
    { test: /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/, label: 'is an unexpanded $VARIABLE' },
];
/** Turns a name glob (`STRIPE_*`, `DB_?`) into an anchored regular expression. */
function nameGlob(pattern) {
    const body = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
const isGlob = (p) => /[*?]/.test(p);
exports.isGlob = isGlob;
/**
 * The placeholder and match rules of a gate. Throws an Error with a message for the first
 * regular expression that does not compile (the loader reports it as a config problem).
 */
function valueRules(gate) {
    const compile = (src, where) => {
        try {
            return new RegExp(src, 'u');
        }
        catch (e) {
            throw new Error(`${where}: "${src}" is not a valid regular expression (${e.message})`);
        }
    };
    const p = gate.placeholders ?? 'default';
    let placeholders = [];
    if (p === 'default')
        placeholders = [...exports.DEFAULT_PLACEHOLDERS];
    else if (Array.isArray(p)) {
        for (const [i, src] of p.entries()) {
            if (src === 'default')
                placeholders.push(...exports.DEFAULT_PLACEHOLDERS);
            else
                placeholders.push({
                    test: compile(src, `placeholders[${i}]`),
                    label: `matches placeholder pattern /${src}/`,
                });
        }
    }
    const match = Object.entries(gate.match ?? {}).map(([key, src]) => ({
        key,
        re: compile(src, `match.${key}`),
    }));
    return { placeholders, match };
}
/** What is wrong with one value, if anything. The value itself never appears in the answer. */
function inspectValue(name, value, rules) {
    if (value === undefined)
        return { problem: 'missing' };
    if (value.trim() === '')
        return { problem: 'empty' };
    const trimmed = value.trim();
    for (const rule of rules.placeholders) {
        if (rule.test.test(trimmed))
            return { problem: 'placeholder', reason: rule.label };
    }
    for (const m of rules.match) {
        if (((0, exports.isGlob)(m.key) ? nameGlob(m.key).test(name) : m.key === name) && !m.re.test(value)) {
            return { problem: 'mismatch', reason: `does not match /${m.re.source}/` };
        }
    }
    return { problem: null };
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function evaluate(_gate, facts, _ctx) {
    const bad = facts.vars.filter((v) => v.problem !== null);
    const ok = facts.vars.filter((v) => v.problem === null);
    const details = [];
    const rows = [
        ...facts.unmatched.map((g) => [g, 'missing: no variable matches']),
        ...bad.map((v) => [
            v.name,
            v.problem === 'missing'
                ? 'missing'
                : v.problem === 'empty'
                    ? 'empty'
                    : v.problem === 'placeholder'
                        ? `placeholder: ${v.reason}`
                        : `wrong format: ${v.reason}`,
        ]),
    ];
    if (rows.length > 0)
        details.push({ kind: 'table', columns: ['Variable', 'Problem'], rows });
    if (ok.length > 0)
        details.push({ kind: 'text', text: `Set and plausible: ${ok.map((v) => v.name).join(', ')}.` });
    details.push({
        kind: 'text',
        text: 'Values are never shown. Pass the variables to the shipgate step’s env from the deployment environment’s secrets and variables, as the deploy step gets them.',
    });
    const problems = facts.unmatched.length + bad.length;
    if (problems > 0) {
        const groups = [];
        const names = (p) => bad.filter((v) => v.problem === p).map((v) => v.name);
        const missing = [...facts.unmatched, ...names('missing')];
        if (missing.length > 0)
            groups.push(`missing ${missing.join(', ')}`);
        if (names('empty').length > 0)
            groups.push(`empty ${names('empty').join(', ')}`);
        if (names('placeholder').length > 0)
            groups.push(`placeholder ${names('placeholder').join(', ')}`);
        if (names('mismatch').length > 0)
            groups.push(`wrong format ${names('mismatch').join(', ')}`);
        return {
            status: 'fail',
            summary: `${plural(problems, 'variable')} not ready: ${groups.join('; ')}`,
            details,
        };
    }
    return {
        status: 'pass',
        summary: `All ${plural(ok.length, 'required variable')} set, none a placeholder`,
        details,
    };
}
function explain(gate) {
    const p = gate.placeholders ?? 'default';
    return [
        `Requires these environment variables of the shipgate step: ${gate.require.join(', ')} (a glob needs at least one match; every match is checked).`,
        'A variable that is unset or blank fails.',
        p === 'none'
            ? 'Placeholder values are not checked (placeholders: none).'
            : `A value that looks like a placeholder fails (${(Array.isArray(p) ? p : ['default']).map((x) => (x === 'default' ? `built-in: ${exports.DEFAULT_PLACEHOLDERS.map((r) => r.label).join(', ')}` : `/${x}/`)).join('; ')}).`,
        ...Object.entries(gate.match ?? {}).map(([k, re]) => `${k} must match /${re}/.`),
        'Values are never printed, logged or put in outputs; on GitHub each one is masked in the log.',
    ];
}
/** Every pattern that does not compile, pointed at where it is written. */
function check(config) {
    const out = [];
    const bad = (src) => {
        try {
            new RegExp(src, 'u');
            return null;
        }
        catch (e) {
            return e.message;
        }
    };
    const p = config.placeholders;
    if (Array.isArray(p)) {
        p.forEach((src, i) => {
            const why = src === 'default' ? null : bad(src);
            if (why)
                out.push({
                    path: ['placeholders', i],
                    message: `"${src}" is not a valid regular expression (${why})`,
                });
        });
    }
    for (const [key, src] of Object.entries(config.match ?? {})) {
        const why = bad(src);
        if (why)
            out.push({ path: ['match', key], message: `"${src}" is not a valid regular expression (${why})` });
    }
    return out;
}
exports.gate = { evaluate, explain, check };


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collect = collect;
const errors_js_1 = __webpack_require__(3916);
const env_js_1 = __webpack_require__(9963);
async function collect(gate, ctx) {
    let rules;
    try {
        rules = (0, env_js_1.valueRules)(gate);
    }
    catch (e) {
        throw new errors_js_1.UserError(e.message);
    }
    const present = Object.keys(ctx.env)
        .filter((k) => ctx.env[k] !== undefined)
        .sort();
    const facts = { vars: [], unmatched: [] };
    const seen = new Set();
    const wanted = [...gate.require, ...Object.keys(gate.match ?? {}).filter((k) => !gate.require.includes(k))];
    for (const entry of wanted) {
        const names = (0, env_js_1.isGlob)(entry) ? present.filter((n) => (0, env_js_1.nameGlob)(entry).test(n)) : [entry];
        if (names.length === 0) {
            facts.unmatched.push(entry);
            continue;
        }
        for (const name of names) {
            if (seen.has(name))
                continue;
            seen.add(name);
            const value = ctx.env[name];
            if (value !== undefined && value.length >= 4)
                ctx.secrets?.add(value);
            const found = { name, wanted: entry, ...(0, env_js_1.inspectValue)(name, value, rules) };
            facts.vars.push(found);
        }
    }
    return facts;
}


/***/ })

};

//# sourceMappingURL=7953.index.js.map