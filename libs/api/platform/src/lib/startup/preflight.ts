import { Client } from 'pg';
import {
  AppConfig,
  ConfigError,
  describeEndpoint,
  loadConfig,
} from '../config/app-config';
import { createRedis } from '../queue/redis-connection';

/**
 * A start-up failure an operator can act on, printed as one line instead of a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

export async function checkPostgres(
  config: Pick<AppConfig, 'database'>,
): Promise<void> {
  const client = new Client({
    connectionString: config.database.url,
    connectionTimeoutMillis: 5000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(
      `PostgreSQL is not reachable at ${describeEndpoint(config.database.url)} (${reasonOf(error)}). ` +
        'Start PostgreSQL or set DATABASE_URL; `npm start` without DATABASE_URL starts an embedded one.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(
  config: Pick<AppConfig, 'redis'>,
): Promise<void> {
  const redis = createRedis(config.redis.url, 'probe');
  // The connect() rejection only says "Connection is closed"; the socket error names the cause.
  let socketError: unknown;
  redis.on('error', (error) => (socketError ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new StartupError(
      `Redis is not reachable at ${describeEndpoint(config.redis.url)} (${reasonOf(socketError ?? error)}). ` +
        'Start Redis (apt-get install redis-server, brew install redis, or docker compose -f docker/compose.yml up -d redis) or set REDIS_URL.',
    );
  } finally {
    redis.disconnect();
  }
}

/**
 * Loads the config and proves PostgreSQL and Redis reachable before Nest starts, so the three
 * usual mistakes (bad variable, database down, Redis down) each give one clear line.
 */
export async function preflight(
  needs: { redis: boolean } = { redis: true },
): Promise<AppConfig> {
  const config = loadConfig();
  await checkPostgres(config);
  if (needs.redis) await checkRedis(config);
  return config;
}

/** Runs `main`; expected start-up failures print one line and exit 1, anything else exits 1 with its stack. */
export function runMain(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`${name}: ${error.message}\n`);
    } else {
      process.stderr.write(
        `${name}: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exit(1);
  });
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  if (error instanceof AggregateError && error.errors.length > 0)
    return reasonOf(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\w+:\/\/\S+/g, '[url]').slice(0, 160);
}
