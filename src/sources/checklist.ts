/**
 * Reads the `checklist` gate's Markdown file from where the config came from: on GitHub, from the
 * same trusted commit as the config through the API (never the PR's head, so a PR cannot rewrite
 * or delete its own checklist items); in the CLI, from disk under the working directory.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { ChecklistFacts } from '../gates/checklist.js';
import type { Collector } from './types.js';

/** A checklist of 150 items is ~10 KB; anything this large is not a checklist. */
const MAX_BYTES = 1_000_000;

export const collect: Collector<'checklist', ChecklistFacts> = async (gate, ctx) => {
  if (ctx.trustedFile) {
    const file = await ctx.trustedFile(gate.file);
    if (file === null)
      throw new UserError(
        `${gate.file} does not exist at the trusted ref the config was read from (${ctx.trustedSource ?? 'the base branch'}); commit the checklist there, or fix \`file\``,
      );
    if (file.text.length > MAX_BYTES)
      throw new UserError(`${gate.file} is larger than 1 MB; a checklist that large cannot be read`);
    return { file: gate.file, source: file.source, text: file.text, ...(file.url ? { url: file.url } : {}) };
  }
  const full = path.resolve(ctx.cwd, gate.file);
  const rel = path.relative(ctx.cwd, full);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new UserError(`${gate.file} is outside the repository; the checklist must be a file in it`);
  let size: number;
  try {
    const s = await stat(full);
    if (!s.isFile())
      throw new UserError(`${gate.file} is not a file; \`file\` must name the Markdown checklist`);
    size = s.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `${gate.file} not found (looked in ${ctx.cwd}); create the checklist or fix \`file\``
        : `${gate.file} cannot be read (${code ?? 'unknown error'})`,
    );
  }
  if (size > MAX_BYTES)
    throw new UserError(`${gate.file} is larger than 1 MB; a checklist that large cannot be read`);
  const text = await readFile(full, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`${gate.file} cannot be read (${e.code ?? 'unknown error'})`);
  });
  return { file: gate.file, source: `${gate.file} on disk`, text };
};
