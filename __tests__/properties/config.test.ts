/**
 * Property tests: whatever text is in .github/shipgate.yml, the loader returns a config or throws
 * a ConfigError whose every problem has a position and a message: never another exception, never
 * a hang. And a config known to be invalid is never accepted.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';

const FILE = '.github/shipgate.yml';

const VALID = {
  version: 1,
  defaults: { wait: '15m', timezone: 'Europe/Berlin' },
  groups: { 'release-managers': ['@acme/release-managers', 'alice'], dba: ['@acme/dba'] },
  environments: {
    staging: { gates: ['tests', 'coverage'] },
    production: {
      gates: [
        'tests',
        'coverage',
        'audit',
        'migrations',
        'approvals',
        'window',
        'rollback-plan',
        'smoke',
        'typecheck',
      ],
      wait: '30m',
    },
  },
  gates: {
    tests: { type: 'checks', title: 'All tests passing', require: ['build', 'test (*)'] },
    coverage: { type: 'coverage', report: 'coverage/lcov.info', min: { lines: 90, branches: 80 } },
    audit: {
      type: 'audit',
      report: 'audit.json',
      max: { critical: 0, high: 0 },
      allow: [{ id: 'GHSA-xxxx-xxxx-xxxx', reason: 'not reachable', expires: '2027-01-31' }],
    },
    migrations: {
      type: 'migrations',
      paths: ['prisma/migrations/**'],
      status: 'npx prisma migrate status',
      signoff: ['dba'],
    },
    approvals: {
      type: 'approvals',
      min: 2,
      from: ['release-managers'],
      codeowners: true,
      'dismiss-stale': true,
    },
    window: {
      type: 'window',
      timezone: 'Europe/Berlin',
      allow: ['mon-thu 09:00-16:00', 'fri 09:00-12:00'],
      freeze: [{ from: '2026-12-20', to: '2027-01-04', reason: 'Holiday freeze' }],
      override: ['release-managers'],
    },
    'rollback-plan': { type: 'manual', title: 'Rollback plan reviewed', signoff: ['release-managers'] },
    smoke: {
      type: 'http',
      url: 'https://staging.example.com/api/health',
      expect: { status: 200, 'max-ms': 500 },
    },
    typecheck: { type: 'command', run: 'npx tsc --noEmit', timeout: '5m' },
  },
};
type Obj = Record<string, unknown>;
const clone = (): Obj => structuredClone(VALID) as Obj;

/** YAML text of a value in one of several styles (block, flow, quoted, indented). */
const styled = (value: unknown) =>
  fc
    .record({
      indent: fc.integer({ min: 1, max: 6 }),
      flow: fc.boolean(),
      quote: fc.boolean(),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      comment: fc.boolean(),
    })
    .map(({ indent, flow, quote, crlf, bom, comment }) => {
      let text = stringify(value, {
        indent,
        collectionStyle: flow ? 'flow' : 'any',
        defaultStringType: quote ? 'QUOTE_DOUBLE' : 'PLAIN',
        defaultKeyType: 'PLAIN',
      });
      if (comment) text = `# shipgate\n${text}# end\n`;
      if (crlf) text = text.replace(/\n/g, '\r\n');
      return (bom ? '\ufeff' : '') + text;
    });

/** A mutated config (with what the mutation was) as YAML text in a random style. */
const asText = <T>(mutation: fc.Arbitrary<{ config: Obj; info: T } | null>) =>
  mutation
    .filter((m): m is { config: Obj; info: T } => m !== null)
    .chain(({ config, info }) => styled(config).map((text) => ({ text, info })));

type Outcome = { ok: true } | { ok: false; problems: ConfigError['problems'] };

