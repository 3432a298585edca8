/**
 * The sticky comment holds parts written by different runs: the deploy checklist (phase deploy)
 * and the "After deploy" verification (phase verify), plus a headline when the verification says
 * roll back. Each run rewrites its own parts and carries the others over from the comment as it is,
 * so the verify run never erases the checklist the deploy was allowed by. Parts are delimited by
 * hidden markers; the verify parts record the commit they describe and are dropped once the
 * comment describes another commit.
 */

export type PartName = 'headline' | 'deploy' | 'verify';

const start = (name: PartName) => `<!-- shipgate:part ${name} -->`;
const end = (name: PartName) => `<!-- shipgate:part-end ${name} -->`;
const VERIFY_SHA = /<!-- shipgate:verified-sha ([0-9a-f]{0,64}) -->/;

export function verifiedShaLine(sha: string): string {
  return `<!-- shipgate:verified-sha ${sha.replace(/[^0-9a-f]/gi, '').toLowerCase()} -->`;
}

export function readPart(body: string, name: PartName): string | null {
  const a = body.indexOf(start(name));
  if (a < 0) return null;
  const from = a + start(name).length;
  const b = body.indexOf(end(name), from);
  if (b < 0) return null;
  return body.slice(from, b).replace(/^\n+|\n+$/g, '');
}

/** The parts another run wrote, from our own (not edited by others) existing comment. */
export interface CarriedParts {
  headline: string | null;
  deploy: string | null;
  verify: string | null;
  /** The commit the verify part describes. */
  verifiedSha: string | null;
}

export function carriedParts(existingBody: string | null): CarriedParts {
  if (!existingBody) return { headline: null, deploy: null, verify: null, verifiedSha: null };
  let deploy = readPart(existingBody, 'deploy');
  if (deploy === null && !existingBody.includes('<!-- shipgate:part ')) {
    // A comment written before parts existed is all deploy checklist: keep it, minus hidden lines.
    deploy = existingBody
      .split('\n')
      .filter((l) => !/^<!-- shipgate:(checklist|state) /.test(l))
      .join('\n')
      .trim();
  }
  const verify = readPart(existingBody, 'verify');
  return {
    headline: readPart(existingBody, 'headline'),
    deploy: deploy || null,
    verify,
    verifiedSha: verify === null ? null : (VERIFY_SHA.exec(verify)?.[1] ?? null),
  };
}

export interface ComposeInput {
  marker: string;
  stateLine: string;
  headline: string | null;
  deploy: string | null;
  verify: string | null;
  limit: number;
}

/** The whole comment. When it is too long, the deploy part gives way (the run summary has it). */
export function composeComment(c: ComposeInput): string {
  const wrap = (name: PartName, text: string | null) => (text ? `${start(name)}\n${text}\n${end(name)}` : '');
  const build = (deploy: string | null) =>
    [
      [c.marker, c.stateLine].join('\n'),
      wrap('headline', c.headline),
      wrap('deploy', deploy),
      wrap('verify', c.verify),
    ]
      .filter(Boolean)
      .join('\n\n') + '\n';
  let out = build(c.deploy);
  if (out.length > c.limit && c.deploy)
    out = build(
      '_The deploy checklist is too long to keep beside the verification; see the job summary of its run._',
    );
  if (out.length > c.limit) out = build(null).slice(0, c.limit);
  return out;
}
