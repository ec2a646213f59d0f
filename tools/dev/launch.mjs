#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: builds the apps, brings up PostgreSQL and Redis (configured or embedded), migrates,
 * seeds the demo data once, then runs the worker and the API (which serves the web app) until
 * Ctrl-C, and stops everything it started.
 *
 *   --e2e       port 3100, a fresh `jcw_e2e` database, local services when they run (used by Playwright)
 *   --no-build  use the existing dist/ (the test runner has just built it)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  SetupError,
  ensurePostgres,
  ensureRedis,
  isPortOpen,
  runStep,
  stopChild,
  workspaceRoot,
} from './services.mjs';

const args = new Set(process.argv.slice(2));
const e2e = args.has('--e2e');
const log = (/** @type {string} */ line) =>
  process.stdout.write(`[launch] ${line}\n`);
/** @type {Array<() => Promise<void>>} */
const cleanups = [];
/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;

async function main() {
  const port = Number(process.env.PORT ?? (e2e ? 3100 : 3000));
  if (!args.has('--no-build')) {
    log('building api, worker and web (cached after the first run)');
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
      {
        ...process.env,
        NX_NO_CLOUD: 'true',
        NX_DAEMON: 'false',
        NX_TUI: 'false',
      },
    );
  }

  // e2e mode resets its database, so it never touches DATABASE_URL (which may be someone's dev
  // data): it uses E2E_DATABASE_URL, else a local server on the standard port, else the embedded default.
  const databaseUrl = e2e
    ? (process.env.E2E_DATABASE_URL ??
      ((await isPortOpen(5432))
        ? 'postgres://postgres@127.0.0.1:5432/jcw_e2e'
        : undefined))
    : process.env.DATABASE_URL;
  const redisUrl = e2e
    ? (process.env.E2E_REDIS_URL ??
      ((await isPortOpen(6379)) ? 'redis://127.0.0.1:6379' : undefined))
    : process.env.REDIS_URL;
  const postgres = await ensurePostgres({
    databaseUrl,
    database: e2e ? 'jcw_e2e' : 'jcw',
    dataDir: e2e ? join(workspaceRoot, '.data/postgres-e2e') : undefined,
    log,
  });
  cleanups.push(postgres.stop);
  const redis = await ensureRedis({
    redisUrl,
    dataDir: e2e ? join(workspaceRoot, '.data/redis-e2e') : undefined,
    log,
  });
  cleanups.push(redis.stop);

  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    PORT: String(port),
    HOST: process.env.HOST ?? '127.0.0.1',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX:
      process.env.QUEUE_PREFIX ?? (e2e ? `jcwe2e${process.pid}` : 'jcw'),
    WEB_DIST_PATH:
      process.env.WEB_DIST_PATH ?? join(workspaceRoot, 'dist/apps/web/browser'),
    DEMO_MODE: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? (e2e ? 'warn' : 'info'),
    AUTH_JWT_SECRET:
      process.env.AUTH_JWT_SECRET ?? persistedSecret('auth-jwt-secret', e2e),
    BSN_HMAC_SECRET:
      process.env.BSN_HMAC_SECRET ?? persistedSecret('bsn-hmac-secret', e2e),
  };
  // Demo mode is for trying the product out; the config refuses it with NODE_ENV=production.
  if (env.NODE_ENV === 'production') env.NODE_ENV = 'development';

  const cli = join(workspaceRoot, 'dist/apps/api/cli.js');
  runStep('node', [cli, e2e ? 'reset' : 'migrate'], env);
  runStep('node', [cli, 'seed', '--demo'], env);

  // The worker's heap is capped as in the worker image (docker/Dockerfile): imports stream, so a
  // cap keeps its RSS bounded where V8 would otherwise let garbage pile up (docs/performance.md).
  startChild('worker', join(workspaceRoot, 'dist/apps/worker/main.js'), {
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS, WORKER_HEAP_OPTION]
      .filter(Boolean)
      .join(' '),
  });
  startChild('api', join(workspaceRoot, 'dist/apps/api/main.js'), env);
  await waitForHealth(port);
  log(
    `Jobcarving Werkbank is running at http://localhost:${port} (API docs: http://localhost:${port}/api/docs). Sign in with a demo account listed above. Ctrl-C stops everything.`,
  );
}

/**
 * A key kept in .data/ so sessions and citizen-number hashes survive a restart of `npm start`;
 * e2e runs get fresh ones (their database is fresh too).
 * @param {string} name @param {boolean} fresh
 */
function persistedSecret(name, fresh) {
  const file = join(workspaceRoot, '.data', name);
  if (!fresh && existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  if (!fresh) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
  }
  return secret;
}

/** @param {string} name @param {string} script @param {NodeJS.ProcessEnv} env */
/** Also in docker/Dockerfile (worker stage) and tools/bench/register-import.mjs. */
const WORKER_HEAP_OPTION = '--max-old-space-size=192';

function startChild(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) {
      log(
        `${name} stopped unexpectedly (${signal ?? `exit ${code}`}); shutting down`,
      );
      void shutdown(1);
    }
  });
}

/** @param {number} port */
async function waitForHealth(port) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      const body = /** @type {{ status?: string }} */ (await response.json());
      if (body.status === 'ok') return;
    } catch {
      /* not up yet */
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new SetupError('the API did not report healthy within 60 s');
}

/** @param {number} code */
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  // Children first (they finish their jobs and close connections), then the services they used.
  await Promise.all(children.map((child) => stopChild(child, 15_000)));
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error) =>
      log(`cleanup failed: ${error instanceof Error ? error.message : error}`),
    );
  }
  process.exit(code);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => void shutdown(0));
}

main().catch(async (error) => {
  process.stderr.write(
    `[launch] ${error instanceof SetupError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  await shutdown(1);
});
