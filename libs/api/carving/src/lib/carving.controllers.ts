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
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  BusinessCaseDto,
  DemandCatalogueDto,
  FunctionDto,
  FunctionSummaryDto,
  PackageDto,
  PackageListItemDto,
  PackageVersionDto,
  TaskDto,
  TemplateDto,
  UnitScanDto,
} from '@jcw/shared-contracts';
import {
  DEMAND_CATALOGUE,
  DEMAND_CATALOGUE_VERSION,
  FML_RUBRICS,
  FML_RUBRIC_LABELS,
  demandDimensionByKey,
} from '@jcw/shared-domain';
import {
  Actor,
  Authenticated,
  CurrentActor,
  CurrentRequest,
  RequestContext,
  Roles,
  uuidParam,
} from '@jcw/api-platform';
import {
  BusinessCaseQueryDto,
  CreateFunctionDto,
  CreatePackageDto,
  CreateTaskDto,
  CreateUnitScanDto,
  InstantiateTemplateDto,
  PackageListQueryDto,
  PdfQueryDto,
  PublishTemplateDto,
  TemplateQueryDto,
  UpdateFunctionDto,
  UpdatePackageDto,
  UnitScanQueryDto,
  UpdateTaskDto,
} from './carving.dto';
import { FunctionsService } from './functions.service';
import { PackagesService } from './packages.service';
import { renderPackagePdf } from './pdf/package-pdf';
import { TemplatesService } from './templates.service';
import { UnitScansService } from './unit-scans.service';

/** Managers read the carving of their unit subtree; HR advisers carve. */
const READERS = ['hr_adviser', 'manager'] as const;

@ApiTags('carving')
@ApiBearerAuth()
@Controller('dimensions')
export class DimensionsController {
  /** The catalogue is the same for everyone and holds no personal data. */
  @Authenticated()
  @Get()
  catalogue(): DemandCatalogueDto {
    return {
      version: DEMAND_CATALOGUE_VERSION,
      rubrics: FML_RUBRICS.map((rubric) => ({
        rubric,
        label: FML_RUBRIC_LABELS[rubric],
      })),
      dimensions: DEMAND_CATALOGUE.map((dimension) => ({
        key: dimension.key,
        rubric: dimension.rubric,
        label: dimension.label,
        levels: [
          ...dimension.levels,
        ] as DemandCatalogueDto['dimensions'][number]['levels'],
      })),
    };
  }
}

@ApiTags('carving')
@ApiBearerAuth()
@Controller('functions')
export class FunctionsController {
  constructor(private readonly functions: FunctionsService) {}

  @Roles(...READERS)
  @Get()
  list(@CurrentActor() actor: Actor): Promise<FunctionSummaryDto[]> {
    return this.functions.list(actor);
  }

  @Roles('hr_adviser')
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateFunctionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<FunctionDto> {
    return this.functions.create(actor, body, context);
  }

  @Roles(...READERS)
  @Get(':id')
  read(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<FunctionDto> {
    return this.functions.read(actor, id);
  }

  @Roles('hr_adviser')
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: UpdateFunctionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<FunctionDto> {
    return this.functions.update(actor, id, body, context);
  }

  @Roles('hr_adviser')
  @Delete(':id')
  @HttpCode(204)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    return this.functions.remove(actor, id, context);
  }

