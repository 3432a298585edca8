export const id = 943;
export const ids = [943,454];
export const modules = {

/***/ 5576:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateProblems = gateProblems;
const window_js_1 = __webpack_require__(8454);
function gateProblems(gate) {
    const out = [];
    const g = gate;
    if (gate.type === 'checks' && Array.isArray(g.require)) {
        g.require.forEach((name, i) => {
            if (!name.trim())
                out.push({ path: ['require', i], message: 'a required check name cannot be blank' });
        });
    }
    if (gate.type === 'audit' && Array.isArray(g.allow)) {
        g.allow.forEach((entry, i) => {
            if (entry.expires !== undefined && !isRealDate(entry.expires))
                out.push({
                    path: ['allow', i, 'expires'],
                    message: `"${entry.expires}" is not a real date; expected YYYY-MM-DD`,
                });
        });
    }
    if (gate.type === 'window') {
        // Point each problem at the rule or freeze entry it names, else at the gate.
        const allow = g.allow ?? [];
        for (const message of (0, window_js_1.validateWindowGate)(gate)) {
            const rule = allow.findIndex((r) => message.startsWith(`allow rule "${r}"`));
            const freeze = /^freeze (\d+)/.exec(message);
            const path = rule >= 0
                ? ['allow', rule]
                : freeze
                    ? ['freeze', Number(freeze[1]) - 1]
                    : /time ?zone/i.test(message)
                        ? ['timezone']
                        : [];
            if (path[0] === 'timezone')
                continue; // reported by the loader's own time zone check
            out.push({ path, message });
        }
    }
    return out;
}
function isRealDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return (d.getUTCFullYear() === Number(m[1]) &&
        d.getUTCMonth() === Number(m[2]) - 1 &&
        d.getUTCDate() === Number(m[3]));
}


/***/ }),

/***/ 6943:
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
exports.ConfigError = void 0;
exports.formatProblem = formatProblem;
exports.parseConfig = parseConfig;
exports.closest = closest;
/**
 * Reads `.github/shipgate.yml`: YAML -> JSON Schema (schema/shipgate.schema.json, compiled at build
 * time) -> cross-reference checks. Every problem names file:line:column and what was expected.
 */
const yaml_1 = __webpack_require__(8815);
const validate_generated_js_1 = __importStar(__webpack_require__(8156));
const duration_js_1 = __webpack_require__(6518);
const errors_js_1 = __webpack_require__(3916);
const gate_problems_js_1 = __webpack_require__(5576);
/** Bad config: one or more problems, each with a position. Exit code 2 in the CLI. */
class ConfigError extends errors_js_1.UserError {
    problems;
    name = 'ConfigError';
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
    }
}
exports.ConfigError = ConfigError;
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
const MAX_BYTES = 1024 * 1024;
/** Parses and validates config text. Throws ConfigError (never anything else) when it is invalid. */
function parseConfig(text, file) {
    const problems = [];
    if (text.length > MAX_BYTES)
        throw new ConfigError([
            {
                file,
                line: 1,
                column: 1,
                message: `the config is larger than 1 MiB (${text.length} bytes); it cannot be a checklist`,
            },
        ]);
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let doc;
    try {
        doc = (0, yaml_1.parseDocument)(source, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
    }
    catch (e) {
        throw new ConfigError([
            { file, line: 1, column: 1, message: `cannot parse YAML: ${e.message}` },
        ]);
    }
    // Line starts counted here: yaml's LineCounter misses line breaks it skips while recovering from
    // a syntax error, and then reports lines that are too small (and columns past the line's end).
    const lineStarts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const at = (offset) => {
        const o = Math.max(0, Math.min(offset ?? 0, source.length));
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { file, line: lo + 1, column: o - lineStarts[lo] + 1 };
    };
    for (const err of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
        problems.push({
            ...at(err.pos[0]),
            message: `YAML ${doc.errors.includes(err) ? 'syntax error' : 'problem'}: ${firstLine(err.message)}`,
        });
    }
    if (problems.length)
        throw new ConfigError(problems);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 200 });
    }
    catch (e) {
        // e.g. an alias to an unknown anchor (`*x`), or an alias bomb past maxAliasCount.
        const node = findAliasNode(doc);
        throw new ConfigError([
            { ...at(node?.range?.[0]), message: `YAML problem: ${firstLine(e.message)}` },
        ]);
    }
    if (data === null || data === undefined)
        throw new ConfigError([
            {
                file,
                line: 1,
                column: 1,
                message: 'the config is empty: expected a mapping with `version: 1` and `gates:`',
            },
        ]);
    if (!(0, validate_generated_js_1.default)(data)) {
        for (const e of humanize(validate_generated_js_1.default.errors ?? [], data)) {
            problems.push({ ...at(offsetFor(doc, e.path, e.key)), message: e.message });
        }
        throw new ConfigError(sortProblems(problems));
    }
    const config = data;
    for (const p of crossChecks(config))
        problems.push({ ...at(offsetFor(doc, p.path, p.key)), message: p.message });
    if (problems.length)
        throw new ConfigError(sortProblems(problems));
    return config;
}
function firstLine(s) {
    // The YAML library runs out of stack on thousands of nested levels; say what that means.
    if (/maximum call stack/i.test(s))
        return 'the document is nested too deeply (thousands of levels of [, { or -)';
    return s.split('\n')[0].trim();
}
function sortProblems(ps) {
    const seen = new Set();
    return ps
        .filter((p) => {
        const k = formatProblem(p);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    })
        .sort((a, b) => a.line - b.line || a.column - b.column);
}
function where(path) {
    return path.length ? path.join('.') : 'top level';
}
function pointer(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** Turns ajv errors into one message per problem, with the allowed values spelled out. */
function humanize(errors, data) {
    const out = [];
    // anyOf alternatives report each branch; keep one message for the anyOf itself.
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    for (const e of errors) {
        const path = pointer(e.instancePath);
        const name = where(path);
        // The schema object holding the failed keyword, and the offending value.
        const parent = schemaFor(data, path);
        const value = valueAt(data, path);
        switch (e.keyword) {
            case 'if':
                continue; // its `then` errors are reported themselves
            case 'anyOf': {
                const branches = parent.anyOf ?? [];
                const needs = branches.map((b) => b.required?.[0]).filter(Boolean);
                if (needs.length === branches.length)
                    out.push({ path, message: `${name}: needs at least one of ${needs.join(', ')}` });
                else
                    out.push({ path, message: `${name}: expected ${describeAlternatives(branches)}` });
                continue;
            }
            default:
                if (anyOfPaths.has(e.instancePath) && e.schemaPath.includes('/anyOf/'))
                    continue;
        }
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                const allowed = Object.keys(parent.properties ?? {});
                const hint = closest(key, allowed);
                out.push({
                    path,
                    key,
                    message: `${name}: unknown key "${key}"` +
                        (hint ? ` (did you mean "${hint}"?)` : '') +
                        (allowed.length ? `; allowed: ${allowed.join(', ')}` : ''),
                });
                break;
            }
            case 'required':
                out.push({
                    path,
                    message: `${name}: missing required key "${e.params.missingProperty}"`,
                });
                break;
            case 'enum': {
                const allowed = e.params.allowedValues;
                const what = path[path.length - 1] === 'type' && path[0] === 'gates' ? 'unknown gate type' : 'unexpected value';
                out.push({
                    path,
                    message: `${name}: ${what} ${JSON.stringify(value)}; expected one of ${allowed.map(String).join(', ')}`,
                });
                break;
            }
            case 'const':
                out.push({
                    path,
                    message: `${name}: must be ${JSON.stringify(e.params.allowedValue)}`,
                });
                break;
            case 'type':
                out.push({
                    path,
                    message: `${name}: expected ${article(e.params.type)}, got ${typeName(value)}`,
                });
                break;
            case 'pattern': {
                const desc = typeof parent.description === 'string'
                    ? parent.description
                    : `text matching ${e.params.pattern}`;
                const label = e.propertyName !== undefined ? `key "${e.propertyName}"` : JSON.stringify(value);
                out.push({
                    path,
                    key: e.propertyName,
                    message: `${name}: invalid ${label}; expected ${lowerFirst(desc)}`,
                });
                break;
            }
            case 'propertyNames':
                continue; // the pattern error on the name says it better
            case 'maxLength':
            case 'minLength':
            case 'minItems':
            case 'maxItems':
            case 'minimum':
            case 'maximum':
            case 'exclusiveMinimum':
            case 'minProperties':
            case 'uniqueItems':
                out.push({ path, key: e.propertyName, message: `${name}: ${e.message ?? 'invalid'}` });
                break;
            default:
                out.push({ path, message: `${name}: ${e.message ?? 'invalid'}` });
        }
    }
    return out;
}
function valueAt(data, path) {
    let v = data;
    for (const seg of path)
        v = v !== null && typeof v === 'object' ? v[seg] : undefined;
    return v;
}
function deref(node) {
    let n = node;
    for (let i = 0; i < 10 && typeof n.$ref === 'string'; i++) {
        const name = n.$ref.replace('#/definitions/', '');
        n = validate_generated_js_1.schema.definitions[name] ?? {};
    }
    return n;
}
/**
 * The schema that applies to the value at `path`, following $ref, and for a gate the branch of
 * its `type` (the standalone validator reports keyword paths relative to each compiled part, so
 * they cannot be looked up directly).
 */
