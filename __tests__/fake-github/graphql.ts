/**
 * GraphQL side of the fake GitHub: GitHub's published schema (@octokit/graphql-schema), executed
 * with generic resolvers over the World. Queries GitHub would reject are rejected here too:
 * unknown fields/arguments/types (schema validation), connections without `first`/`last` or
 * with more than 100, and queries over the 500,000 node limit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  execute,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type {
  Access,
  ActorRef,
  CheckRun,
  CheckSuite,
  Commit,
  IssueComment,
  Permission,
  PullRequest,
  Repo,
  Review,
  StatusContext,
  TokenInfo,
  World,
} from './world.js';
import { iso } from './world.js';
import * as model from './model.js';

let cachedSchema: GraphQLSchema | undefined;
export function githubSchema(): GraphQLSchema {
  if (!cachedSchema) {
    // The package is ESM-only without a `require` export: find its schema.graphql on disk.
    let dir = dirname(fileURLToPath(import.meta.url));
    let file = '';
    for (;;) {
      const candidate = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
      if (existsSync(candidate)) {
        file = candidate;
        break;
      }
      const up = dirname(dir);
      if (up === dir) throw new Error('fake-github: @octokit/graphql-schema is not installed');
      dir = up;
    }
    cachedSchema = buildSchema(readFileSync(file, 'utf8'), { assumeValidSDL: true });
  }
  return cachedSchema;
}

export interface GqlContext {
  world: World;
  token: TokenInfo;
  /** Cost of the current query, for `rateLimit { cost }`. */
  cost: number;
  nodeCount: number;
  /** Errors the fake itself caused (e.g. a world value GitHub's schema cannot represent). */
  fakeErrors: string[];
}

export interface GitHubGraphQLError {
  message: string;
  type?: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

export interface GraphQLRun {
  body: { data?: unknown; errors?: GitHubGraphQLError[] };
  operationName: string | null;
  cost: number;
  /** Problems caused by the fake/world (a non-null field resolved to null, a bad enum value). */
  fakeErrors: string[];
}

function gqlError(message: string, type: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** Operation name from the request or the document's operation. */
export function operationNameOf(query: string, requested?: string | null): string | null {
  if (requested) return requested;
  try {
    const doc = parse(query, { noLocation: true });
    const op = doc.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    return op?.name?.value ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Static analysis GitHub does before executing: pagination arguments, node limit, cost.

interface Analysis {
  errors: GitHubGraphQLError[];
  nodeCount: number;
  cost: number;
}

function analyze(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Analysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const errors: GitHubGraphQLError[] = [];
  let nodeCount = 0;
  let requests = 0;
  const root = op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return { errors, nodeCount, cost: 1 };

  const walk = (
    set: SelectionSetNode,
    type: GraphQLNamedType,
    mult: number,
    path: string[],
    seen: Set<string>,
  ): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? type) : type;
        walk(sel.selectionSet, t, mult, path, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(sel.name.value);
        if (!f || seen.has(f.name.value)) continue;
        const t = schema.getType(f.typeCondition.name.value) ?? type;
        walk(f.selectionSet, t, mult, path, new Set([...seen, f.name.value]));
      } else {
        fieldNode(sel, type, mult, path, seen);
      }
    }
  };
  const fieldNode = (
    node: FieldNode,
    parent: GraphQLNamedType,
    mult: number,
    path: string[],
    seen: Set<string>,
  ): void => {
    if (!('getFields' in parent)) return;
    const def = (parent as GraphQLObjectType).getFields()[node.name.value];
    if (!def) return;
    const named = getNamedType(def.type);
    const p = [...path, node.alias?.value ?? node.name.value];
    let childMult = mult;
    if (isObjectType(named) && named.name.endsWith('Connection') && 'pageInfo' in named.getFields()) {
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(def, node, variables);
      } catch {
        /* reported by execution */
      }
      const first = args['first'] as number | undefined | null;
      const last = args['last'] as number | undefined | null;
      const loc = node.loc
        ? [{ line: node.loc.startToken.line, column: node.loc.startToken.column }]
        : undefined;
      if (first == null && last == null) {
        errors.push({
          path: p,
          ...(loc ? { locations: loc } : {}),
          type: 'MISSING_PAGINATION_BOUNDARIES',
          message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${node.name.value}\` connection.`,
        });
      }
      for (const [k, v] of [
        ['first', first],
        ['last', last],
      ] as const) {
        if (v != null && (v > 100 || v < 0)) {
          errors.push({
            path: p,
            ...(loc ? { locations: loc } : {}),
            type: 'EXCESSIVE_PAGINATION',
            message:
              v < 0
                ? `\`${k}\` on the \`${node.name.value}\` connection cannot be less than zero.`
                : `Requesting ${v} records on the \`${node.name.value}\` connection exceeds the \`${k}\` limit of 100 records.`,
          });
        }
      }
      const limit = Math.min(100, Math.max(0, first ?? last ?? 0));
      requests += mult;
      childMult = mult * limit;
      nodeCount += childMult;
      if (nodeCount > 500_000 && !errors.some((e) => e.type === 'MAX_NODE_LIMIT_EXCEEDED')) {
        errors.push({
          type: 'MAX_NODE_LIMIT_EXCEEDED',
          message: `By the time this query traverses to the ${node.name.value} connection, it is requesting up to ${nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of 500,000.`,
        });
      }
    }
    if (node.selectionSet) walk(node.selectionSet, named, childMult, p, seen);
  };
  walk(op.selectionSet, root, 1, [], new Set());
  return { errors, nodeCount, cost: Math.max(1, Math.round(requests / 100)) };
}

// ---------------------------------------------------------------------------------------------
// Pagination

