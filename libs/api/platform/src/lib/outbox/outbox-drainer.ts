import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { QueueName } from '../queue/queue.constants';

interface PendingRow {
  id: string;
  queue: QueueName;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
}

const BATCH_SIZE = 200;

/**
 * Moves committed outbox rows into BullMQ. Rows are locked with SKIP LOCKED so several workers can
 * drain side by side, and marked as enqueued only after BullMQ accepted them: a crash in between
 * leaves them pending, and the next pass adds them again under the same jobId, which BullMQ
 * ignores as a duplicate. Nothing is lost and nothing is enqueued twice.
 */
@Injectable()
export class OutboxDrainer
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(OutboxDrainer.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Drains until no pending row is left; returns how many rows were enqueued. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const enqueued = await this.drainBatch();
      total += enqueued;
      if (enqueued < BATCH_SIZE || this.stopped) return total;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined)
        .catch((error: Error) =>
          this.logger.warn(
            { error: error.message },
            'outbox drain failed; will retry',
          ),
        )
        .finally(() => {
          this.running = null;
          this.schedule(this.config.queue.outboxPollIntervalMs);
        });
    }, delayMs);
  }

  private async drainBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, queue, job_name, job_id, payload FROM outbox_messages
          WHERE enqueued_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, PendingRow[]>();
      for (const row of rows) {
        byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      }
      for (const [queueName, queueRows] of byQueue) {
        await this.queue(queueName).addBulk(
          queueRows.map((row) => ({
            name: row.job_name,
            data: row.payload,
            opts: { jobId: row.job_id },
          })),
        );
      }
      await manager.query(
        `UPDATE outbox_messages SET enqueued_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`,
        [rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
