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
import { EXTENDS_INFO } from './extends-info.js';
import { editDistance } from '../util/edit-distance.js';

export { extendsInfo, type ExtendsInfo } from './extends-info.js';

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

/** The shared config named by `extends`, as read by the caller (the action reads it with the token). */
export type SharedConfigInput = { source: string; text: string } | { source: string; error: string };

const EXTENDS_RE = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/([^@\s]+)@([^@\s]+)$/;

/** `owner/repo/path@ref` -> its parts, or null when it is not written like that. */
export function parseExtends(
  spec: string,
): { owner: string; repo: string; path: string; ref: string } | null {
  const m = EXTENDS_RE.exec(spec.trim());
  return m ? { owner: m[1]!, repo: m[2]!, path: m[3]!, ref: m[4]! } : null;
}

/** The `extends` value of config text, if it has one (read before the full parse, to fetch it). */
export function extendsOf(text: string): string | null {
  try {
    const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { logLevel: 'silent' });
    const v = doc.get('extends');
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/**
 * Parses and validates config text, including each gate type's own checks (which need the gate's
 * logic, loaded on demand). Throws ConfigError (never anything else) when it is invalid. With
 * `extends`, `shared` is the shared config the caller read (see parse).
 */
export async function loadConfig(
  text: string,
  file: string,
  shared?: SharedConfigInput,
): Promise<ShipgateConfig> {
  const { config, problems, position } = parse(text, file, shared);
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
export function parseConfig(text: string, file: string, shared?: SharedConfigInput): ShipgateConfig {
  const { config, problems } = parse(text, file, shared);
  if (problems.length) throw new ConfigError(sortProblems(problems));
  return config;
}

type Position = (path: (string | number)[], key?: string) => Omit<ConfigProblem, 'message'>;

interface Parsed {
  config: ShipgateConfig;
  problems: ConfigProblem[];
  position: Position;
}

/** Schema problems throw; cross-reference problems are returned with the config. */
function check(data: unknown, position: Position, extra: (c: ShipgateConfig) => PathProblem[]): Parsed {
  const problems: ConfigProblem[] = [];
  if (!validateSchema(data)) {
    for (const e of humanize(validateSchema.errors ?? [], data))
      problems.push({ ...position(e.path, e.key), message: e.message });
    throw new ConfigError(sortProblems(problems));
  }
  const config = data as ShipgateConfig;
  for (const p of [...crossChecks(config), ...extra(config)])
    problems.push({ ...position(p.path, p.key), message: p.message });
  return { config, problems, position };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * With `extends`, the shared config's gates and groups are merged under the repository's (the
 * repository's win), and its locked gates cannot be replaced, made optional or left out of an
 * environment. Problems point into the file the offending value came from. A shared config that
 * could not be read makes the gates the environments name but the repository does not define
 * `error` (see extendsInfo); the others still run.
 */
function parse(text: string, file: string, shared?: SharedConfigInput): Parsed {
  const repo = readDoc(text, file);
  const positionIn =
    (d: ParsedDoc): Position =>
    (path, key) =>
      d.at(offsetFor(d.doc, path, key));
  const spec = isObject(repo.data) && typeof repo.data.extends === 'string' ? repo.data.extends : undefined;
  if (spec === undefined) return check(repo.data, positionIn(repo), (c) => lockedOutsideShared(c, new Set()));

  const at = positionIn(repo)(['extends']);
  if (!parseExtends(spec))
    throw new ConfigError([
      {
        ...at,
        message: `extends: "${spec}" is not owner/repo/path@ref, e.g. acme/.github/shipgate/base.yml@main`,
      },
    ]);
  // The CLI (no token) and callers that did not read it: every gate it would bring is unknown.
  const input: SharedConfigInput = shared ?? {
    source: spec,
    error: 'the shipgate CLI does not read shared configs; the action reads them with its token',
  };
  const repoGates = isObject(repo.data.gates) ? repo.data.gates : {};
  const repoGroups = isObject(repo.data.groups) ? repo.data.groups : {};

  if ('error' in input) {
    const named = new Set<string>();
    if (isObject(repo.data.environments))
      for (const env of Object.values(repo.data.environments))
        if (isObject(env) && Array.isArray(env.gates))
          for (const id of env.gates)
            if (typeof id === 'string' && !Object.hasOwn(repoGates, id)) named.add(id);
    const unavailable = named.size ? [...named] : ['extends'];
    // Validated with stand-ins for the unknown gates (so environments may name them), then removed.
    const standIn = Object.fromEntries(unavailable.map((id) => [id, { type: 'manual', signoff: ['ghost'] }]));
    const parsed = check({ ...repo.data, gates: { ...standIn, ...repoGates } }, positionIn(repo), (c) =>
      lockedOutsideShared(c, new Set(unavailable)),
    );
    for (const id of unavailable) delete (parsed.config.gates as Record<string, unknown>)[id];
    EXTENDS_INFO.set(parsed.config, {
      source: spec,
      shared: new Set(unavailable),
      locked: new Set(),
      unavailable: { error: input.error, gates: unavailable },
    });
    return parsed;
  }

  const base = readDoc(input.text, input.source);
  const baseParsed = check(base.data, positionIn(base), () => []);
  if (baseParsed.problems.length) throw new ConfigError(sortProblems(baseParsed.problems));
  const baseConfig = baseParsed.config;
  if (baseConfig.extends)
    throw new ConfigError([
      {
        ...positionIn(base)(['extends']),
        message: 'extends: a shared config cannot extend another one (one level only)',
      },
    ]);
  const locked = new Set(
    Object.entries(baseConfig.gates)
      .filter(([, g]) => (g as { locked?: boolean }).locked === true)
      .map(([id]) => id),
  );
  const gates = { ...baseConfig.gates, ...repoGates };
  const groups = { ...(baseConfig.groups ?? {}), ...repoGroups };
  const merged = { ...repo.data, gates, ...(Object.keys(groups).length ? { groups } : {}) };
  const fromBase = (path: (string | number)[]) =>
    (path[0] === 'gates' && typeof path[1] === 'string' && !Object.hasOwn(repoGates, path[1])) ||
    (path[0] === 'groups' && typeof path[1] === 'string' && !Object.hasOwn(repoGroups, path[1]));
  const position: Position = (path, key) =>
    fromBase(path) ? positionIn(base)(path, key) : positionIn(repo)(path, key);
  const sharedIds = new Set(Object.keys(baseConfig.gates).filter((id) => !Object.hasOwn(repoGates, id)));
  const parsed = check(merged, position, (c) => [
    ...lockedOutsideShared(c, sharedIds),
    ...lockProblems(c, spec, baseConfig, locked, repoGates, repoGroups),
  ]);
  EXTENDS_INFO.set(parsed.config, { source: spec, shared: sharedIds, locked });
  return parsed;
}

interface ParsedDoc {
  doc: Document.Parsed;
  data: Record<string, unknown>;
  at: (offset: number | undefined) => { file: string; line: number; column: number };
}

/** YAML text -> document and data; syntax problems are a ConfigError. */
function readDoc(text: string, file: string): ParsedDoc {
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
  return { doc, data: data as Record<string, unknown>, at };
}

/** `locked` only means something in a shared config. */
function lockedOutsideShared(config: ShipgateConfig, shared: Set<string>): PathProblem[] {
  return Object.entries(config.gates)
    .filter(([id, g]) => !shared.has(id) && (g as { locked?: boolean }).locked !== undefined)
    .map(([id]) => ({
      path: ['gates', id],
      key: 'locked',
      message: `gates.${id}: locked only applies in a shared config read through extends; a repository cannot lock its own gates`,
    }));
}

/** A repository cannot remove, loosen or make optional a gate the shared config locks. */
function lockProblems(
  config: ShipgateConfig,
  source: string,
  base: ShipgateConfig,
  locked: Set<string>,
  repoGates: Record<string, unknown>,
  repoGroups: Record<string, unknown>,
): PathProblem[] {
  const out: PathProblem[] = [];
  for (const id of locked) {
    if (Object.hasOwn(repoGates, id))
      out.push({
        path: ['gates', id],
        message: `gates.${id}: this gate is locked by ${source}: the repository cannot redefine, loosen or make it optional; remove it from this file (the shared definition applies)`,
      });
  }
  for (const [env, def] of Object.entries(config.environments ?? {})) {
    const missing = [...locked].filter((id) => !def.gates.includes(id));
    if (missing.length)
      out.push({
        path: ['environments', env, 'gates'],
        message: `environments.${env}: leaves out the locked gate${missing.length > 1 ? 's' : ''} ${missing.join(', ')} from ${source}; a locked gate applies to every environment: add ${missing.length > 1 ? 'them' : 'it'} to the list`,
      });
  }
  // A group a locked gate relies on cannot be redefined: that would change who may approve or waive it.
  const usedByLocked = new Map<string, string>();
  for (const id of locked) {
    const g = base.gates[id] as unknown as Record<string, unknown>;
    for (const key of ['from', 'signoff', 'override', 'waivers'])
      if (Array.isArray(g[key])) for (const p of g[key] as string[]) usedByLocked.set(p, id);
  }
  for (const name of Object.keys(repoGroups)) {
    const gate = usedByLocked.get(name);
    if (gate && Object.hasOwn(base.groups ?? {}, name))
      out.push({
        path: ['groups', name],
        message: `groups.${name}: defined by ${source} and used by its locked gate ${gate}: the repository cannot redefine it`,
      });
  }
  return out;
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

/**
 * Turns ajv errors into one message per problem, with the allowed values spelled out.
 * Alternatives (anyOf/oneOf) make ajv report every branch plus the alternative itself ("expected
 * a string, got a mapping" next to the real problem). When the branches differ by type, the
 * value's type picks the branch the user meant: only that branch's problems are reported, or,
 * when no branch has the value's type, one "expected … or …, got …".
 */
function humanize(errors: ErrorObject[], data: unknown): PathProblem[] {
  const out: PathProblem[] = [];
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  // Paths of alternatives whose branches the value's type decides, and whether one branch has it.
  const typed = new Map<string, { branch: number | null }>();
  for (const e of alternatives) {
    const path = pointer(e.instancePath);
    const branches = alternativesOf(schemaFor(data, path), e.keyword);
    const types = branches.map(branchType);
    if (!types.length || types.some((t) => t === null) || new Set(types).size !== types.length) continue;
    const t = valueType(valueAt(data, path));
    const i = types.findIndex((bt) => bt === t || (bt === 'number' && t === 'integer'));
    typed.set(e.instancePath, { branch: i < 0 ? null : i });
  }
  const untypedAlternatives = new Set(
    alternatives.filter((e) => !typed.has(e.instancePath)).map((e) => e.instancePath),
  );
  /** The alternative at or above `instancePath` whose branch the value's type decided. */
  const decidedAbove = (instancePath: string) => {
    for (const [p, d] of typed)
      if (instancePath === p || instancePath.startsWith(`${p}/`)) return { path: p, ...d };
    return null;
  };
  for (const e of errors) {
    const path = pointer(e.instancePath);
    const name = where(path);
    // The schema object holding the failed keyword, and the offending value.
    const value = valueAt(data, path);
    const decided = decidedAbove(e.instancePath);
    let parent = schemaFor(data, path);
    if (decided) {
      if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
        if (e.instancePath !== decided.path || decided.branch !== null) continue;
        // No branch takes a value of this type: one message, naming what was given.
        const branches = alternativesOf(parent, e.keyword);
        out.push({
          path,
          message: `${name}: expected ${describeAlternatives(branches)}, got ${typeName(value)}`,
        });
        continue;
      }
      if (decided.branch === null) continue; // said by the alternative's message
      if (e.instancePath === decided.path) {
        // The other branches' complaints: their type is not the value's, which is no problem.
        if (e.keyword === 'type') continue;
        const own = new RegExp(`/(anyOf|oneOf)/${decided.branch}/`);
        if (/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath) && !own.test(e.schemaPath)) continue;
        parent = branchOf(parent, decided.branch);
      }
    }
    switch (e.keyword) {
      case 'if':
        continue; // its `then` errors are reported themselves
      case 'anyOf':
      case 'oneOf': {
        const branches = alternativesOf(parent, e.keyword);
        const needs = branches.map((b) => (b.required as string[] | undefined)?.[0]).filter(Boolean);
        if (needs.length === branches.length)
          out.push({ path, message: `${name}: needs at least one of ${needs.join(', ')}` });
        else out.push({ path, message: `${name}: expected ${describeAlternatives(branches)}` });
        continue;
      }
      default:
        if (untypedAlternatives.has(e.instancePath) && /\/(anyOf|oneOf)\//.test(e.schemaPath)) continue;
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
    // Inside an alternative, the branch of the value's type (e.g. `{ name, app }` of a require entry).
    if (!node.properties && !node.items)
      for (const k of ['anyOf', 'oneOf']) {
        const i = alternativesOf(node, k).findIndex((b) => branchType(b) === valueType(value));
        if (i >= 0) node = branchOf(node, i);
      }
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

function alternativesOf(node: SchemaNode, keyword: string): SchemaNode[] {
  return (node[keyword] as SchemaNode[] | undefined) ?? [];
}

/** One branch of an alternative, merged over the node holding it (for its keys and description). */
function branchOf(node: SchemaNode, i: number): SchemaNode {
  const branches = alternativesOf(node, node.anyOf ? 'anyOf' : 'oneOf');
  return branches[i] ? { ...node, ...deref(branches[i]) } : node;
}

/** The JSON type a branch accepts, or null when it accepts several or is not typed. */
function branchType(b: SchemaNode): string | null {
  const t = deref(b).type;
  return typeof t === 'string' ? t : null;
}

function valueType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
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
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), 2);
    // On a tie prefer a prefix of the word ("requires" -> "require").
    if (d < bestD || (d === bestD && best !== undefined && word.startsWith(c) && !word.startsWith(best))) {
      bestD = d;
      best = c;
    }
  }
  return best;
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
    (def.verify ?? []).forEach((id, i) => {
      if (!Object.hasOwn(config.gates, id)) {
        const hint = closest(id, gateIds);
        out.push({
          path: ['environments', env, 'verify', i],
          message: `environments.${env}.verify: no gate named "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; gates defined: ${gateIds.join(', ')}`,
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
    const sample = g.sample as Record<string, unknown> | undefined;
    for (const key of ['delay', 'every', 'for'] as const) {
      if (typeof sample?.[key] === 'string')
        checkDuration(out, ['gates', id, 'sample', key], sample[key] as string);
    }
    if (typeof g.timezone === 'string') checkZone(out, ['gates', id, 'timezone'], g.timezone);
    if (g.type === 'checklist') {
      // Keys name headings and items of the file (checked when it is read); values are config-wide.
      for (const [key, people] of Object.entries((g.signoff ?? {}) as Record<string, Person[]>))
        checkPeople(['gates', id, 'signoff', key], people);
      for (const [key, target] of Object.entries((g.link ?? {}) as Record<string, string>)) {
        const path = ['gates', id, 'link', key];
        const t = config.gates[target] as { type?: string } | undefined;
        if (!Object.hasOwn(config.gates, target)) {
          const hint = closest(target, gateIds);
          out.push({
            path,
            message: `${where(path)}: no gate named "${target}"${hint ? ` (did you mean "${hint}"?)` : ''}; gates defined: ${gateIds.join(', ')}`,
          });
        } else if (target === id || t?.type === 'checklist')
          out.push({ path, message: `${where(path)}: an item can be checked by a gate, not by a checklist` });
      }
    }
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
