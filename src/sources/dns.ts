/**
 * Source of the `dns` gate: one lookup with node:dns's Resolver (c-ares, reading the runner's
 * resolv.conf unless `resolver` names a server), with the gate's timeout and tries. The answer,
 * or why there is none, becomes facts; only a bad option is a UserError.
 */
import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DnsGate } from '../config/schema-types.generated.js';
import { UserError } from '../errors.js';
import { DNS_NAME, recordType, type DnsAnswer, type DnsFacts } from '../gates/dns.js';
import { parseDuration } from '../util/duration.js';
import { substituteEnv } from './env-refs.js';
import type { CollectContext } from './types.js';

/** `host`, `host:port` or `[v6]:port` to what setServers takes; an IP is required. */
export function parseResolver(text: string): string {
  const t = text.trim();
  let host = t;
  let port: string | undefined;
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
  if (v6) {
    host = v6[1]!;
    port = v6[2];
  } else if (/^[^:]+:\d+$/.test(t)) {
    [host, port] = t.split(':') as [string, string];
  }
  if (isIP(host) === 0) {
    throw new UserError(
      `resolver ${text} is not an IP address (optionally with :port): a DNS server is given by address, e.g. 1.1.1.1 or 127.0.0.1:5353`,
    );
  }
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    throw new UserError(`resolver ${text} has port ${port}, not 1-65535`);
  if (port === undefined) return host;
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

const FAILURES: Record<string, string> = {
  ESERVFAIL: 'the server failed to answer (SERVFAIL)',
  EREFUSED: 'the server refused the query (REFUSED)',
  ETIMEOUT: 'no answer before the timeout',
  ECONNREFUSED: 'the server could not be reached (connection refused)',
  EBADRESP: 'the server sent a malformed reply',
  EFORMERR: 'the server could not read the query (FORMERR)',
  ENOTIMP: 'the server does not implement this query (NOTIMP)',
  ECANCELLED: 'the lookup was stopped: the run deadline passed',
};

export async function collect(gate: DnsGate, ctx: CollectContext): Promise<DnsFacts> {
  const record = recordType(gate);
  const timeoutMs = gate.timeout === undefined ? 5000 : parseDuration(gate.timeout);
  if (timeoutMs === null || timeoutMs <= 0)
    throw new UserError(`timeout ${gate.timeout} is not a positive duration (write e.g. 5s)`);
  const name = gate.name.trim().replace(/\.$/, '');
  if (!DNS_NAME.test(name)) {
    throw new UserError(
      `name ${gate.name} is not a DNS name (labels of letters, digits, - and _, separated by dots)`,
    );
  }
  const resolver = new Resolver({ timeout: timeoutMs, tries: (gate.retries ?? 1) + 1 });
  let shown = "the runner's resolvers";
  if (gate.resolver !== undefined) {
    resolver.setServers([parseResolver(substituteEnv(gate.resolver, ctx.env, 'resolver'))]);
    shown = gate.resolver;
  }
  const stop = () => resolver.cancel();
  ctx.signal.addEventListener('abort', stop, { once: true });
  ctx.progress(`DNS ${record} ${name} (${shown})`);
  let answer: DnsAnswer;
  try {
    let values: string[];
    switch (record) {
      case 'A':
        values = await resolver.resolve4(name);
        break;
      case 'AAAA':
        values = await resolver.resolve6(name);
        break;
      case 'CNAME':
        values = await resolver.resolveCname(name);
        break;
      case 'TXT':
        values = (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
        break;
      case 'MX':
        values = (await resolver.resolveMx(name)).map((m) => `${m.priority} ${m.exchange}`);
        break;
    }
    answer = { kind: 'answer', values };
  } catch (e) {
    const code = String((e as NodeJS.ErrnoException).code ?? 'unknown');
    if (code === 'ENOTFOUND') answer = { kind: 'nxdomain' };
    else if (code === 'ENODATA') answer = { kind: 'nodata' };
    else answer = { kind: 'failed', code, message: FAILURES[code] ?? `the lookup failed (${code})` };
  } finally {
    ctx.signal.removeEventListener('abort', stop);
  }
  return { name, record, resolver: shown, answer };
}
