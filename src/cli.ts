/**
 * The `shipgate` command: the same engine as the action, for the gates that need no GitHub.
 *   shipgate check    [--config F] [--environment E] [--phase deploy|verify] [--json] [--now ISO] [--base REF] [--cwd DIR]
 *   shipgate validate [--config F]
 *   shipgate explain  <gate-id> [--config F] [--environment E] [--json]
 *   shipgate init     --from CHECKLIST.md [--out F] [--dry-run]
 *   shipgate help | version   (also --help / --version; `npx shipgate --version` is npx's own flag)
 * Exit codes: 0 allowed / valid, 1 blocked, 2 bad config or usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ShipgateConfig } from './config/schema-types.generated.js';
import { selectGates, unavailableGates, waitFor } from './engine/select.js';
import { UserError, errorMessage } from './errors.js';
import {
  checklistData,
  shown,
  type ChecklistData,
  type ChecklistItemResult,
} from './gates/checklist-types.js';
import { parseInstant } from './util/time.js';
import { loadGates } from './gates/registry.js';
import type { Evaluation, GateResult, GateStatus, Inline } from './gates/types.js';
import { resultJson } from './action/outputs.js';
import { formatNumber } from './util/number.js';

const USAGE = `Usage:
  shipgate check    [--config FILE] [--environment ENV] [--phase deploy|verify] [--json] [--now ISO-TIME] [--base GIT-REF] [--cwd DIR]
  shipgate validate [--config FILE]
  shipgate explain  <gate-id> [--config FILE] [--environment ENV] [--json]
  shipgate init     --from CHECKLIST.md [--out FILE] [--dry-run]
  shipgate help | version

check     evaluates the gates that need no GitHub (coverage, audit, migrations, window, http,
          command); checks, approvals and sign-offs are shown as skipped (the action checks them).
validate  only validates the config.
explain   says what a gate checks, with its options resolved.
init      writes the config for your Markdown deployment checklist: the checklist gate, plus a
          gate for every item it recognises; run it again after editing the checklist (it keeps
          your edits to people and options).

Options:
  --config FILE       checklist config (default .github/shipgate.yml)
  --environment ENV   evaluate that environment's gates (default: every gate)
  --phase PHASE       deploy (default): the gates before the deploy; verify: the environment's
                      verify gates after it (sampled); exit 1 means roll back
  --json              print the result as JSON (the action's \`result\` output)
  --now ISO-TIME      evaluate as if it were then, e.g. 2026-12-04T15:00:00+01:00 ("would a deploy be allowed on Friday 15:00?")
  --base GIT-REF      compare local changes with this ref (migrations changed by the branch)
  --cwd DIR           directory paths in the config are relative to (default: the nearest
                      directory up from here with .github/shipgate.yml, else the current one)
  --no-color          no colours (also when NO_COLOR is set or the output is not a terminal)
  --from FILE         (init) the Markdown checklist, e.g. docs/DEPLOYMENT_CHECKLIST.md
  --out FILE          (init) the config to write or update (default .github/shipgate.yml)
  --dry-run           (init) print the config and what was mapped; write nothing

Exit codes: 0 allowed (or valid), 1 blocked, 2 bad config or usage.`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stdout is a terminal. */
  isTTY: boolean;
  /** stderr is a terminal (progress is coloured only then); defaults to `isTTY`. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on Ctrl-C / SIGTERM: stops running commands (their whole process group) and retries. */
  signal?: AbortSignal;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        environment: { type: 'string', short: 'e' },
        phase: { type: 'string' },
        json: { type: 'boolean' },
        now: { type: 'string' },
        base: { type: 'string' },
        cwd: { type: 'string' },
        'no-color': { type: 'boolean' },
        from: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`shipgate: ${errorMessage(e)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values: opts, positionals } = parsed;
  const [command, ...rest] = positionals;
  // `help` / `version` as commands too: `npx shipgate --version` prints npx's own version.
  if (opts.help || command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (opts.version || command === 'version') {
    io.stdout(`shipgate ${VERSION}\n`);
    return 0;
  }
  const noColor = Boolean(opts['no-color'] || io.env.NO_COLOR);
  const paint = painter(io.isTTY && !noColor);
  // Progress goes to stderr, which may be redirected while stdout is a terminal (or the reverse).
  const paintErr = painter((io.stderrIsTTY ?? io.isTTY) && !noColor);
  // Like the action (paths relative to the workspace root), run from a subdirectory of the project
  // the default config is looked up in the parent directories, and paths are relative to its root.
  const cwd =
    opts.cwd !== undefined || opts.config !== undefined
      ? resolve(io.cwd, opts.cwd ?? '.')
      : projectRoot(io.cwd);
  const configPath = opts.config ?? '.github/shipgate.yml';
  const environment = opts.environment ?? '';

  // The config parser and the engine are loaded only by the commands that need them, so
  // `shipgate version` / `help` start fast.
  const load = async (): Promise<ShipgateConfig> => {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, configPath), 'utf8');
    } catch (e) {
      throw new UserError(
        `cannot read the config ${configPath}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(e)} (use --config to point at it)`,
      );
    }
    const { loadConfig } = await import('./config/load-config.js');
    return loadConfig(text, configPath);
  };
  /** An --environment the config does not define: exit 2, naming the defined ones in CLI terms. */
  const checkEnvironment = (config: ShipgateConfig) => {
    if (environment && config.environments && !Object.hasOwn(config.environments, environment))
      throw new UserError(
        `--environment "${environment}" is not defined in ${configPath}; defined: ${Object.keys(config.environments).join(', ')} (or leave out --environment to run every gate)`,
      );
  };

  try {
    switch (command) {
      case 'validate': {
        if (rest.length) throw new UsageError(`validate takes no arguments (got ${rest.join(' ')})`);
        const config = await load();
        io.stdout(
          `${paint.green('✔')} ${configPath} is valid: ${Object.keys(config.gates).length} gate(s)${config.environments ? `, environments ${Object.keys(config.environments).join(', ')}` : ''}\n`,
        );
        return 0;
      }
      case 'explain': {
        const id = rest[0];
        if (!id || rest.length > 1) throw new UsageError('explain takes one gate id');
        const config = await load();
        checkEnvironment(config);
        const spec = selectGates(config, '').find((g) => g.id === id);
        if (!spec)
          throw new UserError(
            `no gate named "${id}" in ${configPath}; gates: ${Object.keys(config.gates).join(', ')}`,
          );
        // The evaluators do not know the id they are configured under; sign-off lines name it.
        const lines = (await loadGates([spec.type]))
          .get(spec.type)!
          .logic.explain(spec.config as never)
          .map((l) => l.replaceAll('<gate-id>', id));
        const envs = Object.entries(config.environments ?? {})
          .filter(([, e]) => e.gates.includes(id))
          .map(([n]) => n);
        const wait = waitFor(spec, config, environment, null);
        if (opts.json) {
          io.stdout(
            JSON.stringify(
              {
                id,
                type: spec.type,
                title: spec.title,
                required: spec.required,
                environments: config.environments ? envs : 'all',
                waitMs: wait,
                checks: lines,
                config: spec.config,
              },
              null,
              2,
            ) + '\n',
          );
        } else {
          io.stdout(
            `${paint.bold(spec.title)} (${id}, type ${spec.type}${spec.required ? '' : ', optional'})\n`,
          );
          io.stdout(
            `applies to: ${config.environments ? envs.join(', ') || 'no environment' : 'every run (no environments defined)'}\n`,
          );
          for (const l of lines) io.stdout(`  - ${l}\n`);
        }
        if (spec.type === 'checklist') {
          // The items, ids and owners come from the file: read it (from disk here) and judge it
          // without a PR, which also reports a misspelt signoff/link/skip key.
          const loaded = (await loadGates(['checklist'])).get('checklist')!;
          const facts = await loaded.collect!(spec.config as never, {
            cwd,
            env: io.env,
            now: new Date(),
            signal: io.signal ?? new AbortController().signal,
            progress: () => {},
          });
          const outcome = loaded.logic.evaluate(spec.config as never, facts as never, {
            gateId: id,
            now: new Date(),
            mode: 'cli',
            pr: null,
            groups: config.groups ?? {},
            teams: {},
            linked: {},
          });
          const data = checklistData({
            ...outcome,
            id,
            type: spec.type,
            title: spec.title,
            required: spec.required,
          });
          if (opts.json) return 0;
          if (!data) {
            io.stdout(`  ${paint.red('!')} ${outcome.summary}\n`);
            return 1;
          }
          io.stdout(`items of ${data.file} (id, text, who signs it off):\n`);
          for (const l of checklistLines(data, paint, true)) io.stdout(`  ${l}\n`);
        }
        return 0;
      }
      case 'init': {
        if (rest.length)
          throw new UsageError(
            `init takes no arguments (got ${rest.join(' ')}); the checklist is --from FILE`,
          );
        if (!opts.from)
          throw new UsageError('init needs --from CHECKLIST.md (your Markdown deployment checklist)');
        const { runInit } = await import('./init/run-init.js');
        // The repository root: where the config lives (found from here up), else the current directory.
        const root = opts.cwd !== undefined ? resolve(io.cwd, opts.cwd) : projectRoot(io.cwd);
        const r = runInit({
          from: opts.from,
          out: opts.out ?? opts.config ?? '.github/shipgate.yml',
          dryRun: Boolean(opts['dry-run']),
          root,
          userCwd: io.cwd,
          env: io.env,
        });
        io.stdout(r.stdout);
        io.stderr(r.stderr);
        return r.code;
      }
      case 'check': {
        if (rest.length) throw new UsageError(`check takes no arguments (got ${rest.join(' ')})`);
        let now = new Date();
        if (opts.now) {
          const parsed = parseInstant(opts.now);
          if (!parsed)
            throw new UsageError(
              `--now "${opts.now}" is not an ISO date-time with an offset, such as 2026-12-04T15:00:00+01:00 or 2026-12-04T14:00:00Z`,
            );
          now = parsed;
        }
        const phase = opts.phase ?? 'deploy';
        if (phase !== 'deploy' && phase !== 'verify')
          throw new UsageError(`--phase "${phase}" is not a phase; expected deploy or verify`);
        const config = await load();
        checkEnvironment(config);
        const gates = selectGates(config, environment, phase);
        const progress = (m: string) => io.stderr(paintErr.dim(`… ${m}`) + '\n');
        const { runGates } = await import('./engine/run.js');
        const ev = await runGates({
          config,
          environment,
          phase,
          gates,
          mode: 'cli',
          now,
          sha: '',
          pr: null,
          teams: {},
          unavailable: unavailableGates(config, environment, phase),
          github: null,
          collect: {
            cwd,
            env: io.env,
            now,
            signal: io.signal ?? new AbortController().signal,
            progress,
            ...(opts.base ? { gitBase: opts.base } : {}),
          },
          waitMs: (spec) => waitFor(spec, config, environment, null),
          log: progress,
          onResult: opts.json ? undefined : (r) => progress(`${r.id}: ${r.status}`),
        });
        io.stdout(opts.json ? resultJson(ev) + '\n' : renderText(ev, paint));
        return ev.allowed ? 0 : 1;
      }
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`shipgate: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof UserError && e.name === 'ConfigError') {
      // One `file:line:column: message` line per problem, as compilers print them.
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (e instanceof UserError) {
      io.stderr(`shipgate: ${e.message}\n`);
      return 2;
    }
    io.stderr(`shipgate: internal error: ${errorMessage(e)}\n`);
    return 2;
  }
}

