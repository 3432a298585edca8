/**
 * Every GitHub read of a run, behind one lazy, memoized object (`openGitHubFacts`): ONE GraphQL
 * query fetches the rules (config and CODEOWNERS) from the trusted commit, the PR, its files,
 * reviews, timeline (comments and pushes, in GitHub's order) and the checks of the commit;
 * follow-up rounds page every connection that has more, all in the same request, and the team
 * members that may be needed ride along with the first of them. Reading never stops silently:
 * what cannot be read completely is named, and the gates that depend on it are `error`.
 * Semantics: the latest review per person and the newest run per check name and app win
 * (decided by the pure gates).
 */
import type { CheckFact } from '../gates/checks.js';
import type { ReviewFact } from '../gates/approvals.js';
import type { ChangedFile, CommentFact, PrFacts, TeamFacts } from '../gates/types.js';
import { UserError } from '../errors.js';
import type { ReleaseReads } from '../sources/types.js';
import { withSignoffCommands } from './signoff-commands.js';
import { releaseFacts } from './release-facts.js';
import { GitHubApiError, type GitHubClient, type GraphQLResult } from './client.js';
import type { RunContext } from './context.js';
import type { SharedConfigInput } from '../config/load-config.js';

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/**
 * Follow-up rounds per run, each reading the next 100 of every connection that has more: beyond
 * 5,000 comments, reviews or check suites the rest is not read and its gates are `error`.
 */
const MAX_ROUNDS = 50;

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
const ACTOR = 'author { __typename login }';
const COMMENT_FIELDS = `id databaseId ${ACTOR} body createdAt lastEditedAt editor { login } url viewerDidAuthor isMinimized`;
/** Comments and pushes in one connection: GitHub's order tells which comments came before a push. */
const TIMELINE_ARGS = 'itemTypes: [ISSUE_COMMENT, PULL_REQUEST_COMMIT, HEAD_REF_FORCE_PUSHED_EVENT]';
const TIMELINE_FIELDS = `nodes { __typename ... on IssueComment { ${COMMENT_FIELDS} }
  ... on PullRequestCommit { commit { oid } } ... on HeadRefForcePushedEvent { createdAt afterCommit { oid } } }`;
const REVIEW_FIELDS = `nodes { ${ACTOR} state submittedAt commit { oid } authorCanPushToRepository }`;
const FILE_FIELDS = 'nodes { path changeType }';
const RUN_FIELDS = 'nodes { databaseId name status conclusion startedAt detailsUrl }';
const SUITE_FIELDS = `nodes { id app { slug } workflowRun { databaseId }
  checkRuns(first: 100, filterBy: { checkType: LATEST }) { ${PAGE_INFO} ${RUN_FIELDS} } }`;
const CHECKS_OF_COMMIT = `oid checkSuites(first: 100) { ${PAGE_INFO} ${SUITE_FIELDS} }
  status { contexts { context state createdAt targetUrl } }`;
const RULE_FILES = `oid
  config: file(path: $configPath) { object { ... on Blob { text isTruncated } } }
  co0: file(path: ".github/CODEOWNERS") { object { ... on Blob { text } } }
  co1: file(path: "CODEOWNERS") { object { ... on Blob { text } } }
  co2: file(path: "docs/CODEOWNERS") { object { ... on Blob { text } } }`;

const MAIN_QUERY = `query ShipgateFacts($owner: String!, $name: String!, $number: Int!, $withPr: Boolean!,
  $configPath: String!, $rulesRev: String!, $rulesAtRev: Boolean!, $rulesAtBaseRef: Boolean!,
  $checksSha: GitObjectID!, $checksOnPrHead: Boolean!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { ... on Commit { ${RULE_FILES} } } }
    rules: object(expression: $rulesRev) @include(if: $rulesAtRev) { ... on Commit { ${RULE_FILES} } }
    checksCommit: object(oid: $checksSha) @skip(if: $checksOnPrHead) { ... on Commit { ${CHECKS_OF_COMMIT} } }
    pullRequest(number: $number) @include(if: $withPr) {
      number title url state merged ${ACTOR} baseRefName baseRefOid headRefOid changedFiles
      baseRef @include(if: $rulesAtBaseRef) { target { ... on Commit { ${RULE_FILES} } } }
      files(first: 100) { ${PAGE_INFO} ${FILE_FIELDS} }
      reviews(first: 100) { ${PAGE_INFO} ${REVIEW_FIELDS} }
      timelineItems(first: 100, ${TIMELINE_ARGS}) { ${PAGE_INFO} ${TIMELINE_FIELDS} }
      commits(last: 1) @include(if: $checksOnPrHead) { nodes { commit { ${CHECKS_OF_COMMIT} } } }
    }
  }
}`;

