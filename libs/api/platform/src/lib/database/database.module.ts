import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import { ProcessedJobEntity } from '../outbox/processed-job.entity';
import { PlatformPingEntity } from '../ping/platform-ping.entity';
import { baseDataSourceOptions } from './data-source-options';
import { SeedRunEntity } from './seed-run.entity';

export const platformEntities = [
  OutboxMessageEntity,
  ProcessedJobEntity,
  PlatformPingEntity,
  SeedRunEntity,
];

/**
 * The TypeORM connection of a process. Domain modules register their entities with
 * `TypeOrmModule.forFeature`, which `autoLoadEntities` collects, so the app's entity set is
 * exactly the set of modules it imports. The start-up preflight has already proved the database
 * reachable, so connection retries are short.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...baseDataSourceOptions(config),
        autoLoadEntities: true,
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
    TypeOrmModule.forFeature(platformEntities),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
