import { Test } from '@nestjs/testing';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { integrationConfig } from '../index';
import {
  AppConfigModule,
  JobName,
  OutboxDrainer,
  outboxJobId,
  OutboxService,
  PlatformWorkerModule,
  QueueName,
  QueueWorkerHost,
  WorkerHeartbeat,
} from '@jcw/api-platform';

/**
 * The outbox's promises, on the real PostgreSQL and Redis: a message exists exactly when its
 * transaction committed, and draining the same message again never adds a second job.
 * The worker host and heartbeat are left out: this test drives the drainer by hand.
 */
describe('transactional outbox', () => {
  let dataSource: DataSource;
  let outbox: OutboxService;
  let drainer: OutboxDrainer;
  let queue: Queue;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot(
          integrationConfig({ OUTBOX_POLL_INTERVAL_MS: '3600000' }),
        ),
        PlatformWorkerModule,
      ],
    })
      .overrideProvider(QueueWorkerHost)
      .useValue({})
      .overrideProvider(WorkerHeartbeat)
      .useValue({})
      .compile();
    const app = await moduleRef.createNestApplication().init();
    dataSource = app.get(getDataSourceToken());
    outbox = app.get(OutboxService);
    drainer = app.get(OutboxDrainer);
    queue = app.get(getQueueToken(QueueName.platform));
    close = () => app.close();
  });

  afterAll(() => close());

  const pendingCount = async (jobId: string) =>
    Number(
      (
        await dataSource.query(
          `SELECT count(*) AS n FROM outbox_messages WHERE job_id = $1 AND enqueued_at IS NULL`,
          [jobId],
        )
      )[0].n,
    );

  it('keeps no message when the domain change rolls back', async () => {
    const pingId = randomUUID();
    const jobId = outboxJobId(JobName.platformPing, pingId);
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.append(manager, JobName.platformPing, jobId, { pingId });
        throw new Error('domain rule violated');
      }),
    ).rejects.toThrow('domain rule violated');
    const rows = await dataSource.query(
      `SELECT 1 FROM outbox_messages WHERE job_id = $1`,
      [jobId],
    );
    expect(rows).toHaveLength(0);
  });

  it('records a repeated message once', async () => {
    const pingId = randomUUID();
    const jobId = outboxJobId(JobName.platformPing, pingId);
    const first = await dataSource.transaction((manager) =>
      outbox.append(manager, JobName.platformPing, jobId, { pingId }),
    );
    const second = await dataSource.transaction((manager) =>
      outbox.append(manager, JobName.platformPing, jobId, { pingId }),
    );
    expect([first, second]).toEqual([true, false]);
    expect(await pendingCount(jobId)).toBe(1);
  });

  it('moves a committed message into BullMQ under its deterministic job id and marks it enqueued', async () => {
    const pingId = randomUUID();
    const jobId = outboxJobId(JobName.platformPing, pingId);
    await dataSource.transaction((manager) =>
      outbox.append(manager, JobName.platformPing, jobId, { pingId }),
    );

    await drainer.drain();

    const job = await queue.getJob(jobId);
    expect(job?.name).toBe(JobName.platformPing);
    expect(job?.data).toEqual({ pingId });
    expect(await pendingCount(jobId)).toBe(0);
  });

  it('adds no second job when a crash left an enqueued message unmarked', async () => {
    const pingId = randomUUID();
    const jobId = outboxJobId(JobName.platformPing, pingId);
    await dataSource.transaction((manager) =>
      outbox.append(manager, JobName.platformPing, jobId, { pingId }),
    );
    // The crash window: BullMQ accepted the job, the process died before marking the row.
    await queue.add(JobName.platformPing, { pingId }, { jobId });
    const jobsBefore = await queue.getJobCountByTypes(
      'waiting',
      'active',
      'completed',
      'delayed',
      'failed',
    );

    await drainer.drain();

    const jobsAfter = await queue.getJobCountByTypes(
      'waiting',
      'active',
      'completed',
      'delayed',
      'failed',
    );
    expect(jobsAfter).toBe(jobsBefore);
    expect(await pendingCount(jobId)).toBe(0);
  });
});
