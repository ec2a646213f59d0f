import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import {
  CandidateMatchingChangedPayload,
  CandidatePoolChangedPayload,
  HandlesJob,
  JobHandler,
  JobName,
  JobOutcome,
  PackagePublishedPayload,
} from '@jcw/api-platform';
import { MatchScoringService } from './match-scoring.service';

/** A package version was published (or a published package edited): score it against the pool. */
@Injectable()
@HandlesJob(JobName.packagePublished)
export class PackagePublishedJobHandler
  implements JobHandler<typeof JobName.packagePublished>
{
  constructor(private readonly scoring: MatchScoringService) {}

  handle(job: Job<PackagePublishedPayload>): Promise<JobOutcome> {
    return this.scoring.scorePackageRun(job.data.packageId, job.data.version);
  }
}

/** A candidate's profile changed: replace their matches against every published package. */
@Injectable()
@HandlesJob(JobName.candidateMatchingChanged)
export class CandidateMatchingJobHandler
  implements JobHandler<typeof JobName.candidateMatchingChanged>
{
  constructor(private readonly scoring: MatchScoringService) {}

  handle(job: Job<CandidateMatchingChangedPayload>): Promise<JobOutcome> {
    return this.scoring.scoreCandidateRun(
      job.data.candidateId,
      job.data.version,
    );
  }
}

/** Many candidates changed at once: re-score every published package of the organisation. */
@Injectable()
@HandlesJob(JobName.candidatePoolChanged)
export class CandidatePoolJobHandler
  implements JobHandler<typeof JobName.candidatePoolChanged>
{
  constructor(private readonly scoring: MatchScoringService) {}

  handle(job: Job<CandidatePoolChangedPayload>): Promise<JobOutcome> {
    return this.scoring.scoreOrganisationRun(job.data.organisationId);
  }
}
