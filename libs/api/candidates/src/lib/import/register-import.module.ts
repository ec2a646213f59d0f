import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxService } from '@jcw/api-platform';
import { identityEntities } from '@jcw/api-identity';
import { CandidateEntity } from '../candidate.entity';
import { REGISTER_IMPORT_ENTITIES } from './register-import.entities';
import { RegisterImportJobHandler } from './register-import.job-handler';
import { RegisterImportProcessor } from './register-import.processor';
import { RegisterImportsController } from './register-imports.controller';
import { RegisterImportsService } from './register-imports.service';

/**
 * Register imports over HTTP. Import it before CandidatesModule: Express matches routes in the
 * order they are registered, and `GET /candidates/:id` would otherwise answer
 * `GET /candidates/imports` (with a 404, as 'imports' is not a uuid).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CandidateEntity, ...REGISTER_IMPORT_ENTITIES]),
  ],
  controllers: [RegisterImportsController],
  providers: [RegisterImportsService, OutboxService],
})
export class RegisterImportModule {}

/** The register import job of a worker process. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ...identityEntities,
      CandidateEntity,
      ...REGISTER_IMPORT_ENTITIES,
    ]),
  ],
  providers: [RegisterImportProcessor, RegisterImportJobHandler, OutboxService],
})
export class RegisterImportWorkerModule {}
