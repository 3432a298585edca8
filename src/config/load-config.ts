/**
 * Reads `.github/shipgate.yml`: YAML -> JSON Schema (schema/shipgate.schema.json, compiled at build
 * time) -> cross-reference checks. Every problem names file:line:column and what was expected.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { ErrorObject } from 'ajv';
import validateSchema, { schema as rootSchema } from './validate.generated.js';
import type { Gate, Person, ShipgateConfig } from './schema-types.generated.js';
import { parseDuration } from '../util/duration.js';
import { UserError } from '../errors.js';
import type { GateType } from '../gates/types.js';
import { loadGates } from '../gates/registry.js';

/** A gate config, typed by its `type`. */
export type GateConfig = Gate & { type: GateType };

export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Bad config: one or more problems, each with a position. Exit code 2 in the CLI. */
export class ConfigError extends UserError {
  override name = 'ConfigError';
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

const MAX_BYTES = 1024 * 1024;

/**
 * Parses and validates config text, including each gate type's own checks (which need the gate's
 * logic, loaded on demand). Throws ConfigError (never anything else) when it is invalid.
 */
export async function loadConfig(text: string, file: string): Promise<ShipgateConfig> {
  const { config, problems, position } = parse(text, file);
  const gates = Object.entries(config.gates) as [string, GateConfig][];
  const logic = await loadGates(
    gates.map(([, g]) => g.type),
    { logicOnly: true },
  );
  for (const [id, gate] of gates) {
    for (const p of logic.get(gate.type)!.logic.check?.(gate as never) ?? [])
      problems.push({ ...position(['gates', id, ...p.path]), message: `gates.${id}: ${p.message}` });
  }
  if (problems.length) throw new ConfigError(sortProblems(problems));
  return config;
}

/**
 * Parses and validates config text against the schema and the cross-references between sections,
 * without the gate types' own checks (`loadConfig` adds those). Throws ConfigError when invalid.
 */
export function parseConfig(text: string, file: string): ShipgateConfig {
  const { config, problems } = parse(text, file);
  if (problems.length) throw new ConfigError(sortProblems(problems));
  return config;
}

/** Schema problems throw; cross-reference problems are returned with the config. */
function parse(
  text: string,
  file: string,
): {
  config: ShipgateConfig;
  problems: ConfigProblem[];
  position: (path: (string | number)[]) => Omit<ConfigProblem, 'message'>;
} {
  const problems: ConfigProblem[] = [];
  if (text.length > MAX_BYTES)
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        message: `the config is larger than 1 MiB (${text.length} bytes); it cannot be a checklist`,
      },
    ]);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  } catch (e) {
    throw new ConfigError([
      { file, line: 1, column: 1, message: `cannot parse YAML: ${(e as Error).message}` },
    ]);
  }
  // Line starts counted here: yaml's LineCounter misses line breaks it skips while recovering from
  // a syntax error, and then reports lines that are too small (and columns past the line's end).
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number | undefined) => {
    const o = Math.max(0, Math.min(offset ?? 0, source.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, column: o - lineStarts[lo]! + 1 };
  };
  for (const err of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
    problems.push({
      ...at(err.pos[0]),
      message: `YAML ${doc.errors.includes(err as never) ? 'syntax error' : 'problem'}: ${firstLine(err.message)}`,
    });
  }
  if (problems.length) throw new ConfigError(problems);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 200 });
  } catch (e) {
    // e.g. an alias to an unknown anchor (`*x`), or an alias bomb past maxAliasCount.
    const node = findAliasNode(doc);
    throw new ConfigError([
      { ...at(node?.range?.[0]), message: `YAML problem: ${firstLine((e as Error).message)}` },
    ]);
  }
  if (data === null || data === undefined)
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        message: 'the config is empty: expected a mapping with `version: 1` and `gates:`',
      },
    ]);

  if (!validateSchema(data)) {
    for (const e of humanize(validateSchema.errors ?? [], data)) {
      problems.push({ ...at(offsetFor(doc, e.path, e.key)), message: e.message });
    }
    throw new ConfigError(sortProblems(problems));
  }
  const config = data as ShipgateConfig;
  for (const p of crossChecks(config))
    problems.push({ ...at(offsetFor(doc, p.path, p.key)), message: p.message });
  return { config, problems, position: (path) => at(offsetFor(doc, path)) };
}

function firstLine(s: string): string {
  // The YAML library runs out of stack on thousands of nested levels; say what that means.
  if (/maximum call stack/i.test(s))
    return 'the document is nested too deeply (thousands of levels of [, { or -)';
  return s.split('\n')[0]!.trim();
}

