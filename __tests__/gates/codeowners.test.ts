import { describe, expect, it } from '@jest/globals';
import { ownersOf, parseCodeowners, parseCodeownersFile } from '../../src/gates/codeowners.js';

const rules = parseCodeowners(`# comment
*                 @acme/everyone
*.js              @js-owner
/docs/            @docs
apps/             @apps
/build/logs/      @logs
docs/*.md         @md
**/secrets/**     @sec
/unowned.txt
`);
const owner = (p: string) => ownersOf(rules, p)?.owners.join(' ') ?? null;

describe('CODEOWNERS matching (last matching rule wins)', () => {
  it.each([
    ['README', '@acme/everyone'],
    ['src/app.js', '@js-owner'],
    ['docs/guide/intro.txt', '@docs'],
    ['docs/intro.md', '@md'],
    ['docs/guide/intro.md', '@docs'],
    ['x/apps/main.go', '@apps'],
    ['build/logs/a.log', '@logs'],
    ['a/b/secrets/key.pem', '@sec'],
    ['unowned.txt', ''],
  ])('%s -> %s', (path, expected) => expect(owner(path)).toBe(expected));
});

describe("GitHub's documented pattern rules", () => {
  const match = (pattern: string, path: string) => ownersOf(parseCodeowners(`${pattern} @o`), path) !== null;
  it.each([
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['docs/*', 'x/docs/a.md', false],
    ['/*', 'README.md', true],
    ['/*', 'src/app.ts', false],
    ['*', 'src/deep/app.ts', true],
    ['apps/', 'x/apps/main.go', true],
    ['apps/', 'apps', false],
    ['/build/logs/', 'build/logs/deep/a.log', true],
    ['/build/logs/', 'x/build/logs/a.log', false],
    ['foo', 'bar/foo/baz', true],
    ['f*', 'foo/bar', true],
    ['foo/*.txt', 'foo/bar/baz.txt', false],
    ['foo/*/baz', 'foo/bar/baz/qux', true],
    ['**/foo/bar', 'qux/foo/bar/baz', true],
    ['foo/**/bar', 'foo/a/b/bar', true],
    ['foo/**/bar', 'x/foo/bar', false],
    ['f?o', 'fooo', false],
  ])('%s matches %s: %s', (pattern, path, expected) => expect(match(pattern, path)).toBe(expected));

  it('reports syntax GitHub does not support instead of guessing', () => {
    expect(
      parseCodeownersFile('!docs/* @a\n*.[ch] @b\n\\#x @c\nok @d\n').problems.map((p) => p.line),
    ).toEqual([1, 2, 3]);
  });
});