function schemaFor(data, path) {
    let node = deref(validate_generated_js_1.schema);
    let value = data;
    const branch = () => {
        const type = value && typeof value === 'object' ? value.type : undefined;
        for (const part of node.allOf ?? []) {
            const want = part.if?.properties
                ?.type?.const;
            if (want !== undefined && want === type)
                node = { ...node, ...deref(part.then) };
        }
    };
    branch();
    for (const seg of path) {
        const props = node.properties;
        let next;
        if (typeof seg === 'number')
            next = node.items;
        else
            next =
                props?.[seg] ??
                    (typeof node.additionalProperties === 'object'
                        ? node.additionalProperties
                        : undefined);
        if (!next)
            return {};
        node = deref(next);
        value = value !== null && typeof value === 'object' ? value[seg] : undefined;
        branch();
    }
    return node;
}
function describeAlternatives(branches) {
    const kinds = branches.map((b) => {
        if (b.$ref === '#/definitions/glob' || b.type === 'string')
            return 'a string';
        if (b.type === 'array')
            return 'a list';
        if (b.type === 'integer')
            return 'a whole number';
        if (typeof b.type === 'string')
            return article(b.type);
        return 'a value';
    });
    return [...new Set(kinds)].join(' or ');
}
function article(type) {
    const t = type === 'object' ? 'mapping' : type === 'array' ? 'list' : type === 'integer' ? 'whole number' : type;
    return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
function lowerFirst(s) {
    return s.charAt(0).toLowerCase() + s.slice(1);
}
/** Levenshtein-closest candidate within distance 2, for "did you mean". */
function closest(word, candidates) {
    let best;
    let bestD = 3;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        // On a tie prefer a prefix of the word ("requires" -> "require").
        if (d < bestD || (d === bestD && best !== undefined && word.startsWith(c) && !word.startsWith(best))) {
            bestD = d;
            best = c;
        }
    }
    return best;
}
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
/** Checks the schema cannot express: references between sections, durations, time zones. */
function crossChecks(config) {
    const out = [];
    const gateIds = Object.keys(config.gates);
    const groups = config.groups ?? {};
    for (const [env, def] of Object.entries(config.environments ?? {})) {
        def.gates.forEach((id, i) => {
            if (!Object.hasOwn(config.gates, id)) {
                const hint = closest(id, gateIds);
                out.push({
                    path: ['environments', env, 'gates', i],
                    message: `environments.${env}: no gate named "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; gates defined: ${gateIds.join(', ')}`,
                });
            }
        });
        if (def.wait !== undefined)
            checkDuration(out, ['environments', env, 'wait'], def.wait);
    }
    if (config.defaults?.wait !== undefined)
        checkDuration(out, ['defaults', 'wait'], config.defaults.wait);
    if (config.defaults?.timezone !== undefined)
        checkZone(out, ['defaults', 'timezone'], config.defaults.timezone);
    const checkPeople = (path, people) => {
        people?.forEach((p, i) => {
            if (p.startsWith('@') || Object.hasOwn(groups, p))
                return;
            const near = closest(p, Object.keys(groups));
            if (near)
                out.push({
                    path: [...path, i],
                    message: `${where(path)}: no group named "${p}" (did you mean "${near}"?); groups defined: ${Object.keys(groups).join(', ')}`,
                });
        });
    };
    for (const [name, people] of Object.entries(groups))
        checkPeople(['groups', name], people);
    checkPeople(['defaults', 'waivers'], config.defaults?.waivers);
    for (const [id, gate] of Object.entries(config.gates)) {
        const g = gate;
        for (const key of ['from', 'signoff', 'override', 'waivers']) {
            if (Array.isArray(g[key]))
                checkPeople(['gates', id, key], g[key]);
        }
        for (const key of ['wait', 'timeout', 'interval', 'max-age']) {
            if (typeof g[key] === 'string')
                checkDuration(out, ['gates', id, key], g[key]);
        }
        if (typeof g.timezone === 'string')
            checkZone(out, ['gates', id, 'timezone'], g.timezone);
        for (const p of (0, gate_problems_js_1.gateProblems)(gate))
            out.push({ path: ['gates', id, ...p.path], message: `gates.${id}: ${p.message}` });
    }
    return out;
}
function checkDuration(out, path, text) {
    const ms = (0, duration_js_1.parseDuration)(text);
    if (ms === null)
        out.push({
            path,
            message: `${where(path)}: invalid duration "${text}"; expected e.g. 30s, 15m, 1h or 1h30m`,
        });
}
function checkZone(out, path, zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
    }
    catch {
        out.push({
            path,
            message: `${where(path)}: unknown time zone "${zone}"; expected an IANA name such as Europe/Berlin, America/New_York or UTC`,
        });
    }
}
/** Source offset of the value at `path` (or of the key `key` inside it), for line:column. */
function offsetFor(doc, path, key) {
    let node = doc.contents;
    let last = doc.contents ?? undefined;
    for (const seg of path) {
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => (0, yaml_1.isPair)(p) && (0, yaml_1.isScalar)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                break;
            node = pair.value;
            if (pair.value && pair.value.range)
                last = pair.value;
            else if ((0, yaml_1.isScalar)(pair.key))
                last = pair.key;
        }
        else if ((0, yaml_1.isSeq)(node)) {
            const item = node.items[Number(seg)];
            if (!item)
                break;
            node = item;
            last = item;
        }
        else
            break;
    }
    if (key !== undefined && (0, yaml_1.isMap)(node)) {
        const pair = node.items.find((p) => (0, yaml_1.isPair)(p) && (0, yaml_1.isScalar)(p.key) && String(p.key.value) === key);
        if (pair && (0, yaml_1.isScalar)(pair.key))
            return pair.key.range?.[0];
    }
    return last?.range?.[0];
}
function findAliasNode(doc) {
    let found;
    const visit = (n) => {
        if (found || !n || typeof n !== 'object')
            return;
        const node = n;
        if (node.type === 'ALIAS' || node.constructor?.name === 'Alias') {
            found = node;
            return;
        }
        if (Array.isArray(node.items))
            node.items.forEach(visit);
        if ('key' in node)
            visit(node.key);
        if ('value' in node)
            visit(node.value);
    };
    visit(doc.contents);
    return found;
}


/***/ }),

/***/ 8454:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateWindowGate = validateWindowGate;
exports.evaluateWindow = evaluateWindow;
exports.explainWindow = explainWindow;
const duration_js_1 = __webpack_require__(6518);
const signoff_js_1 = __webpack_require__(878);
const DAY_MS = 86_400_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_TITLES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** How far ahead the next window / the closing time is looked for. */
const HORIZON_DAYS = 400;
const DEFAULT_TZ = 'UTC';
// ---------------------------------------------------------------------------------------------
// Parsing and validation
const TIME = /^(\d{1,2}):(\d{2})$/;
const DAY_SPEC_HELP = 'days as mon, tue, wed, thu, fri, sat or sun, ranges like mon-fri, lists like mon,wed,fri';
const RULE_HELP = `expected "*", "HH:MM-HH:MM", or ${DAY_SPEC_HELP} optionally followed by HH:MM-HH:MM (e.g. "mon-thu 09:00-16:00")`;
function parseTime(text, isEnd) {
    const m = TIME.exec(text.trim());
    if (!m)
        return null;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (min > 59)
        return null;
    if (h === 24 && min === 0 && isEnd)
        return 1440;
    if (h > 23)
        return null;
    return h * 60 + min;
}
function parseDay(text) {
    const i = DAYS.indexOf(text.trim().toLowerCase());
    return i < 0 ? null : i;
}
/** Parses one `allow` rule; returns the problem as a message when it is not valid. */
function parseRule(text) {
    const src = text.trim();
    const bad = (what) => `allow rule "${text}": ${what}; ${RULE_HELP}`;
    if (src === '*')
        return { text, days: null, start: 0, end: 1440, always: true };
    // "<days> <time-range>", "<days>", "<time-range>" or "* <time-range>".
    const m = /^(.*?)(?:\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))?$/.exec(src);
    const daysPart = (m?.[1] ?? '').trim();
    const from = m?.[2];
    const to = m?.[3];
    let days = null;
    if (daysPart !== '' && daysPart !== '*') {
        days = new Set();
        for (const item of daysPart.split(',')) {
            const range = item.split('-');
            if (range.length > 2 || item.trim() === '')
                return bad(`"${item.trim()}" is not a day or day range`);
            const a = parseDay(range[0]);
            const b = range.length === 2 ? parseDay(range[1]) : a;
            if (a === null)
                return bad(`"${range[0].trim()}" is not a day`);
            if (b === null)
                return bad(`"${range[1].trim()}" is not a day`);
            // A range may wrap around the week: fri-mon is fri, sat, sun, mon.
            for (let d = a;; d = (d + 1) % 7) {
                days.add(d);
                if (d === b)
                    break;
            }
        }
    }
    if (from === undefined || to === undefined) {
        if (daysPart === '' || daysPart === '*')
            return bad('it names no days and no times');
        return { text, days, start: 0, end: 1440, always: false };
    }
    const start = parseTime(from, false);
    const end = parseTime(to, true);
    if (start === null)
        return bad(`${from} is not a time (HH:MM from 00:00 to 23:59)`);
    if (end === null)
        return bad(`${to} is not a time (HH:MM from 00:00 to 24:00)`);
    if (start === end)
        return bad('start and end are the same; use 00:00-24:00 for a whole day');
    return { text, days, start, end, always: false };
}
const FREEZE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;
function parseFreezePoint(text) {
    const m = FREEZE_TIME.exec(text.trim());
    if (!m)
        return null;
    const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    const check = new Date(Date.UTC(date.y, date.m - 1, date.d));
    if (check.getUTCFullYear() !== date.y ||
        check.getUTCMonth() !== date.m - 1 ||
        check.getUTCDate() !== date.d)
        return null;
    if (m[4] === undefined)
        return { date, minutes: null };
    const h = Number(m[4]);
    const min = Number(m[5]);
    if (h > 23 || min > 59)
        return null;
    return { date, minutes: h * 60 + min };
}
function timeZoneProblem(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return null;
    }
    catch {
        return `timezone "${tz}" is not a known IANA time zone; expected a name like Europe/Berlin, America/New_York or UTC`;
    }
}
/**
 * Problems with a window gate's rules, time zone and freezes (empty when valid), for the config
 * loader to report at load time; the schema only checks their shape.
 */
