/**
 * `shipgate init`, pure part: a parsed checklist -> the config that checks it (the `checklist`
 * gate, one gate per recognised item linked to it, the groups they name), and what the user must
 * still fill in. No I/O: the CLI reads the files and writes the result.
 */
import type { Heading, Item, ParsedChecklist } from '../checklist/parse.js';
import { recognise, type FillIn, type GateProposal, type Hint, type FileContext } from './recognise.js';

/** The longest key the checklist gate's `link` map takes (schema/gates/checklist.json). */
const MAX_LINK_KEY = 300;

export const CHECKLIST_GATE_ID = 'checklist';
export const FALLBACK_GROUP = 'release-managers';

/** Headings whose items are not checklist items (contacts, notes, references). */
const SKIP_HEADING =
  /^(?:emergency contacts?|contacts?|contact list|notes?|special notes|references?|resources|links|appendix|glossary|changelog|revision history|document (?:info|history))$/i;
/** Headings whose items can only be done after the deploy: they block until signed off or `/na`. */
const AFTER_DEPLOY =
  /\bpost[- ]?(?:deploy(?:ment)?|rollback|launch|release)\b|\bafter (?:the )?deploy|\bfirst 24 hours\b|\bpost-mortem\b|\bmaintenance plan\b|\bdebrief\b/i;

export interface InitInput {
  /** The checklist's path, as the config names it (relative to the repository root). */
  from: string;
  checklist: ParsedChecklist;
  /** The checklist's source lines (items' inline code is read from them). */
  lines: readonly string[];
  /** Every code block of the file, with the texts of the headings above it. */
  fileCode: FileContext['code'];
  migrationTool?: FileContext['migrationTool'];
  /** Gate types the config schema knows. */
  types: ReadonlySet<string>;
  checkNames?: readonly string[] | undefined;
  /** Organisation used in the placeholder teams of new groups (`@<org>/<group>`). */
  org: string;
  /**
   * Validates one proposed gate (with the groups it names) against the config schema: the problem,
   * or null. A proposal that does not validate is dropped and its item stays a sign-off item.
   */
  validGate: (id: string, gate: Record<string, unknown>, groups: Record<string, string[]>) => string | null;
}

export interface Mapped {
  item: Item;
  gateId: string;
  type: string;
  summary: string;
  /** The gate the item is linked to (the first gate proposed for it); the others are extra gates. */
  linked: boolean;
}

export interface InitPlan {
  from: string;
  checklistGate: Record<string, unknown>;
  /** Gate id -> gate (without the checklist gate), in the order they were proposed. */
  gates: Map<string, Record<string, unknown>>;
  /** Gate id -> what to fill in. */
  fill: Map<string, FillIn[]>;
  /** Group -> placeholder people, for every group the config names. */
  groups: Map<string, string[]>;
  links: Map<string, string>;
  skip: string[];
  mapped: Mapped[];
  hints: { item: Item; hint: Hint }[];
  dropped: { item: Item; type: string; problem: string }[];
  /** Headings with items that can only be done after the deploy. */
  afterDeploy: { heading: Heading; items: number }[];
  /** Items under skipped headings. */
  skippedItems: number;
}

/** Texts of the headings above an item, outermost first, then its parent items' texts. */
export function headingTexts(checklist: ParsedChecklist, item: Item): string[] {
  const bySlug = new Map(checklist.headings.map((h) => [h.slug, h]));
  const h = bySlug.get(item.heading);
  const out = h ? [...h.path.map((s) => bySlug.get(s)?.text ?? s), h.text] : [];
  const byId = new Map(checklist.items.map((i) => [i.id, i]));
  const parents: string[] = [];
  for (let p = item.parent; p; p = byId.get(p)?.parent) parents.unshift(byId.get(p)?.text ?? p);
  return [...out, ...parents];
}

/** Headings of `slug` and everything under it. */
function under(checklist: ParsedChecklist, slug: string): Set<string> {
  return new Set(
    checklist.headings.filter((h) => h.slug === slug || h.path.includes(slug)).map((h) => h.slug),
  );
}

