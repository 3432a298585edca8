/**
 * The action: inputs -> run context -> GitHub facts (config from the trusted base) -> config ->
 * gates -> reports (comment, summary, outputs) -> verdict. One try/catch; the verdict is set once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as runtime from './action/runtime.js';
import { readInputs, type Inputs } from './action/inputs.js';
import { blockingIds, rollbackOf, writeFailureOutputs, writeOutputs } from './action/outputs.js';
import type { ConfigError } from './config/load-config.js';
import type { ShipgateConfig } from './config/schema-types.generated.js';
import { samplingMs, selectGates, unavailableGates, waitFor, type Phase } from './engine/select.js';
import { UserError, errorMessage } from './errors.js';
import { checklistIds } from './gates/checklist-types.js';
import { signoffNotices, type SignoffNotice } from './gates/signoff.js';
import type { Evaluation } from './gates/types.js';
import { GitHubApiError, GitHubClient } from './github/client.js';
import { readRunContext, type RunContext } from './github/context.js';
import { openGitHubFacts, readTrustedFile, type GitHubFacts } from './github/facts.js';
import { publishSticky, readState, stateLine, type StickyState } from './github/sticky-comment.js';
import { CHECK_OUTPUT_LIMIT, checkRunName, publishCheckRun } from './github/check-run.js';
import { readSharedConfig } from './github/shared-config.js';
import { codeBlock } from './report/escape.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, markerFor, renderChecklist } from './report/markdown.js';
import { carriedParts, composeComment } from './report/comment-parts.js';
import { renderAfterDeploy, renderVerifyHeadline, verdictOf } from './report/after-deploy.js';

/**
 * The config parser (YAML parser + compiled JSON Schema validator) is the largest part of the
 * bundle and is not needed before GitHub's first answer: it is loaded while that request is in
 * flight (ncc emits it as a separate chunk).
 */
const loadConfigModule = () => import('./config/load-config.js');
/** Likewise the engine (gate registry, fact sources). */
const loadEngineModule = () => import('./engine/run.js');

/** Extra time beyond the wait budget for everything else (commands, reports). */
const RUN_MARGIN_MS = 20 * 60_000;

/** What is known so far, for reporting a run that could not finish. */
interface Progress {
  phase: Phase;
  environment: string;
  sha: string;
  pr: number | null;
  /** The verdict's outputs were written. */
  reported: boolean;
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // `npx @github/local-action . src/main.ts .env` (CONTRIBUTING.md) sets TARGET_ACTION_PATH and
  // observes the action through its @actions/core stub; a runner (GITHUB_ACTIONS=true) never
  // takes this path, so nothing in a workspace can redirect a real run.
  if (env.TARGET_ACTION_PATH && env.GITHUB_ACTIONS !== 'true') {
    await (await import('./action/local-action.js')).connectLocalAction();
  }
  const progress: Progress = { phase: 'deploy', environment: '', sha: '', pr: null, reported: false };
  try {
    await evaluateAndReport(env, progress);
  } catch (e) {
    // Anything that escapes is reported in one line, never as a stack trace, and fails the step.
    const message = `shipgate could not evaluate the deploy gate: ${errorMessage(e)}`;
    if (!progress.reported) {
      // The outputs still say "not allowed", so a later step reading them cannot deploy.
      try {
        writeFailureOutputs(progress, e instanceof GitHubApiError ? 'github' : 'shipgate', message);
        runtime.appendSummary(
          `## 🚫 Deploy${progress.environment ? ` to ${progress.environment}` : ''} blocked: shipgate could not evaluate the gates\n\n${codeBlock(message)}\n`,
        );
      } catch {
        // An unwritable output file: the failed step below still blocks.
      }
    }
    runtime.setFailed(message);
    // With debug logging enabled on the run (RUNNER_DEBUG=1), the stack helps a bug report.
    if (env.RUNNER_DEBUG === '1' && e instanceof Error && e.stack) runtime.debug(e.stack);
  }
}

