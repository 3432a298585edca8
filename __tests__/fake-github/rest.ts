/** REST side of the fake GitHub: the endpoints shipgate uses, shaped like api.github.com. */
import type {
  Access,
  ActorRef,
  CheckRun,
  CheckSuite,
  Commit,
  Deployment,
  IssueComment,
  Permission,
  PullRequest,
  Repo,
  Review,
  StatusContext,
  TokenInfo,
  World,
} from './world.js';
import { recomputeSuite } from './world.js';
import * as model from './model.js';
import { nodeId } from './graphql.js';

export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  token: TokenInfo;
  world: World;
  /** Base URL of the fake, e.g. http://127.0.0.1:1234 */
  base: string;
}
export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (p: Record<string, string>, req: RestRequest) => RestResponse;
interface Route {
  op: string;
  method: string;
  re: RegExp;
  names: string[];
  /** Any of these grants access. */
  perms: Array<[Permission, 'read' | 'write']>;
  handler: Handler;
}

const WEB = 'https://github.com';
const DOCS = 'https://docs.github.com/rest';

export function errorBody(
  status: number,
  message: string,
  documentation_url = DOCS,
): Record<string, unknown> {
  return { message, documentation_url, status: String(status) };
}
const notFound = (): RestResponse => ({ status: 404, body: errorBody(404, 'Not Found') });

function allowed(token: TokenInfo, perm: Permission, level: 'read' | 'write'): boolean {
  if (!token.permissions) return true;
  const have: Access = token.permissions[perm] ?? 'none';
  return level === 'read' ? have !== 'none' : have === 'write';
}

// ---------------------------------------------------------------------------------------------
// Object builders (shapes from the OpenAPI description)

function user(base: string, a: ActorRef | null | undefined): Record<string, unknown> | null {
  if (!a) return null;
  const login = a.login;
  const id = model.userId(login);
  const u = `${base}/users/${encodeURIComponent(login)}`;
  const type = a.type ?? 'User';
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'BOT' : 'U', login),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: type === 'Bot' ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function repository(base: string, repo: Repo): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const api = `${base}/repos/${full}`;
  const ownerType = 'Organization';
  const owner = {
    ...user(base, { login: repo.owner })!,
    type: ownerType,
    url: `${base}/users/${repo.owner}`,
  };
  return {
    id: repo.databaseId,
    node_id: nodeId('R', full),
    name: repo.name,
    full_name: full,
    private: repo.private ?? false,
    owner,
    html_url: `${WEB}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${WEB}/${full}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `${WEB}/${full}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1024,
    default_branch: repo.defaultBranch,
    open_issues_count: repo.pullRequests.filter((p) => p.state === 'OPEN').length,
    open_issues: repo.pullRequests.filter((p) => p.state === 'OPEN').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: '2026-03-02T09:00:00Z',
    created_at: '2024-01-15T10:00:00Z',
    updated_at: '2026-03-02T09:00:00Z',
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

function issueComment(
  base: string,
  repo: Repo,
  pr: PullRequest,
  c: IssueComment,
  world: World,
): Record<string, unknown> {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  return {
    id: c.databaseId,
    node_id: nodeId('IC', `${repo.owner}/${repo.name}:${c.databaseId}`),
    url: `${api}/issues/comments/${c.databaseId}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/pull/${pr.number}#issuecomment-${c.databaseId}`,
    body: c.body,
    user: user(base, c.author),
    created_at: c.createdAt,
    updated_at: c.updatedAt ?? c.lastEditedAt ?? c.createdAt,
    issue_url: `${api}/issues/${pr.number}`,
    author_association: c.authorAssociation ?? model.association(world, repo, c.author.login),
    performed_via_github_app: null,
    reactions: {
      url: `${api}/issues/comments/${c.databaseId}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

function prState(pr: PullRequest): 'open' | 'closed' {
  return pr.state === 'OPEN' ? 'open' : 'closed';
}

function pullBase(base: string, repo: Repo, pr: PullRequest, world: World): Record<string, unknown> {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  const html = `${WEB}/${repo.owner}/${repo.name}/pull/${pr.number}`;
  const r = repository(base, repo);
  const ownerUser = user(base, { login: repo.owner });
  const closedAt = pr.state === 'OPEN' ? null : (pr.mergedAt ?? pr.updatedAt ?? pr.createdAt);
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.databaseId ?? model.userId(`${repo.owner}/${repo.name}#${pr.number}`),
    node_id: nodeId('PR', `${repo.owner}/${repo.name}#${pr.number}`),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headRefOid}`,
    number: pr.number,
    state: prState(pr),
    locked: false,
    title: pr.title,
    user: user(base, pr.author),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt ?? pr.createdAt,
    closed_at: closedAt,
    merged_at: pr.merged ? (pr.mergedAt ?? closedAt) : null,
    merge_commit_sha: pr.mergeCommit ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${repo.owner}:${pr.headRefName}`,
      ref: pr.headRefName,
      sha: pr.headRefOid,
      user: ownerUser,
      repo: r,
    },
    base: {
      label: `${repo.owner}:${pr.baseRefName}`,
      ref: pr.baseRefName,
      sha: pr.baseRefOid,
      user: ownerUser,
      repo: r,
    },
    _links: {
      self: { href: `${api}/pulls/${pr.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${pr.number}` },
      comments: { href: `${api}/issues/${pr.number}/comments` },
      review_comments: { href: `${api}/pulls/${pr.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pr.number}/commits` },
      statuses: { href: `${api}/statuses/${pr.headRefOid}` },
    },
    author_association: model.association(world, repo, pr.author.login),
    auto_merge: null,
    draft: pr.isDraft ?? false,
  };
}

