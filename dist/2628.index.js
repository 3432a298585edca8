export const id = 2628;
export const ids = [2628];
export const modules = {

/***/ 2628:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = void 0;
exports.evaluateApprovals = evaluateApprovals;
exports.explainApprovals = explainApprovals;
const codeowners_js_1 = __webpack_require__(9855);
const people_js_1 = __webpack_require__(2165);
const signoff_js_1 = __webpack_require__(878);
const time_js_1 = __webpack_require__(6043);
const people_js_2 = __webpack_require__(2165);
function evaluateApprovals(gate, facts, ctx) {
    const pr = ctx.pr;
    if (!pr)
        return (0, signoff_js_1.withoutPr)(ctx, 'review approval');
    const min = gate.min ?? 1;
    const unread = [pr.incomplete?.reviews, gate.codeowners ? pr.incomplete?.files : undefined].filter((u) => !!u);
    if (unread.length)
        return { status: 'error', summary: unread.join('; ') };
    const latest = new Map();
    const noPush = new Map();
    const ignored = [];
    const sorted = [...facts.reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
    for (const r of sorted) {
        if (!r.author || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state))
            continue;
        const key = r.author.toLowerCase();
        if (r.authorIsBot || r.author.endsWith('[bot]')) {
            if (r.state === 'APPROVED')
                ignored.push({ login: r.author, reason: 'bots do not count' });
            continue;
        }
        if (pr.author && key === pr.author.toLowerCase())
            continue;
        if (!r.authorCanPush) {
            noPush.set(key, r.author);
            continue;
        }
        latest.set(key, r);
    }
    for (const login of noPush.values())
        ignored.push({
            login,
            reason: 'cannot push to the repository, so their review neither approves nor requests changes',
        });
    const approvals = [];
    const changesRequested = [];
    for (const r of latest.values()) {
        if (r.state === 'CHANGES_REQUESTED')
            changesRequested.push(r.author);
        if (r.state !== 'APPROVED')
            continue;
        if (gate['dismiss-stale'] && r.commitOid !== pr.headSha) {
            ignored.push({
                login: r.author,
                reason: r.commitOid
                    ? `approved ${r.commitOid.slice(0, 7)}, before the latest push (dismiss-stale)`
                    : 'approved a commit GitHub no longer knows, so not the latest push (dismiss-stale)',
            });
            continue;
        }
        approvals.push({ login: r.author, at: r.submittedAt });
    }
    const problems = [];
    const errors = [];
    if (changesRequested.length)
        problems.push(`changes requested by ${changesRequested.join(', ')}`);
    if (approvals.length < min)
        problems.push(`${approvals.length} of ${min} required approvals`);
    if (gate.from) {
        const checks = approvals.map((a) => (0, people_js_1.isAllowed)(a.login, gate.from, ctx));
        if (!checks.some((c) => c.allowed)) {
            const err = checks.find((c) => c.error)?.error ?? (approvals.length ? undefined : undefined);
            if (err)
                errors.push(`could not check approvers against ${(0, people_js_1.describePeople)(gate.from)}: ${err}`);
            else
                problems.push(`no approval from ${(0, people_js_1.describePeople)(gate.from)}`);
        }
    }
    const details = [];
    if (gate.codeowners) {
        const co = codeownerProblems(facts, approvals, ctx);
        if (co.error)
            errors.push(co.error);
        problems.push(...co.problems);
        if (co.rows.length)
            details.push({
                kind: 'table',
                columns: ['changed file', 'code owners', 'approved by owner'],
                rows: co.rows,
            });
    }
    if (approvals.length)
        details.unshift({
            kind: 'list',
            items: approvals.map((a) => `approved by ${a.login}${a.at ? ` at ${(0, time_js_1.formatTimestamp)(a.at)}` : ''}`),
        });
    if (ignored.length)
        details.push({ kind: 'list', items: ignored.map((i) => `not counted: ${i.login} — ${i.reason}`) });
    if (errors.length)
        return { status: 'error', summary: errors.join('; '), details };
    if (problems.length)
        return { status: 'fail', summary: problems.join('; '), details };
    const who = approvals.map((a) => a.login).join(', ');
    return {
        status: 'pass',
        summary: min === 0 && !approvals.length ? 'no approval required' : `approved by ${who}`,
        details,
    };
}
function codeownerProblems(facts, approvals, ctx) {
    const rows = [];
    const problems = [];
    if (!facts.codeowners) {
        return {
            rows,
            problems,
            error: 'codeowners: true, but the base branch has no CODEOWNERS file (looked in .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS)',
        };
    }
    const parsed = (0, codeowners_js_1.parseCodeownersFile)(facts.codeowners.text);
    if (parsed.problems.length) {
        const where = parsed.problems
            .slice(0, 3)
            .map((p) => `line ${p.line}: ${p.message}`)
            .join('; ');
        return {
            rows,
            problems,
            error: `${facts.codeowners.path} has invalid lines, so its owners cannot be judged as GitHub would (${where}); fix the file on the base branch`,
        };
    }
    const unapproved = [];
    const unverifiable = new Map();
    const errors = new Set();
    for (const file of ctx.pr.files) {
        const rule = (0, codeowners_js_1.ownersOf)(parsed.rules, file.path);
        const owners = rule?.owners ?? [];
        if (!owners.length)
            continue;
        // CODEOWNERS names GitHub users and teams, never the config's groups.
        const people = owners.filter((o) => o.startsWith('@')).map((o) => (o.includes('/') ? o : o.slice(1)));
        const emails = owners.filter(codeowners_js_1.isEmailOwner);
        let ok = false;
        for (const a of approvals) {
            const check = (0, people_js_1.isAllowed)(a.login, people, { groups: {}, teams: ctx.teams });
            if (check.allowed) {
                ok = true;
                break;
            }
            if (check.error)
                errors.add(check.error);
        }
        rows.push([
            file.path,
            owners.join(' '),
            ok ? 'yes' : emails.length ? 'cannot tell (e-mail owner)' : 'no',
        ]);
        if (ok)
            continue;
        // An e-mail owner may have approved under their login: the API cannot say, so this is unknown.
        if (emails.length)
            unverifiable.set(file.path, emails);
        else
            unapproved.push(file.path);
    }
    const shown = (paths) => paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
    if (unverifiable.size) {
        const emails = [...new Set([...unverifiable.values()].flat())];
        return {
            rows,
            problems,
            error: `code owner ${emails.slice(0, 3).join(', ')} of ${shown([...unverifiable.keys()])} is an e-mail address, which cannot be checked through the API; name the owner as @login or @org/team in ${facts.codeowners.path}`,
        };
    }
    if (unapproved.length) {
        if (errors.size)
            return { rows, problems, error: `could not check code owners: ${[...errors].join('; ')}` };
        problems.push(`no code owner approval for ${shown(unapproved)}`);
    }
    return { rows, problems, error: undefined };
}
function explainApprovals(gate) {
    const lines = [
        `At least ${gate.min ?? 1} approving review(s) from people who can push to the repository; the PR author and bots never count; only each reviewer's latest review counts.`,
    ];
    lines.push('An outstanding "changes requested" review blocks.');
    if (gate.from)
        lines.push(`At least one approval must come from ${(0, people_js_1.describePeople)(gate.from)}.`);
    if (gate.codeowners)
        lines.push("Every changed file needs an approval from one of its code owners (the base branch's CODEOWNERS, last matching rule wins).");
    lines.push(gate['dismiss-stale']
        ? 'Approvals of an older commit than the head do not count (dismiss-stale).'
        : 'Approvals of earlier commits still count (dismiss-stale: false).');
    return lines;
}
exports.gate = {
    evaluate: evaluateApprovals,
    explain: explainApprovals,
    // Team members matter only once someone approved: before that no team can make the gate pass.
    teams: (gate, ctx) => {
        if (!ctx.github.approved)
            return [];
        const teams = gate.from ? (0, people_js_2.teamsIn)(gate.from, ctx.groups) : [];
        if (gate.codeowners && ctx.github.codeowners !== null) {
            const rules = (0, codeowners_js_1.parseCodeownersFile)(ctx.github.codeowners).rules;
            for (const f of ctx.pr.files)
                for (const o of (0, codeowners_js_1.ownersOf)(rules, f.path)?.owners ?? [])
                    if (o.startsWith('@') && o.includes('/'))
                        teams.push(o.slice(1).toLowerCase());
        }
        return teams;
    },
};


/***/ }),

