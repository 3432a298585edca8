/**
 * Sign-offs: PR comments `/signoff <gate-id>` and `/signoff revoke <gate-id>`, shared by the
 * `manual` gate, `migrations.signoff` and `window.override`. Pure: works on gathered comments.
 *
 * A sign-off counts only when its comment was written by a person the gate allows, who is not the
 * PR author and not a bot, and was never edited (an edit could turn any comment into a sign-off).
 * With dismiss-stale, only sign-offs posted after the latest push count.
 */
import type { Person } from '../config/schema-types.generated.js';
import { describePeople, isAllowed } from './people.js';
import type { CommentFact, EvalContext, GateOutcome, SignoffRecord } from './types.js';

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

const COMMAND = /^\s*\/signoff\s+(revoke\s+)?([a-z0-9][a-z0-9-]*)\s*$/i;

/** The `/signoff` commands in a comment body, one per line; quoted lines (`> …`) never count. */
export function parseSignoffCommands(body: string): { gate: string; revoke: boolean }[] {
  const out: { gate: string; revoke: boolean }[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = COMMAND.exec(line);
    if (m) out.push({ gate: m[2]!.toLowerCase(), revoke: Boolean(m[1]) });
  }
  return out;
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
  const byPerson = new Map<string, SignoffRecord>();
  const errors: string[] = [];
  const comments = [...pr.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const c of comments) {
    for (const cmd of parseSignoffCommands(c.body)) {
      if (cmd.gate !== gateId) continue;
      const login = c.author ?? 'ghost';
      const ignore = (reason: string) => result.ignored.push({ login, at: c.createdAt, url: c.url, reason });
      const why = rejectReason(c, ctx, allowed, options);
      if (why?.error) errors.push(why.error);
      if (why) {
        ignore(why.reason);
        continue;
      }
      const key = login.toLowerCase();
      if (cmd.revoke) byPerson.delete(key);
      else byPerson.set(key, { gate: gateId, login, at: c.createdAt, url: c.url });
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

/** "Comment `/signoff <id>`" instruction text. */
export function signoffHint(gateId: string, allowed: readonly Person[]): string {
  return `${describePeople(allowed)} can sign off by commenting "/signoff ${gateId}" on the PR ("/signoff revoke ${gateId}" withdraws it).`;
}
