/**
 * `checklist`: the team's own Markdown deployment checklist is the gate. Every task item of the file
 * (read from the trusted ref, see src/sources/checklist.ts) passes when the gate linked to it passed,
 * or when a person allowed for it signed it off (`/signoff <heading-or-item> …`) or marked it not
 * applicable (`/na <id> <reason>`) on the PR. The same trust rules as every sign-off apply
 * (signoff.ts): not the PR author, not a bot, never an edited comment, and with dismiss-stale
 * (default here: a checklist is for this version of the change) only after the latest push.
 */
import type { ChecklistGate, Person } from '../config/schema-types.generated.js';
import { parseChecklist, type Heading, type Item } from '../checklist/parse.js';
import {
  loosen,
  shown,
  type ChecklistData,
  type ChecklistHeadingResult,
  type ChecklistItemResult,
  type ChecklistNotice,
  type ItemStatus,
} from './checklist-types.js';
import { describePeople, describeWho, expand, isAllowed, teamsIn } from './people.js';
import type {
  TeamsContext,
  GateLogic,
  CommentFact,
  EvalContext,
  ExceptionRecord,
  GateOutcome,
  GateStatus,
  UnblockCommand,
} from './types.js';
import { editDistance } from '../util/edit-distance.js';

/** The gate's config (schema/gates/checklist.json). */
export type ChecklistConfig = ChecklistGate;

/** The checklist file as read from the trusted ref. */
export interface ChecklistFacts {
  /** Path as configured. */
  file: string;
  /** Where it was read from, for messages ("docs/X.md at the tip of main"). */
  source: string;
  text: string;
  /** Link to the file on GitHub, when known. */
  url?: string;
}

/** Results of the gates that checklist items are linked to (the engine evaluates those first). */
export type LinkedResults = Readonly<Record<string, { status: GateStatus; summary: string; title: string }>>;

/** A checklist command of a comment (`/signoff a b`, `/signoff revoke a`, `/na a reason`). */
export interface ChecklistCommand {
  verb: 'signoff' | 'revoke' | 'na';
  ids: string[];
  reason?: string;
  /** The line as written, for messages. */
  text: string;
}

/** A comment's checklist commands, from the commands read from its Markdown (signoff-commands.ts). */
function commandsOf(c: CommentFact): ChecklistCommand[] {
  return c.commands
    .filter((cmd) => !cmd.malformed && cmd.ids.length > 0)
    .map((cmd) => ({
      verb: cmd.na ? 'na' : cmd.revoke ? 'revoke' : 'signoff',
      ids: cmd.ids,
      ...(cmd.na ? { reason: cmd.na.reason } : {}),
      text: cmd.text,
    }));
}

// ---------------------------------------------------------------------------------------------
// The model: which items count, who owns each, which gate checks it

interface ModelItem extends Item {
  owners: Person[];
  /** The key of `signoff` the owners come from. */
  ownerKey: string | null;
  link: string | null;
  /** Heading slugs the item is under, innermost first. */
  under: string[];
}

interface Model {
  headings: Heading[];
  items: ModelItem[];
  byId: Map<string, ModelItem>;
  headingSlugs: Set<string>;
  problems: string[];
}

/** Resolves a key written by a person (config or command) to a heading slug or item id. */
function resolver(headings: readonly Heading[], items: readonly Item[]) {
  const exact = new Set<string>([...headings.map((h) => h.slug), ...items.map((i) => i.id)]);
  const loose = new Map<string, string | null>();
  for (const key of exact) {
    const k = loosen(key);
    loose.set(k, loose.has(k) ? null : key); // null: ambiguous
  }
  return (key: string): string | null => {
    const k = key.toLowerCase();
    if (exact.has(k)) return k;
    return loose.get(loosen(k)) ?? null;
  };
}

/** The closest heading slug or item id to a misspelt key, for "did you mean". */
export function suggest(key: string, candidates: readonly string[]): string | undefined {
  const k = loosen(key);
  let best: { id: string; d: number } | undefined;
  const limit = Math.max(2, Math.floor(k.length / 5));
  for (const id of candidates) {
    const d = editDistance(k, loosen(id), limit);
    if (d <= limit && (!best || d < best.d)) best = { id, d };
  }
  if (best) return best.id;
  const tail = k.split('/').pop()!;
  return candidates.find((c) => tail.length >= 4 && loosen(c).includes(tail));
}