/***/ 9855:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseCodeowners = parseCodeowners;
exports.parseCodeownersFile = parseCodeownersFile;
exports.ownersOf = ownersOf;
exports.isEmailOwner = isEmailOwner;
/** Rules of a CODEOWNERS file; invalid lines are left out (see `parseCodeownersFile` for them). */
function parseCodeowners(text) {
    return parseCodeownersFile(text).rules;
}
function parseCodeownersFile(text) {
    const rules = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            return;
        const parts = line.split(/\s+/);
        const pattern = parts[0];
        const problem = patternProblem(pattern);
        if (problem) {
            problems.push({ line: i + 1, message: `"${pattern}": ${problem}` });
            return;
        }
        rules.push({ pattern, owners: parts.slice(1), line: i + 1, regex: patternToRegex(pattern) });
    });
    return { rules, problems };
}
/** Owners of a path (last matching rule), or null when no rule matches. */
function ownersOf(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--) {
        if (rules[i].regex.test(path))
            return rules[i];
    }
    return null;
}
/** An owner written as an e-mail address (GitHub maps it to an account; the API cannot). */
function isEmailOwner(owner) {
    return !owner.startsWith('@') && owner.includes('@');
}
function patternProblem(pattern) {
    if (pattern.startsWith('!'))
        return 'negation with "!" does not work in CODEOWNERS';
    if (/[[\]]/.test(pattern))
        return 'character ranges with "[ ]" do not work in CODEOWNERS';
    if (pattern.startsWith('\\#'))
        return 'escaping "#" with "\\" does not work in CODEOWNERS';
    if (pattern.includes('***'))
        return 'three consecutive asterisks are not a pattern';
    return null;
}
const ESCAPE = /[.+^${}()|[\]\\]/g;
function segmentSource(seg) {
    let src = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '\\' && i + 1 < seg.length)
            src += seg[++i].replace(ESCAPE, '\\$&');
        else if (c === '*')
            src += '[^/]*';
        else if (c === '?')
            src += '[^/]';
        else
            src += c.replace(ESCAPE, '\\$&');
    }
    return src;
}
function patternToRegex(pattern) {
    // "/" alone matches nothing.
    if (pattern === '/')
        return /^(?!)/;
    let segs = pattern.split('/');
    if (segs[0] === '')
        segs = segs.slice(1);
    else if (segs.length === 1 || (segs.length === 2 && segs[1] === '')) {
        // No slash but a trailing one: matches at any depth, like a leading `**/`.
        if (segs[0] !== '**')
            segs = ['**', ...segs];
    }
    if (segs.length > 1 && segs[segs.length - 1] === '')
        segs[segs.length - 1] = '**';
    const last = segs.length - 1;
    let src = '^';
    let needSlash = false;
    segs.forEach((seg, i) => {
        if (seg === '**') {
            if (i === 0 && i === last)
                src += '.+';
            else if (i === 0) {
                src += '(?:.+/)?';
                needSlash = false;
            }
            else if (i === last)
                src += '/.*';
            else {
                src += '(?:/.+)?';
                needSlash = true;
            }
            return;
        }
        if (needSlash)
            src += '/';
        if (seg === '*')
            src += '[^/]+';
        else {
            src += segmentSource(seg);
            // Any last segment but a lone `*` also matches everything below a directory of that name.
            if (i === last)
                src += '(?:/.*)?';
        }
        needSlash = true;
    });
    return new RegExp(src + '$');
}


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

