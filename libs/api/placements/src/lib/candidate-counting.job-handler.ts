import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  CandidateCountingChangedPayload,
  HandlesJob,
  JobHandler,
  JobName,
  JobOutcome,
} from '@jcw/api-platform';
import { PlacementsService } from './placements.service';

/**
 * Recounts a candidate's placements after their register end date or target group changed. It
 * reads the candidate as it is now, and appends ledger lines only where the counting differs, so
 * a retry after a crash, a stale job or a duplicate changes nothing twice; the lines and the
 * counter move in one transaction, so a killed worker leaves both as they were.
 */
@Injectable()
@HandlesJob(JobName.candidateCountingChanged)
export class CandidateCountingJobHandler
  implements JobHandler<typeof JobName.candidateCountingChanged>
{
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placements: PlacementsService,
  ) {}

  async handle(job: Job<CandidateCountingChangedPayload>): Promise<JobOutcome> {
    const appended = await this.dataSource.transaction((manager) =>
      this.placements.recountCandidate(manager, job.data.candidateId),
    );
    return appended > 0
      ? { status: 'done', reason: `${appended} placement(s) recounted` }
      : { status: 'skipped', reason: 'counting unchanged' };
  }
}
