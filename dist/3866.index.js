export const id = 3866;
export const ids = [3866];
export const modules = {

/***/ 2255:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseChecklist = parseChecklist;
exports.slugify = slugify;
exports.repairMojibake = repairMojibake;
/**
 * Reads a team's Markdown deployment checklist into headings and task-list items with stable ids.
 *
 * The Markdown is parsed by micromark (CommonMark + the GFM task-list and table extensions) through
 * mdast-util-from-markdown, so what counts as an item is exactly what GitHub renders as a checkbox:
 * `- [ ]` lines inside fenced or indented code, HTML blocks/comments and tables are not items.
 * Slugs follow GitHub's anchor rules (github-slugger), with two deliberate differences, both so that
 * the ids people type stay short and predictable: leading/trailing hyphens left by removed emoji or
 * numbering punctuation are trimmed (`### 1. Database Setup ✅` → `1-database-setup`), and text that
 * was UTF-8 read as Windows-1252 (`âœ…`, `ðŸš€`) is repaired before slugging, so mojibake emoji are
 * removed like real emoji instead of leaking letters such as `âœ` into the id.
 *
 * This module is loaded only when a config has a `checklist` gate (dynamic import from the gate
 * registry), so the parser costs nothing at start-up otherwise.
 */
const github_slugger_1 = __webpack_require__(2710);
const mdast_util_from_markdown_1 = __webpack_require__(8559);
const mdast_util_gfm_table_1 = __webpack_require__(5256);
const mdast_util_gfm_task_list_item_1 = __webpack_require__(8210);
const micromark_extension_gfm_table_1 = __webpack_require__(9243);
const micromark_extension_gfm_task_list_item_1 = __webpack_require__(577);
const EXPLICIT_ID = /^<!--\s*id:\s*(\S*?)\s*-->$/i;
const VALID_EXPLICIT_ID = /^[a-z0-9_][a-z0-9_-]*(\/[a-z0-9_][a-z0-9_-]*)*$/;
const MAX_DEPTH = 200;
/** Parses a checklist. Never throws: anything unusable is reported in `problems` with its position. */
function parseChecklist(markdown) {
    try {
        return parse(markdown);
    }
    catch (error) {
        // micromark accepts any input; this is a last line of defence (e.g. a stack exhausted by
        // pathological nesting), turned into a positioned problem instead of a crash.
        const reason = error instanceof RangeError
            ? 'the Markdown is nested too deeply to read'
            : 'the Markdown could not be read';
        return { headings: [], items: [], problems: [{ line: 1, column: 1, message: reason }] };
    }
}
/** GitHub's anchor slug of `text`, with mojibake repaired and edge hyphens trimmed. */
function slugify(text) {
    return (0, github_slugger_1.slug)(collapse(repairMojibake(text)))
        .replace(/[\p{C}]/gu, '')
        .replace(/^-+|-+$/g, '');
}
function parse(markdown) {
    const tree = (0, mdast_util_from_markdown_1.fromMarkdown)(markdown, {
        extensions: [(0, micromark_extension_gfm_task_list_item_1.gfmTaskListItem)(), (0, micromark_extension_gfm_table_1.gfmTable)()],
        mdastExtensions: [(0, mdast_util_gfm_task_list_item_1.gfmTaskListItemFromMarkdown)(), (0, mdast_util_gfm_table_1.gfmTableFromMarkdown)()],
    });
    const problems = [];
    const headings = [];
    const drafts = [];
    const headingSlugs = new Map();
    const anchors = new Map();
    const stack = [];
    let current = '';
    let tooDeep = false;
    const followingCode = new Map();
    const onHeading = (node) => {
        const raw = phrasingText(node.children);
        const text = collapse(repairMojibake(raw));
        const slug = unique(slugify(text) || 'section', headingSlugs);
        const anchor = unique((0, github_slugger_1.slug)(raw.trim()), anchors);
        while (stack.length > 0 && stack[stack.length - 1].level >= node.depth)
            stack.pop();
        headings.push({
            slug,
            text,
            anchor,
            level: node.depth,
            line: line(node),
            path: stack.map((h) => h.slug),
        });
        stack.push({ level: node.depth, slug });
        current = slug;
    };
    const onTask = (node, parent) => {
        const first = node.children[0];
        const phrasing = first?.type === 'paragraph' ? first.children : [];
        const text = collapse(repairMojibake(phrasingText(phrasing)));
        let explicit;
        const comment = [
            ...phrasing.filter((c) => c.type === 'html'),
            ...node.children.filter((c) => c.type === 'html'),
        ]
            .map((c) => ({ node: c, match: EXPLICIT_ID.exec(c.value.trim()) }))
            .find((c) => c.match);
        if (comment?.match) {
            const raw = comment.match[1].toLowerCase();
            if (VALID_EXPLICIT_ID.test(raw))
                explicit = raw;
            else
                problems.push({
                    ...position(comment.node),
                    message: `the id "${comment.match[1].slice(0, 60)}" may only use a-z, 0-9, "-", "_" and "/" between parts; the item gets its text-based id`,
                });
        }
        const draft = { node, heading: current, text, line: line(node), parent, explicit, code: [] };
        for (const child of node.children)
            if (child.type === 'code')
                draft.code.push(child.value);
        drafts.push(draft);
        return draft;
    };
    const frames = [{ nodes: tree.children, index: 0, task: undefined, depth: 0 }];
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        if (frame.index >= frame.nodes.length) {
            frames.pop();
            continue;
        }
        const node = frame.nodes[frame.index++];
        if (node.type === 'heading') {
            onHeading(node);
            continue;
        }
        if (node.type === 'list')
            attachFollowingCode(node, frame.nodes, frame.index, followingCode);
        if (node.type === 'code' || node.type === 'html' || node.type === 'table' || !('children' in node))
            continue;
        if (frame.depth >= MAX_DEPTH) {
            if (!tooDeep)
                problems.push({
                    ...position(node),
                    message: `the Markdown is nested more than ${MAX_DEPTH} levels deep here; items below that are not read`,
                });
            tooDeep = true;
            continue;
        }
        let task = frame.task;
        if (node.type === 'listItem' && typeof node.checked === 'boolean')
            task = onTask(node, frame.task);
        if (isPhrasingParent(node))
            continue;
        frames.push({
            nodes: node.children,
            index: 0,
            task,
            depth: frame.depth + 1,
        });
    }
    return { headings, items: assignIds(drafts, headingSlugs, followingCode, problems), problems };
}
/** Code blocks right after a list belong to the list's last task item (a command "for" that step). */
function attachFollowingCode(list, siblings, after, into) {
    const code = [];
    for (let i = after; i < siblings.length && siblings[i].type === 'code'; i++)
        code.push(siblings[i].value);
    if (code.length === 0)
        return;
    const last = list.children[list.children.length - 1];
    if (!last || typeof last.checked !== 'boolean')
        return;
    into.set(last, code);
}
function assignIds(drafts, headingSlugs, followingCode, problems) {
    // Explicit ids are claimed first, so a text-derived id never takes one and an explicit id does not
    // change other items' ids when it is added.
    const taken = new Map();
    for (const slug of headingSlugs.keys())
        taken.set(slug, null);
    for (const draft of drafts) {
        if (draft.explicit === undefined)
            continue;
        const holder = taken.get(draft.explicit);
        if (taken.has(draft.explicit)) {
            problems.push({
                line: draft.line,
                column: column(draft.node),
                message: holder
                    ? `the id "${draft.explicit}" is already used by the item on line ${holder.line}; give each item its own id`
                    : `the id "${draft.explicit}" is already the slug of a heading; choose another id`,
            });
            continue;
        }
        taken.set(draft.explicit, draft);
        draft.id = draft.explicit;
    }
    const scopes = new Map();
    for (const draft of drafts) {
        if (draft.id !== undefined)
            continue;
        const prefix = draft.parent ? draft.parent.id : draft.heading;
        let scope = scopes.get(prefix);
        if (!scope)
            scopes.set(prefix, (scope = new Map()));
        const base = (prefix ? `${prefix}/` : '') + (slugify(draft.text) || 'item');
        let id = base;
        let n = scope.get(base);
        if (n !== undefined || taken.has(id)) {
            n ??= 0;
            do
                id = `${base}-${++n}`;
            while (taken.has(id));
        }
        scope.set(base, n ?? 0);
        taken.set(id, draft);
        draft.id = id;
    }
    return drafts.map((d) => {
        const code = [...d.code, ...(followingCode.get(d.node) ?? [])];
        return {
            id: d.id,
            heading: d.heading,
            text: d.text,
            line: d.line,
            ...(d.parent ? { parent: d.parent.id } : {}),
            explicitId: d.explicit !== undefined && d.id === d.explicit,
            ...(code.length > 0 ? { code } : {}),
        };
    });
}
function unique(base, seen) {
    // GitHub's rule: the second "Database" is "database-1", the third "database-2".
    let slug = base;
    while (seen.has(slug)) {
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        slug = `${base}-${n}`;
    }
    seen.set(slug, 0);
    return slug;
}
function isPhrasingParent(node) {
    return node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
}
function phrasingText(nodes) {
    let out = '';
    const walk = (list, depth) => {
        for (const node of list) {
            if (node.type === 'text' || node.type === 'inlineCode')
                out += node.value;
            else if (node.type === 'break')
                out += ' ';
            else if (node.type === 'image')
                out += node.alt ?? '';
            else if ('children' in node && depth < MAX_DEPTH)
                walk(node.children, depth + 1);
            // html (comments, tags) is not part of the item's text
        }
    };
    walk(nodes, 0);
    return out;
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function line(node) {
    return node.position?.start.line ?? 1;
}
function column(node) {
    return node.position?.start.column ?? 1;
}
function position(node) {
    return { line: line(node), column: column(node) };
}
// Windows-1252's 0x80–0x9F row (WHATWG encoding standard); 0xA0–0xFF equal Latin-1. Spelled out
// because Node's TextDecoder built without full ICU decodes "windows-1252" as Latin-1.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
let cp1252;
/**
 * Undoes UTF-8 that was decoded as Windows-1252 (`âœ…` → `✅`, `ðŸš€` → `🚀`), run by run. A run of
 * non-ASCII characters is treated as mojibake only when its bytes start like a multi-byte UTF-8
 * sequence (lead byte, then a continuation byte), which ordinary accented text ("café", "naïve") never
 * does; bytes that were lost on the way (Windows-1252 has no character for 0x8F, so `🏗` arrives as
 * `ðŸ—`) leave an incomplete sequence, which is dropped rather than shown as letters.
 */
function repairMojibake(text) {
    if (!/[\u0080-\uffff]/.test(text))
        return text;
    if (!cp1252) {
        cp1252 = new Map();
        for (let b = 0x80; b <= 0xff; b++)
            cp1252.set(b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b), b);
    }
    const table = cp1252;
    return text.replace(/[\u0080-\uffff]{2,}/g, (run) => {
        const chars = [...run];
        if (!chars.every((c) => table.has(c)))
            return run;
        const bytes = Uint8Array.from(chars.map((c) => table.get(c)));
        const lead = bytes[0];
        const next = bytes[1];
        if (lead < 0xc2 || lead > 0xf4 || next < 0x80 || next > 0xbf)
            return run;
        return new TextDecoder('utf-8').decode(bytes).replace(/\uFFFD/g, '');
    });
}


