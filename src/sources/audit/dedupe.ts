import { SEVERITIES, type AuditFinding } from '../../gates/audit.js';
import { splitIds } from './ids.js';
import { UNKNOWN_SEVERITY_NOTE } from './severity.js';

/**
 * One finding per advisory and package. Two findings are the same when they are for the same
 * package (and ecosystem) and share any id or alias (case-insensitive): the same GHSA seen by
 * npm 6 (numeric id 1066786) and yarn (1090848), a CVE and its GHSA in osv-scanner's alias groups,
 * or one advisory reached through two dependency paths. The merged finding keeps the highest
 * severity any source rated it with (an unrated entry only counts when nothing rated it) and every id.
 */
export function dedupeFindings(findings: AuditFinding[]): AuditFinding[] {
  const parent = findings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  findings.forEach((f, i) => {
    const pkg = `${f.ecosystem.toLowerCase()}\u0000${f.package.toLowerCase()}`;
    for (const id of [f.id, ...f.aliases]) {
      const key = `${pkg}\u0000${id.toLowerCase()}`;
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, AuditFinding[]>();
  findings.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()].map(merge);
}

function merge(group: AuditFinding[]): AuditFinding {
  if (group.length === 1) return group[0]!;
  // An entry no database rated (e.g. GO-2021-0053 beside its rated GHSA) does not outweigh a rating.
  const rated = group.filter((f) => f.severityNote !== UNKNOWN_SEVERITY_NOTE);
  const worst = [...(rated.length > 0 ? rated : group)].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  )[0]!;
  const first = <K extends keyof AuditFinding>(k: K): AuditFinding[K] | undefined =>
    group.find((f) => f[k] !== undefined)?.[k];
  const ids = splitIds(group.flatMap((f) => [f.id, ...f.aliases]));
  const fix = group.some((f) => f.fixAvailable === true)
    ? true
    : group.some((f) => f.fixAvailable === false)
      ? false
      : undefined;
  const out: AuditFinding = {
    ...ids,
    package: worst.package,
    ecosystem: worst.ecosystem,
    severity: worst.severity,
    reports: [...new Set(group.flatMap((f) => f.reports))],
  };
  if (worst.severityNote !== undefined) out.severityNote = worst.severityNote;
  const range = first('range');
  const fixedIn = first('fixedIn');
  const url = group.find((f) => f.url && /\/GHSA-/i.test(f.url))?.url ?? first('url');
  const title = first('title');
  if (range !== undefined) out.range = range;
  if (fix !== undefined) out.fixAvailable = fix;
  if (fixedIn !== undefined) out.fixedIn = fixedIn;
  if (url !== undefined) out.url = url;
  if (title !== undefined) out.title = title;
  return out;
}
