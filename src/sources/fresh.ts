/**
 * Source of the `fresh` gate: the instant something last happened, from one of
 *  - files: the newest modification time among the files a path or glob matches;
 *  - url + pointer: an ISO timestamp in a JSON answer, found by JSON Pointer (RFC 6901);
 *  - run: the last line a command prints (ISO 8601 with offset, or Unix seconds).
 * Anything missing or unreadable is a UserError saying which and how to fix it. Header values and
 * substituted `${{ env.NAME }}` values never appear in messages.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FreshGate } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import type { FreshFacts } from '../gates/fresh.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import { parseInstant } from '../util/time.js';
import { substituteEnv } from './env-refs.js';
import { describeError, redact } from './http.js';
import { runShell, tail } from './process.js';
import { displayPath } from './report-paths.js';
import type { CollectContext } from './types.js';

/** Bodies larger than this are not JSON status answers. */
const BODY_LIMIT = 1 << 20;

function timeout(gate: FreshGate, fallbackMs: number): number {
  if (gate.timeout === undefined) return fallbackMs;
  const ms = parseDuration(gate.timeout);
  if (ms === null || ms <= 0)
    throw new UserError(`timeout ${gate.timeout} is not a positive duration (write e.g. 30s)`);
  return ms;
}

/** Evaluates a JSON Pointer (RFC 6901); `undefined` when a step does not exist. */
export function jsonPointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/'))
    throw new UserError(
      `pointer ${pointer} is not a JSON Pointer: it must start with / (e.g. /backup/verifiedAt)`,
    );
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(step)) return undefined;
      cur = cur[Number(step)];
    } else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, step)) {
      cur = (cur as Record<string, unknown>)[step];
    } else return undefined;
  }
  return cur;
}

/** ISO 8601 with offset (or Z); with `unix`, also whole Unix seconds. */
function instant(text: string, unix: boolean): Date | null {
  const t = text.trim();
  if (unix && /^\d{9,11}$/.test(t)) return new Date(Number(t) * 1000);
  return parseInstant(t);
}

const FORMAT_HINT = 'an ISO 8601 date-time with an offset, e.g. 2026-11-30T02:15:00Z';

async function fromFiles(gate: FreshGate, ctx: CollectContext): Promise<FreshFacts> {
  const patterns = Array.isArray(gate.files) ? gate.files : [gate.files!];
  let newest: { display: string; mtime: number } | null = null;
  for (const pattern of patterns) {
    const candidates = isDynamicPattern(pattern)
      ? await glob(pattern, {
          cwd: ctx.cwd,
          absolute: true,
          onlyFiles: true,
          dot: true,
          expandDirectories: false,
        })
      : [resolve(ctx.cwd, pattern)];
    for (const abs of candidates) {
      let info;
      try {
        info = await stat(abs);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw new UserError(
          `${displayPath(ctx.cwd, abs)} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`,
        );
      }
      if (!newest || info.mtimeMs > newest.mtime)
        newest = { display: displayPath(ctx.cwd, abs), mtime: info.mtimeMs };
    }
  }
  if (!newest) {
    throw new UserError(
      `No file matches ${patterns.join(', ')} (looked in ${ctx.cwd}): nothing shows it happened. An earlier step should produce or download it.`,
    );
  }
  const label =
    patterns.length === 1 && !isDynamicPattern(patterns[0]!)
      ? newest.display
      : `Newest of ${patterns.join(', ')} (${newest.display})`;
  return { subject: label, at: new Date(newest.mtime).toISOString() };
}

