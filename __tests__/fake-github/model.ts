/** Logic shared by the GraphQL and REST sides of the fake GitHub (one World, one set of rules). */
import { createHash } from 'node:crypto';
import type {
  CheckRun,
  CheckSuite,
  IssueComment,
  PullRequest,
  Repo,
  Review,
  StatusContext,
  StatusState,
  TokenInfo,
  World,
} from './world.js';
import { idOf, iso } from './world.js';

export const userId = (login: string): number => idOf(`user:${login.toLowerCase()}`);

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Branch name, `refs/heads/x`, `HEAD`, a full or abbreviated (>= 7) oid -> commit oid. */
export function resolveRev(repo: Repo, rev: string): string | null {
  const r = rev.replace(/^refs\/heads\//, '');
  if (r === 'HEAD') return repo.refs[repo.defaultBranch] ?? null;
  if (repo.refs[r]) return repo.refs[r]!;
  if (/^[0-9a-f]{40}$/.test(r)) return repo.commits.some((c) => c.oid === r) || repo.blobs[r] ? r : null;
  if (/^[0-9a-f]{7,39}$/.test(r)) return repo.commits.find((c) => c.oid.startsWith(r))?.oid ?? null;
  return null;
}

/** Text of `path` at `rev` (oid or branch), or null when the path does not exist there. */
export function readBlob(repo: Repo, rev: string, path: string): string | null {
  const clean = path.replace(/^\.?\//, '');
  const oid = resolveRev(repo, rev === '' ? 'HEAD' : rev);
  const byRef = repo.blobs[rev.replace(/^refs\/heads\//, '')];
  const byOid = oid ? repo.blobs[oid] : undefined;
  const text = byOid?.[clean] ?? byRef?.[clean];
  return text === undefined ? null : text;
}

/** Paths directly under `dir` at `rev`: files and sub-directories. */
export function listDir(
  repo: Repo,
  rev: string,
  dir: string,
): Array<{ name: string; path: string; type: 'file' | 'dir' }> | null {
  const oid = resolveRev(repo, rev);
  const blobs = { ...(repo.blobs[rev] ?? {}), ...(oid ? (repo.blobs[oid] ?? {}) : {}) };
  const prefix = dir.replace(/^\/|\/$/g, '');
  const out = new Map<string, { name: string; path: string; type: 'file' | 'dir' }>();
  for (const p of Object.keys(blobs)) {
    if (prefix && !p.startsWith(prefix + '/')) continue;
    const rest = prefix ? p.slice(prefix.length + 1) : p;
    const [first, ...more] = rest.split('/');
    const full = prefix ? `${prefix}/${first}` : first!;
    out.set(full, { name: first!, path: full, type: more.length ? 'dir' : 'file' });
  }
  return out.size ? [...out.values()] : null;
}

export function blobOid(text: string): string {
  const buf = Buffer.from(text);
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

/** Latest check run per (app, name), like `filter=latest` / `checkType: LATEST`. */
export function latestRuns<T extends { s: CheckSuite; r: CheckRun }>(runs: T[]): T[] {
  const best = new Map<string, T>();
  for (const x of runs) {
    const key = `${x.s.app.slug}\0${x.r.name}`;
    const cur = best.get(key);
    if (!cur || x.r.databaseId > cur.r.databaseId) best.set(key, x);
  }
  return runs.filter((x) => best.get(`${x.s.app.slug}\0${x.r.name}`) === x);
}

/** Newest status per context (statuses are stored oldest first), newest first like GitHub. */
export function latestStatuses(statuses: StatusContext[]): StatusContext[] {
  const best = new Map<string, StatusContext>();
  for (const s of statuses) {
    const cur = best.get(s.context);
    if (!cur || s.createdAt >= cur.createdAt) best.set(s.context, s);
  }
  return [...best.values()];
}

export function combinedState(latest: StatusContext[]): StatusState {
  if (latest.length === 0) return 'PENDING';
  if (latest.some((s) => s.state === 'ERROR' || s.state === 'FAILURE')) return 'FAILURE';
  if (latest.some((s) => s.state === 'PENDING' || s.state === 'EXPECTED')) return 'PENDING';
  return 'SUCCESS';
}

const FAILING = new Set(['FAILURE', 'TIMED_OUT', 'CANCELLED', 'ACTION_REQUIRED', 'STARTUP_FAILURE']);
export function rollupState(runs: CheckRun[], statuses: StatusContext[]): StatusState {
  if (runs.some((r) => r.status === 'COMPLETED' && r.conclusion && FAILING.has(r.conclusion)))
    return 'FAILURE';
  if (statuses.some((s) => s.state === 'ERROR')) return 'ERROR';
  if (statuses.some((s) => s.state === 'FAILURE')) return 'FAILURE';
  if (
    runs.some((r) => r.status !== 'COMPLETED') ||
    statuses.some((s) => s.state === 'PENDING' || s.state === 'EXPECTED')
  )
    return 'PENDING';
  return 'SUCCESS';
}

/** PRs a commit belongs to: merged as it, or containing it. */
export function pullsForCommit(repo: Repo, oid: string): PullRequest[] {
  return repo.pullRequests.filter(
    (p) => p.mergeCommit === oid || p.commits.includes(oid) || p.headRefOid === oid,
  );
}

export function latestPerAuthor(reviews: Review[]): Review[] {
  const best = new Map<string, Review>();
  for (const r of reviews) {
    const k = r.author.login.toLowerCase();
    const cur = best.get(k);
    if (!cur || (r.submittedAt ?? '') >= (cur.submittedAt ?? '')) best.set(k, r);
  }
  return reviews.filter((r) => best.get(r.author.login.toLowerCase()) === r);
}

export function association(world: World, repo: Repo, login: string): string {
  if (sameLogin(login, repo.owner)) return 'OWNER';
  const org = world.orgs.find((o) => sameLogin(o.login, repo.owner));
  if (
    org?.teams.some(
      (t) => t.members.some((m) => sameLogin(m, login)) || t.maintainers?.some((m) => sameLogin(m, login)),
    )
  )
    return 'MEMBER';
  if (repo.pullRequests.some((p) => p.merged && sameLogin(p.author.login, login))) return 'CONTRIBUTOR';
  return 'NONE';
}

/** Push access (write, maintain, admin); people not listed in `repo.roles` have it. */
export function canPush(repo: Repo, login: string): boolean {
  const entry = Object.entries(repo.roles ?? {}).find(([l]) => sameLogin(l, login));
  return !entry || ['write', 'maintain', 'admin'].includes(entry[1]);
}

export function now(world: World): string {
  return iso(world.clock ? world.clock() : new Date());
}

export function addComment(world: World, pr: PullRequest, token: TokenInfo, body: string): IssueComment {
  const t = now(world);
  const c: IssueComment = {
    databaseId: world.nextId++,
    author: { login: token.login, type: token.type },
    body,
    createdAt: t,
    updatedAt: t,
    lastEditedAt: null,
    editor: null,
  };
  pr.comments.push(c);
  return c;
}

export function editComment(world: World, c: IssueComment, token: TokenInfo, body: string): void {
  const t = now(world);
  c.body = body;
  c.updatedAt = t;
  c.lastEditedAt = t;
  c.editor = { login: token.login, type: token.type };
}
