/**
 * `metric` gate: one number, read from Prometheus (a PromQL instant query) or from a JSON API by
 * JSON Pointer, is within `min`/`max`. Pure: judges what the source measured. "No data" is never
 * "no errors": a missing, ambiguous or NaN value is `error`, which blocks (and in the verify phase
 * means "could not verify": roll back).
 */
import type { MetricGate } from '../config/schema-types.generated.js';
import { formatNumber as formatValue } from '../util/number.js';
import { sampleProblems } from './sample-check.js';
import type { Detail, EvalContext, GateConfigProblem, GateLogic, GateOutcome } from './types.js';

export interface MetricFacts {
  source: 'prometheus' | 'json';
  /** The URL as written in the config (`${{ env.X }}` not substituted, so no secret is shown). */
  target: string;
  /** The PromQL query (prometheus) or the JSON Pointer (json). */
  query: string;
  /** The number measured, or null when there is none (then `error` says why). */
  value: number | null;
  /** Labels of the one series the query returned (prometheus vectors). */
  labels?: Record<string, string>;
  /** Why no number could be read: names the cause (unreachable, 401, PromQL error, no series, NaN…). */
  error?: string;
  /** Names of the request headers sent (values are never kept). */
  headerNames?: string[];
}

function bounds(gate: MetricGate): string {
  const parts: string[] = [];
  if (gate.min !== undefined) parts.push(`min ${formatValue(gate.min)}`);
  if (gate.max !== undefined) parts.push(`max ${formatValue(gate.max)}`);
  return parts.join(', ');
}

function describeLabels(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {});
  if (!entries.length) return '';
  return `{${entries.map(([k, v]) => `${k}="${v}"`).join(', ')}}`;
}

export function evaluateMetric(gate: MetricGate, facts: MetricFacts, _ctx: EvalContext): GateOutcome {
  const details: Detail[] = [
    {
      kind: 'table',
      columns: ['Source', 'Value', 'Bounds'],
      rows: [
        [
          `${facts.source === 'prometheus' ? 'Prometheus' : 'JSON'} ${facts.target}`,
          facts.value === null ? '-' : `${formatValue(facts.value)}${describeLabels(facts.labels)}`,
          bounds(gate) || 'none',
        ],
      ],
    },
    { kind: 'text', text: facts.source === 'prometheus' ? 'Query:' : 'JSON Pointer:' },
    { kind: 'code', text: facts.query },
  ];
  if (facts.headerNames?.length)
    details.push({ kind: 'text', text: `Headers sent: ${facts.headerNames.join(', ')} (values hidden).` });
  if (facts.value === null || facts.error)
    return {
      status: 'error',
      summary: `could not measure: ${facts.error ?? 'no value'}`,
      details,
    };
  const v = facts.value;
  if (Number.isNaN(v)) return { status: 'error', summary: 'could not measure: the value is NaN', details };
  const shown = formatValue(v);
  const problems: string[] = [];
  if (gate.max !== undefined && !(v <= gate.max)) problems.push(`above max ${formatValue(gate.max)}`);
  if (gate.min !== undefined && !(v >= gate.min)) problems.push(`below min ${formatValue(gate.min)}`);
  const value = { value: v };
  if (problems.length)
    return { status: 'fail', summary: `${shown}, ${problems.join(' and ')}`, details, ...value };
  return { status: 'pass', summary: `${shown} (${bounds(gate)})`, details, ...value };
}

export function explainMetric(gate: MetricGate): string[] {
  const lines: string[] = [];
  if (gate.prometheus) {
    lines.push(`Source: Prometheus at ${gate.prometheus.url} (GET /api/v1/query, an instant query).`);
    lines.push(`Query: ${gate.query ?? '(missing)'}`);
    const h = Object.keys(gate.prometheus.headers ?? {});
    if (h.length) lines.push(`Headers: ${h.join(', ')} (values hidden).`);
  } else if (gate.json) {
    lines.push(
      `Source: JSON from ${gate.json.url}, the number at ${gate.json.pointer || '(the whole body)'}.`,
    );
    const h = Object.keys(gate.json.headers ?? {});
    if (h.length) lines.push(`Headers: ${h.join(', ')} (values hidden).`);
  }
  lines.push(`Passes when the value is within ${bounds(gate) || 'no bounds'}.`);
  lines.push(
    'No series, more than one series, NaN, a non-number, or any error from the source is an error (blocks; in the verify phase: roll back).',
  );
  return lines;
}

/** Source, query and bounds the schema cannot tie together. */
function metricProblems(gate: MetricGate): GateConfigProblem[] {
  const g = gate as unknown as Record<string, unknown>;
  const out: GateConfigProblem[] = [];
  const hasProm = g.prometheus !== undefined;
  const hasJson = g.json !== undefined;
  if (hasProm && hasJson)
    out.push({ path: ['json'], message: 'use either prometheus (with query) or json, not both' });
  else if (!hasProm && !hasJson)
    out.push({
      path: [],
      message:
        'needs a source: prometheus: { url } with query, or json: { url, pointer } (e.g. json: { url: "https://status.example.com/api", pointer: /data/0/value })',
    });
  if (hasProm && g.query === undefined)
    out.push({
      path: ['prometheus'],
      message: 'prometheus needs a query, e.g. query: sum(rate(http_requests_total{code=~"5.."}[5m]))',
    });
  if (!hasProm && g.query !== undefined)
    out.push({
      path: ['query'],
      message: 'query is a PromQL query for prometheus; a json source reads its number by pointer',
    });
  if (g.min === undefined && g.max === undefined)
    out.push({ path: [], message: 'needs min or max (or both): the bounds the value must stay within' });
  if (typeof g.min === 'number' && typeof g.max === 'number' && g.min > g.max)
    out.push({ path: ['min'], message: `min ${g.min} is greater than max ${g.max}: no value could pass` });
  return out;
}

export const gate: GateLogic<'metric', MetricFacts> = {
  evaluate: evaluateMetric,
  explain: explainMetric,
  check: (g) => [
    ...metricProblems(g),
    ...(g.sample ? sampleProblems(g.sample as unknown as Record<string, unknown>) : []),
  ],
};
