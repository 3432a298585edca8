/**
 * CODEOWNERS, as GitHub reads it: gitignore-style patterns, the LAST matching rule wins, a rule
 * with no owners makes the path unowned. Owners are `@user`, `@org/team` or emails.
 */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  regex: RegExp;
}

export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    const pattern = parts[0]!.replace(/\\#/g, '#');
    const regex = patternToRegex(pattern);
    if (!regex) return;
    rules.push({ pattern, owners: parts.slice(1), line: i + 1, regex });
  });
  return rules;
}

/** Owners of a path (last matching rule), or null when no rule matches. */
export function ownersOf(rules: readonly CodeownersRule[], path: string): CodeownersRule | null {
  for (let i = rules.length - 1; i >= 0; i--) {
    if (rules[i]!.regex.test(path)) return rules[i]!;
  }
  return null;
}

function patternToRegex(pattern: string): RegExp | null {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  if (!p) return /^.*$/; // "/" or "*"-like root rule
  let src = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*' && p[i + 1] === '*') {
      if (p[i + 2] === '/') {
        src += '(?:.*/)?';
        i += 2;
      } else {
        src += '.*';
        i += 1;
      }
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const prefix = anchored ? '^' : '^(?:.*/)?';
  const suffix = dirOnly ? '/.*$' : '(?:/.*)?$';
  try {
    return new RegExp(prefix + src + suffix);
  } catch {
    return null;
  }
}
