import type { DynamicModule } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  OutboxDrainer,
  QueueWorkerHost,
  WorkerHeartbeat,
} from '@jcw/api-platform';

/**
 * The SQL TypeORM's `synchronize` would run to make the migrated database match the entities of
 * `rootModule`: empty when migrations and entities agree. Background loops are replaced so that
 * only the schema is looked at.
 */
export async function pendingSchemaChanges(
  rootModule: DynamicModule,
): Promise<string[]> {
  const moduleRef = await Test.createTestingModule({ imports: [rootModule] })
    .overrideProvider(QueueWorkerHost)
    .useValue({})
    .overrideProvider(WorkerHeartbeat)
    .useValue({})
    .overrideProvider(OutboxDrainer)
    .useValue({})
    .compile();
  const app = await moduleRef.createNestApplication({ logger: false }).init();
  try {
    const sql = await app
      .get<DataSource>(getDataSourceToken())
      .driver.createSchemaBuilder()
      .log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await app.close();
  }
}
