/**
 * Source of the `audit` gate: finds the configured report files, refuses missing, empty and stale
 * ones, parses each (format recognised from the content) and de-duplicates the findings.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { AuditGate } from '../../config/schema-types.generated.js';
import type { AuditFacts, AuditReportInfo } from '../../gates/audit.js';
import { UserError, errorMessage } from '../../errors.js';
import { formatDuration, parseDuration } from '../../util/duration.js';
import { checkReportFiles } from '../report-files.js';
import type { CollectContext, Collector } from '../types.js';
import { dedupeFindings } from './dedupe.js';
import { parseAuditText, type ParsedReport } from './parse.js';

export { parseAuditText, SUPPORTED_FORMATS, type ParsedReport } from './parse.js';
export { dedupeFindings } from './dedupe.js';
export { cvss3BaseScore, severityFromScore } from './severity.js';

const HOW_TO_WRITE =
  'An earlier step of the job should write it, e.g. `npm audit --json > audit.json || true` ' +
  '(or yarn audit --json, yarn npm audit --json, pnpm audit --json, osv-scanner --format json).';

function readProblem(display: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new UserError(`Audit report ${display} does not exist. ${HOW_TO_WRITE}`);
  if (code === 'EISDIR') return new UserError(`Audit report ${display} is a directory, not a file.`);
  return new UserError(`Audit report ${display} cannot be read: ${errorMessage(e)}.`);
}

/** Reads and parses one report file; `display` names it in messages (default: the path). */
export async function parseAuditFile(path: string, display = path): Promise<ParsedReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw readProblem(display, e);
  }
  return parseAuditText(text, display);
}

function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

/** Files for one configured path or glob, absolute, sorted. */
async function resolvePattern(pattern: string, cwd: string): Promise<string[]> {
  if (!isDynamicPattern(pattern)) return [resolve(cwd, pattern)];
  const files = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: true,
    expandDirectories: false,
  });
  return files.map((f) => resolve(f)).sort();
}

export async function collectAudit(gate: AuditGate, ctx: CollectContext): Promise<AuditFacts> {
  const patterns = Array.isArray(gate.report) ? gate.report : [gate.report];
  const maxAgeMs = gate['max-age'] === undefined ? null : parseDuration(gate['max-age']);
  if (gate['max-age'] !== undefined && maxAgeMs === null) {
    throw new UserError(`max-age: ${gate['max-age']} is not a duration (write e.g. 30m, 6h or 1d).`);
  }

  const files: string[] = [];
  for (const pattern of patterns) {
    ctx.signal.throwIfAborted();
    const found = await resolvePattern(pattern, ctx.cwd);
    const existing: string[] = [];
    for (const f of found) {
      try {
        await stat(f);
        existing.push(f);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw readProblem(displayPath(ctx.cwd, f), e);
      }
    }
    if (existing.length === 0) {
      const where = isDynamicPattern(pattern)
        ? `No audit report matches ${pattern}`
        : `Audit report ${pattern} does not exist`;
      throw new UserError(`${where} (looked in ${ctx.cwd}). ${HOW_TO_WRITE}`);
    }
    for (const f of existing) if (!files.includes(f)) files.push(f);
  }

  await checkReportFiles(files, ctx, (f) => displayPath(ctx.cwd, f), {
    what: 'audit report',
    allowCommitted: gate['allow-committed'] === true,
  });
  const reports: AuditReportInfo[] = [];
  const all: ParsedReport['findings'] = [];
  for (const file of files) {
    ctx.signal.throwIfAborted();
    const display = displayPath(ctx.cwd, file);
    ctx.progress(`reading audit report ${display}`);
    let info;
    try {
      info = await stat(file);
    } catch (e) {
      throw readProblem(display, e);
    }
    if (!info.isFile()) throw new UserError(`Audit report ${display} is not a regular file.`);
    if (maxAgeMs !== null) {
      const age = ctx.now.getTime() - info.mtimeMs;
      if (age > maxAgeMs) {
        throw new UserError(
          `Audit report ${display} is too old: written ${formatDuration(age)} ago (${new Date(info.mtimeMs).toISOString()}), ` +
            `more than max-age ${gate['max-age']}. It is probably left over from an earlier run: ${HOW_TO_WRITE}`,
        );
      }
    }
    if (info.size === 0) {
      // yarn 4 writes nothing when it finds no advisory; only that is accepted, and only when asked.
      if (gate['allow-empty']) {
        reports.push({ path: display, format: 'yarn-berry-4', findings: 0 });
        continue;
      }
      throw new UserError(
        `Audit report ${display} is empty. ${HOW_TO_WRITE} (yarn 4 writes nothing when it finds no advisory: set \`allow-empty: true\` if that is your tool.)`,
      );
    }
    const parsed = await parseAuditFile(file, display);
    reports.push({ path: display, format: parsed.format, findings: parsed.findings.length });
    all.push(...parsed.findings);
  }
  return { reports, findings: dedupeFindings(all) };
}

export const collect: Collector<'audit', Awaited<ReturnType<typeof collectAudit>>> = collectAudit;
