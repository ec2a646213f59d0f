/**
 * Where the integration tests find their services. Defaults are the local servers of a
 * development machine and CI; TEST_POSTGRES_URL / TEST_REDIS_URL point elsewhere (the test runner
 * sets them when it had to start embedded ones).
 */
export const testPostgresServerUrl =
  process.env['TEST_POSTGRES_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';
export const testRedisUrl =
  process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** The state file through which global setup hands the run's database and prefix to the tests. */
export const stateFile = `${__dirname}/../../tmp/integration-run.json`;

export interface IntegrationRun {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
}
