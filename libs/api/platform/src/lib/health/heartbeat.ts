import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type IORedis from 'ioredis';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { REDIS_CLIENT } from '../queue/redis.module';

export function heartbeatKeyPattern(prefix: string): string {
  return `${prefix}:heartbeat:worker:*`;
}

/**
 * Each worker process keeps a key alive in Redis; the API's health check counts the live keys.
 * The key expires three intervals after the last beat, so a killed worker disappears on its own.
 */
@Injectable()
export class WorkerHeartbeat
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(WorkerHeartbeat.name);
  private readonly key: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = `${config.queue.prefix}:heartbeat:worker:${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.beat();
    this.timer = setInterval(
      () => void this.beat(),
      this.config.worker.heartbeatIntervalMs,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.redis.del(this.key).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    try {
      await this.redis.set(
        this.key,
        new Date().toISOString(),
        'PX',
        this.config.worker.heartbeatIntervalMs * 3,
      );
    } catch (error) {
      this.logger.warn(
        { error: (error as Error).message },
        'heartbeat not written',
      );
    }
  }
}
