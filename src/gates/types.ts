/**
 * The contract between gate evaluators (pure), the sources that gather their facts (I/O), and the
 * reporters. Nothing in src/gates/ does I/O: an evaluator is `(gate config, facts, ctx) => outcome`.
 */
import type { GateConfigs, GateType, Person } from '../config/schema-types.generated.js';

export type { GateConfigs, GateType };

export type GateStatus = 'pass' | 'fail' | 'pending' | 'skipped' | 'error' | 'waived';

/** Statuses that allow the deploy: `waived` is a `fail` someone allowed to accepted, with a reason. */
export function allowsDeploy(status: GateStatus): boolean {
  return status === 'pass' || status === 'skipped' || status === 'waived';
}

/** Inline content: plain text (always escaped by the renderer) or a link (http/https only). */
export type Inline = string | { text: string; url: string };

/**
 * Structured details. Gates never write Markdown or HTML themselves: the renderer escapes every
 * string, so user-written values (file paths, command output, names) cannot change the layout.
 */
export type Detail =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: Inline[] }
  | { kind: 'table'; columns: string[]; rows: Inline[][] }
  /** Preformatted output such as the tail of a command's output. */
  | { kind: 'code'; text: string };

/** A sign-off that counted, shown in the comment with who and when. */
export interface SignoffRecord {
  gate: string;
  login: string;
  at: string;
  url?: string;
}

/** A `/waive` that counted (or counted until its `until` day passed). */
export interface WaiverRecord {
  gate: string;
  login: string;
  reason: string;
  /** Last day (inclusive, UTC) the waiver counts; null: no end date. */
  until: string | null;
  at: string;
  url?: string;
  expired: boolean;
}

/**
 * One entry of the exceptions ledger: something that let a deploy through although a rule said
 * otherwise (a waiver, an audit allowlist entry, a checklist item marked not applicable), or that
 * did until it expired. The comment lists them all in one place for an auditor.
 */
export interface ExceptionRecord {
  kind: 'waiver' | 'allowlist' | 'not-applicable';
  gate: string;
  /** What is excepted: "the whole gate", an advisory id, a checklist item. */
  subject: string;
  by?: string;
  reason: string;
  /** Last day it counts (YYYY-MM-DD); null or absent: no end date. */
  until?: string | null;
  at?: string;
  url?: string;
  /** It no longer counts: shown so the lapse is visible. */
  expired?: boolean;
}

/** What an evaluator returns. */
export interface GateOutcome {
  status: GateStatus;
  /** One line, plain text: completes "Deploy is allowed if …" / says why not. */
  summary: string;
  details?: Detail[];
  signoffs?: SignoffRecord[];
  /** For `pending`: the gate may turn into pass/fail if its facts are gathered again later. */
  retryable?: boolean;
  /** Exceptions in force (or expired) that this gate applied, for the exceptions ledger. */
  exceptions?: ExceptionRecord[];
  /**
   * What a person can type on the PR to unblock the gate (shown near the top of the comment), e.g.
   * `/signoff rollback-plan` by "release-managers (alice, @acme/rm)". Only gates that take a
   * sign-off set it, so the comment never suggests a command that does nothing.
   */
  unblock?: UnblockCommand[];
  /**
   * Gate-specific structured data for the JSON result (`result` output, `shipgate check --json`),
   * e.g. a checklist's items. Merged into the gate's entry; it cannot replace the common keys.
   */
  data?: Record<string, unknown>;
  /** The number measured (a metric's value, an http gate's latency), for sampled min / max / last. */
  value?: number;
}

/** One evaluation of a gate with `sample:` (verify phase), as reported in the result and comment. */
export interface SampleRecord {
  /** ISO time the sample was taken. */
  at: string;
  status: GateStatus;
  summary: string;
  value?: number;
}

/** A sampled gate's window: every sample and how it ended. */
export interface Sampling {
  samples: SampleRecord[];
  /** Samples planned for the whole window. */
  planned: number;
  failed: number;
  failureLimit: number;
  /** Unit of `value` (e.g. "ms"), when the gate knows it. */
  unit?: string;
}

/** A command a person types on the PR to unblock a gate. */
export interface UnblockCommand {
  command: string;
  /** Who may type it, with groups expanded: "dba (dave, @acme/dba)". */
  who: string;
  /** What it covers, when not the whole gate: "7 items of Database Setup". */
  what?: string;
}

/** One gate's verdict as reported (outputs, comment, summary, CLI). */
export interface GateResult extends GateOutcome {
  id: string;
  /** `unknown`: a gate of a shared config (`extends`) that could not be read. */
  type: GateType | 'unknown';
  title: string;
  required: boolean;
  /** Set when the status is `waived`: who waived it, why, until when. */
  waiver?: WaiverRecord;
  /** Set for gates with `sample:`. */
  sampling?: Sampling;
}

export interface Evaluation {
  /** `deploy` (before the deploy step) or `verify` (after it). Absent means deploy. */
  phase?: 'deploy' | 'verify';
  environment: string;
  allowed: boolean;
  sha: string;
  pr: number | null;
  gates: GateResult[];
}

