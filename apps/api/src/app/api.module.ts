import { Module } from '@nestjs/common';
import {
  AppConfig,
  AppConfigModule,
  PlatformApiModule,
} from '@jcw/api-platform';
import { IdentityModule } from '@jcw/api-identity';
import { CandidatesModule } from '@jcw/api-candidates';
import { CarvingModule } from '@jcw/api-carving';

/** Composition root of the HTTP API: one import per domain module. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig) {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        PlatformApiModule,
        IdentityModule,
        CandidatesModule,
        CarvingModule,
      ],
    };
  }
}
