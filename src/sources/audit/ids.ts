/** Orders ids: GHSA first, then CVE, then other text ids, then numeric ids. */
function idRank(id: string): number {
  if (/^GHSA-/i.test(id)) return 0;
  if (/^CVE-/i.test(id)) return 1;
  if (/^\d+$/.test(id)) return 3;
  return 2;
}

/** Primary id and aliases from every id the report gives (duplicates removed, case-insensitive). */
export function splitIds(ids: string[]): { id: string; aliases: string[] } {
  const seen = new Map<string, string>();
  for (const raw of ids) {
    const t = raw.trim();
    if (t !== '' && !seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  const all = [...seen.values()].sort((a, b) => idRank(a) - idRank(b) || a.localeCompare(b));
  return { id: all[0] ?? '', aliases: all.slice(1) };
}