async function evaluateAndReport(env: NodeJS.ProcessEnv, progress: Progress) {
  // Known before the inputs are validated, so a bad input in the verify step still says roll back.
  if (env['INPUT_PHASE'] === 'verify') progress.phase = 'verify';
  const inputs = readInputs(env);
  progress.phase = inputs.phase;
  if (inputs.token) runtime.mask(inputs.token);
  progress.environment = inputs.environment;
  const ctx = readRunContext(env);
  progress.sha = ctx.prHeadSha ?? ctx.sha;
  progress.pr = inputs.pr ?? ctx.prNumber;
  const now = inputs.now ?? new Date();
  const deadline = Date.now() + (inputs.waitMs ?? 60 * 60_000) + RUN_MARGIN_MS;
  if (!inputs.token)
    throw new UserError('no GitHub token: set the `token` input (it defaults to ${{ github.token }})');
  const client = new GitHubClient({
    token: inputs.token,
    baseUrl: ctx.apiUrl,
    graphqlUrl: ctx.graphqlUrl,
    deadline,
    retryBaseMs: Number(env.SHIPGATE_RETRY_BASE_MS) || 1000,
    requestTimeoutMs: Number(env.SHIPGATE_REQUEST_TIMEOUT_MS) || 30_000,
    log: (m) => runtime.info(m),
  });

  const configModule = loadConfigModule();
  const engineModule = loadEngineModule();
  // Awaited below; never an unhandled rejection if the run stops earlier.
  configModule.catch(() => {});
  engineModule.catch(() => {});

  const github = openGitHubFacts(client, ctx, {
    configPath: inputs.config,
    configRef: inputs.configRef,
    prNumber: inputs.pr ?? ctx.prNumber,
    log: (m) => runtime.info(m),
  });
  const prNumber = await github.prNumber();
  progress.pr = prNumber;
  const first = await github.first();
  progress.sha = first.checksSha;

  // The config: from the trusted commit (or config-ref) through the API; without a PR, from the workspace.
  const { text, source, workspace } = configText(inputs, ctx, first);
  const { ConfigError, loadConfig, extendsOf, parseExtends } = await configModule;
  // extends: the organisation's shared config, read with the token before the config is checked.
  const extendsSpec = extendsOf(text);
  const extendsAt = extendsSpec ? parseExtends(extendsSpec) : null;
  const shared =
    extendsSpec && extendsAt ? await readSharedConfig(client, extendsSpec, extendsAt) : undefined;
  if (shared && 'error' in shared) runtime.warning(shared.error);
  let config: ShipgateConfig;
  try {
    config = await loadConfig(text, inputs.config, shared);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const p of e.problems)
      runtime.error(p.message, { title: 'shipgate config', file: p.file, line: p.line, col: p.column });
    await reportConfigError(e, inputs, ctx, client, await github.all(), prNumber);
    progress.reported = true;
    return;
  }
  const gates = selectGates(config, inputs.environment, inputs.phase);
  // Sampling windows (verify phase) run on top of the wait budget.
  const runDeadline = deadline + Math.max(0, ...gates.map(samplingMs));
  client.extendDeadline(runDeadline);
  const { neededTeams, runGates } = await engineModule;
  const teamsFor = async (f: GitHubFacts) =>
    f.pr
      ? neededTeams(gates, config, f.pr, {
          approved: f.reviews.some((r) => r.state === 'APPROVED'),
          codeowners: f.codeowners?.text ?? null,
        })
      : [];
  // Teams the first page already shows a need for are read along with the next page.
  const facts = await github.all(await teamsFor(first));
  const pr = facts.pr;
  const teams = pr ? await github.teams(await teamsFor(facts)) : {};
  runtime.info(
    `${inputs.phase === 'verify' ? 'verifying the deploy with' : 'evaluating'} ${gates.length} gate(s) for ${inputs.environment || 'all environments'} on ${facts.checksSha.slice(0, 7)}${pr ? ` (PR #${pr.number})` : ''}`,
  );

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, runDeadline - Date.now()));
  timer.unref();
  const ev = await runGates({
    config,
    environment: inputs.environment,
    phase: inputs.phase,
    gates,
    mode: 'action',
    now,
    sha: facts.checksSha,
    pr,
    teams,
    unavailable: unavailableGates(config, inputs.environment, inputs.phase),
    github: {
      checksSha: facts.checksSha,
      checks: facts.checks,
      checksError: facts.checksError,
      approvals: { reviews: facts.reviews, codeowners: facts.codeowners },
      refreshChecks: () => github.refreshChecks(),
      release: github.release({ environment: inputs.environment, rollback: inputs.rollback }),
    },
    collect: {
      cwd: ctx.workspace,
      env,
      now,
      signal: controller.signal,
      progress: (m) => runtime.info(m),
      secrets: { add: runtime.addSecret, addFromEnv: runtime.addSecretsFromEnv },
      // The config's other files (the checklist) come from where the config came from: the same
      // trusted commit through the API, or the workspace when the config was read there.
      ...(!workspace && first.rulesOid
        ? {
            trustedSource: first.rulesWhere,
            trustedFile: async (path: string) => {
              const f = await readTrustedFile(client, ctx, first.rulesOid!, path);
              return f && { ...f, source: `${path} at ${first.rulesWhere}` };
            },
          }
        : {}),
      prFiles: (pr?.files ?? []).filter((f) => f.status !== 'removed').map((f) => f.path),
    },
    waitMs: (spec) => waitFor(spec, config, inputs.environment, inputs.waitMs),
    log: (m) => runtime.info(m),
  });
  clearTimeout(timer);

  const notices = pr ? signoffNotices(pr.comments, config.gates, checklistIds(ev.gates)) : [];
  for (const n of notices) runtime.info(`sign-off command not understood: "${n.command}" by ${n.login}`);
  // Secret values a gate received or passed on (and a tool may have echoed) never leave the run:
  // the evaluation is redacted before anything is rendered from it.
  await report(runtime.redactDeep(ev), inputs, ctx, client, facts, source, notices);
  progress.reported = true;
}

function configText(
  inputs: Inputs,
  ctx: RunContext,
  facts: GitHubFacts,
): { text: string; source: string; workspace?: boolean } {
  const workspaceFile = resolve(ctx.workspace, inputs.config);
  if (!facts.pr && !inputs.configRef && existsSync(workspaceFile)) {
    return {
      text: readFileSync(workspaceFile, 'utf8'),
      source: `${inputs.config} in the workspace`,
      workspace: true,
    };
  }
  if (facts.configText === null) {
    throw new UserError(
      `no config at ${inputs.config} on ${facts.rulesWhere}. shipgate reads the config from the trusted base, never from the PR itself: merge .github/shipgate.yml into ${facts.pr ? 'the default branch' : 'the branch'} first, or set the \`config\` / \`config-ref\` inputs`,
    );
  }
  return { text: facts.configText, source: facts.configSource };
}

async function report(
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

async function reportConfigError(
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
