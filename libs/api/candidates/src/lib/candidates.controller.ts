import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CandidatePage, CandidateProfileDto } from '@jcw/shared-contracts';
import {
  Actor,
  CurrentActor,
  CurrentRequest,
  RequestContext,
  Roles,
  uuidParam,
} from '@jcw/api-platform';
import {
  CandidateListQueryDto,
  CreateCandidateDto,
  UpdateCandidateDto,
} from './candidate.dto';
import { CandidatesService } from './candidates.service';

/** Managers and coordinators are not listed on purpose: they never see a full candidate profile. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Roles('hr_adviser', 'jobcoach')
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: CandidateListQueryDto,
  ): Promise<CandidatePage> {
    return this.candidates.list(actor, query);
  }

  @Roles('hr_adviser')
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateCandidateDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<CandidateProfileDto> {
    return this.candidates.create(actor, body, context);
  }

  @Roles('hr_adviser', 'jobcoach')
  @Get(':id')
  read(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<CandidateProfileDto> {
    return this.candidates.read(actor, id, context);
  }

  @Roles('hr_adviser', 'jobcoach')
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: UpdateCandidateDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<CandidateProfileDto> {
    return this.candidates.update(actor, id, body, context);
  }

  /** Right to erasure (AVG art. 17): personal data go, the quota ledger's pseudonymous facts stay. */
  @Roles('hr_adviser')
  @Delete(':id')
  @HttpCode(204)
  erase(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    return this.candidates.erase(actor, id, context);
  }
}
