/**
 * `approvals`: enough approving reviews from the right people.
 *
 * Only each reviewer's latest review state counts (APPROVED, CHANGES_REQUESTED, DISMISSED; a plain
 * comment review does not change it). The PR author and bots never count. An outstanding "changes
 * requested" blocks. With dismiss-stale, an approval of an older commit than the head does not count.
 * Only people who can push count, as in branch protection: a review by someone with read or triage
 * access (or none, on a public repository) neither approves nor requests changes.
 */
import type { ApprovalsGate } from '../config/schema-types.generated.js';
import { isEmailOwner, ownersOf, parseCodeownersFile } from './codeowners.js';
import { describePeople, isAllowed } from './people.js';
import { withoutPr } from './signoff.js';
import type { Detail, EvalContext, GateOutcome, Inline } from './types.js';
import { formatTimestamp } from '../util/time.js';
import type { GateLogic } from './types.js';
import { teamsIn } from './people.js';

export interface ReviewFact {
  author: string | null;
  authorIsBot: boolean;
  /** Has push access to the repository (write, maintain or admin), as branch protection requires. */
  authorCanPush: boolean;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING */
  state: string;
  submittedAt: string | null;
  /** The commit the review was given on. */
  commitOid: string | null;
}

export interface ApprovalsFacts {
  reviews: ReviewFact[];
  /** CODEOWNERS text from the base branch, and where it was found; null when there is none. */
  codeowners: { path: string; text: string } | null;
}

interface Approval {
  login: string;
  at: string | null;
}

