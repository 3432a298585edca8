export const id = 3781;
export const ids = [3781];
export const modules = {

/***/ 3781:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.parseSignoffCommands = parseSignoffCommands;
exports.commandLines = commandLines;
const mdast_util_from_markdown_1 = __webpack_require__(8559);
const COMMAND = /^[ \t]*\/signoff[ \t]+(?:(revoke)[ \t]+)?([^\s]+(?:[ \t]+[^\s]+)*)[ \t]*$/i;
/** `/na <id> <reason>`: a checklist item or heading is not applicable, and why. */
const NA = /^[ \t]*\/na[ \t]+([^\s]+)(?:[ \t]+(.*?))?[ \t]*$/i;
/** A line that starts like a command but is not one (`/signoff` alone). */
const LOOKS_LIKE = /^[ \t]*\/(signoff|na)\b/i;
/** Stands for markup inside a paragraph line, so that line can never read as a command. */
const MARKUP = '\u0000';
/** The commands in a comment body, in order. */
function parseSignoffCommands(body) {
    const out = [];
    for (const line of commandLines(body))
        command(line, out);
    return out;
}
/**
 * The lines of a comment where a command can be written: visible plain paragraph text, by the
 * rules above. Shared by every comment command (`/signoff`, `/waive`), so all follow one set of rules.
 */
function commandLines(body) {
    const out = [];
    let tree;
    try {
        tree = (0, mdast_util_from_markdown_1.fromMarkdown)(body);
    }
    catch {
        // The parser accepts any string; should it ever throw, the comment holds no command.
        return out;
    }
    const state = { details: 0 };
    walk(tree, state, out);
    return out;
}
function walk(node, state, out) {
    switch (node.type) {
        case 'code':
        case 'inlineCode':
        case 'blockquote':
            return;
        case 'html':
            state.details = Math.max(0, state.details + detailsDelta(node.value));
            return;
        case 'paragraph':
            out.push(...linesOf(node.children, state));
            return;
    }
    if ('children' in node)
        for (const child of node.children)
            walk(child, state, out);
}
function command(line, out) {
    if (line.includes(MARKUP))
        return;
    const m = COMMAND.exec(line);
    if (m) {
        const ids = m[2]
            .split(/[ \t,]+/)
            .map(cleanId)
            .filter(Boolean);
        if (ids.length) {
            out.push({ gate: ids[0], ids, revoke: Boolean(m[1]), text: line.trim() });
            return;
        }
    }
    const na = NA.exec(line);
    if (na && cleanId(na[1])) {
        const id = cleanId(na[1]);
        out.push({ gate: id, ids: [id], revoke: false, na: { reason: (na[2] ?? '').trim() }, text: line.trim() });
        return;
    }
    if (LOOKS_LIKE.test(line))
        out.push({ gate: '', ids: [], revoke: false, text: line.trim(), malformed: true });
}
/** Ids as people copy them: from a link (`#anchor`), with a trailing comma or full stop. */
function cleanId(id) {
    return id
        .replace(/^#+/, '')
        .replace(/[.,;:]+$/, '')
        .toLowerCase();
}
/**
 * A paragraph's visible lines. Only text and line breaks are kept as they are; any other inline
 * node (code, HTML, emphasis, links, images) becomes MARKUP, and so does everything while a
 * `<details>` is open (it may open or close in inline HTML, in the middle of a paragraph).
 */
function linesOf(children, state) {
    let text = '';
    for (const c of children) {
        if (c.type === 'html')
            state.details = Math.max(0, state.details + detailsDelta(c.value));
        if (state.details > 0)
            text += c.type === 'break' ? '\n' : MARKUP;
        else if (c.type === 'text')
            text += c.value;
        else if (c.type === 'break')
            text += '\n';
        else
            text += MARKUP;
    }
    return text.split(/\r?\n/);
}
/** How many `<details>` elements a piece of raw HTML opens (positive) or closes (negative). */
function detailsDelta(html) {
    const withoutComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    const opens = withoutComments.match(/<details(?=[\s>/])/gi)?.length ?? 0;
    const closes = withoutComments.match(/<\/details\s*>/gi)?.length ?? 0;
    return opens - closes;
}


/***/ })

};

//# sourceMappingURL=3781.index.js.map