async function fromUrl(gate: FreshGate, ctx: CollectContext): Promise<FreshFacts> {
  if (gate.pointer === undefined)
    throw new UserError('url needs pointer: the JSON Pointer of the timestamp, e.g. /backup/verifiedAt');
  const secrets = new Set<string>();
  const url = substituteEnv(gate.url!, ctx.env, 'url', secrets);
  const headers = new Headers({ accept: 'application/json' });
  for (const [name, raw] of Object.entries(gate.headers ?? {})) {
    const value = substituteEnv(raw, ctx.env, `headers.${name}`, secrets);
    if (value.length >= 4) secrets.add(value);
    try {
      headers.set(name, value);
    } catch {
      throw new UserError(
        `header ${name} has an invalid name or value (e.g. a line break); fix it in the config or its variable`,
      );
    }
  }
  for (const s of secrets) ctx.secrets?.add(s);
  const ms = timeout(gate, 10_000);
  ctx.progress(`GET ${gate.url}`);
  let res: Response;
  let body = '';
  try {
    res = await fetch(url, {
      headers,
      redirect: 'manual',
      signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(ms)]),
    });
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      body += decoder.decode(value, { stream: true });
      if (body.length > BODY_LIMIT) {
        await reader.cancel();
        throw new UserError(
          `GET ${gate.url} answered more than 1 MB: that is not a status answer with a timestamp.`,
        );
      }
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`GET ${gate.url} failed: ${redact(describeError(e, ms), secrets)}.`);
  }
  if (res.status < 200 || res.status > 299) {
    throw new UserError(
      `GET ${gate.url} answered HTTP ${res.status}, not 2xx: its timestamp cannot be read.`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    throw new UserError(
      `GET ${gate.url} did not answer JSON (content-type ${res.headers.get('content-type') ?? 'not given'}).`,
    );
  }
  const value = jsonPointer(doc, gate.pointer);
  const subject = `${gate.pointer} of ${gate.url}`;
  if (value === undefined || value === null)
    throw new UserError(`The answer of ${gate.url} has nothing at ${gate.pointer}.`);
  if (typeof value !== 'string') {
    throw new UserError(
      `${subject} is a ${Array.isArray(value) ? 'list' : typeof value}, not a timestamp (${FORMAT_HINT}).`,
    );
  }
  const at = instant(value, false);
  if (!at) throw new UserError(`${subject} is "${redact(value.slice(0, 40), secrets)}", not ${FORMAT_HINT}.`);
  return { subject, at: at.toISOString() };
}

async function fromCommand(gate: FreshGate, ctx: CollectContext): Promise<FreshFacts> {
  const ms = timeout(gate, 60_000);
  ctx.progress(`running: ${gate.run}`);
  const r = await runShell(gate.run!, {
    cwd: ctx.cwd,
    env: ctx.env,
    timeoutMs: ms,
    signal: ctx.signal,
    tailLines: 20,
  });
  if (r.aborted) throw new UserError(`\`${gate.run}\` was stopped: the run deadline passed.`);
  if (r.timedOut) throw new UserError(`\`${gate.run}\` did not finish within ${formatDuration(ms)}.`);
  if (r.exitCode !== 0) {
    throw new UserError(
      `\`${gate.run}\` ${r.exitCode === null ? `was ended by ${r.signal}` : `exited ${r.exitCode}`}, so its output is not a timestamp. Its last lines:\n${tail(r.output, 5)}`,
    );
  }
  const last = r.output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .pop();
  if (last === undefined)
    throw new UserError(
      `\`${gate.run}\` printed nothing: it should print the timestamp (${FORMAT_HINT}, or Unix seconds).`,
    );
  const at = instant(last, true);
  if (!at)
    throw new UserError(
      `The last line \`${gate.run}\` printed is "${last.slice(0, 60)}", not ${FORMAT_HINT} or Unix seconds.`,
    );
  return { subject: `\`${gate.run}\``, at: at.toISOString() };
}

export async function collect(gate: FreshGate, ctx: CollectContext): Promise<FreshFacts> {
  const set = [gate.files !== undefined, gate.url !== undefined, gate.run !== undefined].filter(
    Boolean,
  ).length;
  if (set !== 1) {
    throw new UserError(
      `set exactly one of files, url (with pointer) or run to say where the time comes from${set > 1 ? ' (this gate sets several)' : ''}`,
    );
  }
  if (gate.files !== undefined) return fromFiles(gate, ctx);
  if (gate.url !== undefined) return fromUrl(gate, ctx);
  return fromCommand(gate, ctx);
}
