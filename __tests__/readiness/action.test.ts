/**
 * End-to-end: the readiness gates through the bundled dist/index.js, run as a runner runs it,
 * against the fake GitHub: secrets passed into the step are masked and never reach the comment,
 * summary or outputs; failing test names and blocking scan rules are in the checklist.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { makeWorld, startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { plain, runAction, statuses, stickyComments } from '../e2e/harness.js';
import { eslintSarif, jestJunit, pytestJunit } from './tools.js';

const CONFIG = `version: 1
gates:
  prod-env:
    type: env
    title: All production environment variables set
    require: [DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL, "STRIPE_*"]
    match: { NEXTAUTH_URL: "^https://" }
  unit:
    type: tests
    title: Unit tests 100% passing
    report: "reports/*.xml"
  scan:
    type: sarif
    title: Security scanning completed
    report: reports/eslint.sarif
`;

const SECRETS = {
  DATABASE_URL: 'postgres://shop:k8Jq2mVx9@db.internal.acme.io:5432/shop',
  NEXTAUTH_SECRET: 'changeme-before-launch',
  NEXTAUTH_URL: 'http://shop.acme.io',
  STRIPE_SECRET_KEY: 'sk_live_51HqLyjWDarjtT1zdp7dc',
};

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = null;
});

describe('readiness gates in the action', () => {
  it('blocks on placeholder secrets, failed tests and scan errors, masking every value and naming only variables', async () => {
    fake = await startFakeGitHub(makeWorld({ config: CONFIG }));
    const run = await runAction(fake, {
      env: SECRETS,
      files: {
        'reports/jest.xml': readFileSync(jestJunit({ pass: 3, fail: 1 }), 'utf8'),
        'reports/pytest.xml': readFileSync(pytestJunit({ failing: true }), 'utf8'),
        'reports/eslint.sarif': readFileSync(eslintSarif(), 'utf8'),
      },
    });
    expect(run.code).toBe(1);
    expect(statuses(run)).toEqual({ 'prod-env': 'fail', unit: 'fail', scan: 'fail' });
    expect(run.outputs.blocking).toBe('prod-env,unit,scan');
    const gate = (id: string) => run.result!.gates.find((g) => g.id === id)!;
    expect(gate('prod-env').summary).toBe(
      '2 variables not ready: placeholder NEXTAUTH_SECRET; wrong format NEXTAUTH_URL',
    );
    expect(gate('unit').summary).toBe('4 of 9 failed: pass rate 55.55%, below 100%, 2 skipped');
    expect(gate('scan').summary).toBe('2 scan results over the limit: 2 error (max 0)');

    // Every value read is masked before anything else could print it …
    for (const v of Object.values(SECRETS)) expect(run.stdout).toContain(`::add-mask::${v}`);
    // … and appears nowhere else: not in the comment, the summary, the outputs or the rest of the log.
    const comment = stickyComments(fake.world)[0]!.body;
    const elsewhere = [
      comment,
      run.summary,
      JSON.stringify(run.outputs),
      run.stdout.replace(/^::add-mask::.*$/gm, ''),
      run.stderr,
    ].join('\n');
    for (const v of Object.values(SECRETS)) expect(elsewhere).not.toContain(v);

    const text = plain(comment);
    expect(text).toContain('NEXTAUTH_SECRET');
    expect(text).toContain('placeholder: says "changeme"');
    expect(text).toContain('cart applies <discount> & "tax" 0');
    expect(text).toContain('test_cart.TestCheckout › test_pays');
    expect(text).toContain('eqeqeq');
  });

  it('a truncated test report is an error naming the file, and blocks', async () => {
    fake = await startFakeGitHub(makeWorld({ config: CONFIG }));
    const xml = readFileSync(jestJunit({ pass: 3 }), 'utf8');
    const run = await runAction(fake, {
      env: { ...SECRETS, NEXTAUTH_SECRET: 'mW3rT9zQ1pL6vB8nX2cY5hJ7', NEXTAUTH_URL: 'https://shop.acme.io' },
      files: {
        'reports/jest.xml': xml.slice(0, xml.length - 30),
        'reports/eslint.sarif': readFileSync(eslintSarif({ clean: true }), 'utf8'),
      },
    });
    expect(run.code).toBe(1);
    expect(statuses(run)).toEqual({ 'prod-env': 'pass', unit: 'error', scan: 'pass' });
    expect(run.result!.gates.find((g) => g.id === 'unit')!.summary).toMatch(
      /^Test report reports\/jest\.xml cannot be used: it is incomplete XML/,
    );
  });
});