  @Roles('hr_adviser')
  @Post(':id/tasks')
  createTask(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: CreateTaskDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<TaskDto> {
    return this.functions.createTask(actor, id, body, context);
  }

  @Roles('hr_adviser')
  @Patch(':id/tasks/:taskId')
  updateTask(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Param('taskId', uuidParam) taskId: string,
    @Body() body: UpdateTaskDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<TaskDto> {
    return this.functions.updateTask(actor, id, taskId, body, context);
  }

  @Roles('hr_adviser')
  @Delete(':id/tasks/:taskId')
  @HttpCode(204)
  removeTask(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Param('taskId', uuidParam) taskId: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    return this.functions.removeTask(actor, id, taskId, context);
  }
}

@ApiTags('carving')
@ApiBearerAuth()
@Controller('packages')
export class PackagesController {
  constructor(
    private readonly packages: PackagesService,
    private readonly templates: TemplatesService,
  ) {}

  @Roles(...READERS)
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: PackageListQueryDto,
  ): Promise<PackageListItemDto[]> {
    return this.packages.list(actor, query.status);
  }

  @Roles('hr_adviser')
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePackageDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<PackageDto> {
    return this.packages.create(actor, body, context);
  }

  @Roles(...READERS)
  @Get(':id')
  read(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<PackageDto> {
    return this.packages.read(actor, id);
  }

  @Roles('hr_adviser')
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: UpdatePackageDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<PackageDto> {
    return this.packages.update(actor, id, body, context);
  }

  @Roles('hr_adviser')
  @Post(':id/publish')
  @HttpCode(200)
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<PackageDto> {
    return this.packages.publish(actor, id, context);
  }

  @Roles('hr_adviser')
  @Post(':id/fill')
  @HttpCode(200)
  fill(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<PackageDto> {
    return this.packages.fill(actor, id, context);
  }

  @Roles('hr_adviser')
  @Post(':id/close')
  @HttpCode(200)
  close(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<PackageDto> {
    return this.packages.close(actor, id, context);
  }

  @Roles(...READERS)
  @Get(':id/versions')
  versions(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<PackageVersionDto[]> {
    return this.packages.versions(actor, id);
  }

  @Roles(...READERS)
  @Get(':id/business-case')
  businessCase(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query() query: BusinessCaseQueryDto,
  ): Promise<BusinessCaseDto> {
    return this.packages.businessCase(actor, id, query);
  }

  @Roles(...READERS)
  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query() query: PdfQueryDto,
  ): Promise<StreamableFile> {
    const lang = query.lang ?? 'nl';
    const { pkg, businessCase, organisationName } =
      await this.packages.document(actor, id);
    const pdf = await renderPackagePdf({
      pkg,
      businessCase,
      lang,
      organisationName,
      generatedAt: new Date(),
      dimensionLabel: (key: string) =>
        demandDimensionByKey(key)?.label[lang] ?? key,
    });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="werkpakket-${pkg.id.slice(0, 8)}-v${pkg.version}.pdf"`,
    });
  }

  @Roles('hr_adviser')
  @Post(':id/template')
  publishTemplate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: PublishTemplateDto,
  ): Promise<TemplateDto> {
    return this.templates.publishFromPackage(actor, id, body);
  }
}

@ApiTags('carving')
@ApiBearerAuth()
@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Roles(...READERS)
  @Get()
  list(@Query() query: TemplateQueryDto): Promise<TemplateDto[]> {
    return this.templates.list(query);
  }

  @Roles(...READERS)
  @Get(':id')
  read(@Param('id', uuidParam) id: string): Promise<TemplateDto> {
    return this.templates.read(id);
  }

  @Roles('hr_adviser')
  @Post(':id/instantiate')
  instantiate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: InstantiateTemplateDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<PackageDto> {
    return this.templates.instantiate(actor, id, body, context);
  }
}

@ApiTags('carving')
@ApiBearerAuth()
@Controller('unit-scans')
export class UnitScansController {
  constructor(private readonly scans: UnitScansService) {}

  @Roles(...READERS)
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: UnitScanQueryDto,
  ): Promise<UnitScanDto[]> {
    return this.scans.list(actor, query.unitId);
  }

  @Roles('hr_adviser')
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUnitScanDto,
  ): Promise<UnitScanDto> {
    return this.scans.create(actor, body);
  }

  @Roles(...READERS)
  @Get(':id')
  read(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<UnitScanDto> {
    return this.scans.read(actor, id);
  }
}
