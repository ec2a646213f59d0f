import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import {
  DEFAULT_JOB_OPTIONS,
  HandlesJob,
  JobHandler,
  JobName,
  JobOutcome,
  RegisterImportPayload,
} from '@jcw/api-platform';
import { RegisterImportProcessor } from './register-import.processor';

/**
 * Runs an uploaded register import. Safe to run again at any point: the processor resumes after
 * the last committed batch, so a job taken over from a killed worker (stalled) or retried after
 * an error never imports a row twice.
 */
@Injectable()
@HandlesJob(JobName.registerImport)
export class RegisterImportJobHandler
  implements JobHandler<typeof JobName.registerImport>
{
  constructor(private readonly processor: RegisterImportProcessor) {}

  handle(job: Job<RegisterImportPayload>): Promise<JobOutcome> {
    const attempts = job.opts.attempts ?? DEFAULT_JOB_OPTIONS.attempts ?? 1;
    return this.processor.run(
      job.data.importId,
      job.data.organisationId,
      job.attemptsMade + 1 >= attempts,
    );
  }
}