/***/ }),

/***/ 5436:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.codeBlocks = codeBlocks;
/**
 * The code blocks of a checklist with the headings above them: init reads variable names and
 * commands from blocks that follow a heading rather than an item ("### 2. Environment Variables"
 * then a block of `NAME=…` lines). Same Markdown parser as the checklist's (mdast); only code nodes
 * are read here, the headings come from the parsed checklist.
 */
const mdast_util_from_markdown_1 = __webpack_require__(8559);
function codeBlocks(markdown, headings) {
    const out = [];
    const bySlug = new Map(headings.map((h) => [h.slug, h]));
    const visit = (node) => {
        if (node.type === 'code') {
            const line = node.position?.start.line ?? 0;
            const above = [...headings].reverse().find((h) => h.line < line);
            const texts = above ? [...above.path.map((s) => bySlug.get(s)?.text ?? s), above.text] : [];
            out.push({ text: node.value ?? '', headings: texts });
            return;
        }
        for (const c of node.children ?? [])
            visit(c);
    };
    visit((0, mdast_util_from_markdown_1.fromMarkdown)(markdown));
    return out;
}


/***/ }),

/***/ 8091:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FALLBACK_GROUP = exports.CHECKLIST_GATE_ID = void 0;
exports.headingTexts = headingTexts;
exports.gateKey = gateKey;
exports.planInit = planInit;
const recognise_js_1 = __webpack_require__(5071);
/** The longest key the checklist gate's `link` map takes (schema/gates/checklist.json). */
const MAX_LINK_KEY = 300;
exports.CHECKLIST_GATE_ID = 'checklist';
exports.FALLBACK_GROUP = 'release-managers';
/** Headings whose items are not checklist items (contacts, notes, references). */
const SKIP_HEADING = /^(?:emergency contacts?|contacts?|contact list|notes?|special notes|references?|resources|links|appendix|glossary|changelog|revision history|document (?:info|history))$/i;
/** Headings whose items can only be done after the deploy: they block until signed off or `/na`. */
const AFTER_DEPLOY = /\bpost[- ]?(?:deploy(?:ment)?|rollback|launch|release)\b|\bafter (?:the )?deploy|\bfirst 24 hours\b|\bpost-mortem\b|\bmaintenance plan\b|\bdebrief\b/i;
/** Texts of the headings above an item, outermost first, then its parent items' texts. */
function headingTexts(checklist, item) {
    const bySlug = new Map(checklist.headings.map((h) => [h.slug, h]));
    const h = bySlug.get(item.heading);
    const out = h ? [...h.path.map((s) => bySlug.get(s)?.text ?? s), h.text] : [];
    const byId = new Map(checklist.items.map((i) => [i.id, i]));
    const parents = [];
    for (let p = item.parent; p; p = byId.get(p)?.parent)
        parents.unshift(byId.get(p)?.text ?? p);
    return [...out, ...parents];
}
/** Headings of `slug` and everything under it. */
function under(checklist, slug) {
    return new Set(checklist.headings.filter((h) => h.slug === slug || h.path.includes(slug)).map((h) => h.slug));
}
/** Canonical form of a gate without its title: two items proposing the same gate share it. */
function gateKey(gate) {
    const { title: _t, ...rest } = gate;
    return stableJson(rest);
}
function stableJson(v) {
    if (Array.isArray(v))
        return `[${v.map(stableJson).join(',')}]`;
    if (v && typeof v === 'object')
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v);
}
function planInit(input) {
    const { checklist } = input;
    const skip = checklist.headings
        .filter((h) => SKIP_HEADING.test(h.text.replace(/[^\p{L}\p{N} -]/gu, '').trim()))
        .map((h) => h.slug);
    const skipped = new Set(skip.flatMap((s) => [...under(checklist, s)]));
    const items = checklist.items.filter((i) => !skipped.has(i.heading));
    const headingSlugs = new Set(checklist.headings.map((h) => h.slug));
    const file = {
        code: input.fileCode,
        migrationTool: input.migrationTool,
        types: input.types,
        checkNames: input.checkNames,
        fallbackGroup: exports.FALLBACK_GROUP,
    };
    const gates = new Map();
    const fill = new Map();
    const byKey = new Map();
    const groups = new Map([[exports.FALLBACK_GROUP, [`@${input.org}/${exports.FALLBACK_GROUP}`]]]);
    const links = new Map();
    const mapped = [];
    const hints = [];
    const dropped = [];
    const freshId = (want) => {
        // Gate ids are typed in `/signoff <id>` like heading slugs: never the same word.
        let id = headingSlugs.has(want) || want === exports.CHECKLIST_GATE_ID ? `${want}-gate` : want;
        for (let n = 2; gates.has(id); n++)
            id = `${want}-${n}`;
        return id;
    };
    for (const item of items) {
        const found = (0, recognise_js_1.recognise)({
            id: item.id,
            text: item.text,
            source: input.lines[item.line - 1] ?? '',
            code: item.code ?? [],
            headings: headingTexts(checklist, item),
        }, file);
        let linked = false;
        for (const r of found) {
            if (r.kind !== 'hint' && item.id.length > MAX_LINK_KEY) {
                // The config cannot name an item id this long (schema/gates/checklist.json): it stays a
                // sign-off item, and the hint says how to make it linkable.
                if (!linked)
                    hints.push({
                        item,
                        hint: {
                            kind: 'hint',
                            type: String(r.gate.type),
                            note: `its id is longer than ${MAX_LINK_KEY} characters: give it a short one with <!-- id: … --> after the item text to link it to a gate`,
                        },
                    });
                break;
            }
            if (r.kind === 'hint') {
                if (!linked)
                    hints.push({ item, hint: r });
                continue;
            }
            const p = r;
            const key = gateKey(p.gate);
            let id = byKey.get(key);
            if (!id) {
                const needed = Object.fromEntries([...new Set([exports.FALLBACK_GROUP, ...p.groups])].map((g) => [
                    g,
                    groups.get(g) ?? [`@${input.org}/${g}`],
                ]));
                const candidate = freshId(p.id);
                // An extra gate (not the item's link) gets a title of its own: the item's text names the other.
                const gate = linked ? { ...p.gate, title: capitalise(p.summary).slice(0, 200) } : p.gate;
                const problem = input.validGate(candidate, gate, needed);
                if (problem) {
                    dropped.push({ item, type: String(p.gate.type), problem });
                    continue;
                }
                id = candidate;
                gates.set(id, gate);
                fill.set(id, p.fill);
                byKey.set(key, id);
                for (const [g, people] of Object.entries(needed))
                    if (!groups.has(g))
                        groups.set(g, people);
            }
            mapped.push({ item, gateId: id, type: String(p.gate.type), summary: p.summary, linked: !linked });
            if (!linked)
                links.set(item.id, id);
            linked = true;
        }
    }
    const afterDeploy = checklist.headings
        .filter((h) => AFTER_DEPLOY.test(h.text) &&
        !skipped.has(h.slug) &&
        !h.path.some((p) => AFTER_DEPLOY.test(checklist.headings.find((x) => x.slug === p)?.text ?? '')))
        .map((heading) => {
        const inside = under(checklist, heading.slug);
        return { heading, items: items.filter((i) => inside.has(i.heading)).length };
    })
        .filter((h) => h.items > 0);
    const checklistGate = {
        type: 'checklist',
        title: 'Deployment checklist',
        file: input.from,
        signoff: { '*': [exports.FALLBACK_GROUP] },
    };
    if (links.size)
        checklistGate.link = Object.fromEntries(links);
    if (skip.length)
        checklistGate.skip = skip;
    checklistGate['dismiss-stale'] = true;
    return {
        from: input.from,
        checklistGate,
        gates,
        fill,
        groups,
        links,
        skip,
        mapped,
        hints,
        dropped,
        afterDeploy,
        skippedItems: checklist.items.length - items.length,
    };
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}