function sortProblems(ps: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return ps
    .filter((p) => {
      const k = formatProblem(p);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

interface PathProblem {
  /** Path of the value in the document. */
  path: (string | number)[];
  /** When the problem is a key of the mapping at `path`, the key (points at the key, not the value). */
  key?: string;
  message: string;
}

function where(path: (string | number)[]): string {
  return path.length ? path.join('.') : 'top level';
}

function pointer(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Turns ajv errors into one message per problem, with the allowed values spelled out. */
function humanize(errors: ErrorObject[], data: unknown): PathProblem[] {
  const out: PathProblem[] = [];
  // anyOf alternatives report each branch; keep one message for the anyOf itself.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const e of errors) {
    const path = pointer(e.instancePath);
    const name = where(path);
    // The schema object holding the failed keyword, and the offending value.
    const parent = schemaFor(data, path);
    const value = valueAt(data, path);
    switch (e.keyword) {
      case 'if':
        continue; // its `then` errors are reported themselves
      case 'anyOf': {
        const branches = (parent.anyOf as Record<string, unknown>[] | undefined) ?? [];
        const needs = branches.map((b) => (b.required as string[] | undefined)?.[0]).filter(Boolean);
        if (needs.length === branches.length)
          out.push({ path, message: `${name}: needs at least one of ${needs.join(', ')}` });
        else out.push({ path, message: `${name}: expected ${describeAlternatives(branches)}` });
        continue;
      }
      default:
        if (anyOfPaths.has(e.instancePath) && e.schemaPath.includes('/anyOf/')) continue;
    }
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys((parent.properties as object) ?? {});
        const hint = closest(key, allowed);
        out.push({
          path,
          key,
          message:
            `${name}: unknown key "${key}"` +
            (hint ? ` (did you mean "${hint}"?)` : '') +
            (allowed.length ? `; allowed: ${allowed.join(', ')}` : ''),
        });
        break;
      }
      case 'required':
        out.push({
          path,
          message: `${name}: missing required key "${(e.params as { missingProperty: string }).missingProperty}"`,
        });
        break;
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
        const what =
          path[path.length - 1] === 'type' && path[0] === 'gates' ? 'unknown gate type' : 'unexpected value';
        out.push({
          path,
          message: `${name}: ${what} ${JSON.stringify(value)}; expected one of ${allowed.map(String).join(', ')}`,
        });
        break;
      }
      case 'const':
        out.push({
          path,
          message: `${name}: must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`,
        });
        break;
      case 'type':
        out.push({
          path,
          message: `${name}: expected ${article((e.params as { type: string }).type)}, got ${typeName(value)}`,
        });
        break;
      case 'pattern': {
        const desc =
          typeof parent.description === 'string'
            ? parent.description
            : `text matching ${(e.params as { pattern: string }).pattern}`;
        const label = e.propertyName !== undefined ? `key "${e.propertyName}"` : JSON.stringify(value);
        out.push({
          path,
          key: e.propertyName,
          message: `${name}: invalid ${label}; expected ${lowerFirst(desc)}`,
        });
        break;
      }
      case 'propertyNames':
        continue; // the pattern error on the name says it better
      case 'maxLength':
      case 'minLength':
      case 'minItems':
      case 'maxItems':
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'minProperties':
      case 'uniqueItems':
        out.push({ path, key: e.propertyName, message: `${name}: ${e.message ?? 'invalid'}` });
        break;
      default:
        out.push({ path, message: `${name}: ${e.message ?? 'invalid'}` });
    }
  }
  return out;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v = data;
  for (const seg of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

type SchemaNode = Record<string, unknown>;

function deref(node: SchemaNode): SchemaNode {
  let n = node;
  for (let i = 0; i < 10 && typeof n.$ref === 'string'; i++) {
    const name = (n.$ref as string).replace('#/definitions/', '');
    n = (rootSchema.definitions as Record<string, SchemaNode>)[name] ?? {};
  }
  return n;
}

/**
 * The schema that applies to the value at `path`, following $ref, and for a gate the branch of
 * its `type` (the standalone validator reports keyword paths relative to each compiled part, so
 * they cannot be looked up directly).
 */
function schemaFor(data: unknown, path: (string | number)[]): SchemaNode {
  let node = deref(rootSchema as SchemaNode);
  let value = data;
  const branch = () => {
    const type = value && typeof value === 'object' ? (value as Record<string, unknown>).type : undefined;
    for (const part of (node.allOf as SchemaNode[] | undefined) ?? []) {
      const want = ((part.if as SchemaNode | undefined)?.properties as Record<string, SchemaNode> | undefined)
        ?.type?.const;
      if (want !== undefined && want === type) node = { ...node, ...deref(part.then as SchemaNode) };
    }
  };
  branch();
  for (const seg of path) {
    const props = node.properties as Record<string, SchemaNode> | undefined;
    let next: SchemaNode | undefined;
    if (typeof seg === 'number') next = node.items as SchemaNode | undefined;
    else
      next =
        props?.[seg] ??
        (typeof node.additionalProperties === 'object'
          ? (node.additionalProperties as SchemaNode)
          : undefined);
    if (!next) return {};
    node = deref(next);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
    branch();
  }
  return node;
}

function describeAlternatives(branches: Record<string, unknown>[]): string {
  const kinds = branches.map((b) => {
    if (b.$ref === '#/definitions/glob' || b.type === 'string') return 'a string';
    if (b.type === 'array') return 'a list';
    if (b.type === 'integer') return 'a whole number';
    if (typeof b.type === 'string') return article(b.type);
    return 'a value';
  });
  return [...new Set(kinds)].join(' or ');
}

function article(type: string): string {
  const t =
    type === 'object' ? 'mapping' : type === 'array' ? 'list' : type === 'integer' ? 'whole number' : type;
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Levenshtein-closest candidate within distance 2, for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    // On a tie prefer a prefix of the word ("requires" -> "require").
    if (d < bestD || (d === bestD && best !== undefined && word.startsWith(c) && !word.startsWith(best))) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** Checks the schema cannot express: references between sections, durations, time zones. */
function crossChecks(config: ShipgateConfig): PathProblem[] {
  const out: PathProblem[] = [];
  const gateIds = Object.keys(config.gates);
  const groups = config.groups ?? {};
  for (const [env, def] of Object.entries(config.environments ?? {})) {
    def.gates.forEach((id, i) => {
      if (!Object.hasOwn(config.gates, id)) {
        const hint = closest(id, gateIds);
        out.push({
          path: ['environments', env, 'gates', i],
          message: `environments.${env}: no gate named "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; gates defined: ${gateIds.join(', ')}`,
        });
      }
    });
    if (def.wait !== undefined) checkDuration(out, ['environments', env, 'wait'], def.wait);
  }
  if (config.defaults?.wait !== undefined) checkDuration(out, ['defaults', 'wait'], config.defaults.wait);
  if (config.defaults?.timezone !== undefined)
    checkZone(out, ['defaults', 'timezone'], config.defaults.timezone);

  const checkPeople = (path: (string | number)[], people: readonly Person[] | undefined) => {
    people?.forEach((p, i) => {
      if (p.startsWith('@') || Object.hasOwn(groups, p)) return;
      const near = closest(p, Object.keys(groups));
      if (near)
        out.push({
          path: [...path, i],
          message: `${where(path)}: no group named "${p}" (did you mean "${near}"?); groups defined: ${Object.keys(groups).join(', ')}`,
        });
    });
  };
  for (const [name, people] of Object.entries(groups)) checkPeople(['groups', name], people);
  checkPeople(['defaults', 'waivers'], config.defaults?.waivers);
  for (const [id, gate] of Object.entries(config.gates)) {
    const g = gate as unknown as Record<string, unknown>;
    for (const key of ['from', 'signoff', 'override', 'waivers'] as const) {
      if (Array.isArray(g[key])) checkPeople(['gates', id, key], g[key] as Person[]);
    }
    for (const key of ['wait', 'timeout', 'interval', 'max-age', 'soak'] as const) {
      if (typeof g[key] === 'string') checkDuration(out, ['gates', id, key], g[key] as string);
    }
    if (typeof g.timezone === 'string') checkZone(out, ['gates', id, 'timezone'], g.timezone);
  }
  return out;
}

function checkDuration(out: PathProblem[], path: (string | number)[], text: string) {
  const ms = parseDuration(text);
  if (ms === null)
    out.push({
      path,
      message: `${where(path)}: invalid duration "${text}"; expected e.g. 30s, 15m, 1h or 1h30m`,
    });
}

function checkZone(out: PathProblem[], path: (string | number)[], zone: string) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    out.push({
      path,
      message: `${where(path)}: unknown time zone "${zone}"; expected an IANA name such as Europe/Berlin, America/New_York or UTC`,
    });
  }
}

/** Source offset of the value at `path` (or of the key `key` inside it), for line:column. */
function offsetFor(doc: Document, path: (string | number)[], key?: string): number | undefined {
  let node: unknown = doc.contents;
  let last: Node | undefined = doc.contents ?? undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (!pair) break;
      node = pair.value;
      if (pair.value && (pair.value as Node).range) last = pair.value as Node;
      else if (isScalar(pair.key)) last = pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (!item) break;
      node = item;
      last = item as Node;
    } else break;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key)) return pair.key.range?.[0];
  }
  return last?.range?.[0];
}

function findAliasNode(doc: Document): Node | undefined {
  let found: Node | undefined;
  const visit = (n: unknown) => {
    if (found || !n || typeof n !== 'object') return;
    const node = n as Node & { source?: string; items?: unknown[]; key?: unknown; value?: unknown };
    if ((node as { type?: string }).type === 'ALIAS' || node.constructor?.name === 'Alias') {
      found = node;
      return;
    }
    if (Array.isArray(node.items)) node.items.forEach(visit);
    if ('key' in node) visit(node.key);
    if ('value' in node) visit(node.value);
  };
  visit(doc.contents);
  return found;
}