class UsageError extends Error {}

/** The nearest directory (from `start` up) holding .github/shipgate.yml; `start` when none does. */
function projectRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.github', 'shipgate.yml'))) return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

const VERSION = '1.0.0';

type Paint = Record<'green' | 'red' | 'yellow' | 'dim' | 'bold' | 'cyan', (s: string) => string>;

function painter(on: boolean): Paint {
  const wrap = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { green: wrap(32), red: wrap(31), yellow: wrap(33), dim: wrap(2), bold: wrap(1), cyan: wrap(36) };
}

const SYMBOL: Record<GateStatus, string> = {
  pass: '✔',
  fail: '✘',
  pending: '…',
  skipped: '-',
  error: '!',
  waived: '~',
};

function renderText(ev: Evaluation, paint: Paint): string {
  const colorOf = (s: GateStatus) =>
    s === 'pass'
      ? paint.green
      : s === 'skipped'
        ? paint.dim
        : s === 'pending' || s === 'waived'
          ? paint.yellow
          : paint.red;
  const lines: string[] = [];
  const where = ev.environment ? ` to ${ev.environment}` : '';
  if (ev.phase === 'verify') {
    const failed = ev.gates.some((g) => g.required && g.status === 'fail');
    lines.push(
      paint.bold(
        ev.allowed
          ? paint.green(`Deploy${where} verified`)
          : paint.red(
              failed ? `Verification failed${where}: roll back` : `Could not verify${where}: roll back`,
            ),
      ),
    );
  } else
    lines.push(
      paint.bold(
        ev.allowed
          ? paint.green(`Deploy${ev.environment ? ` to ${ev.environment}` : ''} allowed`)
          : paint.red(`Deploy${ev.environment ? ` to ${ev.environment}` : ''} blocked`),
      ),
    );
  for (const g of ev.gates) {
    const c = colorOf(g.status);
    lines.push(
      `${c(SYMBOL[g.status])} ${g.title}${g.required ? '' : paint.dim(' (optional)')} ${paint.dim(`[${g.id}]`)} ${c(g.status)}: ${g.summary}`,
    );
    if (g.sampling) lines.push(`    ${paint.dim(samplingLine(g))}`);
    for (const d of detailLines(g)) lines.push(`    ${paint.dim(d)}`);
    const data = checklistData(g);
    if (data) lines.push(...checklistLines(data, paint).map((l) => `    ${l}`));
  }
  // No PR here, so nothing a person signs off can pass: say where that happens.
  const awaiting = ev.gates.filter(
    (g) => g.status === 'pending' && (g.type === 'manual' || checklistData(g)),
  );
  if (awaiting.length)
    lines.push(
      paint.yellow(
        `${awaiting.map((g) => g.id).join(', ')} need${awaiting.length === 1 ? 's' : ''} sign-off on the pull request: the action counts /signoff comments there; the CLI cannot, so it blocks.`,
      ),
    );
  return lines.join('\n') + '\n';
}

