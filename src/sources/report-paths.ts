/**
 * Finding the report files a report gate reads (tests, sarif): every configured path or glob must
 * match at least one file; each match must be a regular, non-empty file, and younger than
 * `max-age` when one is set. Problems are UserErrors naming the file and how to fix it.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../errors.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import type { CollectContext } from './types.js';

export interface ReportFile {
  abs: string;
  /** Relative to the workspace when inside it, else absolute: how messages name it. */
  display: string;
}

export interface FindReportsOptions {
  /** "test report", "SARIF report": how messages name the files. */
  what: string;
  /** How to produce the file, appended to "does not exist" and "empty" messages. */
  hint: string;
  maxAge?: string | undefined;
}

export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

export async function findReportFiles(
  report: string | string[],
  ctx: CollectContext,
  opts: FindReportsOptions,
): Promise<ReportFile[]> {
  const patterns = Array.isArray(report) ? report : [report];
  const maxAgeMs = opts.maxAge === undefined ? null : parseDuration(opts.maxAge);
  if (opts.maxAge !== undefined && maxAgeMs === null) {
    throw new UserError(`max-age: ${opts.maxAge} is not a duration (write e.g. 30m, 6h or 1d).`);
  }
  const out: ReportFile[] = [];
  for (const pattern of patterns) {
    ctx.signal.throwIfAborted();
    const dynamic = isDynamicPattern(pattern);
    const candidates = dynamic
      ? (
          await glob(pattern, {
            cwd: ctx.cwd,
            absolute: true,
            onlyFiles: true,
            dot: true,
            expandDirectories: false,
          })
        )
          .map((f) => resolve(f))
          .sort()
      : [resolve(ctx.cwd, pattern)];
    let matched = 0;
    for (const abs of candidates) {
      const display = displayPath(ctx.cwd, abs);
      let info;
      try {
        info = await stat(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && !dynamic) {
          throw new UserError(
            `The ${opts.what} ${display} does not exist (looked in ${ctx.cwd}). ${opts.hint}`,
          );
        }
        if (code === 'ENOENT') continue;
        throw new UserError(`The ${opts.what} ${display} cannot be read (${code ?? String(e)}).`);
      }
      if (!info.isFile()) throw new UserError(`The ${opts.what} ${display} is not a regular file.`);
      if (info.size === 0) throw new UserError(`The ${opts.what} ${display} is empty. ${opts.hint}`);
      if (maxAgeMs !== null) {
        const age = ctx.now.getTime() - info.mtimeMs;
        if (age > maxAgeMs) {
          throw new UserError(
            `The ${opts.what} ${display} was written ${formatDuration(age)} ago, more than max-age ${opts.maxAge}: it is not from this run. ${opts.hint}`,
          );
        }
      }
      matched++;
      if (!out.some((f) => f.abs === abs)) out.push({ abs, display });
    }
    if (matched === 0) {
      throw new UserError(`No ${opts.what} matches ${pattern} (looked in ${ctx.cwd}). ${opts.hint}`);
    }
  }
  return out;
}
