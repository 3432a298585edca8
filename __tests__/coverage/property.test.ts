/**
 * Damaged real reports: random truncations and mutations either parse or give a UserError naming
 * the file; never another exception, and a cut-off report never parses as if it were complete.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { parseCoverageFile, type CoverageReport } from '../../src/sources/coverage/index.js';
import { COMMITTED } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'shipgate-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORTS = [
  'js/lcov.info',
  'py/coverage.lcov',
  'c/lcov.info',
  'js/cobertura-coverage.xml',
  'py/coverage.xml',
  'js/clover.xml',
  'java/jacoco.xml',
  'js/coverage-summary.json',
  'js/coverage-final.json',
];

let n = 0;
async function attempt(
  content: Buffer,
): Promise<{ report?: CoverageReport; error?: UserError; path: string }> {
  const path = join(dir, `r${n++}.dat`);
  writeFileSync(path, content);
  try {
    return { report: await parseCoverageFile(path), path };
  } catch (e) {
    if (!(e instanceof UserError)) throw e; // fails the property: a bug, not a user problem
    expect(e.message).toContain(path);
    return { error: e, path };
  }
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe.each(REPORTS)('%s', (rel) => {
  const original = readFileSync(join(COMMITTED, rel));
  const kind = rel.endsWith('.xml') ? 'xml' : rel.endsWith('.json') ? 'json' : 'lcov';

  test('a truncated copy is an error naming the file, never a complete-looking parse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: original.length - 1 }), async (cut) => {
        const part = original.subarray(0, cut);
        const text = part.toString('utf8');
        const r = await attempt(part);
        if (r.report === undefined) return;
        if (kind === 'lcov') {
          // lcov can only be cut undetectably between sections: every file section must be closed.
          expect(count(text, /^SF:/gm)).toBe(count(text, /^end_of_record\r?$/gm));
        } else {
          // XML and JSON documents cannot end early; only trailing whitespace may be missing.
          expect(text.trimEnd()).toBe(original.toString('utf8').trimEnd());
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a mutated copy parses or is an error naming the file', async () => {
    const mutation = fc.record({
      at: fc.integer({ min: 0, max: original.length - 1 }),
      remove: fc.integer({ min: 0, max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(
          '<',
          '>',
          '"',
          '\n',
          ':',
          ',',
          '-1',
          'end_of_record\n',
          'SF:x\n',
          '</coverage>',
          '{',
          ']',
          '&',
          '\u0000',
        ),
      ),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ at, remove, insert }) => {
        const damaged = Buffer.concat([
          original.subarray(0, at),
          Buffer.from(insert),
          original.subarray(at + remove),
        ]);
        const r = await attempt(damaged);
        if (r.report) {
          for (const rec of r.report.records) {
            for (const c of Object.values(rec.counts)) {
              expect(Number.isFinite(c.found) && Number.isFinite(c.hit)).toBe(true);
              expect(c.hit).toBeLessThanOrEqual(c.found);
              expect(c.hit).toBeGreaterThanOrEqual(0);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
