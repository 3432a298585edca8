#!/usr/bin/env node
// Extracts the GitHub REST operations the fake GitHub server (`__tests__/fake-github`) serves
// from GitHub's official OpenAPI description (`@octokit/openapi`, NOT a project dependency) into
// the committed `__tests__/fake-github/openapi-subset.json`:
//   - every `$ref` resolved and inlined (parameters, request bodies, responses, schemas),
//   - OpenAPI 3.0 `nullable: true` turned into JSON Schema (`type: [..., "null"]` / `anyOf`),
//   - descriptions, examples and `x-*` extensions dropped to keep the file small.
//
// Usage:
//   npm install --prefix /tmp/openapi @octokit/openapi
//   node scripts/extract-openapi.mjs [/tmp/openapi/node_modules/@octokit/openapi]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations we serve: `METHOD path` exactly as in the description. */
const OPERATIONS = [
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/commits/{ref}/status',
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  // Release management: environment approvals, promotion order, the shipgate check run.
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
  'GET /repos/{owner}/{repo}/environments/{environment_name}',
  'GET /repos/{owner}/{repo}/deployments',
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
];

const pkgDir = process.argv[2] ?? '/tmp/openapi/node_modules/@octokit/openapi';
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const spec = JSON.parse(readFileSync(join(pkgDir, 'generated', 'api.github.com.json'), 'utf8'));

const DROP = new Set(['description', 'example', 'examples', 'externalDocs', 'discriminator', 'xml', 'title', 'deprecated', 'readOnly', 'writeOnly', 'summary']);

function lookup(ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node = spec;
  for (const part of ref.slice(2).split('/')) {
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node;
}

/** Resolve `$ref`s recursively (cycle-safe) and drop documentation-only keywords. */
function inline(node, stack = []) {
  if (Array.isArray(node)) return node.map((n) => inline(n, stack));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (stack.includes(node.$ref)) throw new Error(`recursive $ref ${node.$ref} (${stack.join(' > ')})`);
    return inline(lookup(node.$ref), [...stack, node.$ref]);
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-')) continue;
    // `properties` maps names to schemas: a property may be called "description" or "title".
    if (k === 'properties') {
      out.properties = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, inline(s, stack)]));
      continue;
    }
    if (DROP.has(k)) continue;
    out[k] = inline(v, stack);
  }
  return out;
}

/** OpenAPI 3.0 `nullable` -> JSON Schema, applied bottom-up over an inlined schema. */
function denull(s) {
  if (Array.isArray(s)) return s.map(denull);
  if (s === null || typeof s !== 'object') return s;
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties') out.properties = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, denull(x)]));
    else if (k === 'enum' || k === 'required' || k === 'default' || k === 'const') out[k] = v;
    else out[k] = denull(v);
  }
  if (out.nullable !== true) {
    delete out.nullable;
    return out;
  }
  delete out.nullable;
  if (typeof out.type === 'string' && !out.allOf && !out.anyOf && !out.oneOf) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const schemaOf = (content) => {
  if (!content) return null;
  const media = content['application/json'] ?? content['application/scim+json'] ?? Object.values(content)[0];
  return media?.schema ? denull(inline(media.schema)) : null;
};

const operations = {};
for (const key of OPERATIONS) {
  const [method, path] = key.split(' ');
  const op = spec.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`operation not found in the description: ${key}`);
  const parameters = (op.parameters ?? []).map((p) => {
    const r = inline(p);
    return { name: r.name, in: r.in, required: r.required === true, schema: denull(r.schema ?? {}) };
  });
  const requestBody = op.requestBody
    ? (() => {
        const rb = inline(op.requestBody);
        return { required: rb.required === true, schema: schemaOf(rb.content) };
      })()
    : null;
  const responses = {};
  for (const [status, resp] of Object.entries(op.responses)) {
    const r = inline(resp);
    responses[status] = schemaOf(r.content);
  }
  operations[key] = { operationId: op.operationId, parameters, requestBody, responses };
}

const out = {
  $comment:
    'Generated by scripts/extract-openapi.mjs from @octokit/openapi (generated/api.github.com.json). Do not edit by hand.',
  source: { package: '@octokit/openapi', version: pkg.version, openapi: spec.openapi, plan: 'api.github.com' },
  operations,
};
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', '__tests__', 'fake-github', 'openapi-subset.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${target} (${OPERATIONS.length} operations, @octokit/openapi ${pkg.version})`);
