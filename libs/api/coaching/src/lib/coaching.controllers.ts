import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  CoachDashboardRowDto,
  CoachingContactDto,
  CoachingEvaluationDto,
  CoachingGoalDto,
  CoachingRecordDto,
  CoachingWeekDto,
} from '@jcw/shared-contracts';
import {
  Actor,
  CurrentActor,
  CurrentRequest,
  RequestContext,
  Roles,
  uuidParam,
} from '@jcw/api-platform';
import {
  CreateContactDto,
  CreateEvaluationDto,
  CreateGoalDto,
  LogbookQueryDto,
  PutHoursDto,
  UpdateGoalDto,
} from './coaching.dto';
import { CoachingService } from './coaching.service';
import { renderLogbookPdf } from './pdf/logbook-pdf';
import { WeekStartPipe } from './week-start.pipe';

/**
 * The assigned jobcoach keeps the record; HR advisers of the organisation read it and may write
 * too. Managers and coordinators never see it (they get 403 here, whoever the candidate is).
 */
const COACHING_ROLES = ['hr_adviser', 'jobcoach'] as const;

@ApiTags('coaching')
@ApiBearerAuth()
@Controller('candidates/:id/coaching')
export class CandidateCoachingController {
  constructor(private readonly coaching: CoachingService) {}

  @Roles(...COACHING_ROLES)
  @Get()
  record(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<CoachingRecordDto> {
    return this.coaching.record(actor, id, context);
  }

  @Roles(...COACHING_ROLES)
  @Post('contacts')
  addContact(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: CreateContactDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<CoachingContactDto> {
    return this.coaching.addContact(actor, id, body, context);
  }

  @Roles(...COACHING_ROLES)
  @Post('goals')
  addGoal(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: CreateGoalDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<CoachingGoalDto> {
    return this.coaching.addGoal(actor, id, body, context);
  }

  @Roles(...COACHING_ROLES)
  @Patch('goals/:goalId')
  updateGoal(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Param('goalId', uuidParam) goalId: string,
    @Body() body: UpdateGoalDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<CoachingGoalDto> {
    return this.coaching.updateGoal(actor, id, goalId, body, context);
  }

  @Roles(...COACHING_ROLES)
  @Put('hours/:weekStart')
  putHours(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Param('weekStart', WeekStartPipe) weekStart: string,
    @Body() body: PutHoursDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<CoachingWeekDto> {
    return this.coaching.putHours(actor, id, weekStart, body.hours, context);
  }

  @Roles(...COACHING_ROLES)
  @Post('evaluations')
  addEvaluation(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: CreateEvaluationDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<CoachingEvaluationDto> {
    return this.coaching.addEvaluation(actor, id, body, context);
  }

  @Roles(...COACHING_ROLES)
  @Get('logbook.pdf')
  @ApiProduces('application/pdf')
  async logbook(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query() query: LogbookQueryDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<StreamableFile> {
    const lang = query.lang ?? 'nl';
    const pdf = await renderLogbookPdf({
      ...(await this.coaching.logbook(actor, id, context)),
      lang,
      generatedAt: new Date(),
    });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${lang === 'nl' ? 'logboek' : 'logbook'}-${id.slice(0, 8)}.pdf"`,
    });
  }
}

@ApiTags('coaching')
@ApiBearerAuth()
@Controller('coaching')
export class CoachingDashboardController {
  constructor(private readonly coaching: CoachingService) {}

  /** A jobcoach's own candidates; an HR adviser's view covers every candidate with a coach. */
  @Roles(...COACHING_ROLES)
  @Get('dashboard')
  dashboard(@CurrentActor() actor: Actor): Promise<CoachDashboardRowDto[]> {
    return this.coaching.dashboard(actor);
  }
}
