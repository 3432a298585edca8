/**
 * Waivers: a PR comment `/waive <gate-id> <reason> [until YYYY-MM-DD]` by someone on the gate's
 * `waivers:` list (or `defaults.waivers`) turns that gate's `fail` into `waived`, which allows the
 * deploy like `pass`. `/waive revoke <gate-id>` withdraws the writer's own waiver. Pure.
 *
 * Trust is the sign-offs' (see signoff.ts): the PR author, bots, people not on the list and edited
 * comments never count. A waiver past its `until` day (inclusive, UTC) no longer counts and is
 * reported as expired. `error` (the gate could not be evaluated) and `pending` are never waived:
 * a waiver accepts a known risk, it cannot stand in for facts nobody could read.
 */
import type { Person } from '../config/schema-types.generated.js';
import { describePeople } from './people.js';
import { commentTrustProblem } from './signoff.js';
import type { EvalContext, ExceptionRecord, GateResult, WaiveCommand, WaiverRecord } from './types.js';
import { formatTimestamp } from '../util/time.js';

const COMMAND = /^[ \t]*\/waive[ \t]+(revoke[ \t]+)?([a-z0-9][a-z0-9-]*)(?:[ \t]+(.*?))?[ \t]*$/i;
const UNTIL = /^(.*?)[ \t]*\buntil[ \t]+(\S+)$/i;
/**
 * What `commandLines` writes for markup inside a paragraph line (its MARKUP). Repeated here, not
 * imported, so that this module does not load the Markdown parser.
 */
const MARKUP = '\u0000';

/**
 * The `/waive` commands among a comment's command lines (visible plain paragraph text, read from
 * its Markdown by `commandLines` in signoff-commands.ts, the parser sign-offs use too).
 */
export function parseWaiveCommands(lines: readonly string[]): WaiveCommand[] {
  const out: WaiveCommand[] = [];
  for (const line of lines) {
    const m = COMMAND.exec(line);
    if (!m) continue;
    const gate = m[2]!.toLowerCase();
    if (m[1]) {
      out.push({ gate, revoke: true, reason: '', until: null });
      continue;
    }
    // As for /signoff, markup on the line (code, HTML, a link, emphasis) means it is not plain text:
    // an inline comment or <details> could hide part of it. A revoke is kept: it only makes the gate stricter.
    if (line.includes(MARKUP)) {
      out.push({
        gate,
        revoke: false,
        reason: '',
        until: null,
        problem: `a waiver is read only as plain text, and this line holds markup (code, HTML, a link or emphasis): write /waive ${gate} <reason> [until YYYY-MM-DD] as plain text on a line of its own`,
      });
      continue;
    }
    let reason = (m[3] ?? '').trim();
    let until: string | null = null;
    let problem: string | undefined;
    const u = UNTIL.exec(reason);
    if (u) {
      reason = u[1]!.trim();
      until = u[2]!;
      if (!realDay(until))
        problem = `"until ${until}" is not a date: write until YYYY-MM-DD, a day that exists`;
    }
    if (!reason) problem = `a waiver needs a reason: /waive ${gate} <reason> [until YYYY-MM-DD]`;
    out.push({ gate, revoke: false, reason, until, ...(problem ? { problem } : {}) });
  }
  return out;
}

function realDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export interface IgnoredWaiver {
  login: string;
  at: string;
  url?: string;
  reason: string;
}

export interface WaiverEvaluation {
  /** The newest waiver that counts and has not expired, or null. */
  active: WaiverRecord | null;
  /** Valid waivers whose `until` day has passed: they no longer count. */
  expired: WaiverRecord[];
  ignored: IgnoredWaiver[];
  /** A team membership could not be read, so a waiver could not be judged. */
  error?: string;
}

