/**
 * API frugality: one evaluation of the bundled action on the benchmark PR (300 check runs in 12
 * suites, 60 reviews, 250 comments, 40 changed files), counting the requests the fake GitHub saw.
 * Prints one JSON line. Run through `npm run bench`.
 */
import { makeBigWorld, startFakeGitHub, getPR } from '../__tests__/fake-github/index.js';
import { runAction } from '../__tests__/e2e/harness.js';

const CONFIG = `version: 1
groups:
  release-managers: ["rita-release"]
gates:
  tests: { type: checks, require: ["job-*"] }
  approvals: { type: approvals, min: 2, codeowners: true }
  rollback-plan: { type: manual, signoff: [release-managers] }
`;

const world = makeBigWorld();
const repo = world.repos[0]!;
repo.blobs[getPR(world).baseRefOid]!['.github/shipgate.yml'] = CONFIG;
const fake = await startFakeGitHub(world);
/** Reads and writes of one run, as the fake GitHub saw them. */
async function measure(runId: number) {
  const before = fake.requests.length;
  const run = await runAction(fake, { runId });
  const requests = fake.requests.slice(before);
  const writes = requests.filter((r) => !r.graphql && r.method !== 'GET');
  return { run, reads: requests.length - writes.length, writes: writes.map((w) => w.operation ?? `${w.method} ${w.path}`) };
}
// The first run creates the sticky comment; the next one (the usual case afterwards) updates it.
const first = await measure(1);
const next = await measure(2);
const run = next.run;
const pr = getPR(world);
const runs = pr.commits.length && repo.commits.find((c) => c.oid === pr.headRefOid)!.checkSuites.reduce((n, s) => n + s.checkRuns.length, 0);
// What page-by-page REST reading of the same facts needs (100 per page): PR, files, reviews,
// comments, check runs of the commit, combined status, config and CODEOWNERS contents.
const pages = (n: number) => Math.max(1, Math.ceil(n / 100));
const restBaseline = 1 + pages(pr.files.length) + pages(pr.reviews.length) + pages(pr.comments.length) + pages(runs) + 1 + 2;
console.log(
  JSON.stringify({
    reads: first.reads,
    writes: first.writes,
    next: { reads: next.reads, writes: next.writes },
    restBaseline,
    allowed: run.outputs.allowed,
    validationErrors: fake.validationErrors.length,
    scenario: { checkRuns: runs, suites: repo.commits.find((c) => c.oid === pr.headRefOid)!.checkSuites.length, reviews: pr.reviews.length, comments: pr.comments.length, files: pr.files.length },
  }),
);
await fake.close();
