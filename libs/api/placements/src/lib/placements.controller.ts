import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  LedgerEntryDto,
  PlacementDto,
  PlacementPage,
  SustainabilityDto,
} from '@jcw/shared-contracts';
import {
  Actor,
  ApiIdempotencyKeyHeader,
  CurrentActor,
  CurrentRequest,
  IdempotencyKey,
  RequestContext,
  Roles,
  uuidParam,
} from '@jcw/api-platform';
import {
  ChangePlacementHoursDto,
  CreatePlacementDto,
  EndPlacementDto,
  OrganisationQueryDto,
  PlacementListQueryDto,
  UpdatePlacementDto,
} from './placements.dto';
import { PlacementsService } from './placements.service';
import { SustainabilityService } from './sustainability.service';

/**
 * Placements are kept by HR advisers: they hold who works where (personal data), so managers,
 * coordinators and admins see only the counts (quota routes), never the placements themselves.
 */
@ApiTags('placements')
@ApiBearerAuth()
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly sustainability: SustainabilityService,
  ) {}

  @Roles('hr_adviser')
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: PlacementListQueryDto,
  ): Promise<PlacementPage> {
    return this.placements.list(actor, query);
  }

  @Roles('hr_adviser', 'admin', 'coordinator')
  @Get('sustainability')
  sustainabilityReport(
    @CurrentActor() actor: Actor,
    @Query() query: OrganisationQueryDto,
  ): Promise<SustainabilityDto> {
    return this.sustainability.report(actor, query.organisationId);
  }

  @Roles('hr_adviser')
  @ApiIdempotencyKeyHeader()
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePlacementDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentRequest() context: RequestContext,
  ): Promise<PlacementDto> {
    return this.placements.create(actor, body, key, context);
  }

  @Roles('hr_adviser')
  @Get(':id')
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<PlacementDto> {
    return this.placements.get(actor, id);
  }

  @Roles('hr_adviser')
  @Get(':id/ledger')
  ledger(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<LedgerEntryDto[]> {
    return this.placements.ledgerOf(actor, id);
  }

  @Roles('hr_adviser')
  @ApiIdempotencyKeyHeader()
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: UpdatePlacementDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentRequest() context: RequestContext,
  ): Promise<PlacementDto> {
    return this.placements.update(actor, id, body, key, context);
  }

  @Roles('hr_adviser')
  @ApiIdempotencyKeyHeader()
  @HttpCode(200)
  @Post(':id/hours')
  changeHours(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: ChangePlacementHoursDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentRequest() context: RequestContext,
  ): Promise<PlacementDto> {
    return this.placements.changeHours(actor, id, body, key, context);
  }

  @Roles('hr_adviser')
  @ApiIdempotencyKeyHeader()
  @HttpCode(200)
  @Post(':id/end')
  end(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: EndPlacementDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentRequest() context: RequestContext,
  ): Promise<PlacementDto> {
    return this.placements.end(actor, id, body, key, context);
  }
}
