import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { HandlesJob, JobHandler, JobOutcome } from './job-handler';
import { JOB_QUEUE, JobName, QueueName } from './queue.constants';
import { redisConnectionOptions } from './redis-connection';

/**
 * Finds every `@HandlesJob` provider, refuses to start unless each job name has exactly one handler,
 * and runs one BullMQ worker per queue that dispatches by job name. Lock duration and prefix come
 * from the validated config (the @nestjs/bullmq decorators only take static options). On shutdown
 * `Worker.close()` waits for active jobs to finish, so SIGTERM never abandons half a job.
 */
@Injectable()
export class QueueWorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(QueueWorkerHost.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = resolveHandlers(
      this.discovery
        .getProviders({ metadataKey: HandlesJob.KEY })
        .map((wrapper) => ({
          jobName: this.discovery.getMetadataByDecorator(
            HandlesJob,
            wrapper,
          ) as JobName,
          handler: wrapper.instance as JobHandler,
        })),
    );
    const queues = new Set(Object.values(JOB_QUEUE));
    for (const queue of queues) {
      this.workers.push(this.startWorker(queue, handlers));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private startWorker(
    queue: QueueName,
    handlers: Map<JobName, JobHandler>,
  ): Worker {
    const worker = new Worker<unknown, JobOutcome>(
      queue,
      async (job: Job<unknown, JobOutcome>) => {
        const handler = handlers.get(job.name as JobName);
        if (!handler) {
          throw new Error(`no handler for job ${job.name}`);
        }
        const outcome = await handler.handle(job as never);
        this.logger.log(
          {
            queue,
            jobName: job.name,
            jobId: job.id,
            outcome: outcome.status,
            reason: outcome.reason,
          },
          'job finished',
        );
        return outcome;
      },
      {
        connection: redisConnectionOptions(this.config.redis.url, 'worker'),
        prefix: this.config.queue.prefix,
        lockDuration: this.config.queue.lockDurationMs,
        stalledInterval: Math.max(
          1000,
          Math.floor(this.config.queue.lockDurationMs / 2),
        ),
        concurrency: 4,
      },
    );
    worker.on('failed', (job, error) =>
      this.logger.warn(
        {
          queue,
          jobName: job?.name,
          jobId: job?.id,
          attempt: job?.attemptsMade,
          error: error.message,
        },
        'job failed',
      ),
    );
    worker.on('error', (error) =>
      this.logger.error({ queue, error: error.message }, 'worker error'),
    );
    return worker;
  }
}

/** Exactly one handler per job name, or the worker does not start (a typo must not drop jobs). */
export function resolveHandlers(
  found: Array<{ jobName: JobName; handler: JobHandler }>,
): Map<JobName, JobHandler> {
  const handlers = new Map<JobName, JobHandler>();
  const problems: string[] = [];
  for (const { jobName, handler } of found) {
    if (handlers.has(jobName)) {
      problems.push(`job ${jobName} has more than one handler`);
    }
    handlers.set(jobName, handler);
  }
  for (const jobName of Object.keys(JOB_QUEUE) as JobName[]) {
    if (!handlers.has(jobName)) {
      problems.push(`job ${jobName} has no handler`);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Job handler registry is inconsistent: ${problems.join('; ')}`,
    );
  }
  return handlers;
}
