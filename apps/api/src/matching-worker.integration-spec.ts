import { Client } from 'pg';
import type { PackageDto } from '@jcw/shared-contracts';
import {
  RunningApi,
  eventually,
  integrationConfig,
  integrationRun,
  startHttpApp,
  workerProcesses,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import { MatchingWorld, buildMatchingWorld } from './testing/matching-world';

/**
 * Publishing a package and changing a profile reach the real worker process through the outbox.
 * The worker is killed in the middle of replacing a package's matches - after it deleted and
 * rewrote them, while it waits to record the run - and a second worker retries the job: the old
 * results were whole all along, and the new ones arrive complete.
 */
describe('scoring in the worker, with a killed worker', () => {
  let api: RunningApi;
  let world: MatchingWorld;
  const config = integrationConfig();
  const db = new Client({ connectionString: integrationRun().databaseUrl });
  const workers = workerProcesses();
  const startWorker = () => workers.start();
  const stored = async (packageId: string) =>
    (
      await db.query(
        `SELECT candidate_id, package_version FROM matches WHERE package_id = $1 ORDER BY candidate_id`,
        [packageId],
      )
    ).rows as { candidate_id: string; package_version: number }[];
  const runVersion = async (packageId: string) =>
    (
      await db.query(
        `SELECT package_version FROM match_runs WHERE package_id = $1`,
        [packageId],
      )
    ).rows[0]?.package_version as number | undefined;

  beforeAll(async () => {
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildMatchingWorld(api, config);
    await db.connect();
  });

  afterAll(async () => {
    await workers.stopAll();
    await db.end();
    await api.app.close();
  });

  it('stores ranked matches for a published package, follows a profile change, and survives a kill', async () => {
    const fits = await world.matchable();
    const alsoFits = await world.matchable({ skills: [] });
    const pkg: PackageDto = await world.publishedPackage([
      { hoursPerWeek: 16, demands: { concentration: 1 } },
    ]);
    const worker = startWorker();
    await eventually(
      async () => ((await runVersion(pkg.id)) === 1 ? true : undefined),
      60_000,
      'the first scoring run',
    );
    const first = await stored(pkg.id);
    expect(first.map((row) => row.candidate_id)).toEqual(
      [fits, alsoFits].sort(),
    );

    // A profile change reaches the worker as its own job and replaces that person's matches.
    const changed = await api.call('PATCH', `/api/candidates/${alsoFits}`, {
      token: world.adviser.token,
      body: { limitations: { concentration: 2 } },
    });
    expect(changed.status).toBe(200);
    await eventually(
      async () => ((await stored(pkg.id)).length === 1 ? true : undefined),
      60_000,
      'the candidate re-score',
    );

    // A new person is matched against version 1 by their own job.
    const third = await world.matchable();
    await eventually(
      async () => ((await stored(pkg.id)).length === 2 ? true : undefined),
      60_000,
      "the new person's scoring run",
    );

    // Hold the run row so the next run blocks after rewriting the matches, before it commits.
    const blocker = new Client({
      connectionString: integrationRun().databaseUrl,
    });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(
      `SELECT 1 FROM match_runs WHERE package_id = $1 FOR UPDATE`,
      [pkg.id],
    );
    // The edit makes version 2 of the package.
    const edited = await api.call('PATCH', `/api/packages/${pkg.id}`, {
      token: world.adviser.token,
      body: { title: `${pkg.title} (v2)` },
    });
    expect(edited.body.version).toBe(2);
    await eventually(
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND a.query ILIKE '%INSERT INTO match_runs%'`,
        );
        return rows[0].n > 0 ? true : undefined;
      },
      30_000,
      'the worker waiting to record the run',
    );
    worker.child.kill('SIGKILL');
    await worker.exited;
    await blocker.query('ROLLBACK');
    await blocker.end();
    await eventually(
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE query ILIKE '%match_runs%' AND state = 'active' AND pid <> pg_backend_pid()`,
        );
        return rows[0].n === 0 ? true : undefined;
      },
      10_000,
      "the killed worker's transaction to end",
    );
    // Nothing of the killed run committed: version 1's results stand whole.
    expect(await runVersion(pkg.id)).toBe(1);
    expect(
      (await stored(pkg.id)).every((row) => row.package_version === 1),
    ).toBe(true);

    startWorker();
    await eventually(
      async () => ((await runVersion(pkg.id)) === 2 ? true : undefined),
      60_000,
      'the retried scoring run',
    );
    const after = await stored(pkg.id);
    expect(after.map((row) => row.candidate_id)).toEqual([fits, third].sort());
    expect(after.every((row) => row.package_version === 2)).toBe(true);
  });
});
