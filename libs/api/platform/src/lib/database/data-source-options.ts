import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { migrations } from './migrations';
import { PrivacySafeQueryLogger } from './query-logger';

export const MIGRATIONS_TABLE = 'schema_migrations';

/**
 * Connection options shared by the Nest module, the CLI and the tests, so all three see the same
 * schema. `synchronize` is off for good: the schema only changes through committed migrations.
 */
export function baseDataSourceOptions(
  config: Pick<AppConfig, 'database'>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    // Migrations run each in their own transaction so a failing one leaves the earlier ones applied.
    migrationsTransactionMode: 'each',
    logging: ['error', 'migration'],
    logger: new PrivacySafeQueryLogger(),
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'jcw' },
  };
}

/**
 * PostgreSQL `numeric` columns come back from pg as strings (to keep their precision); the domain
 * works in numbers, whose precision is ample for hours and euros.
 */
export const decimalTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
