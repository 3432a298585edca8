import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { WindowGate } from '../../src/config/schema-types.generated.js';
import { evaluateWindow, explainWindow, validateWindowGate } from '../../src/gates/window.js';
import type { CommentFact, EvalContext, PrFacts } from '../../src/gates/types.js';
import { parseSignoffCommands } from '../../src/gates/signoff-commands.js';

function ctx(now: string, extra: Partial<EvalContext> = {}): EvalContext {
  return { gateId: 'window', now: new Date(now), mode: 'action', pr: null, groups: {}, teams: {}, ...extra };
}

function gate(g: Partial<WindowGate>): WindowGate {
  return { type: 'window', ...g } as WindowGate;
}

const berlin = (g: Partial<WindowGate>) => gate({ timezone: 'Europe/Berlin', ...g });
const run = (g: WindowGate, now: string, extra: Partial<EvalContext> = {}) =>
  evaluateWindow(g, {}, ctx(now, extra));

describe('allow rules', () => {
  const g = berlin({ allow: ['mon-thu 09:00-16:00', 'fri 09:00-12:00'] });

  test('passes inside a window and says when it closes', () => {
    // Thu 2026-01-15 10:00 CET
    const r = run(g, '2026-01-15T09:00:00Z');
    expect(r.status).toBe('pass');
    expect(r.summary).toBe('inside a deploy window; closes Thu 16:00 Europe/Berlin, in 6 h');
  });

  test('fails outside the windows and says when the next one opens', () => {
    // Fri 2026-01-16 12:00 CET: the Friday window has just closed.
    const r = run(g, '2026-01-16T11:00:00Z');
    expect(r.status).toBe('fail');
    expect(r.summary).toBe('outside deploy windows; next window: Mon 09:00 Europe/Berlin, in 2 d 21 h');
  });

  test('the start is inclusive and the end exclusive', () => {
    expect(run(g, '2026-01-12T08:00:00Z').status).toBe('pass'); // Mon 09:00
    expect(run(g, '2026-01-12T07:59:59.999Z').status).toBe('fail');
    expect(run(g, '2026-01-12T14:59:59.999Z').status).toBe('pass'); // Mon 15:59:59.999
    expect(run(g, '2026-01-12T15:00:00Z').status).toBe('fail'); // Mon 16:00
  });

  test('day lists and whole-day rules', () => {
    const lists = gate({ allow: ['mon,wed,fri 10:00-11:00'] });
    expect(run(lists, '2026-01-13T10:30:00Z').status).toBe('fail'); // Tue
    expect(run(lists, '2026-01-14T10:30:00Z').status).toBe('pass'); // Wed
    const weekend = gate({ allow: ['sat-sun'] });
    expect(run(weekend, '2026-01-17T00:00:00Z').status).toBe('pass');
    expect(run(weekend, '2026-01-18T23:59:00Z').status).toBe('pass');
    expect(run(weekend, '2026-01-19T00:00:00Z').summary).toBe(
      'outside deploy windows; next window: Sat 00:00 UTC, in 5 d',
    );
  });

  test('a day range may wrap around the week', () => {
    const g2 = gate({ allow: ['fri-mon 10:00-11:00'] });
    expect(run(g2, '2026-01-18T10:30:00Z').status).toBe('pass'); // Sun
    expect(run(g2, '2026-01-19T10:30:00Z').status).toBe('pass'); // Mon
    expect(run(g2, '2026-01-20T10:30:00Z').status).toBe('fail'); // Tue
  });

  test('"*" always allows and a bare time range applies every day', () => {
    expect(run(gate({ allow: ['*'] }), '2026-01-18T03:00:00Z')).toMatchObject({
      status: 'pass',
      summary: 'no freeze now; deploys allowed at any time',
    });
    const daily = gate({ allow: ['09:00-17:00'] });
    expect(run(daily, '2026-01-18T12:00:00Z').status).toBe('pass'); // Sunday
    expect(run(daily, '2026-01-18T17:00:00Z').summary).toBe(
      'outside deploy windows; next window: Mon 09:00 UTC, in 16 h',
    );
  });

  test('a rule ending at 24:00 closes at midnight', () => {
    const g2 = gate({ allow: ['mon 20:00-24:00'] });
    expect(run(g2, '2026-01-12T23:59:00Z').status).toBe('pass');
    expect(run(g2, '2026-01-13T00:00:00Z').status).toBe('fail');
  });

  test('adjacent windows are one window when saying when it closes', () => {
    const g2 = gate({ allow: ['mon 09:00-12:00', 'mon 12:00-14:00'] });
    expect(run(g2, '2026-01-12T10:00:00Z').summary).toBe(
      'inside a deploy window; closes Mon 14:00 UTC, in 4 h',
    );
  });
});