/***/ }),

/***/ 5071:
/***/ ((__unused_webpack_module, exports) => {


/**
 * `shipgate init`'s recognisers: one checklist item (its text, the code blocks that follow it and
 * the headings above it) -> the gates that can check it, or a note on what such a gate would still
 * need, or nothing (the item stays a sign-off item). Pure: no I/O.
 *
 * Hand-written on purpose: no library classifies deployment-checklist phrasing, and the rules must
 * be conservative and explainable. A recogniser proposes a gate only when the item states what the
 * gate checks (a threshold, a URL, a command, a tool); anything it would have to invent that could
 * make a gate pass silently (migration paths, allowed hours, an endpoint) is not invented: the item
 * stays a sign-off and the note says what to add. Values it may guess are the ones whose guess fails
 * closed (a report path that does not exist is an `error`), and they are listed as "to fill in".
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.slugId = slugId;
exports.recognise = recognise;
exports.roleOf = roleOf;
exports.coverageThresholds = coverageThresholds;
exports.migrationToolOf = migrationToolOf;
exports.windowRules = windowRules;
exports.freezePeriods = freezePeriods;
exports.latencyMs = latencyMs;
exports.checkCommand = checkCommand;
exports.assignedVariables = assignedVariables;
const ROLE_WORDS = /\b(lead|leads|officer|manager|owner|engineer|director|admin|administrator|architect|dba|cto|ceo|cfo|ciso|vp|head|reviewer|qa|sre|on-call|compliance|legal|security team|product)\b/i;
/** Inline code spans of an item's text. */
function inlineCode(md) {
    return [...md.matchAll(/`([^`\n]+)`/g)].map((m) => m[1].trim());
}
/** A gate id from free text: lower case, [a-z0-9-], at most 40 characters. */
function slugId(text) {
    const s = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '');
    return /^[a-z0-9]/.test(s) ? s : 'gate';
}
function title(item) {
    const t = item.text
        .replace(/\s+/g, ' ')
        .replace(/\s*_{3,}.*$/, '')
        .replace(/[:\s]+$/, '');
    return (t || 'Checklist item').slice(0, 200);
}
/** All recognitions for an item, gates first in the order they should be linked. */
function recognise(item, file) {
    const out = [];
    const text = item.text.replace(/\s+/g, ' ').trim();
    const lower = text.toLowerCase();
    const context = item.headings.join(' / ').toLowerCase();
    // Items under "Alerts" headings describe alert rules to configure ("High error rates (>5%)",
    // "Failed health checks"), not conditions the deploy must meet.
    const aboutAlerts = /\balert/.test(context) || /^(alert|alerts)\b/.test(lower);
    for (const r of RECOGNISERS) {
        if (aboutAlerts && r.skipUnderAlerts)
            continue;
        const got = r.run(item, text, lower, file);
        if (got)
            out.push(...(Array.isArray(got) ? got : [got]));
    }
    const gates = out.filter((r) => r.kind === 'gate' && file.types.has(String(r.gate.type)));
    for (const g of gates)
        if (!g.gate.title)
            g.gate.title = title(item);
    // A hint for a type the schema does not have says nothing the user can act on today.
    const hints = out.filter((r) => r.kind === 'hint' && (file.types.has(r.type) || r.type === 'command'));
    return [...gates, ...hints];
}
const RECOGNISERS = [
    { name: 'signoff-role', run: signoffRole },
    { name: 'approvals', run: approvals },
    { name: 'tests', run: testsPassing },
    { name: 'coverage', run: coverage },
    { name: 'audit', run: audit },
    { name: 'sarif', run: sarif },
    { name: 'migrations', run: migrations },
    { name: 'window', run: windowGate },
    { name: 'http', run: http, skipUnderAlerts: true },
    { name: 'metric', run: metric, skipUnderAlerts: true },
    { name: 'command', run: command },
    { name: 'env', run: env },
    { name: 'dns', run: dns },
    { name: 'fresh', run: fresh },
];
// --- sign-offs by named roles ------------------------------------------------------------------
/** A role named by the item: "Development Lead: ____ Date: ___", "Approved by the DBA", "QA sign-off". */
function roleOf(text) {
    const patterns = [
        /^([A-Za-z][A-Za-z/&' -]{1,40}?)\s*:\s*_{3,}/,
        /\b(?:approved|signed off|sign-off|signoff|sign off|reviewed and approved)\s+(?:by|from)\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][A-Za-z/&' -]{1,40}?)(?:[.,;(]|$)/i,
        /^(?:the\s+)?([A-Za-z][A-Za-z/&' -]{1,40}?)\s+(?:approval|sign-off|signoff|sign off)\b/i,
    ];
    for (const p of patterns) {
        const m = p.exec(text);
        const role = m?.[1]?.trim();
        if (role && ROLE_WORDS.test(role))
            return role;
    }
    return null;
}
function signoffRole(item, text, _lower, file) {
    const role = roleOf(text);
    if (!role)
        return null;
    const group = slugId(role);
    if (group === file.fallbackGroup)
        return null; // the fallback signs it anyway
    return {
        kind: 'gate',
        id: group,
        gate: { type: 'manual', title: `${role.replace(/\s+/g, ' ')} sign-off`, signoff: [group] },
        summary: `sign-off by the ${group} group`,
        fill: [],
        groups: [group],
    };
}
function approvals(_item, _text, lower) {
    const n = /\b(\d{1,2})\s+(?:approvals?|approving reviews?|reviewers?|code reviews?)\b/.exec(lower);
    const reviewed = /\b(?:code|pr|pull request)\s+(?:review(?:ed)?\s+)?(?:and\s+)?(?:approved|review(?:ed)? and approved)\b/.test(lower) || /\bcode review (?:completed|done|passed)\b/.test(lower);
    if (!n && !reviewed)
        return null;
    const gate = { type: 'approvals', title: '', min: n ? Number(n[1]) : 1 };
    if (/code ?owners?/.test(lower))
        gate.codeowners = true;
    return {
        kind: 'gate',
        id: 'approvals',
        gate,
        summary: `${gate.min} approving review(s)${gate.codeowners ? ' incl. code owners' : ''}`,
        fill: [],
        groups: [],
    };
}
// --- test evidence -------------------------------------------------------------------------------
const COVERAGE_METRIC = {
    line: 'lines',
    lines: 'lines',
    branch: 'branches',
    branches: 'branches',
    function: 'functions',
    functions: 'functions',
    statement: 'statements',
    statements: 'statements',
};
/** "coverage 90%+", "90%+ coverage", "branch coverage >= 80%", "coverage at least 85.5 %". */
function coverageThresholds(lower) {
    if (!/\bcoverage\b/.test(lower))
        return null;
    const min = {};
    const num = String.raw `(\d{1,3}(?:\.\d+)?)\s*%`;
    const before = new RegExp(String.raw `${num}\s*\+?\s*(?:or (?:more|higher|above)\s+)?(?:(line|lines|branch|branches|function|functions|statement|statements)\s+)?(?:test\s+)?coverage`, 'g');
    const after = new RegExp(String.raw `(?:(line|lines|branch|branches|function|functions|statement|statements)\s+)?coverage\s*(?:is\s+|of\s+|at\s+|above\s+|over\s+|at least\s+|>=?\s*|≥\s*|:\s*|(?:must be|should be)\s+(?:at least\s+|above\s+)?)?${num}`, 'g');
    for (const m of lower.matchAll(before))
        min[COVERAGE_METRIC[m[2] ?? 'lines']] = Number(m[1]);
    for (const m of lower.matchAll(after))
        min[COVERAGE_METRIC[m[1] ?? 'lines']] = Number(m[2]);
    for (const [k, v] of Object.entries(min))
        if (!(v >= 0 && v <= 100))
            delete min[k];
    return Object.keys(min).length ? min : null;
}
function coverage(_item, _text, lower) {
    const min = coverageThresholds(lower);
    if (!min) {
        if (/\bcoverage\b/.test(lower) && /\b(met|meets|threshold|target|maintained)\b/.test(lower))
            return {
                kind: 'hint',
                type: 'coverage',
                note: 'a coverage gate needs the threshold, e.g. "coverage 90%+"',
            };
        return null;
    }
    return {
        kind: 'gate',
        id: 'coverage',
        gate: { type: 'coverage', title: '', report: 'coverage/lcov.info', min },
        summary: `coverage ${Object.entries(min)
            .map(([k, v]) => `${k} ≥ ${v}%`)
            .join(', ')}`,
        fill: [
            {
                key: 'report',
                note: 'path of the coverage report your CI job writes (lcov, Cobertura, JaCoCo, istanbul)',
            },
        ],
        groups: [],
    };
}
function testsPassing(_item, _text, lower, file) {
    const passing = /\b(?:tests?|test suites?|specs)\b[^.;]*?\b(?:pass|passing|passes|passed|green|succeed(?:ing|s)?)\b/.test(lower) || /\b(?:ci|build|pipeline|(?<!health )checks)\b[^.;]*?\b(?:green|passing|passes|passed)\b/.test(lower);
    if (!passing)
        return null;
    const out = [];
    const rate = /\(?\b(\d{1,3}(?:\.\d+)?)\s*%\s*(?:pass(?:ing)?|pass rate)?\)?/.exec(lower.replace(/\d{1,3}(?:\.\d+)?\s*%\s*\+?\s*(?:\w+\s+)?coverage/g, ''));
    if (rate && file.types.has('tests') && Number(rate[1]) <= 100) {
        out.push({
            kind: 'gate',
            id: 'test-report',
            gate: { type: 'tests', title: '', report: 'reports/junit.xml', 'min-pass-rate': Number(rate[1]) },
            summary: `JUnit report with a pass rate of at least ${rate[1]}%`,
            fill: [
                {
                    key: 'report',
                    note: 'path of the JUnit XML your test job writes (jest-junit, pytest --junitxml, Surefire)',
                },
            ],
            groups: [],
        });
        return out;
    }
    const names = file.checkNames?.length ? [...file.checkNames] : ['test'];
    out.push({
        kind: 'gate',
        id: 'tests',
        gate: { type: 'checks', title: '', require: names },
        summary: `CI checks ${names.map((n) => `"${n}"`).join(', ')} succeeded`,
        fill: file.checkNames?.length
            ? [{ key: 'require', note: 'the CI jobs found in .github/workflows; keep the ones that run the tests' }]
            : [
                {
                    key: 'require',
                    note: 'names of the CI checks that run the tests (check runs or commit statuses; globs allowed)',
                },
            ],
        groups: [],
    });
    return out;
}
const SEVERITY_WORDS = {
    critical: 'critical',
    high: 'high',
    moderate: 'moderate',
    medium: 'moderate',
    low: 'low',
};
function audit(item, _text, lower) {
    const code = [...inlineCode(item.source), ...item.code].join('\n').toLowerCase();
    const tool = /\b(?:npm|yarn|pnpm)\s+(?:npm\s+)?audit\b|\bosv-scanner\b/.test(code + ' ' + lower);
    const vulns = /\bvulnerabilit(?:y|ies)\b/.test(lower) && !/\bscan/.test(lower);
    const stated = /\b(no|zero|0|without|addressed|resolved|fixed|patched|none)\b/.test(lower);
    if (!tool && !(vulns && stated) && !/\bdependency audit\b/.test(lower))
        return null;
    const max = {};
    const sev = /\b(?:no|zero|0)\s+((?:(?:critical|high|moderate|medium|low)(?:\s*(?:,|or|and|\/)\s*)?)+)\s*(?:severity\s+)?(?:or higher\s+)?(?:vulnerabilit|advisor|issues|cves?)/.exec(lower);
    if (sev)
        for (const w of sev[1].match(/critical|high|moderate|medium|low/g) ?? [])
            max[SEVERITY_WORDS[w]] = 0;
    const gate = { type: 'audit', title: '', report: 'audit.json' };
    if (Object.keys(max).length)
        gate.max = max;
    return {
        kind: 'gate',
        id: 'audit',
        gate,
        summary: `dependency audit: ${Object.keys(max).length
            ? Object.keys(max)
                .map((s) => `no ${s}`)
                .join(', ')
            : 'no critical or high'} advisories`,
        fill: [
            {
                key: 'report',
                note: 'path of the audit JSON the job writes first, e.g. npm audit --json > audit.json',
            },
        ],
        groups: [],
    };
}
function sarif(_item, _text, lower) {
    const scan = /\b(?:security|vulnerability|code|static|sast|dast)\s+(?:scanning|scans?|analysis)\b|\bsast\b|\bcodeql\b|\bsemgrep\b|\btrivy\b/.test(lower);
    if (!scan || !/\b(?:completed|complete|done|passed|passing|clean|no\b|performed|run)\b/.test(lower))
        return null;
    return {
        kind: 'gate',
        id: 'scan',
        gate: { type: 'sarif', title: '', report: 'results.sarif' },
        summary: 'SARIF scan results within limits',
        fill: [
            { key: 'report', note: 'path of the SARIF file your scanner writes (CodeQL, Semgrep, Trivy, ESLint)' },
        ],
        groups: [],
    };
}
// --- migrations, windows -----------------------------------------------------------------------
const TOOL_PATTERNS = [
    ['prisma', /\bprisma\s+(?:migrate|db)\b|\bprisma\/migrations\b|\bprisma schema\b/i],
    ['knex', /\bknex\s+migrate\b|\bknexfile\b/i],
    ['node-pg-migrate', /\bnode-pg-migrate\b/i],
    ['django', /\bmanage\.py\s+(?:migrate|showmigrations)\b|\bdjango\b/i],
    ['rails', /\b(?:rails|rake)\s+db:migrate\b/i],
    ['flyway', /\bflyway\b/i],
    ['atlas', /\batlas\s+migrate\b/i],
];
/** The migration tool a whole checklist names, when it names exactly one. */
function migrationToolOf(markdown) {
    const found = TOOL_PATTERNS.filter(([, p]) => p.test(markdown)).map(([t]) => t);
    return found.length === 1 ? found[0] : undefined;
}
function migrations(item, _text, lower, file) {
    if (!/\bmigrations?\b/.test(lower))
        return null;
    if (!/\b(?:applied|apply|pending|executed|execute|deployed|up[- ]to[- ]date)\b/.test(lower))
        return null;
    if (/\b(?:rollback|roll back|revert|rolled back|created|written|tested on)\b/.test(lower))
        return null;
    const status = item.code
        .flatMap((c) => c.split('\n'))
        .map((l) => l.trim())
        .find((l) => /\bmigrat\w*[:\s]+status\b|\bshowmigrations\b/.test(l) && !l.startsWith('#'));
    if (file.migrationTool)
        return {
            kind: 'gate',
            id: 'migrations',
            gate: { type: 'migrations', title: '', tool: file.migrationTool },
            summary: `no pending migrations (${file.migrationTool} status)`,
            fill: [
                {
                    key: 'tool',
                    note: `runs ${file.migrationTool}'s status command: the job needs the database URL in its env`,
                },
            ],
            groups: [],
        };
    if (status)
        return {
            kind: 'gate',
            id: 'migrations',
            gate: { type: 'migrations', title: '', status },
            summary: `no pending migrations (${status} exits 0)`,
            fill: [],
            groups: [],
        };
    return {
        kind: 'hint',
        type: 'migrations',
        note: 'a migrations gate needs your tool (tool: prisma, knex, django, rails, flyway, atlas, node-pg-migrate) or a status command',
    };
}
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Allowed windows stated in the text: "Mon-Thu 09:00-16:00", "saturday 22:00 - 02:00". */
function windowRules(lower) {
    const day = String.raw `(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
    const time = String.raw `(\d{1,2}:\d{2})`;
    const re = new RegExp(String.raw `\b${day}(?:\s*(?:-|–|to|through)\s*${day})?\s*,?\s+(?:from\s+)?${time}\s*(?:-|–|to|until)\s*${time}`, 'g');
    const out = [];
    for (const m of lower.matchAll(re)) {
        if (!DAYS.includes(m[1]) || (m[2] && !DAYS.includes(m[2])))
            continue;
        const pad = (t) => t.padStart(5, '0');
        out.push(`${m[1]}${m[2] ? `-${m[2]}` : ''} ${pad(m[3])}-${pad(m[4])}`);
    }
    return out;
}
/** Freeze periods: "from 2026-12-20 to 2027-01-04", "2026-12-20 – 2027-01-04". */
function freezePeriods(lower) {
    const d = String.raw `(\d{4}-\d{2}-\d{2})`;
    const re = new RegExp(String.raw `${d}\s*(?:-|–|—|to|until|through)\s*${d}`, 'g');
    return [...lower.matchAll(re)].map((m) => ({ from: m[1], to: m[2] })).filter((p) => p.from <= p.to);
}
function timeZoneOf(text) {
    const iana = /\b([A-Z][a-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)\b/.exec(text)?.[1];
    const zone = iana ?? (/\b(UTC|GMT)\b/.test(text) ? 'UTC' : undefined);
    if (!zone)
        return undefined;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return zone;
    }
    catch {
        return undefined;
    }
}
function windowGate(_item, text, lower) {
    if (!/\b(?:code|change|deploy(?:ment)?|release)\s+freeze\b|\bfreeze\b|(?<!\bof\s)\b(?:maintenance|deploy(?:ment)?|release|change)\s+window\b/.test(lower))
        return null;
    const allow = windowRules(lower);
    const freeze = freezePeriods(lower).map((p) => ({ ...p, reason: text.slice(0, 120) }));
    if (!allow.length && !freeze.length)
        return {
            kind: 'hint',
            type: 'window',
            note: 'a window gate needs the allowed hours ("mon-thu 09:00-16:00") or the freeze dates (2026-12-20 to 2027-01-04)',
        };
    const gate = { type: 'window', title: '' };
    const zone = timeZoneOf(text);
    if (zone)
        gate.timezone = zone;
    if (allow.length)
        gate.allow = allow;
    if (freeze.length)
        gate.freeze = freeze;
    return {
        kind: 'gate',
        id: freeze.length && !allow.length ? 'freeze' : 'window',
        gate,
        summary: [
            allow.length ? `deploys only ${allow.join(', ')}` : '',
            freeze.length ? `frozen ${freeze.map((f) => `${f.from}–${f.to}`).join(', ')}` : '',
        ]
            .filter(Boolean)
            .join('; ') + (zone ? ` (${zone})` : ''),
        fill: zone
            ? []
            : [
                {
                    key: 'timezone',
                    note: 'time zone of the window (IANA name, e.g. Europe/Berlin); UTC when unset',
                },
            ],
        groups: [],
    };
}
// --- running system ----------------------------------------------------------------------------
/** A latency budget: "< 500ms", "under 2s", "within 300 ms", "response time < 0.5 s". */
function latencyMs(lower) {
    const m = /(?:<=?|≤|under|below|within|less than|at most|max(?:imum)?)\s*(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|sec|secs|seconds?)\b/.exec(lower);
    if (!m)
        return null;
    const n = Number(m[1]);
    const ms = m[2].startsWith('m') ? n : n * 1000;
    return ms > 0 ? ms : null;
}
function urlsIn(item) {
    const all = [item.source, ...item.code].join('\n');
    return [...all.matchAll(/\bhttps?:\/\/[^\s`'"<>)\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}
function http(item, _text, lower) {
    const health = /\bhealth\s*(?:checks?|endpoints?|status)?\b.*\b(?:pass|passing|green|ok|healthy|respond|responding|200|up)\b|\bhealthy\b|\bhealth check\b/.test(lower);
    const responding = /\b(?:endpoints?|api|site|service|app|application|url|server|homepage)\b[^.;]*\b(?:respond(?:s|ing)?|reachable|up|available|returns?|answer(?:s|ing)?)\b/.test(lower);
    const smoke = /\bsmoke tests?\b/.test(lower);
    const maxMs = /\b(?:latency|response times?|p9\d|percentile|ttfb|respond(?:s|ing)?|answers?|loads?)\b/.test(lower)
        ? latencyMs(lower)
        : null;
    if (!health && !responding && !smoke && maxMs === null)
        return null;
    const url = urlsIn(item)[0];
    if (!url) {
        const path = /(?:^|\s)(\/[a-z0-9_\-/.*]+)/.exec(lower)?.[1];
        return {
            kind: 'hint',
            type: 'http',
            note: `an http gate needs the full URL${path ? ` of ${path}` : ''}${maxMs !== null ? ` (max-ms: ${maxMs})` : ''}`,
        };
    }
    const expect = {};
    const status = /\b(?:status|returns?|http|answers?|responds? with)\s*(?:code\s*)?([1-5]\d\d)\b/.exec(lower)?.[1];
    if (status)
        expect.status = Number(status);
    if (maxMs !== null)
        expect['max-ms'] = maxMs;
    const gate = { type: 'http', title: '', url };
    if (Object.keys(expect).length)
        gate.expect = expect;
    // "p95" / "95th percentile": several requests, their p95 compared with max-ms.
    if (maxMs !== null && /\bp9\d\b|\b9\dth percentile\b/.test(lower))
        gate.samples = 20;
    return {
        kind: 'gate',
        id: maxMs !== null ? 'latency' : smoke ? 'smoke' : 'health',
        gate,
        summary: `${url} answers${status ? ` ${status}` : ''}${maxMs !== null ? ` within ${maxMs} ms${gate.samples ? ' (p95 of 20)' : ''}` : ''}`,
        fill: [],
        groups: [],
    };
}
function metric(_item, _text, lower) {
    const m = /\b(error rate|failure rate|cpu(?: usage)?|memory(?: usage)?|uptime|throughput|latency|response time)\b[^.;]*?(<|>|≤|≥|below|above|under|over)\s*(\d+(?:\.\d+)?)\s*(%|ms|s)?/.exec(lower);
    if (!m)
        return null;
    return {
        kind: 'hint',
        type: 'metric',
        note: `a metric gate (after the deploy, in an environment's verify list) needs a Prometheus URL and query for ${m[1]} ${m[2]} ${m[3]}${m[4] ?? ''}`,
    };
}
// Commands that only look (tests, linters, type checks, status reads): safe to run as a gate.
const CHECK_COMMAND = /^(?:(?:npx|pnpm|yarn|bunx)\s+)?(?:(?:npm|pnpm|yarn)\s+(?:run\s+)?(?:test|lint|check|typecheck|type-check|verify|audit)\b|tsc\b.*--noEmit|eslint\b|prettier\b.*--check|jest\b|vitest\b|pytest\b|python3?\s+-m\s+pytest\b|go\s+(?:test|vet)\b|cargo\s+(?:test|clippy|check)\b|mvn\s+(?:-\S+\s+)*(?:test|verify)\b|\.\/gradlew\s+(?:test|check)\b|gradle\s+(?:test|check)\b|make\s+(?:test|check|lint)\b|terraform\s+(?:validate|plan)\b|prisma\s+(?:migrate\s+status|validate)\b|curl\s+(?:-[a-zA-Z]+\s+)*https?:\/\/|shellcheck\b|ruff\b|mypy\b)/;
// Words that make a command an action, never a check.
const ACTION_WORDS = /\b(?:deploy|apply|push|publish|release|rm|drop|delete|destroy|seed|reset|install|kill|restart|scale|rollout)\b|\bmigrate\s+(?:deploy|up|dev|latest)\b|(?:^|\s)-X\s*(?:POST|PUT|DELETE|PATCH)\b|>\s*\S/;
/** The check command in a line, or null when it is not one shipgate should run. */
function checkCommand(line) {
    const l = line.trim().replace(/^\$\s+/, '');
    if (!l || l.startsWith('#'))
        return null;
    if (ACTION_WORDS.test(l))
        return null;
    // One plain command: chaining, pipes, substitution and redirection could hide anything after a
    // harmless start (`npm test && curl … | sh`).
    if (/[;&|`<>\n]|\$\(/.test(l))
        return null;
    return CHECK_COMMAND.test(l) ? l : null;
}
function commandId(run) {
    if (/\btsc\b|typecheck|type-check/.test(run))
        return 'typecheck';
    if (/\blint|eslint|ruff|clippy|shellcheck|prettier/.test(run))
        return 'lint';
    if (/\bcurl\b/.test(run))
        return 'curl';
    if (/\btest|jest|vitest|pytest/.test(run))
        return 'test-command';
    return 'command';
}
function command(item, _text, lower) {
    const candidates = [...inlineCode(item.source)];
    for (const block of item.code) {
        const lines = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
        // A block is a gate only when every line of it is a check; else it is a procedure.
        if (lines.length && lines.every((l) => checkCommand(l)))
            candidates.push(lines.map((l) => l.trim().replace(/^\$\s+/, '')).join(' && '));
        else if (lines.length)
            return {
                kind: 'hint',
                type: 'command',
                note: `the code block is not run as a gate: it is not only checks (${lines[0].trim().slice(0, 60)})`,
            };
    }
    const run = candidates.find((c) => c.split(' && ').every((p) => checkCommand(p)));
    if (run)
        return {
            kind: 'gate',
            id: commandId(run),
            gate: { type: 'command', title: '', run },
            summary: `\`${run}\` exits 0`,
            fill: [],
            groups: [],
        };
    if (/\btypescript\b.*\b(?:compil\w*|type)\b.*\b(?:errors?\s+(?:resolved|fixed)|passes|clean|no errors)\b|\btype[- ]?check(?:s|ing)?\s+(?:pass|passes|passing|clean)\b/.test(lower))
        return {
            kind: 'gate',
            id: 'typecheck',
            gate: { type: 'command', title: '', run: 'npx tsc --noEmit' },
            summary: '`npx tsc --noEmit` exits 0',
            fill: [{ key: 'run', note: 'the type check of your project (runs in the job, after npm ci)' }],
            groups: [],
        };
    return null;
}
// --- issue 11: env, dns, fresh -------------------------------------------------------------------
/**
 * Variables assigned in shell/dotenv code (`NAME=…`, `export NAME=…`), without those under a
 * comment saying they are optional.
 */
function assignedVariables(code) {
    const out = [];
    let optional = false;
    for (const raw of code.split('\n')) {
        const line = raw.trim();
        if (line.startsWith('#')) {
            if (/\boptional\b/i.test(line))
                optional = true;
            else if (/\brequired\b/i.test(line))
                optional = false;
            continue;
        }
        const m = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=/.exec(line);
        if (m && !optional && !out.includes(m[1]))
            out.push(m[1]);
    }
    return out;
}
function env(item, _text, lower, file) {
    if (!/\b(?:environment variables?|env(?:ironment)? vars?|\.env(?:\.\w+)?)\b/.test(lower))
        return null;
    if (!/\b(?:set|configured|validated|defined|present|secured|provided|in place|added)\b/.test(lower))
        return null;
    let names = item.code.flatMap((c) => assignedVariables(c));
    if (!names.length)
        names = file.code
            .filter((c) => /\benv|variables?|config/i.test(c.headings.join(' ')))
            .flatMap((c) => assignedVariables(c.text));
    names = [...new Set(names)];
    if (!names.length)
        return {
            kind: 'hint',
            type: 'env',
            note: 'an env gate needs the variable names (require: [DATABASE_URL, …])',
        };
    return {
        kind: 'gate',
        id: 'env',
        gate: { type: 'env', title: '', require: names, placeholders: 'default' },
        summary: `set and not placeholders: ${names.join(', ')}`,
        fill: [
            {
                key: 'require',
                note: 'pass these into the shipgate step from your GitHub environment (env: NAME: ${{ secrets.NAME }})',
            },
        ],
        groups: [],
    };
}
function dns(item, text, lower) {
    if (!/\bdns\b/.test(lower))
        return null;
    const host = /\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,})\b/i.exec([text, ...item.code].join(' ').replace(/https?:\/\//g, ''))?.[1];
    if (!host || /\.(?:md|ts|js|json|ya?ml|tsx|env)$/i.test(host))
        return { kind: 'hint', type: 'dns', note: 'a dns gate needs the host name (name: app.example.com)' };
    return {
        kind: 'gate',
        id: 'dns',
        gate: { type: 'dns', title: '', name: host.toLowerCase() },
        summary: `${host} resolves`,
        fill: [],
        groups: [],
    };
}
function fresh(_item, _text, lower) {
    if (!/\bbackups?\b/.test(lower) ||
        !/\b(?:verified|verification|completed|successful|taken|tested|confirm)\b/.test(lower))
        return null;
    const age = /\b(?:within|in the last|last|under|<)\s*(\d+)\s*(h|hours?|d|days?)\b/.exec(lower);
    const maxAge = age ? `${age[1]}${age[2].startsWith('h') ? 'h' : 'd'}` : null;
    return {
        kind: 'hint',
        type: 'fresh',
        note: `a fresh gate${maxAge ? ` (max-age: ${maxAge})` : ''} needs where the backup time can be read (a file, a JSON URL or a command)${maxAge ? '' : ' and a max-age'}`,
    };
}


/***/ }),