function validateWindowGate(gate) {
    const problems = [];
    const tz = timeZoneProblem(gate.timezone ?? DEFAULT_TZ);
    if (tz)
        problems.push(tz);
    for (const r of gate.allow ?? []) {
        const rule = parseRule(r);
        if (typeof rule === 'string')
            problems.push(rule);
    }
    for (const [i, f] of (gate.freeze ?? []).entries()) {
        const from = parseFreezePoint(f.from);
        const to = parseFreezePoint(f.to);
        const what = `freeze ${i + 1}${f.reason ? ` (${f.reason})` : ''}`;
        if (!from)
            problems.push(`${what}: from "${f.from}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
        if (!to)
            problems.push(`${what}: to "${f.to}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
        if (from && to && !tz) {
            const zone = gate.timezone ?? DEFAULT_TZ;
            const iv = freezeInterval(f, from, to, zone);
            if (iv.end <= iv.start)
                problems.push(`${what}: to "${f.to}" is not after from "${f.from}"`);
        }
    }
    return problems;
}
// ---------------------------------------------------------------------------------------------
// Time zone arithmetic with Intl
const formatters = new Map();
function formatter(tz) {
    let f = formatters.get(tz);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(tz, f);
    }
    return f;
}
function wallOf(t, tz) {
    const out = {};
    for (const p of formatter(tz).formatToParts(new Date(t)))
        if (p.type !== 'literal')
            out[p.type] = Number(p.value);
    return { y: out.year, m: out.month, d: out.day, h: out.hour % 24, min: out.minute, s: out.second };
}
/** Offset of local wall time from UTC at instant `t`, in ms. */
function offsetAt(t, tz) {
    const w = wallOf(t, tz);
    const whole = Math.floor(t / 1000) * 1000;
    return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - whole;
}
/** The instant of a local wall time, by the DST rule in the module comment. */
function instantOf(date, minutes, tz) {
    const wall = Date.UTC(date.y, date.m - 1, date.d) + minutes * 60_000;
    const before = offsetAt(wall - DAY_MS, tz);
    const after = offsetAt(wall + DAY_MS, tz);
    const candidates = [...new Set([before, after, offsetAt(wall, tz)])]
        .map((o) => wall - o)
        .filter((t) => offsetAt(t, tz) === wall - t)
        .sort((a, b) => a - b);
    if (candidates.length > 0)
        return candidates[0];
    // Skipped wall time: find the instant the clocks jumped (offset changes from `before`).
    let lo = wall - Math.max(before, after);
    let hi = wall - Math.min(before, after);
    while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (offsetAt(mid, tz) === before)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}
function addDays(date, n) {
    const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
/** 0 = Monday. */
function weekday(date) {
    return (new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay() + 6) % 7;
}
const pad = (n) => String(n).padStart(2, '0');
const isoDate = (d) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
/** "Mon 09:00 Europe/Berlin", with the date when it is 6 days or more away (the weekday alone could mean today). */
function describeInstant(t, now, tz) {
    const w = wallOf(t, tz);
    const day = DAY_TITLES[weekday(w)];
    const date = t - now >= 6 * DAY_MS ? ` ${isoDate(w)}` : '';
    return `${day}${date} ${pad(w.h)}:${pad(w.min)} ${tz}`;
}
function describeNow(t, tz) {
    const w = wallOf(t, tz);
    return `${DAY_TITLES[weekday(w)]} ${isoDate(w)} ${pad(w.h)}:${pad(w.min)} ${tz}`;
}
// ---------------------------------------------------------------------------------------------
// Windows and freezes as instants
function freezeInterval(f, from, to, tz) {
    const start = instantOf(from.date, from.minutes ?? 0, tz);
    // A `to` date is inclusive: the freeze lasts until the next midnight.
    const end = to.minutes === null ? instantOf(addDays(to.date, 1), 0, tz) : instantOf(to.date, to.minutes, tz);
    return { start, end, freeze: f };
}
/** Allow intervals of windows starting on local days [first, first + count). */
function windowIntervals(rules, first, count, tz) {
    const out = [];
    for (let i = 0; i < count; i++) {
        const date = addDays(first, i);
        const wd = weekday(date);
        for (const r of rules) {
            if (r.days && !r.days.has(wd))
                continue;
            const start = instantOf(date, r.start, tz);
            const end = instantOf(date, r.end > r.start ? r.end : r.end + 1440, tz);
            if (end > start)
                out.push({ start, end });
        }
    }
    return out.sort((a, b) => a.start - b.start);
}
function computeState(rules, freezes, now, tz, days) {
    const always = rules.length === 0 || rules.some((r) => r.always);
    const today = wallOf(now, tz);
    // Windows that started yesterday may still be open (e.g. sat 22:00-02:00 on Sunday 01:00).
    const windows = always ? [] : windowIntervals(rules, addDays(today, -1), days + 2, tz);
    const horizon = now + days * DAY_MS;
    const allowedAt = (t) => always || windows.some((w) => w.start <= t && t < w.end);
    const freezeAt = (t) => freezes.find((f) => f.start <= t && t < f.end);
    const openAt = (t) => allowedAt(t) && !freezeAt(t);
    if (openAt(now)) {
        // Closes at the end of the merged run of windows containing now, or when a freeze starts.
        let closesAt = null;
        if (!always) {
            let end = now;
            for (let grew = true; grew;) {
                grew = false;
                for (const w of windows)
                    if (w.start <= end && w.end > end) {
                        end = w.end;
                        grew = true;
                    }
            }
            closesAt = end >= horizon ? null : end;
        }
        const nextFreeze = freezes.filter((f) => f.start > now).sort((a, b) => a.start - b.start)[0];
        if (nextFreeze && (closesAt === null || nextFreeze.start < closesAt))
            return { open: true, closesAt: nextFreeze.start, closingFreeze: nextFreeze, opensAt: null };
        return { open: true, closesAt, opensAt: null };
    }
    const state = { open: false, closesAt: null, opensAt: null };
    const frozen = freezeAt(now);
    if (frozen) {
        let end = frozen.end;
        for (let f = freezeAt(end); f; f = freezeAt(end))
            end = f.end;
        state.freeze = frozen;
        state.freezeEnd = end;
    }
    // The state only turns open where a window starts or a freeze ends.
    const candidates = [...windows.map((w) => w.start), ...freezes.map((f) => f.end)]
        .filter((t) => t > now && t < horizon)
        .sort((a, b) => a - b);
    state.opensAt = candidates.find(openAt) ?? null;
    return state;
}
// ---------------------------------------------------------------------------------------------
// Evaluation
function freezeLabel(f) {
    return `${f.from} to ${f.to}${f.reason ? ` (${f.reason})` : ''}`;
}
/** Judges `ctx.now` against the gate's windows, freezes and override sign-offs. */
function evaluateWindow(gate, _facts, ctx) {
    const problems = validateWindowGate(gate);
    if (problems.length > 0)
        return {
            status: 'error',
            summary: `invalid window config: ${problems[0]}`,
            details: [{ kind: 'list', items: problems }],
        };
    const tz = gate.timezone ?? DEFAULT_TZ;
    const rules = (gate.allow ?? []).map((r) => parseRule(r));
    const freezes = (gate.freeze ?? []).map((f) => freezeInterval(f, parseFreezePoint(f.from), parseFreezePoint(f.to), tz));
    const now = ctx.now.getTime();
    let state = computeState(rules, freezes, now, tz, 9);
    if ((state.open && state.closesAt === null) || (!state.open && state.opensAt === null))
        state = computeState(rules, freezes, now, tz, HORIZON_DAYS);
    const details = [{ kind: 'text', text: `Now: ${describeNow(now, tz)}.` }];
    if (rules.length > 0)
        details.push({ kind: 'text', text: `Deploy windows (${tz}):` }, { kind: 'list', items: rules.map((r) => r.text) });
    if (freezes.length > 0)
        details.push({ kind: 'text', text: 'Freezes:' }, { kind: 'list', items: freezes.map((f) => freezeLabel(f.freeze)) });
    if (state.open) {
        let summary;
        const inWindow = rules.length === 0 || rules.some((r) => r.always) ? 'no freeze now' : 'inside a deploy window';
        if (state.closesAt === null)
            summary = `${inWindow}; ${rules.length === 0 || rules.some((r) => r.always) ? 'deploys allowed at any time' : `no window end within ${HORIZON_DAYS} days`}`;
        else if (state.closingFreeze)
            summary = `${inWindow}; freeze ${state.closingFreeze.freeze.reason ? `(${state.closingFreeze.freeze.reason}) ` : ''}starts ${describeInstant(state.closesAt, now, tz)}, in ${(0, duration_js_1.formatDuration)(state.closesAt - now)}`;
        else
            summary = `${inWindow}; closes ${describeInstant(state.closesAt, now, tz)}, in ${(0, duration_js_1.formatDuration)(state.closesAt - now)}`;
        return { status: 'pass', summary, details };
    }
    const next = state.opensAt === null
        ? `no window opens within ${HORIZON_DAYS} days`
        : `next window: ${describeInstant(state.opensAt, now, tz)}, in ${(0, duration_js_1.formatDuration)(state.opensAt - now)}`;
    let blocked;
    if (state.freeze) {
        const f = state.freeze.freeze;
        // Name the `to` of the last freeze in a chain of back-to-back freezes, as written.
        const last = freezes.find((x) => x.end === state.freezeEnd) ?? state.freeze;
        blocked = `frozen until ${last.freeze.to}${f.reason ? ` (${f.reason})` : ''}`;
        details.push({
            kind: 'text',
            text: `The freeze ends ${describeInstant(state.freezeEnd, now, tz)} (a "to" date is inclusive).`,
        });
    }
    else
        blocked = 'outside deploy windows';
    const reason = `${blocked}; ${next}`;
    if (!gate.override)
        return { status: 'fail', summary: reason, details };
    if (!ctx.pr) {
        details.push({
            kind: 'text',
            text: ctx.mode === 'cli'
                ? 'An override by sign-off is checked by the action on the pull request.'
                : 'No pull request for this commit, so no override sign-off can lift the window.',
        });
        return { status: 'fail', summary: reason, details };
    }
    // An override lifts the window for what was reviewed: like any sign-off with dismiss-stale, a push
    // after it makes it stale, so new commits are never deployed outside the window unseen.
    const so = (0, signoff_js_1.evaluateSignoffs)(ctx, ctx.gateId, gate.override, { dismissStale: true });
    if (so.ignored.length > 0)
        details.push({ kind: 'text', text: 'Sign-offs that do not count:' }, {
            kind: 'table',
            columns: ['Who', 'When', 'Why'],
            rows: so.ignored.map((i) => [i.login, i.at, i.reason]),
        });
    if (so.valid.length > 0) {
        const who = so.valid.map((s) => s.login).join(', ');
        return { status: 'pass', summary: `window lifted by ${who}; ${blocked}`, details, signoffs: so.valid };
    }
    if (so.error)
        return { status: 'error', summary: `could not check override sign-offs: ${so.error}`, details };
    details.push({ kind: 'text', text: (0, signoff_js_1.signoffHint)(ctx.gateId, gate.override) });
    return { status: 'fail', summary: reason, details };
}
/** What the gate checks, with defaults applied. */
function explainWindow(gate) {
    const tz = gate.timezone ?? DEFAULT_TZ;
    const lines = [`Time zone: ${tz}${gate.timezone ? '' : ' (default)'}.`];
    if (!gate.allow || gate.allow.length === 0)
        lines.push('Deploy windows: any time (no allow rules).');
    else
        lines.push(`Deploy windows: ${gate.allow.join('; ')} (start inclusive, end exclusive).`);
    if (gate.freeze && gate.freeze.length > 0)
        lines.push(`Freezes (block even inside a window): ${gate.freeze.map(freezeLabel).join('; ')}. A "to" date is inclusive; a "to" date-time is exclusive.`);
    else
        lines.push('Freezes: none.');
    lines.push(gate.override
        ? `Override: a "/signoff <gate-id>" comment by ${gate.override.join(', ')} lifts the window and freezes for the PR, until the next push.`
        : 'Override: none.');
    lines.push('DST: a skipped wall time means the moment the clocks jump; a repeated wall time means its first occurrence.');
    return lines;
}


/***/ }),

