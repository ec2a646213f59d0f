import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { migrations } from './migrations';

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
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'jcw' },
  };
}
