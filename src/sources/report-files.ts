/**
 * The trust rules for report files (coverage, audit, and any gate reading a report path): a report
 * must be written by the job itself. Anyone who can push could commit a passing report, or make the
 * PR add or change one; a symlink could point the gate at any file on the runner. So:
 * - a path that resolves (through symlinks) outside the workspace is refused;
 * - a path tracked in git in the checkout (`git ls-files`), or one the PR adds or changes, is
 *   refused unless the gate says `allow-committed: true`.
 * Messages describe the problem; they never quote a file's content.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { CollectContext } from './types.js';

export interface ReportTrustOptions {
  /** "coverage report", "audit report", … */
  what: string;
  allowCommitted?: boolean;
}

const inside = (root: string, p: string) => {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Paths (relative to `cwd`, `/`-separated) of `files` that git tracks in the checkout at `cwd`. */
function trackedIn(cwd: string, files: string[], env: NodeJS.ProcessEnv): Promise<Set<string>> {
  return new Promise((resolvePromise) => {
    execFile(
      'git',
      ['ls-files', '-z', '--', ...files],
      { cwd, env: { ...env, GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout) => {
        // Not a git checkout (or no git): nothing is tracked.
        if (err) return resolvePromise(new Set());
        resolvePromise(new Set(stdout.split('\0').filter(Boolean)));
      },
    );
  });
}

/**
 * Throws a UserError for the first report file that the job did not write. `files` are absolute;
 * `display(file)` names one in messages.
 */
export async function checkReportFiles(
  files: string[],
  ctx: CollectContext,
  display: (file: string) => string,
  opts: ReportTrustOptions,
): Promise<void> {
  if (!files.length) return;
  let root: string;
  try {
    root = await realpath(ctx.cwd);
  } catch {
    root = ctx.cwd;
  }
  const rels: string[] = [];
  for (const file of files) {
    let real: string;
    try {
      real = await realpath(file);
    } catch {
      continue; // missing files are reported by the reader
    }
    if (!inside(root, real))
      throw new UserError(
        `The ${opts.what} ${display(file)} resolves (through a symlink or its path) outside the workspace; a report must be a file the job wrote inside the workspace.`,
      );
    rels.push(relative(root, real).split(sep).join('/'));
  }
  if (opts.allowCommitted) return;
  const fix = `A report must be written by this job (a committed one could say anything): write it in an earlier step and keep it out of git, or set \`allow-committed: true\` on the gate if it is meant to be committed.`;
  const changed = new Set(ctx.prFiles ?? []);
  for (const rel of rels)
    if (changed.has(rel))
      throw new UserError(`The ${opts.what} ${rel} is added or changed by the pull request. ${fix}`);
  const tracked = await trackedIn(root, rels, ctx.env);
  for (const rel of rels)
    if (tracked.has(rel))
      throw new UserError(`The ${opts.what} ${rel} is tracked in git in the checkout. ${fix}`);
}
