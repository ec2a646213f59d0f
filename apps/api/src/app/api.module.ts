import { Module } from '@nestjs/common';
import {
  AppConfig,
  AppConfigModule,
  PlatformApiModule,
} from '@jcw/api-platform';

/** Composition root of the HTTP API: one import per domain module. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig) {
    return {
      module: ApiModule,
      imports: [AppConfigModule.forRoot(config), PlatformApiModule],
    };
  }
}
