/**
 * The data model of the fake GitHub server: one mutable `World` that both the GraphQL and the
 * REST API read and write. Enum values use GitHub's GraphQL spelling (upper case); the REST layer
 * maps them to REST's lower-case spelling.
 *
 * Logins are stored in REST form: a GitHub App bot is `github-actions[bot]` with `type: 'Bot'`.
 * GraphQL reports a bot's login WITHOUT the `[bot]` suffix (`github-actions`), like GitHub does.
 */

export type ActorType = 'User' | 'Bot';
export interface ActorRef {
  login: string;
  /** Default `User`. */
  type?: ActorType;
}

export type Permission =
  | 'contents'
  | 'pull_requests'
  | 'issues'
  | 'checks'
  | 'statuses'
  | 'members'
  | 'metadata'
  | 'actions'
  | 'deployments';
export type Access = 'none' | 'read' | 'write';

export interface TokenInfo {
  login: string;
  type: ActorType;
  /** Missing permission = `none`; a missing `permissions` object = everything `write`. */
  permissions?: Partial<Record<Permission, Access>>;
}

export interface RateBucket {
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
  used: number;
}

export type CheckStatusState = 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED' | 'WAITING' | 'PENDING' | 'REQUESTED';
export type CheckConclusionState =
  | 'ACTION_REQUIRED'
  | 'CANCELLED'
  | 'FAILURE'
  | 'NEUTRAL'
  | 'SKIPPED'
  | 'STALE'
  | 'STARTUP_FAILURE'
  | 'SUCCESS'
  | 'TIMED_OUT';
export type StatusState = 'EXPECTED' | 'ERROR' | 'FAILURE' | 'PENDING' | 'SUCCESS';
export type PatchStatus = 'ADDED' | 'CHANGED' | 'COPIED' | 'DELETED' | 'MODIFIED' | 'RENAMED';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
export type PullRequestState = 'OPEN' | 'CLOSED' | 'MERGED';

export interface CheckRun {
  databaseId: number;
  name: string;
  status: CheckStatusState;
  conclusion: CheckConclusionState | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  title?: string | null;
  summary?: string | null;
  text?: string | null;
  externalId?: string | null;
}

export interface CheckSuite {
  databaseId: number;
  app: { slug: string; name?: string; databaseId?: number };
  /** Present for GitHub Actions suites. */
  workflowRun?: { databaseId: number; name: string; runNumber?: number } | null;
  status: CheckStatusState;
  conclusion: CheckConclusionState | null;
  createdAt: string;
  checkRuns: CheckRun[];
}

export interface StatusContext {
  context: string;
  state: StatusState;
  description?: string | null;
  createdAt: string;
  targetUrl: string | null;
  creator?: ActorRef;
  /** REST id; generated when missing. */
  databaseId?: number;
}

export interface Commit {
  oid: string;
  message?: string;
  committedDate: string;
  /**
   * When the commit was pushed to the PR: GitHub records it (the PR timeline lists the commit at
   * that point), but GraphQL `pushedDate` answers null like GitHub has since 2023 (the field is
   * deprecated and no longer populated). Default: committedDate.
   */
  pushedDate?: string | null;
  checkSuites: CheckSuite[];
  /** Every status ever posted, oldest first; the newest per context wins. */
  statuses: StatusContext[];
}

export interface ChangedFile {
  path: string;
  additions: number;
  deletions: number;
  changeType: PatchStatus;
  previousPath?: string;
}

export interface Review {
  databaseId: number;
  author: ActorRef;
  state: ReviewState;
  /** null for a PENDING review. */
  submittedAt: string | null;
  /** The PR head commit the review was given on. */
  commitOid: string;
  body?: string;
}

export interface IssueComment {
  databaseId: number;
  author: ActorRef;
  body: string;
  createdAt: string;
  updatedAt?: string;
  lastEditedAt?: string | null;
  editor?: ActorRef | null;
  isMinimized?: boolean;
  minimizedReason?: string | null;
  /** Default: OWNER / MEMBER (of the owner org's teams) / CONTRIBUTOR. */
  authorAssociation?: string;
}

/** A `HEAD_REF_FORCE_PUSHED_EVENT` on the PR timeline. */
export interface ForcePush {
  at: string;
  actor: ActorRef;
  beforeOid: string;
  afterOid: string;
}

