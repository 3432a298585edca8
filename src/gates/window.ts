/**
 * `window` gate: deploys only inside allowed time windows and outside freeze periods, in an IANA
 * time zone; a sign-off by an `override` person lifts it for the PR. Pure: judges `ctx.now`.
 *
 * Rules are wall-clock times in the gate's time zone, turned into instants with Intl. DST rule
 * (same as RFC 5545 / Temporal's "compatible" for repeated times, and cron for skipped ones):
 * - a wall time that does not exist (skipped when clocks spring forward) means the moment the
 *   clocks jump: `02:30` on the spring-forward day in Europe/Berlin is 03:00 CEST; a window that
 *   lies entirely inside the skipped hour does not open that day;
 * - a wall time that happens twice (clocks fall back) means its first occurrence: `02:30` on the
 *   fall-back day is 02:30 CEST, so `02:00-03:00` that night is open for two real hours.
 * Start is inclusive, end exclusive; an end at or before the start ends on the next day.
 */
import type { WindowFreeze, WindowGate } from '../config/schema-types.generated.js';
import { formatDuration } from '../util/duration.js';
import { evaluateSignoffs, signoffHint, signoffUnblock } from './signoff.js';
import type { Detail, EvalContext, GateOutcome } from './types.js';
import type { GateConfigProblem, GateLogic } from './types.js';
import { teamsIn } from './people.js';

/** The window gate judges only `ctx.now`: it needs no gathered facts (pass `{}`). */
export type WindowFacts = Record<string, never>;

const DAY_MS = 86_400_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_TITLES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
/** How far ahead the next window / the closing time is looked for. */
const HORIZON_DAYS = 400;
const DEFAULT_TZ = 'UTC';

interface Rule {
  text: string;
  /** Days the window starts on, 0 = Monday; null = every day. */
  days: Set<number> | null;
  /** Minutes after local midnight; `end` may be ≤ `start` (then it ends the next day), or 1440. */
  start: number;
  end: number;
  /** `*`: always open. */
  always: boolean;
}

interface Interval {
  start: number;
  end: number;
}

interface FreezeInterval extends Interval {
  freeze: WindowFreeze;
}

interface LocalDate {
  y: number;
  m: number;
  d: number;
}

// ---------------------------------------------------------------------------------------------
// Parsing and validation

const TIME = /^(\d{1,2}):(\d{2})$/;
const DAY_SPEC_HELP =
  'days as mon, tue, wed, thu, fri, sat or sun, ranges like mon-fri, lists like mon,wed,fri';
const RULE_HELP = `expected "*", "HH:MM-HH:MM", or ${DAY_SPEC_HELP} optionally followed by HH:MM-HH:MM (e.g. "mon-thu 09:00-16:00")`;

function parseTime(text: string, isEnd: boolean): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  if (h === 24 && min === 0 && isEnd) return 1440;
  if (h > 23) return null;
  return h * 60 + min;
}

function parseDay(text: string): number | null {
  const i = (DAYS as readonly string[]).indexOf(text.trim().toLowerCase());
  return i < 0 ? null : i;
}

