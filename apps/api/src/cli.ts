import {
  applySeeds,
  loadConfig,
  migrateSchema,
  resetSchema,
  revertLastMigration,
  runMain,
  checkPostgres,
  withDataSource,
} from '@jcw/api-platform';
import { rebuildQuotaCounters } from '@jcw/api-placements';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@jcw/shared-contracts';
import { demoSeeds } from './app/seeds';

const usage =
  'usage: cli.js migrate | revert | reset | seed --demo | quota-rebuild';

/**
 * Operator commands that share the API's config and migrations: used by `npm run db:*`, the
 * launcher and the migrate service of docker/compose.yml.
 */
runMain('cli', async () => {
  const [command, ...flags] = process.argv.slice(2);
  const config = loadConfig();
  await checkPostgres(config);
  const report = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case 'migrate': {
      const applied = await migrateSchema(config);
      report(
        applied.length
          ? `applied migrations: ${applied.join(', ')}`
          : 'schema is up to date',
      );
      return;
    }
    case 'revert':
      await revertLastMigration(config);
      report('reverted the last migration');
      return;
    case 'reset': {
      if (config.nodeEnv === 'production')
        throw new Error('reset refuses to run with NODE_ENV=production');
      const applied = await resetSchema(config);
      report(`schema recreated; applied ${applied.length} migrations`);
      return;
    }
    case 'seed': {
      if (!flags.includes('--demo')) throw new Error(usage);
      if (!config.demoMode)
        throw new Error(
          'seed --demo needs DEMO_MODE=true (demo accounts must never reach production)',
        );
      const applied = await applySeeds(config, demoSeeds);
      report(
        applied.length
          ? `applied seeds: ${applied.join(', ')}`
          : 'demo data up to date',
      );
      report(`demo sign-ins (password ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS)
        report(`  ${account.role.padEnd(12)} ${account.email}`);
      return;
    }
    case 'quota-rebuild': {
      // Prints one JSON line so scripts (and the benchmark) can read the result.
      const result = await withDataSource(config, rebuildQuotaCounters);
      report(JSON.stringify(result));
      return;
    }
    default:
      throw new Error(usage);
  }
});
