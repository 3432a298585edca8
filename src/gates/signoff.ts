/**
 * Sign-offs: PR comments `/signoff <gate-id>` and `/signoff revoke <gate-id>`, shared by the
 * `manual` gate, `migrations.signoff` and `window.override`. Pure: works on gathered comments.
 *
 * The commands come from the comment's Markdown (`signoff-commands.ts`): only plain paragraph text
 * counts. A sign-off counts only when its comment was written by a person the gate allows, who is
 * not the PR author and not a bot, and was never edited (an edit could turn any comment into a
 * sign-off). A revoke always counts, edited or not: an edit can only make a gate stricter. With
 * dismiss-stale, only sign-offs posted after the latest push count.
 */
import type { Person } from '../config/schema-types.generated.js';
import { describePeople, describeWho, isAllowed } from './people.js';
import type { CommentFact, EvalContext, GateOutcome, SignoffRecord, UnblockCommand } from './types.js';
import { editDistance } from '../util/edit-distance.js';

export type { SignoffCommand } from './types.js';

export interface IgnoredSignoff {
  login: string;
  at: string;
  url?: string;
  reason: string;
}

export interface SignoffEvaluation {
  /** Sign-offs that count: the latest valid one per person, oldest first. */
  valid: SignoffRecord[];
  /** Sign-off comments that do not count, with why. */
  ignored: IgnoredSignoff[];
  /** Set when a team membership could not be read, so a sign-off could not be judged. */
  error?: string;
}

export interface SignoffOptions {
  dismissStale?: boolean;
}

export function evaluateSignoffs(
  ctx: EvalContext,
  gateId: string,
  allowed: readonly Person[],
  options: SignoffOptions = {},
): SignoffEvaluation {
  const pr = ctx.pr;
  const result: SignoffEvaluation = { valid: [], ignored: [] };
  if (!pr) return result;
  // A sign-off (or a revoke) may be among what could not be read: nothing is judged on part of it.
  if (pr.incomplete?.comments) return { ...result, error: pr.incomplete.comments };
  const byPerson = new Map<string, SignoffRecord>();
  const errors: string[] = [];
  const comments = [...pr.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const c of comments) {
    for (const cmd of c.commands) {
      if (cmd.malformed || cmd.na || !cmd.ids.includes(gateId)) continue;
      const login = c.author ?? 'ghost';
      const key = login.toLowerCase();
      // An edit can only make the gate stricter: a revoke counts however the comment came to be,
      // and only ever withdraws its author's own sign-off.
      if (cmd.revoke) {
        if (c.author) byPerson.delete(key);
        continue;
      }
      const why = rejectReason(c, ctx, allowed, options);
      if (why?.error) errors.push(why.error);
      if (why) {
        result.ignored.push({ login, at: c.createdAt, url: c.url, reason: why.reason });
        continue;
      }
      byPerson.set(key, { gate: gateId, login, at: c.createdAt, url: c.url });
    }
  }
  result.valid = [...byPerson.values()].sort((a, b) => a.at.localeCompare(b.at));
  if (errors.length) result.error = [...new Set(errors)].join('; ');
  return result;
}

function rejectReason(
  c: CommentFact,
  ctx: EvalContext,
  allowed: readonly Person[],
  options: SignoffOptions,
): { reason: string; error?: string } | null {
  const problem = commentTrustProblem(c, ctx, allowed, 'sign off');
  if (problem) return problem;
  if (options.dismissStale && ctx.pr!.headPushedAt && c.createdAt < ctx.pr!.headPushedAt)
    return { reason: 'given before the latest push (dismiss-stale)' };
  return null;
}

/**
 * Why a command comment does not count, or null when it does: shared by sign-offs and waivers so
 * both trust the same people. The PR author, bots and edited comments never count.
 */
export function commentTrustProblem(
  c: CommentFact,
  ctx: EvalContext,
  allowed: readonly Person[],
  verb: 'sign off' | 'waive',
): { reason: string; error?: string } | null {
  const pr = ctx.pr!;
  const what = verb === 'sign off' ? 'sign off their own PR' : 'waive a gate on their own PR';
  if (!c.author) return { reason: 'the comment author is unknown (deleted account)' };
  if (c.authorIsBot || c.author.endsWith('[bot]')) return { reason: `bots cannot ${verb}` };
  if (pr.author && c.author.toLowerCase() === pr.author.toLowerCase())
    return { reason: `the PR author cannot ${what}` };
  if (c.lastEditedAt) {
    const by = c.editor && c.editor !== c.author ? ` by ${c.editor}` : '';
    return { reason: `the comment was edited${by} after posting; post a new comment instead` };
  }
  const check = isAllowed(c.author, allowed, ctx);
  if (!check.allowed) {
    if (check.error) return { reason: `could not check who may ${verb}: ${check.error}`, error: check.error };
    return { reason: `${c.author} is not allowed to ${verb} (allowed: ${describePeople(allowed)})` };
  }
  return null;
}

