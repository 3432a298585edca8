/**
 * Damaged real reports: random truncations and mutations of JUnit XML (Surefire recorded, jest-junit
 * and pytest written during the run) and SARIF (ESLint written during the run) give a UserError
 * naming the file, or a report that still fails the gate. Never another exception, never a pass.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { evaluate as evaluateSarif } from '../../src/gates/sarif.js';
import { evaluate as evaluateTests } from '../../src/gates/tests.js';
import type { EvalContext } from '../../src/gates/types.js';
import { readJunit } from '../../src/sources/junit.js';
import { readSarif } from '../../src/sources/sarif-reader.js';
import { FIXTURES, eslintSarif, jestJunit, pytestJunit } from './tools.js';

const ctx = {
  gateId: 'g',
  now: new Date('2026-12-01T10:00:00Z'),
  mode: 'cli',
  pr: null,
  groups: {},
  teams: {},
} as EvalContext;
const dir = mkdtempSync(join(tmpdir(), 'shipgate-damaged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const originals: Record<string, Buffer> = {};
beforeAll(() => {
  originals.surefire = readFileSync(join(FIXTURES, 'tests/surefire-TEST-com.acme.CartTest.xml'));
  originals['jest-junit'] = readFileSync(jestJunit({ pass: 2, fail: 1, skip: 1, todo: 1 }));
  originals.pytest = readFileSync(pytestJunit({ failing: true }));
  originals.eslint = readFileSync(eslintSarif());
});

let n = 0;
type Verdict = 'error' | 'pass' | 'fail' | 'other';

async function junitVerdict(content: Buffer): Promise<Verdict> {
  const display = `reports/damaged-${n++}.xml`;
  const path = join(dir, `j${n}.xml`);
  writeFileSync(path, content);
  try {
    const r = await readJunit(path, display);
    const { failures, ...counts } = r;
    const out = evaluateTests(
      { type: 'tests', report: display },
      { reports: [{ path: display, ...counts }], failures: failures.map((f) => ({ ...f, report: display })) },
      ctx,
    );
    return out.status as Verdict;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    expect(e.message).toContain(display);
    return 'error';
  }
}

async function sarifVerdict(content: Buffer): Promise<Verdict> {
  const display = `reports/damaged-${n++}.sarif`;
  const path = join(dir, `s${n}.sarif`);
  writeFileSync(path, content);
  try {
    const r = await readSarif(path, display);
    const out = evaluateSarif(
      { type: 'sarif', report: display, max: { error: 0, warning: 0, note: 0 } },
      { reports: [{ path: display, runs: r.runs }], results: r.results },
      ctx,
    );
    return out.status as Verdict;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    expect(e.message).toContain(display);
    return 'error';
  }
}

/** Up to three single-character changes: replace, insert or delete, with characters that matter to XML and JSON. */
const mutations = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    op: fc.constantFrom('replace', 'insert', 'delete'),
    ch: fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '&',
      '=',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '0',
      '9',
      'x',
      ' ',
      '\n',
      '\u00e9',
    ),
  }),
  { minLength: 1, maxLength: 3 },
);

function mutate(original: Buffer, ms: { at: number; op: string; ch: string }[]): Buffer {
  let text = original.toString('latin1');
  for (const m of ms) {
    const i = Math.floor(m.at * text.length);
    const ch = Buffer.from(m.ch, 'utf8').toString('latin1');
    if (m.op === 'replace') text = text.slice(0, i) + ch + text.slice(i + 1);
    else if (m.op === 'insert') text = text.slice(0, i) + ch + text.slice(i);
    else text = text.slice(0, i) + text.slice(i + 1);
  }
  return Buffer.from(text, 'latin1');
}

describe.each(['surefire', 'jest-junit', 'pytest'])('JUnit XML from %s (it has failing tests)', (name) => {
  test('the original fails the gate', async () => {
    expect(await junitVerdict(originals[name]!)).toBe('fail');
  });

  test('a truncated copy is an error naming the file', async () => {
    const original = originals[name]!;
    const end = original.toString('latin1').trimEnd().length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: end - 1 }), async (cut) => {
        expect(await junitVerdict(original.subarray(0, cut))).toBe('error');
      }),
      { numRuns: 150 },
    );
  });

  test('a mutated copy is an error naming the file or still fails; it never passes', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        expect(['error', 'fail']).toContain(await junitVerdict(mutate(originals[name]!, ms)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('SARIF from ESLint (it has errors and warnings)', () => {
  test('the original fails the gate', async () => {
    expect(await sarifVerdict(originals.eslint!)).toBe('fail');
  });

  test('a truncated copy is an error naming the file', async () => {
    const original = originals.eslint!;
    const end = original.toString('latin1').trimEnd().length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: end - 1 }), async (cut) => {
        expect(await sarifVerdict(original.subarray(0, cut))).toBe('error');
      }),
      { numRuns: 150 },
    );
  });

  test('a mutated copy is an error naming the file or still fails; it never passes', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        expect(['error', 'fail']).toContain(await sarifVerdict(mutate(originals.eslint!, ms)));
      }),
      { numRuns: 300 },
    );
  });
});