const RULES_QUERY = `query ShipgateRules($owner: String!, $name: String!, $configPath: String!, $rulesRev: String!) {
  repository(owner: $owner, name: $name) { rules: object(expression: $rulesRev) { ... on Commit { ${RULE_FILES} } } }
}`;

const FIND_PR_QUERY = `query ShipgateFindPr($owner: String!, $name: String!, $sha: GitObjectID!) {
  repository(owner: $owner, name: $name) {
    object(oid: $sha) { ... on Commit { associatedPullRequests(first: 10) {
      nodes { number state merged headRefOid baseRefOid mergeCommit { oid } } } } }
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
  app: { slug: string } | null;
  workflowRun: { databaseId: number | null } | null;
  checkRuns: Page<RunNode> | null;
}
interface CommitNode {
  oid: string;
  checkSuites?: Page<SuiteNode> | null;
  status?: {
    contexts: { context: string; state: string; createdAt: string; targetUrl: string | null }[];
  } | null;
}
interface CommentNode {
  __typename: 'IssueComment';
  id: string;
  databaseId: number | null;
  author: Actor | null;
  body: string;
  createdAt: string;
  lastEditedAt: string | null;
  editor: { login: string } | null;
  url: string;
  viewerDidAuthor: boolean;
  isMinimized: boolean;
}
type TimelineNode =
  | CommentNode
  | { __typename: 'PullRequestCommit'; commit: { oid: string } }
  | { __typename: 'HeadRefForcePushedEvent'; createdAt: string; afterCommit: { oid: string } | null };
interface ReviewNode {
  author: Actor | null;
  state: string;
  submittedAt: string | null;
  commit: { oid: string } | null;
  authorCanPushToRepository: boolean;
}
interface FileNode {
  path: string;
  changeType: string;
}
type Blob = { text: string | null; isTruncated?: boolean } | null;
interface RulesNode {
  oid: string;
  config?: { object: Blob } | null;
  co0?: { object: Blob } | null;
  co1?: { object: Blob } | null;
  co2?: { object: Blob } | null;
}
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
  changedFiles: number;
  baseRef?: { target: RulesNode | null } | null;
  files: Page<FileNode>;
  reviews: Page<ReviewNode>;
  timelineItems: Page<TimelineNode>;
  commits?: { nodes: ({ commit: CommitNode } | null)[] };
}
interface MainData {
  repository: {
    defaultBranchRef: { name: string; target: RulesNode | null } | null;
    rules?: RulesNode | null;
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
  /** Config text from the trusted commit, or null when the file does not exist there. */
  configText: string | null;
  configSource: string;
  /** Where the rules were read, for messages (e.g. "the tip of main, the default branch"). */
  rulesWhere: string;
  /**
   * The commit the config was read from, so that the config's other files (the checklist) are read
   * from exactly that commit; null when the config did not come from GitHub.
   */
  rulesOid: string | null;
  codeowners: { path: string; text: string } | null;
  pr: PrFacts | null;
  reviews: ReviewFact[];
  checksSha: string;
  checks: CheckFact[];
  /** Why the checks could not be read (e.g. a missing permission); the checks gate reports it. */
  checksError: string | null;
  ownComments: OwnComment[];
}

export interface FactsOptions {
  configPath: string;
  /** `config-ref` input: read the config from this ref instead of the trusted default. */
  configRef: string;
  /** The PR named by the input or the event; null: look for the PR merged as the commit. */
  prNumber: number | null;
  log?: (message: string) => void;
}

/** The one interface to everything the run reads from GitHub. All methods are memoized. */
export interface GitHubFactsSource {
  /** The PR of the run: from the input or event, else the PR merged as the commit (or null). */
  prNumber(): Promise<number | null>;
  /** The first answer: the rules and the first page of everything (lists may be partial). */
  first(): Promise<GitHubFacts>;
  /**
   * Everything, every page read. `teams` that may be needed are read along with the first
   * follow-up page when there is one (they then cost no request of their own).
   */
  all(teams?: readonly string[]): Promise<GitHubFacts>;
  /** Members of teams (`org/team`); teams already read are not read again. */
  teams(names: readonly string[]): Promise<TeamFacts>;
  /** The checks of the evaluated commit, read again (while waiting; not memoized). */
  refreshChecks(): Promise<CheckFact[]>;
  /**
   * The release-management reads (environment approvals and settings, deployments; REST), for
   * the deploy to `environment` of the evaluated commit. Nothing is read until a gate asks; each
   * read is memoized (src/github/release-facts.ts).
   */
  release(scope: ReleaseScope): ReleaseReads;
  /**
   * A file of the config (the checklist) at the commit the config came from (`first().rulesOid`),
   * never the PR's head; null when it does not exist there or there is no such commit.
   */
  trustedFile(path: string): Promise<{ text: string; url: string } | null>;
  /** The organisation's shared config named by `extends:` (src/github/shared-config.ts). */
  sharedConfig(
    source: string,
    where: { owner: string; repo: string; path: string; ref: string },
  ): Promise<SharedConfigInput>;
}

export interface ReleaseScope {
  /** The action's `environment` input. */
  environment: string;
  /** The action's `rollback` input. */
  rollback: boolean;
}

interface FoundPr {
  number: number;
  merged: boolean;
  baseRefOid: string;
}

export function openGitHubFacts(
  client: GitHubClient,
  ctx: RunContext,
  opts: FactsOptions,
): GitHubFactsSource {
  let found: FoundPr | null = null;
  let prNumberP: Promise<number | null> | null = null;
  let firstP: Promise<Raw> | null = null;
  let allP: Promise<GitHubFacts> | null = null;
  const teamCache = new Map<string, TeamFacts[string]>();
  const releases = new Map<string, ReleaseReads>();

  const prNumber = () =>
    (prNumberP ??= (async () => {
      if (opts.prNumber !== null || !ctx.sha) return opts.prNumber;
      found = await findPrForCommit(client, ctx, ctx.sha);
      opts.log?.(
        found
          ? `commit ${ctx.sha.slice(0, 7)} ${found.merged ? 'was merged in' : 'is the head of'} pull request #${found.number}`
          : `no pull request found for commit ${ctx.sha.slice(0, 7)}`,
      );
      return found?.number ?? null;
    })());

  const readFirst = () =>
    (firstP ??= (async () => {
      const number = await prNumber();
      return readMain(client, ctx, opts, number, found);
    })());

  const teams = async (names: readonly string[]): Promise<TeamFacts> => {
    const missing = [...new Set(names)].filter((t) => !teamCache.has(t));
    if (missing.length) {
      const work = missing.map((t, i) => teamWork(t, `t${i}`, teamCache));
      await runRounds(client, ctx, work);
    }
    const out: TeamFacts = {};
    for (const t of names) out[t] = teamCache.get(t)!;
    return out;
  };

  return {
    prNumber,
    trustedFile: async (path) => {
      const rev = (await readFirst()).rules?.oid;
      return rev ? readTrustedFile(client, ctx, rev, path) : null;
    },
    sharedConfig: async (source, where) =>
      (await import('./shared-config.js')).readSharedConfig(client, source, where),
    first: async () => build(await readFirst(), ctx, opts),
    all: (prefetch = []) =>
      (allP ??= (async () => {
        const raw = await readFirst();
        const work = pageWork(raw);
        const extra = [...new Set(prefetch)].filter((t) => !teamCache.has(t));
        // Teams ride along only with a request that is made anyway.
        if (work.length) work.push(...extra.map((t, i) => teamWork(t, `t${i}`, teamCache)));
        await runRounds(client, ctx, work);
        return build(raw, ctx, opts);
      })()),
    teams: (names) => teams(names),
    // The commit the first answer judged: on issue_comment the event names the default branch's
    // tip, while the checks are the PR head's.
    refreshChecks: async () => loadChecks(client, ctx, (await readFirst()).checksSha),
    release: ({ environment, rollback }) => {
      const key = JSON.stringify([environment, rollback]);
      let reads = releases.get(key);
      if (!reads) {
        reads = releaseFacts({
          client,
          ctx,
          environment,
          rollback,
          // The commit the checks are judged on (GitHub's first answer; no request of its own).
          sha: async () => (await readFirst()).checksSha,
        });
        releases.set(key, reads);
      }
      return reads;
    },
  };
}

