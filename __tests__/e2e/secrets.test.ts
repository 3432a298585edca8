/**
 * Secrets on the bundled action: values a gate receives from `${{ env.* }}`, secret-like variables
 * passed to a command or migrations gate, and URL passwords in them are masked (`::add-mask::`) and
 * redacted from the comment, job summary, outputs and log, even when the tool echoes them. The
 * tool is the real psql against the real PostgreSQL the test starts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { APP_TOKEN, makeWorld, startFakeGitHub, getPR } from '../fake-github/index.js';
import { startPostgres, type PgCluster } from '../helpers/postgres.js';
import { runAction } from './harness.js';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPostgres('shop');
}, 120_000);
afterAll(async () => {
  await cluster?.destroy();
});

const CONFIG = `version: 1
gates:
  migrations:
    type: migrations
    # A status script traced with set -x, as CI scripts often are: the shell echoes the expanded URL.
    status: set -x; psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -Atc 'select name from pgmigrations'
    env: { DATABASE_URL: "\${{ env.DATABASE_URL }}" }
  replica:
    type: command
    # psql quotes the whole URI when it cannot parse it.
    run: psql "$REPLICA" -Atc 'select 1'
`;

describe('secrets never leave the run', () => {
  it('a DATABASE_URL password that the migration tool echoes appears nowhere: not in the comment, summary, outputs or log', async () => {
    const password = 'S3cretPassw0rd-9f2';
    const replicaPassword = 'An0therPw-77aa';
    const databaseUrl = `postgres://postgres:${password}@127.0.0.1:${cluster.port}/shop`;
    const fake = await startFakeGitHub(makeWorld({ config: CONFIG, comments: [] }));
    try {
      const run = await runAction(fake, {
        token: APP_TOKEN,
        env: {
          DATABASE_URL: databaseUrl,
          REPLICA: `postgres://postgres:${replicaPassword}@[127.0.0.1:${cluster.port}/shop`,
        },
      });
      const gates = Object.fromEntries(run.result!.gates.map((g) => [g.id, g]));
      // The tools really ran: psql reached the database (the table is missing) and failed on the replica URI.
      expect(gates.migrations!.status).toBe('fail');
      expect(gates.replica!.status).toBe('fail');
      const comment = getPR(fake.world)
        .comments.map((c) => c.body)
        .join('\n');
      expect(comment).toContain('relation "pgmigrations" does not exist');
      expect(comment).toContain(`+ psql postgres://postgres:***@127.0.0.1:${cluster.port}/shop`);
      expect(comment).toContain('IPv6 host address in URI');

      // Masked for the runner's log, before anything could print them…
      const maskLines = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
      expect(maskLines).toEqual(
        expect.arrayContaining([`::add-mask::${password}`, `::add-mask::${replicaPassword}`]),
      );
      // …and nowhere else: comment, summary, outputs, the rest of the log.
      const log =
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n') + run.stderr;
      for (const secret of [password, replicaPassword]) {
        for (const [where, text] of Object.entries({
          comment,
          summary: run.summary,
          outputs: JSON.stringify(run.outputs),
          log,
        })) {
          expect({ where, leaked: text.includes(secret) }).toEqual({ where, leaked: false });
        }
      }
      expect(fake.validationErrors).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
