import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, JobName, JobPayloads } from '../queue/queue.constants';

/**
 * Deterministic BullMQ job id from the job name and the identity of what it is about (for
 * example entity id and version). The same change always yields the same id, which is what makes
 * a repeated enqueue a no-op. BullMQ forbids ':' in custom ids.
 */
export function outboxJobId(
  jobName: JobName,
  ...parts: Array<string | number>
): string {
  const id = [jobName, ...parts].join('.');
  if (id.includes(':')) {
    throw new Error(`job id must not contain ':' (${jobName})`);
  }
  return id;
}

/**
 * Writes messages into the outbox inside the caller's transaction, so the message exists if and
 * only if the domain change committed. The worker's drainer moves them into BullMQ afterwards.
 */
@Injectable()
export class OutboxService {
  /** Returns false when a message with the same job id was already recorded (a repeat). */
  async append<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    jobId: string,
    payload: JobPayloads[N],
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO outbox_messages (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)
       ON CONFLICT (job_id) DO NOTHING RETURNING id`,
      [JOB_QUEUE[jobName], jobName, jobId, JSON.stringify(payload)],
    );
    return inserted.length > 0;
  }
}
