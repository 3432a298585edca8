/**
 * `environment`: the deploy job's GitHub environment was approved in "Review deployments" by
 * enough of the right people. GitHub lets any one of the required reviewers approve, and an
 * environment that a workflow names but nobody configured is created unprotected and "approves"
 * itself; this gate reads who actually approved this run and holds them to the checklist:
 * `min` distinct people, from `from:`, never the PR author nor whoever triggered the run (they
 * could approve their own deploy). No recorded approval is a `fail`, never a pass.
 *
 * With `protected: true` it also reads the environment's settings and fails when it has no
 * required reviewers or lets administrators bypass them, naming the setting to change.
 */
import type { EnvironmentGate } from '../config/schema-types.generated.js';
import { describePeople, isAllowed, teamsIn } from './people.js';
import type { Detail, EvalContext, GateLogic, GateOutcome, Inline } from './types.js';

export interface EnvironmentApprovalFact {
  login: string | null;
  isBot: boolean;
  /** `approved` or `rejected`, as GitHub records the review. */
  state: string;
  comment: string;
  environments: string[];
}

export interface EnvironmentSettingsFact {
  /** False when the repository has no environment by that name. */
  exists: boolean;
  /** Required reviewers (`alice`, `@org/team`); empty: no required-reviewers rule. */
  reviewers: string[];
  canAdminsBypass: boolean;
  preventSelfReview: boolean;
  /** Link to the environment's settings page, for the hint. */
  url: string | null;
}

export interface EnvironmentFacts {
  /** The environment checked (gate `environment:`, else the action's `environment` input). */
  environment: string;
  runId: number;
  approvals: EnvironmentApprovalFact[];
  /** GITHUB_ACTOR and GITHUB_TRIGGERING_ACTOR: they triggered this run, their approval never counts. */
  actors: string[];
  /** Read only with `protected: true`. */
  settings: EnvironmentSettingsFact | null;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function evaluateEnvironment(
  gate: EnvironmentGate,
  facts: EnvironmentFacts,
  ctx: EvalContext,
): GateOutcome {
  const env = facts.environment;
  const min = gate.min ?? 1;
  const mine = facts.approvals.filter((a) => a.environments.some((e) => same(e, env)));
  const rows: Inline[][] = [];
  const counted: string[] = [];
  const errors: string[] = [];
  const rejected: EnvironmentApprovalFact[] = [];
  for (const a of mine) {
    const login = a.login ?? 'ghost';
    let why: string | null = null;
    if (a.state !== 'approved') {
      why = `${a.state}`;
      if (a.state === 'rejected') rejected.push(a);
    } else if (!a.login) why = 'the approver is unknown (deleted account)';
    else if (a.isBot || login.endsWith('[bot]')) why = 'bots do not count';
    else if (ctx.pr?.author && same(login, ctx.pr.author))
      why = 'the PR author cannot approve their own deploy';
    else if (facts.actors.some((x) => same(x, login)))
      why = 'triggered this run: nobody approves their own deploy';
    else if (counted.some((c) => same(c, login))) why = 'already counted';
    else if (gate.from) {
      const check = isAllowed(login, gate.from, ctx);
      if (check.error) {
        errors.push(check.error);
        why = `could not check: ${check.error}`;
      } else if (!check.allowed) why = `not in from (${describePeople(gate.from)})`;
    }
    if (!why) counted.push(login);
    // GitHub's approvals API records who and what, not when.
    rows.push([env, login, 'not recorded by GitHub', a.comment, why ? `no: ${why}` : 'yes']);
  }
  const details: Detail[] = [];
  if (rows.length)
    details.push({
      kind: 'table',
      columns: ['Environment', 'Approved by', 'When', 'Comment', 'Counted'],
      rows,
    });

  const problems: string[] = [];
  if (gate.protected) problems.push(...protectionProblems(env, facts.settings));

  if (!mine.length) {
    details.push({
      kind: 'text',
      text: `Nobody approved ${env} for run ${facts.runId}. GitHub only asks for an approval when the environment has required reviewers: add them under Settings → Environments → ${env} → Required reviewers, and make the deploy job use \`environment: ${env}\`.`,
    });
    return {
      status: 'fail',
      summary: `${env} was not approved by anyone: is the environment protected?${problems.length ? ` Also: ${problems.join('; ')}` : ''}`,
      details,
    };
  }
  if (rejected.length)
    return {
      status: 'fail',
      summary: `${env} was rejected by ${rejected.map((r) => r.login ?? 'ghost').join(', ')}`,
      details,
    };
  if (counted.length < min && errors.length)
    return {
      status: 'error',
      summary: `could not check who approved ${env}: ${[...new Set(errors)].join('; ')}`,
      details,
    };
  if (counted.length < min) {
    const who = gate.from ? ` from ${describePeople(gate.from)}` : '';
    return {
      status: 'fail',
      summary: `${counted.length} of ${min} approvals of ${env}${who} count${counted.length ? ` (${counted.join(', ')})` : ''}; the PR author and whoever triggered the run do not count`,
      details,
    };
  }
  if (problems.length) {
    return { status: 'fail', summary: problems.join('; '), details };
  }
  return { status: 'pass', summary: `${env} approved by ${counted.join(', ')}`, details };
}

function protectionProblems(env: string, s: EnvironmentSettingsFact | null): string[] {
  if (!s) return [`the settings of ${env} were not read`];
  const where = `Settings → Environments → ${env}`;
  if (!s.exists)
    return [
      `the repository has no environment ${env}: GitHub creates it unprotected on first use; create it under Settings → Environments and add required reviewers`,
    ];
  const out: string[] = [];
  if (!s.reviewers.length)
    out.push(`${env} has no required reviewers: turn on "Required reviewers" under ${where}`);
  if (s.canAdminsBypass)
    out.push(
      `${env} lets administrators bypass its protection (can_admins_bypass): untick "Allow administrators to bypass configured protection rules" under ${where}`,
    );
  return out;
}

export function explainEnvironment(gate: EnvironmentGate): string[] {
  return [
    `Needs ${gate.min ?? 1} approval(s) of the run's environment ${gate.environment ?? '(the action input `environment`)'} in GitHub's "Review deployments"${gate.from ? ` by ${describePeople(gate.from)}` : ''}.`,
    'Approvals by the PR author, by the actor who triggered the run, and by bots do not count; no approval at all fails.',
    gate.protected
      ? 'Also fails when the environment has no required reviewers or lets administrators bypass them (protected: true).'
      : "The environment's own settings are not checked (protected: false).",
  ];
}

export const gate: GateLogic<'environment', EnvironmentFacts> = {
  evaluate: evaluateEnvironment,
  explain: explainEnvironment,
  teams: (gate, ctx) => (gate.from ? teamsIn(gate.from, ctx.groups) : []),
};