/** A checklist gate's items, one line per heading with its counts (the CLI's view of the comment). */
function checklistLines(data: ChecklistData, paint: Paint, withItems = false): string[] {
  const out: string[] = [];
  const byHeading = new Map<string, ChecklistItemResult[]>();
  for (const i of data.items) byHeading.set(i.heading, [...(byHeading.get(i.heading) ?? []), i]);
  const text = new Map(data.headings.map((h) => [h.slug, shown(h.text)]));
  for (const [slug, items] of byHeading) {
    const done = items.filter((i) => i.status === 'pass' || i.status === 'na').length;
    const mark = done === items.length ? paint.green('✔') : paint.yellow('…');
    const owners = [...new Set(items.filter((i) => !i.gate).map((i) => i.ownersText))].join('; ');
    out.push(
      `${mark} ${text.get(slug) || slug || '(before the first heading)'} ${paint.dim(`[${slug}]`)} ${done}/${items.length}${owners ? paint.dim(` · ${owners}`) : ''}`,
    );
    if (!withItems) continue;
    for (const i of items) {
      const who = i.gate ? `gate ${i.gate}` : i.ownersText;
      out.push(`    ${i.parent ? '  ' : ''}${paint.dim(i.id)}  ${i.text}  ${paint.dim(`(${who})`)}`);
    }
  }
  return out;
}

