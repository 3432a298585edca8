import { describe, expect, it } from '@jest/globals';
import type { EnvGate } from '../../src/config/schema-types.generated.js';
import { evaluate } from '../../src/gates/env.js';
import type { EvalContext } from '../../src/gates/types.js';
import { collect } from '../../src/sources/env.js';

const ectx = { gateId: 'env', now: new Date(), mode: 'cli', pr: null, groups: {}, teams: {} } as EvalContext;

async function check(gate: Omit<EnvGate, 'type'>, env: Record<string, string>) {
  const masked: string[] = [];
  const g = { type: 'env' as const, ...gate };
  const facts = await collect(g, {
    cwd: '/',
    env,
    now: new Date(),
    signal: new AbortController().signal,
    progress: () => {},
    secrets: { add: (s) => void masked.push(s), addFromEnv: () => {} },
  });
  const out = evaluate(g, facts, ectx);
  return { out, masked, text: JSON.stringify({ facts, out }) };
}

const ISSUE_GATE: Omit<EnvGate, 'type'> = {
  require: ['DATABASE_URL', 'NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'STRIPE_*'],
  placeholders: 'default',
  match: { NEXTAUTH_URL: '^https://' },
};

describe('env gate', () => {
  it('passes a complete production environment and masks every value it read', async () => {
    const env = {
      DATABASE_URL: 'postgres://shop:k8Jq2mVx9@db.internal.acme.io:5432/shop',
      NEXTAUTH_SECRET: 'mW3rT9zQ1pL6vB8nX2cY5hJ7',
      NEXTAUTH_URL: 'https://shop.acme.io',
      STRIPE_SECRET_KEY: 'sk_live_51HqLyjWDarjtT1zdp7dc',
      STRIPE_WEBHOOK_SECRET: 'whsec_9dK2LmQ8rT',
      PATH: '/usr/bin',
    };
    const { out, masked } = await check(ISSUE_GATE, env);
    expect(out).toMatchObject({
      status: 'pass',
      summary: 'All 5 required variables set, none a placeholder',
    });
    expect(masked.sort()).toEqual(
      Object.entries(env)
        .filter(([k]) => k !== 'PATH')
        .map(([, v]) => v)
        .sort(),
    );
  });

  it('names the missing, empty, placeholder and off-pattern variables, never their values', async () => {
    const env = {
      DATABASE_URL: 'postgres://<user>:<password>@localhost/shop',
      NEXTAUTH_SECRET: 'your-production-secret',
      NEXTAUTH_URL: 'http://shop.acme.io',
      STRIPE_SECRET_KEY: '   ',
    };
    const { out, text } = await check(
      { ...ISSUE_GATE, require: [...ISSUE_GATE.require, 'SENTRY_DSN'] as [string, ...string[]] },
      env,
    );
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      '5 variables not ready: missing SENTRY_DSN; empty STRIPE_SECRET_KEY; placeholder DATABASE_URL, NEXTAUTH_SECRET; wrong format NEXTAUTH_URL',
    );
    expect(text).toContain('placeholder: holds a <…> placeholder');
    expect(text).toContain('placeholder: starts with \\"your-\\"');
    expect(text).toContain('wrong format: does not match /^https:\\\\/\\\\//');
    for (const v of Object.values(env).filter((x) => x.trim())) expect(text).not.toContain(v);
  });

  it('a glob that matches nothing is missing', async () => {
    const { out } = await check({ require: ['STRIPE_*'] }, { STRIPE: 'x' });
    expect(out).toMatchObject({ status: 'fail', summary: '1 variable not ready: missing STRIPE_*' });
  });

  it.each([
    ['changeme'],
    ['CHANGE_ME'],
    ['xxx'],
    ['sk_test_xxxxxxxxxxxx'],
    ['<your-api-key>'],
    ['TODO'],
    ['todo: ask ops'],
    ['https://example.com/hook'],
    ['smtp.example.org'],
    ['placeholder'],
    ['${{ secrets.DATABASE_URL }}'],
    ['$DATABASE_URL'],
    ['replace-me'],
    ['********'],
  ])('the default placeholders reject %s', async (value) => {
    const { out } = await check({ require: ['API_KEY'] }, { API_KEY: value });
    expect(out).toMatchObject({ status: 'fail', summary: '1 variable not ready: placeholder API_KEY' });
  });

  it.each([
    ['sk_live_51HqLyjWDarjtT1zdp7dc'],
    ['https://hooks.acme.io/x'],
    ['postgres://app:Tx9@db:5432/app'],
    ['boxes-and-taxes'],
    ['3600'],
    ['maxxed'],
  ])('the default placeholders accept %s', async (value) => {
    const { out } = await check({ require: ['API_KEY'] }, { API_KEY: value });
    expect(out.status).toBe('pass');
  });

  it('placeholders: none, and own patterns with or without the defaults', async () => {
    expect((await check({ require: ['K'], placeholders: 'none' }, { K: 'changeme' })).out.status).toBe(
      'pass',
    );
    expect(
      (await check({ require: ['K'], placeholders: ['^sk_test_'] }, { K: 'sk_test_abc' })).out.status,
    ).toBe('fail');
    expect((await check({ require: ['K'], placeholders: ['^sk_test_'] }, { K: 'changeme' })).out.status).toBe(
      'pass',
    );
    expect(
      (await check({ require: ['K'], placeholders: ['default', '^sk_test_'] }, { K: 'changeme' })).out.status,
    ).toBe('fail');
  });

  it('match keys may be globs, and imply the variable is required', async () => {
    const { out } = await check(
      { require: ['A'], match: { 'URL_*': '^https://', TOKEN: '^gh[ps]_' } },
      { A: 'ok-value', URL_API: 'https://api', URL_WEB: 'ftp://x' },
    );
    expect(out).toMatchObject({
      status: 'fail',
      summary: '2 variables not ready: missing TOKEN; wrong format URL_WEB',
    });
  });

  it('an invalid regular expression is an error naming it', async () => {
    await expect(check({ require: ['A'], match: { A: '(' } }, { A: 'x' })).rejects.toThrow(
      'match.A: "(" is not a valid regular expression',
    );
  });
});