const encodeCursor = (i: number): string => Buffer.from(`cursor:v2:${i}`).toString('base64');
function decodeCursor(c: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8'));
  if (!m) throw gqlError(`\`${c}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
  return Number(m[1]);
}

export function paginate<T>(items: T[], args: Record<string, unknown>): Record<string, unknown> {
  let start = 0;
  let end = items.length;
  if (typeof args['after'] === 'string') start = Math.min(items.length, decodeCursor(args['after']) + 1);
  if (typeof args['before'] === 'string') end = Math.max(start, Math.min(end, decodeCursor(args['before'])));
  const filteredCount = end - start;
  if (typeof args['skip'] === 'number') start = Math.min(end, start + args['skip']);
  if (typeof args['first'] === 'number') end = Math.min(end, start + args['first']);
  if (typeof args['last'] === 'number') start = Math.max(start, end - args['last']);
  const edges = [];
  for (let i = start; i < end; i++) {
    const node = items[i] as Record<string, unknown>;
    const extra = (node && typeof node === 'object' && (node['__edge'] as Record<string, unknown>)) || {};
    edges.push({ ...extra, cursor: encodeCursor(i), node });
  }
  return {
    // Extra fields some connections have (timelineItems).
    filteredCount,
    pageCount: edges.length,
    updatedAt: (items as unknown as { updatedAt?: string }).updatedAt ?? null,
    totalCount: items.length,
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0]!.cursor : null,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Views: plain objects whose properties are values or functions (args, ctx) => value.

type Fn = (args: Record<string, unknown>, ctx: GqlContext) => unknown;
type View = Record<string, unknown> & { __typename: string };

const WEB = 'https://github.com';

export function nodeId(prefix: string, key: string): string {
  return `${prefix}_${Buffer.from(key).toString('base64url')}`;
}
export function parseNodeId(id: string): { prefix: string; key: string } | null {
  const m = /^([A-Z]+)_([A-Za-z0-9_-]+)$/.exec(id);
  return m ? { prefix: m[1]!, key: Buffer.from(m[2]!, 'base64url').toString('utf8') } : null;
}

function allowed(token: TokenInfo, perm: Permission, level: 'read' | 'write'): boolean {
  if (!token.permissions) return true;
  const have: Access = token.permissions[perm] ?? 'none';
  return level === 'read' ? have !== 'none' : have === 'write';
}
function need(ctx: GqlContext, perm: Permission, level: 'read' | 'write' = 'read'): void {
  if (!allowed(ctx.token, perm, level)) throw gqlError('Resource not accessible by integration', 'FORBIDDEN');
}

export function actorView(a: ActorRef | null | undefined): View | null {
  if (!a) return null;
  const type = a.type ?? 'User';
  const login = type === 'Bot' ? a.login.replace(/\[bot\]$/, '') : a.login;
  const path = type === 'Bot' ? `/apps/${login}` : `/${login}`;
  return {
    __typename: type,
    login,
    id: nodeId(type === 'Bot' ? 'BOT' : 'U', a.login),
    databaseId: model.userId(a.login),
    url: `${WEB}${path}`,
    resourcePath: path,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${model.userId(a.login)}?v=4`,
    name: null,
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
  };
}

