/**
 * Per-gate checks the JSON Schema cannot express, reported by the loader with line:column.
 * Each returns paths relative to the gate.
 */
import type { GateConfig } from './load-config.js';
import type { WindowGate } from './schema-types.generated.js';
import { validateWindowGate } from '../gates/window.js';

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
        out.push({
          path: ['allow', i, 'expires'],
          message: `"${entry.expires}" is not a real date; expected YYYY-MM-DD`,
        });
    });
  }
  if (gate.type === 'window') {
    // Point each problem at the rule or freeze entry it names, else at the gate.
    const allow = (g.allow as string[] | undefined) ?? [];
    for (const message of validateWindowGate(gate as unknown as WindowGate)) {
      const rule = allow.findIndex((r) => message.startsWith(`allow rule "${r}"`));
      const freeze = /^freeze (\d+)/.exec(message);
      const path =
        rule >= 0
          ? ['allow', rule]
          : freeze
            ? ['freeze', Number(freeze[1]) - 1]
            : /time ?zone/i.test(message)
              ? ['timezone']
              : [];
      if (path[0] === 'timezone') continue; // reported by the loader's own time zone check
      out.push({ path, message });
    }
  }
  return out;
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}
