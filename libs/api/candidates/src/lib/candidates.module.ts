import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, OutboxService } from '@jcw/api-platform';
import { IdentityModule } from '@jcw/api-identity';
import { CandidateEntity } from './candidate.entity';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { Geocoder, geocoderFor } from './geocoder';

@Module({
  imports: [TypeOrmModule.forFeature([CandidateEntity]), IdentityModule],
  controllers: [CandidatesController],
  providers: [
    CandidatesService,
    OutboxService,
    {
      provide: Geocoder,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => geocoderFor(config),
    },
  ],
})
export class CandidatesModule {}
