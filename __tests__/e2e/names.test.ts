/**
 * User-chosen names that are also names of Object.prototype members (`constructor`, `toString`,
 * `valueOf`, `hasOwnProperty`, `__proto__`) are ordinary names on the bundled action: no crash, no
 * inherited values.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { APP_TOKEN, makeWorld, startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { runAction, statuses } from './harness.js';

const CONFIG = `version: 1
groups:
  constructor: [hasOwnProperty]
environments:
  constructor: { gates: [constructor, tostring, approvals] }
gates:
  constructor:
    type: manual
    signoff: [constructor]
  tostring:
    type: manual
    signoff: [toString, valueOf]
  approvals:
    type: approvals
    from: [valueOf]
`;

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

describe('prototype names are ordinary names', () => {
  it('people, groups, gate ids and environments named constructor/toString/valueOf work like any other', async () => {
    fake = await startFakeGitHub(
      makeWorld({
        config: CONFIG,
        comments: [
          { author: 'hasOwnProperty', body: '/signoff constructor' },
          { author: 'toString', body: '/signoff tostring' },
        ],
        reviews: [{ author: 'valueOf', state: 'APPROVED' }],
      }),
    );
    const run = await runAction(fake, { token: APP_TOKEN, inputs: { environment: 'constructor' } });
    expect(run.stderr).toBe('');
    expect(statuses(run)).toEqual({ constructor: 'pass', tostring: 'pass', approvals: 'pass' });
    expect(run.result!.gates.find((g) => g.id === 'constructor')!.summary).toBe(
      'signed off by hasOwnProperty',
    );
  });

  it('a user named like a prototype member is not a group: "constructor" in a list names the group, "toString" the user only', async () => {
    fake = await startFakeGitHub(
      makeWorld({ config: CONFIG, comments: [{ author: 'constructor', body: '/signoff constructor' }] }),
    );
    const run = await runAction(fake, { token: APP_TOKEN, inputs: { environment: 'constructor' } });
    expect(run.stderr).toBe('');
    // `constructor` is the group (hasOwnProperty), so the user called constructor is not allowed.
    expect(statuses(run).constructor).toBe('fail');
  });

  for (const env of ['toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
    it(`environment "${env}", not defined in the config, is a clear error, not a crash`, async () => {
      fake = await startFakeGitHub(makeWorld({ config: CONFIG, comments: [] }));
      const run = await runAction(fake, { token: APP_TOKEN, inputs: { environment: env } });
      expect(run.code).toBe(1);
      expect(run.outputs.allowed).toBe('false');
      expect(run.stdout).toContain(`environment "${env}" is not defined in the config; defined: constructor`);
      expect(run.stdout).not.toMatch(/internal error|TypeError|Cannot read/);
    });
  }
});
