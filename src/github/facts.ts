/**
 * Gathers everything the GitHub-bound gates need with as few requests as possible: ONE GraphQL
 * query fetches the config blob and CODEOWNERS from the trusted base, the PR, its files, reviews,
 * comments (with viewerDidAuthor, to find our own sticky comment), and the checks of the commit;
 * follow-up queries only page through connections that had more than 100 items, all of them in
 * the same request, and read team members. Semantics: the latest review per person and the newest
 * run per check name win (decided by the pure gates).
 */
import type { CheckFact } from '../gates/checks.js';
import type { ReviewFact } from '../gates/approvals.js';
import type { ChangedFile, CommentFact, PrFacts, TeamFacts } from '../gates/types.js';
import { withSignoffCommands } from './signoff-commands.js';
import { GitHubApiError, type GitHubClient, type GraphQLResult } from './client.js';
import type { RunContext } from './context.js';

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
const ACTOR = 'author { __typename login }';
const COMMENT_FIELDS = `nodes { id databaseId ${ACTOR} body createdAt lastEditedAt editor { login } url viewerDidAuthor }`;
const REVIEW_FIELDS = `nodes { ${ACTOR} state submittedAt commit { oid } }`;
const FILE_FIELDS = 'nodes { path changeType }';
const RUN_FIELDS = 'nodes { databaseId name status conclusion startedAt detailsUrl }';
const CHECKS_OF_COMMIT = `oid committedDate
  checkSuites(first: 50) { ${PAGE_INFO} nodes { id createdAt app { slug } workflowRun { databaseId }
    checkRuns(first: 100, filterBy: { checkType: LATEST }) { ${PAGE_INFO} ${RUN_FIELDS} } } }
  status { contexts { context state createdAt targetUrl } }`;

const MAIN_QUERY = `query ShipgateFacts($owner: String!, $name: String!, $number: Int!, $withPr: Boolean!,
  $configExpr: String!, $configFromBaseRef: Boolean!, $configPath: String!, $co0: String!, $co1: String!, $co2: String!,
  $coFromBaseRef: Boolean!, $checksSha: GitObjectID!, $checksOnPrHead: Boolean!) {
  repository(owner: $owner, name: $name) {
    config: object(expression: $configExpr) @skip(if: $configFromBaseRef) { ... on Blob { text isTruncated } }
    co0: object(expression: $co0) @skip(if: $coFromBaseRef) { ... on Blob { text } }
    co1: object(expression: $co1) @skip(if: $coFromBaseRef) { ... on Blob { text } }
    co2: object(expression: $co2) @skip(if: $coFromBaseRef) { ... on Blob { text } }
    checksCommit: object(oid: $checksSha) @skip(if: $checksOnPrHead) { ... on Commit { ${CHECKS_OF_COMMIT} } }
    pullRequest(number: $number) @include(if: $withPr) {
      number title url state merged ${ACTOR} baseRefName baseRefOid headRefOid
      baseRef { target { ... on Commit {
        config: file(path: $configPath) @include(if: $configFromBaseRef) { object { ... on Blob { text isTruncated } } }
        co0: file(path: ".github/CODEOWNERS") @include(if: $coFromBaseRef) { object { ... on Blob { text } } }
        co1: file(path: "CODEOWNERS") @include(if: $coFromBaseRef) { object { ... on Blob { text } } }
        co2: file(path: "docs/CODEOWNERS") @include(if: $coFromBaseRef) { object { ... on Blob { text } } }
      } } }
      files(first: 100) { ${PAGE_INFO} ${FILE_FIELDS} }
      reviews(first: 100) { ${PAGE_INFO} ${REVIEW_FIELDS} }
      comments(first: 100) { ${PAGE_INFO} ${COMMENT_FIELDS} }
      commits(last: 1) { nodes { commit { oid committedDate
        checkSuites(first: 50) @include(if: $checksOnPrHead) { ${PAGE_INFO} nodes { id createdAt app { slug } workflowRun { databaseId }
          checkRuns(first: 100, filterBy: { checkType: LATEST }) { ${PAGE_INFO} ${RUN_FIELDS} } } }
        status @include(if: $checksOnPrHead) { contexts { context state createdAt targetUrl } }
      } } }
    }
  }
}`;