describe('midnight-spanning rules', () => {
  const g = gate({ allow: ['sat 22:00-02:00'] });

  test('cover Saturday 22:00 to Sunday 02:00', () => {
    expect(run(g, '2026-01-17T21:59:00Z')).toMatchObject({
      status: 'fail',
      summary: 'outside deploy windows; next window: Sat 22:00 UTC, in 1 m',
    });
    expect(run(g, '2026-01-17T22:00:00Z').status).toBe('pass');
    expect(run(g, '2026-01-18T01:59:00Z')).toMatchObject({
      status: 'pass',
      summary: 'inside a deploy window; closes Sun 02:00 UTC, in 1 m',
    });
    expect(run(g, '2026-01-18T02:00:00Z').status).toBe('fail');
  });

  test('do not cover the night before the named day', () => {
    expect(run(g, '2026-01-17T01:00:00Z').status).toBe('fail'); // Sat 01:00 belongs to Friday night
  });
});

describe('daylight saving time (Europe/Berlin, 2026)', () => {
  // Spring forward: Sun 2026-03-29 02:00 CET -> 03:00 CEST (01:00Z). 02:00-02:59 does not exist.
  test('a window starting at a skipped time opens when the clocks jump', () => {
    const g = berlin({ allow: ['sun 02:30-04:00'] });
    expect(run(g, '2026-03-29T00:59:59Z')).toMatchObject({
      status: 'fail',
      summary: 'outside deploy windows; next window: Sun 03:00 Europe/Berlin, in 1 s',
    });
    expect(run(g, '2026-03-29T01:00:00Z')).toMatchObject({
      status: 'pass',
      summary: 'inside a deploy window; closes Sun 04:00 Europe/Berlin, in 1 h',
    });
  });

  test('a window entirely inside the skipped hour does not open that day', () => {
    const g = berlin({ allow: ['sun 02:00-02:30'] });
    expect(run(g, '2026-03-29T00:30:00Z').summary).toBe(
      'outside deploy windows; next window: Sun 2026-04-05 02:00 Europe/Berlin, in 6 d 23 h',
    );
    expect(run(g, '2026-03-29T01:10:00Z').status).toBe('fail');
  });

  test('a window ending at a skipped time closes when the clocks jump', () => {
    const g = berlin({ allow: ['sat 22:00-02:30'] });
    expect(run(g, '2026-03-29T00:59:00Z')).toMatchObject({
      status: 'pass',
      summary: 'inside a deploy window; closes Sun 03:00 Europe/Berlin, in 1 m',
    });
    expect(run(g, '2026-03-29T01:00:00Z').status).toBe('fail');
  });

  // Fall back: Sun 2026-10-25 03:00 CEST -> 02:00 CET (01:00Z). 02:00-02:59 happens twice.
  test('a time that happens twice means its first occurrence', () => {
    const g = berlin({ allow: ['sun 02:30-02:45'] });
    expect(run(g, '2026-10-25T00:35:00Z').status).toBe('pass'); // 02:35 CEST
    expect(run(g, '2026-10-25T01:35:00Z').status).toBe('fail'); // 02:35 CET, the second time
  });

  test('a window over the repeated hour lasts its real length', () => {
    const g = berlin({ allow: ['sun 02:00-03:00'] });
    expect(run(g, '2026-10-25T00:00:00Z').status).toBe('pass'); // 02:00 CEST
    expect(run(g, '2026-10-25T01:30:00Z')).toMatchObject({
      status: 'pass',
      summary: 'inside a deploy window; closes Sun 03:00 Europe/Berlin, in 30 m',
    });
    expect(run(g, '2026-10-25T02:00:00Z').status).toBe('fail'); // 03:00 CET
  });

  test('daily windows keep their wall-clock time across the change', () => {
    const g = berlin({ allow: ['09:00-10:00'] });
    expect(run(g, '2026-03-28T08:00:00Z').status).toBe('pass'); // Sat 09:00 CET
    expect(run(g, '2026-03-29T07:00:00Z').status).toBe('pass'); // Sun 09:00 CEST
    expect(run(g, '2026-03-29T08:00:00Z').status).toBe('fail'); // Sun 10:00 CEST
  });
});

