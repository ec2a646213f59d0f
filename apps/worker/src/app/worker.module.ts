import { Module } from '@nestjs/common';
import {
  AppConfig,
  AppConfigModule,
  PlatformWorkerModule,
} from '@jcw/api-platform';
import { RegisterImportWorkerModule } from '@jcw/api-candidates';
import { MatchingWorkerModule } from '@jcw/api-matching';
import { PlacementsWorkerModule } from '@jcw/api-placements';

/** Composition root of the worker: one import per domain's job handlers. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig) {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        PlatformWorkerModule,
        RegisterImportWorkerModule,
        PlacementsWorkerModule,
        MatchingWorkerModule,
      ],
    };
  }
}