/** Repository permission of a person, as in GitHub's collaborator settings. */
export type RepoRole = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface PullRequest {
  number: number;
  databaseId?: number;
  title: string;
  body: string;
  state: PullRequestState;
  merged: boolean;
  mergedAt?: string | null;
  /** Oid of the merge commit when merged (should exist in `repo.commits`). */
  mergeCommit?: string | null;
  isDraft?: boolean;
  author: ActorRef;
  baseRefName: string;
  baseRefOid: string;
  headRefName: string;
  headRefOid: string;
  createdAt: string;
  updatedAt?: string;
  /** Oids (oldest first) of the PR's commits, each present in `repo.commits`. */
  commits: string[];
  files: ChangedFile[];
  reviews: Review[];
  comments: IssueComment[];
  forcePushes?: ForcePush[];
}

/** One entry of GET /actions/runs/{run_id}/approvals: who approved (or rejected) which environments. */
export interface EnvironmentApproval {
  environments: string[];
  state: 'approved' | 'rejected';
  user: ActorRef;
  comment: string;
}

export interface WorkflowRun {
  id: number;
  approvals: EnvironmentApproval[];
}

/** A deployment environment's settings (GET /environments/{name}). */
export interface Environment {
  name: string;
  /** Required reviewers (logins or `@org/team`); empty: no required-reviewers rule. */
  reviewers: string[];
  canAdminsBypass: boolean;
  preventSelfReview?: boolean;
  waitTimer?: number;
}

export interface DeploymentStatus {
  id: number;
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
  createdAt: string;
  creator?: ActorRef;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  creator?: ActorRef;
  /** Oldest first (GitHub lists them newest first). */
  statuses: DeploymentStatus[];
}

export interface Repo {
  owner: string;
  name: string;
  databaseId: number;
  private?: boolean;
  defaultBranch: string;
  /** Branch name -> commit oid. */
  refs: Record<string, string>;
  /** Git blobs: commit oid OR branch name -> path -> text. A path missing here does not exist. */
  blobs: Record<string, Record<string, string>>;
  commits: Commit[];
  pullRequests: PullRequest[];
  workflowRuns?: WorkflowRun[];
  environments?: Environment[];
  /** Oldest first. */
  deployments?: Deployment[];
  /**
   * Permissions of people on the repository. Anyone not listed can push (`write`): the fake's
   * default, so scenarios need not list every reviewer; list readers, triagers and outsiders.
   */
  roles?: Record<string, RepoRole>;
}

export interface Team {
  slug: string;
  name?: string;
  databaseId?: number;
  members: string[];
  maintainers?: string[];
}

export interface Org {
  login: string;
  databaseId?: number;
  teams: Team[];
}

export interface World {
  repos: Repo[];
  orgs: Org[];
  tokens: Record<string, TokenInfo>;
  rateLimit: { core: RateBucket; graphql: RateBucket };
  /** Timestamp source for things the server creates (comments); default: the real clock. */
  clock?: () => Date;
  /** Next id handed out for things the server creates. */
  nextId: number;
}

// ---------------------------------------------------------------------------------------------
// Builders

/** The token a GitHub Actions workflow gets (GITHUB_TOKEN): no organization `members` access. */
export const ACTIONS_TOKEN = 'ghs_fakeActionsToken000000000000000000';
/** A GitHub App installation token that can also read organization team membership. */
export const APP_TOKEN = 'ghs_fakeAppToken00000000000000000000000';
/** A personal access token of a human (type User). */
export const USER_TOKEN = 'ghp_fakeUserToken0000000000000000000000';

export const ACTIONS_PERMISSIONS: Partial<Record<Permission, Access>> = {
  metadata: 'read',
  contents: 'read',
  pull_requests: 'write',
  issues: 'write',
  checks: 'read',
  statuses: 'read',
  members: 'none',
  actions: 'read',
  deployments: 'read',
};