/** "samples 12/21 (1 failed), min 0.002, max 0.013, last 0.004" */
function samplingLine(g: GateResult): string {
  const s = g.sampling!;
  const unit = s.unit ? ` ${s.unit}` : '';
  const values = s.samples.map((x) => x.value).filter((v): v is number => v !== undefined);
  const stats = values.length
    ? `, min ${formatNumber(Math.min(...values))}${unit}, max ${formatNumber(Math.max(...values))}${unit}, last ${formatNumber(values[values.length - 1]!)}${unit}`
    : '';
  return `samples ${s.samples.length}/${s.planned}${s.failed ? ` (${s.failed} failed, ${s.failureLimit} tolerated)` : ''}${stats}`;
}

const MAX_ROWS = 20;

/** A table as aligned text with its header (the columns say what the numbers are). */
function tableLines(columns: string[], rows: Inline[][]): string[] {
  const text = (c: Inline) => (typeof c === 'string' ? c : c.text);
  const shown = [columns, ...rows.slice(0, MAX_ROWS).map((r) => r.map(text))];
  const widths = columns.map((_, i) => Math.max(...shown.map((r) => [...(r[i] ?? '')].length)));
  const lines = shown.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length)))
      .join('  ')
      .trimEnd(),
  );
  if (rows.length > MAX_ROWS) lines.push(`… ${rows.length - MAX_ROWS} more rows`);
  return lines;
}

function detailLines(g: GateResult): string[] {
  if (g.status === 'pass' || g.status === 'skipped') return [];
  const out: string[] = [];
  for (const d of g.details ?? []) {
    if (d.kind === 'text') out.push(d.text);
    else if (d.kind === 'list')
      out.push(...d.items.map((i) => `- ${typeof i === 'string' ? i : `${i.text} <${i.url}>`}`));
    else if (d.kind === 'table') out.push(...tableLines(d.columns, d.rows));
    else if (d.kind === 'code') out.push(...d.text.split('\n').slice(-20));
  }
  return out;
}