/** Finds the PR merged as `sha` (push, workflow_dispatch, deployment, release events). */
async function findPrForCommit(client: GitHubClient, ctx: RunContext, sha: string): Promise<FoundPr | null> {
  const what = `finding the pull request of commit ${sha.slice(0, 7)}`;
  const res = await client.graphql<{
    repository: {
      object: {
        associatedPullRequests?: {
          nodes: {
            number: number;
            state: string;
            merged: boolean;
            headRefOid: string;
            baseRefOid: string;
            mergeCommit: { oid: string } | null;
          }[];
        };
      } | null;
    } | null;
  }>(FIND_PR_QUERY, { owner: ctx.owner, name: ctx.repo, sha }, what);
  throwOnErrors(res.errors, what, res.data === null);
  const prs = res.data?.repository?.object?.associatedPullRequests?.nodes ?? [];
  const exact = prs.find((p) => p.merged && p.mergeCommit?.oid === sha);
  const head = prs.find((p) => p.headRefOid === sha);
  const merged = prs.find((p) => p.merged);
  const pr = exact ?? head ?? merged;
  return pr ? { number: pr.number, merged: pr.merged, baseRefOid: pr.baseRefOid } : null;
}

/** What the main query answered, plus how the rules are chosen; pages are appended in place. */
interface Raw {
  prNode: PrNode | null;
  commit: CommitNode | null;
  checksSha: string;
  checksError: string | null;
  rules: RulesNode | null;
  rulesWhere: string;
  /** Connections that could not be read completely, by what depends on them. */
  incomplete: Partial<Record<'comments' | 'reviews' | 'files', string>>;
}

