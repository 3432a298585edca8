/**
 * One checklist comment per PR and environment, found again by its hidden marker AND by being
 * written by the token's own identity (viewerDidAuthor / the identity that created it), so a
 * comment forged by someone else with the same marker is never taken for ours.
 *
 * Ordering: the comment records the commit and run it describes. A run never overwrites a
 * comment written by a newer run, nor one describing the PR's current head when the run itself
 * evaluated an older commit. Two concurrent runs that both create a comment converge: after
 * creating, the run lists recent comments and keeps only the oldest of ours, deleting the others.
 */
import { GitHubApiError, type GitHubClient } from './client.js';
import type { RunContext } from './context.js';
import type { OwnComment } from './facts.js';

export interface StickyState {
  sha: string;
  run: number;
  attempt: number;
}

const STATE_RE = /<!-- shipgate:state (\{[^<>]*\}) -->/;

export function stateLine(s: StickyState): string {
  return `<!-- shipgate:state ${JSON.stringify(s)} -->`;
}

export function readState(body: string): StickyState | null {
  const m = STATE_RE.exec(body);
  if (!m) return null;
  try {
    const v = JSON.parse(m[1]!) as StickyState;
    return typeof v.sha === 'string' && typeof v.run === 'number'
      ? { sha: v.sha, run: v.run, attempt: Number(v.attempt) || 1 }
      : null;
  } catch {
    return null;
  }
}

export interface PublishInput {
  client: GitHubClient;
  ctx: RunContext;
  prNumber: number;
  marker: string;
  body: string;
  state: StickyState;
  /** The PR's current head commit, as just read. */
  headSha: string;
  /** Our comments found by the facts query (viewerDidAuthor). */
  ownComments: OwnComment[];
  log: (m: string) => void;
}

export interface PublishResult {
  url: string;
  action: 'created' | 'updated' | 'kept-newer';
}

interface RestComment {
  id: number;
  html_url: string;
  body?: string;
  created_at: string;
  user: { login: string; type?: string } | null;
}

export async function publishSticky(input: PublishInput): Promise<PublishResult> {
  const { client, ctx, prNumber, marker, body, state } = input;
  const ours = input.ownComments
    .filter((c) => c.body.includes(marker))
    .sort((a, b) => a.databaseId - b.databaseId);
  if (ours.length) {
    const target = ours[0]!;
    // Someone with write access may edit our comment (tick a box, change the state line): what it
    // says is never read back, so such an edit cannot stop this run from writing the real result.
    const existing = target.editedByOther ? null : readState(target.body);
    if (target.editedByOther)
      input.log('the checklist comment was edited by someone else; replacing it with this result');
    if (existing && supersedes(existing, state, input.headSha)) {
      input.log(
        `the checklist comment already describes a newer evaluation (${existing.sha.slice(0, 7)}, run ${existing.run}); leaving it`,
      );
      return { url: target.url, action: 'kept-newer' };
    }
    const res = await client.rest<RestComment>(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      { owner: ctx.owner, repo: ctx.repo, comment_id: target.databaseId, body },
      'updating the checklist comment',
    );
    for (const dup of ours.slice(1)) await deleteQuietly(client, ctx, dup.databaseId, input.log);
    return { url: res.data.html_url, action: 'updated' };
  }
  const startedAt = new Date(Date.now() - 5_000).toISOString();
  const list = async () =>
    (
      await client.rest<RestComment[]>(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { owner: ctx.owner, repo: ctx.repo, issue_number: prNumber, since: startedAt, per_page: 100 },
        'checking the checklist comment',
      )
    ).data;
  let created: RestComment | null = null;
  let recent: RestComment[] | null = null;
  // A POST is never repeated blindly: after an error that may hide a processed POST (5xx, reset,
  // timeout, a cut-off answer), look first, and post again only when it did not land.
  for (let attempt = 1; !created; attempt++) {
    try {
      created = (
        await client.rest<RestComment>(
          'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { owner: ctx.owner, repo: ctx.repo, issue_number: prNumber, body },
          'posting the checklist comment',
          false,
        )
      ).data;
    } catch (e) {
      const mayHaveLanded = e instanceof GitHubApiError && (e.kind === 'server' || e.kind === 'network');
      if (!mayHaveLanded) throw e;
      input.log(`posting the checklist comment failed (${(e as Error).message}); checking whether it landed`);
      recent = await list();
      // Without the POST's answer our identity is unknown: the exact body (which names this run,
      // attempt and commit in its state line) identifies the comment.
      if (recent.some((c) => (c.body ?? '') === body)) break;
      if (attempt >= 2) throw e;
      input.log('the checklist comment did not land; posting it again');
    }
  }
  // Converge with concurrent runs (and with a POST that landed despite an error): list the
  // comments touched since just before we posted and keep only the oldest of ours.
  if (created || !recent) {
    try {
      recent = await list();
    } catch (e) {
      if (!created) throw e;
      input.log(
        `could not check for duplicate checklist comments (${(e as Error).message}); keeping the one just posted`,
      );
      return { url: created.html_url, action: 'created' };
    }
  }
  const me = created?.user?.login;
  const mine = recent
    .filter((c) => (c.body ?? '').includes(marker) && (me ? c.user?.login === me : (c.body ?? '') === body))
    .sort((a, b) => a.id - b.id);
  if (!mine.length) {
    if (created) return { url: created.html_url, action: 'created' };
    throw new Error('the checklist comment could not be posted (see the warning above)');
  }
  const keep = mine[0]!;
  for (const dup of mine.slice(1)) await deleteQuietly(client, ctx, dup.id, input.log);
  if (created && keep.id !== created.id) {
    // Another run created the comment first: put our result into the one we keep, unless that
    // run's result is newer.
    const existing = readState(keep.body ?? '');
    if (!existing || !supersedes(existing, state, input.headSha)) {
      await client.rest(
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { owner: ctx.owner, repo: ctx.repo, comment_id: keep.id, body },
        'updating the checklist comment',
      );
    }
  }
  return { url: keep.html_url, action: 'created' };
}

/** True when `existing` describes a newer evaluation than `ours`, so ours must not overwrite it. */
export function supersedes(existing: StickyState, ours: StickyState, headSha: string): boolean {
  if (existing.sha !== ours.sha) {
    // Different commits: the one describing the PR's current head wins.
    return existing.sha === headSha && ours.sha !== headSha;
  }
  if (existing.run !== ours.run) return existing.run > ours.run;
  return existing.attempt > ours.attempt;
}

async function deleteQuietly(client: GitHubClient, ctx: RunContext, id: number, log: (m: string) => void) {
  try {
    await client.rest(
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
      { owner: ctx.owner, repo: ctx.repo, comment_id: id },
      'removing a duplicate checklist comment',
    );
  } catch (e) {
    log(`could not remove duplicate checklist comment ${id}: ${(e as Error).message}`);
  }
}
