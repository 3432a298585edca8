export const id = 9663;
export const ids = [9663];
export const modules = {

/***/ 9663:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.PRESET_COMMANDS = void 0;
exports.changedMigrations = changedMigrations;
exports.editWarning = editWarning;
exports.evaluateMigrations = evaluateMigrations;
exports.explainMigrations = explainMigrations;
/**
 * The migrations gate: "Deploy is allowed if changed migrations are signed off and no migration is
 * pending." Two independent parts, each optional:
 * - `paths`: migration files the PR adds or changes are listed; with `signoff` they need a
 *   `/signoff <gate-id>` from an allowed person. Edits to existing migration files are called out:
 *   the old version may already be applied in production.
 * - `status` / `tool`: a command reports pending migrations (gathered by the source).
 * The gate's status is the worst of its parts.
 */
const picomatch_1 = __importDefault(__webpack_require__(4006));
const duration_js_1 = __webpack_require__(6518);
const people_js_1 = __webpack_require__(2165);
const signoff_js_1 = __webpack_require__(878);
const people_js_2 = __webpack_require__(2165);
const SEVERITY = {
    pass: 0,
    skipped: 1,
    waived: 1,
    pending: 2,
    fail: 3,
    error: 4,
};
const DANGER = 'it may already be applied in production';
function asList(v) {
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Migration files among the changed files (a rename counts when either side matches). */
function changedMigrations(gate, files) {
    const match = (0, picomatch_1.default)(asList(gate.paths), { dot: true });
    return files.filter((f) => match(f.path) || (f.previousPath !== undefined && match(f.previousPath)));
}
/** Why a change to a migration is dangerous, or null for a new file. */
function editWarning(file) {
    switch (file.status) {
        case 'added':
        case 'copied':
            return null;
        case 'removed':
            return `deletes an existing migration; ${DANGER}`;
        case 'renamed':
            return `renames an existing migration${file.previousPath ? ` (was ${file.previousPath})` : ''}; ${DANGER}`;
        default:
            return `edits an existing migration; ${DANGER}`;
    }
}
function changesPart(gate, facts, ctx) {
    if (gate.paths === undefined)
        return null;
    const signoff = gate.signoff;
    if (ctx.pr?.incomplete?.files)
        return { status: 'error', summary: ctx.pr.incomplete.files, details: [] };
    const files = ctx.pr ? ctx.pr.files : (facts.changed?.files ?? null);
    if (!files) {
        if (signoff)
            return { ...(0, signoff_js_1.withoutPr)(ctx, 'sign-off of changed migrations'), details: [] };
        // Informational only: nothing to list without a PR, and nothing that could block.
        return null;
    }
    const changed = changedMigrations(gate, files);
    if (!changed.length)
        return { status: 'pass', summary: 'no migration changed', details: [] };
    const edits = changed.filter((f) => editWarning(f));
    const details = [
        {
            kind: 'table',
            columns: ['Migration', 'Change', 'Note'],
            rows: changed.map((f) => [f.path, f.status, editWarning(f) ?? 'new migration']),
        },
    ];
    const where = ctx.pr ? '' : ` compared with ${facts.changed?.base ?? 'the base'}`;
    const editNote = edits.length === 1
        ? ' (1 edits an existing migration)'
        : edits.length
            ? ` (${edits.length} edit existing migrations)`
            : '';
    const what = `${plural(changed.length, 'changed migration')}${where}${editNote}`;
    if (!signoff)
        return { status: 'pass', summary: `${what}; no sign-off required`, details };
    if (!ctx.pr) {
        const out = (0, signoff_js_1.withoutPr)(ctx, `sign-off of ${what}`);
        return { status: out.status, summary: out.summary, details };
    }
    const ev = (0, signoff_js_1.evaluateSignoffs)(ctx, ctx.gateId, signoff, { dismissStale: gate['dismiss-stale'] === true });
    if (ev.ignored.length) {
        details.push({ kind: 'text', text: 'Sign-offs that do not count:' });
        details.push({
            kind: 'list',
            items: ev.ignored.map((i) => `${i.login} at ${i.at}: ${i.reason}`),
        });
    }
    if (ev.valid.length) {
        return {
            status: 'pass',
            summary: `${what}, signed off by ${ev.valid.map((s) => s.login).join(', ')}`,
            details,
            signoffs: ev.valid,
        };
    }
    details.push({ kind: 'text', text: (0, signoff_js_1.signoffHint)(ctx.gateId, signoff) });
    if (ev.error)
        return { status: 'error', summary: `could not check the sign-offs of ${what}: ${ev.error}`, details };
    return {
        status: 'fail',
        summary: `${what} need${changed.length === 1 ? 's' : ''} a sign-off from ${(0, people_js_1.describePeople)(signoff)}`,
        details,
        unblock: [(0, signoff_js_1.signoffUnblock)(ctx, signoff)],
    };
}
function statusPart(gate, facts) {
    if (gate.status === undefined && gate.tool === undefined)
        return null;
    const s = facts.status;
    if (!s)
        return { status: 'error', summary: 'the migration status command did not run', details: [] };
    const details = [{ kind: 'text', text: `Status command: ${s.command}` }];
    const withOutput = () => {
        if (s.output.trim())
            details.push({ kind: 'code', text: s.output });
    };
    switch (s.state) {
        case 'up-to-date':
            return { status: 'pass', summary: 'no migration pending', details };
        case 'pending': {
            if (s.pending?.length) {
                details.push({ kind: 'text', text: 'Pending migrations:' }, { kind: 'list', items: s.pending });
                withOutput();
                const names = s.pending.slice(0, 3).join(', ') + (s.pending.length > 3 ? ', …' : '');
                return {
                    status: 'fail',
                    summary: `${plural(s.pending.length, 'migration')} pending: ${names}`,
                    details,
                };
            }
            withOutput();
            return {
                status: 'fail',
                summary: `migrations pending (status command exited with code ${s.exitCode ?? '?'})`,
                details,
            };
        }
        case 'unreachable':
            withOutput();
            if (s.credentials)
                return {
                    status: 'error',
                    summary: `the database refused the credentials of the migration status command: ${s.message ?? 'authentication failed'}; check the user and password in its connection settings (e.g. DATABASE_URL)`,
                    details,
                };
            return {
                status: 'error',
                summary: `could not reach the database to check pending migrations: ${s.message ?? 'connection failed'}`,
                details,
            };
        case 'not-installed':
            withOutput();
            return {
                status: 'error',
                summary: `the migration status command could not run (not found): ${s.command}; install the tool or fix the command`,
                details,
            };
        case 'timeout':
            withOutput();
            return {
                status: 'error',
                summary: `the migration status command timed out after ${(0, duration_js_1.formatDuration)(s.timeoutMs)}; raise timeout or check the database`,
                details,
            };
        case 'aborted':
            withOutput();
            return {
                status: 'error',
                summary: 'the migration status command was stopped (the run was cancelled or its deadline passed)',
                details,
            };
        case 'unreadable':
            withOutput();
            return {
                status: 'error',
                summary: `could not read the output of the ${s.tool ?? 'status'} command, so pending migrations are unknown`,
                details,
            };
        case 'failed':
            withOutput();
            return {
                status: 'error',
                summary: `the migration status command failed (${s.message ?? 'unknown error'})`,
                details,
            };
    }
}
function evaluateMigrations(gate, facts, ctx) {
    const parts = [statusPart(gate, facts), changesPart(gate, facts, ctx)].filter((p) => p !== null);
    if (!parts.length) {
        if (gate.paths !== undefined)
            return { status: 'skipped', summary: 'no pull request: changed migrations are not listed' };
        return { status: 'error', summary: 'nothing to check: set paths, status or tool' };
    }
    const worst = parts.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a));
    const ordered = [...parts].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
    const outcome = {
        status: worst.status,
        summary: ordered.map((p) => p.summary).join('; '),
    };
    const details = parts.flatMap((p) => p.details);
    if (details.length)
        outcome.details = details;
    const signoffs = parts.flatMap((p) => p.signoffs ?? []);
    if (signoffs.length)
        outcome.signoffs = signoffs;
    const unblock = parts.flatMap((p) => p.unblock ?? []);
    if (unblock.length && outcome.status !== 'pass')
        outcome.unblock = unblock;
    return outcome;
}
/** What the gate checks, with defaults applied (`shipgate explain`). */
function explainMigrations(gate) {
    const out = [];
    if (gate.paths !== undefined) {
        out.push(`Migration files: ${asList(gate.paths).join(', ')} (globs, relative to the repository root).`);
        if (gate.signoff) {
            out.push(`Changed migration files (added, modified, renamed or removed by the PR) need a "/signoff <gate-id>" comment from ${(0, people_js_1.describePeople)(gate.signoff)}; the PR author, bots and edited comments do not count.`);
            out.push(gate['dismiss-stale']
                ? 'dismiss-stale: true — sign-offs given before the latest push do not count.'
                : 'dismiss-stale: false — sign-offs stay valid after later pushes.');
        }
        else {
            out.push('No signoff list: changed migration files are only listed, they do not block.');
        }
        out.push('Edits to existing migration files are called out: they may already be applied in production.');
        out.push('Without a PR: the action fails when a sign-off is required; the CLI compares with --base (including uncommitted files) and skips the sign-off.');
    }
    else {
        out.push('paths not set: changed migration files are not checked.');
    }
    if (gate.status !== undefined || gate.tool !== undefined) {
        const cmd = gate.status ?? (gate.tool ? exports.PRESET_COMMANDS[gate.tool] : '');
        out.push(`Pending migrations: runs "${cmd}"${gate.tool ? ` (tool: ${gate.tool})` : ''} through the shell in ${gate.cwd ?? 'the repository root'}, timeout ${gate.timeout ?? '5m'}.`);
        if (gate.tool && gate.status === undefined)
            out.push(`The ${gate.tool} output is read to name the pending migrations.`);
        else if (gate.tool)
            out.push(`The output is read as ${gate.tool} output to name the pending migrations.`);
        else
            out.push('Exit 0 means nothing is pending; any other exit means pending migrations (fail).');
        out.push('A command that cannot run, times out or cannot reach the database makes the gate an error, never a pass.');
        const env = Object.keys(gate.env ?? {});
        if (env.length)
            out.push(`Extra environment: ${env.join(', ')}.`);
    }
    else {
        out.push('status/tool not set: pending migrations are not checked.');
    }
    return out;
}
/** The preset commands, for `explain` (the source holds the runnable form). */
exports.PRESET_COMMANDS = {
    prisma: 'npx --no prisma migrate status',
    knex: 'npx --no knex migrate:list',
    'node-pg-migrate': "shipgate's read-only node-pg-migrate check (migrations directory vs. the pgmigrations table, using the project's pg)",
    django: 'python manage.py showmigrations --plan',
    rails: 'bin/rails db:migrate:status',
    flyway: 'flyway info',
    atlas: 'atlas migrate status',
};
exports.gate = {
    evaluate: evaluateMigrations,
    explain: explainMigrations,
    teams: (gate, ctx) => ctx.signoffGates.has(ctx.gateId) && gate.signoff ? (0, people_js_2.teamsIn)(gate.signoff, ctx.groups) : [],
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

//# sourceMappingURL=9663.index.js.map