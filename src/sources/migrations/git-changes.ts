/**
 * Changed files for the CLI, where there is no PR: what a PR from the current work against `base`
 * would show. That is the diff from the merge base of `base` and HEAD (like GitHub's three-dot
 * compare) to the working tree, so committed, staged and unstaged changes all count, plus untracked
 * files that git does not ignore (a new migration not yet `git add`ed still needs sign-off).
 */
import { execFile } from 'node:child_process';
import { UserError } from '../../errors.js';
import type { ChangedFile } from '../../gates/types.js';

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT')
            reject(new UserError('git was not found; install git to compare migrations with --base'));
          else reject(new GitError(String(stderr || err.message).trim()));
        } else resolve(stdout);
      },
    );
  });
}

class GitError extends Error {}

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** Parses `git diff --name-status -z` output (`M\0path\0R100\0old\0new\0…`). */
export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length;) {
    const code = parts[i++];
    if (!code) continue;
    const status = STATUS[code[0]!] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const from = parts[i++] ?? '';
      const to = parts[i++] ?? '';
      files.push({ path: to, status, previousPath: from });
    } else {
      files.push({ path: parts[i++] ?? '', status });
    }
  }
  return files.filter((f) => f.path);
}

/** Files changed relative to `base` (see the module comment), paths relative to the repo root. */
export async function changedFilesSince(
  base: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ChangedFile[]> {
  let root: string;
  try {
    root = (await git(['rev-parse', '--show-toplevel'], cwd, env)).trim();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${cwd} is not inside a git repository, so changed migrations cannot be found against --base ${base}`,
    );
  }
  let mergeBase: string;
  try {
    mergeBase = (await git(['merge-base', base, 'HEAD'], root, env)).trim();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `git could not find a common ancestor of "${base}" and HEAD (${(e as Error).message.split('\n')[0]}); fetch the base branch (e.g. git fetch origin ${base.replace(/^origin\//, '')}) or pass another --base`,
    );
  }
  const diff = await git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', mergeBase, '--'], root, env);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], root, env);
  const files = parseNameStatus(diff);
  const known = new Set(files.map((f) => f.path));
  for (const p of untracked.split('\0')) if (p && !known.has(p)) files.push({ path: p, status: 'added' });
  return files;
}
