import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';

const SPEC_EXAMPLE = `version: 1
defaults:
  wait: 15m
groups:
  release-managers: ["@acme/release-managers", "alice"]
  dba: ["@acme/dba"]
environments:
  staging:    { gates: [tests, coverage] }
  production: { gates: [tests, coverage, audit, migrations, approvals, window, rollback-plan, smoke] }
gates:
  tests:
    type: checks
    title: All tests passing
    require: ["build", "test (*)"]
  coverage:
    type: coverage
    report: coverage/lcov.info
    min: { lines: 90, branches: 80 }
  audit:
    type: audit
    report: audit.json
    max: { critical: 0, high: 0 }
    allow:
      - { id: GHSA-xxxx-xxxx-xxxx, reason: not reachable from our code, expires: 2027-01-31 }
  migrations:
    type: migrations
    paths: ["prisma/migrations/**"]
    status: npx prisma migrate status
    signoff: [dba]
  approvals:
    type: approvals
    min: 2
    from: [release-managers]
    codeowners: true
    dismiss-stale: true
  window:
    type: window
    timezone: Europe/Berlin
    allow: ["mon-thu 09:00-16:00", "fri 09:00-12:00"]
    freeze:
      - { from: 2026-12-20, to: 2027-01-04, reason: Holiday freeze }
    override: [release-managers]
  rollback-plan:
    type: manual
    title: Rollback plan reviewed
    signoff: [release-managers]
  smoke:
    type: http
    url: https://staging.example.com/api/health
    expect: { status: 200, max-ms: 500 }
  typecheck:
    type: command
    run: npx tsc --noEmit
`;

