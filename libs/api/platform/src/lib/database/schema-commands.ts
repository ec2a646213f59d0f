import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { baseDataSourceOptions } from './data-source-options';

/** A short-lived connection for an operator command; closed when `run` settles. */
export async function withDataSource<T>(
  config: Pick<AppConfig, 'database'>,
  run: (dataSource: DataSource) => Promise<T>,
  entities: DataSourceOptions['entities'] = [],
): Promise<T> {
  const dataSource = new DataSource({
    ...baseDataSourceOptions(config),
    entities,
    logging: ['error'],
  });
  await dataSource.initialize();
  try {
    return await run(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies pending migrations; returns their names (empty when the schema is current). */
export function migrateSchema(
  config: Pick<AppConfig, 'database'>,
): Promise<string[]> {
  return withDataSource(config, async (dataSource) =>
    (await dataSource.runMigrations()).map((m) => m.name),
  );
}

export function revertLastMigration(
  config: Pick<AppConfig, 'database'>,
): Promise<void> {
  return withDataSource(config, (dataSource) => dataSource.undoLastMigration());
}

/** Drops every table of the public schema and migrates from scratch (development and tests only). */
export function resetSchema(
  config: Pick<AppConfig, 'database'>,
): Promise<string[]> {
  return withDataSource(config, async (dataSource) => {
    await dataSource.query('DROP SCHEMA public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    return (await dataSource.runMigrations()).map((m) => m.name);
  });
}

export interface Seed {
  /** Unique and stable: a seed whose name is recorded in `seed_runs` never runs again. */
  readonly name: string;
  /** Entity classes the seed saves through the manager. */
  readonly entities?: NonNullable<DataSourceOptions['entities']>;
  /** Gets the validated config for what seeds derive from secrets (e.g. keyed hashes). */
  run(manager: EntityManager, config: AppConfig): Promise<void>;
}

/**
 * Applies each seed at most once, each in its own transaction together with its `seed_runs` row,
 * so a crash mid-seed leaves nothing half-applied and a rerun continues where it stopped.
 * Concurrent runs serialise on the row lock of the seed's name.
 */
export function applySeeds(
  config: AppConfig,
  seeds: readonly Seed[],
): Promise<string[]> {
  return withDataSource(
    config,
    async (dataSource) => {
      const applied: string[] = [];
      for (const seed of seeds) {
        const ran = await dataSource.transaction(async (manager) => {
          const claimed: unknown[] = await manager.query(
            `INSERT INTO seed_runs (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING name`,
            [seed.name],
          );
          if (claimed.length === 0) return false;
          await seed.run(manager, config);
          return true;
        });
        if (ran) applied.push(seed.name);
      }
      return applied;
    },
    // Several seeds name the same entities; each class once.
    [
      ...new Set(
        seeds.flatMap((seed) =>
          Array.isArray(seed.entities) ? seed.entities : [],
        ),
      ),
    ],
  );
}
