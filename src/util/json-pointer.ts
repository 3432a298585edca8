/**
 * JSON Pointer (RFC 6901) lookup, shared by the http gate's `expect.json` and the metric gate's
 * `json` source. Hand-written on purpose: the whole RFC is "split on `/`, unescape `~1` then `~0`,
 * index objects by key and arrays by decimal index", a dozen lines, smaller than any dependency.
 * Own properties only, so `/__proto__` or `/constructor` never reach into the prototype chain.
 */

export type PointerResult = { found: true; value: unknown } | { found: false; missing: string };

/** True for "" (the whole document) and anything starting with "/". */
export function isPointer(text: string): boolean {
  return text === '' || text.startsWith('/');
}

export function resolvePointer(doc: unknown, pointer: string): PointerResult {
  if (pointer === '') return { found: true, value: doc };
  if (!pointer.startsWith('/')) return { found: false, missing: pointer };
  let cur: unknown = doc;
  let walked = '';
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    walked += `/${raw}`;
    if (Array.isArray(cur)) {
      // RFC 6901: array indexes are decimal without leading zeros; "-" (past the end) never exists.
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= cur.length) return { found: false, missing: walked };
      cur = cur[Number(key)];
    } else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, key)) {
      cur = (cur as Record<string, unknown>)[key];
    } else return { found: false, missing: walked };
  }
  return { found: true, value: cur };
}
