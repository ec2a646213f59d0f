import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyKeyEntity } from '@jcw/api-platform';
import { IdentityModule } from '@jcw/api-identity';
import { CARVING_ENTITIES } from '@jcw/api-carving';
import { PlacementsModule } from '@jcw/api-placements';
import { MatchScoringService } from './match-scoring.service';
import { MatchesService } from './matches.service';
import {
  MatchesController,
  NotificationsController,
  ProposalsController,
} from './matching.controllers';
import { MATCHING_ENTITIES } from './matching.entities';
import {
  CandidateMatchingJobHandler,
  CandidatePoolJobHandler,
  PackagePublishedJobHandler,
} from './matching.job-handlers';
import { NotificationsService } from './notifications.service';
import { ProposalsService } from './proposals.service';

const entities = TypeOrmModule.forFeature([
  ...MATCHING_ENTITIES,
  IdempotencyKeyEntity,
]);

@Module({
  imports: [entities, IdentityModule, PlacementsModule],
  controllers: [
    MatchesController,
    ProposalsController,
    NotificationsController,
  ],
  providers: [MatchesService, ProposalsService, NotificationsService],
})
export class MatchingModule {}

/** The matching jobs a worker process handles: scoring runs for packages and candidates. */
@Module({
  // The worker has no carving module of its own; scoring reads packages, tasks and allocations.
  imports: [entities, TypeOrmModule.forFeature([...CARVING_ENTITIES])],
  providers: [
    MatchScoringService,
    PackagePublishedJobHandler,
    CandidateMatchingJobHandler,
    CandidatePoolJobHandler,
  ],
})
export class MatchingWorkerModule {}
