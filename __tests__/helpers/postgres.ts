/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temp dir, postgres on a free 127.0.0.1
 * port with its unix socket in that dir, one database per caller. Each test file starts and stops
 * its own, so files run in any order and in parallel.
 *
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` system user (the
 * Debian package creates it) in a temp dir it owns. Missing binaries are an error, not a skip: CI
 * installs the `postgresql` package (.ci/run).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  database: string;
  dir: string;
  /** Stops the server (the data stays; `start()` again). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
  /** A URL for another, new database on the same cluster. */
  createDatabase(name: string): Promise<string>;
}

/** The newest /usr/lib/postgresql/<ver>/bin, or PG_BIN when set. */
export function findPgBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(path.join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length)
    throw new Error(
      'PostgreSQL binaries not found (looked for /usr/lib/postgresql/<version>/bin/initdb and $PG_BIN). ' +
        'Install them with `apt-get install -y postgresql` (.ci/run does this); the migrations tests need a real database.',
    );
  return path.join(root, versions[0]!, 'bin');
}

function exec(file: string, args: string[], opts: { cwd?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: opts.cwd ?? os.tmpdir(), encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${file} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function pgExec(bin: string, args: string[]): Promise<string> {
  if (asRoot) return exec('runuser', ['-u', 'postgres', '--', bin, ...args]);
  return exec(bin, args);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts a cluster and creates `database` on it. */
export async function startPostgres(database = 'app'): Promise<PgCluster> {
  const binDir = findPgBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-pg-'));
  if (asRoot) {
    let uid: number, gid: number;
    try {
      uid = Number((await exec('id', ['-u', 'postgres'])).trim());
      gid = Number((await exec('id', ['-g', 'postgres'])).trim());
    } catch {
      throw new Error(
        'running as root but there is no `postgres` system user; install the Debian postgresql package',
      );
    }
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  await pgExec(path.join(binDir, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--no-instructions',
  ]);

  let port = 0;
  const start = async () => {
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      if (!port || attempt > 0) port = await freePort();
      try {
        await pgExec(path.join(binDir, 'pg_ctl'), [
          '-D',
          data,
          '-l',
          path.join(dir, 'log'),
          '-w',
          '-t',
          '60',
          '-o',
          `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
          'start',
        ]);
        return;
      } catch (e) {
        lastError = e; // most likely the port was taken between freePort() and the bind: retry
      }
    }
    throw lastError;
  };
  const stop = async () => {
    await pgExec(path.join(binDir, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']).catch(
      () => undefined,
    );
  };
  await start();

  const urlFor = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  const createDatabase = async (name: string) => {
    const client = new pg.Client({ connectionString: urlFor('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
    return urlFor(name);
  };
  await createDatabase(database);

  return {
    get url() {
      return urlFor(database);
    },
    get port() {
      return port;
    },
    database,
    dir,
    stop,
    // Restart on the same port so URLs handed out earlier stay valid.
    start: async () => {
      await pgExec(path.join(binDir, 'pg_ctl'), [
        '-D',
        data,
        '-l',
        path.join(dir, 'log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
        'start',
      ]);
    },
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    createDatabase,
  };
}
