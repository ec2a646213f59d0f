import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxService, geocoderProvider } from '@jcw/api-platform';
import { IdentityModule } from '@jcw/api-identity';
import { CandidateEntity } from './candidate.entity';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [TypeOrmModule.forFeature([CandidateEntity]), IdentityModule],
  controllers: [CandidatesController],
  providers: [CandidatesService, OutboxService, geocoderProvider],
})
export class CandidatesModule {}
