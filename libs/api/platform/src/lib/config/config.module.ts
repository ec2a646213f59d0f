import { Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Provides the validated `AppConfig`. The composition root passes the config it already loaded
 * (once, before Nest starts) so the environment is parsed exactly once per process.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig = loadConfig()) {
    return {
      module: AppConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
