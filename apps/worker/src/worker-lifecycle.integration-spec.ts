import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  JobName,
  QueueName,
  outboxJobId,
  redisConnectionOptions,
} from '@jcw/api-platform';
import {
  ProcessUnderTest,
  eventually,
  integrationRun,
  startBuilt,
} from '@jcw/testing-integration';

/**
 * The worker as a real process: started, killed with SIGKILL at the worst moments, restarted and
 * stopped with SIGTERM. Whatever happens, a ping's effect must be applied exactly once.
 * A short lock duration lets the restarted worker take over a dead worker's job within seconds.
 */
describe('worker process', () => {
  const run = integrationRun();
  const workerEnv = {
    QUEUE_LOCK_DURATION_MS: '2000',
    OUTBOX_POLL_INTERVAL_MS: '100',
    WORKER_HEARTBEAT_INTERVAL_MS: '500',
  };
  const db = new Client({ connectionString: run.databaseUrl });
  const queue = new Queue(QueueName.platform, {
    connection: redisConnectionOptions(run.redisUrl, 'producer'),
    prefix: run.queuePrefix,
  });
  const running: ProcessUnderTest[] = [];

  const startWorker = () => {
    const worker = startBuilt('apps/worker/main.js', [], workerEnv);
    running.push(worker);
    return worker;
  };

  /** A ping row and its outbox message, written the way the API writes them. */
  async function requestPing(
    hooks: { holdBeforeEffectMs?: number; holdAfterEffectMs?: number } = {},
  ): Promise<string> {
    const pingId = randomUUID();
    await db.query('BEGIN');
    await db.query(`INSERT INTO platform_pings (id) VALUES ($1)`, [pingId]);
    await db.query(
      `INSERT INTO outbox_messages (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)`,
      [
        QueueName.platform,
        JobName.platformPing,
        outboxJobId(JobName.platformPing, pingId),
        JSON.stringify({ pingId, ...hooks }),
      ],
    );
    await db.query('COMMIT');
    return pingId;
  }

  const effectCount = async (pingId: string) =>
    Number(
      (
        await db.query(
          `SELECT effect_count FROM platform_pings WHERE id = $1`,
          [pingId],
        )
      ).rows[0].effect_count,
    );

  const jobState = (pingId: string) =>
    queue.getJobState(outboxJobId(JobName.platformPing, pingId));

  const waitForState = (pingId: string, state: string, timeoutMs = 20_000) =>
    eventually(
      async () => ((await jobState(pingId)) === state ? true : undefined),
      timeoutMs,
      `job to be ${state}`,
    );

  beforeAll(() => db.connect());

  afterEach(async () => {
    for (const worker of running.splice(0)) {
      if (worker.child.exitCode === null && worker.child.signalCode === null) {
        worker.child.kill('SIGKILL');
        await worker.exited;
      }
    }
  });

  afterAll(async () => {
    await queue.close();
    await db.end();
  });

  it('applies a ping requested while no worker ran once the worker starts', async () => {
    const pingId = await requestPing();
    startWorker();
    await waitForState(pingId, 'completed');
    expect(await effectCount(pingId)).toBe(1);
  });

  it('applies the effect once when the worker is killed while the job runs, before the effect', async () => {
    const pingId = await requestPing({ holdBeforeEffectMs: 3000 });
    const first = startWorker();
    await waitForState(pingId, 'active');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(await effectCount(pingId)).toBe(0);

    startWorker();
    await waitForState(pingId, 'completed', 40_000);
    expect(await effectCount(pingId)).toBe(1);
  });

  it('applies the effect once when the worker is killed after the effect committed but before the job completed', async () => {
    const pingId = await requestPing({ holdAfterEffectMs: 3000 });
    const first = startWorker();
    await eventually(
      async () => ((await effectCount(pingId)) === 1 ? true : undefined),
      20_000,
      'the effect',
    );
    first.child.kill('SIGKILL');
    await first.exited;
    expect(await jobState(pingId)).toBe('active');

    startWorker();
    await waitForState(pingId, 'completed', 40_000);
    expect(await effectCount(pingId)).toBe(1);
  });

  it('adds no second job when the outbox row was enqueued but not marked before a crash', async () => {
    const pingId = await requestPing();
    const jobId = outboxJobId(JobName.platformPing, pingId);
    await queue.add(JobName.platformPing, { pingId }, { jobId });

    startWorker();
    await waitForState(pingId, 'completed');
    await eventually(
      async () => {
        const rows = await db.query(
          `SELECT enqueued_at FROM outbox_messages WHERE job_id = $1`,
          [jobId],
        );
        return rows.rows[0].enqueued_at ? true : undefined;
      },
      10_000,
      'the outbox row to be marked',
    );
    expect(await effectCount(pingId)).toBe(1);
  });

  it('finishes its active job and exits cleanly on SIGTERM', async () => {
    const pingId = await requestPing({ holdBeforeEffectMs: 1500 });
    const worker = startWorker();
    await waitForState(pingId, 'active');
    worker.child.kill('SIGTERM');
    const exit = await worker.exited;

    expect(exit.code).toBe(0);
    expect(await jobState(pingId)).toBe('completed');
    expect(await effectCount(pingId)).toBe(1);
  });
});