const FIND_PR_QUERY = `query ShipgateFindPr($owner: String!, $name: String!, $sha: GitObjectID!) {
  repository(owner: $owner, name: $name) {
    object(oid: $sha) { ... on Commit { associatedPullRequests(first: 10) { nodes { number state merged headRefOid mergeCommit { oid } } } } }
  }
}`;

const CHECKS_QUERY = `query ShipgateChecks($owner: String!, $name: String!, $sha: GitObjectID!) {
  repository(owner: $owner, name: $name) { object(oid: $sha) { ... on Commit { ${CHECKS_OF_COMMIT} } } }
}`;

interface Actor {
  __typename: string;
  login: string;
}
interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (T | null)[] | null;
}
interface RunNode {
  databaseId: number | null;
  name: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  detailsUrl: string | null;
}
interface SuiteNode {
  id: string;
  createdAt: string;
  app: { slug: string } | null;
  workflowRun: { databaseId: number | null } | null;
  checkRuns: Page<RunNode> | null;
}
interface CommitNode {
  oid: string;
  committedDate: string;
  checkSuites?: Page<SuiteNode> | null;
  status?: {
    contexts: { context: string; state: string; createdAt: string; targetUrl: string | null }[];
  } | null;
}
interface CommentNode {
  id: string;
  databaseId: number | null;
  author: Actor | null;
  body: string;
  createdAt: string;
  lastEditedAt: string | null;
  editor: { login: string } | null;
  url: string;
  viewerDidAuthor: boolean;
}
interface ReviewNode {
  author: Actor | null;
  state: string;
  submittedAt: string | null;
  commit: { oid: string } | null;
}
interface FileNode {
  path: string;
  changeType: string;
}
type Blob = { text: string | null; isTruncated?: boolean } | null;
interface PrNode {
  number: number;
  title: string;
  url: string;
  state: string;
  merged: boolean;
  author: Actor | null;
  baseRefName: string;
  baseRefOid: string;
  headRefOid: string;
  baseRef: {
    target: {
      config?: { object: Blob } | null;
      co0?: { object: Blob } | null;
      co1?: { object: Blob } | null;
      co2?: { object: Blob } | null;
    } | null;
  } | null;
  files: Page<FileNode>;
  reviews: Page<ReviewNode>;
  comments: Page<CommentNode>;
  commits: { nodes: ({ commit: CommitNode } | null)[] };
}
interface MainData {
  repository: {
    config?: Blob;
    co0?: Blob;
    co1?: Blob;
    co2?: Blob;
    checksCommit?: CommitNode | null;
    pullRequest?: PrNode | null;
  } | null;
}

/** Our own sticky comments (written by the token's identity) carrying a shipgate marker. */
export interface OwnComment {
  id: string;
  databaseId: number;
  body: string;
  url: string;
  createdAt: string;
  /** Last edited by someone other than its author (us): its recorded state is not trusted. */
  editedByOther: boolean;
}

export interface GitHubFacts {
  /** Config text from the trusted source, or null when the file does not exist there. */
  configText: string | null;
  configSource: string;
  codeowners: { path: string; text: string } | null;
  pr: PrFacts | null;
  reviews: ReviewFact[];
  checksSha: string;
  checks: CheckFact[];
  /** Why the checks could not be read (e.g. a missing permission); the checks gate reports it. */
  checksError: string | null;
  ownComments: OwnComment[];
}

export interface LoadOptions {
  configPath: string;
  /** `config-ref` input: read the config from this ref instead of the PR's base. */
  configRef: string;
  /** PR number, or null when the run has no PR (the PR-bound parts of the query are skipped). */
  prNumber: number | null;
}