const BASE_TIME = Date.parse('2026-03-02T09:00:00Z');
/** ISO time `minutes` after the scenario's base time, without milliseconds (like GitHub). */
export function at(minutes: number): string {
  return iso(new Date(BASE_TIME + minutes * 60_000));
}
export function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Deterministic fake 40-hex oid from a seed. */
export function oidOf(seed: string): string {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 40; round++) {
    for (const ch of `${seed}#${round}`) h1 = Math.imul(h1 ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h1.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}

/** Stable positive integer id for a login / name. */
export function idOf(seed: string): number {
  return (parseInt(oidOf(seed).slice(0, 7), 16) % 90_000_000) + 1_000_000;
}

export function emptyWorld(): World {
  const reset = Math.floor(Date.now() / 1000) + 3600;
  return {
    repos: [],
    orgs: [],
    tokens: {
      [ACTIONS_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: { ...ACTIONS_PERMISSIONS } },
      [APP_TOKEN]: {
        login: 'shipgate-app[bot]',
        type: 'Bot',
        permissions: { ...ACTIONS_PERMISSIONS, members: 'read', checks: 'read' },
      },
      [USER_TOKEN]: { login: 'rita-release', type: 'User' },
    },
    rateLimit: {
      core: { limit: 5000, remaining: 5000, reset, used: 0 },
      graphql: { limit: 5000, remaining: 5000, reset, used: 0 },
    },
    nextId: 900_000_000,
  };
}

export interface CheckRunInput {
  name: string;
  status?: CheckStatusState;
  conclusion?: CheckConclusionState | null;
  startedAt?: string | null;
  completedAt?: string | null;
  detailsUrl?: string | null;
}
export interface CheckSuiteInput {
  /** Default `github-actions`. */
  app?: string;
  /** Workflow name for GitHub Actions suites (default `CI`); null for non-Actions apps. */
  workflow?: string | null;
  runs: Array<string | CheckRunInput>;
}
export interface StatusInput {
  context: string;
  state?: StatusState;
  createdAt?: string;
  targetUrl?: string | null;
  description?: string | null;
}
export interface ReviewInput {
  author: string;
  type?: ActorType;
  state?: ReviewState;
  submittedAt?: string;
  /** Default: the PR's head oid. Use `'previous'` for the commit before the head. */
  commitOid?: string;
  body?: string;
}
export interface CommentInput {
  author: string;
  type?: ActorType;
  body: string;
  createdAt?: string;
  lastEditedAt?: string | null;
  editor?: string | null;
}

export interface ScenarioOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  number?: number;
  title?: string;
  body?: string;
  author?: string;
  authorType?: ActorType;
  state?: PullRequestState;
  baseRef?: string;
  headRef?: string;
  /** Number of commits on the PR (default 2); the head is the last. */
  commitCount?: number;
  files?: Array<string | (Partial<ChangedFile> & { path: string })>;
  reviews?: ReviewInput[];
  comments?: CommentInput[];
  /** Check suites on the head commit. */
  checkSuites?: CheckSuiteInput[];
  /** Commit statuses on the head commit. */
  statuses?: StatusInput[];
  /** Text of `.github/shipgate.yml` on the base branch (null: no file). */
  config?: string | null;
  /** Text of `.github/CODEOWNERS` on the base branch (null: no file). */
  codeowners?: string | null;
  /** Extra files on the base branch. */
  baseFiles?: Record<string, string>;
  /** Extra files on the head commit. */
  headFiles?: Record<string, string>;
  /** Teams of the owner org: slug -> member logins. */
  teams?: Record<string, string[]>;
}

export const DEFAULT_CONFIG = `version: 1
gates:
  tests:
    type: checks
    require: ["build", "test (*)"]
  approvals:
    type: approvals
    min: 1
`;

export const DEFAULT_CODEOWNERS = `* @acme/platform
/db/ @acme/dba
`;

/** A realistic open PR scenario: acme/shop PR #42 by dev-dana against main. */
export function makeWorld(opts: ScenarioOptions = {}): World {
  const world = emptyWorld();
  addScenario(world, opts);
  return world;
}

