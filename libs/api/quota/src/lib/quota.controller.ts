import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  Actor,
  CurrentActor,
  CurrentRequest,
  PlatformErrorCode,
  PlatformException,
  RequestContext,
  Roles,
  uuidParam,
} from '@jcw/api-platform';
import { rebuildQuotaCounters } from '@jcw/api-placements';
import type {
  OrganisationQuotaYearDto,
  PayrollImportResultDto,
  QuotaDashboardDto,
  QuotaLinesDto,
  QuotaOverviewDto,
  QuotaRebuildResultDto,
  QuotaYearParametersDto,
} from '@jcw/shared-contracts';
import { renderMonitor } from './monitor-report';
import {
  DashboardQueryDto,
  MAX_QUOTA_YEAR,
  MIN_QUOTA_YEAR,
  MonitorQueryDto,
  OrganisationYearDto,
  PayrollImportDto,
  PutQuotaYearParametersDto,
  QuotaLinesQueryDto,
  YearQueryDto,
} from './quota.dto';
import { QuotaService } from './quota.service';

/** A year in the path: a number the product keeps figures for, else 400 naming `year`. */
const yearPipe = {
  transform(value: string): number {
    const year = Number(value);
    if (
      !/^\d{4}$/.test(value) ||
      year < MIN_QUOTA_YEAR ||
      year > MAX_QUOTA_YEAR
    )
      throw new PlatformException(
        PlatformErrorCode.Unprocessable,
        `year must be a year from ${MIN_QUOTA_YEAR} to ${MAX_QUOTA_YEAR}`,
        [
          {
            field: 'year',
            message: `year must be a year from ${MIN_QUOTA_YEAR} to ${MAX_QUOTA_YEAR}`,
          },
        ],
      );
    return year;
  },
};

/** Who sees quota figures: no candidate data, only counts and pseudonymous lines. */
const FIGURE_READERS = ['admin', 'hr_adviser', 'coordinator'] as const;

@ApiTags('quota')
@ApiBearerAuth()
@Controller('quota')
export class QuotaController {
  constructor(
    private readonly quota: QuotaService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Roles('admin', 'superadmin', 'hr_adviser', 'coordinator')
  @Get('parameters')
  parameters(): Promise<QuotaYearParametersDto[]> {
    return this.quota.parameters();
  }

  @Roles('admin', 'superadmin')
  @Put('parameters/:year')
  putParameters(
    @CurrentActor() actor: Actor,
    @Param('year', yearPipe) year: number,
    @Body() body: PutQuotaYearParametersDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<QuotaYearParametersDto> {
    return this.quota.putParameters(actor, year, body, context);
  }

  @Roles(...FIGURE_READERS)
  @Get('organisations/:organisationId/years/:year')
  organisationYear(
    @CurrentActor() actor: Actor,
    @Param('organisationId', uuidParam) organisationId: string,
    @Param('year', yearPipe) year: number,
  ): Promise<OrganisationQuotaYearDto> {
    return this.quota.organisationYear(actor, organisationId, year);
  }

  @Roles('admin')
  @Put('organisations/:organisationId/years/:year')
  putOrganisationYear(
    @CurrentActor() actor: Actor,
    @Param('organisationId', uuidParam) organisationId: string,
    @Param('year', yearPipe) year: number,
    @Body() body: OrganisationYearDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<OrganisationQuotaYearDto> {
    return this.quota.putOrganisationYear(
      actor,
      organisationId,
      year,
      body,
      context,
    );
  }

  @Roles('admin')
  @Post('organisations/:organisationId/years/:year/payroll')
  @HttpCode(200)
  importPayroll(
    @CurrentActor() actor: Actor,
    @Param('organisationId', uuidParam) organisationId: string,
    @Param('year', yearPipe) year: number,
    @Body() body: PayrollImportDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<PayrollImportResultDto> {
    return this.quota.importPayroll(
      actor,
      organisationId,
      year,
      body.csv,
      context,
    );
  }

  @Roles(...FIGURE_READERS)
  @Get('dashboard')
  dashboard(
    @CurrentActor() actor: Actor,
    @Query() query: DashboardQueryDto,
  ): Promise<QuotaDashboardDto> {
    return this.quota.dashboard(
      actor,
      query.organisationId,
      query.year,
      query.date,
    );
  }

  @Roles('coordinator')
  @Get('overview')
  overview(@Query() query: YearQueryDto): Promise<QuotaOverviewDto> {
    return this.quota.overview(query.year);
  }

  @Roles(...FIGURE_READERS)
  @Get('lines')
  lines(
    @CurrentActor() actor: Actor,
    @Query() query: QuotaLinesQueryDto,
  ): Promise<QuotaLinesDto> {
    return this.quota.lines(actor, query);
  }

  @Roles(...FIGURE_READERS)
  @ApiProduces(
    'text/csv',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @Get('monitor')
  async monitor(
    @CurrentActor() actor: Actor,
    @Query() query: MonitorQueryDto,
  ): Promise<StreamableFile> {
    const report = await this.quota.dashboard(
      actor,
      query.organisationId,
      query.year,
      query.date,
    );
    const file = await renderMonitor(report, query.format, query.lang ?? 'nl');
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }

  @Roles('admin', 'superadmin')
  @Post('rebuild')
  @HttpCode(200)
  rebuild(): Promise<QuotaRebuildResultDto> {
    return rebuildQuotaCounters(this.dataSource);
  }
}