/***/ 8156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   schema: () => (/* binding */ schema),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4951);
// Generated by scripts/gen-schema.mjs from schema/shipgate.schema.json. Do not edit.
/* eslint-disable */

const func2 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A;

const func0 = ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A;
const validate = validate10;/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/shipgate/shipgate/schema/shipgate.schema.json","title":"ShipgateConfig","description":"shipgate deploy checklist (.github/shipgate.yml). Each gate turns one checklist item into a check that blocks or allows the deploy.","type":"object","additionalProperties":false,"required":["version","gates"],"properties":{"version":{"description":"Config format version. Always 1.","const":1},"defaults":{"title":"Defaults","description":"Values used when a gate or the action inputs do not set them.","type":"object","additionalProperties":false,"properties":{"wait":{"$ref":"#/definitions/duration","description":"How long to wait for pending gates (checks still running), e.g. 15m."},"timezone":{"$ref":"#/definitions/timezone","description":"IANA time zone for window gates that do not set their own."},"waivers":{"$ref":"#/definitions/people","description":"Who may waive a gate that has no waivers list of its own (/waive <gate-id> <reason> [until YYYY-MM-DD])."}}},"groups":{"title":"Groups","description":"Named sets of people, usable wherever people are listed.","type":"object","propertyNames":{"$ref":"#/definitions/id"},"additionalProperties":{"$ref":"#/definitions/people"}},"environments":{"title":"Environments","description":"Which gates apply to which environment. Without it every gate applies.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"title":"Environment","type":"object","additionalProperties":false,"required":["gates"],"properties":{"gates":{"type":"array","items":{"$ref":"#/definitions/id"},"minItems":1,"uniqueItems":true},"wait":{"$ref":"#/definitions/duration"}}}},"gates":{"title":"Gates","description":"Map of gate id to gate.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/id"},"additionalProperties":{"$ref":"#/definitions/gate"}}},"definitions":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64},"duration":{"description":"A duration such as 500ms, 30s, 15m, 1h or 1h30m.","type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"},"timezone":{"description":"IANA time zone name, e.g. Europe/Berlin or UTC.","type":"string","minLength":1},"person":{"description":"A GitHub user (alice), an org team (@acme/release-managers) or a group name.","type":"string","pattern":"^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"},"people":{"type":"array","items":{"$ref":"#/definitions/person"},"minItems":1},"glob":{"type":"string","minLength":1},"globs":{"anyOf":[{"$ref":"#/definitions/glob"},{"type":"array","items":{"$ref":"#/definitions/glob"},"minItems":1}]},"percent":{"type":"number","minimum":0,"maximum":100},"coverageMin":{"title":"CoverageMin","type":"object","additionalProperties":false,"minProperties":1,"properties":{"lines":{"$ref":"#/definitions/percent"},"branches":{"$ref":"#/definitions/percent"},"functions":{"$ref":"#/definitions/percent"},"statements":{"$ref":"#/definitions/percent"}}},"count":{"type":"integer","minimum":0},"envMap":{"type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]}},"gateTitle":{"description":"Checklist line shown in the comment.","type":"string","minLength":1,"maxLength":200},"gateRequired":{"description":"A gate that is not required is shown but never blocks. Default true.","type":"boolean"},"gateWaivers":{"description":"Who may waive this gate with a PR comment `/waive <gate-id> <reason> [until YYYY-MM-DD]`: a waiver turns the gate's fail into waived (an error is never waivable). Default: defaults.waivers; without either nobody can waive it.","$ref":"#/definitions/people"},"gate":{"title":"Gate","type":"object","required":["type"],"properties":{"type":{"description":"The kind of gate.","enum":["checks","approvals","manual","coverage","audit","migrations","window","http","command"]}},"allOf":[{"if":{"properties":{"type":{"const":"checks"}}},"then":{"$ref":"#/definitions/checksGate"}},{"if":{"properties":{"type":{"const":"approvals"}}},"then":{"$ref":"#/definitions/approvalsGate"}},{"if":{"properties":{"type":{"const":"manual"}}},"then":{"$ref":"#/definitions/manualGate"}},{"if":{"properties":{"type":{"const":"coverage"}}},"then":{"$ref":"#/definitions/coverageGate"}},{"if":{"properties":{"type":{"const":"audit"}}},"then":{"$ref":"#/definitions/auditGate"}},{"if":{"properties":{"type":{"const":"migrations"}}},"then":{"$ref":"#/definitions/migrationsGate"}},{"if":{"properties":{"type":{"const":"window"}}},"then":{"$ref":"#/definitions/windowGate"}},{"if":{"properties":{"type":{"const":"http"}}},"then":{"$ref":"#/definitions/httpGate"}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"$ref":"#/definitions/commandGate"}}]},"checksGate":{"title":"ChecksGate","description":"Required check runs and commit statuses on the head commit must have succeeded.","type":"object","additionalProperties":false,"required":["type","require"],"properties":{"type":{"const":"checks"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"require":{"description":"Check-run names or commit-status contexts; globs (* ? [..]) allowed.","type":"array","items":{"$ref":"#/definitions/glob"},"minItems":1},"accept":{"description":"Conclusions that count as passed. Default: success, neutral, skipped.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["success","neutral","skipped"]}},"wait":{"$ref":"#/definitions/duration"}}},"approvalsGate":{"title":"ApprovalsGate","description":"The pull request has enough approving reviews from the right people.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"approvals"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"min":{"description":"Approving reviews needed (PR author and bots never count). Default 1.","type":"integer","minimum":0,"maximum":50},"from":{"description":"At least one approval must come from these people.","$ref":"#/definitions/people"},"codeowners":{"description":"Every changed file needs an approval from one of its code owners (CODEOWNERS of the base branch).","type":"boolean"},"dismiss-stale":{"description":"Approvals given before the latest push do not count.","type":"boolean"}}},"manualGate":{"title":"ManualGate","description":"A person from the signoff list comments /signoff <gate-id> on the pull request.","type":"object","additionalProperties":false,"required":["type","signoff"],"properties":{"type":{"const":"manual"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"signoff":{"description":"Who may sign off.","$ref":"#/definitions/people"},"min":{"description":"Distinct people who must sign off. Default 1.","type":"integer","minimum":1,"maximum":20},"dismiss-stale":{"description":"Sign-offs given before the latest push do not count.","type":"boolean"},"instructions":{"description":"Shown under the gate in the comment: what the signer confirms.","type":"string","maxLength":2000}}},"coverageGate":{"title":"CoverageGate","description":"Test coverage report meets thresholds.","type":"object","additionalProperties":false,"required":["type","report"],"properties":{"type":{"const":"coverage"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"report":{"description":"Path or glob of coverage reports (lcov, Cobertura, Clover, JaCoCo, istanbul json); several are merged.","$ref":"#/definitions/globs"},"min":{"$ref":"#/definitions/coverageMin"},"paths":{"description":"Per-path thresholds, e.g. payments/** at 95%.","type":"array","minItems":1,"items":{"title":"CoveragePathRule","type":"object","additionalProperties":false,"required":["glob","min"],"properties":{"glob":{"$ref":"#/definitions/glob"},"min":{"$ref":"#/definitions/coverageMin"}}}},"no-drop":{"title":"CoverageNoDrop","description":"Fail when a metric fell by more than tolerance points against a baseline report.","type":"object","additionalProperties":false,"required":["baseline"],"properties":{"baseline":{"$ref":"#/definitions/globs"},"tolerance":{"type":"number","minimum":0,"maximum":100}}},"max-age":{"description":"A report older than this is stale and an error.","$ref":"#/definitions/duration"}}},"auditGate":{"title":"AuditGate","description":"Dependency audit report has no more advisories than allowed.","type":"object","additionalProperties":false,"required":["type","report"],"properties":{"type":{"const":"audit"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"report":{"description":"Path or glob of audit reports (npm, yarn, pnpm, osv-scanner JSON).","$ref":"#/definitions/globs"},"max":{"title":"AuditMax","description":"Most advisories allowed per severity. Default: critical 0, high 0.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"critical":{"$ref":"#/definitions/count"},"high":{"$ref":"#/definitions/count"},"moderate":{"$ref":"#/definitions/count"},"low":{"$ref":"#/definitions/count"},"info":{"$ref":"#/definitions/count"}}},"allow":{"type":"array","items":{"title":"AuditAllow","type":"object","additionalProperties":false,"required":["id","reason"],"properties":{"id":{"description":"Advisory id or alias (GHSA-…, CVE-…, npm advisory number).","type":["string","integer"]},"reason":{"type":"string","minLength":1},"expires":{"description":"YYYY-MM-DD; from this day on the entry no longer counts.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"}}}},"max-age":{"$ref":"#/definitions/duration"},"allow-empty":{"description":"Treat an empty report file as 'no advisories'. yarn 4 (`yarn npm audit --json`) writes nothing when it finds none; every other tool writes JSON. Default false: an empty file is an error.","type":"boolean"}}},"migrationsGate":{"title":"MigrationsGate","description":"Changed migrations are signed off and no migration is pending.","type":"object","additionalProperties":false,"required":["type"],"anyOf":[{"required":["paths"]},{"required":["status"]},{"required":["tool"]}],"properties":{"type":{"const":"migrations"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"paths":{"description":"Migration files; changed ones need a sign-off.","$ref":"#/definitions/globs"},"signoff":{"description":"Who may sign off changed migrations.","$ref":"#/definitions/people"},"dismiss-stale":{"type":"boolean"},"status":{"description":"Command reporting pending migrations; exit 0 means none pending.","type":"string","minLength":1},"tool":{"description":"Preset status command and output reader.","enum":["prisma","knex","node-pg-migrate","django","rails","flyway","atlas"]},"cwd":{"type":"string"},"env":{"$ref":"#/definitions/envMap"},"timeout":{"$ref":"#/definitions/duration"}}},"windowGate":{"title":"WindowGate","description":"Deploys only inside allowed windows and outside freezes.","type":"object","additionalProperties":false,"required":["type"],"anyOf":[{"required":["allow"]},{"required":["freeze"]}],"properties":{"type":{"const":"window"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"timezone":{"$ref":"#/definitions/timezone"},"allow":{"description":"Rules like 'mon-thu 09:00-16:00', 'fri 09:00-12:00', 'sat 22:00-02:00' or '*'.","type":"array","minItems":1,"items":{"type":"string","pattern":"^\\s*(\\*|[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?(\\s*,\\s*[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?)*(\\s+\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})?|\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})\\s*$"}},"freeze":{"type":"array","items":{"title":"WindowFreeze","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"YYYY-MM-DD (start of day) or YYYY-MM-DDTHH:MM in the gate's time zone.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"},"to":{"description":"YYYY-MM-DD (end of that day, inclusive) or YYYY-MM-DDTHH:MM (exclusive).","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"},"reason":{"type":"string"}}}},"override":{"description":"Their /signoff <gate-id> lifts the window for this PR.","$ref":"#/definitions/people"}}},"httpGate":{"title":"HttpGate","description":"An HTTP endpoint answers as expected (health check, smoke test).","type":"object","additionalProperties":false,"required":["type","url"],"properties":{"type":{"const":"http"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"url":{"type":"string","pattern":"^https?://"},"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"]},"headers":{"type":"object","additionalProperties":{"type":"string"}},"body":{"type":"string"},"expect":{"title":"HttpExpect","type":"object","additionalProperties":false,"properties":{"status":{"anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"array","items":{"type":"integer","minimum":100,"maximum":599},"minItems":1}]},"max-ms":{"type":"number","exclusiveMinimum":0},"body-contains":{"type":"string"},"json":{"title":"HttpJsonExpect","type":"object","additionalProperties":false,"required":["path","equals"],"properties":{"path":{"description":"Dot path into the JSON body, e.g. status or checks.0.name.","type":"string"},"equals":{}}}}},"retries":{"type":"integer","minimum":0,"maximum":100},"interval":{"$ref":"#/definitions/duration"},"timeout":{"description":"Per request. Default 10s.","$ref":"#/definitions/duration"},"samples":{"description":"Requests whose p95 latency is compared with max-ms.","type":"integer","minimum":1,"maximum":1000},"follow-redirects":{"type":"boolean"}}},"commandGate":{"title":"CommandGate","description":"A shell command exits 0.","type":"object","additionalProperties":false,"required":["type","run"],"properties":{"type":{"const":"command"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"run":{"type":"string","minLength":1},"cwd":{"type":"string"},"env":{"$ref":"#/definitions/envMap"},"timeout":{"description":"Default 10m.","$ref":"#/definitions/duration"},"shell":{"description":"Shell to run it with. Default bash (sh when bash is missing).","type":"string"}}}}};const schema12 = {"description":"A duration such as 500ms, 30s, 15m, 1h or 1h30m.","type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};const schema13 = {"description":"IANA time zone name, e.g. Europe/Berlin or UTC.","type":"string","minLength":1};const schema16 = {"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64};const pattern0 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");const pattern2 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");const pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const schema14 = {"type":"array","items":{"$ref":"#/definitions/person"},"minItems":1};const schema15 = {"description":"A GitHub user (alice), an org team (@acme/release-managers) or a group name.","type":"string","pattern":"^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"};const pattern1 = new RegExp("^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern1.test(data0)){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/person/pattern",keyword:"pattern",params:{pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"},message:"must match pattern \""+"^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"+"\""};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/person/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema20 = {"title":"Gate","type":"object","required":["type"],"properties":{"type":{"description":"The kind of gate.","enum":["checks","approvals","manual","coverage","audit","migrations","window","http","command"]}},"allOf":[{"if":{"properties":{"type":{"const":"checks"}}},"then":{"$ref":"#/definitions/checksGate"}},{"if":{"properties":{"type":{"const":"approvals"}}},"then":{"$ref":"#/definitions/approvalsGate"}},{"if":{"properties":{"type":{"const":"manual"}}},"then":{"$ref":"#/definitions/manualGate"}},{"if":{"properties":{"type":{"const":"coverage"}}},"then":{"$ref":"#/definitions/coverageGate"}},{"if":{"properties":{"type":{"const":"audit"}}},"then":{"$ref":"#/definitions/auditGate"}},{"if":{"properties":{"type":{"const":"migrations"}}},"then":{"$ref":"#/definitions/migrationsGate"}},{"if":{"properties":{"type":{"const":"window"}}},"then":{"$ref":"#/definitions/windowGate"}},{"if":{"properties":{"type":{"const":"http"}}},"then":{"$ref":"#/definitions/httpGate"}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"$ref":"#/definitions/commandGate"}}]};const schema21 = {"title":"ChecksGate","description":"Required check runs and commit statuses on the head commit must have succeeded.","type":"object","additionalProperties":false,"required":["type","require"],"properties":{"type":{"const":"checks"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"require":{"description":"Check-run names or commit-status contexts; globs (* ? [..]) allowed.","type":"array","items":{"$ref":"#/definitions/glob"},"minItems":1},"accept":{"description":"Conclusions that count as passed. Default: success, neutral, skipped.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["success","neutral","skipped"]}},"wait":{"$ref":"#/definitions/duration"}}};const schema22 = {"description":"Checklist line shown in the comment.","type":"string","minLength":1,"maxLength":200};const schema23 = {"description":"A gate that is not required is shown but never blocks. Default true.","type":"boolean"};const schema26 = {"type":"string","minLength":1};function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern1.test(data0)){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/person/pattern",keyword:"pattern",params:{pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"},message:"must match pattern \""+"^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"+"\""};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/person/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate16.errors = vErrors;return errors === 0;}function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.require === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((((key0 === "type") || (key0 === "title")) || (key0 === "required")) || (key0 === "waivers")) || (key0 === "require")) || (key0 === "accept")) || (key0 === "wait"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){if("checks" !== data.type){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "checks"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err7 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.require !== undefined){let data4 = data.require;if(Array.isArray(data4)){if(data4.length < 1){const err8 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(func2(data5) < 1){const err9 = {instancePath:instancePath+"/require/" + i0,schemaPath:"#/definitions/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/require/" + i0,schemaPath:"#/definitions/glob/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.accept !== undefined){let data6 = data.accept;if(Array.isArray(data6)){if(data6.length < 1){const err12 = {instancePath:instancePath+"/accept",schemaPath:"#/properties/accept/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(!(((data7 === "success") || (data7 === "neutral")) || (data7 === "skipped"))){const err13 = {instancePath:instancePath+"/accept/" + i1,schemaPath:"#/properties/accept/items/enum",keyword:"enum",params:{allowedValues: schema21.properties.accept.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i2 = data6.length;let j0;if(i2 > 1){outer0:for(;i2--;){for(j0 = i2; j0--;){if(func0(data6[i2], data6[j0])){const err14 = {instancePath:instancePath+"/accept",schemaPath:"#/properties/accept/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break outer0;}}}}}else {const err15 = {instancePath:instancePath+"/accept",schemaPath:"#/properties/accept/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.wait !== undefined){let data8 = data.wait;if(typeof data8 === "string"){if(!pattern0.test(data8)){const err16 = {instancePath:instancePath+"/wait",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/wait",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate15.errors = vErrors;return errors === 0;}const schema28 = {"title":"ApprovalsGate","description":"The pull request has enough approving reviews from the right people.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"approvals"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"min":{"description":"Approving reviews needed (PR author and bots never count). Default 1.","type":"integer","minimum":0,"maximum":50},"from":{"description":"At least one approval must come from these people.","$ref":"#/definitions/people"},"codeowners":{"description":"Every changed file needs an approval from one of its code owners (CODEOWNERS of the base branch).","type":"boolean"},"dismiss-stale":{"description":"Approvals given before the latest push do not count.","type":"boolean"}}};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((((key0 === "type") || (key0 === "title")) || (key0 === "required")) || (key0 === "waivers")) || (key0 === "min")) || (key0 === "from")) || (key0 === "codeowners")) || (key0 === "dismiss-stale"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.type !== undefined){if("approvals" !== data.type){const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "approvals"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(func2(data1) < 1){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err6 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.min !== undefined){let data4 = data.min;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err7 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 50 || isNaN(data4)){const err8 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data4 < 0 || isNaN(data4)){const err9 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.from !== undefined){if(!(validate11(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.codeowners !== undefined){if(typeof data.codeowners !== "boolean"){const err10 = {instancePath:instancePath+"/codeowners",schemaPath:"#/properties/codeowners/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data["dismiss-stale"] !== undefined){if(typeof data["dismiss-stale"] !== "boolean"){const err11 = {instancePath:instancePath+"/dismiss-stale",schemaPath:"#/properties/dismiss-stale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate19.errors = vErrors;return errors === 0;}const schema31 = {"title":"ManualGate","description":"A person from the signoff list comments /signoff <gate-id> on the pull request.","type":"object","additionalProperties":false,"required":["type","signoff"],"properties":{"type":{"const":"manual"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"signoff":{"description":"Who may sign off.","$ref":"#/definitions/people"},"min":{"description":"Distinct people who must sign off. Default 1.","type":"integer","minimum":1,"maximum":20},"dismiss-stale":{"description":"Sign-offs given before the latest push do not count.","type":"boolean"},"instructions":{"description":"Shown under the gate in the comment: what the signer confirms.","type":"string","maxLength":2000}}};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.signoff === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signoff"},message:"must have required property '"+"signoff"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((((((key0 === "type") || (key0 === "title")) || (key0 === "required")) || (key0 === "waivers")) || (key0 === "signoff")) || (key0 === "min")) || (key0 === "dismiss-stale")) || (key0 === "instructions"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){if("manual" !== data.type){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err7 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.signoff !== undefined){if(!(validate11(data.signoff, {instancePath:instancePath+"/signoff",parentData:data,parentDataProperty:"signoff",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.min !== undefined){let data5 = data.min;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err8 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 20 || isNaN(data5)){const err9 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data5 < 1 || isNaN(data5)){const err10 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data["dismiss-stale"] !== undefined){if(typeof data["dismiss-stale"] !== "boolean"){const err11 = {instancePath:instancePath+"/dismiss-stale",schemaPath:"#/properties/dismiss-stale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.instructions !== undefined){let data7 = data.instructions;if(typeof data7 === "string"){if(func2(data7) > 2000){const err12 = {instancePath:instancePath+"/instructions",schemaPath:"#/properties/instructions/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/instructions",schemaPath:"#/properties/instructions/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate23.errors = vErrors;return errors === 0;}const schema34 = {"title":"CoverageGate","description":"Test coverage report meets thresholds.","type":"object","additionalProperties":false,"required":["type","report"],"properties":{"type":{"const":"coverage"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"report":{"description":"Path or glob of coverage reports (lcov, Cobertura, Clover, JaCoCo, istanbul json); several are merged.","$ref":"#/definitions/globs"},"min":{"$ref":"#/definitions/coverageMin"},"paths":{"description":"Per-path thresholds, e.g. payments/** at 95%.","type":"array","minItems":1,"items":{"title":"CoveragePathRule","type":"object","additionalProperties":false,"required":["glob","min"],"properties":{"glob":{"$ref":"#/definitions/glob"},"min":{"$ref":"#/definitions/coverageMin"}}}},"no-drop":{"title":"CoverageNoDrop","description":"Fail when a metric fell by more than tolerance points against a baseline report.","type":"object","additionalProperties":false,"required":["baseline"],"properties":{"baseline":{"$ref":"#/definitions/globs"},"tolerance":{"type":"number","minimum":0,"maximum":100}}},"max-age":{"description":"A report older than this is stale and an error.","$ref":"#/definitions/duration"}}};const func16 = Object.prototype.hasOwnProperty;const schema37 = {"anyOf":[{"$ref":"#/definitions/glob"},{"type":"array","items":{"$ref":"#/definitions/glob"},"minItems":1}]};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(typeof data === "string"){if(func2(data) < 1){const err0 = {instancePath,schemaPath:"#/definitions/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/definitions/glob/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs4 = errors;if(Array.isArray(data)){if(data.length < 1){const err2 = {instancePath,schemaPath:"#/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func2(data0) < 1){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/glob/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs4 === errors;valid0 = valid0 || _valid0;}if(!valid0){const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate29.errors = vErrors;return errors === 0;}const schema40 = {"title":"CoverageMin","type":"object","additionalProperties":false,"minProperties":1,"properties":{"lines":{"$ref":"#/definitions/percent"},"branches":{"$ref":"#/definitions/percent"},"functions":{"$ref":"#/definitions/percent"},"statements":{"$ref":"#/definitions/percent"}}};const schema41 = {"type":"number","minimum":0,"maximum":100};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length < 1){const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((key0 === "lines") || (key0 === "branches")) || (key0 === "functions")) || (key0 === "statements"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.lines !== undefined){let data0 = data.lines;if((typeof data0 == "number") && (isFinite(data0))){if(data0 > 100 || isNaN(data0)){const err2 = {instancePath:instancePath+"/lines",schemaPath:"#/definitions/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0 < 0 || isNaN(data0)){const err3 = {instancePath:instancePath+"/lines",schemaPath:"#/definitions/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/lines",schemaPath:"#/definitions/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.branches !== undefined){let data1 = data.branches;if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 100 || isNaN(data1)){const err5 = {instancePath:instancePath+"/branches",schemaPath:"#/definitions/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data1 < 0 || isNaN(data1)){const err6 = {instancePath:instancePath+"/branches",schemaPath:"#/definitions/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/branches",schemaPath:"#/definitions/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.functions !== undefined){let data2 = data.functions;if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 100 || isNaN(data2)){const err8 = {instancePath:instancePath+"/functions",schemaPath:"#/definitions/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data2 < 0 || isNaN(data2)){const err9 = {instancePath:instancePath+"/functions",schemaPath:"#/definitions/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/functions",schemaPath:"#/definitions/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.statements !== undefined){let data3 = data.statements;if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100 || isNaN(data3)){const err11 = {instancePath:instancePath+"/statements",schemaPath:"#/definitions/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data3 < 0 || isNaN(data3)){const err12 = {instancePath:instancePath+"/statements",schemaPath:"#/definitions/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/statements",schemaPath:"#/definitions/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate31.errors = vErrors;return errors === 0;}function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.report === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "report"},message:"must have required property '"+"report"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func16.call(schema34.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){if("coverage" !== data.type){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "coverage"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err7 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.report !== undefined){if(!(validate29(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.min !== undefined){if(!(validate31(data.min, {instancePath:instancePath+"/min",parentData:data,parentDataProperty:"min",rootData}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}if(data.paths !== undefined){let data6 = data.paths;if(Array.isArray(data6)){if(data6.length < 1){const err8 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.glob === undefined){const err9 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/required",keyword:"required",params:{missingProperty: "glob"},message:"must have required property '"+"glob"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data7.min === undefined){const err10 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key1 in data7){if(!((key1 === "glob") || (key1 === "min"))){const err11 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data7.glob !== undefined){let data8 = data7.glob;if(typeof data8 === "string"){if(func2(data8) < 1){const err12 = {instancePath:instancePath+"/paths/" + i0+"/glob",schemaPath:"#/definitions/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/paths/" + i0+"/glob",schemaPath:"#/definitions/glob/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data7.min !== undefined){if(!(validate31(data7.min, {instancePath:instancePath+"/paths/" + i0+"/min",parentData:data7,parentDataProperty:"min",rootData}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data["no-drop"] !== undefined){let data10 = data["no-drop"];if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.baseline === undefined){const err16 = {instancePath:instancePath+"/no-drop",schemaPath:"#/properties/no-drop/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}for(const key2 in data10){if(!((key2 === "baseline") || (key2 === "tolerance"))){const err17 = {instancePath:instancePath+"/no-drop",schemaPath:"#/properties/no-drop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data10.baseline !== undefined){if(!(validate29(data10.baseline, {instancePath:instancePath+"/no-drop/baseline",parentData:data10,parentDataProperty:"baseline",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data10.tolerance !== undefined){let data12 = data10.tolerance;if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 100 || isNaN(data12)){const err18 = {instancePath:instancePath+"/no-drop/tolerance",schemaPath:"#/properties/no-drop/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data12 < 0 || isNaN(data12)){const err19 = {instancePath:instancePath+"/no-drop/tolerance",schemaPath:"#/properties/no-drop/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/no-drop/tolerance",schemaPath:"#/properties/no-drop/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/no-drop",schemaPath:"#/properties/no-drop/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["max-age"] !== undefined){let data13 = data["max-age"];if(typeof data13 === "string"){if(!pattern0.test(data13)){const err22 = {instancePath:instancePath+"/max-age",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/max-age",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate27.errors = vErrors;return errors === 0;}const schema47 = {"title":"AuditGate","description":"Dependency audit report has no more advisories than allowed.","type":"object","additionalProperties":false,"required":["type","report"],"properties":{"type":{"const":"audit"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"report":{"description":"Path or glob of audit reports (npm, yarn, pnpm, osv-scanner JSON).","$ref":"#/definitions/globs"},"max":{"title":"AuditMax","description":"Most advisories allowed per severity. Default: critical 0, high 0.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"critical":{"$ref":"#/definitions/count"},"high":{"$ref":"#/definitions/count"},"moderate":{"$ref":"#/definitions/count"},"low":{"$ref":"#/definitions/count"},"info":{"$ref":"#/definitions/count"}}},"allow":{"type":"array","items":{"title":"AuditAllow","type":"object","additionalProperties":false,"required":["id","reason"],"properties":{"id":{"description":"Advisory id or alias (GHSA-…, CVE-…, npm advisory number).","type":["string","integer"]},"reason":{"type":"string","minLength":1},"expires":{"description":"YYYY-MM-DD; from this day on the entry no longer counts.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"}}}},"max-age":{"$ref":"#/definitions/duration"},"allow-empty":{"description":"Treat an empty report file as 'no advisories'. yarn 4 (`yarn npm audit --json`) writes nothing when it finds none; every other tool writes JSON. Default false: an empty file is an error.","type":"boolean"}}};const schema50 = {"type":"integer","minimum":0};const pattern10 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.report === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "report"},message:"must have required property '"+"report"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func16.call(schema47.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){if("audit" !== data.type){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "audit"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err7 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.report !== undefined){if(!(validate29(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.max !== undefined){let data5 = data.max;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(Object.keys(data5).length < 1){const err8 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key1 in data5){if(!(((((key1 === "critical") || (key1 === "high")) || (key1 === "moderate")) || (key1 === "low")) || (key1 === "info"))){const err9 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data5.critical !== undefined){let data6 = data5.critical;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err10 = {instancePath:instancePath+"/max/critical",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err11 = {instancePath:instancePath+"/max/critical",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data5.high !== undefined){let data7 = data5.high;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err12 = {instancePath:instancePath+"/max/high",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err13 = {instancePath:instancePath+"/max/high",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data5.moderate !== undefined){let data8 = data5.moderate;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err14 = {instancePath:instancePath+"/max/moderate",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err15 = {instancePath:instancePath+"/max/moderate",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data5.low !== undefined){let data9 = data5.low;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err16 = {instancePath:instancePath+"/max/low",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err17 = {instancePath:instancePath+"/max/low",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data5.info !== undefined){let data10 = data5.info;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err18 = {instancePath:instancePath+"/max/info",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err19 = {instancePath:instancePath+"/max/info",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}}else {const err20 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.allow !== undefined){let data11 = data.allow;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){let data12 = data11[i0];if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.id === undefined){const err21 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data12.reason === undefined){const err22 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key2 in data12){if(!(((key2 === "id") || (key2 === "reason")) || (key2 === "expires"))){const err23 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data12.id !== undefined){let data13 = data12.id;if((typeof data13 !== "string") && (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13))))){const err24 = {instancePath:instancePath+"/allow/" + i0+"/id",schemaPath:"#/properties/allow/items/properties/id/type",keyword:"type",params:{type: schema47.properties.allow.items.properties.id.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data12.reason !== undefined){let data14 = data12.reason;if(typeof data14 === "string"){if(func2(data14) < 1){const err25 = {instancePath:instancePath+"/allow/" + i0+"/reason",schemaPath:"#/properties/allow/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/allow/" + i0+"/reason",schemaPath:"#/properties/allow/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data12.expires !== undefined){let data15 = data12.expires;if(typeof data15 === "string"){if(!pattern10.test(data15)){const err27 = {instancePath:instancePath+"/allow/" + i0+"/expires",schemaPath:"#/properties/allow/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/allow/" + i0+"/expires",schemaPath:"#/properties/allow/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data["max-age"] !== undefined){let data16 = data["max-age"];if(typeof data16 === "string"){if(!pattern0.test(data16)){const err31 = {instancePath:instancePath+"/max-age",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/max-age",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data["allow-empty"] !== undefined){if(typeof data["allow-empty"] !== "boolean"){const err33 = {instancePath:instancePath+"/allow-empty",schemaPath:"#/properties/allow-empty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}validate36.errors = vErrors;return errors === 0;}const schema56 = {"title":"MigrationsGate","description":"Changed migrations are signed off and no migration is pending.","type":"object","additionalProperties":false,"required":["type"],"anyOf":[{"required":["paths"]},{"required":["status"]},{"required":["tool"]}],"properties":{"type":{"const":"migrations"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"paths":{"description":"Migration files; changed ones need a sign-off.","$ref":"#/definitions/globs"},"signoff":{"description":"Who may sign off changed migrations.","$ref":"#/definitions/people"},"dismiss-stale":{"type":"boolean"},"status":{"description":"Command reporting pending migrations; exit 0 means none pending.","type":"string","minLength":1},"tool":{"description":"Preset status command and output reader.","enum":["prisma","knex","node-pg-migrate","django","rails","flyway","atlas"]},"cwd":{"type":"string"},"env":{"$ref":"#/definitions/envMap"},"timeout":{"$ref":"#/definitions/duration"}}};const schema59 = {"type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]}};const pattern12 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.paths === undefined){const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status === undefined){const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.tool === undefined){const err2 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;valid0 = valid0 || _valid0;}}if(!valid0){const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){if(!(func16.call(schema56.properties, key0))){const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.type !== undefined){if("migrations" !== data.type){const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "migrations"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err7 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func2(data1) < 1){const err8 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err10 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.paths !== undefined){if(!(validate29(data.paths, {instancePath:instancePath+"/paths",parentData:data,parentDataProperty:"paths",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.signoff !== undefined){if(!(validate11(data.signoff, {instancePath:instancePath+"/signoff",parentData:data,parentDataProperty:"signoff",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data["dismiss-stale"] !== undefined){if(typeof data["dismiss-stale"] !== "boolean"){const err11 = {instancePath:instancePath+"/dismiss-stale",schemaPath:"#/properties/dismiss-stale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.status !== undefined){let data7 = data.status;if(typeof data7 === "string"){if(func2(data7) < 1){const err12 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.tool !== undefined){let data8 = data.tool;if(!(((((((data8 === "prisma") || (data8 === "knex")) || (data8 === "node-pg-migrate")) || (data8 === "django")) || (data8 === "rails")) || (data8 === "flyway")) || (data8 === "atlas"))){const err14 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/enum",keyword:"enum",params:{allowedValues: schema56.properties.tool.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.cwd !== undefined){if(typeof data.cwd !== "string"){const err15 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.env !== undefined){let data10 = data.env;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key1 in data10){const _errs26 = errors;if(typeof key1 === "string"){if(!pattern12.test(key1)){const err16 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var valid5 = _errs26 === errors;if(!valid5){const err18 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}for(const key2 in data10){let data11 = data10[key2];if(((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))) && (typeof data11 !== "boolean")){const err19 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/envMap/additionalProperties/type",keyword:"type",params:{type: schema59.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.timeout !== undefined){let data12 = data.timeout;if(typeof data12 === "string"){if(!pattern0.test(data12)){const err21 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate40.errors = vErrors;return errors === 0;}const schema61 = {"title":"WindowGate","description":"Deploys only inside allowed windows and outside freezes.","type":"object","additionalProperties":false,"required":["type"],"anyOf":[{"required":["allow"]},{"required":["freeze"]}],"properties":{"type":{"const":"window"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"timezone":{"$ref":"#/definitions/timezone"},"allow":{"description":"Rules like 'mon-thu 09:00-16:00', 'fri 09:00-12:00', 'sat 22:00-02:00' or '*'.","type":"array","minItems":1,"items":{"type":"string","pattern":"^\\s*(\\*|[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?(\\s*,\\s*[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?)*(\\s+\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})?|\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})\\s*$"}},"freeze":{"type":"array","items":{"title":"WindowFreeze","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"YYYY-MM-DD (start of day) or YYYY-MM-DDTHH:MM in the gate's time zone.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"},"to":{"description":"YYYY-MM-DD (end of that day, inclusive) or YYYY-MM-DDTHH:MM (exclusive).","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"},"reason":{"type":"string"}}}},"override":{"description":"Their /signoff <gate-id> lifts the window for this PR.","$ref":"#/definitions/people"}}};const pattern14 = new RegExp("^\\s*(\\*|[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?(\\s*,\\s*[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?)*(\\s+\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})?|\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})\\s*$", "u");const pattern15 = new RegExp("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$", "u");function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.allow === undefined){const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "allow"},message:"must have required property '"+"allow"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.freeze === undefined){const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "freeze"},message:"must have required property '"+"freeze"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;}if(!valid0){const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!((((((((key0 === "type") || (key0 === "title")) || (key0 === "required")) || (key0 === "waivers")) || (key0 === "timezone")) || (key0 === "allow")) || (key0 === "freeze")) || (key0 === "override"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.type !== undefined){if("window" !== data.type){const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "window"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(func2(data1) < 1){const err7 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err9 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.timezone !== undefined){let data4 = data.timezone;if(typeof data4 === "string"){if(func2(data4) < 1){const err10 = {instancePath:instancePath+"/timezone",schemaPath:"#/definitions/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/timezone",schemaPath:"#/definitions/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.allow !== undefined){let data5 = data.allow;if(Array.isArray(data5)){if(data5.length < 1){const err12 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 === "string"){if(!pattern14.test(data6)){const err13 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/pattern",keyword:"pattern",params:{pattern: "^\\s*(\\*|[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?(\\s*,\\s*[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?)*(\\s+\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})?|\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})\\s*$"},message:"must match pattern \""+"^\\s*(\\*|[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?(\\s*,\\s*[A-Za-z]{3}(\\s*-\\s*[A-Za-z]{3})?)*(\\s+\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})?|\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})\\s*$"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.freeze !== undefined){let data7 = data.freeze;if(Array.isArray(data7)){const len1 = data7.length;for(let i1=0; i1<len1; i1++){let data8 = data7[i1];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.from === undefined){const err16 = {instancePath:instancePath+"/freeze/" + i1,schemaPath:"#/properties/freeze/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data8.to === undefined){const err17 = {instancePath:instancePath+"/freeze/" + i1,schemaPath:"#/properties/freeze/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key1 in data8){if(!(((key1 === "from") || (key1 === "to")) || (key1 === "reason"))){const err18 = {instancePath:instancePath+"/freeze/" + i1,schemaPath:"#/properties/freeze/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data8.from !== undefined){let data9 = data8.from;if(typeof data9 === "string"){if(!pattern15.test(data9)){const err19 = {instancePath:instancePath+"/freeze/" + i1+"/from",schemaPath:"#/properties/freeze/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/freeze/" + i1+"/from",schemaPath:"#/properties/freeze/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data8.to !== undefined){let data10 = data8.to;if(typeof data10 === "string"){if(!pattern15.test(data10)){const err21 = {instancePath:instancePath+"/freeze/" + i1+"/to",schemaPath:"#/properties/freeze/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2})?$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/freeze/" + i1+"/to",schemaPath:"#/properties/freeze/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data8.reason !== undefined){if(typeof data8.reason !== "string"){const err23 = {instancePath:instancePath+"/freeze/" + i1+"/reason",schemaPath:"#/properties/freeze/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/freeze/" + i1,schemaPath:"#/properties/freeze/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/freeze",schemaPath:"#/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.override !== undefined){if(!(validate11(data.override, {instancePath:instancePath+"/override",parentData:data,parentDataProperty:"override",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}validate45.errors = vErrors;return errors === 0;}const schema65 = {"title":"HttpGate","description":"An HTTP endpoint answers as expected (health check, smoke test).","type":"object","additionalProperties":false,"required":["type","url"],"properties":{"type":{"const":"http"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"url":{"type":"string","pattern":"^https?://"},"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"]},"headers":{"type":"object","additionalProperties":{"type":"string"}},"body":{"type":"string"},"expect":{"title":"HttpExpect","type":"object","additionalProperties":false,"properties":{"status":{"anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"array","items":{"type":"integer","minimum":100,"maximum":599},"minItems":1}]},"max-ms":{"type":"number","exclusiveMinimum":0},"body-contains":{"type":"string"},"json":{"title":"HttpJsonExpect","type":"object","additionalProperties":false,"required":["path","equals"],"properties":{"path":{"description":"Dot path into the JSON body, e.g. status or checks.0.name.","type":"string"},"equals":{}}}}},"retries":{"type":"integer","minimum":0,"maximum":100},"interval":{"$ref":"#/definitions/duration"},"timeout":{"description":"Per request. Default 10s.","$ref":"#/definitions/duration"},"samples":{"description":"Requests whose p95 latency is compared with max-ms.","type":"integer","minimum":1,"maximum":1000},"follow-redirects":{"type":"boolean"}}};const pattern17 = new RegExp("^https?://", "u");function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.url === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func16.call(schema65.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){if("http" !== data.type){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "http"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err7 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.url !== undefined){let data4 = data.url;if(typeof data4 === "string"){if(!pattern17.test(data4)){const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.method !== undefined){let data5 = data.method;if(!(((((((data5 === "GET") || (data5 === "HEAD")) || (data5 === "POST")) || (data5 === "PUT")) || (data5 === "PATCH")) || (data5 === "DELETE")) || (data5 === "OPTIONS"))){const err10 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema65.properties.method.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.headers !== undefined){let data6 = data.headers;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(typeof data6[key1] !== "string"){const err11 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.body !== undefined){if(typeof data.body !== "string"){const err13 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.expect !== undefined){let data9 = data.expect;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key2 in data9){if(!((((key2 === "status") || (key2 === "max-ms")) || (key2 === "body-contains")) || (key2 === "json"))){const err14 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data9.status !== undefined){let data10 = data9.status;const _errs24 = errors;let valid5 = false;const _errs25 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err15 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 599 || isNaN(data10)){const err16 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data10 < 100 || isNaN(data10)){const err17 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var _valid0 = _errs25 === errors;valid5 = valid5 || _valid0;if(!valid5){const _errs27 = errors;if(Array.isArray(data10)){if(data10.length < 1){const err18 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err19 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/properties/expect/properties/status/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 599 || isNaN(data11)){const err20 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/properties/expect/properties/status/anyOf/1/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data11 < 100 || isNaN(data11)){const err21 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/properties/expect/properties/status/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}else {const err22 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid0 = _errs27 === errors;valid5 = valid5 || _valid0;}if(!valid5){const err23 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}}}if(data9["max-ms"] !== undefined){let data12 = data9["max-ms"];if((typeof data12 == "number") && (isFinite(data12))){if(data12 <= 0 || isNaN(data12)){const err24 = {instancePath:instancePath+"/expect/max-ms",schemaPath:"#/properties/expect/properties/max-ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/expect/max-ms",schemaPath:"#/properties/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data9["body-contains"] !== undefined){if(typeof data9["body-contains"] !== "string"){const err26 = {instancePath:instancePath+"/expect/body-contains",schemaPath:"#/properties/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data9.json !== undefined){let data14 = data9.json;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.path === undefined){const err27 = {instancePath:instancePath+"/expect/json",schemaPath:"#/properties/expect/properties/json/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data14.equals === undefined){const err28 = {instancePath:instancePath+"/expect/json",schemaPath:"#/properties/expect/properties/json/required",keyword:"required",params:{missingProperty: "equals"},message:"must have required property '"+"equals"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}for(const key3 in data14){if(!((key3 === "path") || (key3 === "equals"))){const err29 = {instancePath:instancePath+"/expect/json",schemaPath:"#/properties/expect/properties/json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data14.path !== undefined){if(typeof data14.path !== "string"){const err30 = {instancePath:instancePath+"/expect/json/path",schemaPath:"#/properties/expect/properties/json/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/expect/json",schemaPath:"#/properties/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.retries !== undefined){let data16 = data.retries;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err33 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 100 || isNaN(data16)){const err34 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data16 < 0 || isNaN(data16)){const err35 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data.interval !== undefined){let data17 = data.interval;if(typeof data17 === "string"){if(!pattern0.test(data17)){const err36 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.timeout !== undefined){let data18 = data.timeout;if(typeof data18 === "string"){if(!pattern0.test(data18)){const err38 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.samples !== undefined){let data19 = data.samples;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err40 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 1000 || isNaN(data19)){const err41 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data19 < 1 || isNaN(data19)){const err42 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}if(data["follow-redirects"] !== undefined){if(typeof data["follow-redirects"] !== "boolean"){const err43 = {instancePath:instancePath+"/follow-redirects",schemaPath:"#/properties/follow-redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}validate49.errors = vErrors;return errors === 0;}const schema70 = {"title":"CommandGate","description":"A shell command exits 0.","type":"object","additionalProperties":false,"required":["type","run"],"properties":{"type":{"const":"command"},"title":{"$ref":"#/definitions/gateTitle"},"required":{"$ref":"#/definitions/gateRequired"},"waivers":{"$ref":"#/definitions/gateWaivers"},"run":{"type":"string","minLength":1},"cwd":{"type":"string"},"env":{"$ref":"#/definitions/envMap"},"timeout":{"description":"Default 10m.","$ref":"#/definitions/duration"},"shell":{"description":"Shell to run it with. Default bash (sh when bash is missing).","type":"string"}}};function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.run === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func16.call(schema70.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){if("command" !== data.type){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) > 200){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/gateTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.required !== undefined){if(typeof data.required !== "boolean"){const err7 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/gateRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.waivers !== undefined){if(!(validate16(data.waivers, {instancePath:instancePath+"/waivers",parentData:data,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.run !== undefined){let data4 = data.run;if(typeof data4 === "string"){if(func2(data4) < 1){const err8 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.cwd !== undefined){if(typeof data.cwd !== "string"){const err10 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.env !== undefined){let data6 = data.env;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){const _errs17 = errors;if(typeof key1 === "string"){if(!pattern12.test(key1)){const err11 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var valid4 = _errs17 === errors;if(!valid4){const err13 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}for(const key2 in data6){let data7 = data6[key2];if(((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")){const err14 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/envMap/additionalProperties/type",keyword:"type",params:{type: schema59.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/envMap/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.timeout !== undefined){let data8 = data.timeout;if(typeof data8 === "string"){if(!pattern0.test(data8)){const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.shell !== undefined){if(typeof data.shell !== "string"){const err18 = {instancePath:instancePath+"/shell",schemaPath:"#/properties/shell/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate52.errors = vErrors;return errors === 0;}function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("checks" !== data.type){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err1 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("approvals" !== data.type){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(!(validate19(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err3 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const _errs12 = errors;let valid5 = true;const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("manual" !== data.type){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs15 = errors;if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}var _valid2 = _errs15 === errors;valid5 = _valid2;}if(!valid5){const err5 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const _errs17 = errors;let valid7 = true;const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("coverage" !== data.type){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}var _valid3 = _errs18 === errors;errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}if(_valid3){const _errs20 = errors;if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}var _valid3 = _errs20 === errors;valid7 = _valid3;}if(!valid7){const err7 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const _errs22 = errors;let valid9 = true;const _errs23 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("audit" !== data.type){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}var _valid4 = _errs23 === errors;errors = _errs22;if(vErrors !== null){if(_errs22){vErrors.length = _errs22;}else {vErrors = null;}}if(_valid4){const _errs25 = errors;if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}var _valid4 = _errs25 === errors;valid9 = _valid4;}if(!valid9){const err9 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}const _errs27 = errors;let valid11 = true;const _errs28 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("migrations" !== data.type){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}var _valid5 = _errs28 === errors;errors = _errs27;if(vErrors !== null){if(_errs27){vErrors.length = _errs27;}else {vErrors = null;}}if(_valid5){const _errs30 = errors;if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}var _valid5 = _errs30 === errors;valid11 = _valid5;}if(!valid11){const err11 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}const _errs32 = errors;let valid13 = true;const _errs33 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("window" !== data.type){const err12 = {};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}var _valid6 = _errs33 === errors;errors = _errs32;if(vErrors !== null){if(_errs32){vErrors.length = _errs32;}else {vErrors = null;}}if(_valid6){const _errs35 = errors;if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}var _valid6 = _errs35 === errors;valid13 = _valid6;}if(!valid13){const err13 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const _errs37 = errors;let valid15 = true;const _errs38 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("http" !== data.type){const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}var _valid7 = _errs38 === errors;errors = _errs37;if(vErrors !== null){if(_errs37){vErrors.length = _errs37;}else {vErrors = null;}}if(_valid7){const _errs40 = errors;if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}var _valid7 = _errs40 === errors;valid15 = _valid7;}if(!valid15){const err15 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}const _errs42 = errors;let valid17 = true;const _errs43 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("command" !== data.type){const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}var _valid8 = _errs43 === errors;errors = _errs42;if(vErrors !== null){if(_errs42){vErrors.length = _errs42;}else {vErrors = null;}}if(_valid8){const _errs45 = errors;if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);errors = vErrors.length;}var _valid8 = _errs45 === errors;valid17 = _valid8;}if(!valid17){const err17 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data.type !== undefined){let data9 = data.type;if(!(((((((((data9 === "checks") || (data9 === "approvals")) || (data9 === "manual")) || (data9 === "coverage")) || (data9 === "audit")) || (data9 === "migrations")) || (data9 === "window")) || (data9 === "http")) || (data9 === "command"))){const err19 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema20.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate14.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/shipgate/shipgate/schema/shipgate.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.gates === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "version") || (key0 === "defaults")) || (key0 === "groups")) || (key0 === "environments")) || (key0 === "gates"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((key1 === "wait") || (key1 === "timezone")) || (key1 === "waivers"))){const err4 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.wait !== undefined){let data2 = data1.wait;if(typeof data2 === "string"){if(!pattern0.test(data2)){const err5 = {instancePath:instancePath+"/defaults/wait",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/defaults/wait",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.timezone !== undefined){let data3 = data1.timezone;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/defaults/timezone",schemaPath:"#/definitions/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/defaults/timezone",schemaPath:"#/definitions/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.waivers !== undefined){if(!(validate11(data1.waivers, {instancePath:instancePath+"/defaults/waivers",parentData:data1,parentDataProperty:"waivers",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err9 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.groups !== undefined){let data5 = data.groups;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key2 in data5){const _errs15 = errors;if(typeof key2 === "string"){if(func2(key2) > 64){const err10 = {instancePath:instancePath+"/groups",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!pattern2.test(key2)){const err11 = {instancePath:instancePath+"/groups",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",propertyName:key2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/groups",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var valid4 = _errs15 === errors;if(!valid4){const err13 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}for(const key3 in data5){if(!(validate11(data5[key3], {instancePath:instancePath+"/groups/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key3,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.environments !== undefined){let data7 = data.environments;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key4 in data7){const _errs22 = errors;if(typeof key4 === "string"){if(!pattern3.test(key4)){const err15 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",propertyName:key4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}var valid7 = _errs22 === errors;if(!valid7){const err17 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}for(const key5 in data7){let data8 = data7[key5];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.gates === undefined){const err18 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key6 in data8){if(!((key6 === "gates") || (key6 === "wait"))){const err19 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data8.gates !== undefined){let data9 = data8.gates;if(Array.isArray(data9)){if(data9.length < 1){const err20 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/gates",schemaPath:"#/properties/environments/additionalProperties/properties/gates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(typeof data10 === "string"){if(func2(data10) > 64){const err21 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/gates/" + i0,schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!pattern2.test(data10)){const err22 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/gates/" + i0,schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/gates/" + i0,schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}let i1 = data9.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data9[i1], data9[j0])){const err24 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/gates",schemaPath:"#/properties/environments/additionalProperties/properties/gates/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;break outer0;}}}}}else {const err25 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/gates",schemaPath:"#/properties/environments/additionalProperties/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data8.wait !== undefined){let data11 = data8.wait;if(typeof data11 === "string"){if(!pattern0.test(data11)){const err26 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/wait",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/wait",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.gates !== undefined){let data12 = data.gates;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(Object.keys(data12).length < 1){const err30 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}for(const key7 in data12){const _errs38 = errors;if(typeof key7 === "string"){if(func2(key7) > 64){const err31 = {instancePath:instancePath+"/gates",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key7};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(!pattern2.test(key7)){const err32 = {instancePath:instancePath+"/gates",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",propertyName:key7};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/gates",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key7};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}var valid15 = _errs38 === errors;if(!valid15){const err34 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}for(const key8 in data12){if(!(validate14(data12[key8], {instancePath:instancePath+"/gates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key8,rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}}else {const err35 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}validate10.errors = vErrors;return errors === 0;}
const schema = schema11;


/***/ })

};
