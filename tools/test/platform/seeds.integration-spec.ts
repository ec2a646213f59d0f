import { Client } from 'pg';
import { integrationConfig, integrationRun } from '../index';
import { applySeeds, Seed } from '@jcw/api-platform';

describe('seeds', () => {
  const run = integrationRun();
  const config = integrationConfig();

  it('applies each seed once, however often seeding runs', async () => {
    let runs = 0;
    const seed: Seed = {
      name: `test-seed-${Date.now()}`,
      run: async (manager) => {
        runs++;
        await manager.query(
          `INSERT INTO platform_pings (id) VALUES (gen_random_uuid())`,
        );
      },
    };
    const first = await applySeeds(config, [seed]);
    const second = await applySeeds(config, [seed]);
    expect(first).toEqual([seed.name]);
    expect(second).toEqual([]);
    expect(runs).toBe(1);
  });

  it('leaves nothing behind from a seed that fails, so the next run retries it', async () => {
    const name = `failing-seed-${Date.now()}`;
    const failing: Seed = {
      name,
      run: async () => Promise.reject(new Error('seed data invalid')),
    };
    await expect(applySeeds(config, [failing])).rejects.toThrow(
      'seed data invalid',
    );
    const db = new Client({ connectionString: run.databaseUrl });
    await db.connect();
    const recorded = await db.query(`SELECT 1 FROM seed_runs WHERE name = $1`, [
      name,
    ]);
    await db.end();
    expect(recorded.rowCount).toBe(0);
  });
});