/** A `/waive <gate-id> <reason> [until YYYY-MM-DD]` (or `/waive revoke <gate-id>`) line of a comment. */
export interface WaiveCommand {
  gate: string;
  revoke: boolean;
  reason: string;
  /** YYYY-MM-DD, or null when the waiver has no end. */
  until: string | null;
  /** Set when the command cannot count as written (no reason, a date that does not exist). */
  problem?: string;
}

/** A `/signoff` line of a comment, as read from its Markdown (see signoff-commands.ts). */
export interface SignoffCommand {
  /** The first id, lower case; empty when malformed. */
  gate: string;
  /**
   * Every id of the line, lower case: `/signoff a b c` names several (gate ids, or a checklist's
   * heading slugs and item ids).
   */
  ids: string[];
  revoke: boolean;
  /** `/na <id> <reason>`: marks a checklist item or heading not applicable (reason may be empty). */
  na?: { reason: string };
  /** The line as written (trimmed), for messages. */
  text: string;
  /** Starts with `/signoff` or `/na` but is not `/signoff [revoke] <id>…` or `/na <id> <reason>`. */
  malformed?: boolean;
}

/** A pull-request comment, as gathered from GitHub. */
export interface CommentFact {
  id: string;
  databaseId?: number;
  author: string | null;
  authorIsBot: boolean;
  body: string;
  createdAt: string;
  /** Set when the comment was edited after posting (GitHub's lastEditedAt). */
  lastEditedAt: string | null;
  /** Who edited it last, when known. */
  editor: string | null;
  url: string;
  /** The sign-off commands in its body, read from its Markdown when the facts were gathered. */
  commands: SignoffCommand[];
  /** The `/waive` commands in its body, read the same way (absent: none). */
  waives?: WaiveCommand[];
}

/** Everything known about the pull request, gathered before evaluation. */
export interface PrFacts {
  number: number;
  title: string;
  url: string;
  author: string | null;
  authorIsBot: boolean;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /**
   * When the latest push to the PR happened, as GitHub's PR timeline records it (never a commit
   * date, which the author chooses): comments created before it were posted before the push.
   */
  headPushedAt: string | null;
  /** Visible comments (hidden ones are left out). */
  comments: CommentFact[];
  files: ChangedFile[];
  /**
   * What could not be read completely (a page cap, GitHub's own list limits), by what depends on
   * it; a gate that depends on an incomplete list is `error` with this reason.
   */
  incomplete?: Partial<Record<'comments' | 'reviews' | 'files', string>>;
}

export interface ChangedFile {
  path: string;
  /** GitHub's change type, lower case: added, modified, removed, renamed, copied, changed. */
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed';
  previousPath?: string;
}

/**
 * Who belongs to which team, for the teams the config names. A team whose members could not be
 * read (missing permission, API error) carries the error, and any decision that depends on it
 * becomes a gate `error`, never a silent "not a member".
 */
export interface TeamFacts {
  [team: string]: { members: string[] } | { error: string };
}

/** Context shared by all evaluators. Pure data. */
export interface EvalContext {
  gateId: string;
  now: Date;
  /** `action` runs on GitHub; `cli` is a local preview where PR-bound parts cannot be known. */
  mode: 'action' | 'cli';
  /** The PR, or null when there is none (no PR for the commit, or the CLI). */
  pr: PrFacts | null;
  /** `groups:` from the config. */
  groups: Record<string, Person[]>;
  teams: TeamFacts;
  /** For gates judged on other gates' results (checklist links): those results, by gate id. */
  linked?: Readonly<Record<string, { status: GateStatus; summary: string; title: string }>>;
}

/** A problem in one gate's config that the JSON Schema cannot express; `path` is relative to the gate. */
export interface GateConfigProblem {
  path: (string | number)[];
  message: string;
}

/** What a gate's `teams` hook may look at to decide which teams' members matter. */
export interface TeamsContext {
  gateId: string;
  groups: Record<string, Person[]>;
  pr: PrFacts;
  /** Facts the action gathered from GitHub for the approvals gate (reviews, CODEOWNERS). */
  github: { approved: boolean; codeowners: string | null };
  /** Gate ids named by a sign-off command in the PR's comments. */
  signoffGates: ReadonlySet<string>;
}

/**
 * A gate type's pure logic: the one export (`gate`) of src/gates/<type>.ts. `F` is the shape of
 * the facts its source gathers.
 */
export interface GateLogic<T extends GateType, F> {
  /** Config + facts -> outcome. Never does I/O; a thrown error becomes an `error` outcome. */
  evaluate: (config: GateConfigs[T], facts: F, ctx: EvalContext) => GateOutcome;
  /** What the gate checks, in plain sentences (`shipgate explain`). */
  explain: (config: GateConfigs[T]) => string[];
  /** Config checks the schema cannot express, reported by the loader with line:column. */
  check?: (config: GateConfigs[T]) => GateConfigProblem[];
  /** Org teams (`org/slug`) whose members this gate's decision needs on this PR. */
  teams?: (config: GateConfigs[T], ctx: TeamsContext) => string[];
}