/** Add a repo (created when missing) + PR scenario to an existing world; returns the PR. */
export function addScenario(world: World, opts: ScenarioOptions = {}): PullRequest {
  const owner = opts.owner ?? 'acme';
  const name = opts.repo ?? 'shop';
  const defaultBranch = opts.defaultBranch ?? 'main';
  const number = opts.number ?? 42;
  const baseRef = opts.baseRef ?? defaultBranch;
  const headRef = opts.headRef ?? `feature/pr-${number}`;
  const seed = `${owner}/${name}#${number}`;

  let repo = world.repos.find((r) => r.owner === owner && r.name === name);
  if (!repo) {
    const mainOid = oidOf(`${owner}/${name}@${defaultBranch}`);
    repo = {
      owner,
      name,
      databaseId: idOf(`${owner}/${name}`),
      defaultBranch,
      refs: { [defaultBranch]: mainOid },
      blobs: { [mainOid]: {} },
      commits: [
        {
          oid: mainOid,
          message: 'Initial commit',
          committedDate: at(-24 * 60),
          checkSuites: [],
          statuses: [],
        },
      ],
      pullRequests: [],
    };
    world.repos.push(repo);
  }
  const baseOid = repo.refs[baseRef] ?? (repo.refs[baseRef] = oidOf(`${owner}/${name}@${baseRef}`));
  if (!repo.commits.some((c) => c.oid === baseOid))
    repo.commits.push({ oid: baseOid, committedDate: at(-24 * 60), checkSuites: [], statuses: [] });
  const baseBlobs = (repo.blobs[baseOid] ??= {});
  const config = opts.config === undefined ? DEFAULT_CONFIG : opts.config;
  if (config !== null) baseBlobs['.github/shipgate.yml'] = config;
  const codeowners = opts.codeowners === undefined ? DEFAULT_CODEOWNERS : opts.codeowners;
  if (codeowners !== null) baseBlobs['.github/CODEOWNERS'] = codeowners;
  Object.assign(baseBlobs, opts.baseFiles ?? {});

  const commitCount = Math.max(1, opts.commitCount ?? 2);
  const oids: string[] = [];
  for (let i = 0; i < commitCount; i++) {
    const oid = oidOf(`${seed}/commit/${i}`);
    oids.push(oid);
    repo.commits.push({
      oid,
      message: `Commit ${i + 1} of #${number}`,
      committedDate: at(i * 30),
      pushedDate: at(i * 30 + 1),
      checkSuites: [],
      statuses: [],
    });
  }
  const headOid = oids[oids.length - 1]!;
  const previousOid = oids.length > 1 ? oids[oids.length - 2]! : headOid;
  const headTime = (commitCount - 1) * 30;
  repo.refs[headRef] = headOid;
  repo.blobs[headOid] = { ...baseBlobs, ...(opts.headFiles ?? {}) };
  const head = repo.commits.find((c) => c.oid === headOid)!;

  const suites =
    opts.checkSuites ??
    ([
      { app: 'github-actions', workflow: 'CI', runs: ['build', 'test (unit)', 'test (integration)', 'lint'] },
    ] as CheckSuiteInput[]);
  head.checkSuites = suites.map((s, si) => buildSuite(world, s, headTime + 2 + si, `${seed}/${si}`));
  head.statuses = (opts.statuses ?? [{ context: 'ci/preview', state: 'SUCCESS' }]).map((s, i) => ({
    context: s.context,
    state: s.state ?? 'SUCCESS',
    description: s.description ?? null,
    createdAt: s.createdAt ?? at(headTime + 5 + i),
    targetUrl:
      s.targetUrl === undefined ? `https://preview.example.com/${owner}/${name}/${number}` : s.targetUrl,
    databaseId: world.nextId++,
  }));

  const files: ChangedFile[] = (
    opts.files ?? [
      'src/checkout/retry.ts',
      'src/checkout/retry.test.ts',
      { path: 'db/migrations/20260301_add_retry.sql', changeType: 'ADDED' as const },
    ]
  ).map((f) => {
    const o = typeof f === 'string' ? { path: f } : f;
    return {
      path: o.path,
      additions: o.additions ?? 10,
      deletions: o.deletions ?? 2,
      changeType: o.changeType ?? 'MODIFIED',
      ...(o.previousPath ? { previousPath: o.previousPath } : {}),
    };
  });

  const reviews: Review[] = (
    opts.reviews ?? [
      { author: 'alice', state: 'APPROVED' },
      { author: 'bob', state: 'COMMENTED', body: 'Looks fine, one nit.' },
    ]
  ).map((r, i) => ({
    databaseId: world.nextId++,
    author: { login: r.author, type: r.type ?? 'User' },
    state: r.state ?? 'APPROVED',
    submittedAt: r.state === 'PENDING' ? null : (r.submittedAt ?? at(headTime + 10 + i)),
    commitOid: r.commitOid === 'previous' ? previousOid : (r.commitOid ?? headOid),
    body: r.body ?? '',
  }));

  const comments: IssueComment[] = (
    opts.comments ?? [{ author: opts.author ?? 'dev-dana', body: 'Ready for review.' }]
  ).map((c, i) => ({
    databaseId: world.nextId++,
    author: { login: c.author, type: c.type ?? 'User' },
    body: c.body,
    createdAt: c.createdAt ?? at(headTime + 3 + i),
    lastEditedAt: c.lastEditedAt ?? null,
    editor: c.editor ? { login: c.editor } : null,
  }));

  const pr: PullRequest = {
    number,
    databaseId: idOf(`${seed}/pr`),
    title: opts.title ?? 'Add retry to checkout',
    body: opts.body ?? 'Retries the payment call on 503.\n\nRollback: revert this PR.',
    state: opts.state ?? 'OPEN',
    merged: opts.state === 'MERGED',
    mergedAt: opts.state === 'MERGED' ? at(headTime + 60) : null,
    mergeCommit: null,
    isDraft: false,
    author: { login: opts.author ?? 'dev-dana', type: opts.authorType ?? 'User' },
    baseRefName: baseRef,
    baseRefOid: baseOid,
    headRefName: headRef,
    headRefOid: headOid,
    createdAt: at(-5),
    updatedAt: at(headTime + 20),
    commits: oids,
    files,
    reviews,
    comments,
  };
  if (pr.state === 'MERGED') {
    const mergeOid = oidOf(`${seed}/merge`);
    repo.commits.push({
      oid: mergeOid,
      message: `Merge pull request #${number}`,
      committedDate: at(headTime + 60),
      checkSuites: [],
      statuses: [],
    });
    repo.refs[baseRef] = mergeOid;
    repo.blobs[mergeOid] = { ...repo.blobs[headOid] };
    pr.mergeCommit = mergeOid;
  }
  repo.pullRequests.push(pr);

  let org = world.orgs.find((o) => o.login === owner);
  if (!org) {
    org = { login: owner, databaseId: idOf(`org:${owner}`), teams: [] };
    world.orgs.push(org);
  }
  const teams = opts.teams ?? {
    'release-managers': ['alice', 'rita-release'],
    dba: ['dave-dba'],
    platform: ['alice', 'bob'],
  };
  for (const [slug, members] of Object.entries(teams)) {
    const existing = org.teams.find((t) => t.slug === slug);
    if (existing) existing.members = members;
    else org.teams.push({ slug, name: slug, databaseId: idOf(`team:${owner}/${slug}`), members });
  }
  return pr;
}

