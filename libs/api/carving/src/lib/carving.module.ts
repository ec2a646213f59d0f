import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxService, geocoderProvider } from '@jcw/api-platform';
import { IdentityModule } from '@jcw/api-identity';
import { CarvingAccess } from './carving-access';
import {
  DimensionsController,
  FunctionsController,
  PackagesController,
  TemplatesController,
  UnitScansController,
} from './carving.controllers';
import { CARVING_ENTITIES } from './carving.entities';
import { FunctionsService } from './functions.service';
import { PackagesService } from './packages.service';
import { TemplatesService } from './templates.service';
import { UnitScansService } from './unit-scans.service';

@Module({
  imports: [TypeOrmModule.forFeature([...CARVING_ENTITIES]), IdentityModule],
  controllers: [
    DimensionsController,
    FunctionsController,
    PackagesController,
    TemplatesController,
    UnitScansController,
  ],
  providers: [
    CarvingAccess,
    FunctionsService,
    PackagesService,
    TemplatesService,
    UnitScansService,
    OutboxService,
    geocoderProvider,
  ],
  exports: [PackagesService],
})
export class CarvingModule {}
