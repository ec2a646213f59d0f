import { Module } from '@nestjs/common';
import {
  AppConfig,
  AppConfigModule,
  PlatformApiModule,
} from '@jcw/api-platform';
import { IdentityModule } from '@jcw/api-identity';
import { CandidatesModule, RegisterImportModule } from '@jcw/api-candidates';
import { CarvingModule } from '@jcw/api-carving';
import { CoachingModule } from '@jcw/api-coaching';
import { MatchingModule } from '@jcw/api-matching';
import { PlacementsModule } from '@jcw/api-placements';
import { QuotaModule } from '@jcw/api-quota';

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
        // Before CandidatesModule: its GET candidates/:id would otherwise take candidates/imports.
        RegisterImportModule,
        CandidatesModule,
        CarvingModule,
        CoachingModule,
        PlacementsModule,
        MatchingModule,
        QuotaModule,
      ],
    };
  }
}
