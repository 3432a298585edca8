export const id = 1107;
export const ids = [1107];
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


/***/ })

};

//# sourceMappingURL=1107.index.js.map