/**
 * `shipgate init --from CHECKLIST [--out CONFIG] [--dry-run]`: reads the team's checklist, writes
 * (or updates) the config that checks it, and says what it mapped and what is left to fill in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { parseChecklist } from '../checklist/parse.js';
import { ConfigError, parseConfig } from '../config/load-config.js';
import { UserError, errorMessage } from '../errors.js';
import { GATES } from '../gates/registry.js';
import { codeBlocks } from './code-blocks.js';
import { CHECKLIST_GATE_ID, FALLBACK_GROUP, planInit, type InitPlan } from './plan.js';
import { migrationToolOf } from './recognise.js';
import { mergeInto, renderNew } from './write-config.js';

export interface InitOptions {
  /** The checklist, as the user typed it (relative to `userCwd`). */
  from: string;
  /** The config to write, relative to `root`. */
  out: string;
  dryRun: boolean;
  /** The repository root: paths in the config are relative to it. */
  root: string;
  /** Where the user ran the command. */
  userCwd: string;
  env: NodeJS.ProcessEnv;
}

export interface InitOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

const MAX_BYTES = 2 * 1024 * 1024;

interface InitConfigView {
  groups?: Record<string, string[]>;
  gates?: Record<string, Record<string, unknown>>;
}

export function runInit(o: InitOptions): InitOutcome {
  const abs = resolve(o.userCwd, o.from);
  const rel = relative(o.root, abs);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new UserError(
      `${o.from} is outside the repository (${o.root}); the checklist gate reads the file from the repository, so it must be inside it`,
    );
  const from = rel.split(sep).join('/');
  let markdown: string;
  try {
    markdown = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new UserError(
      `cannot read the checklist ${o.from}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(e)}`,
    );
  }
  if (markdown.length > MAX_BYTES)
    throw new UserError(`${o.from} is larger than 2 MiB; it cannot be a checklist`);
  const checklist = parseChecklist(markdown);
  if (checklist.problems.length)
    throw new UserError(
      checklist.problems.map((p) => `${from}:${p.line}:${p.column}: ${p.message}`).join('\n') +
        '\nfix the checklist, then run init again (nothing was written)',
    );
  if (!checklist.items.length)
    throw new UserError(
      `${from} has no checklist items (\`- [ ] …\` lines under headings); nothing to build a checklist gate from`,
    );

  const types = new Set<string>(Object.keys(GATES));
  const plan = planInit({
    from,
    checklist,
    lines: markdown.split(/\r?\n/),
    fileCode: codeBlocks(markdown, checklist.headings),
    migrationTool: migrationToolOf(markdown),
    types,
    checkNames: ciJobNames(o.root),
    org: orgOf(o.root, o.env),
    validGate: (id, gate, groups) => {
      try {
        parseConfig(stringify({ version: 1, groups, gates: { [id]: gate } }), 'proposal');
        return null;
      } catch (e) {
        return e instanceof ConfigError ? e.problems.map((p) => p.message).join('; ') : errorMessage(e);
      }
    },
  });

  const outAbs = resolve(o.root, o.out);
  const exists = existsSync(outAbs);
  let text: string;
  let changes: string[] = [];
  if (exists) {
    const merged = mergeInto(readFileSync(outAbs, 'utf8'), o.out, plan, checklist);
    if (!merged.ok)
      return {
        code: 2,
        stdout: '',
        stderr: `shipgate init: refused to update ${o.out}:\n${merged.reason}\n`,
      };
    text = merged.text;
    changes = merged.changes;
  } else text = renderNew(plan);

  // Whatever is written must load: a config init cannot make valid is not written at all.
  try {
    parseConfig(text, o.out);
  } catch (e) {
    const why = e instanceof ConfigError ? e.message : errorMessage(e);
    return {
      code: 2,
      stdout: '',
      stderr: `shipgate init: refused to write ${o.out}: the result would not be a valid config:\n${why}\n${exists ? `fix ${o.out} (or move it away), then run init again` : 'this is a bug in shipgate init; please report it'}\n`,
    };
  }
  const unchanged = exists && readFileSync(outAbs, 'utf8') === text;
  if (!o.dryRun && !unchanged) {
    mkdirSync(dirname(outAbs), { recursive: true });
    writeFileSync(outAbs, text);
  }
  const report = describe(plan, checklist.items.length, checklist.headings.length, {
    out: o.out,
    exists,
    unchanged,
    dryRun: o.dryRun,
    changes,
    config: parseYaml(text) as InitConfigView,
  });
  return { code: 0, stdout: (o.dryRun ? text + '\n' : '') + report, stderr: '' };
}

