import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  HealthCheck,
  HealthResponse,
  WorkerHealthCheck,
} from '@jcw/shared-contracts';
import type IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { REDIS_CLIENT } from '../queue/redis.module';
import { heartbeatKeyPattern } from './heartbeat';

const PROBE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthResponse> {
    const [database, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const worker =
      redis.status === 'up'
        ? await this.workerCheck()
        : { status: 'down' as const, lastHeartbeatAt: null, instances: 0 };
    const status =
      database.status === 'down' || redis.status === 'down'
        ? 'down'
        : worker.status === 'down'
          ? 'degraded'
          : 'ok';
    return {
      status,
      version: this.config.version,
      checkedAt: new Date().toISOString(),
      checks: { database, redis, worker },
    };
  }

  private async workerCheck(): Promise<WorkerHealthCheck> {
    try {
      const beats: string[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await this.redis.scan(
          cursor,
          'MATCH',
          heartbeatKeyPattern(this.config.queue.prefix),
          'COUNT',
          100,
        );
        cursor = next;
        if (keys.length > 0) {
          beats.push(
            ...(await this.redis.mget(...keys)).filter(
              (beat): beat is string => beat !== null,
            ),
          );
        }
      } while (cursor !== '0');
      const latest = beats.sort().at(-1) ?? null;
      return {
        status: beats.length > 0 ? 'up' : 'down',
        lastHeartbeatAt: latest,
        instances: beats.length,
      };
    } catch {
      return { status: 'down', lastHeartbeatAt: null, instances: 0 };
    }
  }
}

async function probe(run: () => Promise<unknown>): Promise<HealthCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
          PROBE_TIMEOUT_MS,
        );
      }),
    ]);
    return {
      status: 'up',
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
    };
  } catch (error) {
    return { status: 'down', reason: summariseError(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** A short reason without connection strings or credentials. */
function summariseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) return code;
  const message = error instanceof Error ? error.message : 'unknown error';
  return message.replace(/\w+:\/\/\S+/g, '[url]').slice(0, 120);
}
