import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  AuditEntryDto,
  OrganisationDto,
  Page,
  UnitDto,
  UserDto,
} from '@jcw/shared-contracts';
import {
  Actor,
  CurrentActor,
  CurrentRequest,
  RequestContext,
  Roles,
  uuidParam,
} from '@jcw/api-platform';
import { AuditService } from './audit/audit.service';
import {
  AuditQueryDto,
  CreateOrganisationDto,
  CreateUnitDto,
  CreateUserDto,
  UpdateUnitDto,
  UpdateUserDto,
} from './dto/identity.dto';
import { OrganisationsService } from './organisations/organisations.service';
import { UnitsService, requireOrganisation } from './units/units.service';
import { UsersService } from './users/users.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Coordinators read figures across all organisations of the installation, so they see the list. */
  @Roles('superadmin', 'coordinator')
  @Get()
  list(): Promise<OrganisationDto[]> {
    return this.organisations.list();
  }

  @Roles('superadmin')
  @Post()
  create(
    @Body() body: CreateOrganisationDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<OrganisationDto> {
    return this.organisations.create(body, context);
  }
}

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Roles('admin', 'hr_adviser', 'manager', 'jobcoach')
  @Get()
  list(@CurrentActor() actor: Actor): Promise<UnitDto[]> {
    return this.units.list(actor);
  }

  @Roles('admin')
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUnitDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<UnitDto> {
    return this.units.create(actor, body, context);
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: UpdateUnitDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<UnitDto> {
    return this.units.update(actor, id, body, context);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    return this.units.remove(actor, id, context);
  }
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('admin')
  @Get()
  list(@CurrentActor() actor: Actor): Promise<UserDto[]> {
    return this.users.list(actor);
  }

  @Roles('admin')
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUserDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<UserDto> {
    return this.users.create(actor, body, context);
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: UpdateUserDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<UserDto> {
    return this.users.update(actor, id, body, context);
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Roles('admin')
  @Get()
  search(
    @CurrentActor() actor: Actor,
    @Query() query: AuditQueryDto,
  ): Promise<Page<AuditEntryDto>> {
    return this.audit.search(requireOrganisation(actor), query);
  }
}
