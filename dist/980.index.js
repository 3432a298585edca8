export const id = 980;
export const ids = [980];
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

/***/ 980:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = void 0;
exports.suggest = suggest;
exports.evaluateChecklist = evaluateChecklist;
exports.explainChecklist = explainChecklist;
exports.checklistTeams = checklistTeams;
exports.checklistLinks = checklistLinks;
const parse_js_1 = __webpack_require__(2255);
const checklist_types_js_1 = __webpack_require__(3736);
const people_js_1 = __webpack_require__(2165);
const edit_distance_js_1 = __webpack_require__(8732);
/** A comment's checklist commands, from the commands read from its Markdown (signoff-commands.ts). */
function commandsOf(c) {
    return c.commands
        .filter((cmd) => !cmd.malformed && cmd.ids.length > 0)
        .map((cmd) => ({
        verb: cmd.na ? 'na' : cmd.revoke ? 'revoke' : 'signoff',
        ids: cmd.ids,
        ...(cmd.na ? { reason: cmd.na.reason } : {}),
        text: cmd.text,
    }));
}
/** Resolves a key written by a person (config or command) to a heading slug or item id. */
function resolver(headings, items) {
    const exact = new Set([...headings.map((h) => h.slug), ...items.map((i) => i.id)]);
    const loose = new Map();
    for (const key of exact) {
        const k = (0, checklist_types_js_1.loosen)(key);
        loose.set(k, loose.has(k) ? null : key); // null: ambiguous
    }
    return (key) => {
        const k = key.toLowerCase();
        if (exact.has(k))
            return k;
        return loose.get((0, checklist_types_js_1.loosen)(k)) ?? null;
    };
}
/** The closest heading slug or item id to a misspelt key, for "did you mean". */
function suggest(key, candidates) {
    const k = (0, checklist_types_js_1.loosen)(key);
    let best;
    const limit = Math.max(2, Math.floor(k.length / 5));
    for (const id of candidates) {
        const d = (0, edit_distance_js_1.editDistance)(k, (0, checklist_types_js_1.loosen)(id), limit);
        if (d <= limit && (!best || d < best.d))
            best = { id, d };
    }
    if (best)
        return best.id;
    const tail = k.split('/').pop();
    return candidates.find((c) => tail.length >= 4 && (0, checklist_types_js_1.loosen)(c).includes(tail));
}
function buildModel(config, text) {
    const parsed = (0, parse_js_1.parseChecklist)(text);
    if (parsed.problems.length)
        return { parseProblems: parsed.problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`) };
    const problems = [];
    const resolve = resolver(parsed.headings, parsed.items);
    const headingBySlug = new Map(parsed.headings.map((h) => [h.slug, h]));
    const candidates = [...parsed.headings.map((h) => h.slug), ...parsed.items.map((i) => i.id)];
    const key = (section, raw) => {
        const found = resolve(raw);
        if (found)
            return found;
        const hint = suggest(raw, candidates);
        problems.push(`${section}: "${raw}" names no heading or item of ${config.file}${hint ? ` (did you mean "${hint}"?)` : ''}`);
        return null;
    };
    const skip = new Set();
    for (const raw of config.skip ?? []) {
        const k = key('skip', raw);
        if (k)
            skip.add(k);
    }
    const signoff = new Map();
    let fallback = null;
    for (const [raw, people] of Object.entries(config.signoff ?? {})) {
        if (raw === '*')
            fallback = people;
        else {
            const k = key('signoff', raw);
            if (k)
                signoff.set(k, people);
        }
    }
    const link = new Map();
    for (const [raw, gate] of Object.entries(config.link ?? {})) {
        const k = key('link', raw);
        if (k)
            link.set(k, gate);
    }
    const byIdAll = new Map(parsed.items.map((i) => [i.id, i]));
    const items = [];
    for (const item of parsed.items) {
        // Most specific first: the item, the items it is nested in, its heading, the enclosing headings.
        const chain = [];
        for (let p = item; p; p = p.parent ? byIdAll.get(p.parent) : undefined)
            chain.push(p.id);
        const under = item.heading
            ? [item.heading, ...[...(headingBySlug.get(item.heading)?.path ?? [])].reverse()]
            : [];
        const keys = [...chain, ...under];
        if (keys.some((k) => skip.has(k)))
            continue;
        const ownerKey = keys.find((k) => signoff.has(k)) ?? null;
        const linkKey = keys.find((k) => link.has(k));
        items.push({
            ...item,
            owners: ownerKey ? signoff.get(ownerKey) : (fallback ?? []),
            ownerKey: ownerKey ?? (fallback ? '*' : null),
            link: linkKey ? link.get(linkKey) : null,
            under,
        });
    }
    const orphans = items.filter((i) => !i.link && i.owners.length === 0);
    if (orphans.length)
        problems.push(`nobody may sign off ${orphans.length} item(s) (first: "${orphans[0].id}"): add "*": [people] to signoff, or a key for their heading`);
    const used = new Set(items.flatMap((i) => [i.heading, ...i.under]));
    return {
        headings: parsed.headings.filter((h) => used.has(h.slug)),
        items,
        byId: new Map(items.map((i) => [i.id, i])),
        headingSlugs: new Set(parsed.headings.map((h) => h.slug)),
        problems,
    };
}
function generalReject(c, ctx, dismissStale) {
    const pr = ctx.pr;
    if (!c.author)
        return 'the comment author is unknown (deleted account)';
    if (c.authorIsBot || c.author.endsWith('[bot]'))
        return 'bots cannot sign off';
    if (pr.author && c.author.toLowerCase() === pr.author.toLowerCase())
        return 'the PR author cannot sign off their own PR';
    if (c.lastEditedAt) {
        const by = c.editor && c.editor !== c.author ? ` by ${c.editor}` : '';
        return `the comment was edited${by} after posting; post a new comment instead`;
    }
    if (dismissStale && pr.headPushedAt && c.createdAt < pr.headPushedAt)
        return 'given before the latest push (dismiss-stale); sign off again';
    return null;
}
function judgeCommands(model, ctx, dismissStale) {
    const marks = new Map();
    const teamErrors = new Map();
    const notices = [];
    const resolve = resolver(model.headings, model.items);
    const comments = [...(ctx.pr?.comments ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const c of comments) {
        for (const cmd of commandsOf(c)) {
            const login = c.author ?? 'ghost';
            const notice = (message) => notices.push({ command: cmd.text, login, at: c.createdAt, url: c.url, message });
            const targets = [];
            for (const raw of cmd.ids) {
                const key = resolve(raw);
                if (!key)
                    continue; // not ours: another gate's id, or unknown (answered once for the whole PR)
                const heading = model.headingSlugs.has(key) && !model.byId.has(key);
                const items = heading
                    ? model.items.filter((i) => i.heading === key || i.under.includes(key))
                    : [model.byId.get(key)].filter((i) => !!i);
                targets.push({ key, items, heading });
            }
            if (!targets.length)
                continue;
            if (cmd.verb === 'revoke') {
                // A revoke only ever withdraws its author's own marks, so it counts edited or not.
                if (!c.author)
                    continue;
                for (const t of targets)
                    for (const item of t.items)
                        marks.get(item.id)?.delete(c.author.toLowerCase());
                continue;
            }
            const why = generalReject(c, ctx, dismissStale);
            if (why) {
                notice(`ignored: ${why}`);
                continue;
            }
            if (cmd.verb === 'na' && !cmd.reason) {
                notice(`ignored: a reason is required, e.g. \`/na ${targets[0].key} not used by this service\``);
                continue;
            }
            for (const t of targets) {
                let allowedAny = false;
                const refused = [];
                const linked = [];
                for (const item of t.items) {
                    if (item.link) {
                        linked.push(item.link);
                        continue;
                    }
                    const check = (0, people_js_1.isAllowed)(c.author, item.owners, ctx);
                    if (!check.allowed) {
                        if (check.error)
                            teamErrors.set(item.id, check.error);
                        refused.push(item.owners);
                        continue;
                    }
                    allowedAny = true;
                    let m = marks.get(item.id);
                    if (!m)
                        marks.set(item.id, (m = new Map()));
                    m.set(c.author.toLowerCase(), {
                        kind: cmd.verb === 'na' ? 'na' : 'signoff',
                        login: c.author,
                        at: c.createdAt,
                        url: c.url,
                        ...(cmd.reason ? { reason: cmd.reason } : {}),
                    });
                }
                if (allowedAny)
                    continue;
                if (refused.length) {
                    const who = [...new Set(refused.map((p) => (0, people_js_1.describePeople)(p)))].join('; ');
                    notice(`ignored for \`${t.key}\`: ${login} may not sign off ${t.heading ? 'any item under it' : 'this item'} (allowed: ${who})`);
                }
                else if (linked.length)
                    notice(`ignored for \`${t.key}\`: checked by gate ${[...new Set(linked)].map((g) => `\`${g}\``).join(', ')}, not by sign-off`);
            }
        }
    }
    return { marks, teamErrors, notices };
}
// ---------------------------------------------------------------------------------------------
// Evaluation
function evaluateChecklist(config, facts, ctx) {
    const built = buildModel(config, facts.text);
    if ('parseProblems' in built) {
        const [first] = built.parseProblems;
        return {
            status: 'error',
            summary: `${facts.file} cannot be read as a checklist: ${first}${built.parseProblems.length > 1 ? ` (and ${built.parseProblems.length - 1} more)` : ''}`,
            details: [{ kind: 'list', items: built.parseProblems.slice(0, 20) }],
        };
    }
    const model = built;
    if (model.problems.length)
        return {
            status: 'error',
            summary: `${model.problems[0]}${model.problems.length > 1 ? ` (and ${model.problems.length - 1} more problem(s))` : ''}`,
            details: [{ kind: 'list', items: model.problems.slice(0, 20) }],
        };
    if (!model.items.length)
        return {
            status: 'error',
            summary: `${facts.file} has no checklist items (\`- [ ] …\` task-list lines) outside skipped headings`,
        };
    const dismissStale = config['dismiss-stale'] ?? true;
    const incomplete = ctx.pr?.incomplete?.comments;
    // A sign-off (or a revoke) may be among the comments that could not be read: judge none of them.
    const judged = incomplete
        ? {
            marks: new Map(),
            teamErrors: new Map(model.items.map((i) => [i.id, `not every comment could be read (${incomplete})`])),
            notices: [],
        }
        : ctx.pr
            ? judgeCommands(model, ctx, dismissStale)
            : { marks: new Map(), teamErrors: new Map(), notices: [] };
    const linked = ctx.linked ?? {};
    const items = model.items.map((item) => {
        const base = {
            id: item.id,
            heading: item.heading,
            text: item.text,
            owners: [...item.owners],
            who: (0, people_js_1.expand)(item.owners, ctx.groups),
            ownersText: (0, people_js_1.describeWho)(item.owners, ctx.groups),
            line: item.line,
            ...(item.parent ? { parent: item.parent } : {}),
        };
        if (item.link) {
            const r = linked[item.link];
            const gate = item.link;
            if (!r)
                return {
                    ...base,
                    status: 'error',
                    by: null,
                    at: null,
                    gate,
                    reason: `gate ${gate} was not evaluated`,
                };
            // A skipped gate checked nothing: in the CLI that is a GitHub gate the action checks on the PR.
            const status = r.status === 'skipped'
                ? ctx.mode === 'cli'
                    ? 'pending'
                    : 'na'
                : r.status === 'waived'
                    ? 'na'
                    : r.status;
            return { ...base, status, by: null, at: null, gate, reason: r.summary };
        }
        const marks = [...(judged.marks.get(item.id)?.values() ?? [])].sort((a, b) => a.at.localeCompare(b.at));
        // The latest word on an item wins: a /na after a heading's sign-off marks it not applicable.
        const last = marks.at(-1);
        if (last)
            return {
                ...base,
                status: last.kind === 'na' ? 'na' : 'pass',
                by: last.login,
                at: last.at,
                gate: null,
                reason: last.reason ?? null,
                url: last.url,
            };
        const error = judged.teamErrors.get(item.id);
        if (error)
            return {
                ...base,
                status: 'error',
                by: null,
                at: null,
                gate: null,
                reason: `could not check who may sign off: ${error}`,
            };
        const why = ctx.pr
            ? `awaiting sign-off from ${(0, people_js_1.describePeople)(item.owners)}`
            : ctx.mode === 'cli'
                ? `needs sign-off on the pull request by ${(0, people_js_1.describePeople)(item.owners)}`
                : 'no pull request for this commit: sign-offs need a PR';
        return { ...base, status: 'pending', by: null, at: null, gate: null, reason: why };
    });
    const data = {
        file: facts.file,
        ...(facts.url ? { fileUrl: facts.url } : {}),
        headings: model.headings.map((h) => ({
            slug: h.slug,
            text: h.text,
            level: h.level,
            anchor: h.anchor,
            path: [...h.path],
        })),
        items,
        notices: judged.notices,
    };
    const count = (s) => items.filter((i) => i.status === s).length;
    const total = items.length;
    const [pass, na, pending, fail, error] = [
        count('pass'),
        count('na'),
        count('pending'),
        count('fail'),
        count('error'),
    ];
    const done = pass + na;
    const byGate = items.filter((i) => i.gate && i.status === 'pass').length;
    const unblock = unblockCommands(model, items);
    const exceptions = items
        .filter((i) => i.status === 'na' && i.by)
        .map((i) => ({
        kind: 'not-applicable',
        gate: ctx.gateId,
        subject: `${i.id} (${i.text})`,
        by: i.by,
        reason: i.reason ?? '',
        ...(i.at ? { at: i.at } : {}),
        ...(i.url ? { url: i.url } : {}),
    }));
    const outcome = (status, summary) => ({
        status,
        summary,
        data: data,
        ...(unblock.length && status !== 'pass' ? { unblock } : {}),
        ...(exceptions.length ? { exceptions } : {}),
    });
    if (error)
        return outcome('error', `${error} of ${total} items could not be checked; ${done} done`);
    if (fail || pending) {
        const parts = [];
        if (pending)
            parts.push(`${pending} await${pending === 1 ? 's' : ''} ${ctx.pr ? 'sign-off' : 'sign-off on the pull request'}`);
        if (fail)
            parts.push(`${fail} failed ${fail === 1 ? 'its gate' : 'their gates'}`);
        const status = ctx.mode === 'cli' && !fail ? 'pending' : 'fail';
        return outcome(status, `${done} of ${total} items done; ${parts.join(', ')}`);
    }
    const bits = [
        `${pass - byGate} signed off`,
        na ? `${na} not applicable` : '',
        byGate ? `${byGate} checked by gates` : '',
    ].filter(Boolean);
    return outcome('pass', `all ${total} items done: ${bits.join(', ')}`);
}
/**
 * One command per set of owners: the innermost heading that holds all their open items (a signer
 * only ever signs the items they may sign under it), else those items' top headings on one line.
 */
