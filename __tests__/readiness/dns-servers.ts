/**
 * DNS servers on 127.0.0.1 for the dns gate's tests: a real dnsmasq (Debian's dnsmasq-base) with
 * records for *.test, a small server that answers SERVFAIL to everything (dnsmasq has no way to
 * do that on purpose), and a socket that never answers (timeouts). Each stops with close().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import dnsPacket from 'dns-packet';

export interface DnsServer {
  address: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
  const port = s.address().port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export const DNSMASQ = '/usr/sbin/dnsmasq';

/** dnsmasq authoritative for *.test: web.test (A, TXT, MX), v6.test (AAAA), www.test (CNAME). */
export async function startDnsmasq(): Promise<DnsServer> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      DNSMASQ,
      [
        '--no-daemon',
        '--conf-file=/dev/null',
        '--pid-file=',
        `--port=${port}`,
        '--listen-address=127.0.0.1',
        '--bind-interfaces',
        '--no-resolv',
        '--no-hosts',
        '--local=/test/',
        '--host-record=web.test,192.0.2.10',
        '--host-record=web.test,192.0.2.11',
        '--host-record=v6.test,2001:db8:0:0::1',
        '--txt-record=web.test,v=spf1 include:_spf.example.net -all',
        '--txt-record=web.test,google-site-verification=abc123',
        '--mx-host=web.test,mail.web.test,10',
        '--mx-host=web.test,backup.web.test,20',
        '--cname=www.test,web.test',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    const address = `127.0.0.1:${port}`;
    const r = new Resolver({ timeout: 200, tries: 1 });
    r.setServers([address]);
    for (let i = 0; i < 50; i++) {
      try {
        await r.resolve4('web.test');
        return {
          address,
          close: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        };
      } catch {
        if (child.exitCode !== null) break;
        await new Promise((res) => setTimeout(res, 100));
      }
    }
    child.kill('SIGKILL');
    await exited;
    if (attempt >= 2) throw new Error(`dnsmasq did not start: ${err}`);
  }
}

function udpServer(
  onQuery: (msg: Buffer, socket: Socket, rinfo: { address: string; port: number }) => void,
): Promise<DnsServer> {
  const socket = createSocket('udp4');
  socket.on('message', (msg, rinfo) => onQuery(msg, socket, rinfo));
  return new Promise((resolve) =>
    socket.bind(0, '127.0.0.1', () =>
      resolve({
        address: `127.0.0.1:${socket.address().port}`,
        close: () => new Promise<void>((r) => socket.close(() => r())),
      }),
    ),
  );
}

/** Answers every query with SERVFAIL, as a broken or DNSSEC-failing resolver does. */
export function startServfail(): Promise<DnsServer> {
  return udpServer((msg, socket, rinfo) => {
    const q = dnsPacket.decode(msg);
    const reply = dnsPacket.encode({
      type: 'response',
      id: q.id ?? 0,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | 2 /* RCODE SERVFAIL */,
      questions: q.questions ?? [],
    });
    socket.send(reply, rinfo.port, rinfo.address);
  });
}

/** Takes queries and never answers. */
export function startSilent(): Promise<DnsServer> {
  return udpServer(() => {});
}
