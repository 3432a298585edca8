export const id = 5529;
export const ids = [5529];
export const modules = {

/***/ 5529:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = void 0;
exports.evaluateEnvironment = evaluateEnvironment;
exports.explainEnvironment = explainEnvironment;
const people_js_1 = __webpack_require__(2165);
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
function evaluateEnvironment(gate, facts, ctx) {
    const env = facts.environment;
    const min = gate.min ?? 1;
    const mine = facts.approvals.filter((a) => a.environments.some((e) => same(e, env)));
    const rows = [];
    const counted = [];
    const errors = [];
    const rejected = [];
    for (const a of mine) {
        const login = a.login ?? 'ghost';
        let why = null;
        if (a.state !== 'approved') {
            why = `${a.state}`;
            if (a.state === 'rejected')
                rejected.push(a);
        }
        else if (!a.login)
            why = 'the approver is unknown (deleted account)';
        else if (a.isBot || login.endsWith('[bot]'))
            why = 'bots do not count';
        else if (ctx.pr?.author && same(login, ctx.pr.author))
            why = 'the PR author cannot approve their own deploy';
        else if (facts.actors.some((x) => same(x, login)))
            why = 'triggered this run: nobody approves their own deploy';
        else if (counted.some((c) => same(c, login)))
            why = 'already counted';
        else if (gate.from) {
            const check = (0, people_js_1.isAllowed)(login, gate.from, ctx);
            if (check.error) {
                errors.push(check.error);
                why = `could not check: ${check.error}`;
            }
            else if (!check.allowed)
                why = `not in from (${(0, people_js_1.describePeople)(gate.from)})`;
        }
        if (!why)
            counted.push(login);
        // GitHub's approvals API records who and what, not when.
        rows.push([env, login, 'not recorded by GitHub', a.comment, why ? `no: ${why}` : 'yes']);
    }
    const details = [];
    if (rows.length)
        details.push({
            kind: 'table',
            columns: ['Environment', 'Approved by', 'When', 'Comment', 'Counted'],
            rows,
        });
    const problems = [];
    if (gate.protected)
        problems.push(...protectionProblems(env, facts.settings));
    if (!mine.length) {
        details.push({
            kind: 'text',
            text: `Nobody approved ${env} for run ${facts.runId}. GitHub only asks for an approval when the environment has required reviewers: add them under Settings → Environments → ${env} → Required reviewers, and make the deploy job use \`environment: ${env}\`.`,
        });
        return {
            status: 'fail',
            summary: `${env} was not approved by anyone: is the environment protected?${problems.length ? ` Also: ${problems.join('; ')}` : ''}`,
            details,
        };
    }
    if (rejected.length)
        return {
            status: 'fail',
            summary: `${env} was rejected by ${rejected.map((r) => r.login ?? 'ghost').join(', ')}`,
            details,
        };
    if (counted.length < min && errors.length)
        return {
            status: 'error',
            summary: `could not check who approved ${env}: ${[...new Set(errors)].join('; ')}`,
            details,
        };
    if (counted.length < min) {
        const who = gate.from ? ` from ${(0, people_js_1.describePeople)(gate.from)}` : '';
        return {
            status: 'fail',
            summary: `${counted.length} of ${min} approvals of ${env}${who} count${counted.length ? ` (${counted.join(', ')})` : ''}; the PR author and whoever triggered the run do not count`,
            details,
        };
    }
    if (problems.length) {
        return { status: 'fail', summary: problems.join('; '), details };
    }
    return { status: 'pass', summary: `${env} approved by ${counted.join(', ')}`, details };
}
function protectionProblems(env, s) {
    if (!s)
        return [`the settings of ${env} were not read`];
    const where = `Settings → Environments → ${env}`;
    if (!s.exists)
        return [
            `the repository has no environment ${env}: GitHub creates it unprotected on first use; create it under Settings → Environments and add required reviewers`,
        ];
    const out = [];
    if (!s.reviewers.length)
        out.push(`${env} has no required reviewers: turn on "Required reviewers" under ${where}`);
    if (s.canAdminsBypass)
        out.push(`${env} lets administrators bypass its protection (can_admins_bypass): untick "Allow administrators to bypass configured protection rules" under ${where}`);
    return out;
}
function explainEnvironment(gate) {
    return [
        `Needs ${gate.min ?? 1} approval(s) of the run's environment ${gate.environment ?? '(the action input `environment`)'} in GitHub's "Review deployments"${gate.from ? ` by ${(0, people_js_1.describePeople)(gate.from)}` : ''}.`,
        'Approvals by the PR author, by the actor who triggered the run, and by bots do not count; no approval at all fails.',
        gate.protected
            ? 'Also fails when the environment has no required reviewers or lets administrators bypass them (protected: true).'
            : "The environment's own settings are not checked (protected: false).",
    ];
}
exports.gate = {
    evaluate: evaluateEnvironment,
    explain: explainEnvironment,
    teams: (gate, ctx) => (gate.from ? (0, people_js_1.teamsIn)(gate.from, ctx.groups) : []),
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


/***/ })

};

//# sourceMappingURL=5529.index.js.map