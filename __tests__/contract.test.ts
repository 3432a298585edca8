import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../src/action/inputs.js';
import { OUTPUT_NAMES } from '../src/action/outputs.js';

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('action.yml contract', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('declares exactly the inputs the code reads, each described and in the README', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10);
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });
  it('declares exactly the outputs the code writes, each in the README', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    for (const name of OUTPUT_NAMES) expect(readme).toContain(`| \`${name}\` |`);
  });
});