async function readMain(
  client: GitHubClient,
  ctx: RunContext,
  opts: FactsOptions,
  prNumber: number | null,
  found: FoundPr | null,
): Promise<Raw> {
  const withPr = prNumber !== null;
  // The rules (config and CODEOWNERS) come from a commit the PR cannot change: with config-ref,
  // that ref; for PR events, the base commit named by the event (for issue_comment, which names
  // none, the base branch's tip); for the PR merged as the commit being deployed (push and other
  // events), the base as it was before the merge (the push's `before`); without a PR, the commit
  // itself. A PR against another branch than the default one is judged by the default branch's
  // rules (decided below, once the PR's base is known).
  const ownPrEvent = ctx.prEvent && prNumber === ctx.prNumber;
  let rulesRev: string | null = null;
  let rulesWhere = '';
  if (opts.configRef) [rulesRev, rulesWhere] = [opts.configRef, `ref ${opts.configRef}`];
  else if (!withPr) [rulesRev, rulesWhere] = [ctx.sha || 'HEAD', `commit ${ctx.sha.slice(0, 7)}`];
  else if (ctx.prBaseSha && prNumber === ctx.prNumber)
    // The event's base commit: a PR event's, or the merge queue's base (merge_group).
    [rulesRev, rulesWhere] = [ctx.prBaseSha, `the base commit ${ctx.prBaseSha.slice(0, 7)}`];
  else if (!ownPrEvent && ctx.pushBefore)
    [rulesRev, rulesWhere] = [ctx.pushBefore, `${ctx.pushBefore.slice(0, 7)}, the branch before this push`];
  else if (!ownPrEvent && found?.merged && found.number === prNumber)
    [rulesRev, rulesWhere] = [found.baseRefOid, `${found.baseRefOid.slice(0, 7)}, the base before the merge`];
  const atBaseRef = withPr && rulesRev === null;
  const checksOnPrHead = withPr && !(ctx.prHeadSha ?? (ctx.prEvent ? null : ctx.sha));
  const checksSha = ctx.prHeadSha ?? ctx.sha;
  const vars = {
    owner: ctx.owner,
    name: ctx.repo,
    number: prNumber ?? 0,
    withPr,
    configPath: opts.configPath,
    rulesRev: rulesRev ?? 'HEAD',
    rulesAtRev: rulesRev !== null,
    rulesAtBaseRef: atBaseRef,
    checksSha: checksSha || '0000000000000000000000000000000000000000',
    checksOnPrHead: checksOnPrHead || !checksSha,
  };
  const what = withPr ? `reading pull request #${prNumber}` : `reading commit ${ctx.sha.slice(0, 7)}`;
  const res = await client.graphql<MainData>(MAIN_QUERY, vars, what);
  // Checks the token may not read (no `checks: read` / `statuses: read`) only concern the checks
  // gate: it becomes `error` with the reason, and the other gates are still evaluated.
  const checksErrors = res.data ? res.errors.filter(isChecksPath) : [];
  const checksError = checksErrors.length
    ? describeErrors(checksErrors, `reading the checks of ${checksSha.slice(0, 7) || 'the PR head'}`)
    : null;
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
  const prNode = withPr ? (repo.pullRequest ?? null) : null;
  if (withPr && !prNode)
    throw new GitHubApiError(
      `${what}: pull request #${prNumber} not found in ${ctx.owner}/${ctx.repo}`,
      null,
      'not-found',
    );
  if (prNode && ownPrEvent && ctx.prHeadSha && prNode.headRefOid !== ctx.prHeadSha)
    throw new UserError(
      `this run is for commit ${ctx.prHeadSha.slice(0, 7)}, but the head of pull request #${prNode.number} is now ${prNode.headRefOid.slice(0, 7)} (a re-run of an old run, or an outdated ${ctx.eventName} payload). shipgate judges one commit and does not mix the checks of one with the approvals of another: run the workflow for the latest commit`,
    );

  let rules: RulesNode | null = repo.rules ?? null;
  const defaultBranch = repo.defaultBranchRef;
  if (prNode && !opts.configRef && defaultBranch && prNode.baseRefName !== defaultBranch.name) {
    rules = defaultBranch.target;
    rulesWhere = `the tip of ${defaultBranch.name}, the default branch (the pull request targets ${prNode.baseRefName})`;
  } else if (atBaseRef && prNode?.merged) {
    // A merged PR named by the input on a non-PR event: its base as it was, never the base now.
    rules = await readRules(client, ctx, opts, prNode.baseRefOid);
    rulesWhere = `${prNode.baseRefOid.slice(0, 7)}, the base of pull request #${prNode.number}`;
  } else if (atBaseRef) {
    rules = prNode?.baseRef?.target ?? null;
    rulesWhere = `the tip of ${prNode?.baseRefName ?? 'the base branch'}`;
  }

  let commit: CommitNode | null;
  if (checksOnPrHead || !checksSha) commit = prNode?.commits?.nodes.at(-1)?.commit ?? null;
  else commit = repo.checksCommit ?? null;
  return {
    prNode,
    commit,
    checksSha: commit?.oid ?? checksSha,
    checksError,
    rules,
    rulesWhere,
    incomplete: {},
  };
}

