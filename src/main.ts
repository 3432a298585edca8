/**
 * The action: inputs -> run context -> GitHub facts (config from the trusted base) -> config ->
 * gates -> reports (comment, summary, outputs) -> verdict. One try/catch; the verdict is set once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as runtime from './action/runtime.js';
import { readInputs, type Inputs } from './action/inputs.js';
import { writeFailureOutputs } from './action/outputs.js';
import type { ShipgateConfig } from './config/schema-types.generated.js';
import { samplingMs, selectGates, unavailableGates, waitFor, type Phase } from './engine/select.js';
import { UserError, errorMessage } from './errors.js';
import { readRunContext, type RunContext } from './github/context.js';
import type { GitHubFacts } from './github/facts.js';
import { codeBlock } from './report/escape.js';

/**
 * The config parser (YAML parser + compiled JSON Schema validator) is the largest part of the
 * bundle and is not needed before GitHub's first answer: it is loaded while that request is in
 * flight (ncc emits it as a separate chunk).
 */
const loadConfigModule = () => import('./config/load-config.js');
/** Likewise the engine (gate registry, fact sources). */
const loadEngineModule = () => import('./engine/run.js');
/** Likewise the reporting side (summary, comment, check run, verdict). */
const loadReportModule = () => import('./action/report.js');
/**
 * The GitHub client (Octokit) and the facts queries are loaded once the inputs and the run's context
 * are known to be good: a step with bad inputs fails without loading them.
 */
const loadGitHubModules = () =>
  Promise.all([
    import('./github/client.js'),
    import('./github/facts.js'),
    import('./github/shared-config.js'),
  ]);

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
        // By name: the GitHub client's module may not have been loaded.
        writeFailureOutputs(
          progress,
          (e as Error)?.name === 'GitHubApiError' ? 'github' : 'shipgate',
          message,
        );
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
  const [{ GitHubClient }, { openGitHubFacts }] = await loadGitHubModules();
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
  const reportModule = loadReportModule();
  // Awaited below; never an unhandled rejection if the run stops earlier.
  configModule.catch(() => {});
  engineModule.catch(() => {});
  reportModule.catch(() => {});

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
  const shared = extendsSpec && extendsAt ? await github.sharedConfig(extendsSpec, extendsAt) : undefined;
  if (shared && 'error' in shared) runtime.warning(shared.error);
  let config: ShipgateConfig;
  try {
    config = await loadConfig(text, inputs.config, shared);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const p of e.problems)
      runtime.error(p.message, { title: 'shipgate config', file: p.file, line: p.line, col: p.column });
    await (await reportModule).reportConfigError(e, inputs, ctx, client, await github.all(), prNumber);
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
              const f = await github.trustedFile(path);
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

  const { noticesFor, report } = await reportModule;
  const notices = noticesFor(ev, facts, config);
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
