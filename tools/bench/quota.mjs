#!/usr/bin/env node
/**
 * Quota counter benchmark (issue #6): 100 organisations, 20,000 placements and 1,000,000 quota
 * ledger lines in a scratch database, then the full counter rebuild through the product's CLI
 * (`cli.js quota-rebuild`) and the dashboard and overview through the real API process. As the
 * baselines of the same run: a `SELECT 1` round trip with `pg` and `GET /api/health/live` over
 * HTTP, so the database and the HTTP overhead are visible next to the dashboard's time.
 *
 *   npm run bench:quota [-- --organisations 100 --placements 20000 --lines 50 --calls 50]
 *                       [-- --generate-only] [-- --keep]
 *
 * The data is generated with set-based SQL (generate_series, deterministic hashes), consistent with
 * how the product writes it: every placement has its hours history (placement_hours) and `--lines`
 * ledger lines, each holding the placement's complete counting intervals after that change; the
 * newest line is the placement's current counting (countingIntervals of libs/shared/domain). The
 * counter (quota_counter_deltas) is filled from those intervals by the generator, so the rebuild
 * must report 0 differences.
 *
 * Uses TEST_POSTGRES_URL / TEST_REDIS_URL when set, otherwise PostgreSQL on 127.0.0.1:5432 (user
 * postgres) and Redis database 7 on 127.0.0.1:6379. The scratch database `jcw_bench_quota` is
 * dropped first and at the end (`--keep` leaves it for inspection). Builds the API when dist/ lacks
 * it. Targets: dashboard under 200 ms (p95), rebuild under 60 s.
 */
import {
  DEMO_API_ENV,
  FIRST_NAMES,
  LAST_NAMES,
  analyze,
  arg,
  benchEnv,
  cleanupOnExit,
  clearQueueKeys,
  closeScratchDatabase,
  createScratchDatabase,
  databaseUrlOf,
  ensureBuilt,
  flag,
  freePort,
  log,
  median,
  ms,
  now,
  prepareBulkSession,
  quantile,
  requestText as request,
  runCli,
  runMain,
  scratchRedisUrl as redisUrl,
  seconds,
  sqlArray,
  startBuilt,
  step,
  stopProcess,
  timeCalls,
  waitForHealth,
} from './bench-support.mjs';
import pg from 'pg';

const ORGANISATIONS = arg('organisations', 100);
const PLACEMENTS = arg('placements', 20_000);
const LINES = arg('lines', 50);
const CALLS = arg('calls', 50);
const GENERATE_ONLY = flag('generate-only');
const KEEP = flag('keep');
const DASHBOARD_TARGET_MS = 200;
const REBUILD_TARGET_MS = 60_000;
const DEMO_COORDINATOR = {
  email: 'coordinator@voorbeeldzaken.nl',
  password: 'Werkbank-demo-2026',
};

const database = 'jcw_bench_quota';
const databaseUrl = databaseUrlOf(database);
const queuePrefix = `jcwbenchquota${process.pid}`;
const env = benchEnv({ databaseUrl, redisUrl, queuePrefix }, DEMO_API_ENV);

/**
 * Deterministic pseudo-random integer in [0, m) for a row number and a salt: PostgreSQL's own
 * integer hash, so a run always produces the same data without a seeded random() sequence.
 */
const pick = (expression, salt, m) =>
  `((hashint4((${expression}) * 7919 + ${salt}) & 2147483647) % ${m})`;

const SECTORS = [
  'rijk',
  'gemeenten',
  'provincies',
  'waterschappen',
  'onderwijs_vo',
  'onderwijs_mbo',
];
const TARGET_GROUPS = [
  'cannot_earn_minimum_wage',
  'school_leaver_vso_pro',
  'wsw_indication',
  'wajong_work_capacity',
  'former_wiw_id',
  'minimum_wage_with_provision',
];
const END_REASONS = [
  'contract_ended',
  'too_heavy',
  'too_light',
  'conflict',
  'health',
  'regular_job',
  'other',
];
/**
 * The benchmark data, set-based. Helper tables are temporary (this session only); the product's
 * tables get exactly the rows the API would have written.
 */
