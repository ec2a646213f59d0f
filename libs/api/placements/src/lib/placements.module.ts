import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyKeyEntity, OutboxService } from '@jcw/api-platform';
import { IdentityModule } from '@jcw/api-identity';
import { CandidateCountingJobHandler } from './candidate-counting.job-handler';
import { PlacementsController } from './placements.controller';
import { PLACEMENT_ENTITIES } from './placements.entities';
import { PlacementsService } from './placements.service';
import { QuotaLedger } from './quota-ledger';
import { SustainabilityService } from './sustainability.service';

const entities = TypeOrmModule.forFeature([
  ...PLACEMENT_ENTITIES,
  IdempotencyKeyEntity,
]);

@Module({
  imports: [entities, IdentityModule],
  controllers: [PlacementsController],
  providers: [
    PlacementsService,
    QuotaLedger,
    SustainabilityService,
    OutboxService,
  ],
  exports: [PlacementsService, QuotaLedger],
})
export class PlacementsModule {}

/** The placement jobs a worker process handles: recounting after register changes. */
@Module({
  imports: [entities, IdentityModule],
  providers: [
    PlacementsService,
    QuotaLedger,
    CandidateCountingJobHandler,
    OutboxService,
  ],
})
export class PlacementsWorkerModule {}
