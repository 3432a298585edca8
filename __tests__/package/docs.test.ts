/**
 * The documentation a new user and the next maintainer read: one page per gate type (every option
 * of its schema fragment on it), a README row linking to each, and every relative link and anchor
 * in README.md, CONTRIBUTING.md, SECURITY.md and docs/ pointing at something that exists.
 */
import { describe, expect, it } from '@jest/globals';
import GithubSlugger from 'github-slugger';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../e2e/harness.js';

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  $ref?: string;
  definitions?: Record<string, Schema>;
};

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const types = readdirSync(join(ROOT, 'schema', 'gates'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
const base = JSON.parse(read('schema/base.json')) as Schema;

/** Option names of a fragment, nested ones included (the leaf names users write). */
function options(fragment: Schema): string[] {
  const defs = { ...base.definitions, ...fragment.definitions };
  const out = new Set<string>();
  const walk = (s: Schema, depth: number) => {
    if (depth > 4) return;
    if (s.$ref && depth > 0) s = defs[s.$ref.split('/').pop()!] ?? s;
    for (const [name, sub] of Object.entries(s.properties ?? {})) {
      out.add(name);
      walk(sub, depth + 1);
    }
    if (s.items) walk(s.items, depth + 1);
    for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) walk(alt, depth + 1);
  };
  walk(fragment, 0);
  for (const common of ['type', 'title', 'required']) out.delete(common);
  return [...out].sort();
}

describe.each(types)('the %s gate', (type) => {
  const page = `docs/gates/${type}.md`;

  it('has its documentation page, linked from the README gate list', () => {
    expect(existsSync(join(ROOT, page))).toBe(true);
    expect(read(page)).toMatch(new RegExp('^# `' + type + '`'));
    expect(read('README.md')).toMatch(
      new RegExp('^\\| `' + type + '` \\|.*\\]\\(' + page.replace(/\./g, '\\.') + '\\) \\|$', 'm'),
    );
  });

  it('documents every option of its schema fragment', () => {
    // An option counts as documented when a code span names it, alone or as a path segment
    // (`expect.body-contains`, `freeze[].from`).
    const segments = new Set(
      [...read(page).matchAll(/`([^`\n]+)`/g)].flatMap((m) => m[1]!.split(/[.[\]:\s{},]+/).filter(Boolean)),
    );
    const fragment = JSON.parse(read(`schema/gates/${type}.json`)) as Schema;
    const missing = options(fragment).filter((name) => !segments.has(name));
    expect(missing).toEqual([]);
  });
});

describe('links', () => {
  const files = [
    'README.md',
    'CONTRIBUTING.md',
    'SECURITY.md',
    'CHANGELOG.md',
    ...readdirSync(join(ROOT, 'docs', 'gates')).map((f) => `docs/gates/${f}`),
  ];
  /** GitHub's heading anchors of a Markdown file. */
  const anchors = (path: string) => {
    const slugger = new GithubSlugger();
    const text = read(path).replace(/```[\s\S]*?```/g, '');
    return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, ''))));
  };

  it.each(files)('every relative link and anchor in %s resolves', (file) => {
    const text = read(file).replace(/```[\s\S]*?```/g, '');
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = m[1]!;
      if (/^[a-z]+:/.test(href)) continue;
      const [path, anchor] = href.split('#') as [string, string | undefined];
      const target = path ? relative(ROOT, join(ROOT, dirname(file), path)) : file;
      if (!existsSync(join(ROOT, target))) broken.push(`${href} (no file ${target})`);
      else if (anchor && target.endsWith('.md') && !anchors(target).has(anchor))
        broken.push(`${href} (no heading #${anchor} in ${target})`);
    }
    expect(broken).toEqual([]);
  });
});