/***/ 3866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runInit = runInit;
__webpack_unused_export__ = ciJobNames;
/**
 * `shipgate init --from CHECKLIST [--out CONFIG] [--dry-run]`: reads the team's checklist, writes
 * (or updates) the config that checks it, and says what it mapped and what is left to fill in.
 */
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const yaml_1 = __webpack_require__(8815);
const parse_js_1 = __webpack_require__(2255);
const load_config_js_1 = __webpack_require__(6943);
const errors_js_1 = __webpack_require__(3916);
const registry_js_1 = __webpack_require__(8921);
const code_blocks_js_1 = __webpack_require__(5436);
const plan_js_1 = __webpack_require__(8091);
const recognise_js_1 = __webpack_require__(5071);
const write_config_js_1 = __webpack_require__(5672);
const MAX_BYTES = 2 * 1024 * 1024;
function runInit(o) {
    const abs = (0, node_path_1.resolve)(o.userCwd, o.from);
    const rel = (0, node_path_1.relative)(o.root, abs);
    if (rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        throw new errors_js_1.UserError(`${o.from} is outside the repository (${o.root}); the checklist gate reads the file from the repository, so it must be inside it`);
    const from = rel.split(node_path_1.sep).join('/');
    let markdown;
    try {
        markdown = (0, node_fs_1.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        throw new errors_js_1.UserError(`cannot read the checklist ${o.from}: ${e.code === 'ENOENT' ? 'no such file' : (0, errors_js_1.errorMessage)(e)}`);
    }
    if (markdown.length > MAX_BYTES)
        throw new errors_js_1.UserError(`${o.from} is larger than 2 MiB; it cannot be a checklist`);
    const checklist = (0, parse_js_1.parseChecklist)(markdown);
    if (checklist.problems.length)
        throw new errors_js_1.UserError(checklist.problems.map((p) => `${from}:${p.line}:${p.column}: ${p.message}`).join('\n') +
            '\nfix the checklist, then run init again (nothing was written)');
    if (!checklist.items.length)
        throw new errors_js_1.UserError(`${from} has no checklist items (\`- [ ] …\` lines under headings); nothing to build a checklist gate from`);
    const types = new Set(Object.keys(registry_js_1.GATES));
    const plan = (0, plan_js_1.planInit)({
        from,
        checklist,
        lines: markdown.split(/\r?\n/),
        fileCode: (0, code_blocks_js_1.codeBlocks)(markdown, checklist.headings),
        migrationTool: (0, recognise_js_1.migrationToolOf)(markdown),
        types,
        checkNames: ciJobNames(o.root),
        org: orgOf(o.root, o.env),
        validGate: (id, gate, groups) => {
            try {
                (0, load_config_js_1.parseConfig)((0, yaml_1.stringify)({ version: 1, groups, gates: { [id]: gate } }), 'proposal');
                return null;
            }
            catch (e) {
                return e instanceof load_config_js_1.ConfigError ? e.problems.map((p) => p.message).join('; ') : (0, errors_js_1.errorMessage)(e);
            }
        },
    });
    const outAbs = (0, node_path_1.resolve)(o.root, o.out);
    const exists = (0, node_fs_1.existsSync)(outAbs);
    let text;
    let changes = [];
    if (exists) {
        const merged = (0, write_config_js_1.mergeInto)((0, node_fs_1.readFileSync)(outAbs, 'utf8'), o.out, plan, checklist);
        if (!merged.ok)
            return {
                code: 2,
                stdout: '',
                stderr: `shipgate init: refused to update ${o.out}:\n${merged.reason}\n`,
            };
        text = merged.text;
        changes = merged.changes;
    }
    else
        text = (0, write_config_js_1.renderNew)(plan);
    // Whatever is written must load: a config init cannot make valid is not written at all.
    try {
        (0, load_config_js_1.parseConfig)(text, o.out);
    }
    catch (e) {
        const why = e instanceof load_config_js_1.ConfigError ? e.message : (0, errors_js_1.errorMessage)(e);
        return {
            code: 2,
            stdout: '',
            stderr: `shipgate init: refused to write ${o.out}: the result would not be a valid config:\n${why}\n${exists ? `fix ${o.out} (or move it away), then run init again` : 'this is a bug in shipgate init; please report it'}\n`,
        };
    }
    const unchanged = exists && (0, node_fs_1.readFileSync)(outAbs, 'utf8') === text;
    if (!o.dryRun && !unchanged) {
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(outAbs), { recursive: true });
        (0, node_fs_1.writeFileSync)(outAbs, text);
    }
    const report = describe(plan, checklist.items.length, checklist.headings.length, {
        out: o.out,
        exists,
        unchanged,
        dryRun: o.dryRun,
        changes,
        config: (0, yaml_1.parse)(text),
    });
    return { code: 0, stdout: (o.dryRun ? text + '\n' : '') + report, stderr: '' };
}
function describe(plan, itemCount, headingCount, w) {
    const lines = [];
    const gateCount = plan.gates.size;
    lines.push(`Read ${plan.from}: ${itemCount} items under ${headingCount} headings.`);
    if (w.dryRun)
        lines.push(`Dry run: ${w.out} was not written.`);
    else if (w.unchanged)
        lines.push(`${w.out} is up to date: nothing to change.`);
    else if (w.exists)
        lines.push(`Updated ${w.out}:`, ...w.changes.map((c) => `  - ${c}`));
    else
        lines.push(`Wrote ${w.out}: the checklist gate "${plan_js_1.CHECKLIST_GATE_ID}" and ${gateCount} gate${gateCount === 1 ? '' : 's'} for the items it recognised.`);
    // From the config as written: after a re-run, the user's own links and removals count.
    const cg = Object.values(w.config.gates ?? {}).find((g) => g.type === 'checklist' && g.file === plan.from);
    const links = Object.entries((cg?.link ?? {}));
    lines.push('', `Checked by a gate (${links.length} item${links.length === 1 ? '' : 's'}):`);
    if (!links.length)
        lines.push('  (none recognised: every item is signed off by a person)');
    for (const [item, gate] of links) {
        const m = plan.mapped.find((x) => x.linked && x.item.id === item && x.gateId === gate);
        lines.push(`  ${item}\n      -> ${gate} (${String(w.config.gates?.[gate]?.type)})${m ? `: ${m.summary}` : ''}`);
        for (const extra of plan.mapped.filter((x) => !x.linked && x.item.id === item && w.config.gates?.[x.gateId]))
            lines.push(`      + ${extra.gateId} (${extra.type}): ${extra.summary}`);
    }
    const linked = links;
    const people = itemCount - plan.skippedItems - linked.length;
    lines.push('', `Signed off on the pull request (${people} item${people === 1 ? '' : 's'}): by ${plan_js_1.FALLBACK_GROUP} unless gates.${plan_js_1.CHECKLIST_GATE_ID}.signoff names other people for a heading;`, '  they type /signoff <heading-slug> or /signoff <item-id>, or /na <id> <reason>.');
    if (plan.skip.length)
        lines.push(`Skipped headings (not checklist items): ${plan.skip.join(', ')}${plan.skippedItems ? ` (${plan.skippedItems} items)` : ''}.`);
    const fill = [];
    for (const [g, people] of Object.entries(w.config.groups ?? {}))
        if (people.some((p) => p.startsWith('@your-org/') || plan.groups.get(g)?.includes(p)))
            fill.push(`groups.${g}: who ${g === plan_js_1.FALLBACK_GROUP ? 'signs off checklist items' : `signs off as ${g.replace(/-/g, ' ')}`} (now ${people.join(', ')})`);
    // What init guessed and the user has not changed yet.
    for (const [id, fills] of plan.fill)
        for (const f of fills)
            if (JSON.stringify(w.config.gates?.[id]?.[f.key]) === JSON.stringify(plan.gates.get(id)?.[f.key]))
                fill.push(`gates.${id}.${f.key}: ${f.note}`);
    if (fill.length)
        lines.push('', 'Fill in (marked "fill in" in the config):', ...fill.map((f) => `  - ${f}`));
    if (plan.hints.length || plan.dropped.length) {
        lines.push('', 'Could be checked by a gate, but the checklist does not say enough (they stay sign-off items):');
        for (const h of plan.hints)
            lines.push(`  - ${h.item.id}: ${h.hint.note}`);
        for (const d of plan.dropped)
            lines.push(`  - ${d.item.id}: no ${d.type} gate, it would not be valid: ${d.problem}`);
    }
    if (plan.afterDeploy.length) {
        lines.push('', 'Only possible after the deploy (they block it until signed off or marked not applicable):');
        for (const a of plan.afterDeploy)
            lines.push(`  - ${a.heading.text} (${a.items} items): /na ${a.heading.slug} <reason>, or add ${a.heading.slug} to skip`);
    }
    lines.push('', `Next: fill in the above, commit ${w.out}, and run \`shipgate validate\`.`);
    return lines.join('\n') + '\n';
}
/**
 * Check-run names of the project's CI jobs (`.github/workflows/*.yml`): a job's `name`, else its
 * id; matrix jobs as `name (*)`; jobs that run shipgate itself are left out (waiting for them would
 * wait for itself).
 */
function ciJobNames(root) {
    const dir = (0, node_path_1.join)(root, '.github', 'workflows');
    let files;
    try {
        files = (0, node_fs_1.readdirSync)(dir).filter((f) => /\.ya?ml$/.test(f));
    }
    catch {
        return undefined;
    }
    const names = [];
    for (const f of files.sort()) {
        let wf;
        try {
            wf = (0, yaml_1.parse)((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, f), 'utf8'));
        }
        catch {
            continue; // a broken workflow is not init's business
        }
        for (const [id, job] of Object.entries(wf?.jobs ?? {})) {
            if (!job || typeof job !== 'object')
                continue;
            if ((job.steps ?? []).some((s) => typeof s?.uses === 'string' && /shipgate|^\.\/?$/.test(s.uses)))
                continue;
            let name = typeof job.name === 'string' ? job.name.replace(/\$\{\{[^}]*\}\}/g, '*') : id;
            if (job.strategy?.matrix && typeof job.name !== 'string')
                name = `${name} (*)`;
            if (!names.includes(name))
                names.push(name);
        }
    }
    return names.length ? names : undefined;
}
/** The GitHub organisation of the repository (for placeholder teams), or `your-org`. */
function orgOf(root, env) {
    const fromEnv = env.GITHUB_REPOSITORY?.split('/')[0];
    if (fromEnv && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(fromEnv))
        return fromEnv;
    const r = (0, node_child_process_1.spawnSync)('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8', timeout: 5000 });
    const m = /github\.com[:/]([A-Za-z0-9][A-Za-z0-9-]*)\//.exec(r.stdout ?? '');
    return m?.[1] ?? 'your-org';
}


