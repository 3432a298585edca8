/**
 * Name globs for check names and status contexts: `*` any run of characters (including `/`, since
 * names like "ci / build" contain slashes), `?` one character, `[abc]` a class. Exact case.
 */
const cache = new Map<string, RegExp>();

export function nameGlob(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') src += '.*';
    else if (c === '?') src += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end > i + 1) {
        const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
        src += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
        i = end;
      } else src += '\\[';
    } else src += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  re = new RegExp(`^${src}$`);
  cache.set(pattern, re);
  return re;
}

export function matchesName(pattern: string, name: string): boolean {
  return nameGlob(pattern).test(name);
}