async function generate(client, year) {
  const n = PLACEMENTS;
  await prepareBulkSession(client);
  await step(
    client,
    'organisations',
    `WITH o AS (SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, $1::int) g)
     INSERT INTO organisations (id, name, sector, payroll_tax_number)
     SELECT id, format('Benchmarkorganisatie %s', lpad(n::text, 3, '0')),
            (${sqlArray(SECTORS)})[1 + n % ${SECTORS.length}],
            '7' || lpad(n::text, 8, '0') || 'L01'
       FROM o`,
    [ORGANISATIONS],
  );
  await client.query(
    `CREATE TEMP TABLE b_org AS
       SELECT row_number() OVER (ORDER BY payroll_tax_number)::int AS n, id
         FROM organisations WHERE payroll_tax_number LIKE '7%L01'`,
  );
  // Three units per organisation: a directorate with two departments under it.
  await client.query(
    `CREATE TEMP TABLE b_unit AS
       SELECT o.n AS org_n, k, gen_random_uuid() AS id, o.id AS organisation_id
         FROM b_org o CROSS JOIN generate_series(0, 2) k`,
  );
  await step(
    client,
    'org_units',
    `INSERT INTO org_units (id, organisation_id, parent_id, name, kind)
     SELECT u.id, u.organisation_id, CASE WHEN u.k = 0 THEN NULL ELSE d.id END,
            (ARRAY['Directie Bedrijfsvoering', 'Afdeling Facilitaire Zaken', 'Afdeling Informatievoorziening'])[u.k + 1],
            CASE WHEN u.k = 0 THEN 'directorate' ELSE 'department' END
       FROM b_unit u JOIN b_unit d ON d.org_n = u.org_n AND d.k = 0
      ORDER BY u.k`,
  );

  // One candidate per placement, spread round-robin over the organisations.
  await client.query(
    `CREATE TEMP TABLE b_place AS
       SELECT p AS n, gen_random_uuid() AS id, gen_random_uuid() AS candidate_id,
              o.id AS organisation_id, u.id AS unit_id,
              (${sqlArray(TARGET_GROUPS)})[1 + ${pick('p', 11, TARGET_GROUPS.length)}] AS target_group,
              CASE WHEN ${pick('p', 1, 100)} < 70 THEN 'individual'
                   WHEN ${pick('p', 1, 100)} < 82 THEN 'collective'
                   WHEN ${pick('p', 1, 100)} < 94 THEN 'hired_in'
                   ELSE 'procurement' END AS method,
              DATE '2023-01-01' + ${pick('p', 2, 1461)} AS start_date,
              1 + ${pick('p', 3, 3)} AS steps,
              ${pick('p', 4, 100)} < 25 AS may_end
         FROM generate_series(1, $1::int) p
         JOIN b_org o ON o.n = 1 + (p - 1) % $2::int
         JOIN b_unit u ON u.org_n = o.n AND u.k = ${pick('p', 5, 3)}`,
    [n, ORGANISATIONS],
  );
  await client.query(
    `ALTER TABLE b_place
       ADD end_date date, ADD j_start jsonb, ADD j_open jsonb, ADD j_final jsonb`,
  );
  await client.query(
    `UPDATE b_place SET end_date = LEAST(start_date + 30 + ${pick('n', 6, 700)}, current_date - 1)
      WHERE may_end AND start_date < current_date - 14`,
  );
  await step(
    client,
    'candidates',
    `INSERT INTO candidates (id, organisation_id, bsn_hash, bsn_last3, first_name, last_name,
       target_group, register_start_date, status, consent_given, consent_date, max_hours_per_week)
     SELECT candidate_id, organisation_id, encode(sha256(('bench-bsn-' || n)::bytea), 'hex'),
            lpad((n % 1000)::text, 3, '0'),
            (${sqlArray(FIRST_NAMES)})[1 + ${pick('n', 7, FIRST_NAMES.length)}],
            (${sqlArray(LAST_NAMES)})[1 + ${pick('n', 8, LAST_NAMES.length)}],
            target_group, DATE '2022-01-01' + ${pick('n', 9, 365)},
            CASE WHEN end_date IS NULL THEN 'placed' ELSE 'available' END,
            true, now(), 40
       FROM b_place`,
  );
  await step(
    client,
    'placements',
    `INSERT INTO placements (id, organisation_id, unit_id, candidate_id, method, contract_kind,
       lender_name, team_name, team_leader_name, start_date, planned_end_date, end_date, end_reason,
       version)
     SELECT id, organisation_id, unit_id, candidate_id, method,
            CASE method WHEN 'hired_in' THEN (ARRAY['agency', 'secondment'])[1 + n % 2]
                        WHEN 'procurement' THEN 'social_return' ELSE 'employment' END,
            CASE WHEN method = 'hired_in' THEN format('SW-bedrijf Regio %s', 1 + n % 35) END,
            CASE WHEN method = 'collective' THEN format('Team Groen en Facilitair %s', 1 + n % 12) END,
            CASE WHEN method = 'collective' THEN format('Teamleider %s', 1 + n % 12) END,
            start_date,
            CASE WHEN end_date IS NULL AND n % 3 = 0 THEN start_date + 730 END,
            end_date,
            CASE WHEN end_date IS NOT NULL THEN (${sqlArray(END_REASONS)})[1 + ${pick('n', 10, END_REASONS.length)}] END,
            $1
       FROM b_place`,
    [LINES],
  );
  // The hours history: 1-3 steps, the first on the start date, later ones 5-9 months apart.
  await step(
    client,
    'placement_hours',
    `INSERT INTO placement_hours (placement_id, effective_from, hours_per_week)
     SELECT p.id,
            p.start_date + CASE WHEN j = 0 THEN 0 ELSE j * 150 + ${pick('p.n * 3 + j', 12, 120)} END,
            8 + 2 * ${pick('p.n * 3 + j', 13, 13)} + CASE WHEN ${pick('p.n * 3 + j', 14, 5)} = 0 THEN 0.5 ELSE 0 END
       FROM b_place p CROSS JOIN generate_series(0, 2) j
      WHERE j < p.steps`,
  );
  // countingIntervals: each step runs to the day before the next, clipped by the end date
  // (register end dates are left empty, so they never clip). j_open ignores the end date: the
  // counting while the placement ran, which earlier ledger lines hold.
  const intervals = (clip) =>
    `SELECT placement_id, jsonb_agg(jsonb_build_object('from', f, 'to', t, 'hoursPerWeek', h) ORDER BY f) AS j
       FROM (SELECT h.placement_id, h.effective_from AS f, h.hours_per_week::float8 AS h,
                    LEAST(lead(h.effective_from) OVER (PARTITION BY h.placement_id ORDER BY h.effective_from) - 1
                          ${clip ? ', p.end_date' : ''}) AS t
               FROM placement_hours h JOIN b_place p ON p.id = h.placement_id) s
      WHERE t IS NULL OR t >= f
      GROUP BY placement_id`;
  await client.query(
    `UPDATE b_place p SET j_final = i.j FROM (${intervals(true)}) i WHERE i.placement_id = p.id`,
  );
  await client.query(
    `UPDATE b_place p SET j_open = i.j FROM (${intervals(false)}) i WHERE i.placement_id = p.id`,
  );
  // The first line: only the first hours step, open-ended (the placement has just started).
  await client.query(
    `UPDATE b_place SET j_start = jsonb_build_array(jsonb_set(j_open -> 0, '{to}', 'null'::jsonb))`,
  );
  // Lines in between: corrections of the hours (+-2, +-4 per week) on the running placement.
  await client.query(
    `CREATE TEMP TABLE b_variant AS
       SELECT p.n, v, jsonb_agg(jsonb_set(i, '{hoursPerWeek}',
                to_jsonb(GREATEST(4, (i ->> 'hoursPerWeek')::float8 + (ARRAY[-2, 2, -4, 4])[v])))
                ORDER BY ord) AS j
         FROM b_place p CROSS JOIN generate_series(1, 4) v
         CROSS JOIN LATERAL jsonb_array_elements(p.j_open) WITH ORDINALITY AS e(i, ord)
        GROUP BY p.n, v`,
  );
  await client.query(
    `ALTER TABLE b_place ADD j_variants jsonb[];
     UPDATE b_place p SET j_variants = v.js
       FROM (SELECT n, array_agg(j ORDER BY v) AS js FROM b_variant GROUP BY n) v WHERE v.n = p.n`,
  );
  await client.query('ANALYZE b_place');
  // Line k of every placement gets id (k - 1) * n + placement: the lines interleave like changes
  // over time, and the newest line of a placement (k = LINES) has its highest id. The ids start
  // after the demo seed's own ledger lines.
  const {
    rows: [{ offset }],
  } = await client.query(
    `SELECT COALESCE(max(id), 0)::bigint AS offset FROM quota_ledger`,
  );
  await step(
    client,
    'quota_ledger',
    `INSERT INTO quota_ledger (id, placement_id, candidate_id, organisation_id, unit_id, method,
       target_group, kind, effective_date, intervals, note, recorded_by_user_id, recorded_at)
     SELECT $3::bigint + (k - 1)::bigint * $1 + p.n, p.id, p.candidate_id, p.organisation_id, p.unit_id, p.method,
            p.target_group,
            CASE WHEN k = 1 THEN 'placement_started'
                 WHEN k = $2 AND p.end_date IS NOT NULL THEN 'placement_ended'
                 WHEN k % 7 = 0 THEN 'register_changed'
                 WHEN k % 3 = 0 THEN 'corrected'
                 ELSE 'hours_changed' END,
            CASE WHEN k = 1 THEN p.start_date
                 WHEN k = $2 THEN COALESCE(p.end_date, p.start_date + k)
                 ELSE p.start_date + k END,
            CASE WHEN k = 1 THEN p.j_start WHEN k = $2 THEN p.j_final
                 ELSE p.j_variants[1 + k % 4] END,
            CASE WHEN k % 3 = 0 THEN 'Correctie uren volgens contract' END,
            NULL,
            now() - make_interval(days => $2 - k, secs => p.n % 86400)
       FROM generate_series(1, $2::int) k CROSS JOIN b_place p
      ORDER BY 1`,
    [n, LINES, offset],
  );
  await client.query(
    `SELECT setval(pg_get_serial_sequence('quota_ledger', 'id'), (SELECT max(id) FROM quota_ledger))`,
  );
  // The counter as the live path leaves it (+hours on an interval's first day, -hours the day
  // after its last), computed from the generator's own intervals: the rebuild must agree.
  await step(
    client,
    'quota_counter_deltas',
    `INSERT INTO quota_counter_deltas (organisation_id, effective_date, unit_id, method, target_group, hours_delta)
     SELECT organisation_id, d, unit_id, method, target_group, sum(h)
       FROM (SELECT p.organisation_id, p.unit_id, p.method, p.target_group,
                    (i ->> 'from')::date AS d, (i ->> 'hoursPerWeek')::numeric AS h
               FROM b_place p CROSS JOIN LATERAL jsonb_array_elements(p.j_final) i
             UNION ALL
             SELECT p.organisation_id, p.unit_id, p.method, p.target_group,
                    (i ->> 'to')::date + 1, -(i ->> 'hoursPerWeek')::numeric
               FROM b_place p CROSS JOIN LATERAL jsonb_array_elements(p.j_final) i
              WHERE i ->> 'to' IS NOT NULL) s
      GROUP BY organisation_id, d, unit_id, method, target_group
     HAVING sum(h) <> 0`,
  );
  // Paid hours for last year and this one: from about 15 to 250 required jobs; one organisation
  // below the threshold, one without paid hours, a few with an explicit target.
  await step(
    client,
    'organisation_quota_years',
    `INSERT INTO organisation_quota_years (organisation_id, year, total_paid_hours, paid_hours_source,
       explicit_target_jobs, note)
     SELECT o.id, y,
            CASE WHEN o.n = 1 THEN 30000 WHEN o.n = 2 THEN NULL
                 ELSE 1000000 + ${pick('o.n * 2 + y', 15, 16000000)} END,
            CASE WHEN o.n = 2 THEN NULL WHEN o.n % 2 = 0 THEN 'payroll_import' ELSE 'entered' END,
            CASE WHEN o.n % 10 = 3 THEN 40 + o.n END,
            CASE WHEN o.n % 10 = 3 THEN 'Taakstelling volgens brief van de minister' END
       FROM b_org o CROSS JOIN (VALUES ($1::int - 1), ($1::int)) AS years(y)`,
    [year],
  );
  await analyze(client);
}