function pullFull(base: string, repo: Repo, pr: PullRequest, world: World): Record<string, unknown> {
  return {
    ...pullBase(base, repo, pr, world),
    merged: pr.merged,
    mergeable: pr.state === 'OPEN' ? true : null,
    rebaseable: pr.state === 'OPEN' ? true : null,
    mergeable_state: pr.state === 'OPEN' ? 'clean' : 'unknown',
    merged_by: pr.merged ? user(base, { login: 'rita-release' }) : null,
    comments: pr.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: pr.commits.length,
    additions: pr.files.reduce((n, f) => n + f.additions, 0),
    deletions: pr.files.reduce((n, f) => n + f.deletions, 0),
    changed_files: pr.files.length,
  };
}

const FILE_STATUS: Record<string, string> = {
  ADDED: 'added',
  DELETED: 'removed',
  MODIFIED: 'modified',
  RENAMED: 'renamed',
  COPIED: 'copied',
  CHANGED: 'changed',
};

function review(base: string, repo: Repo, pr: PullRequest, r: Review, world: World): Record<string, unknown> {
  const html = `${WEB}/${repo.owner}/${repo.name}/pull/${pr.number}#pullrequestreview-${r.databaseId}`;
  const out: Record<string, unknown> = {
    id: r.databaseId,
    node_id: nodeId('PRR', String(r.databaseId)),
    user: user(base, r.author),
    body: r.body ?? '',
    state: r.state,
    html_url: html,
    pull_request_url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${pr.number}`,
    author_association: model.association(world, repo, r.author.login),
    _links: {
      html: { href: html },
      pull_request: { href: `${base}/repos/${repo.owner}/${repo.name}/pulls/${pr.number}` },
    },
    commit_id: r.commitOid,
  };
  if (r.submittedAt) out['submitted_at'] = r.submittedAt;
  return out;
}

function app(base: string, slug: string, name: string, id: number): Record<string, unknown> {
  return {
    id,
    slug,
    node_id: nodeId('A', slug),
    client_id: `Iv1.${slug.replace(/[^a-z0-9]/gi, '').slice(0, 12)}`,
    owner: user(base, { login: slug === 'github-actions' ? 'github' : slug }),
    name,
    description: '',
    external_url: `${WEB}/apps/${slug}`,
    html_url: `${WEB}/apps/${slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', metadata: 'read' },
    events: [],
  };
}

function checkRun(base: string, repo: Repo, c: Commit, s: CheckSuite, r: CheckRun): Record<string, unknown> {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  return {
    id: r.databaseId,
    head_sha: c.oid,
    node_id: nodeId('CR', String(r.databaseId)),
    external_id: r.externalId ?? '',
    url: `${api}/check-runs/${r.databaseId}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/runs/${r.databaseId}`,
    details_url: r.detailsUrl,
    status: r.status.toLowerCase(),
    conclusion: r.conclusion ? r.conclusion.toLowerCase() : null,
    started_at: r.startedAt,
    completed_at: r.completedAt,
    output: {
      title: r.title ?? null,
      summary: r.summary ?? null,
      text: r.text ?? null,
      annotations_count: 0,
      annotations_url: `${api}/check-runs/${r.databaseId}/annotations`,
    },
    name: r.name,
    check_suite: { id: s.databaseId },
    app: app(base, s.app.slug, s.app.name ?? s.app.slug, s.app.databaseId ?? model.userId(s.app.slug)),
    pull_requests: model
      .pullsForCommit(repo, c.oid)
      .filter((p) => p.state === 'OPEN')
      .map((p) => ({
        id: p.databaseId ?? model.userId(`${repo.owner}/${repo.name}#${p.number}`),
        number: p.number,
        url: `${api}/pulls/${p.number}`,
        head: {
          ref: p.headRefName,
          sha: p.headRefOid,
          repo: { id: repo.databaseId, url: api, name: repo.name },
        },
        base: {
          ref: p.baseRefName,
          sha: p.baseRefOid,
          repo: { id: repo.databaseId, url: api, name: repo.name },
        },
      })),
  };
}

function statusEntry(base: string, repo: Repo, c: Commit, s: StatusContext): Record<string, unknown> {
  const id = s.databaseId ?? model.userId(`${c.oid}:${s.context}:${s.createdAt}`);
  return {
    url: `${base}/repos/${repo.owner}/${repo.name}/statuses/${c.oid}`,
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    id,
    node_id: nodeId('SC', String(id)),
    state: s.state === 'EXPECTED' ? 'pending' : s.state.toLowerCase(),
    description: s.description ?? null,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
  };
}

// ---------------------------------------------------------------------------------------------
// Pagination like GitHub: per_page (default 30, max 100), page, Link header.

function pageOf<T>(items: T[], req: RestRequest): { items: T[]; headers: Record<string, string> } {
  const perRaw = Number(req.query.get('per_page') ?? 30);
  const per = Number.isFinite(perRaw) && perRaw >= 1 ? Math.min(100, Math.floor(perRaw)) : 30;
  const pageRaw = Number(req.query.get('page') ?? 1);
  const page = Number.isFinite(pageRaw) && pageRaw >= 1 ? Math.floor(pageRaw) : 1;
  const last = Math.max(1, Math.ceil(items.length / per));
  const link = (n: number): string => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(per));
    q.set('page', String(n));
    return `<${req.base}${req.path}?${q.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  return {
    items: items.slice((page - 1) * per, page * per),
    headers: rels.length ? { link: rels.join(', ') } : {},
  };
}

interface CheckRunBody {
  name: string;
  status?: string;
  conclusion?: string;
  completed_at?: string;
  details_url?: string;
  external_id?: string;
  output?: { title?: string; summary?: string; text?: string };
}

function applyCheckRunBody(r: CheckRun, b: CheckRunBody, world: World): void {
  if (b.name !== undefined) r.name = b.name;
  if (b.external_id !== undefined) r.externalId = b.external_id;
  if (b.details_url !== undefined) r.detailsUrl = b.details_url;
  if (b.output) {
    if (b.output.title !== undefined) r.title = b.output.title;
    if (b.output.summary !== undefined) r.summary = b.output.summary;
    if (b.output.text !== undefined) r.text = b.output.text;
  }
  // Like GitHub: a conclusion completes the run.
  if (b.conclusion !== undefined || b.status === 'completed') {
    r.status = 'COMPLETED';
    r.conclusion = (b.conclusion ?? 'neutral').toUpperCase() as CheckRun['conclusion'];
    r.completedAt = b.completed_at ?? model.now(world);
  } else if (b.status) r.status = b.status.toUpperCase() as CheckRun['status'];
}

function environmentRef(base: string, repo: Repo, name: string): Record<string, unknown> {
  return {
    id: model.userId(`env:${repo.owner}/${repo.name}/${name}`),
    node_id: nodeId('EN', `${repo.owner}/${repo.name}/${name}`),
    name,
    url: `${base}/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(name)}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
    created_at: '2025-06-01T10:00:00Z',
    updated_at: '2026-03-01T10:00:00Z',
  };
}