/** Parses one `allow` rule; returns the problem as a message when it is not valid. */
function parseRule(text: string): Rule | string {
  const src = text.trim();
  const bad = (what: string) => `allow rule "${text}": ${what}; ${RULE_HELP}`;
  if (src === '*') return { text, days: null, start: 0, end: 1440, always: true };
  // "<days> <time-range>", "<days>", "<time-range>" or "* <time-range>".
  const m = /^(.*?)(?:\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))?$/.exec(src);
  const daysPart = (m?.[1] ?? '').trim();
  const from = m?.[2];
  const to = m?.[3];
  let days: Set<number> | null = null;
  if (daysPart !== '' && daysPart !== '*') {
    days = new Set();
    for (const item of daysPart.split(',')) {
      const range = item.split('-');
      if (range.length > 2 || item.trim() === '') return bad(`"${item.trim()}" is not a day or day range`);
      const a = parseDay(range[0]!);
      const b = range.length === 2 ? parseDay(range[1]!) : a;
      if (a === null) return bad(`"${range[0]!.trim()}" is not a day`);
      if (b === null) return bad(`"${range[1]!.trim()}" is not a day`);
      // A range may wrap around the week: fri-mon is fri, sat, sun, mon.
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
    }
  }
  if (from === undefined || to === undefined) {
    if (daysPart === '' || daysPart === '*') return bad('it names no days and no times');
    return { text, days, start: 0, end: 1440, always: false };
  }
  const start = parseTime(from, false);
  const end = parseTime(to, true);
  if (start === null) return bad(`${from} is not a time (HH:MM from 00:00 to 23:59)`);
  if (end === null) return bad(`${to} is not a time (HH:MM from 00:00 to 24:00)`);
  if (start === end) return bad('start and end are the same; use 00:00-24:00 for a whole day');
  return { text, days, start, end, always: false };
}

const FREEZE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

interface FreezePoint {
  date: LocalDate;
  /** Minutes after midnight, or null for a date. */
  minutes: number | null;
}

function parseFreezePoint(text: string): FreezePoint | null {
  const m = FREEZE_TIME.exec(text.trim());
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const check = new Date(Date.UTC(date.y, date.m - 1, date.d));
  if (
    check.getUTCFullYear() !== date.y ||
    check.getUTCMonth() !== date.m - 1 ||
    check.getUTCDate() !== date.d
  )
    return null;
  if (m[4] === undefined) return { date, minutes: null };
  const h = Number(m[4]);
  const min = Number(m[5]);
  if (h > 23 || min > 59) return null;
  return { date, minutes: h * 60 + min };
}

function timeZoneProblem(tz: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return null;
  } catch {
    return `timezone "${tz}" is not a known IANA time zone; expected a name like Europe/Berlin, America/New_York or UTC`;
  }
}

/**
 * Problems with a window gate's rules, time zone and freezes (empty when valid), for the config
 * loader to report at load time; the schema only checks their shape.
 */
