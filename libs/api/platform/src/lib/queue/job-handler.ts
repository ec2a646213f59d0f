import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './queue.constants';

/**
 * What a handler tells the worker about a job. Handlers return an outcome instead of throwing for
 * expected situations (a stale version, an effect already applied), so that only real failures
 * are retried and logs say what happened.
 */
export type JobOutcome = { status: 'done' | 'skipped'; reason?: string };

export interface JobHandler<N extends JobName = JobName> {
  handle(job: Job<JobPayloads[N], JobOutcome, N>): Promise<JobOutcome>;
}

/** Marks a provider as the one handler of a job name; the worker discovers handlers at start-up. */
export const HandlesJob = DiscoveryService.createDecorator<JobName>();