/** Finds the PR merged as `sha` (push, workflow_dispatch, deployment, release events). */
export async function findPrForCommit(
  client: GitHubClient,
  ctx: RunContext,
  sha: string,
): Promise<number | null> {
  const res = await client.graphql<{
    repository: {
      object: {
        associatedPullRequests?: {
          nodes: {
            number: number;
            state: string;
            merged: boolean;
            headRefOid: string;
            mergeCommit: { oid: string } | null;
          }[];
        };
      } | null;
    } | null;
  }>(
    FIND_PR_QUERY,
    { owner: ctx.owner, name: ctx.repo, sha },
    `finding the pull request of commit ${sha.slice(0, 7)}`,
  );
  throwOnErrors(res.errors, `finding the pull request of commit ${sha.slice(0, 7)}`, res.data === null);
  const prs = res.data?.repository?.object?.associatedPullRequests?.nodes ?? [];
  const exact = prs.find((p) => p.merged && p.mergeCommit?.oid === sha);
  const head = prs.find((p) => p.headRefOid === sha);
  const merged = prs.find((p) => p.merged);
  return (exact ?? head ?? merged)?.number ?? null;
}

export async function loadGitHubFacts(
  client: GitHubClient,
  ctx: RunContext,
  opts: LoadOptions,
): Promise<GitHubFacts> {
  const withPr = opts.prNumber !== null;
  // Config and CODEOWNERS come from a trusted commit, never from the PR's head: with config-ref,
  // that ref; for PR events, the base commit named by the event (or, when the event does not name
  // it, as for issue_comment, the base branch's tip); for push/dispatch/deployment events, the
  // commit being deployed, which is already on a branch (a merged PR's changes were reviewed).
  const baseExpr = opts.configRef || ctx.prBaseSha || (ctx.prEvent ? '' : ctx.sha);
  const fromBaseRef = withPr && !baseExpr;
  const exprRoot = baseExpr || 'HEAD';
  const checksOnPrHead = withPr && !(ctx.prHeadSha ?? (ctx.prEvent ? null : ctx.sha));
  const checksSha = ctx.prHeadSha ?? ctx.sha;
  const vars = {
    owner: ctx.owner,
    name: ctx.repo,
    number: opts.prNumber ?? 0,
    withPr,
    configExpr: `${exprRoot}:${opts.configPath}`,
    configFromBaseRef: fromBaseRef,
    configPath: opts.configPath,
    co0: `${exprRoot}:${CODEOWNERS_PATHS[0]}`,
    co1: `${exprRoot}:${CODEOWNERS_PATHS[1]}`,
    co2: `${exprRoot}:${CODEOWNERS_PATHS[2]}`,
    coFromBaseRef: fromBaseRef,
    checksSha: checksSha || '0000000000000000000000000000000000000000',
    checksOnPrHead: checksOnPrHead || !checksSha,
  };
  const what = withPr ? `reading pull request #${opts.prNumber}` : `reading commit ${ctx.sha.slice(0, 7)}`;
  const res = await client.graphql<MainData>(MAIN_QUERY, vars, what);
  // Checks the token may not read (no `checks: read` / `statuses: read`) only concern the checks
  // gate: it becomes `error` with the reason, and the other gates are still evaluated.
  const isChecksPath = (e: { path?: (string | number)[] }) =>
    (e.path ?? []).some((p) => p === 'checkSuites' || p === 'status' || p === 'checkRuns');
  const checksErrors = res.data ? res.errors.filter(isChecksPath) : [];
  let checksError: string | null = null;
  if (checksErrors.length) {
    try {
      throwOnErrors(
        checksErrors,
        `reading the checks of ${(ctx.prHeadSha ?? ctx.sha).slice(0, 7) || 'the PR head'}`,
        false,
      );
    } catch (e) {
      checksError = (e as Error).message;
    }
  }
  throwOnErrors(
    res.errors.filter((e) => !checksErrors.includes(e)),
    what,
    res.data === null,
  );
  const repo = res.data?.repository;
  if (!repo)
    throw new GitHubApiError(
      `${what}: repository ${ctx.owner}/${ctx.repo} not found or not accessible with this token`,
      null,
      'not-found',
    );
  const prNode = withPr ? repo.pullRequest : null;
  if (withPr && !prNode)
    throw new GitHubApiError(
      `${what}: pull request #${opts.prNumber} not found in ${ctx.owner}/${ctx.repo}`,
      null,
      'not-found',
    );

  const baseTarget = prNode?.baseRef?.target ?? null;
  const blob = (b: Blob | undefined) => (b && typeof b.text === 'string' ? b.text : null);
  const configBlob = fromBaseRef ? (baseTarget?.config?.object ?? null) : (repo.config ?? null);
  if (configBlob?.isTruncated)
    throw new GitHubApiError(
      `the config ${opts.configPath} is too large to read through the API`,
      null,
      'other',
    );
  const coTexts = fromBaseRef
    ? [baseTarget?.co0?.object, baseTarget?.co1?.object, baseTarget?.co2?.object].map(blob)
    : [repo.co0, repo.co1, repo.co2].map(blob);
  const coIndex = coTexts.findIndex((t) => t !== null);

  let commit: CommitNode | null = null;
  if (checksOnPrHead || !checksSha) commit = prNode?.commits.nodes.at(-1)?.commit ?? null;
  else commit = repo.checksCommit ?? null;

  // Follow-up pages, all connections in one request per round.
  if (prNode) await fetchRemainingPages(client, ctx, prNode, commit);
  else if (commit) await fetchRemainingSuitePages(client, commit);

  const rawComments: Omit<CommentFact, 'commands'>[] = [];
  const ownComments: OwnComment[] = [];
  for (const c of prNode?.comments.nodes ?? []) {
    if (!c) continue;
    rawComments.push({
      id: c.id,
      databaseId: c.databaseId ?? undefined,
      author: c.author?.login ?? null,
      authorIsBot: c.author?.__typename === 'Bot',
      body: c.body,
      createdAt: c.createdAt,
      lastEditedAt: c.lastEditedAt,
      editor: c.editor?.login ?? null,
      url: c.url,
    });
    if (c.viewerDidAuthor && c.databaseId) {
      const editedByOther =
        !!c.lastEditedAt && (c.editor?.login ?? '').toLowerCase() !== (c.author?.login ?? '').toLowerCase();
      ownComments.push({
        id: c.id,
        databaseId: c.databaseId,
        body: c.body,
        url: c.url,
        createdAt: c.createdAt,
        editedByOther,
      });
    }
  }
  const comments = await withSignoffCommands(rawComments);
  const headSha = prNode?.headRefOid ?? ctx.sha;
  const checks = commit ? checksOf(commit, ctx) : [];
  const pr: PrFacts | null = prNode
    ? {
        number: prNode.number,
        title: prNode.title,
        url: prNode.url,
        author: prNode.author?.login ?? null,
        authorIsBot: prNode.author?.__typename === 'Bot',
        baseRef: prNode.baseRefName,
        baseSha: prNode.baseRefOid,
        headSha,
        headPushedAt: pushedAt(commit && commit.oid === headSha ? commit : null),
        comments,
        files: (prNode.files.nodes ?? []).filter((f): f is FileNode => !!f).map(toChangedFile),
      }
    : null;
  return {
    configText: blob(configBlob ?? undefined),
    configSource: `${opts.configPath} at ${opts.configRef || (fromBaseRef ? `the tip of ${prNode?.baseRefName ?? 'the base branch'}` : exprRoot.slice(0, 12))}`,
    codeowners: coIndex >= 0 ? { path: CODEOWNERS_PATHS[coIndex]!, text: coTexts[coIndex]! } : null,
    pr,
    reviews: (prNode?.reviews.nodes ?? [])
      .filter((r): r is ReviewNode => !!r)
      .map((r) => ({
        author: r.author?.login ?? null,
        authorIsBot: r.author?.__typename === 'Bot',
        state: r.state,
        submittedAt: r.submittedAt,
        commitOid: r.commit?.oid ?? null,
      })),
    checksSha: commit?.oid ?? checksSha,
    checks,
    checksError,
    ownComments,
  };
}

