/**
 * Validation of REST requests and responses against GitHub's official OpenAPI description
 * (the subset extracted by scripts/extract-openapi.mjs into openapi-subset.json).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Record<string, unknown>;
}
export interface OpenApiOperation {
  operationId: string;
  parameters: OpenApiParameter[];
  requestBody: { required: boolean; schema: Record<string, unknown> | null } | null;
  responses: Record<string, Record<string, unknown> | null>;
}
export interface OpenApiSubset {
  source: { package: string; version: string; openapi: string; plan: string };
  operations: Record<string, OpenApiOperation>;
}

let subset: OpenApiSubset | undefined;
export function openApiSubset(): OpenApiSubset {
  subset ??= JSON.parse(
    readFileSync(new URL('./openapi-subset.json', import.meta.url), 'utf8'),
  ) as OpenApiSubset;
  return subset;
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    // The formats the subset uses (ajv-formats is not a dependency).
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
    ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
    });
    ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
    ajv.addFormat('uri-template', true);
    ajv.addFormat('binary', true);
  }
  return ajv;
}

function validator(key: string, schema: Record<string, unknown>): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = getAjv().compile(schema);
    compiled.set(key, v);
  }
  return v;
}

function describe(v: ValidateFunction): string[] {
  return (v.errors ?? [])
    .slice(0, 10)
    .map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params ? ' ' + JSON.stringify(e.params) : ''}`,
    );
}

/** Problems of a response body for `op` + status; [] when it matches the description. */
export function validateResponse(opKey: string, status: number, body: unknown): string[] {
  const op = openApiSubset().operations[opKey];
  if (!op) return [`operation ${opKey} is not in the OpenAPI subset`];
  const declared = Object.prototype.hasOwnProperty.call(op.responses, String(status));
  if (!declared) {
    // GitHub's description omits the generic auth/rate-limit/server errors on most operations.
    if (status >= 400) return [];
    return [
      `status ${status} is not a documented response of ${opKey} (documented: ${Object.keys(op.responses).join(', ')})`,
    ];
  }
  const schema = op.responses[String(status)];
  if (!schema)
    return body === undefined || body === null || status >= 400
      ? []
      : [`${opKey} ${status} documents no body, but one was sent`];
  const v = validator(`res:${opKey}:${status}`, schema);
  return v(body) ? [] : describe(v).map((m) => `response ${status} body: ${m}`);
}

/** Problems of a request body; [] when it matches. */
export function validateRequestBody(opKey: string, body: unknown): string[] {
  const op = openApiSubset().operations[opKey];
  if (!op?.requestBody) return body === undefined ? [] : [];
  if (body === undefined) return op.requestBody.required ? ['request body is required'] : [];
  if (!op.requestBody.schema) return [];
  const v = validator(`req:${opKey}`, op.requestBody.schema);
  return v(body) ? [] : describe(v).map((m) => `request body: ${m}`);
}

/** Problems of the query string (unknown parameters are ignored, like GitHub). */
export function validateQuery(opKey: string, query: URLSearchParams): string[] {
  const op = openApiSubset().operations[opKey];
  if (!op) return [];
  const problems: string[] = [];
  for (const p of op.parameters) {
    if (p.in !== 'query') continue;
    const raw = query.get(p.name);
    if (raw === null) {
      if (p.required) problems.push(`query parameter ${p.name} is required`);
      continue;
    }
    let value: unknown = raw;
    if (p.schema['type'] === 'integer') value = /^-?\d+$/.test(raw) ? Number(raw) : raw;
    if (p.schema['type'] === 'boolean') value = raw === 'true' ? true : raw === 'false' ? false : raw;
    const v = validator(`q:${opKey}:${p.name}`, p.schema);
    if (!v(value)) problems.push(...describe(v).map((m) => `query parameter ${p.name}=${raw}: ${m}`));
  }
  return problems;
}
