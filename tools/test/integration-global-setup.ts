import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
// Global setup runs outside jest's module resolver, so no tsconfig path aliases here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { migrateSchema } from '../../libs/api/platform/src/lib/database/schema-commands';
import {
  IntegrationRun,
  stateFile,
  testPostgresServerUrl,
  testRedisUrl,
} from './integration-env';

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const database = `jcw_it_${runId}`;
  const admin = new Client({
    connectionString: testPostgresServerUrl,
    connectionTimeoutMillis: 5000,
  });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `integration tests need PostgreSQL at ${new URL(testPostgresServerUrl).host} (${(error as Error).message}); set TEST_POSTGRES_URL or use npm test, which starts one`,
    );
  }
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(testPostgresServerUrl), {
    pathname: `/${database}`,
  }).toString();
  await migrateSchema({ database: { url: databaseUrl } });
  const run: IntegrationRun = {
    databaseUrl,
    redisUrl: testRedisUrl,
    queuePrefix: `jcwit${runId}`,
  };
  mkdirSync(dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(run));
}