/** Re-reads only the checks of a commit (used while waiting for pending checks). */
export async function loadChecks(client: GitHubClient, ctx: RunContext, sha: string): Promise<CheckFact[]> {
  const what = `reading the checks of ${sha.slice(0, 7)}`;
  let res: GraphQLResult<{ repository: { object: CommitNode | null } | null }>;
  try {
    res = await client.graphql(CHECKS_QUERY, { owner: ctx.owner, name: ctx.repo, sha }, what);
  } catch (e) {
    // GitHub answers 404 for what the token may not see: for the checks of a commit just read, that is a permission.
    if (e instanceof GitHubApiError && e.kind === 'not-found')
      throw new GitHubApiError(
        `${what}: the token lacks permission (GitHub said 404); give the workflow \`permissions:\` \`checks: read\` and \`statuses: read\``,
        e.status,
        'permission',
      );
    throw e;
  }
  throwOnErrors(res.errors, what, res.data === null);
  const commit = res.data?.repository?.object;
  if (!commit) throw new GitHubApiError(`${what}: commit not found`, null, 'not-found');
  await fetchRemainingSuitePages(client, commit);
  return checksOf(commit, ctx);
}

/** Members of the named teams (`org/team`). A team that cannot be read carries the reason. */
export async function loadTeams(client: GitHubClient, teams: readonly string[]): Promise<TeamFacts> {
  const out: TeamFacts = {};
  if (!teams.length) return out;
  let pending = teams.map((t, i) => ({
    team: t,
    alias: `t${i}`,
    after: null as string | null,
    members: [] as string[],
  }));
  while (pending.length) {
    const fields = pending.map((p) => {
      const [org, slug] = p.team.split('/');
      return `${p.alias}: organization(login: ${JSON.stringify(org)}) { team(slug: ${JSON.stringify(slug)}) { members(first: 100, membership: ALL${p.after ? `, after: ${JSON.stringify(p.after)}` : ''}) { ${PAGE_INFO} nodes { login } } } }`;
    });
    let res: GraphQLResult<Record<string, { team: { members: Page<{ login: string }> } | null } | null>>;
    try {
      res = await client.graphql(`query ShipgateTeams { ${fields.join('\n')} }`, {}, 'reading team members');
    } catch (e) {
      // The request failed as a whole (after retries): every team still unread carries the reason,
      // so only the gates that need a team fail closed, and the rest of the checklist is reported.
      if (!(e instanceof GitHubApiError)) throw e;
      for (const p of pending)
        out[p.team] = {
          error:
            e.kind === 'permission'
              ? `the token lacks permission to read members of @${p.team} (${e.message}); the default workflow token has no \`members: read\` permission: pass a GitHub App or fine-grained token with organization "Members: read" in the \`token\` input`
              : `cannot read members of @${p.team}: ${e.message}`,
        };
      return out;
    }
    const next: typeof pending = [];
    for (const p of pending) {
      const err = res.errors.find((e) => e.path?.[0] === p.alias);
      const org = res.data?.[p.alias];
      const members = org?.team?.members;
      if (err || !members) {
        const why = err
          ? `GitHub said: ${err.message}`
          : org
            ? 'the team does not exist or is secret and not visible to the token'
            : 'the organization was not found';
        const perm =
          err && /forbidden|not accessible|permission|scope/i.test(`${err.type ?? ''} ${err.message}`);
        out[p.team] = {
          error: perm
            ? `the token lacks permission to read members of @${p.team} (${why}); the default workflow token has no \`members: read\` permission: pass a GitHub App or fine-grained token with organization "Members: read" in the \`token\` input`
            : `cannot read members of @${p.team}: ${why}`,
        };
        continue;
      }
      p.members.push(...(members.nodes ?? []).filter((n): n is { login: string } => !!n).map((n) => n.login));
      if (members.pageInfo.hasNextPage && members.pageInfo.endCursor)
        next.push({ ...p, after: members.pageInfo.endCursor });
      else out[p.team] = { members: p.members };
    }
    if (!res.data && res.errors.length && !next.length) {
      for (const p of pending)
        if (!out[p.team])
          out[p.team] = { error: `cannot read members of @${p.team}: ${res.errors[0]!.message}` };
    }
    pending = next;
  }
  return out;
}