function buildSuite(world: World, s: CheckSuiteInput, minute: number, seed: string): CheckSuite {
  const app = s.app ?? 'github-actions';
  const workflow = s.workflow === undefined ? (app === 'github-actions' ? 'CI' : null) : s.workflow;
  const runs: CheckRun[] = s.runs.map((r, i) => {
    const o: CheckRunInput = typeof r === 'string' ? { name: r } : r;
    const status = o.status ?? 'COMPLETED';
    const id = world.nextId++;
    return {
      databaseId: id,
      name: o.name,
      status,
      conclusion: o.conclusion !== undefined ? o.conclusion : status === 'COMPLETED' ? 'SUCCESS' : null,
      startedAt: o.startedAt !== undefined ? o.startedAt : at(minute + i / 10),
      completedAt:
        o.completedAt !== undefined ? o.completedAt : status === 'COMPLETED' ? at(minute + 4 + i / 10) : null,
      detailsUrl:
        o.detailsUrl !== undefined
          ? o.detailsUrl
          : `https://github.com/acme/shop/actions/runs/${idOf(seed)}/job/${id}`,
    };
  });
  const suite: CheckSuite = {
    databaseId: world.nextId++,
    app: {
      slug: app,
      name: app === 'github-actions' ? 'GitHub Actions' : app,
      databaseId: idOf(`app:${app}`),
    },
    workflowRun: workflow ? { databaseId: idOf(seed), name: workflow, runNumber: 17 } : null,
    status: 'COMPLETED',
    conclusion: 'SUCCESS',
    createdAt: at(minute),
    checkRuns: runs,
  };
  recomputeSuite(suite);
  return suite;
}

