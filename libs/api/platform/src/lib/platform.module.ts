import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG } from './config/config.module';
import type { AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { WorkerHeartbeat } from './health/heartbeat';
import { LoggingModule } from './logging/logging.module';
import { IdempotentEffectRunner } from './outbox/idempotent-effect';
import { OutboxDrainer } from './outbox/outbox-drainer';
import { OutboxService } from './outbox/outbox.service';
import { PingJobHandler } from './ping/ping.job-handler';
import { PingService } from './ping/ping.service';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queue/queue.constants';
import { QueueWorkerHost } from './queue/queue-worker-host';
import { redisConnectionOptions } from './queue/redis-connection';
import { RedisModule } from './queue/redis.module';

/** What the HTTP API needs of the platform: database, Redis, logging, health, the outbox writer. */
@Module({
  imports: [LoggingModule, DatabaseModule, RedisModule],
  controllers: [HealthController],
  providers: [HealthService, OutboxService, PingService],
  exports: [DatabaseModule, RedisModule, OutboxService, PingService],
})
export class PlatformApiModule {}

/**
 * What a worker process needs: the queues (producers for the outbox drainer), the worker host that
 * runs every job handler, the drainer and the heartbeat.
 */
@Module({
  imports: [
    LoggingModule,
    DatabaseModule,
    RedisModule,
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisConnectionOptions(config.redis.url, 'producer'),
        prefix: config.queue.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(
      ...Object.values(QueueName).map((name) => ({ name })),
    ),
  ],
  providers: [
    OutboxService,
    IdempotentEffectRunner,
    OutboxDrainer,
    QueueWorkerHost,
    WorkerHeartbeat,
    PingJobHandler,
  ],
  exports: [
    DatabaseModule,
    RedisModule,
    OutboxService,
    IdempotentEffectRunner,
    OutboxDrainer,
  ],
})
export class PlatformWorkerModule {}
