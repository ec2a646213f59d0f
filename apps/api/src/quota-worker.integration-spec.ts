import { Client } from 'pg';
import {
  RunningApi,
  eventually,
  integrationConfig,
  integrationRun,
  startHttpApp,
  workerProcesses,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import {
  QuotaOrganisation,
  buildQuotaOrganisation,
} from './testing/quota-world';

/**
 * A register end date reaches the counter through the outbox and the real worker process. The
 * worker is killed in the middle of its transaction - after it appended the ledger line, while it
 * waits to move the counter - and a second worker retries the job: the line exists exactly once and
 * the counter equals its rebuild.
 */
describe('recounting after a register change, with a killed worker', () => {
  let api: RunningApi;
  let org: QuotaOrganisation;
  const config = integrationConfig();
  const db = new Client({ connectionString: integrationRun().databaseUrl });
  const workers = workerProcesses();
  const startWorker = () => workers.start();

  beforeAll(async () => {
    api = await startHttpApp(ApiModule.forRoot(config), config);
    org = await buildQuotaOrganisation(api, config);
    await db.connect();
  });

  afterAll(async () => {
    await workers.stopAll();
    await db.end();
    await api.app.close();
  });

  const place = async (candidateId: string, startDate: string) => {
    const answer = await api.call('POST', '/api/placements', {
      token: org.adviser.token,
      body: {
        candidateId,
        unitId: org.unitId,
        method: 'individual',
        contractKind: 'employment',
        startDate,
        hoursPerWeek: 25.5,
      },
    });
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  };
  const ledgerKinds = async (placementId: string) =>
    (
      await db.query(
        `SELECT kind FROM quota_ledger WHERE placement_id = $1 ORDER BY id`,
        [placementId],
      )
    ).rows.map((row) => row.kind);

  it('appends the register change once and keeps the counter equal to its rebuild', async () => {
    const person = await org.candidate({ targetGroup: 'wsw_indication' });
    const placementId = await place(person, '2025-01-01');
    // A colleague starting on 1 July gives the counter a row on the day the recount must move.
    await place(
      await org.candidate({ targetGroup: 'wsw_indication' }),
      '2025-07-01',
    );

    const blocker = new Client({
      connectionString: integrationRun().databaseUrl,
    });
    await blocker.connect();
    await blocker.query('BEGIN');
    const locked = await blocker.query(
      `SELECT hours_delta FROM quota_counter_deltas
        WHERE organisation_id = $1 AND effective_date = '2025-07-01' FOR UPDATE`,
      [org.organisationId],
    );
    expect(locked.rowCount).toBe(1);

    const changed = await api.call('PATCH', `/api/candidates/${person}`, {
      token: org.adviser.token,
      body: { registerEndDate: '2025-06-30' },
    });
    expect(changed.status).toBe(200);
    const first = startWorker();
    await eventually(
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND a.query ILIKE '%quota_counter_deltas%'`,
        );
        return rows[0].n > 0 ? true : undefined;
      },
      30_000,
      'the worker waiting to move the counter',
    );
    first.child.kill('SIGKILL');
    await first.exited;
    await blocker.query('ROLLBACK');
    await blocker.end();

    // The killed worker's transaction never committed: its ledger line is gone with it.
    await eventually(
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query ILIKE '%quota_counter_deltas%' AND state = 'active' AND pid <> pg_backend_pid()`,
        );
        return rows[0].n === 0 ? true : undefined;
      },
      10_000,
      "the killed worker's transaction to end",
    );
    expect(await ledgerKinds(placementId)).toEqual(['placement_started']);

    startWorker();
    await eventually(
      async () =>
        (await ledgerKinds(placementId)).includes('register_changed')
          ? true
          : undefined,
      60_000,
      'the retried recount',
    );
    expect(await ledgerKinds(placementId)).toEqual([
      'placement_started',
      'register_changed',
    ]);
    const lines = await api.call(
      'GET',
      '/api/quota/lines?year=2025&date=2025-07-01',
      {
        token: org.adviser.token,
      },
    );
    const line = lines.body.lines.find(
      (l: { placementId: string }) => l.placementId === placementId,
    );
    expect(line.standToday).toBe(0);
    expect(line.yearProjected).toBeCloseTo(181 / 365, 9);
    const rebuilt = await api.call('POST', '/api/quota/rebuild', {
      token: org.admin.token,
    });
    expect(rebuilt.body.differences).toBe(0);
  });
});
