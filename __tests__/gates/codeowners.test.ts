import { describe, expect, it } from '@jest/globals';
import { ownersOf, parseCodeowners } from '../../src/gates/codeowners.js';

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