function buildModel(config: ChecklistConfig, text: string): Model | { parseProblems: string[] } {
  const parsed = parseChecklist(text);
  if (parsed.problems.length)
    return { parseProblems: parsed.problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`) };
  const problems: string[] = [];
  const resolve = resolver(parsed.headings, parsed.items);
  const headingBySlug = new Map(parsed.headings.map((h) => [h.slug, h]));
  const candidates = [...parsed.headings.map((h) => h.slug), ...parsed.items.map((i) => i.id)];
  const key = (section: string, raw: string): string | null => {
    const found = resolve(raw);
    if (found) return found;
    const hint = suggest(raw, candidates);
    problems.push(
      `${section}: "${raw}" names no heading or item of ${config.file}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    );
    return null;
  };

  const skip = new Set<string>();
  for (const raw of config.skip ?? []) {
    const k = key('skip', raw);
    if (k) skip.add(k);
  }
  const signoff = new Map<string, Person[]>();
  let fallback: Person[] | null = null;
  for (const [raw, people] of Object.entries(config.signoff ?? {})) {
    if (raw === '*') fallback = people;
    else {
      const k = key('signoff', raw);
      if (k) signoff.set(k, people);
    }
  }
  const link = new Map<string, string>();
  for (const [raw, gate] of Object.entries(config.link ?? {})) {
    const k = key('link', raw);
    if (k) link.set(k, gate);
  }

  const byIdAll = new Map(parsed.items.map((i) => [i.id, i]));
  const items: ModelItem[] = [];
  for (const item of parsed.items) {
    // Most specific first: the item, the items it is nested in, its heading, the enclosing headings.
    const chain: string[] = [];
    for (let p: Item | undefined = item; p; p = p.parent ? byIdAll.get(p.parent) : undefined)
      chain.push(p.id);
    const under = item.heading
      ? [item.heading, ...[...(headingBySlug.get(item.heading)?.path ?? [])].reverse()]
      : [];
    const keys = [...chain, ...under];
    if (keys.some((k) => skip.has(k))) continue;
    const ownerKey = keys.find((k) => signoff.has(k)) ?? null;
    const linkKey = keys.find((k) => link.has(k));
    items.push({
      ...item,
      owners: ownerKey ? signoff.get(ownerKey)! : (fallback ?? []),
      ownerKey: ownerKey ?? (fallback ? '*' : null),
      link: linkKey ? link.get(linkKey)! : null,
      under,
    });
  }
  const orphans = items.filter((i) => !i.link && i.owners.length === 0);
  if (orphans.length)
    problems.push(
      `nobody may sign off ${orphans.length} item(s) (first: "${orphans[0]!.id}"): add "*": [people] to signoff, or a key for their heading`,
    );
  const used = new Set(items.flatMap((i) => [i.heading, ...i.under]));
  return {
    headings: parsed.headings.filter((h) => used.has(h.slug)),
    items,
    byId: new Map(items.map((i) => [i.id, i])),
    headingSlugs: new Set(parsed.headings.map((h) => h.slug)),
    problems,
  };
}

// ---------------------------------------------------------------------------------------------
// Sign-offs

interface Mark {
  kind: 'signoff' | 'na';
  login: string;
  at: string;
  url: string;
  reason?: string;
}

function generalReject(c: CommentFact, ctx: EvalContext, dismissStale: boolean): string | null {
  const pr = ctx.pr!;
  if (!c.author) return 'the comment author is unknown (deleted account)';
  if (c.authorIsBot || c.author.endsWith('[bot]')) return 'bots cannot sign off';
  if (pr.author && c.author.toLowerCase() === pr.author.toLowerCase())
    return 'the PR author cannot sign off their own PR';
  if (c.lastEditedAt) {
    const by = c.editor && c.editor !== c.author ? ` by ${c.editor}` : '';
    return `the comment was edited${by} after posting; post a new comment instead`;
  }
  if (dismissStale && pr.headPushedAt && c.createdAt < pr.headPushedAt)
    return 'given before the latest push (dismiss-stale); sign off again';
  return null;
}