async function verify(client) {
  const { rows } = await client.query(
    // The demo seed's own placements and lines are left out: only the generated ones are checked.
    `WITH generated AS (SELECT id FROM organisations WHERE payroll_tax_number LIKE '7%L01')
     SELECT (SELECT count(*) FROM generated)::int AS organisations,
            (SELECT count(*) FROM org_units u JOIN organisations o ON o.id = u.organisation_id
              WHERE o.payroll_tax_number LIKE '7%L01')::int AS units,
            (SELECT count(*) FROM placements WHERE organisation_id IN (SELECT id FROM generated))::int AS placements,
            (SELECT count(*) FROM placements WHERE end_date IS NOT NULL AND organisation_id IN (SELECT id FROM generated))::int AS ended,
            (SELECT count(*) FROM placements WHERE start_date > current_date AND organisation_id IN (SELECT id FROM generated))::int AS planned,
            (SELECT count(*) FROM placement_hours)::int AS hours,
            (SELECT count(*) FROM quota_ledger WHERE organisation_id IN (SELECT id FROM generated))::int AS ledger,
            (SELECT count(*) FROM quota_counter_deltas)::int AS counter,
            (SELECT pg_size_pretty(pg_total_relation_size('quota_ledger'))) AS ledger_size,
            (SELECT json_object_agg(method, c) FROM (SELECT method, count(*) AS c FROM placements GROUP BY method) m) AS methods`,
  );
  const [r] = rows;
  const expected = { placements: PLACEMENTS, ledger: PLACEMENTS * LINES };
  for (const [key, value] of Object.entries(expected))
    if (r[key] !== value)
      throw new Error(`expected ${value} ${key}, found ${r[key]}`);
  // The newest line of every placement must hold its current counting.
  const {
    rows: [{ stale }],
  } = await client.query(
    `SELECT count(*)::int AS stale
       FROM (SELECT DISTINCT ON (placement_id) placement_id, intervals
               FROM quota_ledger ORDER BY placement_id, id DESC) l
       JOIN b_place p ON p.id = l.placement_id
      WHERE l.intervals IS DISTINCT FROM p.j_final`,
  );
  if (stale !== 0)
    throw new Error(
      `${stale} placements' newest ledger line is not their counting`,
    );
  log(
    `  ${r.organisations} organisations, ${r.units} units, ${r.placements} placements (${r.ended} ended, ${r.planned} planned; ${Object.entries(
      r.methods,
    )
      .map(([method, count]) => `${method} ${count}`)
      .join(', ')})`,
  );
  log(
    `  ${r.hours} hours steps, ${r.ledger} ledger lines (${r.ledger_size}), ${r.counter} counter rows`,
  );
  return r;
}

