/**
 * The platform every domain module stands on: validated configuration, the TypeORM connection and
 * migrations, Redis and BullMQ wiring, the transactional outbox, health, logging and the error body.
 */
export * from './lib/config/app-config';
export * from './lib/config/config.module';
export * from './lib/database/data-source-options';
export * from './lib/database/database.module';
export * from './lib/database/schema-commands';
export * from './lib/database/seed-run.entity';
export * from './lib/errors/all-exceptions.filter';
export * from './lib/errors/domain.exception';
export * from './lib/errors/validation';
export * from './lib/health/health.service';
export * from './lib/health/heartbeat';
export * from './lib/http/configure-http-app';
export * from './lib/logging/logging.module';
export * from './lib/outbox/idempotent-effect';
export * from './lib/outbox/outbox-drainer';
export * from './lib/outbox/outbox-message.entity';
export * from './lib/outbox/outbox.service';
export * from './lib/outbox/processed-job.entity';
export * from './lib/ping/ping.service';
export * from './lib/ping/platform-ping.entity';
export * from './lib/platform.module';
export * from './lib/queue/job-handler';
export * from './lib/queue/queue-worker-host';
export * from './lib/queue/queue.constants';
export * from './lib/queue/redis-connection';
export * from './lib/queue/redis.module';
export * from './lib/startup/preflight';
export * from './lib/startup/graceful-shutdown';
export * from './lib/http/access.decorators';
export * from './lib/http/demand-levels.validator';
export * from './lib/pdf/tagged-pdf';
export * from './lib/idempotency/idempotency';
export * from './lib/http/calendar-date.validator';
export * from './lib/database/retry-on-deadlock';
export * from './lib/geocoding/geocoder';
export * from './lib/http/route-params';