/** Parses, and checks the contract: a config, or a ConfigError with positioned, non-empty problems. */
async function load(text: string): Promise<Outcome> {
  let result: unknown;
  try {
    result = await loadConfig(text, FILE);
  } catch (e) {
    if (!(e instanceof ConfigError))
      throw new Error(
        `expected a ConfigError, got ${String(e)}${(e as Error)?.stack ? `\n${(e as Error).stack}` : ''}`,
      );
    expect(e.problems.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const p of e.problems) {
      expect(p.file).toBe(FILE);
      expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length).toBe(true);
      expect(Number.isInteger(p.column) && p.column >= 1 && p.column <= lines[p.line - 1]!.length + 1).toBe(
        true,
      );
      expect(typeof p.message).toBe('string');
      expect(p.message.trim()).not.toBe('');
    }
    return { ok: false, problems: e.problems };
  }
  expect(result !== null && typeof result === 'object' && !Array.isArray(result)).toBe(true);
  return { ok: true };
}

async function rejected(text: string): Promise<string[]> {
  const out = await load(text);
  if (out.ok) throw new Error(`accepted an invalid config:\n${text}`);
  return out.problems.map((p) => p.message);
}

const TOKENS = [
  ':',
  ': ',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '?',
  '? ',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '!!tag ',
  '!!str ',
  '!!int ',
  '!!map ',
  '!!seq ',
  '!foo ',
  '!<tag:yaml.org,2002:str> ',
  '<<: ',
  '|',
  '>',
  '|-',
  '>+',
  '#',
  ' #',
  '"',
  "'",
  '\\',
  '\t',
  '\ufeff',
  '\r\n',
  '\n',
  '\r',
  '  ',
  '    ',
  '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n',
  '---\n',
  '...\n',
  '@',
  '`',
  'version',
  'version: 1',
  'gates',
  'gates:',
  'type',
  'type: checks',
  'require',
  'require: [build]',
  'environments',
  'groups',
  'defaults',
  'wait: 15m',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  '~',
  'true',
  '1e999',
  '0x1F',
  '.inf',
  '-.nan',
  '1',
  '0',
  '-1',
  'x',
  'tests',
  '\u0000',
  '\u0085',
  '\u2028',
  '\ud800',
  '🚀',
  'é',
  '\u00a0',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((a) => a.join(''));

describe('config loader: any text gives a config or a positioned ConfigError', () => {
  it('random text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
        ),
        async (t) => {
          await load(t);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('token soups of YAML syntax', async () => {
    await fc.assert(
      fc.asyncProperty(tokenSoup, async (t) => {
        await load(t);
        await load(`version: 1\ngates:\n  t:\n    ${t}`);
      }),
      { numRuns: 500 },
    );
  });

  const lineMutation = fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({
      op: fc.constant('indent' as const),
      at: fc.nat(),
      by: fc.integer({ min: -4, max: 4 }),
      tab: fc.boolean(),
    }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: tokenSoup }),
    fc.record({
      op: fc.constant('splice' as const),
      at: fc.nat(),
      col: fc.nat(),
      text: fc.oneof(tokenSoup, fc.string({ maxLength: 5 })),
    }),
  );

  it('random line edits of a valid config (delete, duplicate, swap, re-indent, insert, splice)', async () => {
    await fc.assert(
      fc.asyncProperty(
        styled(VALID),
        fc.array(lineMutation, { minLength: 1, maxLength: 5 }),
        async (text, edits) => {
          const lines = text.split('\n');
          for (const e of edits) {
            const i = e.at % lines.length;
            const line = lines[i]!;
            switch (e.op) {
              case 'delete':
                lines.splice(i, 1);
                break;
              case 'duplicate':
                lines.splice(i, 0, line);
                break;
              case 'swap': {
                const j = e.to % lines.length;
                [lines[i], lines[j]] = [lines[j]!, line];
                break;
              }
              case 'indent':
                lines[i] =
                  e.by >= 0
                    ? (e.tab ? '\t' : ' ').repeat(e.by) + line
                    : line.slice(Math.min(-e.by, line.length - line.trimStart().length));
                break;
              case 'insert':
                lines.splice(i, 0, e.text);
                break;
              case 'splice': {
                const c = e.col % (line.length + 1);
                lines[i] = line.slice(0, c) + e.text + line.slice(c);
                break;
              }
            }
            if (!lines.length) lines.push('');
          }
          await load(lines.join('\n'));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('config loader: a config known to be invalid is never accepted', () => {
  it('the valid config is accepted in every YAML style (so the rejections below are about the mutation)', async () => {
    await fc.assert(
      fc.asyncProperty(styled(VALID), async (text) => {
        expect((await load(text)).ok).toBe(true);
        expect(await loadConfig(text, FILE)).toEqual(VALID);
      }),
      { numRuns: 100 },
    );
  });

  /** Objects with a fixed set of keys (additionalProperties: false), as paths into VALID. */
  const CLOSED = [
    [],
    ['defaults'],
    ['environments', 'staging'],
    ['environments', 'production'],
    ...Object.keys(VALID.gates).map((id) => ['gates', id]),
    ['gates', 'coverage', 'min'],
    ['gates', 'audit', 'max'],
    ['gates', 'audit', 'allow', 0],
    ['gates', 'window', 'freeze', 0],
    ['gates', 'smoke', 'expect'],
  ];
  const at = (o: Obj, path: (string | number)[]): Obj => path.reduce<Obj>((v, k) => v[k] as Obj, o);
  const unknownKey = fc.oneof(
    fc.constantFrom(
      'requires',
      'titel',
      'Type',
      'gate',
      'environment',
      'timeout-ms',
      'min-approvals',
      'version ',
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
    ),
    fc.stringMatching(/^x-[a-z0-9_-]{1,10}$/),
    fc.string({ minLength: 1, maxLength: 8 }).map((s) => `unknown ${s}`),
  );

  it('an unknown key anywhere a closed set of keys is expected', async () => {
    const mutation = fc
      .tuple(fc.constantFrom(...CLOSED), unknownKey, fc.jsonValue({ maxDepth: 2 }))
      .map(([path, key, value]) => {
        const config = clone();
        const target = at(config, path);
        if (Object.hasOwn(target, key)) return null;
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        return { config, info: key };
      });
    await fc.assert(
      fc.asyncProperty(asText(mutation), async ({ text, info: key }) => {
        expect((await rejected(text)).some((m) => m.includes(`unknown key "${key}"`))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  /** [path, a value of the wrong type or out of range] */
  const WRONG: [(string | number)[], fc.Arbitrary<unknown>][] = [
    [
      ['version'],
      fc.oneof(
        fc.constant('1'),
        fc.integer().filter((n) => n !== 1),
        fc.constant(1.5),
        fc.constant(null),
        fc.constant([1]),
      ),
    ],
    [
      ['defaults', 'wait'],
      fc.oneof(fc.integer(), fc.constant('15 minutes'), fc.constant(''), fc.constant(['15m'])),
    ],
    [['defaults', 'timezone'], fc.oneof(fc.constant('Mars/Olympus'), fc.constant(''), fc.integer())],
    [
      ['groups', 'dba'],
      fc.oneof(fc.constant('@acme/dba'), fc.constant([]), fc.constant(['not a person!']), fc.constant([42])),
    ],
    [
      ['environments', 'staging', 'gates'],
      fc.oneof(fc.constant('tests'), fc.constant([]), fc.constant(['tests', 'tests']), fc.constant([1])),
    ],
    [['environments', 'production', 'wait'], fc.oneof(fc.constant('soon'), fc.integer())],
    [
      ['gates', 'tests', 'require'],
      fc.oneof(
        fc.constant('build'),
        fc.constant([]),
        fc.constant(['']),
        fc.constant(['  ']),
        fc.constant({ build: true }),
        fc.integer(),
      ),
    ],
    [
      ['gates', 'tests', 'title'],
      fc.oneof(fc.constant(''), fc.constant('x'.repeat(201)), fc.integer(), fc.constant(['t'])),
    ],
    [
      ['gates', 'tests', 'required'],
      fc.oneof(fc.constant('yes'), fc.constant('true'), fc.integer(), fc.constant(null)),
    ],
    [
      ['gates', 'coverage', 'min', 'lines'],
      fc.oneof(
        fc.constant('90'),
        fc.constant('90%'),
        fc.double({ min: 100.001, max: 1e9, noNaN: true }),
        fc.double({ max: -0.001, min: -1e9, noNaN: true }),
      ),
    ],
    [['gates', 'coverage', 'min'], fc.oneof(fc.constant({}), fc.constant(90), fc.constant([90]))],
    [
      ['gates', 'coverage', 'report'],
      fc.oneof(fc.constant(''), fc.constant([]), fc.integer(), fc.constant(true)),
    ],
    [['gates', 'audit', 'max', 'critical'], fc.oneof(fc.constant(-1), fc.constant(0.5), fc.constant('0'))],
    [
      ['gates', 'audit', 'allow', 0, 'expires'],
      fc.oneof(fc.constant('2027-02-30'), fc.constant('2027-13-01'), fc.constant('tomorrow')),
    ],
    [
      ['gates', 'approvals', 'min'],
      fc.oneof(fc.constant('two'), fc.constant(-1), fc.constant(2.5), fc.constant(51), fc.constant(true)),
    ],
    [
      ['gates', 'approvals', 'from'],
      fc.oneof(
        fc.constant('release-managers'),
        fc.constant([]),
        fc.constant(['release-manager']),
        fc.constant(['@acme']),
      ),
    ],
    [
      ['gates', 'window', 'allow'],
      fc.oneof(
        fc.constant('mon-fri'),
        fc.constant([]),
        fc.constant(['someday 25:00-26:00']),
        fc.constant(['mon-thu 09:00']),
      ),
    ],
    [['gates', 'window', 'timezone'], fc.oneof(fc.constant('Europe/Atlantis'), fc.constant(''))],
    [['gates', 'window', 'freeze', 0, 'from'], fc.oneof(fc.constant('2026-12-40'), fc.constant(20261220))],
    [
      ['gates', 'rollback-plan', 'signoff'],
      fc.oneof(fc.constant(true), fc.constant([]), fc.constant('release-managers'), fc.constant([null])),
    ],
    [
      ['gates', 'smoke', 'url'],
      fc.oneof(
        fc.constant('ftp://x'),
        fc.constant('staging.example.com'),
        fc.constant('javascript:alert(1)'),
        fc.integer(),
      ),
    ],
    [
      ['gates', 'smoke', 'expect', 'status'],
      fc.oneof(fc.constant('200'), fc.constant('OK'), fc.constant(true)),
    ],
    [
      ['gates', 'typecheck', 'run'],
      fc.oneof(fc.constant(''), fc.constant(['npx', 'tsc']), fc.integer(), fc.constant(null)),
    ],
    [['gates', 'typecheck', 'timeout'], fc.oneof(fc.constant('5 min'), fc.constant('-5m'), fc.integer())],
  ];

  it('a value of the wrong type, out of range or malformed', async () => {
    const mutation = fc
      .constantFrom(...WRONG)
      .chain(([path, wrong]) => fc.tuple(fc.constant(path), wrong))
      .map(([path, value]) => {
        const config = clone();
        at(config, path.slice(0, -1))[path[path.length - 1]!] = value;
        return { config, info: path };
      });
    await fc.assert(
      fc.asyncProperty(asText(mutation), async ({ text, info: path }) => {
        const name = path
          .filter((p) => typeof p === 'string' && p !== 'allow' && p !== 'freeze')
          .slice(0, 2)
          .join('.');
        expect((await rejected(text)).some((m) => m.includes(name))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an unknown gate type', async () => {
    const TYPES = [
      'checks',
      'approvals',
      'manual',
      'coverage',
      'audit',
      'migrations',
      'window',
      'http',
      'command',
    ];
    const badType = fc.oneof(
      fc.constantFrom(
        'Checks',
        'check',
        'linter',
        'manual ',
        ' http',
        'HTTP',
        'constructor',
        '__proto__',
        '',
      ),
      fc.string({ maxLength: 10 }),
      fc.integer(),
      fc.constant(null),
      fc.constant(['checks']),
    );
    const mutation = fc.tuple(fc.constantFrom(...Object.keys(VALID.gates)), badType).map(([id, type]) => {
      if (typeof type === 'string' && TYPES.includes(type)) return null;
      const config = clone();
      at(config, ['gates', id]).type = type;
      return { config, info: id };
    });
    await fc.assert(
      fc.asyncProperty(asText(mutation), async ({ text, info: id }) => {
        expect((await rejected(text)).some((m) => m.includes(`gates.${id}.type`))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  const REQUIRED: (string | number)[][] = [
    ['version'],
    ['gates'],
    ['environments', 'staging', 'gates'],
    ...Object.keys(VALID.gates).map((id) => ['gates', id, 'type']),
    ['gates', 'tests', 'require'],
    ['gates', 'coverage', 'report'],
    ['gates', 'audit', 'report'],
    ['gates', 'audit', 'allow', 0, 'id'],
    ['gates', 'rollback-plan', 'signoff'],
    ['gates', 'smoke', 'url'],
    ['gates', 'typecheck', 'run'],
  ];

  it('a required key removed', async () => {
    const mutation = fc.constantFrom(...REQUIRED).map((path) => {
      const config = clone();
      delete at(config, path.slice(0, -1))[path[path.length - 1]!];
      return { config, info: String(path[path.length - 1]) };
    });
    await fc.assert(
      fc.asyncProperty(asText(mutation), async ({ text, info: key }) => {
        expect((await rejected(text)).some((m) => m.includes(`missing required key "${key}"`))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the gates of migrations and window removed so none of the alternatives is left', async () => {
    const c = clone();
    const g = c.gates as Record<string, Obj>;
    delete g.migrations!.paths;
    delete g.migrations!.status;
    delete g.window!.allow;
    delete g.window!.freeze;
    const msgs = await rejected(stringify(c));
    expect(msgs.some((m) => m.startsWith('gates.migrations: needs at least one of'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('gates.window: needs at least one of'))).toBe(true);
  });

  it('an environment naming a gate that does not exist (including names of Object.prototype)', async () => {
    const missingId = fc.oneof(
      fc.constantFrom('constructor', 'test', 'smoke-test', 'coverag', 'window2'),
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    );
    const mutation = fc
      .tuple(fc.constantFrom('staging', 'production'), missingId, fc.nat())
      .map(([env, missing, pos]) => {
        if (Object.hasOwn(VALID.gates, missing)) return null;
        const config = clone();
        const list = at(config, ['environments', env, 'gates']) as unknown as string[];
        list.splice(pos % (list.length + 1), 0, missing);
        return { config, info: { env, missing } };
      });
    await fc.assert(
      fc.asyncProperty(asText(mutation), async ({ text, info: { env, missing } }) => {
        expect(
          (await rejected(text)).some((m) => m.includes(`environments.${env}: no gate named "${missing}"`)),
        ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a person that is neither a user, a team nor a group, when a group of a close name exists (including "constructor")', async () => {
    const c = clone();
    (c.groups as Obj).constructors = ['alice'];
    (at(c, ['gates', 'rollback-plan']) as Obj).signoff = ['constructor'];
    expect((await rejected(stringify(c))).some((m) => m.includes('no group named "constructor"'))).toBe(true);
  });
});

describe('config loader: aliases, huge and deep documents', () => {
  it('alias bombs are refused with a positioned error, without expanding them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 8, max: 30 }),
        fc.boolean(),
        fc.constantFrom('top', 'gate', 'unknown', 'group'),
        async (width, depth, maps, where) => {
          const item = (i: number) =>
            maps
              ? `{${Array.from({ length: width }, (_, k) => `k${k}: *a${i}`).join(', ')}}`
              : `[${Array.from({ length: width }, () => `*a${i}`).join(', ')}]`;
          const bomb = (indent: string) =>
            [
              `${indent}l0: &a0 ${maps ? '{x: lol}' : '[lol]'}`,
              ...Array.from({ length: depth }, (_, i) => `${indent}l${i + 1}: &a${i + 1} ${item(i)}`),
            ].join('\n');
          const last = `*a${depth}`;
          const text =
            where === 'top'
              ? `version: 1\nbomb:\n${bomb('  ')}\ngates:\n  t: { type: checks, require: [build] }\n`
              : where === 'gate'
                ? `version: 1\ngates:\n  t:\n    type: checks\n    x:\n${bomb('      ')}\n    require: ${last}\n`
                : where === 'group'
                  ? `version: 1\ngroups:\n${bomb('  ')}\n  g: ${last}\ngates:\n  t: { type: manual, signoff: ${last} }\n`
                  : `version: 1\ndefaults:\n  x-bomb:\n${bomb('    ')}\ngates: ${last}\n`;
          const msgs = await rejected(text);
          expect(msgs.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a few reused anchors are fine', async () => {
    const text = `version: 1
groups:
  rm: &rm ["@acme/release-managers", alice]
gates:
  plan: { type: manual, signoff: *rm }
  review: { type: approvals, from: *rm, min: 1 }
  tests: &checks { type: checks, require: [build] }
  tests-again: *checks
`;
    const config = await loadConfig(text, FILE);
    expect((config.gates.review as { from?: string[] }).from).toEqual(['@acme/release-managers', 'alice']);
    expect(config.gates['tests-again']).toEqual(config.gates.tests);
  });

  it('5,000 gates are read', async () => {
    const gates = Array.from(
      { length: 5000 },
      (_, i) => `  g${i}: { type: checks, title: "Gate number ${i}", require: [build, "test (${i})"] }`,
    );
    const config = await loadConfig(
      `version: 1\nenvironments:\n  prod: { gates: [g0, g4999] }\ngates:\n${gates.join('\n')}\n`,
      FILE,
    );
    expect(Object.keys(config.gates)).toHaveLength(5000);
  });

  it('a 2 MB file is refused with a positioned error', async () => {
    const big =
      `version: 1\ngates:\n` +
      Array.from(
        { length: 20000 },
        (_, i) => `  g${i}: { type: checks, title: "${'x'.repeat(60)}", require: [build] }`,
      ).join('\n');
    expect(big.length).toBeGreaterThan(2_000_000);
    expect((await rejected(big)).join('\n')).toMatch(/larger than/);
    expect(await rejected('#'.repeat(2_100_000))).toHaveLength(1);
  });

  it('a document just under the size limit is still judged (valid or positioned errors)', async () => {
    const gates = Array.from(
      { length: 9000 },
      (_, i) => `  g${i}: { type: checks, title: "${'y'.repeat(60)}", require: [build] }`,
    ).join('\n');
    const text = `version: 1\ngates:\n${gates}\n  bad: { type: nope }\n`;
    expect(text.length).toBeLessThan(1024 * 1024);
    expect((await rejected(text)).some((m) => m.includes('gates.bad.type'))).toBe(true);
  });

  it('10,000 levels of nesting are refused with a positioned error, not a stack overflow', async () => {
    const n = 10_000;
    const deep = [
      '['.repeat(n),
      '['.repeat(n) + ']'.repeat(n),
      '{a: '.repeat(n) + '1' + '}'.repeat(n),
      '{'.repeat(n),
      '- '.repeat(n) + 'x',
      '\n' + '  ' + '- '.repeat(n) + 'x',
      '[{a: '.repeat(n / 2) + '1' + '}]'.repeat(n / 2),
      '&a ['.repeat(100) + '*a' + ']'.repeat(100),
      Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1',
      Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + '-').join('\n') + ' 1',
    ];
    expect((await rejected(`version: 1\ngates: ${deep[1]}`)).join('\n')).toMatch(/nested too deeply/);
    for (const d of deep) {
      await rejected(d);
      await rejected(`version: 1\ngates: ${d}`);
      await rejected(`version: 1\ngates:\n  t:\n    type: checks\n    require: ${d}\n`);
      await rejected(`version: 1\ngates:\n  t: { type: checks, require: [build] }\nx-deep: ${d}\n`);
    }
  });
});
