/**
 * What the database benchmarks (quota.mjs, matching-publish.mjs, register-import.mjs) share: the
 * command line, the number formats, the scratch database and Redis prefix with the environment of
 * the built API, CLI and worker, starting and stopping those processes, and the cleanup on the end
 * of a run or on Ctrl-C. Each benchmark keeps its own data, measurements and report; this module
 * only holds what would otherwise be copied between them, so the copies cannot drift apart.
 * (matching.mjs is pure computation without a database or built processes and does not use it.)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';

/** The repository root: the built processes run from here, as `npm run bench:*` would. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const args = process.argv.slice(2);
/** A numeric option (`--name 123`), or the fallback when it is not given. */
export const arg = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
/** A switch (`--name`). */
export const flag = (name) => args.includes(`--${name}`);

/** Writes one report line to stdout (console.log would add nothing but indirection). */
export const log = (line) => process.stdout.write(`${line}\n`);
/** Milliseconds with two decimals below 10 ms, so round trips of a fraction of a ms stay visible. */
export const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
/** Seconds from milliseconds; one decimal unless a benchmark needs finer steps near its target. */
export const seconds = (value, digits = 1) =>
  `${(value / 1000).toFixed(digits)} s`;
export const now = () => performance.now();
export const sleep = (delay) => new Promise((done) => setTimeout(done, delay));
/** Linear interpolation between the nearest ranks, so few samples still give a usable p95. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
export const median = (values) => quantile(values, 0.5);

/** Runs `call(index)` `count` times one after the other and returns each call's duration (ms). */
export async function timeCalls(count, call) {
  const times = [];
  for (let index = 0; index < count; index++) {
    const started = now();
    await call(index);
    times.push(now() - started);
  }
  return times;
}

/** The PostgreSQL server the scratch databases are made on (CI sets TEST_POSTGRES_URL). */
export const serverUrl =
  process.env.TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
/** Redis database 7 by default, away from a development server's database 0. */
export const scratchRedisUrl =
  process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7';
/** The URL of a database on the same server. */
export const databaseUrlOf = (database) =>
  Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

/**
 * The environment of the built API, CLI and worker for a scratch run: only PATH from this process
 * (a developer's .env or DATABASE_URL must not leak into the run), fixed bench-only secrets, and
 * a queue prefix of the run's own so its jobs and the cleanup touch no one else's keys. `extra`
 * adds or overrides per benchmark (NODE_ENV, NODE_OPTIONS, DEMO_API_ENV).
 */
export const benchEnv = (
  { databaseUrl, redisUrl, queuePrefix },
  extra = {},
) => ({
  PATH: process.env.PATH ?? '',
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: queuePrefix,
  LOG_LEVEL: 'warn',
  AUTH_JWT_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
  BSN_HMAC_SECRET: 'bench-only-bsn-key-0123456789abcdef0123456789',
  ...extra,
});
/** For runs that log in as the demo seed's accounts (DEMO_MODE) through an API on loopback. */
export const DEMO_API_ENV = {
  NODE_ENV: 'development',
  DEMO_MODE: 'true',
  HOST: '127.0.0.1',
};

/**
 * Builds the projects whose entries are missing in dist/ (all of them with `rebuild`), so a run
 * from a clean checkout works without a manual build step. `entries` maps an Nx project to the
 * files in dist/ it must produce; `reason` is the note in the log line.
 */
export function ensureBuilt(entries, { rebuild = false, reason } = {}) {
  const projects = rebuild
    ? Object.keys(entries)
    : Object.keys(entries).filter((project) =>
        entries[project].some((entry) => !existsSync(join(root, entry))),
      );
  if (projects.length === 0) return;
  log(
    `building ${projects.join(' and ')} (${reason ?? (rebuild ? '--build' : 'missing in dist/')}) ...`,
  );
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...projects], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
}

/**
 * Runs the product's CLI (dist/apps/api/cli.js) to completion and returns its stdout; a failure
 * carries the CLI's own stderr, which says more than "Command failed".
 */
