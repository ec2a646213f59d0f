import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  CandidateMatchesDto,
  CarvingFeedbackDto,
  NearMissesDto,
  NotificationListDto,
  PackageMatchPage,
  ProposalDto,
  ProposalListItemDto,
  RejectionReportDto,
  SpotlightResultDto,
  TeamAssignmentDto,
} from '@jcw/shared-contracts';
import {
  APP_CONFIG,
  Actor,
  ApiIdempotencyKeyHeader,
  AppConfig,
  CurrentActor,
  CurrentRequest,
  IdempotencyKey,
  RequestContext,
  Roles,
  uuidParam,
} from '@jcw/api-platform';
import { MatchesService } from './matches.service';
import {
  AcceptProposalDto,
  CreateProposalDto,
  PageQueryDto,
  ProposalListQueryDto,
  RejectProposalDto,
  SpotlightDto,
  TeamAssignmentDtoRequest,
} from './matching.dto';
import { NotificationsService } from './notifications.service';
import { ProposalsService } from './proposals.service';

/**
 * Ranked matches, near misses and carving feedback are for HR advisers: they show who fits which
 * package. Managers meet candidates only through proposals, pseudonymised.
 */
@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchesController {
  constructor(
    private readonly matches: MatchesService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles('hr_adviser')
  @Get('packages/:id/matches')
  packageMatches(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query() query: PageQueryDto,
  ): Promise<PackageMatchPage> {
    return this.matches.packageMatches(
      actor,
      id,
      query.page ?? 1,
      query.pageSize ?? 25,
    );
  }

  @Roles('hr_adviser')
  @Get('packages/:id/near-misses')
  nearMisses(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<NearMissesDto> {
    return this.matches.nearMisses(actor, id);
  }

  @Roles('hr_adviser')
  @Get('packages/:id/carving-feedback')
  carvingFeedback(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<CarvingFeedbackDto> {
    return this.matches.carvingFeedback(actor, id);
  }

  @Roles('hr_adviser', 'jobcoach')
  @Get('candidates/:id/matches')
  candidateMatches(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<CandidateMatchesDto> {
    return this.matches.candidateMatches(actor, id);
  }

  @Roles('hr_adviser')
  @Post('matching/team-assignments')
  @HttpCode(HttpStatus.OK)
  teamAssignment(
    @CurrentActor() actor: Actor,
    @Body() body: TeamAssignmentDtoRequest,
  ): Promise<TeamAssignmentDto> {
    return this.matches.teamAssignment(actor, body);
  }

  @Roles('hr_adviser')
  @Post('matching/spotlight')
  @HttpCode(HttpStatus.OK)
  spotlight(
    @CurrentActor() actor: Actor,
    @Body() body: SpotlightDto,
  ): Promise<SpotlightResultDto> {
    return this.notifications.spotlight(
      actor,
      body.perPackage ?? 3,
      this.config.bsnHmacSecret,
    );
  }
}

@ApiTags('matching')
@ApiBearerAuth()
@Controller('proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Roles('hr_adviser')
  @ApiIdempotencyKeyHeader()
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateProposalDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentRequest() context: RequestContext,
  ): Promise<ProposalDto> {
    return this.proposals.create(actor, body, key, context);
  }

  @Roles('hr_adviser', 'manager')
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ProposalListQueryDto,
  ): Promise<ProposalListItemDto[]> {
    return this.proposals.list(actor, query);
  }

  @Roles('hr_adviser')
  @Get('rejection-report')
  rejectionReport(@CurrentActor() actor: Actor): Promise<RejectionReportDto> {
    return this.proposals.rejectionReport(actor);
  }

  @Roles('hr_adviser', 'manager')
  @Get(':id')
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<ProposalDto> {
    return this.proposals.get(actor, id, context);
  }

  @Roles('manager')
  @ApiIdempotencyKeyHeader()
  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: AcceptProposalDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentRequest() context: RequestContext,
  ): Promise<ProposalDto> {
    return this.proposals.accept(actor, id, body, key, context);
  }

  @Roles('manager')
  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: RejectProposalDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<ProposalDto> {
    return this.proposals.reject(actor, id, body, context);
  }

  @Roles('hr_adviser')
  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<ProposalDto> {
    return this.proposals.withdraw(actor, id, context);
  }
}

@ApiTags('matching')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles('admin', 'hr_adviser', 'jobcoach', 'manager', 'coordinator')
  @Get()
  list(@CurrentActor() actor: Actor): Promise<NotificationListDto> {
    return this.notifications.list(actor);
  }

  @Roles('admin', 'hr_adviser', 'jobcoach', 'manager', 'coordinator')
  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  markRead(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<void> {
    return this.notifications.markRead(actor, id);
  }
}
