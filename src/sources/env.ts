/**
 * Source of the `env` gate: reads the step's environment and inspects each required value with
 * the gate's pure rules. Only names and findings leave this file; on GitHub every value read is
 * registered as a secret first (masked with ::add-mask:: and redacted from everything shipgate
 * writes), so a later step or an error cannot print it either.
 */
import type { EnvGate } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import { inspectValue, isGlob, nameGlob, valueRules, type EnvFacts, type EnvVarFact } from '../gates/env.js';
import type { CollectContext } from './types.js';

export async function collect(gate: EnvGate, ctx: CollectContext): Promise<EnvFacts> {
  let rules;
  try {
    rules = valueRules(gate);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  const present = Object.keys(ctx.env)
    .filter((k) => ctx.env[k] !== undefined)
    .sort();
  const facts: EnvFacts = { vars: [], unmatched: [] };
  const seen = new Set<string>();
  const wanted = [...gate.require, ...Object.keys(gate.match ?? {}).filter((k) => !gate.require.includes(k))];
  for (const entry of wanted) {
    const names = isGlob(entry) ? present.filter((n) => nameGlob(entry).test(n)) : [entry];
    if (names.length === 0) {
      facts.unmatched.push(entry);
      continue;
    }
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      const value = ctx.env[name];
      if (value !== undefined && value.length >= 4) ctx.secrets?.add(value);
      const found: EnvVarFact = { name, wanted: entry, ...inspectValue(name, value, rules) };
      facts.vars.push(found);
    }
  }
  return facts;
}