export function runCli(env, ...cliArgs) {
  try {
    return execFileSync(
      process.execPath,
      [join(root, 'dist/apps/api/cli.js'), ...cliArgs],
      {
        cwd: root,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    throw new Error(
      `cli.js ${cliArgs.join(' ')} failed: ${error.stderr || error.stdout || error.message}`,
    );
  }
}

/** A port that was free a moment ago, for an API that must not collide with a running one. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const started = new Set();
// A crash of a benchmark must not leave the processes it started running.
process.once('exit', () => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGKILL');
});

/** Starts a built entry point (e.g. dist/apps/api/main.js) with Node; it is killed if we crash. */
export function startBuilt(entry, env, stdio) {
  const child = spawn(process.execPath, [join(root, entry)], {
    cwd: root,
    env,
    stdio,
  });
  started.add(child);
  return child;
}

/** SIGTERM for a graceful shutdown; SIGKILL when the process has not exited after 15 s. */
export async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Waits until the API answers /api/health/live (60 s at most). `Failure` is the error class to
 * throw, so a benchmark can tell the processes' failures from its own.
 */
export async function waitForHealth(base, api, Failure = Error) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null)
      throw new Failure(`the API exited with ${api.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health/live`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Failure('the API did not answer /api/health/live within 60 s');
}

/**
 * A request that must answer 2xx; otherwise the exact request and response end the run. Returns
 * the body as text, so a timed call costs no more parsing than the benchmark asks for.
 */
export async function requestText(base, path, init = {}, Failure = Error) {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  if (!response.ok)
    throw new Failure(
      `${init.method ?? 'GET'} ${path} -> ${response.status} ${text.slice(0, 2000)}`,
    );
  return text;
}

/**
 * Drops (a leftover of an interrupted run) and creates the scratch database; returns the
 * connection to the server that drops it again in closeScratchDatabase.
 */
export async function createScratchDatabase(database) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  return admin;
}

/**
 * Closes the benchmark's connection and drops the scratch database (`keep` leaves it and says
 * where). Errors are ignored: this runs on the way out, also after a failure or Ctrl-C.
 */
export async function closeScratchDatabase({
  admin,
  client,
  database,
  keep = false,
}) {
  await client.end().catch(() => undefined);
  if (!keep)
    await admin
      .query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      .catch(() => undefined);
  else log(`kept the scratch database: ${databaseUrlOf(database)}`);
  await admin.end().catch(() => undefined);
}

/** Deletes the run's queue keys (its own prefix only) from Redis. */
export async function clearQueueKeys(redisUrl, queuePrefix) {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await redis.connect();
    const keys = await redis.keys(`${queuePrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } catch {
    /* leaving a few keys of a unique prefix behind is harmless */
  } finally {
    redis.disconnect();
  }
}

let stopping = false;
/** Whether Ctrl-C / SIGTERM is ending the run (its queries then fail as the connections close). */
export const isStopping = () => stopping;

/**
 * Makes `work` the run's cleanup: it runs once, whether from the end of the run (call the returned
 * function in a `finally`) or from Ctrl-C / SIGTERM, which clean up and exit with 130.
 */
export function cleanupOnExit(work) {
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await work();
  };
  const interrupted = (signal) => {
    stopping = true;
    log(`\n${signal}: cleaning up ...`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return cleanup;
}

/**
 * Runs the benchmark; a failure is reported and exits with 1, except while an interrupt is
 * cleaning up (that path reports and exits itself).
 */
export function runMain(main, report = (error) => console.error(error)) {
  main().catch((error) => {
    if (stopping) return;
    report(error);
    process.exit(1);
  });
}

/** One statement of a data generator, timed and logged as a row of the generation table. */
export async function step(client, label, sql, params, format = seconds) {
  const begun = now();
  const result = await client.query(sql, params);
  log(
    `  ${label.padEnd(34)} ${String(result.rowCount ?? '').padStart(9)} rows  ${format(now() - begun)}`,
  );
  return result;
}

/** Settings for bulk set-based inserts into a throwaway database (durability does not matter). */
export async function prepareBulkSession(client) {
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET synchronous_commit = off`);
}

/** ANALYZE after generating, so the measured queries get the plans they would have in production. */
export async function analyze(client, format = seconds) {
  const begun = now();
  await client.query('ANALYZE');
  log(
    `  ${'ANALYZE'.padEnd(34)} ${''.padStart(9)}       ${format(now() - begun)}`,
  );
}

/** A SQL text[] literal of the values (quotes doubled). */
export const sqlArray = (values) =>
  `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]`;

/** Names for generated people: plausible in the product's screens, never a real register's. */
export const FIRST_NAMES = [
  'Sanne',
  'Daan',
  'Fatima',
  'Luuk',
  'Noor',
  'Mohamed',
  'Eva',
  'Bram',
  'Yara',
  'Thijs',
];
export const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Yilmaz',
  'Visser',
  'Smit',
  'El Amrani',
  'de Boer',
  'Mulder',
  'Bos',
];
