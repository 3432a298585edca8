import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../src/util/duration.js';

describe('durations', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 900_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['2d', 172_800_000],
    ['0', 0],
  ])('parses %s', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['15', 'm', '1.5h', '-1s', '1 h'])('rejects %s', (text) => expect(parseDuration(text)).toBeNull());
  it('formats the two largest units', () => {
    expect(formatDuration(2 * 86_400_000 + 14 * 3_600_000 + 5000)).toBe('2 d 14 h');
    expect(formatDuration(250)).toBe('250 ms');
  });
});