/***/ 878:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evaluateSignoffs = evaluateSignoffs;
exports.commentTrustProblem = commentTrustProblem;
exports.withoutPr = withoutPr;
exports.signoffUnblock = signoffUnblock;
exports.signoffHint = signoffHint;
exports.signoffGates = signoffGates;
exports.signoffNotices = signoffNotices;
const people_js_1 = __webpack_require__(2165);
const edit_distance_js_1 = __webpack_require__(8732);
function evaluateSignoffs(ctx, gateId, allowed, options = {}) {
    const pr = ctx.pr;
    const result = { valid: [], ignored: [] };
    if (!pr)
        return result;
    // A sign-off (or a revoke) may be among what could not be read: nothing is judged on part of it.
    if (pr.incomplete?.comments)
        return { ...result, error: pr.incomplete.comments };
    const byPerson = new Map();
    const errors = [];
    const comments = [...pr.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const c of comments) {
        for (const cmd of c.commands) {
            if (cmd.malformed || cmd.na || !cmd.ids.includes(gateId))
                continue;
            const login = c.author ?? 'ghost';
            const key = login.toLowerCase();
            // An edit can only make the gate stricter: a revoke counts however the comment came to be,
            // and only ever withdraws its author's own sign-off.
            if (cmd.revoke) {
                if (c.author)
                    byPerson.delete(key);
                continue;
            }
            const why = rejectReason(c, ctx, allowed, options);
            if (why?.error)
                errors.push(why.error);
            if (why) {
                result.ignored.push({ login, at: c.createdAt, url: c.url, reason: why.reason });
                continue;
            }
            byPerson.set(key, { gate: gateId, login, at: c.createdAt, url: c.url });
        }
    }
    result.valid = [...byPerson.values()].sort((a, b) => a.at.localeCompare(b.at));
    if (errors.length)
        result.error = [...new Set(errors)].join('; ');
    return result;
}
function rejectReason(c, ctx, allowed, options) {
    const problem = commentTrustProblem(c, ctx, allowed, 'sign off');
    if (problem)
        return problem;
    if (options.dismissStale && ctx.pr.headPushedAt && c.createdAt < ctx.pr.headPushedAt)
        return { reason: 'given before the latest push (dismiss-stale)' };
    return null;
}
/**
 * Why a command comment does not count, or null when it does: shared by sign-offs and waivers so
 * both trust the same people. The PR author, bots and edited comments never count.
 */