/**
 * Reads a file of the config (the checklist) at the commit the config came from; null when it does
 * not exist there. Never from the PR's head: a PR cannot rewrite its own checklist.
 */
export async function readTrustedFile(
  client: GitHubClient,
  ctx: RunContext,
  rev: string,
  path: string,
): Promise<{ text: string; url: string } | null> {
  const clean = path.replace(/^\.?\//, '');
  const what = `reading ${clean} at ${rev.slice(0, 7)}`;
  const res = await client.graphql<{
    repository: { object: { __typename: string; text?: string | null; isTruncated?: boolean } | null } | null;
  }>(
    `query ShipgateTrustedFile($owner: String!, $name: String!, $expr: String!) {
  repository(owner: $owner, name: $name) { object(expression: $expr) { __typename ... on Blob { text isTruncated } } }
}`,
    { owner: ctx.owner, name: ctx.repo, expr: `${rev}:${clean}` },
    what,
  );
  throwOnErrors(res.errors, what, res.data === null);
  const obj = res.data?.repository?.object ?? null;
  if (!obj) return null;
  if (obj.__typename !== 'Blob') throw new UserError(`${clean} is not a file at ${rev.slice(0, 7)}`);
  if (obj.isTruncated || typeof obj.text !== 'string')
    throw new UserError(`${clean} is too large or not text, so it cannot be read through the API`);
  const url = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${rev}/${clean.split('/').map(encodeURIComponent).join('/')}`;
  return { text: obj.text, url };
}

async function readRules(client: GitHubClient, ctx: RunContext, opts: FactsOptions, rev: string) {
  const what = `reading the shipgate config at ${rev.slice(0, 7)}`;
  const res = await client.graphql<{ repository: { rules: RulesNode | null } | null }>(
    RULES_QUERY,
    { owner: ctx.owner, name: ctx.repo, configPath: opts.configPath, rulesRev: rev },
    what,
  );
  throwOnErrors(res.errors, what, res.data === null);
  return res.data?.repository?.rules ?? null;
}

async function build(raw: Raw, ctx: RunContext, opts: FactsOptions): Promise<GitHubFacts> {
  const { prNode, commit } = raw;
  const blob = (b: Blob | undefined) => (b && typeof b.text === 'string' ? b.text : null);
  const configBlob = raw.rules?.config?.object ?? null;
  if (configBlob?.isTruncated)
    throw new GitHubApiError(
      `the config ${opts.configPath} is too large to read through the API`,
      null,
      'other',
    );
  const coTexts = [raw.rules?.co0?.object, raw.rules?.co1?.object, raw.rules?.co2?.object].map(blob);
  const coIndex = coTexts.findIndex((t) => t !== null);

  const rawComments: Omit<CommentFact, 'commands'>[] = [];
  const ownComments: OwnComment[] = [];
  // When the latest push happened, as GitHub's timeline orders it: a force push carries its
  // time; a plain push (a PullRequestCommit, which has no time of its own) happened before the
  // next item in the timeline, so comments created from then on came after it.
  let pushedAt: string | null = null;
  let afterPush = false;
  let lastTime: string | null = null;
  for (const item of prNode?.timelineItems.nodes ?? []) {
    if (!item) continue;
    if (item.__typename === 'PullRequestCommit') {
      [pushedAt, afterPush] = [null, true];
      continue;
    }
    if (item.__typename === 'HeadRefForcePushedEvent') {
      [pushedAt, afterPush, lastTime] = [item.createdAt, false, item.createdAt];
      continue;
    }
    const c = item;
    if (afterPush) [pushedAt, afterPush] = [c.createdAt, false];
    lastTime = c.createdAt;
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
    // A hidden (minimized) comment does not count for anything.
    if (c.isMinimized) continue;
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
  }
  const comments = await withSignoffCommands(rawComments);
  // The latest push came after every comment read: one second later than the latest of them.
  if (afterPush) pushedAt = lastTime ? isoSeconds(Date.parse(lastTime) + 1000) : null;

  const incomplete = { ...raw.incomplete };
  if (prNode) {
    const files = (prNode.files.nodes ?? []).filter((f): f is FileNode => !!f);
    if (!incomplete.files && files.length < prNode.changedFiles)
      incomplete.files = `only ${files.length} of the ${prNode.changedFiles} changed files of pull request #${prNode.number} can be read through GitHub's API (it lists at most 3,000)`;
    if (
      !incomplete.comments &&
      !(prNode.timelineItems.nodes ?? []).some((n) => n && n.__typename !== 'IssueComment')
    )
      incomplete.comments = `GitHub's timeline of pull request #${prNode.number} shows no push, so sign-offs cannot be judged against the latest push`;
  }
  const headSha = prNode?.headRefOid ?? ctx.sha;
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
        headPushedAt: pushedAt,
        comments,
        files: (prNode.files.nodes ?? []).filter((f): f is FileNode => !!f).map(toChangedFile),
        ...(Object.keys(incomplete).length ? { incomplete } : {}),
      }
    : null;
  return {
    configText: blob(configBlob ?? undefined),
    configSource: `${opts.configPath} at ${raw.rulesWhere}`,
    rulesWhere: raw.rulesWhere,
    rulesOid: raw.rules?.oid ?? null,
    codeowners: coIndex >= 0 ? { path: CODEOWNERS_PATHS[coIndex]!, text: coTexts[coIndex]! } : null,
    pr,
    reviews: (prNode?.reviews.nodes ?? [])
      .filter((r): r is ReviewNode => !!r)
      .map((r) => ({
        author: r.author?.login ?? null,
        authorIsBot: r.author?.__typename === 'Bot',
        authorCanPush: r.authorCanPushToRepository,
        state: r.state,
        submittedAt: r.submittedAt,
        commitOid: r.commit?.oid ?? null,
      })),
    checksSha: raw.checksSha,
    checks: commit ? checksOf(commit, ctx) : [],
    checksError: raw.checksError,
    ownComments,
  };
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Re-reads only the checks of a commit (used while waiting for pending checks). */
async function loadChecks(client: GitHubClient, ctx: RunContext, sha: string): Promise<CheckFact[]> {
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
  const raw: Raw = {
    prNode: null,
    commit,
    checksSha: sha,
    checksError: null,
    rules: null,
    rulesWhere: '',
    incomplete: {},
  };
  await runRounds(client, ctx, pageWork(raw));
  if (raw.checksError) throw new GitHubApiError(raw.checksError, null, 'other');
  return checksOf(commit, ctx);
}

