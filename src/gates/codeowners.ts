/**
 * CODEOWNERS, as GitHub documents it (docs.github.com, "About code owners"): gitignore-style
 * patterns with GitHub's exceptions, the LAST matching rule wins, a rule with no owners leaves the
 * path unowned. Owners are `@user`, `@org/team` or an e-mail address.
 *
 * Hand-written because the npm CODEOWNERS libraries match with gitignore semantics (`ignore`), where
 * `docs/*` also matches `docs/a/b.md`; GitHub's `docs/*` matches only files directly in docs/. The
 * matching follows GitHub's documented examples and the pattern table of hmarr/codeowners (a Go
 * implementation tested against GitHub's behaviour):
 * - a pattern without a slash (or with only a trailing one) matches at any depth;
 * - a pattern with a leading or inner slash is anchored at the root;
 * - a trailing slash matches everything below that directory;
 * - `*` matches within one path segment; a last segment that is exactly `*` matches files directly
 *   in the directory only, any other last segment also matches everything below a directory of
 *   that name; `**` matches any number of segments;
 * - `!` negation, `[ ]` character ranges and `\#` escapes do not work in CODEOWNERS: such a line is
 *   reported as invalid (GitHub flags it too), never guessed at.
 */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  regex: RegExp;
}

export interface CodeownersProblem {
  line: number;
  message: string;
}

export interface ParsedCodeowners {
  rules: CodeownersRule[];
  problems: CodeownersProblem[];
}

/** Rules of a CODEOWNERS file; invalid lines are left out (see `parseCodeownersFile` for them). */
export function parseCodeowners(text: string): CodeownersRule[] {
  return parseCodeownersFile(text).rules;
}

export function parseCodeownersFile(text: string): ParsedCodeowners {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    const pattern = parts[0]!;
    const problem = patternProblem(pattern);
    if (problem) {
      problems.push({ line: i + 1, message: `"${pattern}": ${problem}` });
      return;
    }
    rules.push({ pattern, owners: parts.slice(1), line: i + 1, regex: patternToRegex(pattern) });
  });
  return { rules, problems };
}

/** Owners of a path (last matching rule), or null when no rule matches. */
export function ownersOf(rules: readonly CodeownersRule[], path: string): CodeownersRule | null {
  for (let i = rules.length - 1; i >= 0; i--) {
    if (rules[i]!.regex.test(path)) return rules[i]!;
  }
  return null;
}

/** An owner written as an e-mail address (GitHub maps it to an account; the API cannot). */
export function isEmailOwner(owner: string): boolean {
  return !owner.startsWith('@') && owner.includes('@');
}

function patternProblem(pattern: string): string | null {
  if (pattern.startsWith('!')) return 'negation with "!" does not work in CODEOWNERS';
  if (/[[\]]/.test(pattern)) return 'character ranges with "[ ]" do not work in CODEOWNERS';
  if (pattern.startsWith('\\#')) return 'escaping "#" with "\\" does not work in CODEOWNERS';
  if (pattern.includes('***')) return 'three consecutive asterisks are not a pattern';
  return null;
}

const ESCAPE = /[.+^${}()|[\]\\]/g;

function segmentSource(seg: string): string {
  let src = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '\\' && i + 1 < seg.length) src += seg[++i]!.replace(ESCAPE, '\\$&');
    else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else src += c.replace(ESCAPE, '\\$&');
  }
  return src;
}

function patternToRegex(pattern: string): RegExp {
  // "/" alone matches nothing.
  if (pattern === '/') return /^(?!)/;
  let segs = pattern.split('/');
  if (segs[0] === '') segs = segs.slice(1);
  else if (segs.length === 1 || (segs.length === 2 && segs[1] === '')) {
    // No slash but a trailing one: matches at any depth, like a leading `**/`.
    if (segs[0] !== '**') segs = ['**', ...segs];
  }
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**';
  const last = segs.length - 1;
  let src = '^';
  let needSlash = false;
  segs.forEach((seg, i) => {
    if (seg === '**') {
      if (i === 0 && i === last) src += '.+';
      else if (i === 0) {
        src += '(?:.+/)?';
        needSlash = false;
      } else if (i === last) src += '/.*';
      else {
        src += '(?:/.+)?';
        needSlash = true;
      }
      return;
    }
    if (needSlash) src += '/';
    if (seg === '*') src += '[^/]+';
    else {
      src += segmentSource(seg);
      // Any last segment but a lone `*` also matches everything below a directory of that name.
      if (i === last) src += '(?:/.*)?';
    }
    needSlash = true;
  });
  return new RegExp(src + '$');
}
