#!/usr/bin/env node
/**
 * Register import benchmark: a 300,000-row register file (tools/register/generate-register.mjs)
 * imported by the real worker process (dist/apps/worker/main.js) into a scratch database, with the
 * worker's RSS sampled every 200 ms from /proc/<pid>/status. As the baseline of the same run, the
 * same file is loaded with a plain COPY into a temporary table (psql \copy).
 *
 *   npm run bench:import [-- --rows 300000 --seed 42 --bad-every 0]
 *
 * Uses TEST_POSTGRES_URL / TEST_REDIS_URL when set, otherwise PostgreSQL on 127.0.0.1:5432 (user
 * postgres) and Redis on 127.0.0.1:6379. Builds the worker and the API CLI when dist/ lacks them.
 * The processes run with the worker image's heap cap (--max-old-space-size=192); BENCH_NODE_OPTIONS
 * replaces it (e.g. "" for V8's default). Prints numbers only; no pass/fail beyond completing.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  REGISTER_COLUMNS,
  writeRegisterCsv,
} from '../register/generate-register.mjs';
import {
  arg,
  benchEnv,
  cleanupOnExit,
  clearQueueKeys,
  closeScratchDatabase,
  createScratchDatabase,
  databaseUrlOf,
  ensureBuilt,
  log,
  runCli,
  runMain,
  seconds,
  startBuilt,
  stopProcess,
} from './bench-support.mjs';

const ROWS = arg('rows', 300_000);
const SEED = arg('seed', 42);
const BAD_EVERY = arg('bad-every', 0);
const CHUNK_BYTES = 1024 * 1024;
const RSS_TARGET_MB = 300;

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const runId = `${Date.now().toString(36)}${process.pid}`;
const database = `jcw_bench_${runId}`;
const databaseUrl = databaseUrlOf(database);
const queuePrefix = `jcwbench${runId}`;
const file = join(tmpdir(), `register-bench-${runId}.csv`);
const env = benchEnv(
  { databaseUrl, redisUrl, queuePrefix },
  {
    // The worker's production heap cap (docker/Dockerfile) unless the run asks for another.
    NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '--max-old-space-size=192',
    NODE_ENV: 'test',
  },
);

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Stores the file the way POST /api/candidates/imports does: import row, 1 MiB chunks, outbox row. */
async function enqueueImport(client, organisationId, userId) {
  const importId = randomUUID();
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO register_imports (id, organisation_id, uploaded_by_user_id, file_name, format, size_bytes)
     VALUES ($1, $2, $3, 'register-bench.csv', 'csv', $4)`,
    [importId, organisationId, userId, statSync(file).size],
  );
  let seq = 0;
  for await (const piece of createReadStream(file, {
    highWaterMark: CHUNK_BYTES,
  })) {
    await client.query(
      `INSERT INTO register_import_chunks (import_id, seq, data) VALUES ($1, $2, $3)`,
      [importId, seq++, piece],
    );
  }
  const jobName = 'candidates.register-import';
  await client.query(
    `INSERT INTO outbox_messages (queue, job_name, job_id, payload) VALUES ('candidates', $1, $2, $3)`,
    [
      jobName,
      `${jobName}.${importId}`,
      JSON.stringify({ importId, organisationId }),
    ],
  );
  await client.query('COMMIT');
  return { importId, chunks: seq };
}

function copyBaseline() {
  const columns = REGISTER_COLUMNS.map((column) => `${column} text`).join(', ');
  const started = process.hrtime.bigint();
  execFileSync(
    'psql',
    [
      databaseUrl,
      '-v',
      'ON_ERROR_STOP=1',
      '-q',
      '-c',
      `CREATE TEMP TABLE register_copy (${columns})`,
      '-c',
      `\\copy register_copy FROM '${file}' WITH (FORMAT csv, HEADER true)`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main() {
  ensureBuilt(
    { worker: ['dist/apps/worker/main.js'] },
    { reason: 'dist/apps/worker/main.js is missing' },
  );
  ensureBuilt(
    { api: ['dist/apps/api/cli.js'] },
    { reason: 'dist/apps/api/cli.js is missing' },
  );

  log(`generating ${ROWS} rows (seed ${SEED}) ...`);
  const generated = Date.now();
  await writeRegisterCsv(file, ROWS, { seed: SEED, badRowEvery: BAD_EVERY });
  log(
    `  ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB in ${seconds(Date.now() - generated)}`,
  );

  const admin = await createScratchDatabase(database);
  const client = new pg.Client({ connectionString: databaseUrl });
  let worker = null;
  const cleanup = cleanupOnExit(async () => {
    await stopProcess(worker);
    await closeScratchDatabase({ admin, client, database });
    rmSync(file, { force: true });
    await clearQueueKeys(redisUrl, queuePrefix);
  });
  try {
    runCli(env, 'migrate');
    await client.connect();
    const organisation = await client.query(
      `INSERT INTO organisations (name, sector, payroll_tax_number) VALUES ('Benchmark', 'rijk', '999999999L01') RETURNING id`,
    );
    const organisationId = organisation.rows[0].id;
    const user = await client.query(
      `INSERT INTO users (organisation_id, email, display_name, password_hash, roles)
       VALUES ($1, 'bench@example.com', 'Bench', 'x', '{hr_adviser}') RETURNING id`,
      [organisationId],
    );
    const { importId, chunks } = await enqueueImport(
      client,
      organisationId,
      user.rows[0].id,
    );
    log(`stored the upload in ${chunks} chunks; starting the worker ...`);

    const spawned = Date.now();
    worker = startBuilt('dist/apps/worker/main.js', env, [
      'ignore',
      'ignore',
      'inherit',
    ]);
    let peakRss = 0;
    let samples = 0;
    const sampler = setInterval(() => {
      const rss = rssMb(worker.pid);
      if (rss !== null) {
        peakRss = Math.max(peakRss, rss);
        samples++;
      }
    }, 200);
    let result;
    for (;;) {
      const { rows } = await client.query(
        `SELECT status, processed_rows, inserted_rows, updated_rows, unchanged_rows, error_rows, failure,
                extract(epoch FROM finished_at - started_at) * 1000 AS import_ms
           FROM register_imports WHERE id = $1`,
        [importId],
      );
      result = rows[0];
      if (result.status === 'completed' || result.status === 'failed') break;
      if (worker.exitCode !== null)
        throw new Error(`the worker exited with ${worker.exitCode}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    clearInterval(sampler);
    const wallMs = Date.now() - spawned;
    if (result.status !== 'completed')
      throw new Error(`import ${result.status}: ${result.failure}`);

    const importMs = Number(result.import_ms);
    const copyMs = copyBaseline();
    log('');
    log(
      `register import of ${result.processed_rows} rows (worker process, batches of 1000)`,
    );
    log(
      `  inserted ${result.inserted_rows}, updated ${result.updated_rows}, unchanged ${result.unchanged_rows}, errors ${result.error_rows}`,
    );
    log(
      `  import time       ${seconds(importMs)} (job start to finish; ${seconds(wallMs)} incl. worker boot)`,
    );
    log(
      `  throughput        ${Math.round((result.processed_rows / importMs) * 1000)} rows/s`,
    );
    log(
      `  peak worker RSS   ${peakRss.toFixed(0)} MB over ${samples} samples (target < ${RSS_TARGET_MB} MB: ${peakRss < RSS_TARGET_MB ? 'met' : 'NOT met'})`,
    );
    log(
      `  COPY baseline     ${seconds(copyMs)} (${Math.round((ROWS / copyMs) * 1000)} rows/s, text columns, temp table)`,
    );
    log(`  import / COPY     ${(importMs / copyMs).toFixed(1)}x`);
  } finally {
    await cleanup();
  }
}

runMain(main);