async function problems(text: string): Promise<string[]> {
  try {
    await loadConfig(text, '.github/shipgate.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).message.split('\n');
  }
  throw new Error('expected the config to be rejected');
}

describe('config loader', () => {
  it('accepts the example config of the spec', async () => {
    const config = await loadConfig(SPEC_EXAMPLE, '.github/shipgate.yml');
    expect(Object.keys(config.gates)).toHaveLength(9);
    expect(config.environments?.production?.gates).toContain('rollback-plan');
  });

  it('reports a YAML syntax error with file, line and column', async () => {
    const [p] = await problems('version: 1\ngates:\n  tests: { type: checks, require: [build\n');
    expect(p).toMatch(/^\.github\/shipgate\.yml:\d+:\d+: YAML syntax error/);
  });

  it('points an unknown key at the key itself and lists the allowed keys', async () => {
    const msgs = await problems('version: 1\ngates:\n  tests:\n    type: checks\n    requires: [build]\n');
    expect(msgs).toContain('.github/shipgate.yml:4:5: gates.tests: missing required key "require"');
    const unknown = msgs.find((m) => m.includes('unknown key'));
    expect(unknown).toMatch(
      /^\.github\/shipgate\.yml:5:5: gates\.tests: unknown key "requires" \(did you mean "require"\?\); allowed: type, title, required, waivers, locked, require, app, accept, wait$/,
    );
  });

  it('names the expected type for a wrong type', async () => {
    const [p] = await problems('version: 1\ngates:\n  approvals:\n    type: approvals\n    min: two\n');
    expect(p).toBe(
      '.github/shipgate.yml:5:10: gates.approvals.min: expected a whole number, got the text "two"',
    );
  });

  it('lists the gate types for an unknown gate type', async () => {
    const [p] = await problems('version: 1\ngates:\n  lint:\n    type: linter\n');
    expect(p).toBe(
      '.github/shipgate.yml:4:11: gates.lint.type: unknown gate type "linter"; expected one of approvals, audit, checklist, checks, command, coverage, dns, env, environment, fresh, http, manual, metric, migrations, promotion, sarif, tests, window',
    );
  });

  it('rejects an environment naming a gate that does not exist', async () => {
    const [p] = await problems(
      'version: 1\nenvironments:\n  prod: { gates: [test] }\ngates:\n  tests: { type: checks, require: [build] }\n',
    );
    expect(p).toBe(
      '.github/shipgate.yml:3:19: environments.prod: no gate named "test" (did you mean "tests"?); gates defined: tests',
    );
  });

  it('rejects a misspelt group name', async () => {
    const [p] = await problems(
      'version: 1\ngroups:\n  release-managers: [alice]\ngates:\n  plan: { type: manual, signoff: [release-manager] }\n',
    );
    expect(p).toMatch(
      /^\.github\/shipgate\.yml:5:35: gates\.plan\.signoff: no group named "release-manager" \(did you mean "release-managers"\?\)/,
    );
  });

  it('rejects a bad duration with what is expected', async () => {
    const [p] = await problems(
      'version: 1\ndefaults:\n  wait: 15 minutes\ngates:\n  tests: { type: checks, require: [build] }\n',
    );
    expect(p).toBe(
      '.github/shipgate.yml:3:9: defaults.wait: invalid "15 minutes"; expected a duration such as 500ms, 30s, 15m, 1h or 1h30m.',
    );
  });

  it('rejects an unknown time zone and an unknown top-level key', async () => {
    const msgs = await problems(
      'version: 1\ngate: {}\ngates:\n  w: { type: window, timezone: Mars/Olympus, allow: ["*"] }\n',
    );
    expect(msgs).toEqual([
      expect.stringMatching(
        /^\.github\/shipgate\.yml:2:1: top level: unknown key "gate" \(did you mean "gates"\?\)/,
      ),
    ]);
    const tz = await problems(
      'version: 1\ngates:\n  w: { type: window, timezone: Mars/Olympus, allow: ["*"] }\n',
    );
    expect(tz[0]).toMatch(/:3:32: gates\.w\.timezone: unknown time zone "Mars\/Olympus"/);
  });

  it('turns an alias to an unknown anchor into a positioned error', async () => {
    const [p] = await problems('version: 1\ngates:\n  tests: *nope\n');
    expect(p).toMatch(/^\.github\/shipgate\.yml:3:\d+: YAML/);
  });

  it('rejects duplicate keys', async () => {
    const [p] = await problems(
      'version: 1\ngates:\n  a: { type: checks, require: [x] }\n  a: { type: checks, require: [y] }\n',
    );
    expect(p).toMatch(/^\.github\/shipgate\.yml:4:\d+: YAML syntax error: .*unique/i);
  });

  it('accepts a byte order mark and rejects an empty file', async () => {
    expect(
      (await loadConfig('\ufeffversion: 1\ngates:\n  t: { type: checks, require: [b] }\n', 'c.yml')).version,
    ).toBe(1);
    expect(await problems('')).toEqual([
      '.github/shipgate.yml:1:1: the config is empty: expected a mapping with `version: 1` and `gates:`',
    ]);
  });

  it('a malformed require entry { name, app } gets one positioned message about the entry, not "expected a string"', async () => {
    const entry = (e: string) =>
      problems(`version: 1\ngates:\n  tests:\n    type: checks\n    require:\n      - build\n      - ${e}\n`);
    expect(await entry('{ app: github-actions }')).toEqual([
      '.github/shipgate.yml:7:9: gates.tests.require.1: missing required key "name"',
    ]);
    expect(await entry('{ name: build, ap: github-actions }')).toEqual([
      '.github/shipgate.yml:7:24: gates.tests.require.1: unknown key "ap" (did you mean "app"?); allowed: name, app',
    ]);
    expect(await entry('{ name: build, app: "Not An App!" }')).toEqual([
      '.github/shipgate.yml:7:29: gates.tests.require.1.app: invalid "Not An App!"; expected a GitHub App\'s slug as in its URL (https://github.com/apps/<slug>), e.g. github-actions.',
    ]);
    // A value no alternative takes: one message naming both and what was given.
    expect(await entry('[build]')).toEqual([
      '.github/shipgate.yml:7:9: gates.tests.require.1: expected a string or a mapping, got a list',
    ]);
  });

  it('an alternative of another shape (a status or a list of statuses) names both and what was given, once', async () => {
    const msgs = await problems(
      'version: 1\ngates:\n  h:\n    type: http\n    url: https://x.example\n    expect: { status: "200" }\n',
    );
    expect(msgs).toEqual([
      '.github/shipgate.yml:6:23: gates.h.expect.status: expected a whole number or a list, got the text "200"',
    ]);
  });

  it('says which of the alternative keys a migrations gate needs', async () => {
    const msgs = await problems('version: 1\ngates:\n  m: { type: migrations, signoff: [alice] }\n');
    expect(msgs.some((m) => m.includes('needs at least one of paths, status, tool'))).toBe(true);
  });
});

describe('config loader: window rules', () => {
  it('points an impossible window rule at the rule', async () => {
    const msgs = await problems(
      'version: 1\ngates:\n  w:\n    type: window\n    allow: ["mon-thu 09:00-16:00", "mon-thu 25:00-16:00"]\n',
    );
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/^\.github\/shipgate\.yml:5:36: gates\.w: .*25:00/);
  });
});

describe('checklist gate config', () => {
  it('names a link to a gate that does not exist, with a did-you-mean, at its line', async () => {
    const [p] = await problems(
      'version: 1\ngates:\n  tests: { type: checks, require: [build] }\n  readiness:\n    type: checklist\n    file: docs/CHECKLIST.md\n    signoff: { "*": [alice] }\n    link:\n      final/all-tests-passing: test\n',
    );
    expect(p).toBe(
      '.github/shipgate.yml:9:32: gates.readiness.link.final/all-tests-passing: no gate named "test" (did you mean "tests"?); gates defined: tests, readiness',
    );
  });

  it('rejects a file path outside the repository', async () => {
    const [p] = await problems(
      'version: 1\ngates:\n  readiness:\n    type: checklist\n    file: ../secrets.md\n',
    );
    expect(p).toContain('gates.readiness.file');
  });
});
