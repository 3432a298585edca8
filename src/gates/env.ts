/**
 * The `env` gate: the configuration the deploy needs is in the step's environment, and no value is
 * empty, a placeholder left from a template, or off its pattern. Values never leave the source:
 * it inspects them with `inspectValue` (pure, here) and hands over only names and findings.
 */
import type { EnvGate } from '../config/schema-types.generated.js';
import type { Detail, EvalContext, GateConfigProblem, GateLogic, GateOutcome } from './types.js';

export type EnvProblem = 'missing' | 'empty' | 'placeholder' | 'mismatch';

export interface EnvVarFact {
  name: string;
  /** The `require` or `match` entry that asked for it. */
  wanted: string;
  problem: EnvProblem | null;
  /** For placeholder and mismatch: which rule (never the value). */
  reason?: string;
}

export interface EnvFacts {
  vars: EnvVarFact[];
  /** Globs in `require` that no variable of the environment matches. */
  unmatched: string[];
}

export interface PlaceholderRule {
  test: RegExp;
  label: string;
}

/** Values that templates and examples ship with, and that must not reach production. */
export const DEFAULT_PLACEHOLDERS: readonly PlaceholderRule[] = [
  { test: /^your[-_ .]/i, label: 'starts with "your-"' },
  { test: /^<[^<>]*>$|<[a-z][\w .-]*>/i, label: 'holds a <…> placeholder' },
  {
    test: /change[-_ ]?me|changeit|replace[-_ ]?(?:me|this)|fill[-_ ]?me[-_ ]?in|insert[-_ ]?here/i,
    label: 'says "changeme"',
  },
  { test: /(?:^|[^a-z0-9])x{3,}(?:$|[^a-z0-9])/i, label: 'holds "xxx"' },
  { test: /\b(?:todo|tbd|fixme)\b/i, label: 'says TODO' },
  { test: /(?:^|[^a-z0-9-])example\.(?:com|org|net)\b|\.example(?:$|[:/])/i, label: 'points at example.com' },
  {
    test: /^(?:placeholder|dummy|sample|secret|password|passw0rd|changeit|null|undefined|n\/a|test|\.{3}|…|-+|\*+)$/i,
    label: 'is a placeholder word',
  },
  { test: /\$\{\{.*\}\}/, label: 'is an unexpanded ${{ … }} expression' },
  { test: /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/, label: 'is an unexpanded $VARIABLE' },
];

export type ValueRules = { placeholders: readonly PlaceholderRule[]; match: { key: string; re: RegExp }[] };

