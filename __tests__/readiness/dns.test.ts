import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DnsGate } from '../../src/config/schema-types.generated.js';
import { UserError } from '../../src/errors.js';
import { evaluate } from '../../src/gates/dns.js';
import type { EvalContext } from '../../src/gates/types.js';
import { collect, parseResolver } from '../../src/sources/dns.js';
import type { CollectContext } from '../../src/sources/types.js';
import { startDnsmasq, startServfail, startSilent, type DnsServer } from './dns-servers.js';

const ectx = { gateId: 'dns', now: new Date(), mode: 'cli', pr: null, groups: {}, teams: {} } as EvalContext;
const cctx = (): CollectContext => ({
  cwd: '/',
  env: {},
  now: new Date(),
  signal: new AbortController().signal,
  progress: () => {},
});

let dnsmasq: DnsServer;
let servfail: DnsServer;
let silent: DnsServer;
beforeAll(async () => {
  [dnsmasq, servfail, silent] = await Promise.all([startDnsmasq(), startServfail(), startSilent()]);
});
afterAll(async () => {
  await Promise.all([dnsmasq?.close(), servfail?.close(), silent?.close()]);
});

async function check(gate: Omit<DnsGate, 'type'>, server = dnsmasq) {
  const g = { type: 'dns' as const, resolver: server.address, ...gate };
  return evaluate(g, await collect(g, cctx()), ectx);
}

describe('dns gate against dnsmasq on 127.0.0.1', () => {
  it('passes when the A records include the expected addresses', async () => {
    expect(await check({ name: 'web.test', expect: '192.0.2.11' })).toMatchObject({
      status: 'pass',
      summary: 'web.test A is 192.0.2.10, 192.0.2.11, as expected',
    });
    expect(await check({ name: 'web.test' })).toMatchObject({
      status: 'pass',
      summary: 'web.test A resolves to 192.0.2.10, 192.0.2.11',
    });
  });

  it('fails when an expected address is missing, or with exact: true when there is another one', async () => {
    expect(await check({ name: 'web.test', expect: ['192.0.2.10', '198.51.100.7'] })).toMatchObject({
      status: 'fail',
      summary: 'web.test A is 192.0.2.10, 192.0.2.11: expected 198.51.100.7 is not among them',
    });
    expect(await check({ name: 'web.test', expect: '192.0.2.10', exact: true })).toMatchObject({
      status: 'fail',
      summary: 'web.test A is 192.0.2.10, 192.0.2.11: unexpected 192.0.2.11',
    });
  });

  it('AAAA compares addresses in canonical form', async () => {
    expect(await check({ name: 'v6.test', record: 'AAAA', expect: '2001:DB8:0:0:0:0:0:1' })).toMatchObject({
      status: 'pass',
      summary: 'v6.test AAAA is 2001:db8::1, as expected',
    });
  });

  it('CNAME, TXT and MX (with or without the priority)', async () => {
    expect(await check({ name: 'WWW.test', record: 'CNAME', expect: 'web.test.' })).toMatchObject({
      status: 'pass',
    });
    expect(
      await check({ name: 'web.test', record: 'TXT', expect: 'google-site-verification=abc123' }),
    ).toMatchObject({ status: 'pass' });
    expect(await check({ name: 'web.test', record: 'TXT', expect: 'v=spf1 -all' })).toMatchObject({
      status: 'fail',
    });
    expect(
      await check({ name: 'web.test', record: 'MX', expect: ['mail.web.test', '20 backup.web.test'] }),
    ).toMatchObject({
      status: 'pass',
      summary: 'web.test MX is 10 mail.web.test, 20 backup.web.test, as expected',
    });
    expect(await check({ name: 'web.test', record: 'MX', expect: '20 mail.web.test' })).toMatchObject({
      status: 'fail',
    });
  });

  it('a name that does not exist fails (NXDOMAIN), and so does a name without that record type', async () => {
    expect(await check({ name: 'gone.test' })).toMatchObject({
      status: 'fail',
      summary: 'gone.test does not exist (NXDOMAIN)',
    });
    expect(await check({ name: 'web.test', record: 'AAAA' })).toMatchObject({
      status: 'fail',
      summary: 'web.test has no AAAA record',
    });
  });

  it('a refused query is an error', async () => {
    expect(await check({ name: 'shop.example.org' })).toMatchObject({
      status: 'error',
      summary: 'DNS lookup of shop.example.org A got no answer: the server refused the query (REFUSED)',
    });
  });
});

describe('lookups without an answer never pass', () => {
  it('SERVFAIL is an error', async () => {
    expect(await check({ name: 'web.test', expect: '192.0.2.10' }, servfail)).toMatchObject({
      status: 'error',
      summary: 'DNS lookup of web.test A got no answer: the server failed to answer (SERVFAIL)',
    });
  });

  it('a server that never answers is an error after the timeout and retries', async () => {
    expect(await check({ name: 'web.test', timeout: '300ms', retries: 1 }, silent)).toMatchObject({
      status: 'error',
      summary: 'DNS lookup of web.test A got no answer: no answer before the timeout',
    });
  });
});

describe('bad options', () => {
  it('the resolver must be an address', () => {
    expect(parseResolver('127.0.0.1:5353')).toBe('127.0.0.1:5353');
    expect(parseResolver('[::1]:53')).toBe('[::1]:53');
    expect(parseResolver('1.1.1.1')).toBe('1.1.1.1');
    expect(() => parseResolver('dns.google')).toThrow(UserError);
    expect(() => parseResolver('dns.google')).toThrow('resolver dns.google is not an IP address');
    expect(() => parseResolver('127.0.0.1:99999')).toThrow('has port 99999, not 1-65535');
  });

  it('a name that is not a DNS name', async () => {
    await expect(collect({ type: 'dns', name: 'web test' }, cctx())).rejects.toThrow(
      'name web test is not a DNS name',
    );
  });
});