function unblockCommands(model, items) {
    const open = items.filter((i) => i.status === 'pending' && !i.gate);
    const byOwners = new Map();
    for (const i of open)
        byOwners.set(i.ownersText, [...(byOwners.get(i.ownersText) ?? []), i]);
    const out = [];
    for (const [who, list] of byOwners) {
        const chains = list.map((i) => {
            const m = model.byId.get(i.id);
            return m.under.length ? m.under : [m.id];
        });
        const common = chains[0].find((slug) => chains.every((c) => c.includes(slug)));
        const ids = common ? [common] : [...new Set(chains.map((c) => c[c.length - 1]))];
        const heading = common ? model.headings.find((h) => h.slug === common) : undefined;
        const n = list.length;
        out.push({
            command: `/signoff ${ids.slice(0, 10).join(' ')}`,
            who,
            what: `${n} item${n === 1 ? '' : 's'}${heading ? ` under ${(0, checklist_types_js_1.shown)(heading.text)}` : ''}`,
        });
    }
    return out;
}
function explainChecklist(config) {
    const owners = Object.entries(config.signoff ?? {}).map(([k, p]) => `${k === '*' ? 'everything else' : k}: ${(0, people_js_1.describePeople)(p)}`);
    return [
        `Every task item of ${config.file} (read from the same trusted ref as the config) must pass: its linked gate passed, or an allowed person signed it off or marked it not applicable on the PR.`,
        owners.length
            ? `Who signs off what (most specific wins): ${owners.join('; ')}.`
            : 'No one is listed under signoff: only linked items can pass.',
        ...(config.link && Object.keys(config.link).length
            ? [
                `Checked by gates: ${Object.entries(config.link)
                    .map(([k, g]) => `${k} → ${g}`)
                    .join('; ')}.`,
            ]
            : []),
        ...(config.skip?.length ? [`Not checklist items: everything under ${config.skip.join(', ')}.`] : []),
        'Commands: /signoff <heading-or-item> [more ids…], /na <id> <reason>, /signoff revoke <id>. The PR author, bots and edited comments do not count.',
        (config['dismiss-stale'] ?? true)
            ? 'Sign-offs given before the latest push do not count (dismiss-stale, the default).'
            : 'Sign-offs stay valid after new pushes (dismiss-stale: false).',
    ];
}
/** Teams whose members decide this PR: the ones listed under signoff, when anyone used a command. */
function checklistTeams(config, ctx) {
    if (!ctx.pr.comments.some((c) => commandsOf(c).length > 0))
        return [];
    return (0, people_js_1.teamsIn)(Object.values(config.signoff ?? {}).flat(), ctx.groups);
}
/** The gate ids items are linked to, so the engine can evaluate those first. */
function checklistLinks(config) {
    return [...new Set(Object.values(config.link ?? {}))];
}
exports.gate = {
    evaluate: evaluateChecklist,
    explain: explainChecklist,
    teams: checklistTeams,
};


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.teamsIn = teamsIn;
exports.expand = expand;
exports.isAllowed = isAllowed;
exports.describePeople = describePeople;
exports.describeWho = describeWho;
/** Teams referenced by a people list, expanding groups: `org/team` (lower case). */
function teamsIn(people, groups) {
    const out = new Set();
    for (const p of expand(people, groups))
        if (p.startsWith('@'))
            out.add(p.slice(1).toLowerCase());
    return [...out];
}
/** Expands group names (nested groups allowed; cycles are cut) into users and `@org/team` entries. */
function expand(people, groups) {
    const seen = new Set();
    const out = [];
    const walk = (list) => {
        for (const p of list) {
            if (seen.has(p))
                continue;
            seen.add(p);
            // Own properties only: a user named `constructor` or `toString` is not Object's.
            const group = p.startsWith('@') || !Object.hasOwn(groups, p) ? undefined : groups[p];
            if (group)
                walk(group);
            else
                out.push(p);
        }
    };
    walk(people);
    return out;
}
function isAllowed(login, people, ctx) {
    const who = login.toLowerCase();
    const errors = [];
    for (const p of expand(people, ctx.groups)) {
        if (!p.startsWith('@')) {
            if (p.toLowerCase() === who)
                return { allowed: true };
            continue;
        }
        const team = p.slice(1).toLowerCase();
        const facts = Object.hasOwn(ctx.teams, team) ? ctx.teams[team] : undefined;
        if (!facts) {
            errors.push(`members of ${p} were not read`);
        }
        else if ('error' in facts) {
            errors.push(facts.error);
        }
        else if (facts.members.some((m) => m.toLowerCase() === who)) {
            return { allowed: true };
        }
    }
    return errors.length ? { allowed: false, error: errors.join('; ') } : { allowed: false };
}
/** "alice, @acme/dba or release-managers" for messages. */
function describePeople(people) {
    const items = [...people];
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/**
 * The people of a list as a reader needs them, with group names expanded to who is in them:
 * "release-managers (alice, @acme/rm) or @acme/dba".
 */
function describeWho(people, groups) {
    return describePeople(people.map((p) => {
        if (p.startsWith('@') || !groups[p])
            return p;
        const members = expand([p], groups);
        return members.length ? `${p} (${members.join(', ')})` : `${p} (empty group)`;
    }));
}


/***/ }),

/***/ 8732:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.editDistance = editDistance;
/**
 * Levenshtein distance for "did you mean" suggestions (config keys, gate ids, checklist ids).
 * Returns `limit + 1` at once when the lengths alone differ by more than `limit`.
 */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
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


/***/ })

};

//# sourceMappingURL=980.index.js.map