import { describe, expect, it } from '@jest/globals';
import { cvss3BaseScore, severityFromScore } from '../../src/sources/audit/index.js';
import { locateJsonError } from '../../src/sources/audit/json-error.js';

describe('CVSS v3 base score', () => {
  // Expected scores as published with the advisories (NVD / GitHub) and in osv-scanner's own
  // JSON snapshot (max_severity 4.3 for the PR:L/C:L vector).
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N', 4.3],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:H', 8.6],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
  ])('%s scores %d', (vector, score) => expect(cvss3BaseScore(vector)).toBe(score));

  it.each([
    'CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P',
    'CVSS:3.1/AV:N/AC:L',
    'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
    '7.5',
  ])('returns null for %s', (vector) => expect(cvss3BaseScore(vector)).toBeNull());

  it.each([
    [0, 'info'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4, 'moderate'],
    [6.9, 'moderate'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical'],
  ])('score %d is %s', (score, severity) => expect(severityFromScore(score)).toBe(severity));
});

describe('JSON error position', () => {
  it.each([
    ['{"a":1,}', 1, 8, 'expected a property name'],
    ['{\n  "a": [1, 2\n', 3, 1, 'ends too early'],
    ['{"a": tru}', 1, 10, 'expected true'],
    ['{"a": 1} x', 1, 10, 'after the end of the JSON value'],
    ['{"a": "b\u0001"}', 1, 9, 'control character'],
  ])('%j fails at line %d column %d', (text, line, column, reason) => {
    const p = locateJsonError(text);
    expect(p).toMatchObject({ line, column });
    expect(p!.reason).toContain(reason);
  });

  it('accepts valid JSON', () =>
    expect(locateJsonError('{"a": [1, -2.5e3, "x\\u00e9", true, null, {}]}')).toBeNull());
});