/***/ }),

/***/ 5672:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderNew = renderNew;
exports.mergeInto = mergeInto;
/**
 * `shipgate init`, YAML part: writes a plan as a new config, or folds it into an existing one.
 * The existing config is edited through yaml's Document API, so everything the user wrote (people,
 * options, comments, order, quoting) stays as it is; only links, gates and groups init owns change.
 * Pure: text in, text out.
 */
const yaml_1 = __webpack_require__(8815);
const load_config_js_1 = __webpack_require__(6943);
const plan_js_1 = __webpack_require__(8091);
const HEADER = (from) => ` shipgate config, generated by \`shipgate init --from ${from}\`.\n` +
    ` Fill in what is marked "fill in", then run \`shipgate validate\`.\n` +
    ` After editing the checklist, run init again: it keeps your edits to people and options.`;
/** The plan as a new config file. */
function renderNew(plan) {
    const gates = { [plan_js_1.CHECKLIST_GATE_ID]: plan.checklistGate };
    for (const [id, g] of plan.gates)
        gates[id] = g;
    const doc = new yaml_1.Document({ version: 1, groups: Object.fromEntries(plan.groups), gates });
    doc.commentBefore = HEADER(plan.from);
    for (const g of plan.groups.keys())
        groupComment(doc, g);
    for (const [id, fills] of plan.fill)
        fillComments(doc, id, fills);
    const sign = doc.getIn(['gates', plan_js_1.CHECKLIST_GATE_ID, 'signoff'], true);
    if (sign)
        sign.commentBefore =
            ' who signs off what: heading slugs (or item ids); the most specific wins; "*" is everything else';
    const link = doc.getIn(['gates', plan_js_1.CHECKLIST_GATE_ID, 'link'], true);
    if (link)
        link.commentBefore =
            ' items a gate checks instead of a person. To have a person sign one off instead, remove its line\n and give the item its own signoff entry (init then leaves it alone).';
    flowScalarLists(doc.contents);
    return doc.toString({ lineWidth: 0 });
}
function groupComment(doc, group) {
    const node = doc.getIn(['groups', group], true);
    if (node)
        node.comment =
            group === plan_js_1.FALLBACK_GROUP
                ? ' fill in: who signs off checklist items (GitHub users or @org/team)'
                : ` fill in: who signs off as ${group.replace(/-/g, ' ')} (GitHub users or @org/team)`;
}
function fillComments(doc, id, fills) {
    for (const f of fills) {
        const node = doc.getIn(['gates', id, ...f.key.split('.')], true);
        if (node)
            node.comment = ` fill in: ${f.note}`;
    }
}
/** Short lists of plain values on one line (`require: [build, test]`), as people write them. */
function flowScalarLists(node) {
    if ((0, yaml_1.isSeq)(node)) {
        if (node.items.every((i) => (0, yaml_1.isScalar)(i)) && node.items.length <= 6)
            node.flow = true;
        else
            node.items.forEach(flowScalarLists);
    }
    else if ((0, yaml_1.isMap)(node))
        for (const p of node.items)
            flowScalarLists(p.value);
}
/**
 * Folds the plan into an existing config: adds links, gates and groups for newly recognised items,
 * drops links to items that are gone; never changes people, options or anything else the user
 * wrote. Refuses (saying why) when the user's edits cannot be kept as they are.
 */
