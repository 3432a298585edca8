/**
 * Certificates made with the real openssl for the http gate's TLS checks: a test CA and leaf
 * certificates it signs (`openssl ca`, which can back-date and set any validity, unlike
 * OpenSSL 3.0's `x509 -days`), and local HTTPS servers presenting them on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: 'pipe' });

/** ASN.1 time as `openssl ca -startdate/-enddate` takes it: YYYYMMDDHHMMSSZ. */
function asn1(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}

export interface TestCa {
  dir: string;
  caPem: string;
  caFile: string;
  /** A leaf for `san` (e.g. "IP:127.0.0.1"), valid from `from` to `to`. */
  leaf: (name: string, san: string, from: Date, to: Date) => { key: string; cert: string };
}

export function makeCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-ca-'));
  mkdirSync(join(dir, 'newcerts'));
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    [
      '[ ca ]',
      'default_ca = test_ca',
      '[ test_ca ]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir/newcerts',
      'serial = $dir/serial',
      'default_md = sha256',
      'policy = policy_any',
      'copy_extensions = copy',
      'unique_subject = no',
      '[ policy_any ]',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '3650',
      '-subj',
      '/CN=shipgate test CA',
    ],
    dir,
  );
  const caFile = join(dir, 'ca.pem');
  return {
    dir,
    caFile,
    caPem: readFileSync(caFile, 'utf8'),
    leaf: (name, san, from, to) => {
      openssl(
        [
          'req',
          '-new',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          `${name}.key`,
          '-out',
          `${name}.csr`,
          '-subj',
          `/CN=${name}`,
          '-addext',
          `subjectAltName=${san}`,
        ],
        dir,
      );
      openssl(
        [
          'ca',
          '-batch',
          '-notext',
          '-config',
          'ca.cnf',
          '-cert',
          'ca.pem',
          '-keyfile',
          'ca.key',
          '-in',
          `${name}.csr`,
          '-out',
          `${name}.pem`,
          '-startdate',
          asn1(from),
          '-enddate',
          asn1(to),
        ],
        dir,
      );
      return {
        key: readFileSync(join(dir, `${name}.key`), 'utf8'),
        cert: readFileSync(join(dir, `${name}.pem`), 'utf8'),
      };
    },
  };
}

/** An HTTPS server on 127.0.0.1 presenting `cert` (and the CA as its chain). */
export async function startHttps(
  pair: { key: string; cert: string },
  handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = https.createServer({ key: pair.key, cert: pair.cert }, handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

export const days = (n: number) => new Date(Date.now() + n * 86_400_000);