/** The permission a field needs, for messages. */
const FIELD_PERMISSION: Record<string, string> = {
  checkSuites: 'checks: read',
  checkRuns: 'checks: read',
  status: 'statuses: read',
  contexts: 'checks: read',
  comments: 'pull-requests: read',
  reviews: 'pull-requests: read',
  files: 'pull-requests: read',
  pullRequest: 'pull-requests: read',
};

function throwOnErrors(
  errors: { type?: string; message: string; path?: (string | number)[] }[],
  what: string,
  noData: boolean,
) {
  if (!errors.length) return;
  const msg = errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ');
  const denied = errors.filter(
    (e) =>
      /FORBIDDEN|INSUFFICIENT_SCOPES/.test(e.type ?? '') || /not accessible by integration/i.test(e.message),
  );
  if (denied.length) {
    // Name what could not be read and the permission it needs (e.g. the checks of the commit).
    const fields = [
      ...new Set(
        denied
          .map((e) => [...(e.path ?? [])].reverse().find((p): p is string => typeof p === 'string'))
          .filter((f): f is string => !!f),
      ),
    ];
    const needs = [...new Set(fields.map((f) => FIELD_PERMISSION[f]).filter((p): p is string => !!p))];
    const which = fields.length ? ` to read ${fields.join(', ')}` : '';
    const hint = needs.length
      ? `; give the workflow \`permissions:\` ${needs.map((n) => `\`${n}\``).join(', ')} (see the README's permissions table)`
      : "; see the README's permissions table";
    throw new GitHubApiError(
      `${what}: the token lacks permission${which} (${msg})${hint}`,
      null,
      'permission',
    );
  }
  if (noData || errors.length)
    throw new GitHubApiError(`${what}: GitHub answered with errors: ${msg}`, null, 'graphql');
}