export function validateWindowGate(gate: WindowGate): GateConfigProblem[] {
  const problems: GateConfigProblem[] = [];
  const tz = timeZoneProblem(gate.timezone ?? DEFAULT_TZ);
  if (tz) problems.push({ path: ['timezone'], message: tz });
  for (const [i, r] of (gate.allow ?? []).entries()) {
    const rule = parseRule(r);
    if (typeof rule === 'string') problems.push({ path: ['allow', i], message: rule });
  }
  for (const [i, f] of (gate.freeze ?? []).entries()) {
    const from = parseFreezePoint(f.from);
    const to = parseFreezePoint(f.to);
    const what = `freeze ${i + 1}${f.reason ? ` (${f.reason})` : ''}`;
    const at = ['freeze', i];
    if (!from)
      problems.push({
        path: at,
        message: `${what}: from "${f.from}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
      });
    if (!to)
      problems.push({
        path: at,
        message: `${what}: to "${f.to}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
      });
    if (from && to && !tz) {
      const zone = gate.timezone ?? DEFAULT_TZ;
      const iv = freezeInterval(f, from, to, zone);
      if (iv.end <= iv.start)
        problems.push({ path: at, message: `${what}: to "${f.to}" is not after from "${f.from}"` });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Time zone arithmetic with Intl

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

interface Wall extends LocalDate {
  h: number;
  min: number;
  s: number;
}

function wallOf(t: number, tz: string): Wall {
  const out: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(t)))
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { y: out.year!, m: out.month!, d: out.day!, h: out.hour! % 24, min: out.minute!, s: out.second! };
}

/** Offset of local wall time from UTC at instant `t`, in ms. */
function offsetAt(t: number, tz: string): number {
  const w = wallOf(t, tz);
  const whole = Math.floor(t / 1000) * 1000;
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - whole;
}

/** The instant of a local wall time, by the DST rule in the module comment. */
function instantOf(date: LocalDate, minutes: number, tz: string): number {
  const wall = Date.UTC(date.y, date.m - 1, date.d) + minutes * 60_000;
  const before = offsetAt(wall - DAY_MS, tz);
  const after = offsetAt(wall + DAY_MS, tz);
  const candidates = [...new Set([before, after, offsetAt(wall, tz)])]
    .map((o) => wall - o)
    .filter((t) => offsetAt(t, tz) === wall - t)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // Skipped wall time: find the instant the clocks jumped (offset changes from `before`).
  let lo = wall - Math.max(before, after);
  let hi = wall - Math.min(before, after);
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (offsetAt(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function addDays(date: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Monday. */
function weekday(date: LocalDate): number {
  return (new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay() + 6) % 7;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: LocalDate) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

/** "Mon 09:00 Europe/Berlin", with the date when it is 6 days or more away (the weekday alone could mean today). */
function describeInstant(t: number, now: number, tz: string): string {
  const w = wallOf(t, tz);
  const day = DAY_TITLES[weekday(w)]!;
  const date = t - now >= 6 * DAY_MS ? ` ${isoDate(w)}` : '';
  return `${day}${date} ${pad(w.h)}:${pad(w.min)} ${tz}`;
}

function describeNow(t: number, tz: string): string {
  const w = wallOf(t, tz);
  return `${DAY_TITLES[weekday(w)]!} ${isoDate(w)} ${pad(w.h)}:${pad(w.min)} ${tz}`;
}

// ---------------------------------------------------------------------------------------------
// Windows and freezes as instants

function freezeInterval(f: WindowFreeze, from: FreezePoint, to: FreezePoint, tz: string): FreezeInterval {
  const start = instantOf(from.date, from.minutes ?? 0, tz);
  // A `to` date is inclusive: the freeze lasts until the next midnight.
  const end =
    to.minutes === null ? instantOf(addDays(to.date, 1), 0, tz) : instantOf(to.date, to.minutes, tz);
  return { start, end, freeze: f };
}

/** Allow intervals of windows starting on local days [first, first + count). */
function windowIntervals(rules: Rule[], first: LocalDate, count: number, tz: string): Interval[] {
  const out: Interval[] = [];
  for (let i = 0; i < count; i++) {
    const date = addDays(first, i);
    const wd = weekday(date);
    for (const r of rules) {
      if (r.days && !r.days.has(wd)) continue;
      const start = instantOf(date, r.start, tz);
      const end = instantOf(date, r.end > r.start ? r.end : r.end + 1440, tz);
      if (end > start) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface WindowState {
  open: boolean;
  /** Open: when it closes (null: not within the horizon / never). */
  closesAt: number | null;
  /** Open and closing because a freeze starts. */
  closingFreeze?: FreezeInterval;
  /** Closed: when it opens next (null: not within the horizon). */
  opensAt: number | null;
  /** Closed by a freeze: the freeze and when the chain of freezes covering now ends. */
  freeze?: FreezeInterval;
  freezeEnd?: number;
}

function computeState(
  rules: Rule[],
  freezes: FreezeInterval[],
  now: number,
  tz: string,
  days: number,
): WindowState {
  const always = rules.length === 0 || rules.some((r) => r.always);
  const today = wallOf(now, tz);
  // Windows that started yesterday may still be open (e.g. sat 22:00-02:00 on Sunday 01:00).
  const windows = always ? [] : windowIntervals(rules, addDays(today, -1), days + 2, tz);
  const horizon = now + days * DAY_MS;
  const allowedAt = (t: number) => always || windows.some((w) => w.start <= t && t < w.end);
  const freezeAt = (t: number) => freezes.find((f) => f.start <= t && t < f.end);
  const openAt = (t: number) => allowedAt(t) && !freezeAt(t);

  if (openAt(now)) {
    // Closes at the end of the merged run of windows containing now, or when a freeze starts.
    let closesAt: number | null = null;
    if (!always) {
      let end = now;
      for (let grew = true; grew;) {
        grew = false;
        for (const w of windows)
          if (w.start <= end && w.end > end) {
            end = w.end;
            grew = true;
          }
      }
      closesAt = end >= horizon ? null : end;
    }
    const nextFreeze = freezes.filter((f) => f.start > now).sort((a, b) => a.start - b.start)[0];
    if (nextFreeze && (closesAt === null || nextFreeze.start < closesAt))
      return { open: true, closesAt: nextFreeze.start, closingFreeze: nextFreeze, opensAt: null };
    return { open: true, closesAt, opensAt: null };
  }

  const state: WindowState = { open: false, closesAt: null, opensAt: null };
  const frozen = freezeAt(now);
  if (frozen) {
    let end = frozen.end;
    for (let f = freezeAt(end); f; f = freezeAt(end)) end = f.end;
    state.freeze = frozen;
    state.freezeEnd = end;
  }
  // The state only turns open where a window starts or a freeze ends.
  const candidates = [...windows.map((w) => w.start), ...freezes.map((f) => f.end)]
    .filter((t) => t > now && t < horizon)
    .sort((a, b) => a - b);
  state.opensAt = candidates.find(openAt) ?? null;
  return state;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

function freezeLabel(f: WindowFreeze): string {
  return `${f.from} to ${f.to}${f.reason ? ` (${f.reason})` : ''}`;
}

/** Judges `ctx.now` against the gate's windows, freezes and override sign-offs. */
export function evaluateWindow(gate: WindowGate, _facts: WindowFacts, ctx: EvalContext): GateOutcome {
  const problems = validateWindowGate(gate).map((p) => p.message);
  if (problems.length > 0)
    return {
      status: 'error',
      summary: `invalid window config: ${problems[0]}`,
      details: [{ kind: 'list', items: problems }],
    };
  const tz = gate.timezone ?? DEFAULT_TZ;
  const rules = (gate.allow ?? []).map((r) => parseRule(r) as Rule);
  const freezes = (gate.freeze ?? []).map((f) =>
    freezeInterval(f, parseFreezePoint(f.from)!, parseFreezePoint(f.to)!, tz),
  );
  const now = ctx.now.getTime();
  let state = computeState(rules, freezes, now, tz, 9);
  if ((state.open && state.closesAt === null) || (!state.open && state.opensAt === null))
    state = computeState(rules, freezes, now, tz, HORIZON_DAYS);

  const details: Detail[] = [{ kind: 'text', text: `Now: ${describeNow(now, tz)}.` }];
  if (rules.length > 0)
    details.push(
      { kind: 'text', text: `Deploy windows (${tz}):` },
      { kind: 'list', items: rules.map((r) => r.text) },
    );
  if (freezes.length > 0)
    details.push(
      { kind: 'text', text: 'Freezes:' },
      { kind: 'list', items: freezes.map((f) => freezeLabel(f.freeze)) },
    );

  if (state.open) {
    let summary: string;
    const inWindow =
      rules.length === 0 || rules.some((r) => r.always) ? 'no freeze now' : 'inside a deploy window';
    if (state.closesAt === null)
      summary = `${inWindow}; ${rules.length === 0 || rules.some((r) => r.always) ? 'deploys allowed at any time' : `no window end within ${HORIZON_DAYS} days`}`;
    else if (state.closingFreeze)
      summary = `${inWindow}; freeze ${state.closingFreeze.freeze.reason ? `(${state.closingFreeze.freeze.reason}) ` : ''}starts ${describeInstant(state.closesAt, now, tz)}, in ${formatDuration(state.closesAt - now)}`;
    else
      summary = `${inWindow}; closes ${describeInstant(state.closesAt, now, tz)}, in ${formatDuration(state.closesAt - now)}`;
    return { status: 'pass', summary, details };
  }

  const next =
    state.opensAt === null
      ? `no window opens within ${HORIZON_DAYS} days`
      : `next window: ${describeInstant(state.opensAt, now, tz)}, in ${formatDuration(state.opensAt - now)}`;
  let blocked: string;
  if (state.freeze) {
    const f = state.freeze.freeze;
    // Name the `to` of the last freeze in a chain of back-to-back freezes, as written.
    const last = freezes.find((x) => x.end === state.freezeEnd) ?? state.freeze;
    blocked = `frozen until ${last.freeze.to}${f.reason ? ` (${f.reason})` : ''}`;
    details.push({
      kind: 'text',
      text: `The freeze ends ${describeInstant(state.freezeEnd!, now, tz)} (a "to" date is inclusive).`,
    });
  } else blocked = 'outside deploy windows';
  const reason = `${blocked}; ${next}`;

  if (!gate.override) return { status: 'fail', summary: reason, details };

  if (!ctx.pr) {
    details.push({
      kind: 'text',
      text:
        ctx.mode === 'cli'
          ? 'An override by sign-off is checked by the action on the pull request.'
          : 'No pull request for this commit, so no override sign-off can lift the window.',
    });
    return { status: 'fail', summary: reason, details };
  }
  // An override lifts the window for what was reviewed: like any sign-off with dismiss-stale, a push
  // after it makes it stale, so new commits are never deployed outside the window unseen.
  const so = evaluateSignoffs(ctx, ctx.gateId, gate.override, { dismissStale: true });
  if (so.ignored.length > 0)
    details.push(
      { kind: 'text', text: 'Sign-offs that do not count:' },
      {
        kind: 'table',
        columns: ['Who', 'When', 'Why'],
        rows: so.ignored.map((i) => [i.login, i.at, i.reason]),
      },
    );
  if (so.valid.length > 0) {
    const who = so.valid.map((s) => s.login).join(', ');
    return { status: 'pass', summary: `window lifted by ${who}; ${blocked}`, details, signoffs: so.valid };
  }
  if (so.error)
    return { status: 'error', summary: `could not check override sign-offs: ${so.error}`, details };
  details.push({ kind: 'text', text: signoffHint(ctx.gateId, gate.override) });
  return { status: 'fail', summary: reason, details, unblock: [signoffUnblock(ctx, gate.override)] };
}

/** What the gate checks, with defaults applied. */
export function explainWindow(gate: WindowGate): string[] {
  const tz = gate.timezone ?? DEFAULT_TZ;
  const lines = [`Time zone: ${tz}${gate.timezone ? '' : ' (default)'}.`];
  if (!gate.allow || gate.allow.length === 0) lines.push('Deploy windows: any time (no allow rules).');
  else lines.push(`Deploy windows: ${gate.allow.join('; ')} (start inclusive, end exclusive).`);
  if (gate.freeze && gate.freeze.length > 0)
    lines.push(
      `Freezes (block even inside a window): ${gate.freeze.map(freezeLabel).join('; ')}. A "to" date is inclusive; a "to" date-time is exclusive.`,
    );
  else lines.push('Freezes: none.');
  lines.push(
    gate.override
      ? `Override: a "/signoff <gate-id>" comment by ${gate.override.join(', ')} lifts the window and freezes for the PR, until the next push.`
      : 'Override: none.',
  );
  lines.push(
    'DST: a skipped wall time means the moment the clocks jump; a repeated wall time means its first occurrence.',
  );
  return lines;
}

export const gate: GateLogic<'window', WindowFacts> = {
  evaluate: evaluateWindow,
  explain: explainWindow,
  check: (gate) => validateWindowGate(gate).filter((p) => p.path[0] !== 'timezone'),
  teams: (gate, ctx) =>
    ctx.signoffGates.has(ctx.gateId) && gate.override ? teamsIn(gate.override, ctx.groups) : [],
};