describe('freezes', () => {
  const g = berlin({
    allow: ['mon-thu 09:00-16:00', 'fri 09:00-12:00'],
    freeze: [{ from: '2026-12-20', to: '2027-01-04', reason: 'Holiday freeze' }],
  });

  test('block even inside a window and say until when', () => {
    const r = run(g, '2026-12-21T09:00:00Z'); // Mon 10:00, inside mon-thu
    expect(r.status).toBe('fail');
    expect(r.summary).toBe(
      'frozen until 2027-01-04 (Holiday freeze); next window: Tue 2027-01-05 09:00 Europe/Berlin, in 14 d 23 h',
    );
  });

  test('a "to" date is inclusive and a "from" date starts at midnight', () => {
    const only = berlin({ freeze: [{ from: '2026-12-20', to: '2027-01-04', reason: 'Holiday freeze' }] });
    expect(run(only, '2026-12-19T22:59:59Z').status).toBe('pass'); // Sat 23:59:59
    expect(run(only, '2026-12-19T23:00:00Z').status).toBe('fail'); // Sun 00:00
    expect(run(only, '2027-01-04T22:59:00Z').status).toBe('fail'); // Mon 23:59
    expect(run(only, '2027-01-04T23:00:00Z').status).toBe('pass'); // Tue 00:00
    expect(run(g, '2027-01-05T08:00:00Z').status).toBe('pass'); // Tue 09:00
  });

  test('a date-time "to" is exclusive', () => {
    const dt = gate({ freeze: [{ from: '2026-06-01T10:00', to: '2026-06-01 12:00', reason: 'release' }] });
    expect(run(dt, '2026-06-01T09:59:00Z').status).toBe('pass');
    expect(run(dt, '2026-06-01T10:00:00Z').summary).toBe(
      'frozen until 2026-06-01 12:00 (release); next window: Mon 12:00 UTC, in 2 h',
    );
    expect(run(dt, '2026-06-01T12:00:00Z').status).toBe('pass');
  });

  test('an upcoming freeze is when an open window closes', () => {
    const g2 = gate({
      allow: ['mon 09:00-17:00'],
      freeze: [{ from: '2026-06-01T12:00', to: '2026-06-02', reason: 'launch' }],
    });
    expect(run(g2, '2026-06-01T10:00:00Z').summary).toBe(
      'inside a deploy window; freeze (launch) starts Mon 12:00 UTC, in 2 h',
    );
  });

  test('back-to-back freezes are reported as one', () => {
    const g2 = gate({
      freeze: [
        { from: '2026-12-20', to: '2026-12-27', reason: 'Holidays' },
        { from: '2026-12-28', to: '2027-01-03', reason: 'Year end' },
      ],
    });
    expect(run(g2, '2026-12-21T00:00:00Z').summary).toBe(
      'frozen until 2027-01-03 (Holidays); next window: Mon 2027-01-04 00:00 UTC, in 14 d',
    );
  });
});