function toChangedFile(f: FileNode): ChangedFile {
  const map: Record<string, ChangedFile['status']> = {
    ADDED: 'added',
    MODIFIED: 'modified',
    DELETED: 'removed',
    RENAMED: 'renamed',
    COPIED: 'copied',
    CHANGED: 'changed',
  };
  return { path: f.path, status: map[f.changeType] ?? 'changed' };
}

/**
 * When the head commit reached GitHub. Commit dates are chosen by the author (and can be back-
 * dated), so the server-side creation time of its earliest check suite is preferred.
 */
function pushedAt(commit: CommitNode | null): string | null {
  if (!commit) return null;
  const suites = (commit.checkSuites?.nodes ?? [])
    .filter((s): s is SuiteNode => !!s)
    .map((s) => s.createdAt)
    .sort();
  return suites[0] ?? commit.committedDate ?? null;
}

function checksOf(commit: CommitNode, ctx: RunContext): CheckFact[] {
  const out: CheckFact[] = [];
  for (const suite of commit.checkSuites?.nodes ?? []) {
    if (!suite) continue;
    const own = ctx.runId > 0 && suite.workflowRun?.databaseId === ctx.runId;
    for (const run of suite.checkRuns?.nodes ?? []) {
      if (!run) continue;
      out.push({
        name: run.name,
        kind: 'check-run',
        status: run.status.toLowerCase(),
        conclusion: run.conclusion?.toLowerCase() ?? null,
        url: run.detailsUrl,
        startedAt: run.startedAt,
        id: run.databaseId,
        ownRun: own,
      });
    }
  }
  for (const s of commit.status?.contexts ?? []) {
    const state = s.state.toLowerCase();
    out.push({
      name: s.context,
      kind: 'status',
      status: state === 'pending' || state === 'expected' ? 'pending' : 'completed',
      conclusion: state === 'pending' || state === 'expected' ? null : state,
      url: s.targetUrl,
      startedAt: s.createdAt,
    });
  }
  return out;
}