/** Derive a suite's status/conclusion from its runs, like GitHub does. */
export function recomputeSuite(suite: CheckSuite): void {
  const runs = suite.checkRuns;
  if (runs.length === 0) return;
  if (runs.some((r) => r.status !== 'COMPLETED')) {
    suite.status = runs.some((r) => r.status === 'IN_PROGRESS') ? 'IN_PROGRESS' : 'QUEUED';
    suite.conclusion = null;
    return;
  }
  suite.status = 'COMPLETED';
  const order: CheckConclusionState[] = [
    'ACTION_REQUIRED',
    'CANCELLED',
    'TIMED_OUT',
    'FAILURE',
    'STARTUP_FAILURE',
    'STALE',
    'NEUTRAL',
    'SKIPPED',
    'SUCCESS',
  ];
  const cs = runs.map((r) => r.conclusion ?? 'SUCCESS');
  if (
    cs.some(
      (c) =>
        c === 'FAILURE' ||
        c === 'TIMED_OUT' ||
        c === 'CANCELLED' ||
        c === 'ACTION_REQUIRED' ||
        c === 'STARTUP_FAILURE',
    )
  )
    suite.conclusion = order.find((o) => cs.includes(o)) ?? 'FAILURE';
  else if (cs.every((c) => c === 'SKIPPED')) suite.conclusion = 'SKIPPED';
  else if (cs.every((c) => c === 'NEUTRAL' || c === 'SKIPPED')) suite.conclusion = 'NEUTRAL';
  else suite.conclusion = 'SUCCESS';
}

// ---------------------------------------------------------------------------------------------
// Lookup / mutation helpers for tests

export function getRepo(world: World, owner = 'acme', name = 'shop'): Repo {
  const r = world.repos.find(
    (x) => x.owner.toLowerCase() === owner.toLowerCase() && x.name.toLowerCase() === name.toLowerCase(),
  );
  if (!r) throw new Error(`fake-github: no repo ${owner}/${name} in the world`);
  return r;
}
export function getPR(world: World, number = 42, owner = 'acme', name = 'shop'): PullRequest {
  const pr = getRepo(world, owner, name).pullRequests.find((p) => p.number === number);
  if (!pr) throw new Error(`fake-github: no PR #${number} in ${owner}/${name}`);
  return pr;
}
export function getCommit(world: World, oid: string, owner = 'acme', name = 'shop'): Commit {
  const c = getRepo(world, owner, name).commits.find((x) => x.oid === oid);
  if (!c) throw new Error(`fake-github: no commit ${oid} in ${owner}/${name}`);
  return c;
}
export function headCommit(world: World, number = 42, owner = 'acme', name = 'shop'): Commit {
  return getCommit(world, getPR(world, number, owner, name).headRefOid, owner, name);
}
/** Find a check run on the PR head by name. */
export function getCheckRun(
  world: World,
  runName: string,
  number = 42,
  owner = 'acme',
  name = 'shop',
): CheckRun {
  for (const s of headCommit(world, number, owner, name).checkSuites)
    for (const r of s.checkRuns) if (r.name === runName) return r;
  throw new Error(`fake-github: no check run "${runName}" on the head of #${number}`);
}
/** Set a check run's state (and its suite's derived state). */
export function setCheckRun(
  world: World,
  runName: string,
  status: CheckStatusState,
  conclusion: CheckConclusionState | null = status === 'COMPLETED' ? 'SUCCESS' : null,
  number = 42,
): void {
  for (const s of headCommit(world, number).checkSuites)
    for (const r of s.checkRuns)
      if (r.name === runName) {
        r.status = status;
        r.conclusion = conclusion;
        r.startedAt ??= at(100);
        r.completedAt = status === 'COMPLETED' ? (r.completedAt ?? at(110)) : null;
        recomputeSuite(s);
        return;
      }
  throw new Error(`fake-github: no check run "${runName}"`);
}
/**
 * Push a new head commit to the PR (reviews stay on the old commit). Returns the new oid.
 * `pushedAt` is when GitHub received it (default: now when `committedDate` is given, else that date).
 */
