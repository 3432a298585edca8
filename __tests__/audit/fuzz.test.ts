import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { UserError } from '../../src/errors.js';
import { parseAuditText } from '../../src/sources/audit/index.js';
import { FIXTURES, fixture } from './helpers.js';

const REPORTS = readdirSync(FIXTURES)
  .filter((f) => /\.jsonl?$/.test(f))
  .sort();
const NAME = 'ci/audit-report.json';

/** Runs the parser; returns 'parsed' or the UserError message. Anything else fails the test. */
function outcome(text: string): { parsed: true } | { parsed: false; message: string } {
  try {
    parseAuditText(text, NAME);
    return { parsed: true };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { parsed: false, message: e.message };
  }
}

describe('damaged copies of the real reports', () => {
  it('has reports to damage', () => expect(REPORTS.length).toBeGreaterThanOrEqual(20));

  it.each(REPORTS)('%s: every truncation is refused with a UserError naming the file', (name) => {
    const text = fixture(name);
    const content = text.trimEnd().length;
    // Cuts right after a line break are the dangerous ones for one-object-per-line reports: every
    // line before the cut is still valid JSON.
    const lineEnds = [...text.slice(0, content).matchAll(/\n/g)].map((m) => m.index + 1);
    const cuts =
      lineEnds.length > 0
        ? fc.oneof(fc.integer({ min: 0, max: content - 1 }), fc.constantFrom(...lineEnds))
        : fc.integer({ min: 0, max: content - 1 });
    fc.assert(
      fc.property(cuts, (cut) => {
        const result = outcome(text.slice(0, cut));
        expect(result.parsed).toBe(false);
        if (!result.parsed) expect(result.message).toContain(NAME);
      }),
      { numRuns: 150 },
    );
  });

  it.each(REPORTS)('%s: byte mutations give a UserError naming the file or a valid parse', (name) => {
    const bytes = Buffer.from(fixture(name), 'utf8');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.nat({ max: bytes.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (edits) => {
          const copy = Buffer.from(bytes);
          for (const { at, byte } of edits) copy[at] = byte;
          const result = outcome(copy.toString('utf8'));
          if (!result.parsed) expect(result.message).toContain(NAME);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('structure-aware mutations (values swapped for other JSON values) never escape as other errors', () => {
    const docs = REPORTS.filter((n) => n.endsWith('.json')).map((n) => JSON.parse(fixture(n)) as unknown);
    const anyJson = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.string(),
      fc.constant({}),
      fc.constant([]),
      fc.array(fc.string()),
    );
    fc.assert(
      fc.property(fc.nat({ max: docs.length - 1 }), fc.nat(), anyJson, (which, pick, replacement) => {
        const doc = structuredClone(docs[which]);
        // Replace one value somewhere in the document, chosen by walking to the pick-th node.
        const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
        const walk = (v: unknown) => {
          if (Array.isArray(v)) {
            v.forEach((c, i) => {
              nodes.push({ parent: v, key: i });
              walk(c);
            });
          } else if (v && typeof v === 'object') {
            for (const [k, c] of Object.entries(v)) {
              nodes.push({ parent: v as Record<string, unknown>, key: k });
              walk(c);
            }
          }
        };
        walk(doc);
        if (nodes.length > 0) {
          const { parent, key } = nodes[pick % nodes.length]!;
          (parent as Record<string | number, unknown>)[key] = replacement;
        }
        const result = outcome(JSON.stringify(doc));
        if (!result.parsed) expect(result.message).toContain(NAME);
      }),
      { numRuns: 400 },
    );
  });
});