/** Canonical form of a gate without its title: two items proposing the same gate share it. */
export function gateKey(gate: Record<string, unknown>): string {
  const { title: _t, ...rest } = gate;
  return stableJson(rest);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export function planInit(input: InitInput): InitPlan {
  const { checklist } = input;
  const skip = checklist.headings
    .filter((h) => SKIP_HEADING.test(h.text.replace(/[^\p{L}\p{N} -]/gu, '').trim()))
    .map((h) => h.slug);
  const skipped = new Set(skip.flatMap((s) => [...under(checklist, s)]));
  const items = checklist.items.filter((i) => !skipped.has(i.heading));
  const headingSlugs = new Set(checklist.headings.map((h) => h.slug));
  const file: FileContext = {
    code: input.fileCode,
    migrationTool: input.migrationTool,
    types: input.types,
    checkNames: input.checkNames,
    fallbackGroup: FALLBACK_GROUP,
  };

  const gates = new Map<string, Record<string, unknown>>();
  const fill = new Map<string, FillIn[]>();
  const byKey = new Map<string, string>();
  const groups = new Map<string, string[]>([[FALLBACK_GROUP, [`@${input.org}/${FALLBACK_GROUP}`]]]);
  const links = new Map<string, string>();
  const mapped: Mapped[] = [];
  const hints: InitPlan['hints'] = [];
  const dropped: InitPlan['dropped'] = [];

  const freshId = (want: string) => {
    // Gate ids are typed in `/signoff <id>` like heading slugs: never the same word.
    let id = headingSlugs.has(want) || want === CHECKLIST_GATE_ID ? `${want}-gate` : want;
    for (let n = 2; gates.has(id); n++) id = `${want}-${n}`;
    return id;
  };

  for (const item of items) {
    const found = recognise(
      {
        id: item.id,
        text: item.text,
        source: input.lines[item.line - 1] ?? '',
        code: item.code ?? [],
        headings: headingTexts(checklist, item),
      },
      file,
    );
    let linked = false;
    for (const r of found) {
      if (r.kind !== 'hint' && item.id.length > MAX_LINK_KEY) {
        // The config cannot name an item id this long (schema/gates/checklist.json): it stays a
        // sign-off item, and the hint says how to make it linkable.
        if (!linked)
          hints.push({
            item,
            hint: {
              kind: 'hint',
              type: String(r.gate.type),
              note: `its id is longer than ${MAX_LINK_KEY} characters: give it a short one with <!-- id: … --> after the item text to link it to a gate`,
            },
          });
        break;
      }
      if (r.kind === 'hint') {
        if (!linked) hints.push({ item, hint: r });
        continue;
      }
      const p: GateProposal = r;
      const key = gateKey(p.gate);
      let id = byKey.get(key);
      if (!id) {
        const needed = Object.fromEntries(
          [...new Set([FALLBACK_GROUP, ...p.groups])].map((g) => [
            g,
            groups.get(g) ?? [`@${input.org}/${g}`],
          ]),
        );
        const candidate = freshId(p.id);
        // An extra gate (not the item's link) gets a title of its own: the item's text names the other.
        const gate = linked ? { ...p.gate, title: capitalise(p.summary).slice(0, 200) } : p.gate;
        const problem = input.validGate(candidate, gate, needed);
        if (problem) {
          dropped.push({ item, type: String(p.gate.type), problem });
          continue;
        }
        id = candidate;
        gates.set(id, gate);
        fill.set(id, p.fill);
        byKey.set(key, id);
        for (const [g, people] of Object.entries(needed)) if (!groups.has(g)) groups.set(g, people);
      }
      mapped.push({ item, gateId: id, type: String(p.gate.type), summary: p.summary, linked: !linked });
      if (!linked) links.set(item.id, id);
      linked = true;
    }
  }

  const afterDeploy = checklist.headings
    .filter(
      (h) =>
        AFTER_DEPLOY.test(h.text) &&
        !skipped.has(h.slug) &&
        !h.path.some((p) => AFTER_DEPLOY.test(checklist.headings.find((x) => x.slug === p)?.text ?? '')),
    )
    .map((heading) => {
      const inside = under(checklist, heading.slug);
      return { heading, items: items.filter((i) => inside.has(i.heading)).length };
    })
    .filter((h) => h.items > 0);

  const checklistGate: Record<string, unknown> = {
    type: 'checklist',
    title: 'Deployment checklist',
    file: input.from,
    signoff: { '*': [FALLBACK_GROUP] },
  };
  if (links.size) checklistGate.link = Object.fromEntries(links);
  if (skip.length) checklistGate.skip = skip;
  checklistGate['dismiss-stale'] = true;

  return {
    from: input.from,
    checklistGate,
    gates,
    fill,
    groups,
    links,
    skip,
    mapped,
    hints,
    dropped,
    afterDeploy,
    skippedItems: checklist.items.length - items.length,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
