import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type EffectOutcome = 'applied' | 'already-applied';

/**
 * Runs a job's database effect at most once per job id: the effect and the inbox row commit in
 * one transaction, so a retry after a crash (before or after the commit) either applies the effect
 * for the first time or finds the inbox row and does nothing. Combined with BullMQ's at-least-once
 * delivery this gives exactly-once effects.
 */
@Injectable()
export class IdempotentEffectRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async runOnce(
    queue: string,
    jobId: string,
    effect: (manager: EntityManager) => Promise<void>,
  ): Promise<EffectOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO processed_jobs (job_id, queue) VALUES ($1, $2) ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
        [jobId, queue],
      );
      if (claimed.length === 0) {
        return 'already-applied';
      }
      await effect(manager);
      return 'applied';
    });
  }
}
