/**
 * The action's reporting side: job summary, sticky PR comment, check run, outputs and verdict, for
 * an evaluation or for an invalid config. Loaded by main.ts while GitHub's first answer is awaited
 * (ncc emits it as its own chunk), so a run whose inputs are invalid never loads it.
 */
import * as runtime from './runtime.js';
import type { Inputs } from './inputs.js';
import { blockingIds, rollbackOf, writeOutputs } from './outputs.js';
import type { ConfigError } from '../config/load-config.js';
import type { ShipgateConfig } from '../config/schema-types.generated.js';
import { errorMessage } from '../errors.js';
import { checklistIds } from '../gates/checklist-types.js';
import { signoffNotices, type SignoffNotice } from '../gates/signoff.js';
import type { Evaluation } from '../gates/types.js';
import type { GitHubClient } from '../github/client.js';
import type { RunContext } from '../github/context.js';
import type { GitHubFacts } from '../github/facts.js';
import { publishSticky, readState, stateLine, type StickyState } from '../github/sticky-comment.js';
import { CHECK_OUTPUT_LIMIT, checkRunName, publishCheckRun } from '../github/check-run.js';
import { codeBlock } from '../report/escape.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, markerFor, renderChecklist } from '../report/markdown.js';
import { carriedParts, composeComment } from '../report/comment-parts.js';
import { renderAfterDeploy, renderVerifyHeadline, verdictOf } from '../report/after-deploy.js';

/** Sign-off commands that named no gate or item, logged and answered in the comment. */
export function noticesFor(ev: Evaluation, facts: GitHubFacts, config: ShipgateConfig): SignoffNotice[] {
  const notices = facts.pr ? signoffNotices(facts.pr.comments, config.gates, checklistIds(ev.gates)) : [];
  for (const n of notices) runtime.info(`sign-off command not understood: "${n.command}" by ${n.login}`);
  return notices;
}

export async function report(
  ev: Evaluation,
  inputs: Inputs,
  ctx: RunContext,
  client: GitHubClient,
  facts: GitHubFacts,
  configSource: string,
  signoffNotices: SignoffNotice[],
) {
  const meta = {
    runUrl: ctx.runUrl,
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    configSource,
    signoffNotices,
  };
  const verify = inputs.phase === 'verify';
  const afterDeploy = verify ? renderAfterDeploy(ev, meta) : null;
  const headline = verify ? renderVerifyHeadline(ev) : null;
  runtime.appendSummary(
    verify
      ? `${headline ? `${headline}\n\n` : ''}${afterDeploy}\n`
      : renderChecklist(ev, { ...meta, limit: SUMMARY_LIMIT }),
  );
  let commentUrl = '';
  if (inputs.comment && facts.pr) {
    const marker = markerFor(inputs.environment);
    const existing = facts.ownComments
      .filter((c) => c.body.includes(marker))
      .sort((a, b) => a.databaseId - b.databaseId)[0];
    // What others may have changed is never carried over: an edited comment is rewritten whole.
    const carried = carriedParts(existing && !existing.editedByOther ? existing.body : null);
    const sameCommit = carried.verifiedSha !== null && carried.verifiedSha === ev.sha.toLowerCase();
    // The comment's state keeps describing the deploy checklist it carries (a verify run after the
    // merge evaluates the merge commit, the checklist the PR's head): the verify run adds its part
    // without counting as an evaluation of another commit, and a newer run still wins.
    const carriedState = verify && carried.deploy && existing ? readState(existing.body) : null;
    const state: StickyState = { sha: carriedState?.sha ?? ev.sha, run: ctx.runId, attempt: ctx.runAttempt };
    const body = composeComment({
      marker,
      stateLine: stateLine(state),
      headline: verify ? headline : sameCommit ? carried.headline : null,
      deploy: verify
        ? carried.deploy
        : renderChecklist(ev, {
            ...meta,
            limit: COMMENT_LIMIT - (sameCommit ? (carried.verify?.length ?? 0) : 0) - 1000,
          }),
      verify: verify ? afterDeploy : sameCommit ? carried.verify : null,
      limit: COMMENT_LIMIT,
    });
    commentUrl = await comment(ev, inputs, ctx, client, facts, body, state);
  }
  // The check run carries the deploy verdict (what a ruleset requires); verification does not replace it.
  if (inputs.check && !verify)
    await checkRun(inputs, ctx, client, {
      sha: ev.sha,
      allowed: ev.allowed,
      title: ev.allowed
        ? `Deploy${inputs.environment ? ` to ${inputs.environment}` : ''} allowed`
        : `Deploy${inputs.environment ? ` to ${inputs.environment}` : ''} blocked by ${blockingIds(ev).join(', ')}`,
      summary: renderChecklist(ev, { ...meta, limit: CHECK_OUTPUT_LIMIT }),
    });
  writeOutputs(ev, commentUrl);
  for (const g of ev.gates) runtime.info(`${g.status.padEnd(7)} ${g.id}: ${g.summary}`);
  const blocking = blockingIds(ev);
  const where = inputs.environment ? ` to ${inputs.environment}` : '';
  const lines = ev.gates
    .filter((g) => blocking.includes(g.id))
    .map((g) => `${g.id} (${g.status}): ${g.summary}`);
  if (verify) {
    if (!rollbackOf(ev)) runtime.info(`deploy${where} verified: no rollback needed`);
    else {
      const what = verdictOf(ev) === 'fail' ? 'verification failed' : 'could not verify';
      const message = `deploy${where}: ${what}, roll back (rollback=true):\n${lines.join('\n')}`;
      if (inputs.mode === 'enforce') runtime.setFailed(message);
      else runtime.warning(`${message}\n(mode: report, so the step does not fail)`);
    }
    return;
  }
  if (ev.allowed) runtime.info(`deploy${where} allowed`);
  else if (inputs.mode === 'enforce')
    runtime.setFailed(`deploy${where} blocked by ${blocking.length} gate(s):\n${lines.join('\n')}`);
  else runtime.warning(`deploy blocked by ${blocking.join(', ')} (mode: report, so the step does not fail)`);
}

