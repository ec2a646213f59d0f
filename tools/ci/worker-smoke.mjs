#!/usr/bin/env node
// @ts-check
/**
 * CI's worker boot smoke test: the built worker must start against real PostgreSQL and Redis,
 * report ready (its heartbeat is written before that), and stop with exit code 0 on SIGTERM.
 * Uses TEST_POSTGRES_URL / TEST_REDIS_URL, defaulting to the local servers.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createDatabaseIfMissing,
  dropDatabase,
  runStep,
  workspaceRoot,
} from '../dev/services.mjs';

const server =
  process.env.TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const databaseUrl = Object.assign(new URL(server), {
  pathname: `/jcw_smoke_${process.pid}`,
}).toString();
const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `jcwsmoke${process.pid}`,
  LOG_LEVEL: 'info',
  WORKER_HEARTBEAT_INTERVAL_MS: '500',
  AUTH_JWT_SECRET: 'worker-smoke-test-only-secret-0123456789',
  BSN_HMAC_SECRET: 'worker-smoke-test-only-bsn-key-0123456789',
};

const fail = (/** @type {string} */ message) => {
  process.stderr.write(`worker smoke test FAILED: ${message}\n`);
  process.exitCode = 1;
};

await createDatabaseIfMissing(databaseUrl);
try {
  runStep(
    'node',
    [join(workspaceRoot, 'dist/apps/api/cli.js'), 'migrate'],
    env,
  );
  const worker = spawn(
    process.execPath,
    [join(workspaceRoot, 'dist/apps/worker/main.js')],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  worker.stdout.on('data', (chunk) => (output += chunk));
  worker.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) =>
    worker.once('exit', (code, signal) => done({ code, signal })),
  );
  const started = Date.now();
  while (
    !output.includes('worker ready') &&
    worker.exitCode === null &&
    Date.now() - started < 30_000
  ) {
    await new Promise((done) => setTimeout(done, 100));
  }
  if (!output.includes('worker ready')) {
    fail(`the worker did not become ready within 30 s:\n${output}`);
    worker.kill('SIGKILL');
  } else {
    const bootMs = Date.now() - started;
    worker.kill('SIGTERM');
    const exit = /** @type {{ code: number | null, signal: string | null }} */ (
      await exited
    );
    if (exit.code !== 0)
      fail(
        `the worker did not exit cleanly on SIGTERM (${exit.signal ?? `exit ${exit.code}`}):\n${output}`,
      );
    else
      process.stdout.write(
        `worker smoke test passed: ready after ${bootMs} ms, clean exit on SIGTERM\n`,
      );
  }
  await exited;
} finally {
  await dropDatabase(databaseUrl);
}
