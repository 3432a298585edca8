/**
 * Per-gate checks the JSON Schema cannot express, reported by the loader with line:column.
 * Each returns paths relative to the gate.
 */
import type { GateConfig } from './load-config.js';

export interface GateProblem {
  path: (string | number)[];
  message: string;
}

export function gateProblems(gate: GateConfig): GateProblem[] {
  const out: GateProblem[] = [];
  const g = gate as unknown as Record<string, unknown>;
  if (gate.type === 'checks' && Array.isArray(g.require)) {
    (g.require as string[]).forEach((name, i) => {
      if (!name.trim()) out.push({ path: ['require', i], message: 'a required check name cannot be blank' });
    });
  }
  if (gate.type === 'audit' && Array.isArray(g.allow)) {
    (g.allow as { expires?: string }[]).forEach((entry, i) => {
      if (entry.expires !== undefined && !isRealDate(entry.expires))
        out.push({ path: ['allow', i, 'expires'], message: `"${entry.expires}" is not a real date; expected YYYY-MM-DD` });
    });
  }
  if (gate.type === 'window' && Array.isArray(g.freeze)) {
    (g.freeze as { from: string; to: string }[]).forEach((f, i) => {
      for (const key of ['from', 'to'] as const) {
        if (!isRealDate(f[key].slice(0, 10))) out.push({ path: ['freeze', i, key], message: `"${f[key]}" is not a real date` });
      }
      if (f.from.replace(' ', 'T') > f.to.replace(' ', 'T') && f.to.length >= f.from.length)
        out.push({ path: ['freeze', i], message: `freeze ends (${f.to}) before it starts (${f.from})` });
    });
  }
  return out;
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
