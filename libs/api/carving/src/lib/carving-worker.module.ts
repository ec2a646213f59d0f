import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CARVING_ENTITIES } from './carving.entities';
import { PackagePublishedJobHandler } from './package-published.job-handler';

/** The carving jobs a worker process handles. */
@Module({
  imports: [TypeOrmModule.forFeature([...CARVING_ENTITIES])],
  providers: [PackagePublishedJobHandler],
})
export class CarvingWorkerModule {}
