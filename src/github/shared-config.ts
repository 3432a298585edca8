/**
 * Reads the shared config named by `extends: owner/repo/path@ref` with the run's token (REST
 * contents API). Any failure is returned, not thrown: an unreadable shared config makes only the
 * gates it would define `error`, and the rest of the checklist is still evaluated and reported.
 */
import type { SharedConfigInput } from '../config/load-config.js';
import { errorMessage } from '../errors.js';
import { GitHubApiError, type GitHubClient } from './client.js';

interface RestContent {
  type?: string;
  encoding?: string;
  content?: string;
}

export async function readSharedConfig(
  client: GitHubClient,
  source: string,
  where: { owner: string; repo: string; path: string; ref: string },
): Promise<SharedConfigInput> {
  const what = `reading the shared config ${source}`;
  try {
    const res = await client.rest<RestContent | RestContent[]>(
      'GET /repos/{owner}/{repo}/contents/{path}',
      { owner: where.owner, repo: where.repo, path: where.path, ref: where.ref },
      what,
    );
    const file = res.data;
    if (Array.isArray(file) || file.type !== 'file')
      return { source, error: `${what}: ${where.path} is a directory, not a file` };
    if (file.encoding !== 'base64' || typeof file.content !== 'string')
      return { source, error: `${what}: the file is too large to read through the API (over 1 MiB)` };
    return { source, text: Buffer.from(file.content, 'base64').toString('utf8') };
  } catch (e) {
    if (e instanceof GitHubApiError && (e.kind === 'not-found' || e.kind === 'permission'))
      return {
        source,
        error: `${what}: not found, or the token cannot read ${where.owner}/${where.repo} (the default workflow token reads only its own repository: pass a GitHub App or fine-grained token with contents: read on it in \`token\`, or check the path and ref)`,
      };
    return { source, error: errorMessage(e) };
  }
}