function team(req: RestRequest, ref: string): Record<string, unknown> {
  const [org, slug] = ref.slice(1).split('/') as [string, string];
  const url = `${req.base}/orgs/${org}/teams/${slug}`;
  return {
    id: model.userId(`team:${org}/${slug}`),
    node_id: nodeId('T', `${org}/${slug}`),
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    url,
    html_url: `${WEB}/orgs/${org}/teams/${slug}`,
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
  };
}

function deployment(base: string, repo: Repo, d: Deployment): Record<string, unknown> {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('DE', String(d.id)),
    sha: d.sha,
    ref: d.ref,
    task: 'deploy',
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: null,
    creator: user(base, d.creator ?? { login: 'github-actions[bot]', type: 'Bot' }),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: false,
    production_environment: d.environment === 'production',
  };
}

// ---------------------------------------------------------------------------------------------
// Routes

function findRepo(world: World, p: Record<string, string>): Repo | undefined {
  return world.repos.find(
    (r) =>
      r.owner.toLowerCase() === p['owner']!.toLowerCase() &&
      r.name.toLowerCase() === p['repo']!.toLowerCase(),
  );
}
function findIssue(repo: Repo, n: string): PullRequest | undefined {
  return /^\d+$/.test(n) ? repo.pullRequests.find((p) => p.number === Number(n)) : undefined;
}
function findComment(repo: Repo, id: string): { pr: PullRequest; c: IssueComment } | undefined {
  if (!/^\d+$/.test(id)) return undefined;
  for (const pr of repo.pullRequests) {
    const c = pr.comments.find((x) => x.databaseId === Number(id));
    if (c) return { pr, c };
  }
  return undefined;
}