/** The waivers of `gateId` in the PR's comments, judged against `allowed` (empty: nobody may waive). */
export function evaluateWaivers(
  ctx: EvalContext,
  gateId: string,
  allowed: readonly Person[] | undefined,
): WaiverEvaluation {
  const result: WaiverEvaluation = { active: null, expired: [], ignored: [] };
  const pr = ctx.pr;
  if (!pr) return result;
  const byPerson = new Map<string, WaiverRecord>();
  const errors: string[] = [];
  const comments = [...pr.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const c of comments) {
    for (const cmd of c.waives ?? []) {
      if (cmd.gate !== gateId) continue;
      const login = c.author ?? 'ghost';
      const key = login.toLowerCase();
      // Like a sign-off revoke: it counts however the comment came to be (an edit can only make
      // the gate stricter), and only withdraws its author's own waiver.
      if (cmd.revoke) {
        if (c.author) byPerson.delete(key);
        continue;
      }
      const ignore = (reason: string) => result.ignored.push({ login, at: c.createdAt, url: c.url, reason });
      if (!allowed?.length) {
        ignore(
          `nobody may waive ${gateId}: it has no \`waivers:\` list of its own, and \`defaults.waivers\` is not set or does not apply (a gate locked by a shared config takes only its own list)`,
        );
        continue;
      }
      const why = commentTrustProblem(c, ctx, allowed, 'waive');
      if (why) {
        if (why.error) errors.push(why.error);
        ignore(why.reason);
        continue;
      }
      if (cmd.problem) {
        ignore(cmd.problem);
        continue;
      }
      byPerson.set(key, {
        gate: gateId,
        login,
        reason: cmd.reason,
        until: cmd.until,
        at: c.createdAt,
        url: c.url,
        expired: false,
      });
    }
  }
  const today = ctx.now.toISOString().slice(0, 10);
  const valid = [...byPerson.values()].sort((a, b) => a.at.localeCompare(b.at));
  for (const w of valid) {
    if (w.until !== null && today > w.until) result.expired.push({ ...w, expired: true });
    else result.active = w;
  }
  if (errors.length) result.error = [...new Set(errors)].join('; ');
  return result;
}

/**
 * The gate's result with its waivers applied: a `fail` with a waiver in force becomes `waived`;
 * expired and ignored waivers are reported in the details whatever the status.
 */
export function applyWaivers(
  r: GateResult,
  ev: WaiverEvaluation,
  allowed: readonly Person[] | undefined,
): GateResult {
  const notes: string[] = [
    ...ev.expired.map(
      (w) => `expired waiver by ${w.login} (until ${w.until}): ${w.reason}; it no longer counts`,
    ),
    ...ev.ignored.map((w) => `ignored waiver by ${w.login} at ${formatTimestamp(w.at)}: ${w.reason}`),
  ];
  const exceptions: ExceptionRecord[] = ev.expired.map((w) => waiverException(w));
  let out: GateResult = { ...r };
  if (ev.active && r.status === 'fail') {
    const w = ev.active;
    out = {
      ...out,
      status: 'waived',
      summary: `waived by ${w.login}${w.until ? ` until ${w.until}` : ' (no end date)'}: ${w.reason} (was: ${r.summary})`,
      waiver: w,
    };
    exceptions.unshift(waiverException(w));
  } else if (ev.active && (r.status === 'error' || r.status === 'pending')) {
    notes.unshift(
      `the waiver by ${ev.active.login} does not apply: a waiver turns a fail into waived, never an ${r.status} (the gate could not be decided)`,
    );
  } else if (!ev.active && ev.error && r.status === 'fail') {
    // A waiver might count, but who may waive could not be read: fail closed, say why.
    out = { ...out, status: 'error', summary: `could not check who may waive this gate: ${ev.error}` };
  } else if (r.status === 'fail' && allowed?.length) notes.push(waiveHint(r.id, allowed));
  if (notes.length) out.details = [...(out.details ?? []), { kind: 'list', items: notes }];
  if (exceptions.length) out.exceptions = [...(out.exceptions ?? []), ...exceptions];
  return out;
}

function waiverException(w: WaiverRecord): ExceptionRecord {
  return {
    kind: 'waiver',
    gate: w.gate,
    subject: 'the whole gate',
    by: w.login,
    reason: w.reason,
    until: w.until,
    at: w.at,
    ...(w.url ? { url: w.url } : {}),
    ...(w.expired ? { expired: true } : {}),
  };
}

/** "Comment `/waive <id> <reason>`" instruction text, for gates that can be waived. */
export function waiveHint(gateId: string, allowed: readonly Person[]): string {
  return `${describePeople(allowed)} can waive it by commenting "/waive ${gateId} <reason> until YYYY-MM-DD" on the PR.`;
}