/** Publishes the verdict as a check run; a failure is a warning (a missing required check blocks merges anyway). */
async function checkRun(
  inputs: Inputs,
  ctx: RunContext,
  client: GitHubClient,
  v: { sha: string; allowed: boolean; title: string; summary: string },
) {
  if (!v.sha) {
    runtime.warning('no commit to publish the check run on');
    return;
  }
  try {
    await publishCheckRun({
      client,
      ctx,
      environment: inputs.environment,
      ...v,
      title: runtime.redact(v.title),
      summary: runtime.redact(v.summary),
      log: (m) => runtime.info(m),
    });
  } catch (e) {
    runtime.warning(
      `could not publish the ${checkRunName(inputs.environment)} check run: ${errorMessage(e)}`,
    );
  }
}

async function comment(
  ev: Evaluation,
  inputs: Inputs,
  ctx: RunContext,
  client: GitHubClient,
  facts: GitHubFacts,
  body: string,
  state: StickyState = { sha: ev.sha, run: ctx.runId, attempt: ctx.runAttempt },
): Promise<string> {
  try {
    const res = await publishSticky({
      client,
      ctx,
      prNumber: facts.pr!.number,
      marker: markerFor(inputs.environment),
      body: runtime.redact(body),
      state,
      headSha: facts.pr!.headSha,
      ownComments: facts.ownComments,
      log: (m) => runtime.info(m),
    });
    return res.url;
  } catch (e) {
    // A comment that cannot be written never changes the verdict; it is only a warning.
    runtime.warning(`could not write the checklist comment: ${errorMessage(e)}`);
    return '';
  }
}

export async function reportConfigError(
  e: ConfigError,
  inputs: Inputs,
  ctx: RunContext,
  client: GitHubClient,
  facts: GitHubFacts,
  prNumber: number | null,
) {
  const ev: Evaluation & { error: string } = {
    ...(inputs.phase === 'verify' ? { phase: 'verify' as const } : {}),
    environment: inputs.environment,
    allowed: false,
    sha: facts.checksSha,
    pr: prNumber,
    gates: [],
    error: e.message,
  };
  const body = [
    markerFor(inputs.environment),
    stateLine({ sha: ev.sha, run: ctx.runId, attempt: ctx.runAttempt }),
    inputs.phase === 'verify'
      ? `## ⚠️ Could not verify${inputs.environment ? ` ${inputs.environment}` : ''}: roll back (the shipgate config is invalid)`
      : `## 🚫 Deploy${inputs.environment ? ` to ${inputs.environment}` : ''} blocked: the shipgate config is invalid`,
    '',
    codeBlock(e.message),
  ].join('\n');
  runtime.appendSummary(body);
  if (inputs.check && inputs.phase !== 'verify')
    await checkRun(inputs, ctx, client, {
      sha: ev.sha,
      allowed: false,
      title: 'Blocked: the shipgate config is invalid',
      summary: codeBlock(e.message).slice(0, CHECK_OUTPUT_LIMIT),
    });
  let url = '';
  if (inputs.comment && facts.pr) url = await comment(ev, inputs, ctx, client, facts, body);
  writeOutputs(ev, url);
  // Bad config is a setup error, not a verdict: it fails the step in every mode.
  runtime.setFailed(`invalid shipgate config:\n${e.message}`);
}