/** Check suites whose runs have another page (a suite with more than 100 runs; rare). */
function suitesWithMore(commit: CommitNode | null): SuiteNode[] {
  return (commit?.checkSuites?.nodes ?? []).filter(
    (s): s is SuiteNode => !!s && !!s.checkRuns?.pageInfo.hasNextPage,
  );
}

/** Aliased `s<i>: node(id)` fields reading the next page of each suite's runs. */
function suitePageFields(suites: SuiteNode[]): string[] {
  return suites.map(
    (s, i) =>
      `s${i}: node(id: ${JSON.stringify(s.id)}) { ... on CheckSuite { checkRuns(first: 100, after: ${JSON.stringify(s.checkRuns!.pageInfo.endCursor)}, filterBy: { checkType: LATEST }) { ${PAGE_INFO} ${RUN_FIELDS} } } }`,
  );
}

/** Appends the pages read by suitePageFields to their suites. */
function mergeSuitePages(suites: SuiteNode[], data: Record<string, unknown> | null, what: string) {
  suites.forEach((s, i) => {
    const page = (data?.[`s${i}`] as { checkRuns?: Page<RunNode> } | null | undefined)?.checkRuns;
    if (!page) throw new GitHubApiError(`${what}: a check suite disappeared while paging`, null, 'graphql');
    s.checkRuns = { pageInfo: page.pageInfo, nodes: [...(s.checkRuns!.nodes ?? []), ...(page.nodes ?? [])] };
  });
}

async function fetchRemainingSuitePages(client: GitHubClient, commit: CommitNode) {
  const what = 'reading more check runs';
  for (let round = 0; round < 50; round++) {
    const suites = suitesWithMore(commit);
    if (!suites.length) return;
    const res = await client.graphql<Record<string, unknown>>(
      `query ShipgateMoreRuns { ${suitePageFields(suites).join('\n')} }`,
      {},
      what,
    );
    throwOnErrors(res.errors, what, res.data === null);
    mergeSuitePages(suites, res.data, what);
  }
}

async function fetchRemainingPages(
  client: GitHubClient,
  ctx: RunContext,
  pr: PrNode,
  commit: CommitNode | null,
) {
  const connections = [
    { key: 'files', fields: FILE_FIELDS },
    { key: 'reviews', fields: REVIEW_FIELDS },
    { key: 'comments', fields: COMMENT_FIELDS },
  ] as const;
  for (let round = 0; round < 100; round++) {
    const more = connections.filter((c) => pr[c.key].pageInfo.hasNextPage);
    const suites = suitesWithMore(commit);
    if (!more.length && !suites.length) return;
    const prFields = more.map(
      (c) =>
        `${c.key}(first: 100, after: ${JSON.stringify(pr[c.key].pageInfo.endCursor)}) { ${PAGE_INFO} ${c.fields} }`,
    );
    const query = `query ShipgateMore($owner: String!, $name: String!, $number: Int!) {
      ${prFields.length ? `repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${prFields.join('\n')} } }` : ''}
      ${suitePageFields(suites).join('\n')}
    }`;
    const what = `reading more of pull request #${pr.number}`;
    const res = await client.graphql<
      Record<string, unknown> & { repository?: { pullRequest: Record<string, Page<unknown>> | null } | null }
    >(query, { owner: ctx.owner, name: ctx.repo, number: pr.number }, what);
    throwOnErrors(res.errors, what, res.data === null);
    for (const c of more) {
      const page = res.data?.repository?.pullRequest?.[c.key];
      if (!page)
        throw new GitHubApiError(
          `${what}: the ${c.key} page is missing from GitHub's answer`,
          null,
          'graphql',
        );
      const target = pr[c.key] as Page<unknown>;
      target.nodes = [...(target.nodes ?? []), ...(page.nodes ?? [])];
      target.pageInfo = page.pageInfo;
    }
    mergeSuitePages(suites, res.data, what);
  }
}