describe('override by sign-off', () => {
  const comment = (author: string, body: string, extra: Partial<CommentFact> = {}): CommentFact => ({
    id: author + body,
    author,
    authorIsBot: false,
    body,
    createdAt: '2026-01-16T12:00:00Z',
    lastEditedAt: null,
    editor: null,
    commands: parseSignoffCommands(body),
    url: 'https://github.com/o/r/pull/1#c',
    ...extra,
  });
  const pr = (comments: CommentFact[]): PrFacts => ({
    number: 1,
    title: 't',
    url: 'https://github.com/o/r/pull/1',
    author: 'dev',
    authorIsBot: false,
    baseRef: 'main',
    baseSha: 'a',
    headSha: 'b',
    headPushedAt: '2026-01-16T10:00:00Z',
    comments,
    files: [],
  });
  const g = gate({ allow: ['mon-thu 09:00-16:00'], override: ['release-managers'] });
  const groups = { 'release-managers': ['alice'] };
  const friday = '2026-01-16T13:00:00Z';

  test('a valid sign-off lifts the window', () => {
    const r = run(g, friday, { groups, pr: pr([comment('alice', '/signoff window')]) });
    expect(r.status).toBe('pass');
    expect(r.summary).toBe('window lifted by alice; outside deploy windows');
    expect(r.signoffs).toEqual([expect.objectContaining({ login: 'alice', gate: 'window' })]);
  });

  test('a sign-off also lifts a freeze', () => {
    const fz = gate({
      freeze: [{ from: '2026-01-16', to: '2026-01-16', reason: 'audit' }],
      override: ['alice'],
    });
    const r = run(fz, friday, { pr: pr([comment('alice', '/signoff window')]) });
    expect(r.summary).toBe('window lifted by alice; frozen until 2026-01-16 (audit)');
  });

  test('sign-offs from others are ignored with the reason', () => {
    const r = run(g, friday, {
      groups,
      pr: pr([
        comment('mallory', '/signoff window'),
        comment('dev', '/signoff window'),
        comment('alice', '/signoff other'),
      ]),
    });
    expect(r.status).toBe('fail');
    const table = r.details?.find((d) => d.kind === 'table');
    expect(table).toMatchObject({
      rows: [
        ['mallory', expect.any(String), expect.stringContaining('not allowed')],
        ['dev', expect.any(String), expect.stringContaining('PR author')],
      ],
    });
    expect(JSON.stringify(r.details)).toContain('/signoff window');
  });

  test('a revoked sign-off no longer counts', () => {
    const r = run(g, friday, {
      groups,
      pr: pr([
        comment('alice', '/signoff window'),
        comment('alice', '/signoff revoke window', { createdAt: '2026-01-16T12:30:00Z' }),
      ]),
    });
    expect(r.status).toBe('fail');
  });

  test('an unreadable team is an error, not a silent no', () => {
    const r = run(gate({ allow: ['mon 09:00-10:00'], override: ['@acme/rm'] }), friday, {
      teams: { 'acme/rm': { error: 'missing members permission' } },
      pr: pr([comment('alice', '/signoff window')]),
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('missing members permission');
  });

  test('inside a window sign-offs are not needed', () => {
    expect(run(g, '2026-01-15T10:00:00Z', { groups, pr: pr([]) }).status).toBe('pass');
  });

  test('without a PR the window still applies', () => {
    const r = run(g, friday, { groups, mode: 'cli' });
    expect(r.status).toBe('fail');
    expect(JSON.stringify(r.details)).toContain('checked by the action');
  });
});

describe('invalid config', () => {
  test.each([
    [{ timezone: 'Mars/Olympus', allow: ['*'] }, 'timezone "Mars/Olympus" is not a known IANA time zone'],
    [{ allow: ['mon-thu 25:00-16:00'] }, 'allow rule "mon-thu 25:00-16:00": 25:00 is not a time'],
    [{ allow: ['xyz 09:00-10:00'] }, 'allow rule "xyz 09:00-10:00": "xyz" is not a day'],
    [{ allow: ['mon 09:60-10:00'] }, '09:60 is not a time'],
    [{ allow: ['mon 09:00-09:00'] }, 'start and end are the same'],
    [{ freeze: [{ from: '2026-02-30', to: '2026-03-01' }] }, 'from "2026-02-30" is not a date'],
    [
      { freeze: [{ from: '2026-03-02', to: '2026-03-01', reason: 'x' }] },
      'freeze 1 (x): to "2026-03-01" is not after from',
    ],
  ])('%j is an error naming the problem', (g, message) => {
    const r = run(gate(g as Partial<WindowGate>), '2026-01-15T10:00:00Z');
    expect(r.status).toBe('error');
    expect(r.summary).toContain(message);
    expect(validateWindowGate(gate(g as Partial<WindowGate>)).map((p) => p.message)).toEqual([
      expect.stringContaining(message),
    ]);
  });

  test('the message says what is expected', () => {
    expect(validateWindowGate(gate({ allow: ['xyz 09:00-10:00'] }))[0]!.message).toContain(
      'e.g. "mon-thu 09:00-16:00"',
    );
  });

  test('valid gates have no problems', () => {
    expect(
      validateWindowGate(
        berlin({
          allow: ['*', 'mon-fri', '09:00-17:00', 'Sat 22:00 - 02:00', 'mon,wed-fri 10:00-24:00'],
          freeze: [{ from: '2026-12-20', to: '2027-01-04' }],
        }),
      ),
    ).toEqual([]);
  });
});

describe('explain', () => {
  test('resolves defaults', () => {
    const lines = explainWindow(gate({ allow: ['mon 09:00-10:00'] })).join('\n');
    expect(lines).toContain('Time zone: UTC (default).');
    expect(lines).toContain('mon 09:00-10:00');
    expect(lines).toContain('Override: none.');
  });
});

describe('matches a naive wall-clock check in UTC', () => {
  test('for random rules and instants', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1439 }),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        (day, start, len, t) => {
          const end = (start + len) % 1440;
          const hm = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const rule = `${days[day]} ${hm(start)}-${hm(end)}`;
          const d = new Date(t);
          const minute = d.getUTCHours() * 60 + d.getUTCMinutes();
          const wd = (d.getUTCDay() + 6) % 7;
          const inToday = wd === day && minute >= start && minute < start + len;
          const inYesterday = (wd + 6) % 7 === day && start + len > 1440 && minute < start + len - 1440;
          const r = evaluateWindow(gate({ allow: [rule] }), {}, ctx(d.toISOString()));
          expect(r.status).toBe(inToday || inYesterday ? 'pass' : 'fail');
        },
      ),
      { numRuns: 300 },
    );
  });
});
