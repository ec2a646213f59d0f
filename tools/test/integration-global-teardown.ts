import { readFileSync, rmSync } from 'node:fs';
import IORedis from 'ioredis';
import { Client } from 'pg';
import {
  IntegrationRun,
  stateFile,
  testPostgresServerUrl,
} from './integration-env';

export default async function globalTeardown(): Promise<void> {
  const run = JSON.parse(readFileSync(stateFile, 'utf8')) as IntegrationRun;
  const admin = new Client({ connectionString: testPostgresServerUrl });
  await admin.connect();
  await admin.query(
    `DROP DATABASE IF EXISTS "${new URL(run.databaseUrl).pathname.slice(1)}" WITH (FORCE)`,
  );
  await admin.end();
  const redis = new IORedis(run.redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${run.queuePrefix}*`,
      'COUNT',
      500,
    );
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
  rmSync(stateFile, { force: true });
}