function mergeInto(existing, file, plan, checklist) {
    const doc = (0, yaml_1.parseDocument)(existing, { uniqueKeys: true });
    if (doc.errors.length)
        return {
            ok: false,
            reason: `${file} is not valid YAML (${doc.errors[0].message.split('\n')[0]}); fix it, or write the new config elsewhere with --out`,
        };
    if (!(0, yaml_1.isMap)(doc.contents))
        return {
            ok: false,
            reason: `${file} is not a mapping with version and gates; move it away or use --out`,
        };
    let gatesNode = doc.get('gates', true);
    if (gatesNode === undefined) {
        doc.set('gates', doc.createNode({}));
        gatesNode = doc.get('gates', true);
    }
    if (!(0, yaml_1.isMap)(gatesNode))
        return { ok: false, reason: `${file}: gates is not a mapping; fix it first` };
    const gates = gatesNode;
    const gateValue = (id) => gates.get(id)?.toJSON();
    const gateIds = () => gates.items.map((p) => String((0, yaml_1.isScalar)(p.key) ? p.key.value : p.key));
    const mine = gateIds().filter((id) => {
        const g = gateValue(id);
        return g?.type === 'checklist' && g.file === plan.from;
    });
    if (mine.length > 1)
        return {
            ok: false,
            reason: `${file} has ${mine.length} checklist gates for ${plan.from} (${mine.join(', ')}); keep one, then run init again`,
        };
    const changes = [];
    const addGroups = (names) => {
        let groupsNode = doc.get('groups', true);
        if (groupsNode === undefined) {
            doc.set('groups', doc.createNode({}));
            groupsNode = doc.get('groups', true);
        }
        if (!(0, yaml_1.isMap)(groupsNode))
            return;
        for (const g of names) {
            if (groupsNode.has(g))
                continue;
            groupsNode.set(g, doc.createNode(plan.groups.get(g) ?? [`@your-org/${g}`]));
            groupComment(doc, g);
            changes.push(`added group ${g} (fill in its people)`);
        }
    };
    const addGate = (want, gate, fills) => {
        let id = want;
        for (let n = 2; gates.has(id); n++)
            id = `${want}-${n}`;
        gates.set(id, doc.createNode(gate));
        fillComments(doc, id, fills);
        addGroups(peopleOf(gate));
        changes.push(`added gate ${id} (${String(gate.type)})`);
        return id;
    };
    // No checklist gate for this file yet: add it next to the user's gates; its items are linked below.
    if (!mine.length) {
        let id = plan_js_1.CHECKLIST_GATE_ID;
        for (let n = 2; gates.has(id); n++)
            id = `${plan_js_1.CHECKLIST_GATE_ID}-${n}`;
        const { link: _link, ...cg } = plan.checklistGate;
        gates.set(id, doc.createNode(cg));
        addGroups([plan_js_1.FALLBACK_GROUP]);
        changes.push(`added the checklist gate ${id} for ${plan.from}`);
        mine.push(id);
    }
    const cid = mine[0];
    const cnode = gates.get(cid);
    const current = cnode.toJSON();
    const headings = new Set(checklist.headings.map((h) => h.slug));
    const itemIds = new Set(checklist.items.map((i) => i.id));
    const known = [...headings, ...itemIds];
    // A sign-off assignment for a heading that is gone cannot be kept, and dropping it would hand its
    // items to the fallback signers: the user decides.
    const signoff = (current.signoff ?? {});
    const lost = Object.keys(signoff).filter((k) => k !== '*' && !headings.has(k) && !itemIds.has(k));
    if (lost.length)
        return {
            ok: false,
            reason: lost
                .map((k) => {
                const near = (0, load_config_js_1.closest)(k, known);
                return `gates.${cid}.signoff names "${k}", which is no longer a heading or item of ${plan.from}${near ? ` (did you mean "${near}"?)` : ''}`;
            })
                .join('\n') +
                `\nrename or remove ${lost.length > 1 ? 'these keys' : 'this key'} in ${file}, then run init again (nothing was written)`,
        };
    const skipNode = cnode.get('skip', true);
    if ((0, yaml_1.isSeq)(skipNode)) {
        for (let i = skipNode.items.length - 1; i >= 0; i--) {
            const v = skipNode.items[i];
            const slug = String((0, yaml_1.isScalar)(v) ? v.value : v);
            if (!headings.has(slug) && !itemIds.has(slug)) {
                skipNode.items.splice(i, 1);
                changes.push(`skip: removed "${slug}" (no such heading or item any more)`);
            }
        }
        for (const s of plan.skip)
            if (!skipNode.items.some((v) => (0, yaml_1.isScalar)(v) && v.value === s)) {
                skipNode.add(doc.createNode(s));
                changes.push(`skip: added "${s}"`);
            }
    }
    else if (skipNode === undefined && plan.skip.length) {
        cnode.set('skip', doc.createNode(plan.skip));
        changes.push(`skip: added ${plan.skip.join(', ')}`);
    }
    let linkNode = cnode.get('link', true);
    const orphans = new Map(); // gate id -> its type, linked from items that are gone
    if ((0, yaml_1.isMap)(linkNode)) {
        for (const pair of [...linkNode.items]) {
            const item = String((0, yaml_1.isScalar)(pair.key) ? pair.key.value : pair.key);
            if (itemIds.has(item))
                continue;
            const gid = String((0, yaml_1.isScalar)(pair.value) ? pair.value.value : pair.value);
            linkNode.delete(pair.key);
            orphans.set(gid, String(gateValue(gid)?.type));
            changes.push(`link: removed ${item} (no longer in ${plan.from}; gate ${gid} kept)`);
        }
    }
    const links = new Map((0, yaml_1.isMap)(linkNode)
        ? linkNode.items.map((p) => [
            String((0, yaml_1.isScalar)(p.key) ? p.key.value : p.key),
            String((0, yaml_1.isScalar)(p.value) ? p.value.value : p.value),
        ])
        : []);
    const linkedGates = new Set(links.values());
    const skipped = new Set(((0, yaml_1.isSeq)(skipNode) ? skipNode.toJSON() : plan.skip));
    // Gates an item may share: same options, or a gate of the same kind that checks one thing per
    // repository (one coverage, one audit) and that no remaining item is linked to.
    const SHARED = new Set([
        'checks',
        'coverage',
        'audit',
        'migrations',
        'tests',
        'sarif',
        'env',
        'approvals',
        'window',
    ]);
    const reuse = (gate) => {
        const key = (0, plan_js_1.gateKey)(gate);
        const ids = gateIds();
        return (ids.find((id) => (0, plan_js_1.gateKey)(gateValue(id) ?? {}) === key) ??
            [...orphans.keys()].find((id) => orphans.get(id) === gate.type && gates.has(id) && !linkedGates.has(id)) ??
            (SHARED.has(String(gate.type))
                ? ids.find((id) => gateValue(id)?.type === gate.type && !linkedGates.has(id))
                : undefined));
    };
    for (const m of plan.mapped) {
        const gate = plan.gates.get(m.gateId);
        if (!gate)
            continue;
        const headingSkipped = [...skipped].some((s) => s === m.item.heading || checklist.headings.find((h) => h.slug === m.item.heading)?.path.includes(s));
        if (headingSkipped)
            continue;
        if (m.linked) {
            if (links.has(m.item.id))
                continue; // the user's link (or init's from an earlier run) stands
            if (Object.hasOwn(signoff, m.item.id))
                continue; // the user gave it to a person
            const id = reuse(gate) ?? addGate(m.gateId, gate, plan.fill.get(m.gateId) ?? []);
            if (!(0, yaml_1.isMap)(linkNode)) {
                cnode.set('link', doc.createNode({}));
                linkNode = cnode.get('link', true);
            }
            linkNode.set(m.item.id, id);
            links.set(m.item.id, id);
            linkedGates.add(id);
            changes.push(`link: ${m.item.id} -> ${id}`);
        }
        else if (!gateIds().some((id) => gateValue(id)?.type === gate.type)) {
            addGate(m.gateId, gate, plan.fill.get(m.gateId) ?? []);
        }
    }
    flowScalarLists(cnode);
    return { ok: true, text: doc.toString({ lineWidth: 0 }), changes };
}
/** Group-like names a gate lists in its people fields. */
function peopleOf(gate) {
    return ['signoff', 'from', 'override'].flatMap((k) => Array.isArray(gate[k])
        ? gate[k].filter((p) => typeof p === 'string' && !p.startsWith('@'))
        : []);
}


/***/ })

};

//# sourceMappingURL=3866.index.js.map