export function evaluateApprovals(gate: ApprovalsGate, facts: ApprovalsFacts, ctx: EvalContext): GateOutcome {
  const pr = ctx.pr;
  if (!pr) return withoutPr(ctx, 'review approval');
  const min = gate.min ?? 1;
  const unread = [pr.incomplete?.reviews, gate.codeowners ? pr.incomplete?.files : undefined].filter(
    (u): u is string => !!u,
  );
  if (unread.length) return { status: 'error', summary: unread.join('; ') };
  const latest = new Map<string, ReviewFact>();
  const noPush = new Map<string, string>();
  const ignored: { login: string; reason: string }[] = [];
  const sorted = [...facts.reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  for (const r of sorted) {
    if (!r.author || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) continue;
    const key = r.author.toLowerCase();
    if (r.authorIsBot || r.author.endsWith('[bot]')) {
      if (r.state === 'APPROVED') ignored.push({ login: r.author, reason: 'bots do not count' });
      continue;
    }
    if (pr.author && key === pr.author.toLowerCase()) continue;
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
  const approvals: Approval[] = [];
  const changesRequested: string[] = [];
  for (const r of latest.values()) {
    if (r.state === 'CHANGES_REQUESTED') changesRequested.push(r.author!);
    if (r.state !== 'APPROVED') continue;
    if (gate['dismiss-stale'] && r.commitOid !== pr.headSha) {
      ignored.push({
        login: r.author!,
        reason: r.commitOid
          ? `approved ${r.commitOid.slice(0, 7)}, before the latest push (dismiss-stale)`
          : 'approved a commit GitHub no longer knows, so not the latest push (dismiss-stale)',
      });
      continue;
    }
    approvals.push({ login: r.author!, at: r.submittedAt });
  }

  const problems: string[] = [];
  const errors: string[] = [];
  if (changesRequested.length) problems.push(`changes requested by ${changesRequested.join(', ')}`);
  if (approvals.length < min) problems.push(`${approvals.length} of ${min} required approvals`);
  if (gate.from) {
    const checks = approvals.map((a) => isAllowed(a.login, gate.from!, ctx));
    if (!checks.some((c) => c.allowed)) {
      const err = checks.find((c) => c.error)?.error ?? (approvals.length ? undefined : undefined);
      if (err) errors.push(`could not check approvers against ${describePeople(gate.from)}: ${err}`);
      else problems.push(`no approval from ${describePeople(gate.from)}`);
    }
  }
  const details: Detail[] = [];
  if (gate.codeowners) {
    const co = codeownerProblems(facts, approvals, ctx);
    if (co.error) errors.push(co.error);
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
      items: approvals.map((a) => `approved by ${a.login}${a.at ? ` at ${formatTimestamp(a.at)}` : ''}`),
    });
  if (ignored.length)
    details.push({ kind: 'list', items: ignored.map((i) => `not counted: ${i.login} — ${i.reason}`) });

  if (errors.length) return { status: 'error', summary: errors.join('; '), details };
  if (problems.length) return { status: 'fail', summary: problems.join('; '), details };
  const who = approvals.map((a) => a.login).join(', ');
  return {
    status: 'pass',
    summary: min === 0 && !approvals.length ? 'no approval required' : `approved by ${who}`,
    details,
  };
}

function codeownerProblems(facts: ApprovalsFacts, approvals: Approval[], ctx: EvalContext) {
  const rows: Inline[][] = [];
  const problems: string[] = [];
  if (!facts.codeowners) {
    return {
      rows,
      problems,
      error:
        'codeowners: true, but the base branch has no CODEOWNERS file (looked in .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS)',
    };
  }
  const parsed = parseCodeownersFile(facts.codeowners.text);
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
  const unapproved: string[] = [];
  const unverifiable = new Map<string, string[]>();
  const errors = new Set<string>();
  for (const file of ctx.pr!.files) {
    const rule = ownersOf(parsed.rules, file.path);
    const owners = rule?.owners ?? [];
    if (!owners.length) continue;
    // CODEOWNERS names GitHub users and teams, never the config's groups.
    const people = owners.filter((o) => o.startsWith('@')).map((o) => (o.includes('/') ? o : o.slice(1)));
    const emails = owners.filter(isEmailOwner);
    let ok = false;
    for (const a of approvals) {
      const check = isAllowed(a.login, people, { groups: {}, teams: ctx.teams });
      if (check.allowed) {
        ok = true;
        break;
      }
      if (check.error) errors.add(check.error);
    }
    rows.push([
      file.path,
      owners.join(' '),
      ok ? 'yes' : emails.length ? 'cannot tell (e-mail owner)' : 'no',
    ]);
    if (ok) continue;
    // An e-mail owner may have approved under their login: the API cannot say, so this is unknown.
    if (emails.length) unverifiable.set(file.path, emails);
    else unapproved.push(file.path);
  }
  const shown = (paths: string[]) =>
    paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
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

export function explainApprovals(gate: ApprovalsGate): string[] {
  const lines = [
    `At least ${gate.min ?? 1} approving review(s) from people who can push to the repository; the PR author and bots never count; only each reviewer's latest review counts.`,
  ];
  lines.push('An outstanding "changes requested" review blocks.');
  if (gate.from) lines.push(`At least one approval must come from ${describePeople(gate.from)}.`);
  if (gate.codeowners)
    lines.push(
      "Every changed file needs an approval from one of its code owners (the base branch's CODEOWNERS, last matching rule wins).",
    );
  lines.push(
    gate['dismiss-stale']
      ? 'Approvals of an older commit than the head do not count (dismiss-stale).'
      : 'Approvals of earlier commits still count (dismiss-stale: false).',
  );
  return lines;
}

export const gate: GateLogic<'approvals', ApprovalsFacts> = {
  evaluate: evaluateApprovals,
  explain: explainApprovals,
  // Team members matter only once someone approved: before that no team can make the gate pass.
  teams: (gate, ctx) => {
    if (!ctx.github.approved) return [];
    const teams = gate.from ? teamsIn(gate.from, ctx.groups) : [];
    if (gate.codeowners && ctx.github.codeowners !== null) {
      const rules = parseCodeownersFile(ctx.github.codeowners).rules;
      for (const f of ctx.pr.files)
        for (const o of ownersOf(rules, f.path)?.owners ?? [])
          if (o.startsWith('@') && o.includes('/')) teams.push(o.slice(1).toLowerCase());
    }
    return teams;
  },
};