/** Turns a name glob (`STRIPE_*`, `DB_?`) into an anchored regular expression. */
export function nameGlob(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export const isGlob = (p: string) => /[*?]/.test(p);

/**
 * The placeholder and match rules of a gate. Throws an Error with a message for the first
 * regular expression that does not compile (the loader reports it as a config problem).
 */
export function valueRules(gate: EnvGate): ValueRules {
  const compile = (src: string, where: string): RegExp => {
    try {
      return new RegExp(src, 'u');
    } catch (e) {
      throw new Error(`${where}: "${src}" is not a valid regular expression (${(e as Error).message})`);
    }
  };
  const p = gate.placeholders ?? 'default';
  let placeholders: PlaceholderRule[] = [];
  if (p === 'default') placeholders = [...DEFAULT_PLACEHOLDERS];
  else if (Array.isArray(p)) {
    for (const [i, src] of p.entries()) {
      if (src === 'default') placeholders.push(...DEFAULT_PLACEHOLDERS);
      else
        placeholders.push({
          test: compile(src, `placeholders[${i}]`),
          label: `matches placeholder pattern /${src}/`,
        });
    }
  }
  const match = Object.entries(gate.match ?? {}).map(([key, src]) => ({
    key,
    re: compile(src, `match.${key}`),
  }));
  return { placeholders, match };
}

/** What is wrong with one value, if anything. The value itself never appears in the answer. */
export function inspectValue(
  name: string,
  value: string | undefined,
  rules: ValueRules,
): { problem: EnvProblem | null; reason?: string } {
  if (value === undefined) return { problem: 'missing' };
  if (value.trim() === '') return { problem: 'empty' };
  const trimmed = value.trim();
  for (const rule of rules.placeholders) {
    if (rule.test.test(trimmed)) return { problem: 'placeholder', reason: rule.label };
  }
  for (const m of rules.match) {
    if ((isGlob(m.key) ? nameGlob(m.key).test(name) : m.key === name) && !m.re.test(value)) {
      return { problem: 'mismatch', reason: `does not match /${m.re.source}/` };
    }
  }
  return { problem: null };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function evaluate(_gate: EnvGate, facts: EnvFacts, _ctx: EvalContext): GateOutcome {
  const bad = facts.vars.filter((v) => v.problem !== null);
  const ok = facts.vars.filter((v) => v.problem === null);
  const details: Detail[] = [];
  const rows = [
    ...facts.unmatched.map((g) => [g, 'missing: no variable matches']),
    ...bad.map((v) => [
      v.name,
      v.problem === 'missing'
        ? 'missing'
        : v.problem === 'empty'
          ? 'empty'
          : v.problem === 'placeholder'
            ? `placeholder: ${v.reason}`
            : `wrong format: ${v.reason}`,
    ]),
  ];
  if (rows.length > 0) details.push({ kind: 'table', columns: ['Variable', 'Problem'], rows });
  if (ok.length > 0)
    details.push({ kind: 'text', text: `Set and plausible: ${ok.map((v) => v.name).join(', ')}.` });
  details.push({
    kind: 'text',
    text: 'Values are never shown. Pass the variables to the shipgate step’s env from the deployment environment’s secrets and variables, as the deploy step gets them.',
  });
  const problems = facts.unmatched.length + bad.length;
  if (problems > 0) {
    const groups: string[] = [];
    const names = (p: EnvProblem) => bad.filter((v) => v.problem === p).map((v) => v.name);
    const missing = [...facts.unmatched, ...names('missing')];
    if (missing.length > 0) groups.push(`missing ${missing.join(', ')}`);
    if (names('empty').length > 0) groups.push(`empty ${names('empty').join(', ')}`);
    if (names('placeholder').length > 0) groups.push(`placeholder ${names('placeholder').join(', ')}`);
    if (names('mismatch').length > 0) groups.push(`wrong format ${names('mismatch').join(', ')}`);
    return {
      status: 'fail',
      summary: `${plural(problems, 'variable')} not ready: ${groups.join('; ')}`,
      details,
    };
  }
  return {
    status: 'pass',
    summary: `All ${plural(ok.length, 'required variable')} set, none a placeholder`,
    details,
  };
}

export function explain(gate: EnvGate): string[] {
  const p = gate.placeholders ?? 'default';
  return [
    `Requires these environment variables of the shipgate step: ${gate.require.join(', ')} (a glob needs at least one match; every match is checked).`,
    'A variable that is unset or blank fails.',
    p === 'none'
      ? 'Placeholder values are not checked (placeholders: none).'
      : `A value that looks like a placeholder fails (${(Array.isArray(p) ? p : ['default']).map((x) => (x === 'default' ? `built-in: ${DEFAULT_PLACEHOLDERS.map((r) => r.label).join(', ')}` : `/${x}/`)).join('; ')}).`,
    ...Object.entries(gate.match ?? {}).map(([k, re]) => `${k} must match /${re}/.`),
    'Values are never printed, logged or put in outputs; on GitHub each one is masked in the log.',
  ];
}

/** Every pattern that does not compile, pointed at where it is written. */
function check(config: EnvGate): GateConfigProblem[] {
  const out: GateConfigProblem[] = [];
  const bad = (src: string): string | null => {
    try {
      new RegExp(src, 'u');
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };
  const p = config.placeholders;
  if (Array.isArray(p)) {
    p.forEach((src, i) => {
      const why = src === 'default' ? null : bad(src);
      if (why)
        out.push({
          path: ['placeholders', i],
          message: `"${src}" is not a valid regular expression (${why})`,
        });
    });
  }
  for (const [key, src] of Object.entries(config.match ?? {})) {
    const why = bad(src);
    if (why)
      out.push({ path: ['match', key], message: `"${src}" is not a valid regular expression (${why})` });
  }
  return out;
}

export const gate: GateLogic<'env', EnvFacts> = { evaluate, explain, check };
