#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every suite the product has - unit (jest, all projects), integration (jest against
 * real PostgreSQL and Redis) and end-to-end (Playwright in Debian's chromium against the real
 * stack) - then one closing line `N passed, N failed` over all of them.
 *
 * PostgreSQL and Redis: TEST_POSTGRES_URL / TEST_REDIS_URL when set, else the local servers on
 * 5432 / 6379 when they answer, else an embedded PostgreSQL and a redis-server from the PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  SetupError,
  ensurePostgres,
  ensureRedis,
  isPortOpen,
  runStep,
  workspaceRoot,
} from '../dev/services.mjs';

const resultsDir = join(workspaceRoot, 'tmp/test-results');
const log = (/** @type {string} */ line) =>
  process.stdout.write(`[test] ${line}\n`);
const nxEnv = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
};
/** @type {Array<() => Promise<void>>} */
const cleanups = [];

/** @typedef {{ name: string, passed: number, failed: number, skipped: number, crashed: boolean }} SuiteResult */

async function services() {
  const env = { ...process.env };
  if (!env.TEST_POSTGRES_URL && !(await isPortOpen(5432))) {
    const postgres = await ensurePostgres({
      database: 'postgres',
      dataDir: join(workspaceRoot, '.data/postgres-test'),
      log,
    });
    cleanups.push(postgres.stop);
    env.TEST_POSTGRES_URL = postgres.url;
    env.E2E_DATABASE_URL = postgres.url.replace(/\/postgres$/, '/jcw_e2e');
  }
  if (!env.TEST_REDIS_URL && !(await isPortOpen(6379))) {
    const redis = await ensureRedis({
      dataDir: join(workspaceRoot, '.data/redis-test'),
      log,
    });
    cleanups.push(redis.stop);
    env.TEST_REDIS_URL = redis.url;
    env.E2E_REDIS_URL = redis.url;
  }
  if (env.TEST_POSTGRES_URL)
    env.E2E_DATABASE_URL ??= Object.assign(new URL(env.TEST_POSTGRES_URL), {
      pathname: '/jcw_e2e',
    }).toString();
  if (env.TEST_REDIS_URL) env.E2E_REDIS_URL ??= env.TEST_REDIS_URL;
  return env;
}

/**
 * @param {string} name @param {string[]} command @param {string} resultFile
 * @param {(json: any) => { passed: number, failed: number, skipped: number }} count
 * @param {NodeJS.ProcessEnv} env
 * @returns {SuiteResult}
 */
function runSuite(name, command, resultFile, count, env) {
  log(`${name}: ${command.join(' ')}`);
  rmSync(resultFile, { force: true });
  const result = spawnSync(command[0], command.slice(1), {
    cwd: workspaceRoot,
    env,
    stdio: 'inherit',
  });
  if (!existsSync(resultFile)) {
    return { name, passed: 0, failed: 0, skipped: 0, crashed: true };
  }
  const counted = count(JSON.parse(readFileSync(resultFile, 'utf8')));
  // A non-zero exit with no failed test (a suite that could not load, a global setup error) is a failure too.
  return {
    name,
    ...counted,
    crashed: result.status !== 0 && counted.failed === 0,
  };
}

/** @param {any} report */
const countJest = (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
  skipped: report.numPendingTests + report.numTodoTests,
});

/** @param {any} report */
const countPlaywright = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
  skipped: report.stats.skipped,
});

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const env = { ...nxEnv, ...(await services()) };
  log('building api, worker and web');
  runStep(
    'npx',
    [
      'nx',
      'run-many',
      '-t',
      'build',
      '-p',
      'api',
      'worker',
      'web',
      '--output-style=stream',
    ],
    env,
  );

  const jest = join(workspaceRoot, 'node_modules/jest/bin/jest.js');
  const only = new Set(process.argv.slice(2));
  const wanted = (/** @type {string} */ name) =>
    only.size === 0 || only.has(name);
  /** @type {SuiteResult[]} */
  const results = [];
  if (wanted('unit')) {
    results.push(
      runSuite(
        'unit',
        [
          'node',
          jest,
          '--ci',
          '--json',
          `--outputFile=${resultsDir}/unit.json`,
        ],
        join(resultsDir, 'unit.json'),
        countJest,
        env,
      ),
    );
  }
  if (wanted('integration')) {
    results.push(
      runSuite(
        'integration',
        [
          'node',
          jest,
          '-c',
          'tools/test/jest.integration.config.cts',
          '--ci',
          '--json',
          `--outputFile=${resultsDir}/integration.json`,
        ],
        join(resultsDir, 'integration.json'),
        countJest,
        env,
      ),
    );
  }
  if (wanted('e2e')) {
    results.push(
      runSuite(
        'e2e',
        [
          'npx',
          'playwright',
          'test',
          '-c',
          'apps/web-e2e/playwright.config.ts',
        ],
        join(resultsDir, 'e2e.json'),
        countPlaywright,
        {
          ...env,
          E2E_LAUNCH_FLAGS: '--no-build',
        },
      ),
    );
  }

  for (const suite of results) {
    log(
      `${suite.name.padEnd(12)} ${suite.passed} passed, ${suite.failed} failed, ${suite.skipped} skipped${suite.crashed ? ' - THE SUITE DID NOT RUN TO THE END' : ''}`,
    );
  }
  const passed = results.reduce((sum, suite) => sum + suite.passed, 0);
  const failed = results.reduce(
    (sum, suite) => sum + suite.failed + (suite.crashed ? 1 : 0),
    0,
  );
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main()
  .catch((error) => {
    process.stderr.write(
      `[test] ${error instanceof SetupError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
    );
    return 1;
  })
  .then(async (code) => {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch(() => undefined);
    process.exit(code);
  });