// ---------------------------------------------------------------------------------------------
// Follow-up rounds: every connection with another page, and team members, in one request each.

interface Work {
  /** The field(s) to read this round (aliased), or null when done. */
  field(): string | null;
  /** Takes this round's answer (the data under the work's alias) and its errors. */
  take(data: Record<string, unknown> | null, errors: GqlError[]): void;
  /** Called when the round cap is reached with the work unfinished. */
  giveUp(): void;
  /** Errors of this work do not fail the whole read (teams, checks). */
  contained: boolean;
  team?: true;
}
type GqlError = { type?: string; message: string; path?: (string | number)[] };

function connectionWork(
  raw: Raw,
  key: 'files' | 'reviews' | 'timelineItems',
  depends: 'files' | 'reviews' | 'comments',
  label: string,
): Work {
  const pr = raw.prNode!;
  const conn = pr[key] as Page<unknown>;
  const alias = `pr_${key}`;
  return {
    contained: false,
    field: () =>
      conn.pageInfo.hasNextPage
        ? `${alias}: repository(owner: $owner, name: $name) { pullRequest(number: ${pr.number}) { ${key}(first: 100, after: ${JSON.stringify(conn.pageInfo.endCursor)}${key === 'timelineItems' ? `, ${TIMELINE_ARGS}` : ''}) { ${PAGE_INFO} ${key === 'files' ? FILE_FIELDS : key === 'reviews' ? REVIEW_FIELDS : TIMELINE_FIELDS} } } }`
        : null,
    take: (data) => {
      const page = (data?.[alias] as { pullRequest?: Record<string, Page<unknown>> | null } | undefined)
        ?.pullRequest?.[key];
      if (!page)
        throw new GitHubApiError(
          `reading more of pull request #${pr.number}: the ${label} page is missing from GitHub's answer`,
          null,
          'graphql',
        );
      conn.nodes = [...(conn.nodes ?? []), ...(page.nodes ?? [])];
      conn.pageInfo = page.pageInfo;
    },
    giveUp: () => {
      raw.incomplete[depends] =
        `not all ${label} of pull request #${pr.number} could be read (more than ${(MAX_ROUNDS + 1) * 100}; shipgate stops there)`;
    },
  };
}