const ISSUE_READ: Array<[Permission, 'read' | 'write']> = [
  ['issues', 'read'],
  ['pull_requests', 'read'],
];
const ISSUE_WRITE: Array<[Permission, 'read' | 'write']> = [
  ['issues', 'write'],
  ['pull_requests', 'write'],
];

function route(op: string, perms: Array<[Permission, 'read' | 'write']>, handler: Handler): Route {
  const [method, path] = op.split(' ') as [string, string];
  const names: string[] = [];
  const re = new RegExp(
    '^' +
      path.replace(/\{(\w+)\}/g, (_m, n: string) => {
        names.push(n);
        return n === 'path' ? '(.+)' : '([^/]+)';
      }) +
      '$',
  );
  return { op, method, re, names, perms, handler };
}

function bodyText(body: unknown): string | undefined {
  return body && typeof body === 'object' && typeof (body as Record<string, unknown>)['body'] === 'string'
    ? ((body as Record<string, unknown>)['body'] as string)
    : undefined;
}

export const ROUTES: Route[] = [
  route('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', ISSUE_READ, (p, req) => {
    const repo = findRepo(req.world, p);
    const pr = repo && findIssue(repo, p['issue_number']!);
    if (!repo || !pr) return notFound();
    let comments = pr.comments;
    const since = req.query.get('since');
    if (since) comments = comments.filter((c) => (c.updatedAt ?? c.createdAt) >= since);
    const page = pageOf(comments, req);
    return {
      status: 200,
      body: page.items.map((c) => issueComment(req.base, repo, pr, c, req.world)),
      headers: page.headers,
    };
  }),
  route('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', ISSUE_WRITE, (p, req) => {
    const repo = findRepo(req.world, p);
    const pr = repo && findIssue(repo, p['issue_number']!);
    if (!repo || !pr) return notFound();
    const c = model.addComment(req.world, pr, req.token, bodyText(req.body)!);
    return {
      status: 201,
      body: issueComment(req.base, repo, pr, c, req.world),
      headers: { location: `${req.base}/repos/${repo.owner}/${repo.name}/issues/comments/${c.databaseId}` },
    };
  }),
  route('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', ISSUE_READ, (p, req) => {
    const repo = findRepo(req.world, p);
    const found = repo && findComment(repo, p['comment_id']!);
    if (!repo || !found) return notFound();
    return { status: 200, body: issueComment(req.base, repo, found.pr, found.c, req.world) };
  }),
  route('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', ISSUE_WRITE, (p, req) => {
    const repo = findRepo(req.world, p);
    const found = repo && findComment(repo, p['comment_id']!);
    if (!repo || !found) return notFound();
    model.editComment(req.world, found.c, req.token, bodyText(req.body)!);
    return { status: 200, body: issueComment(req.base, repo, found.pr, found.c, req.world) };
  }),
  route('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', ISSUE_WRITE, (p, req) => {
    const repo = findRepo(req.world, p);
    const found = repo && findComment(repo, p['comment_id']!);
    if (!repo || !found) return notFound();
    found.pr.comments = found.pr.comments.filter((c) => c !== found.c);
    return { status: 204 };
  }),
  route(
    'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    [
      ['pull_requests', 'read'],
      ['contents', 'read'],
    ],
    (p, req) => {
      const repo = findRepo(req.world, p);
      if (!repo) return notFound();
      const oid = model.resolveRev(repo, p['commit_sha']!);
      if (!oid)
        return {
          status: 422,
          body: {
            message: `No commit found for SHA: ${p['commit_sha']}`,
            documentation_url: `${DOCS}/commits/commits#list-pull-requests-associated-with-a-commit`,
            status: '422',
          },
        };
      const page = pageOf(model.pullsForCommit(repo, oid), req);
      return {
        status: 200,
        body: page.items.map((pr) => pullBase(req.base, repo, pr, req.world)),
        headers: page.headers,
      };
    },
  ),
  route('GET /repos/{owner}/{repo}/pulls/{pull_number}', [['pull_requests', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    const pr = repo && findIssue(repo, p['pull_number']!);
    if (!repo || !pr) return notFound();
    return { status: 200, body: pullFull(req.base, repo, pr, req.world) };
  }),
  route('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', [['pull_requests', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    const pr = repo && findIssue(repo, p['pull_number']!);
    if (!repo || !pr) return notFound();
    const page = pageOf(pr.files, req);
    return {
      status: 200,
      headers: page.headers,
      body: page.items.map((f) => {
        const out: Record<string, unknown> = {
          sha: model.blobOid(`${pr.headRefOid}:${f.path}`),
          filename: f.path,
          status: FILE_STATUS[f.changeType] ?? f.changeType,
          additions: f.additions,
          deletions: f.deletions,
          changes: f.additions + f.deletions,
          blob_url: `${WEB}/${repo.owner}/${repo.name}/blob/${pr.headRefOid}/${f.path}`,
          raw_url: `${WEB}/${repo.owner}/${repo.name}/raw/${pr.headRefOid}/${f.path}`,
          contents_url: `${req.base}/repos/${repo.owner}/${repo.name}/contents/${f.path}?ref=${pr.headRefOid}`,
          patch: '@@ -1 +1 @@',
        };
        if (f.previousPath) out['previous_filename'] = f.previousPath;
        return out;
      }),
    };
  }),
  route('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [['pull_requests', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    const pr = repo && findIssue(repo, p['pull_number']!);
    if (!repo || !pr) return notFound();
    // PENDING reviews are only visible to their author.
    const visible = pr.reviews.filter(
      (r) => r.state !== 'PENDING' || model.sameLogin(r.author.login, req.token.login),
    );
    const page = pageOf(visible, req);
    return {
      status: 200,
      headers: page.headers,
      body: page.items.map((r) => review(req.base, repo, pr, r, req.world)),
    };
  }),
  route('GET /repos/{owner}/{repo}/contents/{path}', [['contents', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    if (!repo) return notFound();
    const ref = req.query.get('ref') ?? repo.defaultBranch;
    const path = p['path']!.replace(/\/$/, '');
    const api = `${req.base}/repos/${repo.owner}/${repo.name}`;
    const links = (type: string, path: string, sha: string): Record<string, unknown> => ({
      url: `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`,
      git_url: `${api}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`,
      html_url: `${WEB}/${repo.owner}/${repo.name}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`,
      download_url:
        type === 'dir' ? null : `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${path}`,
    });
    if (!model.resolveRev(repo, ref) && !repo.blobs[ref])
      return {
        status: 404,
        body: errorBody(
          404,
          `No commit found for the ref ${ref}`,
          `${DOCS}/repos/contents#get-repository-content`,
        ),
      };
    const text = model.readBlob(repo, ref, path);
    if (text !== null) {
      const sha = model.blobOid(text);
      const l = links('file', path, sha);
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name: path.split('/').pop(),
          path,
          content:
            (
              Buffer.from(text)
                .toString('base64')
                .match(/.{1,60}/g) ?? []
            ).join('\n') + '\n',
          sha,
          ...l,
          _links: { self: l['url'], git: l['git_url'], html: l['html_url'] },
        },
      };
    }
    const entries = model.listDir(repo, ref, path);
    if (!entries)
      return {
        status: 404,
        body: errorBody(404, 'Not Found', `${DOCS}/repos/contents#get-repository-content`),
      };
    return {
      status: 200,
      body: entries.map((e) => {
        const sha =
          e.type === 'file'
            ? model.blobOid(model.readBlob(repo, ref, e.path) ?? '')
            : model.blobOid(`tree:${e.path}`);
        const l = links(e.type, e.path, sha);
        return {
          type: e.type,
          size: e.type === 'file' ? Buffer.byteLength(model.readBlob(repo, ref, e.path) ?? '') : 0,
          name: e.name,
          path: e.path,
          sha,
          ...l,
          _links: { self: l['url'], git: l['git_url'], html: l['html_url'] },
        };
      }),
    };
  }),
  route('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', [['checks', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    if (!repo) return notFound();
    const oid = model.resolveRev(repo, p['ref']!);
    const c = oid ? repo.commits.find((x) => x.oid === oid) : undefined;
    if (!c)
      return {
        status: 422,
        body: {
          message: `No commit found for SHA: ${p['ref']}`,
          documentation_url: `${DOCS}/checks/runs#list-check-runs-for-a-git-reference`,
          status: '422',
        },
      };
    let runs = c.checkSuites.flatMap((s) => s.checkRuns.map((r) => ({ s, r })));
    if (req.query.get('filter') !== null && !['latest', 'all'].includes(req.query.get('filter')!))
      return { status: 422, body: errorBody(422, 'Invalid filter') };
    if ((req.query.get('filter') ?? 'latest') === 'latest') runs = model.latestRuns(runs);
    const name = req.query.get('check_name');
    if (name) runs = runs.filter((x) => x.r.name === name);
    const status = req.query.get('status');
    if (status) runs = runs.filter((x) => x.r.status.toLowerCase() === status);
    const appId = req.query.get('app_id');
    if (appId) runs = runs.filter((x) => String(x.s.app.databaseId ?? model.userId(x.s.app.slug)) === appId);
    runs.sort((a, b) => b.r.databaseId - a.r.databaseId);
    const page = pageOf(runs, req);
    return {
      status: 200,
      headers: page.headers,
      body: {
        total_count: runs.length,
        check_runs: page.items.map((x) => checkRun(req.base, repo, c, x.s, x.r)),
      },
    };
  }),
  route('GET /repos/{owner}/{repo}/commits/{ref}/status', [['statuses', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    if (!repo) return notFound();
    const oid = model.resolveRev(repo, p['ref']!);
    const c = oid ? repo.commits.find((x) => x.oid === oid) : undefined;
    if (!c)
      return {
        status: 404,
        body: errorBody(
          404,
          `No commit found for SHA: ${p['ref']}`,
          `${DOCS}/commits/statuses#get-the-combined-status-for-a-specific-reference`,
        ),
      };
    const latest = model.latestStatuses(c.statuses).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    const page = pageOf(latest, req);
    const r = repository(req.base, repo);
    const minimal = Object.fromEntries(
      Object.entries(r).filter(
        ([k]) =>
          !['forks', 'open_issues', 'watchers', 'allow_forking', 'web_commit_signoff_required'].includes(k),
      ),
    );
    return {
      status: 200,
      headers: page.headers,
      body: {
        state: model.combinedState(latest).toLowerCase(),
        statuses: page.items.map((s) => statusEntry(req.base, repo, c, s)),
        sha: c.oid,
        total_count: latest.length,
        repository: minimal,
        commit_url: `${req.base}/repos/${repo.owner}/${repo.name}/commits/${c.oid}`,
        url: `${req.base}/repos/${repo.owner}/${repo.name}/commits/${c.oid}/status`,
      },
    };
  }),
  route('POST /repos/{owner}/{repo}/check-runs', [['checks', 'write']], (p, req) => {
    const repo = findRepo(req.world, p);
    if (!repo) return notFound();
    const b = req.body as CheckRunBody & { head_sha: string };
    const c = repo.commits.find((x) => x.oid === b.head_sha);
    if (!c) return { status: 422, body: errorBody(422, 'No commit found for SHA: ' + b.head_sha) };
    const slug = req.token.login.replace(/\[bot\]$/, '');
    let suite = c.checkSuites.find((s) => s.app.slug === slug && !s.workflowRun);
    if (!suite) {
      suite = {
        databaseId: req.world.nextId++,
        app: { slug, name: slug, databaseId: model.userId(slug) },
        workflowRun: null,
        status: 'QUEUED',
        conclusion: null,
        createdAt: model.now(req.world),
        checkRuns: [],
      };
      c.checkSuites.push(suite);
    }
    const r: CheckRun = {
      databaseId: req.world.nextId++,
      name: b.name,
      status: 'QUEUED',
      conclusion: null,
      startedAt: model.now(req.world),
      completedAt: null,
      detailsUrl: null,
    };
    applyCheckRunBody(r, b, req.world);
    suite.checkRuns.push(r);
    recomputeSuite(suite);
    return { status: 201, body: checkRun(req.base, repo, c, suite, r) };
  }),
  route('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', [['checks', 'write']], (p, req) => {
    const repo = findRepo(req.world, p);
    if (!repo) return notFound();
    for (const c of repo.commits)
      for (const s of c.checkSuites)
        for (const r of s.checkRuns)
          if (String(r.databaseId) === p['check_run_id']) {
            // Only the app that created a check run may update it.
            if (s.app.slug !== req.token.login.replace(/\[bot\]$/, ''))
              return {
                status: 403,
                body: errorBody(
                  403,
                  'Invalid app_id `' +
                    model.userId(req.token.login) +
                    '` - check run can only be modified by the GitHub App that created it.',
                ),
              };
            applyCheckRunBody(r, req.body as CheckRunBody, req.world);
            recomputeSuite(s);
            return { status: 200, body: checkRun(req.base, repo, c, s, r) };
          }
    return notFound();
  }),
  route('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', [['actions', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    const run = repo?.workflowRuns?.find((r) => String(r.id) === p['run_id']);
    if (!repo || !run) return notFound();
    return {
      status: 200,
      body: run.approvals.map((a) => ({
        environments: a.environments.map((name) => environmentRef(req.base, repo, name)),
        state: a.state,
        user: user(req.base, a.user),
        comment: a.comment,
      })),
    };
  }),
  route('GET /repos/{owner}/{repo}/environments/{environment_name}', [['actions', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    const env = repo?.environments?.find(
      (e) => e.name.toLowerCase() === p['environment_name']!.toLowerCase(),
    );
    if (!repo || !env) return notFound();
    const rules: Record<string, unknown>[] = [];
    if (env.waitTimer)
      rules.push({
        id: model.userId(`wait:${env.name}`),
        node_id: nodeId('GA', `wait:${env.name}`),
        type: 'wait_timer',
        wait_timer: env.waitTimer,
      });
    if (env.reviewers.length)
      rules.push({
        id: model.userId(`rev:${env.name}`),
        node_id: nodeId('GA', `rev:${env.name}`),
        type: 'required_reviewers',
        prevent_self_review: env.preventSelfReview ?? false,
        reviewers: env.reviewers.map((r) =>
          r.startsWith('@')
            ? { type: 'Team', reviewer: team(req, r) }
            : { type: 'User', reviewer: user(req.base, { login: r }) },
        ),
      });
    return {
      status: 200,
      body: {
        ...environmentRef(req.base, repo, env.name),
        can_admins_bypass: env.canAdminsBypass,
        protection_rules: rules,
        deployment_branch_policy: null,
      },
    };
  }),
  route('GET /repos/{owner}/{repo}/deployments', [['deployments', 'read']], (p, req) => {
    const repo = findRepo(req.world, p);
    if (!repo) return notFound();
    let list = [...(repo.deployments ?? [])].reverse();
    const env = req.query.get('environment');
    if (env !== null) list = list.filter((d) => d.environment === env);
    const sha = req.query.get('sha');
    if (sha !== null) list = list.filter((d) => d.sha === sha);
    const page = pageOf(list, req);
    return { status: 200, headers: page.headers, body: page.items.map((d) => deployment(req.base, repo, d)) };
  }),
  route(
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    [['deployments', 'read']],
    (p, req) => {
      const repo = findRepo(req.world, p);
      const d = repo?.deployments?.find((x) => String(x.id) === p['deployment_id']);
      if (!repo || !d) return notFound();
      const page = pageOf([...d.statuses].reverse(), req);
      const api = `${req.base}/repos/${repo.owner}/${repo.name}`;
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((st) => ({
          url: `${api}/deployments/${d.id}/statuses/${st.id}`,
          id: st.id,
          node_id: nodeId('DES', String(st.id)),
          state: st.state,
          creator: user(req.base, st.creator ?? { login: 'github-actions[bot]', type: 'Bot' }),
          description: '',
          environment: d.environment,
          target_url: `${WEB}/${repo.owner}/${repo.name}/actions/runs/${d.id}`,
          created_at: st.createdAt,
          updated_at: st.createdAt,
          deployment_url: `${api}/deployments/${d.id}`,
          repository_url: api,
          environment_url: `https://${d.environment}.example.com`,
          log_url: `${WEB}/${repo.owner}/${repo.name}/actions/runs/${d.id}`,
        })),
      };
    },
  ),
  route('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', [['members', 'read']], (p, req) => {
    const org = req.world.orgs.find((o) => o.login.toLowerCase() === p['org']!.toLowerCase());
    const team = org?.teams.find((t) => t.slug === p['team_slug']);
    if (!org || !team) return notFound();
    const login = p['username']!;
    const isMaint = team.maintainers?.some((m) => model.sameLogin(m, login)) ?? false;
    if (!isMaint && !team.members.some((m) => model.sameLogin(m, login))) return notFound();
    return {
      status: 200,
      body: {
        url: `${req.base}/organizations/${org.databaseId ?? 1}/team/${team.databaseId ?? 1}/memberships/${login}`,
        role: isMaint ? 'maintainer' : 'member',
        state: 'active',
      },
    };
  }),
];

export function matchRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | null {
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const m = r.re.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.names.forEach((n, i) => {
      params[n] = decodeURIComponent(m[i + 1]!);
    });
    return { route: r, params };
  }
  return null;
}

export function permitted(route: Route, token: TokenInfo): boolean {
  return route.perms.some(([perm, level]) => allowed(token, perm, level));
}
