import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FreshGate } from '../../src/config/schema-types.generated.js';
import { evaluate } from '../../src/gates/fresh.js';
import type { EvalContext } from '../../src/gates/types.js';
import { collect, jsonPointer } from '../../src/sources/fresh.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const ectx = { gateId: 'backup', now: NOW, mode: 'cli', pr: null, groups: {}, teams: {} } as EvalContext;
let dir: string;
let server: Server;
let base: string;
const seen: Record<string, string | undefined> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shipgate-fresh-'));
  server = createServer((req, res) => {
    seen.authorization = req.headers.authorization;
    const body: Record<string, string> = {
      '/backup': JSON.stringify({ backup: { 'verified/at': '2026-12-01T04:30:00+01:00', size: 12 } }),
      '/old': JSON.stringify({ lastRun: '2026-11-20T10:00:00Z' }),
      '/future': JSON.stringify({ lastRun: '2026-12-02T10:00:00Z' }),
      '/words': JSON.stringify({ lastRun: 'yesterday' }),
      '/number': JSON.stringify({ lastRun: 1764582000 }),
      '/html': '<html>maintenance</html>',
    };
    if (req.url === '/down') return void res.writeHead(503).end('{}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(body[req.url ?? ''] ?? '{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function run(gate: Omit<FreshGate, 'type'>, env: Record<string, string> = {}) {
  const g = { type: 'fresh' as const, ...gate };
  const ctx = {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    now: NOW,
    signal: new AbortController().signal,
    progress: () => {},
  };
  try {
    return evaluate(g, await collect(g, ctx), ectx);
  } catch (e) {
    return { status: 'error', summary: (e as Error).message };
  }
}

function touch(rel: string, iso: string): void {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, 'x');
  utimesSync(p, new Date(iso), new Date(iso));
}

describe('fresh from files', () => {
  it('the newest file of a glob counts', async () => {
    touch('backups/db-1.dump', '2026-11-28T03:00:00Z');
    touch('backups/db-2.dump', '2026-12-01T03:00:00Z');
    expect(await run({ files: 'backups/*.dump', 'max-age': '24h' })).toEqual(
      expect.objectContaining({
        status: 'pass',
        summary: 'Newest of backups/*.dump (backups/db-2.dump) is from 7 h ago, within max-age 24h',
      }),
    );
    expect(await run({ files: 'backups/*.dump', 'max-age': '6h' })).toEqual(
      expect.objectContaining({
        status: 'fail',
        summary: 'Newest of backups/*.dump (backups/db-2.dump) is from 7 h ago, older than max-age 6h',
      }),
    );
  });

  it('no matching file, and a file dated in the future, are errors', async () => {
    expect(await run({ files: 'nothing/*.dump', 'max-age': '1d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('No file matches nothing/*.dump'),
    });
    touch('future/stamp', '2026-12-03T00:00:00Z');
    expect(await run({ files: 'future/stamp', 'max-age': '1d' })).toMatchObject({
      status: 'error',
      summary:
        'future/stamp is 1 d 14 h in the future (2026-12-03T00:00:00Z): a wrong clock or a wrong field, so its age cannot be trusted',
    });
  });
});

describe('fresh from an HTTP JSON answer', () => {
  it('reads the timestamp by JSON Pointer, with ~1 escapes and substituted headers', async () => {
    const out = await run(
      {
        url: `${base}/backup`,
        pointer: '/backup/verified~1at',
        headers: { authorization: 'Bearer ${{ env.STATUS_TOKEN }}' },
        'max-age': '12h',
      },
      { STATUS_TOKEN: 'tok-123456' },
    );
    expect(out).toMatchObject({
      status: 'pass',
      summary: `/backup/verified~1at of ${base}/backup is from 6 h 30 m ago, within max-age 12h`,
    });
    expect(seen.authorization).toBe('Bearer tok-123456');
    expect(await run({ url: `${base}/old`, pointer: '/lastRun', 'max-age': '7d' })).toMatchObject({
      status: 'fail',
    });
  });

  it('future, unparseable, missing, non-string, non-JSON and failed answers are errors', async () => {
    expect(await run({ url: `${base}/future`, pointer: '/lastRun', 'max-age': '7d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('in the future'),
    });
    expect(await run({ url: `${base}/words`, pointer: '/lastRun', 'max-age': '7d' })).toMatchObject({
      status: 'error',
      summary: `/lastRun of ${base}/words is "yesterday", not an ISO 8601 date-time with an offset, e.g. 2026-11-30T02:15:00Z.`,
    });
    expect(
      await run({ url: `${base}/backup`, pointer: '/backup/verifiedAt', 'max-age': '7d' }),
    ).toMatchObject({
      status: 'error',
      summary: `The answer of ${base}/backup has nothing at /backup/verifiedAt.`,
    });
    expect(await run({ url: `${base}/number`, pointer: '/lastRun', 'max-age': '7d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('is a number, not a timestamp'),
    });
    expect(await run({ url: `${base}/html`, pointer: '/lastRun', 'max-age': '7d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('did not answer JSON'),
    });
    expect(await run({ url: `${base}/down`, pointer: '/lastRun', 'max-age': '7d' })).toMatchObject({
      status: 'error',
      summary: `GET ${base}/down answered HTTP 503, not 2xx: its timestamp cannot be read.`,
    });
  });

  it('JSON Pointer follows RFC 6901', () => {
    const doc = { a: [{ 'b/c': 1, 'm~n': 2 }], '': 3 };
    expect(jsonPointer(doc, '/a/0/b~1c')).toBe(1);
    expect(jsonPointer(doc, '/a/0/m~0n')).toBe(2);
    expect(jsonPointer(doc, '/')).toBe(3);
    expect(jsonPointer(doc, '/a/01')).toBeUndefined();
    expect(jsonPointer(doc, '/a/constructor')).toBeUndefined();
  });
});

describe('fresh from a command', () => {
  it('takes the last line: ISO with offset or Unix seconds', async () => {
    expect(
      await run({ run: 'echo checking; echo 2026-12-01T08:00:00+00:00', 'max-age': '3h' }),
    ).toMatchObject({
      status: 'pass',
      summary: '`echo checking; echo 2026-12-01T08:00:00+00:00` is from 2 h ago, within max-age 3h',
    });
    expect(
      await run({ run: `echo ${Math.floor(NOW.getTime() / 1000) - 8 * 86400}`, 'max-age': '7d' }),
    ).toMatchObject({ status: 'fail' });
  });

  it('a failing command, no output, a date without offset, or text are errors', async () => {
    expect(await run({ run: 'echo nope >&2; exit 3', 'max-age': '1d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('exited 3'),
    });
    expect(await run({ run: 'true', 'max-age': '1d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('printed nothing'),
    });
    expect(await run({ run: 'echo 2026-12-01', 'max-age': '1d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('"2026-12-01", not an ISO 8601 date-time with an offset'),
    });
    expect(await run({ run: 'echo 2026-12-01T08:00:00', 'max-age': '1d' })).toMatchObject({
      status: 'error',
    });
  });

  it('exactly one source', async () => {
    expect(await run({ run: 'true', files: 'x', 'max-age': '1d' })).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('set exactly one of files, url (with pointer) or run'),
    });
    expect(await run({ 'max-age': '1d' })).toMatchObject({ status: 'error' });
  });
});