function repoView(world: World, repo: Repo): View {
  const base = `${WEB}/${repo.owner}/${repo.name}`;
  return {
    __typename: 'Repository',
    id: nodeId('R', `${repo.owner}/${repo.name}`),
    databaseId: repo.databaseId,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: {
      __typename: 'Organization',
      login: repo.owner,
      id: nodeId('O', repo.owner),
      url: `${WEB}/${repo.owner}`,
      resourcePath: `/${repo.owner}`,
      avatarUrl: () => `https://avatars.githubusercontent.com/u/${model.userId(repo.owner)}?v=4`,
    },
    url: base,
    resourcePath: `/${repo.owner}/${repo.name}`,
    isPrivate: repo.private ?? false,
    isArchived: false,
    isFork: false,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    defaultBranchRef: () => refView(world, repo, repo.defaultBranch),
    ref: ((args) => {
      const q = String(args['qualifiedName']);
      const name = q.replace(/^refs\/heads\//, '');
      return repo.refs[name] ? refView(world, repo, name) : null;
    }) as Fn,
    object: ((args, ctx) => {
      need(ctx, 'contents');
      if (args['oid'] != null) {
        const c = repo.commits.find((x) => x.oid === args['oid']);
        return c ? commitView(world, repo, c) : null;
      }
      const expr = String(args['expression'] ?? '');
      const colon = expr.indexOf(':');
      if (colon < 0) {
        const oid = model.resolveRev(repo, expr);
        const c = oid ? repo.commits.find((x) => x.oid === oid) : undefined;
        return c ? commitView(world, repo, c) : null;
      }
      const text = model.readBlob(repo, expr.slice(0, colon), expr.slice(colon + 1));
      return text === null ? null : blobView(repo, text);
    }) as Fn,
    pullRequest: ((args, ctx) => {
      need(ctx, 'pull_requests');
      const pr = repo.pullRequests.find((p) => p.number === args['number']);
      if (!pr)
        throw gqlError(
          `Could not resolve to a PullRequest with the number of ${args['number']}.`,
          'NOT_FOUND',
        );
      return prView(world, repo, pr);
    }) as Fn,
    issueOrPullRequest: ((args, ctx) => {
      need(ctx, 'pull_requests');
      const pr = repo.pullRequests.find((p) => p.number === args['number']);
      if (!pr)
        throw gqlError(
          `Could not resolve to an issue or pull request with the number of ${args['number']}.`,
          'NOT_FOUND',
        );
      return prView(world, repo, pr);
    }) as Fn,
    pullRequests: ((args, ctx) => {
      need(ctx, 'pull_requests');
      let prs = repo.pullRequests;
      if (Array.isArray(args['states']))
        prs = prs.filter((p) => (args['states'] as string[]).includes(p.state));
      if (args['headRefName']) prs = prs.filter((p) => p.headRefName === args['headRefName']);
      if (args['baseRefName']) prs = prs.filter((p) => p.baseRefName === args['baseRefName']);
      return prs.map((p) => prView(world, repo, p));
    }) as Fn,
  };
}

function blobView(repo: Repo, text: string): View {
  const oid = model.blobOid(text);
  return {
    __typename: 'Blob',
    id: nodeId('B', `${repo.owner}/${repo.name}:${oid}`),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: Buffer.byteLength(text),
    text,
    isBinary: false,
    isTruncated: false,
    commitUrl: `${WEB}/${repo.owner}/${repo.name}/commit/${oid}`,
    commitResourcePath: `/${repo.owner}/${repo.name}/commit/${oid}`,
  };
}

function refView(world: World, repo: Repo, name: string): View {
  const oid = repo.refs[name]!;
  return {
    __typename: 'Ref',
    id: nodeId('REF', `${repo.owner}/${repo.name}:${name}`),
    name,
    prefix: 'refs/heads/',
    repository: () => repoView(world, repo),
    target: () => {
      const c = repo.commits.find((x) => x.oid === oid);
      return c ? commitView(world, repo, c) : null;
    },
    associatedPullRequests: ((args) => {
      let prs = repo.pullRequests.filter((p) => p.headRefName === name);
      if (Array.isArray(args['states']))
        prs = prs.filter((p) => (args['states'] as string[]).includes(p.state));
      return prs.map((p) => prView(world, repo, p));
    }) as Fn,
  };
}

export function commitView(world: World, repo: Repo, c: Commit): View {
  const url = `${WEB}/${repo.owner}/${repo.name}/commit/${c.oid}`;
  const rollup = (): View | null => {
    const runs = model.latestRuns(c.checkSuites.flatMap((s) => s.checkRuns.map((r) => ({ s, r }))));
    const statuses = model.latestStatuses(c.statuses);
    if (runs.length === 0 && statuses.length === 0) return null;
    const items = [
      ...runs.map(({ s, r }) => checkRunView(world, repo, c, s, r)),
      ...statuses.map((s) => statusContextView(world, repo, c, s)),
    ];
    return {
      __typename: 'StatusCheckRollup',
      id: nodeId('SCR', `${repo.owner}/${repo.name}:${c.oid}`),
      state: model.rollupState(
        runs.map((x) => x.r),
        statuses,
      ),
      commit: () => commitView(world, repo, c),
      contexts: ((_a, ctx) => {
        need(ctx, 'checks');
        return items;
      }) as Fn,
    };
  };
  return {
    __typename: 'Commit',
    id: nodeId('C', `${repo.owner}/${repo.name}:${c.oid}`),
    oid: c.oid,
    abbreviatedOid: c.oid.slice(0, 7),
    message: c.message ?? '',
    messageHeadline: (c.message ?? '').split('\n')[0],
    committedDate: c.committedDate,
    authoredDate: c.committedDate,
    // Deprecated and no longer populated by GitHub: always null.
    pushedDate: null,
    url,
    commitUrl: url,
    resourcePath: `/${repo.owner}/${repo.name}/commit/${c.oid}`,
    commitResourcePath: `/${repo.owner}/${repo.name}/commit/${c.oid}`,
    repository: () => repoView(world, repo),
    checkSuites: ((args, ctx) => {
      need(ctx, 'checks');
      const f = (args['filterBy'] ?? {}) as { appId?: number; checkName?: string };
      let suites = c.checkSuites;
      if (f.appId != null)
        suites = suites.filter((s) => (s.app.databaseId ?? model.userId(s.app.slug)) === f.appId);
      if (f.checkName != null) suites = suites.filter((s) => s.checkRuns.some((r) => r.name === f.checkName));
      return suites.map((s) => checkSuiteView(world, repo, c, s));
    }) as Fn,
    status: ((_a, ctx) => {
      need(ctx, 'statuses');
      const latest = model.latestStatuses(c.statuses);
      if (latest.length === 0) return null;
      const views = latest.map((s) => statusContextView(world, repo, c, s));
      return {
        __typename: 'Status',
        id: nodeId('ST', `${repo.owner}/${repo.name}:${c.oid}`),
        state: model.combinedState(latest),
        contexts: views,
        context: ((a) => views.find((v) => v['context'] === a['name']) ?? null) as Fn,
        combinedContexts: views,
        commit: () => commitView(world, repo, c),
      };
    }) as Fn,
    statusCheckRollup: rollup,
    // TreeEntry for a path in this commit's tree (files only).
    file: ((args, ctx) => {
      need(ctx, 'contents');
      const path = String(args['path'] ?? '');
      const text = model.readBlob(repo, c.oid, path);
      if (text === null) return null;
      const blob = blobView(repo, text);
      const name = path.split('/').pop() ?? path;
      return {
        __typename: 'TreeEntry',
        name,
        path,
        type: 'blob',
        mode: 33188,
        oid: blob['oid'],
        object: blob,
        size: blob['byteSize'],
        isGenerated: false,
      };
    }) as Fn,
    associatedPullRequests: ((args, ctx) => {
      need(ctx, 'pull_requests');
      return model.pullsForCommit(repo, c.oid).map((p) => prView(world, repo, p));
    }) as Fn,
  };
}

function checkSuiteView(world: World, repo: Repo, c: Commit, s: CheckSuite): View {
  const appId = s.app.databaseId ?? model.userId(s.app.slug);
  const view: View = {
    __typename: 'CheckSuite',
    id: nodeId('CS', String(s.databaseId)),
    databaseId: s.databaseId,
    status: s.status,
    conclusion: s.conclusion,
    createdAt: s.createdAt,
    updatedAt: s.createdAt,
    url: `${WEB}/${repo.owner}/${repo.name}/commit/${c.oid}/checks?check_suite_id=${s.databaseId}`,
    resourcePath: `/${repo.owner}/${repo.name}/commit/${c.oid}/checks?check_suite_id=${s.databaseId}`,
    commit: () => commitView(world, repo, c),
    repository: () => repoView(world, repo),
    app: {
      __typename: 'App',
      id: nodeId('A', s.app.slug),
      databaseId: appId,
      slug: s.app.slug,
      name: s.app.name ?? s.app.slug,
      url: `${WEB}/apps/${s.app.slug}`,
      logoUrl: () => `https://avatars.githubusercontent.com/in/${appId}?v=4`,
      logoBackgroundColor: '000000',
      createdAt: '2018-01-01T00:00:00Z',
      updatedAt: '2018-01-01T00:00:00Z',
      description: null,
    },
    workflowRun: s.workflowRun
      ? {
          __typename: 'WorkflowRun',
          id: nodeId('WFR', String(s.workflowRun.databaseId)),
          databaseId: s.workflowRun.databaseId,
          runNumber: s.workflowRun.runNumber ?? 1,
          event: 'pull_request',
          createdAt: s.createdAt,
          updatedAt: s.createdAt,
          url: `${WEB}/${repo.owner}/${repo.name}/actions/runs/${s.workflowRun.databaseId}`,
          resourcePath: `/${repo.owner}/${repo.name}/actions/runs/${s.workflowRun.databaseId}`,
          checkSuite: () => view,
          workflow: {
            __typename: 'Workflow',
            id: nodeId('W', `${repo.owner}/${repo.name}:${s.workflowRun.name}`),
            databaseId: model.userId(`workflow:${s.workflowRun.name}`),
            name: s.workflowRun.name,
            state: 'ACTIVE',
            createdAt: '2024-01-01T00:00:00Z',
            updatedAt: '2024-01-01T00:00:00Z',
            url: `${WEB}/${repo.owner}/${repo.name}/actions/workflows/ci.yml`,
            resourcePath: `/${repo.owner}/${repo.name}/actions/workflows/ci.yml`,
          },
        }
      : null,
    checkRuns: ((args) => {
      const f = (args['filterBy'] ?? {}) as {
        checkType?: string;
        checkName?: string;
        status?: string;
        statuses?: string[];
        conclusions?: string[];
        appId?: number;
      };
      let runs = s.checkRuns.map((r) => ({ s, r }));
      if ((f.checkType ?? 'LATEST') === 'LATEST') runs = model.latestRuns(runs);
      if (f.checkName != null) runs = runs.filter((x) => x.r.name === f.checkName);
      const statuses = f.statuses ?? (f.status ? [f.status] : null);
      if (statuses) runs = runs.filter((x) => statuses.includes(x.r.status));
      if (f.conclusions)
        runs = runs.filter((x) => x.r.conclusion !== null && f.conclusions!.includes(x.r.conclusion));
      if (f.appId != null && f.appId !== appId) runs = [];
      return runs.map((x) => checkRunView(world, repo, c, s, x.r, view));
    }) as Fn,
  };
  return view;
}

function checkRunView(world: World, repo: Repo, c: Commit, s: CheckSuite, r: CheckRun, suite?: View): View {
  const path = `/${repo.owner}/${repo.name}/runs/${r.databaseId}`;
  return {
    __typename: 'CheckRun',
    id: nodeId('CR', String(r.databaseId)),
    databaseId: r.databaseId,
    name: r.name,
    status: r.status,
    conclusion: r.conclusion,
    startedAt: r.startedAt,
    completedAt: r.completedAt,
    detailsUrl: r.detailsUrl,
    externalId: null,
    title: r.title ?? null,
    summary: r.summary ?? null,
    text: null,
    url: `${WEB}${path}`,
    permalink: `${WEB}${path}`,
    resourcePath: path,
    isRequired: false,
    repository: () => repoView(world, repo),
    checkSuite: () => suite ?? checkSuiteView(world, repo, c, s),
  };
}

function statusContextView(world: World, repo: Repo, c: Commit, s: StatusContext): View {
  return {
    __typename: 'StatusContext',
    id: nodeId('SC', `${repo.owner}/${repo.name}:${c.oid}:${s.context}:${s.createdAt}`),
    context: s.context,
    state: s.state,
    description: s.description ?? null,
    createdAt: s.createdAt,
    targetUrl: s.targetUrl,
    creator: actorView(s.creator ?? { login: 'github-actions[bot]', type: 'Bot' }),
    avatarUrl: () => 'https://avatars.githubusercontent.com/in/15368?v=4',
    isRequired: false,
    commit: () => commitView(world, repo, c),
  };
}

export function prView(world: World, repo: Repo, pr: PullRequest): View {
  const url = `${WEB}/${repo.owner}/${repo.name}/pull/${pr.number}`;
  const commitsOf = (): Commit[] =>
    pr.commits.map((oid) => repo.commits.find((c) => c.oid === oid)).filter((c): c is Commit => !!c);
  const reviewViews = (reviews: Review[]): View[] => reviews.map((r) => reviewView(world, repo, pr, r));
  return {
    __typename: 'PullRequest',
    id: nodeId('PR', `${repo.owner}/${repo.name}#${pr.number}`),
    databaseId: pr.databaseId ?? model.userId(`${repo.owner}/${repo.name}#${pr.number}`),
    fullDatabaseId: String(pr.databaseId ?? model.userId(`${repo.owner}/${repo.name}#${pr.number}`)),
    number: pr.number,
    title: pr.title,
    body: pr.body,
    bodyText: pr.body,
    url,
    permalink: url,
    resourcePath: `/${repo.owner}/${repo.name}/pull/${pr.number}`,
    state: pr.state,
    closed: pr.state !== 'OPEN',
    merged: pr.merged,
    mergedAt: pr.mergedAt ?? null,
    isDraft: pr.isDraft ?? false,
    locked: false,
    mergeCommit: () => {
      const c = pr.mergeCommit ? repo.commits.find((x) => x.oid === pr.mergeCommit) : undefined;
      return c ? commitView(world, repo, c) : null;
    },
    author: actorView(pr.author),
    authorAssociation: model.association(world, repo, pr.author.login),
    viewerDidAuthor: ((_a, ctx) => model.sameLogin(ctx.token.login, pr.author.login)) as Fn,
    baseRefName: pr.baseRefName,
    baseRefOid: pr.baseRefOid,
    headRefName: pr.headRefName,
    headRefOid: pr.headRefOid,
    baseRef: () => (repo.refs[pr.baseRefName] ? refView(world, repo, pr.baseRefName) : null),
    headRef: () => (repo.refs[pr.headRefName] ? refView(world, repo, pr.headRefName) : null),
    baseRepository: () => repoView(world, repo),
    headRepository: () => repoView(world, repo),
    repository: () => repoView(world, repo),
    createdAt: pr.createdAt,
    updatedAt: pr.updatedAt ?? pr.createdAt,
    publishedAt: pr.createdAt,
    changedFiles: pr.files.length,
    additions: pr.files.reduce((n, f) => n + f.additions, 0),
    deletions: pr.files.reduce((n, f) => n + f.deletions, 0),
    reviewDecision: null,
    // Like GitHub, the files of a PR are listed up to 3000 (changedFiles still counts them all).
    files: pr.files.slice(0, 3000).map((f) => ({
      __typename: 'PullRequestChangedFile',
      path: f.path,
      additions: f.additions,
      deletions: f.deletions,
      changeType: f.changeType,
      viewerViewedState: 'UNVIEWED',
    })),
    commits: () =>
      commitsOf().map((c) => ({
        __typename: 'PullRequestCommit',
        id: nodeId('PURC', `${repo.owner}/${repo.name}#${pr.number}:${c.oid}`),
        url: `${url}/commits/${c.oid}`,
        resourcePath: `/${repo.owner}/${repo.name}/pull/${pr.number}/commits/${c.oid}`,
        commit: commitView(world, repo, c),
        pullRequest: () => prView(world, repo, pr),
      })),
    reviews: ((args) => {
      let rs = pr.reviews;
      if (Array.isArray(args['states']))
        rs = rs.filter((r) => (args['states'] as string[]).includes(r.state));
      if (args['author']) rs = rs.filter((r) => actorView(r.author)!['login'] === args['author']);
      return reviewViews(rs);
    }) as Fn,
    latestReviews: () => reviewViews(model.latestPerAuthor(pr.reviews.filter((r) => r.state !== 'PENDING'))),
    latestOpinionatedReviews: () =>
      reviewViews(
        model.latestPerAuthor(
          pr.reviews.filter(
            (r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED',
          ),
        ),
      ),
    comments: () => pr.comments.map((c) => commentView(world, repo, pr, c)),
    timelineItems: ((args) => {
      const types = Array.isArray(args['itemTypes']) ? (args['itemTypes'] as string[]) : null;
      const since = typeof args['since'] === 'string' ? args['since'] : null;
      const items: Array<{ at: string; type: string; view: () => View }> = [
        // GitHub places a commit in the timeline when it was pushed, whatever its (author-chosen) date.
        ...commitsOf().map((c) => ({
          at: c.pushedDate ?? c.committedDate,
          type: 'PULL_REQUEST_COMMIT',
          view: (): View => ({
            __typename: 'PullRequestCommit',
            id: nodeId('PURC', `${repo.owner}/${repo.name}#${pr.number}:${c.oid}`),
            url: `${url}/commits/${c.oid}`,
            resourcePath: `/${repo.owner}/${repo.name}/pull/${pr.number}/commits/${c.oid}`,
            commit: commitView(world, repo, c),
            pullRequest: () => prView(world, repo, pr),
          }),
        })),
        ...pr.reviews
          .filter((r) => r.submittedAt)
          .map((r) => ({
            at: r.submittedAt!,
            type: 'PULL_REQUEST_REVIEW',
            view: () => reviewView(world, repo, pr, r),
          })),
        ...pr.comments.map((c) => ({
          at: c.createdAt,
          type: 'ISSUE_COMMENT',
          view: () => commentView(world, repo, pr, c),
        })),
        ...(pr.forcePushes ?? []).map((f, i) => ({
          at: f.at,
          type: 'HEAD_REF_FORCE_PUSHED_EVENT',
          view: (): View => {
            const commitOf = (oid: string) => {
              const c = repo.commits.find((x) => x.oid === oid);
              return c ? commitView(world, repo, c) : null;
            };
            return {
              __typename: 'HeadRefForcePushedEvent',
              id: nodeId('HRFPE', `${repo.owner}/${repo.name}#${pr.number}:${i}`),
              actor: actorView(f.actor),
              createdAt: f.at,
              beforeCommit: commitOf(f.beforeOid),
              afterCommit: commitOf(f.afterOid),
              pullRequest: () => prView(world, repo, pr),
              ref: () => (repo.refs[pr.headRefName] ? refView(world, repo, pr.headRefName) : null),
            };
          },
        })),
      ];
      const out = items
        .filter((i) => (!types || types.includes(i.type)) && (!since || i.at >= since))
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
        .map((i) => i.view());
      return Object.assign(out, { updatedAt: pr.updatedAt ?? pr.createdAt });
    }) as Fn,
    participants: () =>
      [
        ...new Map(
          [pr.author, ...pr.reviews.map((r) => r.author), ...pr.comments.map((c) => c.author)].map((a) => [
            a.login,
            a,
          ]),
        ).values(),
      ].map(actorView),
  };
}

function reviewView(world: World, repo: Repo, pr: PullRequest, r: Review): View {
  const url = `${WEB}/${repo.owner}/${repo.name}/pull/${pr.number}#pullrequestreview-${r.databaseId}`;
  const commit = repo.commits.find((c) => c.oid === r.commitOid);
  return {
    __typename: 'PullRequestReview',
    id: nodeId('PRR', String(r.databaseId)),
    databaseId: r.databaseId,
    fullDatabaseId: String(r.databaseId),
    author: actorView(r.author),
    authorAssociation: model.association(world, repo, r.author.login),
    authorCanPushToRepository: model.canPush(repo, r.author.login),
    state: r.state,
    body: r.body ?? '',
    bodyText: r.body ?? '',
    submittedAt: r.submittedAt,
    publishedAt: r.submittedAt,
    createdAt: r.submittedAt ?? pr.createdAt,
    updatedAt: r.submittedAt ?? pr.createdAt,
    lastEditedAt: null,
    editor: null,
    includesCreatedEdit: false,
    createdViaEmail: false,
    isMinimized: false,
    minimizedReason: null,
    url,
    resourcePath: url.slice(WEB.length),
    commit: commit ? commitView(world, repo, commit) : null,
    pullRequest: () => prView(world, repo, pr),
    repository: () => repoView(world, repo),
    viewerDidAuthor: ((_a, ctx) => model.sameLogin(ctx.token.login, r.author.login)) as Fn,
  };
}

export function commentView(world: World, repo: Repo, pr: PullRequest, c: IssueComment): View {
  const url = `${WEB}/${repo.owner}/${repo.name}/pull/${pr.number}#issuecomment-${c.databaseId}`;
  const mine = (ctx: GqlContext): boolean => model.sameLogin(ctx.token.login, c.author.login);
  return {
    __typename: 'IssueComment',
    id: nodeId('IC', `${repo.owner}/${repo.name}:${c.databaseId}`),
    databaseId: c.databaseId,
    fullDatabaseId: String(c.databaseId),
    author: actorView(c.author),
    authorAssociation: c.authorAssociation ?? model.association(world, repo, c.author.login),
    body: c.body,
    bodyText: c.body,
    createdAt: c.createdAt,
    publishedAt: c.createdAt,
    updatedAt: c.updatedAt ?? c.lastEditedAt ?? c.createdAt,
    lastEditedAt: c.lastEditedAt ?? null,
    editor: actorView(c.editor ?? null),
    includesCreatedEdit: !!c.lastEditedAt,
    createdViaEmail: false,
    isMinimized: c.isMinimized ?? false,
    minimizedReason: c.isMinimized ? (c.minimizedReason ?? 'outdated') : null,
    url,
    resourcePath: url.slice(WEB.length),
    viewerDidAuthor: ((_a, ctx) => mine(ctx)) as Fn,
    viewerCanUpdate: ((_a, ctx) => mine(ctx) || allowed(ctx.token, 'issues', 'write')) as Fn,
    viewerCanDelete: ((_a, ctx) => mine(ctx) || allowed(ctx.token, 'issues', 'write')) as Fn,
    viewerCanMinimize: ((_a, ctx) => allowed(ctx.token, 'issues', 'write')) as Fn,
    viewerCanReact: true,
    viewerCannotUpdateReasons: [],
    pullRequest: () => prView(world, repo, pr),
    repository: () => repoView(world, repo),
  };
}

function orgView(world: World, login: string): View | null {
  const org = world.orgs.find((o) => o.login.toLowerCase() === login.toLowerCase());
  if (!org) throw gqlError(`Could not resolve to an Organization with the login of '${login}'.`, 'NOT_FOUND');
  return {
    __typename: 'Organization',
    id: nodeId('O', org.login),
    databaseId: org.databaseId ?? model.userId(org.login),
    login: org.login,
    name: org.login,
    url: `${WEB}/${org.login}`,
    resourcePath: `/${org.login}`,
    team: ((args) => {
      const t = org.teams.find((x) => x.slug === args['slug']);
      if (!t) return null;
      return {
        __typename: 'Team',
        id: nodeId('T', `${org.login}/${t.slug}`),
        databaseId: t.databaseId ?? model.userId(`team:${org.login}/${t.slug}`),
        slug: t.slug,
        name: t.name ?? t.slug,
        combinedSlug: `${org.login}/${t.slug}`,
        url: `${WEB}/orgs/${org.login}/teams/${t.slug}`,
        resourcePath: `/orgs/${org.login}/teams/${t.slug}`,
        privacy: 'VISIBLE',
        members: ((a, ctx) => {
          need(ctx, 'members');
          let logins = [...new Set([...t.members, ...(t.maintainers ?? [])])];
          if (a['role'] === 'MAINTAINER') logins = logins.filter((l) => t.maintainers?.includes(l));
          if (a['role'] === 'MEMBER') logins = logins.filter((l) => !t.maintainers?.includes(l));
          if (typeof a['query'] === 'string' && a['query'])
            logins = logins.filter((l) => l.toLowerCase().includes(String(a['query']).toLowerCase()));
          return logins.map((l) => ({
            ...actorView({ login: l, type: 'User' })!,
            __edge: {
              role: t.maintainers?.includes(l) ? 'MAINTAINER' : 'MEMBER',
              memberAccessUrl: `${WEB}/orgs/${org.login}/teams/${t.slug}/members`,
              memberAccessResourcePath: `/orgs/${org.login}/teams/${t.slug}/members`,
            },
          }));
        }) as Fn,
      };
    }) as Fn,
  };
}

// ---------------------------------------------------------------------------------------------
// Root + mutations

function findComment(world: World, id: string): { repo: Repo; pr: PullRequest; c: IssueComment } | null {
  const parsed = parseNodeId(id);
  if (!parsed || parsed.prefix !== 'IC') return null;
  const m = /^(.+)\/(.+):(\d+)$/.exec(parsed.key);
  if (!m) return null;
  const repo = world.repos.find((r) => r.owner === m[1] && r.name === m[2]);
  if (!repo) return null;
  for (const pr of repo.pullRequests) {
    const c = pr.comments.find((x) => x.databaseId === Number(m[3]));
    if (c) return { repo, pr, c };
  }
  return null;
}
function findPRByNode(world: World, id: string): { repo: Repo; pr: PullRequest } | null {
  const parsed = parseNodeId(id);
  if (!parsed || parsed.prefix !== 'PR') return null;
  const m = /^(.+)\/(.+)#(\d+)$/.exec(parsed.key);
  if (!m) return null;
  const repo = world.repos.find((r) => r.owner === m[1] && r.name === m[2]);
  const pr = repo?.pullRequests.find((p) => p.number === Number(m[3]));
  return repo && pr ? { repo, pr } : null;
}
function nodeById(world: World, id: string): View | null {
  const c = findComment(world, id);
  if (c) return commentView(world, c.repo, c.pr, c.c);
  const p = findPRByNode(world, id);
  if (p) return prView(world, p.repo, p.pr);
  // Check suites are nodes too (GitHub pages a suite's check runs through node(id:)).
  for (const repo of world.repos)
    for (const c of repo.commits)
      for (const s of c.checkSuites)
        if (nodeId('CS', String(s.databaseId)) === id) return checkSuiteView(world, repo, c, s);
  return null;
}

function rootValue(world: World): Record<string, unknown> {
  const notResolvable = (id: string): GraphQLError =>
    gqlError(`Could not resolve to a node with the global id of '${id}'`, 'NOT_FOUND');
  return {
    repository: ((args) => {
      const repo = world.repos.find(
        (r) =>
          r.owner.toLowerCase() === String(args['owner']).toLowerCase() &&
          r.name.toLowerCase() === String(args['name']).toLowerCase(),
      );
      if (!repo)
        throw gqlError(
          `Could not resolve to a Repository with the name '${args['owner']}/${args['name']}'.`,
          'NOT_FOUND',
        );
      return repoView(world, repo);
    }) as Fn,
    organization: ((args) => orgView(world, String(args['login']))) as Fn,
    viewer: ((_a, ctx) => {
      if (ctx.token.type === 'Bot') throw gqlError('Resource not accessible by integration', 'FORBIDDEN');
      return actorView({ login: ctx.token.login, type: 'User' });
    }) as Fn,
    node: ((args) => nodeById(world, String(args['id']))) as Fn,
    nodes: ((args) => (args['ids'] as string[]).map((id) => nodeById(world, id))) as Fn,
    rateLimit: ((_a, ctx) => {
      const b = world.rateLimit.graphql;
      return {
        __typename: 'RateLimit',
        cost: ctx.cost,
        limit: b.limit,
        remaining: b.remaining,
        used: b.used,
        resetAt: iso(new Date(b.reset * 1000)),
        nodeCount: ctx.nodeCount,
      };
    }) as Fn,
    // --- mutations
    addComment: ((args, ctx) => {
      const input = args['input'] as { subjectId: string; body: string; clientMutationId?: string };
      const found = findPRByNode(world, input.subjectId);
      if (!found) throw notResolvable(input.subjectId);
      if (!allowed(ctx.token, 'issues', 'write') && !allowed(ctx.token, 'pull_requests', 'write'))
        throw gqlError('Resource not accessible by integration', 'FORBIDDEN');
      const c = model.addComment(world, found.pr, ctx.token, input.body);
      const node = commentView(world, found.repo, found.pr, c);
      return {
        clientMutationId: input.clientMutationId ?? null,
        commentEdge: { cursor: encodeCursor(found.pr.comments.length - 1), node },
        subject: prView(world, found.repo, found.pr),
      };
    }) as Fn,
    updateIssueComment: ((args, ctx) => {
      const input = args['input'] as { id: string; body: string; clientMutationId?: string };
      const found = findComment(world, input.id);
      if (!found) throw notResolvable(input.id);
      if (
        !model.sameLogin(ctx.token.login, found.c.author.login) &&
        !allowed(ctx.token, 'issues', 'write') &&
        !allowed(ctx.token, 'pull_requests', 'write')
      )
        throw gqlError('Resource not accessible by integration', 'FORBIDDEN');
      model.editComment(world, found.c, ctx.token, input.body);
      return {
        clientMutationId: input.clientMutationId ?? null,
        issueComment: commentView(world, found.repo, found.pr, found.c),
      };
    }) as Fn,
    deleteIssueComment: ((args, ctx) => {
      const input = args['input'] as { id: string; clientMutationId?: string };
      const found = findComment(world, input.id);
      if (!found) throw notResolvable(input.id);
      if (!model.sameLogin(ctx.token.login, found.c.author.login) && !allowed(ctx.token, 'issues', 'write'))
        throw gqlError('Resource not accessible by integration', 'FORBIDDEN');
      found.pr.comments = found.pr.comments.filter((x) => x !== found.c);
      return { clientMutationId: input.clientMutationId ?? null };
    }) as Fn,
    minimizeComment: ((args, ctx) => {
      const input = args['input'] as { subjectId: string; classifier: string; clientMutationId?: string };
      const found = findComment(world, input.subjectId);
      if (!found) throw notResolvable(input.subjectId);
      if (!allowed(ctx.token, 'issues', 'write'))
        throw gqlError('Resource not accessible by integration', 'FORBIDDEN');
      found.c.isMinimized = true;
      found.c.minimizedReason = input.classifier.toLowerCase();
      return {
        clientMutationId: input.clientMutationId ?? null,
        minimizedComment: commentView(world, found.repo, found.pr, found.c),
      };
    }) as Fn,
  };
}

const fieldResolver: GraphQLFieldResolver<unknown, GqlContext, Record<string, unknown>> = (
  source,
  args,
  ctx,
  info,
) => {
  if (source === null || typeof source !== 'object') return null;
  const raw = (source as Record<string, unknown>)[info.fieldName];
  const value = typeof raw === 'function' ? (raw as Fn).call(source, args, ctx) : raw;
  const named = getNamedType(info.returnType);
  if (Array.isArray(value) && isObjectType(named) && named.name.endsWith('Connection'))
    return paginate(value, args);
  return value;
};

function toGitHubError(e: GraphQLError): GitHubGraphQLError {
  const out: GitHubGraphQLError = { message: e.message };
  const ext = { ...(e.extensions ?? {}) } as Record<string, unknown>;
  if (typeof ext['type'] === 'string') {
    out.type = ext['type'];
    delete ext['type'];
  }
  if (e.path) out.path = e.path;
  if (e.locations) out.locations = e.locations.map((l) => ({ line: l.line, column: l.column }));
  // GitHub (graphql-ruby) wording for the most common validation error.
  const m = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(e.message);
  if (m) {
    out.message = `Field '${m[1]}' doesn't exist on type '${m[2]}'`;
    ext['code'] = 'undefinedField';
    ext['typeName'] = m[2];
    ext['fieldName'] = m[1];
  }
  if (Object.keys(ext).length) out.extensions = ext;
  return out;
}

/** Errors that mean the fake (or the world it serves) broke GitHub's schema, not the client. */
function isFakeFault(e: GraphQLError): boolean {
  if (e.extensions?.['type']) return false;
  return (
    /^Cannot return null for non-nullable field|cannot represent|^Abstract type|^Expected a value of type/.test(
      e.message,
    ) || !!e.originalError
  );
}

export function runGraphQL(
  world: World,
  token: TokenInfo,
  body: { query?: unknown; variables?: unknown; operationName?: unknown },
): GraphQLRun {
  const schema = githubSchema();
  const query = typeof body.query === 'string' ? body.query : '';
  const opName = typeof body.operationName === 'string' ? body.operationName : null;
  const fail = (errors: GitHubGraphQLError[], name: string | null = opName): GraphQLRun => ({
    body: { errors },
    operationName: name,
    cost: 0,
    fakeErrors: [],
  });
  if (!query) return fail([{ message: 'A query attribute must be specified and must be a string.' }]);
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (e) {
    return fail([toGitHubError(e as GraphQLError)]);
  }
  const name = operationNameOf(query, opName);
  const validationErrors = validate(schema, doc, specifiedRules);
  if (validationErrors.length) return fail(validationErrors.map(toGitHubError), name);
  const ops = doc.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const op = opName ? ops.find((o) => o.name?.value === opName) : ops.length === 1 ? ops[0] : undefined;
  if (!op)
    return fail(
      [{ message: opName ? `No operation named "${opName}"` : 'An operation name is required' }],
      name,
    );
  const variables =
    body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  if (coerced.errors) return fail(coerced.errors.map(toGitHubError), name);
  const analysis = analyze(schema, doc, op, coerced.coerced);
  if (analysis.errors.length) return fail(analysis.errors, name);

  const ctx: GqlContext = {
    world,
    token,
    cost: analysis.cost,
    nodeCount: analysis.nodeCount,
    fakeErrors: [],
  };
  const result = execute({
    schema,
    document: doc,
    rootValue: rootValue(world),
    contextValue: ctx,
    variableValues: variables,
    ...(opName ? { operationName: opName } : {}),
    fieldResolver,
    typeResolver: (value: unknown) => {
      const t =
        value && typeof value === 'object' ? (value as { __typename?: unknown }).__typename : undefined;
      return typeof t === 'string' ? t : undefined;
    },
  });
  if ('then' in result) throw new Error('fake-github: resolvers must be synchronous');
  const fakeErrors: string[] = [];
  const errors = (result.errors ?? []).map((e) => {
    if (isFakeFault(e))
      fakeErrors.push(
        `GraphQL ${name ?? '(anonymous)'}: ${e.message} at ${(e.path ?? []).join('.')}${e.originalError && !(e.originalError instanceof GraphQLError) ? ` (${e.originalError.stack})` : ''}`,
      );
    return toGitHubError(e);
  });
  const out: GraphQLRun['body'] = { data: result.data ?? null };
  if (errors.length) out.errors = errors;
  return { body: out, operationName: name, cost: analysis.cost, fakeErrors };
}
