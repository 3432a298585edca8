/**
 * The CLI with names that are also Object.prototype members: no crash, no inherited values.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shipgate } from './helpers.js';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-names-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(
    join(dir, '.github', 'shipgate.yml'),
    `version: 1
groups:
  constructor: [toString]
environments:
  constructor: { gates: [constructor, valueof] }
gates:
  constructor:
    type: window
    allow: ["*"]
    override: [constructor, hasOwnProperty]
  valueof:
    type: migrations
    status: 'exit 0'
    env: { VALUE: "\${{ env.constructor }}" }
`,
  );
  return dir;
}

describe('prototype names in the CLI', () => {
  it('an environment named constructor runs its gates', async () => {
    const run = await shipgate(['check', '--environment', 'constructor', '--json'], { cwd: project() });
    const out = JSON.parse(run.stdout) as { gates: { id: string; status: string; summary: string }[] };
    expect(out.gates.map((g) => [g.id, g.status])).toEqual([
      ['constructor', 'pass'],
      // `${{ env.constructor }}` is an unset variable, never Object's constructor.
      ['valueof', 'error'],
    ]);
    expect(out.gates[1]!.summary).toContain('environment variable constructor is not set');
  });

  for (const env of ['toString', 'valueOf', '__proto__']) {
    it(`an undefined environment "${env}" is a usage error naming the defined ones, not a crash`, async () => {
      const run = await shipgate(['check', '--environment', env], { cwd: project() });
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/internal error|TypeError/);
      expect(run.stderr + run.stdout).toContain(env);
      expect(run.stderr + run.stdout).toContain('constructor');
    });
  }
});