function commentTrustProblem(c, ctx, allowed, verb) {
    const pr = ctx.pr;
    const what = verb === 'sign off' ? 'sign off their own PR' : 'waive a gate on their own PR';
    if (!c.author)
        return { reason: 'the comment author is unknown (deleted account)' };
    if (c.authorIsBot || c.author.endsWith('[bot]'))
        return { reason: `bots cannot ${verb}` };
    if (pr.author && c.author.toLowerCase() === pr.author.toLowerCase())
        return { reason: `the PR author cannot ${what}` };
    if (c.lastEditedAt) {
        const by = c.editor && c.editor !== c.author ? ` by ${c.editor}` : '';
        return { reason: `the comment was edited${by} after posting; post a new comment instead` };
    }
    const check = (0, people_js_1.isAllowed)(c.author, allowed, ctx);
    if (!check.allowed) {
        if (check.error)
            return { reason: `could not check who may ${verb}: ${check.error}`, error: check.error };
        return { reason: `${c.author} is not allowed to ${verb} (allowed: ${(0, people_js_1.describePeople)(allowed)})` };
    }
    return null;
}
/**
 * The outcome for a PR-bound requirement when there is no PR: in the action it fails with the
 * reason; in the CLI (a local preview) it is skipped, since only the action on the PR can know.
 */
function withoutPr(ctx, what) {
    if (ctx.mode === 'cli')
        return { status: 'skipped', summary: `${what} is checked by the action on the pull request` };
    return { status: 'fail', summary: `no pull request for this commit: ${what} needs a PR to comment on` };
}
/** The command that unblocks a sign-off gate, and who may type it (groups expanded). */
function signoffUnblock(ctx, allowed) {
    return { command: `/signoff ${ctx.gateId}`, who: (0, people_js_1.describeWho)(allowed, ctx.groups) };
}
/** "Comment `/signoff <id>`" instruction text. */
function signoffHint(gateId, allowed) {
    return `${(0, people_js_1.describePeople)(allowed)} can sign off by commenting "/signoff ${gateId}" on the PR ("/signoff revoke ${gateId}" withdraws it).`;
}
/** Which gates of the whole config (every environment) take a sign-off, and the type of each gate. */
function signoffGates(gates) {
    const takes = new Set();
    const types = new Map();
    for (const [id, g] of Object.entries(gates)) {
        types.set(id, g.type);
        const c = g;
        if (g.type === 'manual' || (g.type === 'migrations' && c.signoff) || (g.type === 'window' && c.override))
            takes.add(id);
    }
    return { takes, types };
}
/**
 * The `/signoff` commands on the PR that cannot do anything: for a gate that does not exist or
 * takes no sign-off, or malformed. Bots' comments are left out (they may quote commands).
 */
function signoffNotices(comments, gates, 
/** Ids that a checklist gate took (its headings and items), and how it matches them. */
checklist = { knows: () => false, ids: [] }) {
    const { takes, types } = signoffGates(gates);
    const out = [];
    const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const c of sorted) {
        if (c.authorIsBot || (c.author ?? '').endsWith('[bot]'))
            continue;
        for (const cmd of c.commands) {
            const base = { command: cmd.text, login: c.author ?? 'ghost', at: c.createdAt, url: c.url };
            if (cmd.malformed) {
                out.push({ ...base, gate: cmd.gate, kind: 'malformed' });
                continue;
            }
            const known = (id) => checklist.knows(id) || (!cmd.na && takes.has(id));
            // `/signoff rollback plan`: several unknown words that, joined, name a gate or item.
            const joined = cmd.ids.join('-');
            if (cmd.ids.length > 1 && !cmd.ids.some(known) && known(joined)) {
                out.push({ ...base, gate: cmd.ids.join(' '), kind: 'unknown', suggestion: joined });
                continue;
            }
            for (const id of cmd.ids) {
                if (known(id))
                    continue;
                const type = cmd.na ? undefined : types.get(id);
                const suggestion = closest(id, cmd.na ? [...checklist.ids] : [...takes, ...checklist.ids]);
                out.push({
                    ...base,
                    gate: id,
                    kind: type === undefined ? 'unknown' : 'no-signoff',
                    ...(type !== undefined ? { type } : {}),
                    ...(suggestion ? { suggestion } : {}),
                });
            }
        }
    }
    return out;
}
/** The candidate within edit distance 2 (or a third of the word, if less) of `word`, if any. */
function closest(word, candidates) {
    const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
    let best;
    for (const id of candidates) {
        const d = (0, edit_distance_js_1.editDistance)(word, id, 2);
        if (d <= limit && (!best || d < best.d))
            best = { id, d };
    }
    return best?.id;
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

//# sourceMappingURL=2628.index.js.map