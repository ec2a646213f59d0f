import IORedis, { RedisOptions } from 'ioredis';

/**
 * BullMQ workers block on Redis commands, so their connections must not give up after a fixed
 * number of retries (`maxRetriesPerRequest: null`); producers and probes fail fast instead.
 */
export function redisConnectionOptions(
  url: string,
  purpose: 'worker' | 'producer' | 'probe',
): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  const base: RedisOptions = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectionName: `jcw-${purpose}`,
  };
  switch (purpose) {
    case 'worker':
      return { ...base, maxRetriesPerRequest: null, enableReadyCheck: true };
    case 'producer':
      return { ...base, maxRetriesPerRequest: 3, enableOfflineQueue: true };
    case 'probe':
      return {
        ...base,
        maxRetriesPerRequest: 0,
        enableOfflineQueue: false,
        lazyConnect: true,
        connectTimeout: 2000,
        retryStrategy: () => null,
      };
  }
}

export function createRedis(
  url: string,
  purpose: 'worker' | 'producer' | 'probe',
): IORedis {
  const redis = new IORedis(redisConnectionOptions(url, purpose));
  // An unhandled 'error' event would crash the process with a stack trace; callers observe failures
  // through command results and the health check instead.
  redis.on('error', () => undefined);
  return redis;
}