interface Judged {
  marks: Map<string, Map<string, Mark>>;
  teamErrors: Map<string, string>;
  notices: ChecklistNotice[];
}

function judgeCommands(model: Model, ctx: EvalContext, dismissStale: boolean): Judged {
  const marks = new Map<string, Map<string, Mark>>();
  const teamErrors = new Map<string, string>();
  const notices: ChecklistNotice[] = [];
  const resolve = resolver(model.headings, model.items);
  const comments = [...(ctx.pr?.comments ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const c of comments) {
    for (const cmd of commandsOf(c)) {
      const login = c.author ?? 'ghost';
      const notice = (message: string) =>
        notices.push({ command: cmd.text, login, at: c.createdAt, url: c.url, message });
      const targets: { key: string; items: ModelItem[]; heading: boolean }[] = [];
      for (const raw of cmd.ids) {
        const key = resolve(raw);
        if (!key) continue; // not ours: another gate's id, or unknown (answered once for the whole PR)
        const heading = model.headingSlugs.has(key) && !model.byId.has(key);
        const items = heading
          ? model.items.filter((i) => i.heading === key || i.under.includes(key))
          : [model.byId.get(key)].filter((i): i is ModelItem => !!i);
        targets.push({ key, items, heading });
      }
      if (!targets.length) continue;
      if (cmd.verb === 'revoke') {
        // A revoke only ever withdraws its author's own marks, so it counts edited or not.
        if (!c.author) continue;
        for (const t of targets)
          for (const item of t.items) marks.get(item.id)?.delete(c.author.toLowerCase());
        continue;
      }
      const why = generalReject(c, ctx, dismissStale);
      if (why) {
        notice(`ignored: ${why}`);
        continue;
      }
      if (cmd.verb === 'na' && !cmd.reason) {
        notice(`ignored: a reason is required, e.g. \`/na ${targets[0]!.key} not used by this service\``);
        continue;
      }
      for (const t of targets) {
        let allowedAny = false;
        const refused: Person[][] = [];
        const linked: string[] = [];
        for (const item of t.items) {
          if (item.link) {
            linked.push(item.link);
            continue;
          }
          const check = isAllowed(c.author!, item.owners, ctx);
          if (!check.allowed) {
            if (check.error) teamErrors.set(item.id, check.error);
            refused.push(item.owners);
            continue;
          }
          allowedAny = true;
          let m = marks.get(item.id);
          if (!m) marks.set(item.id, (m = new Map()));
          m.set(c.author!.toLowerCase(), {
            kind: cmd.verb === 'na' ? 'na' : 'signoff',
            login: c.author!,
            at: c.createdAt,
            url: c.url,
            ...(cmd.reason ? { reason: cmd.reason } : {}),
          });
        }
        if (allowedAny) continue;
        if (refused.length) {
          const who = [...new Set(refused.map((p) => describePeople(p)))].join('; ');
          notice(
            `ignored for \`${t.key}\`: ${login} may not sign off ${t.heading ? 'any item under it' : 'this item'} (allowed: ${who})`,
          );
        } else if (linked.length)
          notice(
            `ignored for \`${t.key}\`: checked by gate ${[...new Set(linked)].map((g) => `\`${g}\``).join(', ')}, not by sign-off`,
          );
      }
    }
  }
  return { marks, teamErrors, notices };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export function evaluateChecklist(
  config: ChecklistConfig,
  facts: ChecklistFacts,
  ctx: EvalContext & { linked?: LinkedResults },
): GateOutcome {
  const built = buildModel(config, facts.text);
  if ('parseProblems' in built) {
    const [first] = built.parseProblems;
    return {
      status: 'error',
      summary: `${facts.file} cannot be read as a checklist: ${first}${built.parseProblems.length > 1 ? ` (and ${built.parseProblems.length - 1} more)` : ''}`,
      details: [{ kind: 'list', items: built.parseProblems.slice(0, 20) }],
    };
  }
  const model = built;
  if (model.problems.length)
    return {
      status: 'error',
      summary: `${model.problems[0]}${model.problems.length > 1 ? ` (and ${model.problems.length - 1} more problem(s))` : ''}`,
      details: [{ kind: 'list', items: model.problems.slice(0, 20) }],
    };
  if (!model.items.length)
    return {
      status: 'error',
      summary: `${facts.file} has no checklist items (\`- [ ] …\` task-list lines) outside skipped headings`,
    };

  const dismissStale = config['dismiss-stale'] ?? true;
  const incomplete = ctx.pr?.incomplete?.comments;
  // A sign-off (or a revoke) may be among the comments that could not be read: judge none of them.
  const judged: Judged = incomplete
    ? {
        marks: new Map(),
        teamErrors: new Map(
          model.items.map((i) => [i.id, `not every comment could be read (${incomplete})`]),
        ),
        notices: [],
      }
    : ctx.pr
      ? judgeCommands(model, ctx, dismissStale)
      : { marks: new Map(), teamErrors: new Map(), notices: [] };
  const linked = ctx.linked ?? {};
  const items: ChecklistItemResult[] = model.items.map((item) => {
    const base = {
      id: item.id,
      heading: item.heading,
      text: item.text,
      owners: [...item.owners],
      who: expand(item.owners, ctx.groups),
      ownersText: describeWho(item.owners, ctx.groups),
      line: item.line,
      ...(item.parent ? { parent: item.parent } : {}),
    };
    if (item.link) {
      const r = linked[item.link];
      const gate = item.link;
      if (!r)
        return {
          ...base,
          status: 'error',
          by: null,
          at: null,
          gate,
          reason: `gate ${gate} was not evaluated`,
        };
      // A skipped gate checked nothing: in the CLI that is a GitHub gate the action checks on the PR.
      const status: ItemStatus =
        r.status === 'skipped'
          ? ctx.mode === 'cli'
            ? 'pending'
            : 'na'
          : r.status === 'waived'
            ? 'na'
            : r.status;
      return { ...base, status, by: null, at: null, gate, reason: r.summary };
    }
    const marks = [...(judged.marks.get(item.id)?.values() ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    // The latest word on an item wins: a /na after a heading's sign-off marks it not applicable.
    const last = marks.at(-1);
    if (last)
      return {
        ...base,
        status: last.kind === 'na' ? 'na' : 'pass',
        by: last.login,
        at: last.at,
        gate: null,
        reason: last.reason ?? null,
        url: last.url,
      };
    const error = judged.teamErrors.get(item.id);
    if (error)
      return {
        ...base,
        status: 'error',
        by: null,
        at: null,
        gate: null,
        reason: `could not check who may sign off: ${error}`,
      };
    const why = ctx.pr
      ? `awaiting sign-off from ${describePeople(item.owners)}`
      : ctx.mode === 'cli'
        ? `needs sign-off on the pull request by ${describePeople(item.owners)}`
        : 'no pull request for this commit: sign-offs need a PR';
    return { ...base, status: 'pending', by: null, at: null, gate: null, reason: why };
  });

  const data: ChecklistData = {
    file: facts.file,
    ...(facts.url ? { fileUrl: facts.url } : {}),
    headings: model.headings.map((h): ChecklistHeadingResult => ({
      slug: h.slug,
      text: h.text,
      level: h.level,
      anchor: h.anchor,
      path: [...h.path],
    })),
    items,
    notices: judged.notices,
  };
  const count = (s: ItemStatus) => items.filter((i) => i.status === s).length;
  const total = items.length;
  const [pass, na, pending, fail, error] = [
    count('pass'),
    count('na'),
    count('pending'),
    count('fail'),
    count('error'),
  ];
  const done = pass + na;
  const byGate = items.filter((i) => i.gate && i.status === 'pass').length;
  const unblock = unblockCommands(model, items);
  const exceptions: ExceptionRecord[] = items
    .filter((i) => i.status === 'na' && i.by)
    .map((i) => ({
      kind: 'not-applicable',
      gate: ctx.gateId,
      subject: `${i.id} (${i.text})`,
      by: i.by!,
      reason: i.reason ?? '',
      ...(i.at ? { at: i.at } : {}),
      ...(i.url ? { url: i.url } : {}),
    }));
  const outcome = (status: GateStatus, summary: string): GateOutcome => ({
    status,
    summary,
    data: data as unknown as Record<string, unknown>,
    ...(unblock.length && status !== 'pass' ? { unblock } : {}),
    ...(exceptions.length ? { exceptions } : {}),
  });
  if (error) return outcome('error', `${error} of ${total} items could not be checked; ${done} done`);
  if (fail || pending) {
    const parts = [];
    if (pending)
      parts.push(
        `${pending} await${pending === 1 ? 's' : ''} ${ctx.pr ? 'sign-off' : 'sign-off on the pull request'}`,
      );
    if (fail) parts.push(`${fail} failed ${fail === 1 ? 'its gate' : 'their gates'}`);
    const status: GateStatus = ctx.mode === 'cli' && !fail ? 'pending' : 'fail';
    return outcome(status, `${done} of ${total} items done; ${parts.join(', ')}`);
  }
  const bits = [
    `${pass - byGate} signed off`,
    na ? `${na} not applicable` : '',
    byGate ? `${byGate} checked by gates` : '',
  ].filter(Boolean);
  return outcome('pass', `all ${total} items done: ${bits.join(', ')}`);
}

/**
 * One command per set of owners: the innermost heading that holds all their open items (a signer
 * only ever signs the items they may sign under it), else those items' top headings on one line.
 */
function unblockCommands(model: Model, items: ChecklistItemResult[]): UnblockCommand[] {
  const open = items.filter((i) => i.status === 'pending' && !i.gate);
  const byOwners = new Map<string, ChecklistItemResult[]>();
  for (const i of open) byOwners.set(i.ownersText, [...(byOwners.get(i.ownersText) ?? []), i]);
  const out: UnblockCommand[] = [];
  for (const [who, list] of byOwners) {
    const chains = list.map((i) => {
      const m = model.byId.get(i.id)!;
      return m.under.length ? m.under : [m.id];
    });
    const common = chains[0]!.find((slug) => chains.every((c) => c.includes(slug)));
    const ids = common ? [common] : [...new Set(chains.map((c) => c[c.length - 1]!))];
    const heading = common ? model.headings.find((h) => h.slug === common) : undefined;
    const n = list.length;
    out.push({
      command: `/signoff ${ids.slice(0, 10).join(' ')}`,
      who,
      what: `${n} item${n === 1 ? '' : 's'}${heading ? ` under ${shown(heading.text)}` : ''}`,
    });
  }
  return out;
}

export function explainChecklist(config: ChecklistConfig): string[] {
  const owners = Object.entries(config.signoff ?? {}).map(
    ([k, p]) => `${k === '*' ? 'everything else' : k}: ${describePeople(p)}`,
  );
  return [
    `Every task item of ${config.file} (read from the same trusted ref as the config) must pass: its linked gate passed, or an allowed person signed it off or marked it not applicable on the PR.`,
    owners.length
      ? `Who signs off what (most specific wins): ${owners.join('; ')}.`
      : 'No one is listed under signoff: only linked items can pass.',
    ...(config.link && Object.keys(config.link).length
      ? [
          `Checked by gates: ${Object.entries(config.link)
            .map(([k, g]) => `${k} → ${g}`)
            .join('; ')}.`,
        ]
      : []),
    ...(config.skip?.length ? [`Not checklist items: everything under ${config.skip.join(', ')}.`] : []),
    'Commands: /signoff <heading-or-item> [more ids…], /na <id> <reason>, /signoff revoke <id>. The PR author, bots and edited comments do not count.',
    (config['dismiss-stale'] ?? true)
      ? 'Sign-offs given before the latest push do not count (dismiss-stale, the default).'
      : 'Sign-offs stay valid after new pushes (dismiss-stale: false).',
  ];
}

/** Teams whose members decide this PR: the ones listed under signoff, when anyone used a command. */
export function checklistTeams(config: ChecklistConfig, ctx: TeamsContext): string[] {
  if (!ctx.pr.comments.some((c) => commandsOf(c).length > 0)) return [];
  return teamsIn(Object.values(config.signoff ?? {}).flat(), ctx.groups);
}

/** The gate ids items are linked to, so the engine can evaluate those first. */
export function checklistLinks(config: ChecklistConfig): string[] {
  return [...new Set(Object.values(config.link ?? {}))];
}

export const gate: GateLogic<'checklist', ChecklistFacts> = {
  evaluate: evaluateChecklist,
  explain: explainChecklist,
  teams: checklistTeams,
};