function describe(
  plan: InitPlan,
  itemCount: number,
  headingCount: number,
  w: {
    out: string;
    exists: boolean;
    unchanged: boolean;
    dryRun: boolean;
    changes: string[];
    config: InitConfigView;
  },
): string {
  const lines: string[] = [];
  const gateCount = plan.gates.size;
  lines.push(`Read ${plan.from}: ${itemCount} items under ${headingCount} headings.`);
  if (w.dryRun) lines.push(`Dry run: ${w.out} was not written.`);
  else if (w.unchanged) lines.push(`${w.out} is up to date: nothing to change.`);
  else if (w.exists) lines.push(`Updated ${w.out}:`, ...w.changes.map((c) => `  - ${c}`));
  else
    lines.push(
      `Wrote ${w.out}: the checklist gate "${CHECKLIST_GATE_ID}" and ${gateCount} gate${gateCount === 1 ? '' : 's'} for the items it recognised.`,
    );

  // From the config as written: after a re-run, the user's own links and removals count.
  const cg = Object.values(w.config.gates ?? {}).find((g) => g.type === 'checklist' && g.file === plan.from);
  const links = Object.entries((cg?.link ?? {}) as Record<string, string>);
  lines.push('', `Checked by a gate (${links.length} item${links.length === 1 ? '' : 's'}):`);
  if (!links.length) lines.push('  (none recognised: every item is signed off by a person)');
  for (const [item, gate] of links) {
    const m = plan.mapped.find((x) => x.linked && x.item.id === item && x.gateId === gate);
    lines.push(
      `  ${item}\n      -> ${gate} (${String(w.config.gates?.[gate]?.type)})${m ? `: ${m.summary}` : ''}`,
    );
    for (const extra of plan.mapped.filter(
      (x) => !x.linked && x.item.id === item && w.config.gates?.[x.gateId],
    ))
      lines.push(`      + ${extra.gateId} (${extra.type}): ${extra.summary}`);
  }
  const linked = links;
  const people = itemCount - plan.skippedItems - linked.length;
  lines.push(
    '',
    `Signed off on the pull request (${people} item${people === 1 ? '' : 's'}): by ${FALLBACK_GROUP} unless gates.${CHECKLIST_GATE_ID}.signoff names other people for a heading;`,
    '  they type /signoff <heading-slug> or /signoff <item-id>, or /na <id> <reason>.',
  );
  if (plan.skip.length)
    lines.push(
      `Skipped headings (not checklist items): ${plan.skip.join(', ')}${plan.skippedItems ? ` (${plan.skippedItems} items)` : ''}.`,
    );

  const fill: string[] = [];
  for (const [g, people] of Object.entries(w.config.groups ?? {}))
    if (people.some((p) => p.startsWith('@your-org/') || plan.groups.get(g)?.includes(p)))
      fill.push(
        `groups.${g}: who ${g === FALLBACK_GROUP ? 'signs off checklist items' : `signs off as ${g.replace(/-/g, ' ')}`} (now ${people.join(', ')})`,
      );
  // What init guessed and the user has not changed yet.
  for (const [id, fills] of plan.fill)
    for (const f of fills)
      if (JSON.stringify(w.config.gates?.[id]?.[f.key]) === JSON.stringify(plan.gates.get(id)?.[f.key]))
        fill.push(`gates.${id}.${f.key}: ${f.note}`);
  if (fill.length)
    lines.push('', 'Fill in (marked "fill in" in the config):', ...fill.map((f) => `  - ${f}`));

  if (plan.hints.length || plan.dropped.length) {
    lines.push(
      '',
      'Could be checked by a gate, but the checklist does not say enough (they stay sign-off items):',
    );
    for (const h of plan.hints) lines.push(`  - ${h.item.id}: ${h.hint.note}`);
    for (const d of plan.dropped)
      lines.push(`  - ${d.item.id}: no ${d.type} gate, it would not be valid: ${d.problem}`);
  }
  if (plan.afterDeploy.length) {
    lines.push(
      '',
      'Only possible after the deploy (they block it until signed off or marked not applicable):',
    );
    for (const a of plan.afterDeploy)
      lines.push(
        `  - ${a.heading.text} (${a.items} items): /na ${a.heading.slug} <reason>, or add ${a.heading.slug} to skip`,
      );
  }
  lines.push('', `Next: fill in the above, commit ${w.out}, and run \`shipgate validate\`.`);
  return lines.join('\n') + '\n';
}

/**
 * Check-run names of the project's CI jobs (`.github/workflows/*.yml`): a job's `name`, else its
 * id; matrix jobs as `name (*)`; jobs that run shipgate itself are left out (waiting for them would
 * wait for itself).
 */
export function ciJobNames(root: string): string[] | undefined {
  const dir = join(root, '.github', 'workflows');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    return undefined;
  }
  const names: string[] = [];
  for (const f of files.sort()) {
    let wf: {
      jobs?: Record<
        string,
        { name?: unknown; strategy?: { matrix?: unknown }; steps?: { uses?: unknown }[] }
      >;
    };
    try {
      wf = parseYaml(readFileSync(join(dir, f), 'utf8')) as typeof wf;
    } catch {
      continue; // a broken workflow is not init's business
    }
    for (const [id, job] of Object.entries(wf?.jobs ?? {})) {
      if (!job || typeof job !== 'object') continue;
      if ((job.steps ?? []).some((s) => typeof s?.uses === 'string' && /shipgate|^\.\/?$/.test(s.uses)))
        continue;
      let name = typeof job.name === 'string' ? job.name.replace(/\$\{\{[^}]*\}\}/g, '*') : id;
      if (job.strategy?.matrix && typeof job.name !== 'string') name = `${name} (*)`;
      if (!names.includes(name)) names.push(name);
    }
  }
  return names.length ? names : undefined;
}

/** The GitHub organisation of the repository (for placeholder teams), or `your-org`. */
function orgOf(root: string, env: NodeJS.ProcessEnv): string {
  const fromEnv = env.GITHUB_REPOSITORY?.split('/')[0];
  if (fromEnv && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(fromEnv)) return fromEnv;
  const r = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8', timeout: 5000 });
  const m = /github\.com[:/]([A-Za-z0-9][A-Za-z0-9-]*)\//.exec(r.stdout ?? '');
  return m?.[1] ?? 'your-org';
}
