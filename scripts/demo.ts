/**
 * `npm run demo`: runs the bundled action (dist/index.js) on a realistic pull request served by the
 * fake GitHub, with examples/shipgate.yml and the reports in examples/demo/. First run: blocked,
 * the rollback plan is not signed off. Then a release manager comments `/signoff rollback-plan`
 * and the second run allows the deploy. Prints the verdicts and the comment shipgate posted.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getPR, makeWorld, startFakeGitHub, at } from '../__tests__/fake-github/index.js';
import { ROOT, runAction, stickyComments } from '../__tests__/e2e/harness.js';

const config = readFileSync(join(ROOT, 'examples/shipgate.yml'), 'utf8');
const files: Record<string, string> = {};
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[relative(join(ROOT, 'examples/demo'), path)] = readFileSync(path, 'utf8');
  }
};
walk(join(ROOT, 'examples/demo'));

const world = makeWorld({ config, title: 'Retry the payment call on 503' });
const fake = await startFakeGitHub(world);
const inputs = { environment: 'production', now: '2026-11-24T10:30:00+01:00' };
const rule = '─'.repeat(100);

const show = async (label: string, runId: number) => {
  const run = await runAction(fake, { inputs, files, runId });
  console.log(`${rule}\n${label}\n${rule}`);
  for (const g of run.result?.gates ?? []) console.log(`  ${g.status.padEnd(7)} ${g.id.padEnd(14)} ${g.summary}`);
  console.log(`\n  allowed=${run.outputs.allowed}  blocking=${run.outputs.blocking || '(none)'}  exit code ${run.code}`);
  console.log(`  comment: ${run.outputs['comment-url']}\n`);
};

await show('Run 1: deploy of PR #42 to production, Tuesday 10:30 Europe/Berlin', 101);
getPR(world).comments.push({
  databaseId: world.nextId++,
  author: { login: 'rita-release' },
  body: 'Tried the revert on staging, works.\n/signoff rollback-plan',
  createdAt: at(500),
  lastEditedAt: null,
  editor: null,
});
await show('Run 2: after rita-release commented "/signoff rollback-plan"', 102);
console.log(`${rule}\nThe sticky checklist comment on PR #42 (one comment, updated in place):\n${rule}`);
console.log(stickyComments(world)[0]?.body ?? '(none)');
await fake.close();