async function main() {
  ensureBuilt(
    { api: ['dist/apps/api/main.js', 'dist/apps/api/cli.js'] },
    { reason: 'dist/apps/api is missing' },
  );
  const year = Number(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
    }).format(new Date()),
  );
  const admin = await createScratchDatabase(database);
  const client = new pg.Client({ connectionString: databaseUrl });
  let api = null;
  const cleanup = cleanupOnExit(async () => {
    await stopProcess(api);
    await closeScratchDatabase({ admin, client, database, keep: KEEP });
    await clearQueueKeys(redisUrl, queuePrefix);
  });

  try {
    log(`scratch database ${database}: migrate, demo seed ...`);
    runCli(env, 'migrate');
    runCli(env, 'seed', '--demo');
    await client.connect();

    log(
      `generating ${ORGANISATIONS} organisations, ${PLACEMENTS} placements, ${PLACEMENTS * LINES} ledger lines ...`,
    );
    const generated = now();
    await generate(client, year);
    const generateMs = now() - generated;
    log(`  generated in ${seconds(generateMs)}`);
    const shape = await verify(client);
    if (GENERATE_ONLY) return;

    // The baseline of this run: a database round trip.
    for (let index = 0; index < 20; index++) await client.query('SELECT 1');
    const selectOne = median(
      await timeCalls(200, () => client.query('SELECT 1')),
    );

    log('rebuilding the counter (cli.js quota-rebuild) ...');
    const rebuildStarted = now();
    // runCli's error carries the CLI's stderr ("cli.js quota-rebuild failed: ...").
    const output = runCli(env, 'quota-rebuild');
    const rebuildWallMs = now() - rebuildStarted;
    const rebuild = output
      .split('\n')
      .map((line) => {
        try {
          return JSON.parse(line);
        } catch {
          return null;
        }
      })
      .find((parsed) => parsed && typeof parsed.durationMs === 'number');
    if (!rebuild)
      throw new Error(`quota-rebuild printed no result line: ${output}`);
    log(`  ${JSON.stringify(rebuild)}`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    api = startBuilt('dist/apps/api/main.js', { ...env, PORT: String(port) }, [
      'ignore',
      'ignore',
      'inherit',
    ]);
    await waitForHealth(base, api);
    const { accessToken } = JSON.parse(
      await request(base, '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(DEMO_COORDINATOR),
      }),
    );
    const authorised = { headers: { authorization: `Bearer ${accessToken}` } };
    const { rows: organisations } = await client.query(
      `SELECT id FROM organisations WHERE payroll_tax_number LIKE '7%L01' ORDER BY payroll_tax_number`,
    );
    const dashboardPath = (index) =>
      `/api/quota/dashboard?year=${year}&organisationId=${organisations[(index * 37) % organisations.length].id}`;

    const health = median(
      await timeCalls(200, () => request(base, '/api/health/live')),
    );
    // Organisation 6: paid hours entered, above the threshold (1 is below it, 2 has none).
    const sample = JSON.parse(
      await request(
        base,
        `/api/quota/dashboard?year=${year}&organisationId=${organisations[Math.min(5, organisations.length - 1)].id}`,
        authorised,
      ),
    );
    for (let index = 0; index < 5; index++)
      await request(base, dashboardPath(index), authorised);
    const dashboard = await timeCalls(CALLS, (index) =>
      request(base, dashboardPath(index + 5), authorised),
    );
    const overviewPath = `/api/quota/overview?year=${year}`;
    const overviewSample = JSON.parse(
      await request(base, overviewPath, authorised),
    );
    await request(base, overviewPath, authorised);
    const overview = await timeCalls(10, () =>
      request(base, overviewPath, authorised),
    );

    const dashboardMedian = median(dashboard);
    const dashboardP95 = quantile(dashboard, 0.95);
    const dashboardMet = dashboardP95 < DASHBOARD_TARGET_MS;
    const rebuildMet = rebuildWallMs < REBUILD_TARGET_MS;
    log('');
    log(
      `quota counter: ${shape.organisations} organisations (+ the demo one), ${shape.placements} placements, ${shape.ledger} ledger lines, ${shape.counter} counter rows; year ${year}`,
    );
    log(
      `  sample dashboard: ${sample.organisationName}: stand ${sample.standToday?.counting?.toFixed?.(2)} jobs (counting), projected ${sample.yearProjected?.counting?.toFixed?.(2)}, required ${sample.requiredJobs?.toFixed?.(2)}, ${sample.byUnit?.length} units, ${sample.byMethod?.length} methods`,
    );
    log(
      `  sample overview:  ${overviewSample.rows?.length} rows, stand ${overviewSample.totals?.standToday?.toFixed?.(1)} jobs in total`,
    );
    const table = [
      ['generate (SQL)', seconds(generateMs)],
      [
        'rebuild (cli.js quota-rebuild)',
        `${seconds(rebuildWallMs)} incl. process start; ${seconds(rebuild.durationMs)} in the transaction; ${rebuild.differences} differences (target < 60 s: ${rebuildMet ? 'met' : 'NOT met'})`,
      ],
      [
        `dashboard (${CALLS} calls)`,
        `median ${ms(dashboardMedian)}, p95 ${ms(dashboardP95)}, max ${ms(Math.max(...dashboard))} (target p95 < ${DASHBOARD_TARGET_MS} ms: ${dashboardMet ? 'met' : 'NOT met'})`,
      ],
      [
        `overview (${overviewSample.rows?.length} organisations)`,
        `median ${ms(median(overview))}, max ${ms(Math.max(...overview))}`,
      ],
      ['SELECT 1 (pg, baseline)', `median ${ms(selectOne)}`],
      ['GET /api/health/live (baseline)', `median ${ms(health)}`],
      ['dashboard / SELECT 1', `${(dashboardMedian / selectOne).toFixed(0)}x`],
      ['dashboard / health-live', `${(dashboardMedian / health).toFixed(1)}x`],
    ];
    for (const [label, value] of table) log(`  ${label.padEnd(34)} ${value}`);
    if (rebuild.differences !== 0)
      log(
        `  note: the rebuild found ${rebuild.differences} counter rows that differed from the generator's counter`,
      );
  } finally {
    await cleanup();
  }
}

// An interrupted run's queries fail as its connections close; the cleanup reports instead.
runMain(main);
