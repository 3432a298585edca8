/**
 * CODEOWNERS end to end on the bundled action, by GitHub's documented rules: `docs/*` owns only
 * files directly in docs/, the last matching pattern wins, and an owner given as an e-mail address
 * (which the API cannot map to a login) makes that path's requirement `error`, never "no owner".
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  APP_TOKEN,
  makeWorld,
  startFakeGitHub,
  type FakeGitHub,
  type ScenarioOptions,
} from '../fake-github/index.js';
import { runAction } from './harness.js';

const CONFIG = `version: 1
gates:
  approvals:
    type: approvals
    min: 1
    codeowners: true
`;
const CODEOWNERS = `*            @acme/platform
docs/*       @doc-writer
*.css        @css-owner
/legal/      legal@example.com
`;

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

async function run(opts: ScenarioOptions) {
  fake = await startFakeGitHub(
    makeWorld({
      config: CONFIG,
      codeowners: CODEOWNERS,
      comments: [],
      teams: { platform: ['paula'] },
      ...opts,
    }),
  );
  const r = await runAction(fake, { token: APP_TOKEN });
  return r.result!.gates.find((g) => g.id === 'approvals')!;
}

describe('CODEOWNERS follows GitHub', () => {
  it('docs/* does not own a nested file: docs/guide/setup.md needs the catch-all owner', async () => {
    const gate = await run({
      files: ['docs/index.md', 'docs/guide/setup.md'],
      reviews: [{ author: 'doc-writer', state: 'APPROVED' }],
    });
    expect(gate.status).toBe('fail');
    expect(gate.summary).toBe('no code owner approval for docs/guide/setup.md');
  });

  it('docs/* owns a file directly in docs/, and a platform approval covers the nested one', async () => {
    const gate = await run({
      files: ['docs/index.md', 'docs/guide/setup.md'],
      reviews: [
        { author: 'doc-writer', state: 'APPROVED' },
        { author: 'paula', state: 'APPROVED' },
      ],
    });
    expect(gate.status).toBe('pass');
  });

  it('the last matching pattern wins: docs/site.css belongs to @css-owner, not @doc-writer', async () => {
    const gate = await run({
      files: ['docs/site.css'],
      reviews: [{ author: 'doc-writer', state: 'APPROVED' }],
    });
    expect(gate).toMatchObject({ status: 'fail', summary: 'no code owner approval for docs/site.css' });
  });

  it('an e-mail owner cannot be verified through the API: the requirement is an error, never "no owner"', async () => {
    const gate = await run({ files: ['legal/terms.md'], reviews: [{ author: 'paula', state: 'APPROVED' }] });
    expect(gate.status).toBe('error');
    expect(gate.summary).toBe(
      'code owner legal@example.com of legal/terms.md is an e-mail address, which cannot be checked through the API; name the owner as @login or @org/team in .github/CODEOWNERS',
    );
  });

  it('a line with syntax GitHub does not support makes the requirement an error naming the line', async () => {
    const gate = await run({
      codeowners: `* @acme/platform\n!docs/* @doc-writer\n`,
      files: ['docs/index.md'],
      reviews: [{ author: 'paula', state: 'APPROVED' }],
    });
    expect(gate.status).toBe('error');
    expect(gate.summary).toContain('line 2: "!docs/*": negation with "!" does not work in CODEOWNERS');
  });
});
