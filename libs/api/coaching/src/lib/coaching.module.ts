import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@jcw/api-identity';
import { CoachingAccess } from './coaching-access';
import {
  CandidateCoachingController,
  CoachingDashboardController,
} from './coaching.controllers';
import { COACHING_ENTITIES } from './coaching.entities';
import { CoachingService } from './coaching.service';

@Module({
  imports: [TypeOrmModule.forFeature([...COACHING_ENTITIES]), IdentityModule],
  controllers: [CandidateCoachingController, CoachingDashboardController],
  providers: [CoachingAccess, CoachingService],
})
export class CoachingModule {}