export function pushCommit(
  world: World,
  number = 42,
  opts: {
    committedDate?: string;
    pushedAt?: string;
    checkSuites?: CheckSuiteInput[];
    suitesCreatedAt?: number;
  } = {},
  owner = 'acme',
  name = 'shop',
): string {
  const repo = getRepo(world, owner, name);
  const pr = getPR(world, number, owner, name);
  const oid = oidOf(`${owner}/${name}#${number}/push/${pr.commits.length}`);
  const date = opts.committedDate ?? at(200 + pr.commits.length);
  repo.commits.push({
    oid,
    message: 'More changes',
    committedDate: date,
    // A date given explicitly is the author's choice (e.g. back-dated): GitHub received the push now.
    pushedDate: opts.pushedAt ?? (opts.committedDate ? iso(world.clock ? world.clock() : new Date()) : date),
    checkSuites: (opts.checkSuites ?? []).map((s, i) =>
      buildSuite(world, s, (opts.suitesCreatedAt ?? 200) + i, `${oid}/${i}`),
    ),
    statuses: [],
  });
  repo.blobs[oid] = { ...(repo.blobs[pr.headRefOid] ?? {}) };
  pr.commits.push(oid);
  pr.headRefOid = oid;
  repo.refs[pr.headRefName] = oid;
  return oid;
}

/**
 * Force-push the PR's branch to a new commit (the PR's commits are replaced by it): the timeline
 * gets a HEAD_REF_FORCE_PUSHED_EVENT at `at`. Returns the new oid.
 */
export function forcePush(
  world: World,
  number = 42,
  opts: { at: string; committedDate?: string; actor?: string },
  owner = 'acme',
  name = 'shop',
): string {
  const repo = getRepo(world, owner, name);
  const pr = getPR(world, number, owner, name);
  const before = pr.headRefOid;
  const oid = oidOf(`${owner}/${name}#${number}/force/${(pr.forcePushes ?? []).length}`);
  repo.commits.push({
    oid,
    message: 'Rewritten',
    committedDate: opts.committedDate ?? opts.at,
    pushedDate: opts.at,
    checkSuites: [],
    statuses: [],
  });
  repo.blobs[oid] = { ...(repo.blobs[before] ?? {}) };
  pr.commits = [oid];
  pr.headRefOid = oid;
  repo.refs[pr.headRefName] = oid;
  (pr.forcePushes ??= []).push({
    at: opts.at,
    actor: { login: opts.actor ?? pr.author.login },
    beforeOid: before,
    afterOid: oid,
  });
  return oid;
}

/**
 * The benchmark scenario: one PR with 300 check runs in 12 check suites, 60 reviews,
 * 250 comments and 40 changed files.
 */
export function makeBigWorld(): World {
  const suites: CheckSuiteInput[] = [];
  for (let s = 0; s < 12; s++)
    suites.push({
      app: s < 10 ? 'github-actions' : `ci-app-${s}`,
      workflow: s < 10 ? `Workflow ${s + 1}` : null,
      runs: Array.from({ length: 25 }, (_, i) => `job-${s + 1}-${i + 1}`),
    });
  const reviewers = Array.from({ length: 20 }, (_, i) => `reviewer-${i + 1}`);
  const reviews: ReviewInput[] = Array.from({ length: 60 }, (_, i) => ({
    author: reviewers[i % 20]!,
    state: (['COMMENTED', 'CHANGES_REQUESTED', 'APPROVED'] as const)[Math.floor(i / 20)]!,
    submittedAt: at(60 + i),
  }));
  const comments: CommentInput[] = Array.from({ length: 250 }, (_, i) => ({
    author: i % 50 === 49 ? 'rita-release' : reviewers[i % 20]!,
    body: i % 50 === 49 ? '/signoff rollback-plan' : `Comment ${i + 1}: looks reasonable.`,
    createdAt: at(70 + i),
  }));
  const files = Array.from({ length: 40 }, (_, i) =>
    i < 5 ? `db/migrations/2026030${i}_step.sql` : `src/module-${i}/index.ts`,
  );
  return makeWorld({
    checkSuites: suites,
    reviews,
    comments,
    files,
    teams: { 'release-managers': ['rita-release', 'reviewer-1'], dba: ['reviewer-2'], platform: reviewers },
  });
}
