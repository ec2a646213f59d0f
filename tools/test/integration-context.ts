import { readFileSync } from 'node:fs';
import { AppConfig, loadConfig } from '@jcw/api-platform';
import { IntegrationRun, stateFile } from './integration-env';

export function integrationRun(): IntegrationRun {
  return JSON.parse(readFileSync(stateFile, 'utf8')) as IntegrationRun;
}

/** The environment a process under test gets: the run's database and queue prefix, quiet logs. */
export function integrationEnv(
  overrides: Record<string, string> = {},
): Record<string, string> {
  const run = integrationRun();
  return {
    NODE_ENV: 'test',
    DATABASE_URL: run.databaseUrl,
    REDIS_URL: run.redisUrl,
    QUEUE_PREFIX: run.queuePrefix,
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: 'integration-tests-only-secret-0123456789abcdef',
    BSN_HMAC_SECRET: 'integration-tests-only-bsn-key-0123456789abcdef',
    ...overrides,
  };
}

/** A validated config for in-process tests, built through the same loader as production. */
export function integrationConfig(
  overrides: Record<string, string> = {},
): AppConfig {
  return loadConfig(integrationEnv(overrides));
}