/**
 * The outcome for a PR-bound requirement when there is no PR: in the action it fails with the
 * reason; in the CLI (a local preview) it is skipped, since only the action on the PR can know.
 */
export function withoutPr(ctx: EvalContext, what: string): GateOutcome {
  if (ctx.mode === 'cli')
    return { status: 'skipped', summary: `${what} is checked by the action on the pull request` };
  return { status: 'fail', summary: `no pull request for this commit: ${what} needs a PR to comment on` };
}

/** The command that unblocks a sign-off gate, and who may type it (groups expanded). */
export function signoffUnblock(ctx: EvalContext, allowed: readonly Person[]): UnblockCommand {
  return { command: `/signoff ${ctx.gateId}`, who: describeWho(allowed, ctx.groups) };
}

/** "Comment `/signoff <id>`" instruction text. */
export function signoffHint(gateId: string, allowed: readonly Person[]): string {
  return `${describePeople(allowed)} can sign off by commenting "/signoff ${gateId}" on the PR ("/signoff revoke ${gateId}" withdraws it).`;
}

/** A `/signoff` command that no gate takes, answered in the checklist instead of being ignored. */
export interface SignoffNotice {
  /** The command as written. */
  command: string;
  login: string;
  at: string;
  url?: string;
  /** `unknown`: no such gate; `no-signoff`: the gate takes none; `malformed`: not `/signoff [revoke] <id>`. */
  kind: 'unknown' | 'no-signoff' | 'malformed';
  gate: string;
  /** For `no-signoff`: the gate's type. */
  type?: string;
  /** The closest gate id that takes a sign-off, when one is close. */
  suggestion?: string;
}

/** Which gates of the whole config (every environment) take a sign-off, and the type of each gate. */
export function signoffGates(gates: Readonly<Record<string, { type: string }>>): {
  takes: Set<string>;
  types: Map<string, string>;
} {
  const takes = new Set<string>();
  const types = new Map<string, string>();
  for (const [id, g] of Object.entries(gates)) {
    types.set(id, g.type);
    const c = g as { signoff?: unknown; override?: unknown };
    if (g.type === 'manual' || (g.type === 'migrations' && c.signoff) || (g.type === 'window' && c.override))
      takes.add(id);
  }
  return { takes, types };
}

/**
 * The `/signoff` commands on the PR that cannot do anything: for a gate that does not exist or
 * takes no sign-off, or malformed. Bots' comments are left out (they may quote commands).
 */
export function signoffNotices(
  comments: readonly CommentFact[],
  gates: Readonly<Record<string, { type: string }>>,
  /** Ids that a checklist gate took (its headings and items), and how it matches them. */
  checklist: { knows: (id: string) => boolean; ids: readonly string[] } = { knows: () => false, ids: [] },
): SignoffNotice[] {
  const { takes, types } = signoffGates(gates);
  const out: SignoffNotice[] = [];
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const c of sorted) {
    if (c.authorIsBot || (c.author ?? '').endsWith('[bot]')) continue;
    for (const cmd of c.commands) {
      const base = { command: cmd.text, login: c.author ?? 'ghost', at: c.createdAt, url: c.url };
      if (cmd.malformed) {
        out.push({ ...base, gate: cmd.gate, kind: 'malformed' });
        continue;
      }
      const known = (id: string) => checklist.knows(id) || (!cmd.na && takes.has(id));
      // `/signoff rollback plan`: several unknown words that, joined, name a gate or item.
      const joined = cmd.ids.join('-');
      if (cmd.ids.length > 1 && !cmd.ids.some(known) && known(joined)) {
        out.push({ ...base, gate: cmd.ids.join(' '), kind: 'unknown', suggestion: joined });
        continue;
      }
      for (const id of cmd.ids) {
        if (known(id)) continue;
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
function closest(word: string, candidates: string[]): string | undefined {
  const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
  let best: { id: string; d: number } | undefined;
  for (const id of candidates) {
    const d = editDistance(word, id, 2);
    if (d <= limit && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}