function suitesWork(raw: Raw, commit: CommitNode): Work {
  const suites = commit.checkSuites!;
  const alias = 'cs';
  return {
    contained: true,
    field: () =>
      suites.pageInfo.hasNextPage && !raw.checksError
        ? `${alias}: repository(owner: $owner, name: $name) { object(oid: ${JSON.stringify(commit.oid)}) { ... on Commit { checkSuites(first: 100, after: ${JSON.stringify(suites.pageInfo.endCursor)}) { ${PAGE_INFO} ${SUITE_FIELDS} } } } }`
        : null,
    take: (data, errors) => {
      const page = (data?.[alias] as { object?: { checkSuites?: Page<SuiteNode> } | null } | undefined)
        ?.object?.checkSuites;
      if (errors.length || !page) {
        raw.checksError = errors.length
          ? describeErrors(errors, `reading more check suites of ${commit.oid.slice(0, 7)}`)
          : `reading more check suites of ${commit.oid.slice(0, 7)}: the page is missing from GitHub's answer`;
        return;
      }
      suites.nodes = [...(suites.nodes ?? []), ...(page.nodes ?? [])];
      suites.pageInfo = page.pageInfo;
    },
    giveUp: () => {
      raw.checksError = `not all check suites of ${commit.oid.slice(0, 7)} could be read (more than ${(MAX_ROUNDS + 1) * 100}; shipgate stops there)`;
    },
  };
}

/** The runs of every suite with more than 100 (suites that arrive on later pages included). */
function runsWork(raw: Raw, commit: CommitNode): Work {
  let asked: SuiteNode[] = [];
  return {
    contained: true,
    field: () => {
      if (raw.checksError) return null;
      asked = (commit.checkSuites?.nodes ?? []).filter(
        (s): s is SuiteNode => !!s && !!s.checkRuns?.pageInfo.hasNextPage,
      );
      if (!asked.length) return null;
      return asked
        .map(
          (s, i) =>
            `s${i}: node(id: ${JSON.stringify(s.id)}) { ... on CheckSuite { checkRuns(first: 100, after: ${JSON.stringify(s.checkRuns!.pageInfo.endCursor)}, filterBy: { checkType: LATEST }) { ${PAGE_INFO} ${RUN_FIELDS} } } }`,
        )
        .join('\n');
    },
    take: (data, errors) => {
      if (errors.length) {
        raw.checksError = describeErrors(errors, 'reading more check runs');
        return;
      }
      asked.forEach((s, i) => {
        const page = (data?.[`s${i}`] as { checkRuns?: Page<RunNode> } | null | undefined)?.checkRuns;
        if (!page) {
          raw.checksError = 'reading more check runs: a check suite disappeared while paging';
          return;
        }
        s.checkRuns = {
          pageInfo: page.pageInfo,
          nodes: [...(s.checkRuns!.nodes ?? []), ...(page.nodes ?? [])],
        };
      });
    },
    giveUp: () => {
      raw.checksError = `not all check runs of ${commit.oid.slice(0, 7)} could be read (a suite with more than ${(MAX_ROUNDS + 1) * 100}; shipgate stops there)`;
    },
  };
}

function pageWork(raw: Raw): Work[] {
  const work: Work[] = [];
  if (raw.prNode) {
    work.push(connectionWork(raw, 'files', 'files', 'changed files'));
    work.push(connectionWork(raw, 'reviews', 'reviews', 'reviews'));
    work.push(connectionWork(raw, 'timelineItems', 'comments', 'comments and pushes'));
  }
  if (raw.commit?.checkSuites && !raw.checksError) {
    work.push(suitesWork(raw, raw.commit));
    work.push(runsWork(raw, raw.commit));
  }
  return work;
}

const MEMBERS_HINT =
  'the default workflow token has no `members: read` permission: pass a GitHub App or fine-grained token with organization "Members: read" in the `token` input';

