import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { IdempotentEffectRunner } from '../outbox/idempotent-effect';
import { HandlesJob, JobHandler, JobOutcome } from '../queue/job-handler';
import {
  JobName,
  PlatformPingPayload,
  QueueName,
} from '../queue/queue.constants';

@Injectable()
@HandlesJob(JobName.platformPing)
export class PingJobHandler implements JobHandler<typeof JobName.platformPing> {
  constructor(private readonly effects: IdempotentEffectRunner) {}

  async handle(job: Job<PlatformPingPayload>): Promise<JobOutcome> {
    const { pingId, holdBeforeEffectMs = 0, holdAfterEffectMs = 0 } = job.data;
    if (holdBeforeEffectMs > 0) await sleep(holdBeforeEffectMs);
    const outcome = await this.effects.runOnce(
      QueueName.platform,
      String(job.id),
      async (manager) => {
        await manager.query(
          `UPDATE platform_pings SET effect_count = effect_count + 1, processed_at = now() WHERE id = $1`,
          [pingId],
        );
      },
    );
    if (holdAfterEffectMs > 0) await sleep(holdAfterEffectMs);
    return outcome === 'applied'
      ? { status: 'done' }
      : { status: 'skipped', reason: 'effect already applied' };
  }
}