/** Members of one team, page by page; the result (members or why not) lands in `cache`. */
function teamWork(team: string, alias: string, cache: Map<string, TeamFacts[string]>): Work {
  const [org, slug] = team.split('/');
  let after: string | null = null;
  const members: string[] = [];
  let done = false;
  return {
    contained: true,
    team: true,
    field: () =>
      done
        ? null
        : `${alias}: organization(login: ${JSON.stringify(org)}) { team(slug: ${JSON.stringify(slug)}) { members(first: 100, membership: ALL${after ? `, after: ${JSON.stringify(after)}` : ''}) { ${PAGE_INFO} nodes { login } } } }`,
    take: (data, errors) => {
      const o = data?.[alias] as { team: { members: Page<{ login: string }> } | null } | null | undefined;
      const page = o?.team?.members;
      if (errors.length || !page) {
        const err = errors[0];
        const why = err
          ? `GitHub said: ${err.message}`
          : o
            ? 'the team does not exist or is secret and not visible to the token'
            : 'the organization was not found';
        const perm =
          err && /forbidden|not accessible|permission|scope/i.test(`${err.type ?? ''} ${err.message}`);
        cache.set(team, {
          error: perm
            ? `the token lacks permission to read members of @${team} (${why}); ${MEMBERS_HINT}`
            : `cannot read members of @${team}: ${why}`,
        });
        done = true;
        return;
      }
      members.push(...(page.nodes ?? []).filter((n): n is { login: string } => !!n).map((n) => n.login));
      if (page.pageInfo.hasNextPage && page.pageInfo.endCursor) after = page.pageInfo.endCursor;
      else {
        cache.set(team, { members });
        done = true;
      }
    },
    giveUp: () => {
      cache.set(team, { error: `not all members of @${team} could be read (more than ${MAX_ROUNDS * 100})` });
    },
  };
}

/** Runs rounds until all work is done; each round is one request with every pending field. */
async function runRounds(client: GitHubClient, ctx: RunContext, work: Work[]) {
  for (let round = 0; ; round++) {
    const pending = work.map((w) => ({ w, field: w.field() })).filter((p) => p.field !== null);
    if (!pending.length) return;
    if (round >= MAX_ROUNDS) {
      for (const p of pending) p.w.giveUp();
      return;
    }
    const usesRepo = pending.some((p) => p.field!.includes('$owner'));
    const name = pending.every((p) => p.w.team) ? 'ShipgateTeams' : 'ShipgateMore';
    const query = `query ${name}${usesRepo ? '($owner: String!, $name: String!)' : ''} { ${pending.map((p) => p.field).join('\n')} }`;
    const what = name === 'ShipgateTeams' ? 'reading team members' : 'reading more from GitHub';
    let res: GraphQLResult<Record<string, unknown>>;
    try {
      res = await client.graphql(query, usesRepo ? { owner: ctx.owner, name: ctx.repo } : {}, what);
    } catch (e) {
      // A request that failed as a whole (after retries): contained work (teams, checks) carries
      // the reason, so only the gates that need it fail closed; anything else fails the run.
      if (!(e instanceof GitHubApiError) || pending.some((p) => !p.w.contained)) throw e;
      for (const p of pending)
        p.w.take(null, [{ type: e.kind === 'permission' ? 'FORBIDDEN' : undefined, message: e.message }]);
      continue;
    }
    const aliasOf = (e: GqlError) => String(e.path?.[0] ?? '');
    const fieldAliases = (f: string) => [...f.matchAll(/(?:^|\n)\s*(\w+):/g)].map((m) => m[1]!);
    const owned = new Set<GqlError>();
    for (const p of pending) {
      const aliases = new Set(fieldAliases(p.field!));
      const errs = res.errors.filter((e) => aliases.has(aliasOf(e)));
      errs.forEach((e) => owned.add(e));
      if (!p.w.contained) throwOnErrors(errs, what, false);
    }
    // Errors that belong to no field (or no data at all) fail the run.
    throwOnErrors(
      res.errors.filter((e) => !owned.has(e)),
      what,
      res.data === null,
    );
    for (const p of pending) {
      const aliases = new Set(fieldAliases(p.field!));
      p.w.take(
        res.data,
        res.errors.filter((e) => aliases.has(aliasOf(e))),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------

const isChecksPath = (e: { path?: (string | number)[] }) =>
  (e.path ?? []).some((p) => p === 'checkSuites' || p === 'status' || p === 'checkRuns');

/** The permission a field needs, for messages. */
const FIELD_PERMISSION: Record<string, string> = {
  checkSuites: 'checks: read',
  checkRuns: 'checks: read',
  status: 'statuses: read',
  contexts: 'checks: read',
  comments: 'pull-requests: read',
  timelineItems: 'pull-requests: read',
  reviews: 'pull-requests: read',
  files: 'pull-requests: read',
  pullRequest: 'pull-requests: read',
};

function describeErrors(errors: GqlError[], what: string): string {
  try {
    throwOnErrors(errors, what, false);
  } catch (e) {
    return (e as Error).message;
  }
  return what;
}

function throwOnErrors(errors: GqlError[], what: string, noData: boolean) {
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
        app: suite.app?.slug ?? null,
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
      app: null,
      status: state === 'pending' || state === 'expected' ? 'pending' : 'completed',
      conclusion: state === 'pending' || state === 'expected' ? null : state,
      url: s.targetUrl,
      startedAt: s.createdAt,
    });
  }
  return out;
}
