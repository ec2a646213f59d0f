#!/usr/bin/env node
/**
 * Matching engine benchmark (pure computation, no database): the columnar engine of
 * libs/shared/matching against its naive object-per-pair reference, and the engine's assignment
 * solver against the npm packages `munkres` and `linear-sum-assignment`.
 *
 *   npm run bench:matching [-- --seed 42] [-- --quick]
 *
 * Runs from a clean checkout after `npm ci`: the library (src/index.ts) and its testing entry
 * (src/testing/index.ts, with the naive reference and the data generators) are bundled with
 * esbuild into a temporary directory and imported from there.
 *
 * Data: national-style candidates are register rows from tools/register/generate-register.mjs
 * (locations clustered around the labour market regions, education level, register end date) plus
 * seeded profile fields (limitations mostly 0, some 1 or 2; radius 5-40 km; 8-32 h a week; skills
 * from a list of 40; schedule flags); packages are worked near a random candidate's home. Dense
 * data puts everyone within a few km of the workplace with low limitations, so nearly every pair
 * is feasible and must be scored. The naive reference is too slow for the full sets: it runs on a
 * sample of candidates and packages and its pairs/s is extrapolated from that (the table says how
 * many pairs it measured). Both are timed end to end per package: feasibility, scoring, ranking
 * and the result objects, in alternating rounds; the ratio is the median of the per-round ratios,
 * because the machine this runs on is shared and its load changes within a run.
 *
 * Exits non-zero when the engine and the reference disagree (feasible set, order or scores) on
 * the checked samples, or when the solvers' optimal totals differ by more than 1e-6. Targets from
 * the issue: engine >= 20x the reference on dense data, >= 100 M pairs/s on national data, and the
 * assignment no slower than the fastest npm package.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import munkres from 'munkres';
import { linearSumAssignment } from 'linear-sum-assignment';
import { generateRegisterRows } from '../register/generate-register.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const SEED = arg('seed', 42);
const QUICK = args.includes('--quick');
const scale = (count) => (QUICK ? Math.round(count / 10) : count);

const log = (line = '') => process.stdout.write(`${line}\n`);
const now = () => performance.now();
const failures = [];

async function bundleLibrary() {
  const outdir = mkdtempSync(join(tmpdir(), 'jcw-bench-matching-'));
  await build({
    absWorkingDir: root,
    entryPoints: {
      engine: 'libs/shared/matching/src/index.ts',
      testing: 'libs/shared/matching/src/testing/index.ts',
    },
    bundle: true,
    // One shared chunk, so the reference and the engine use the same model and geometry module.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  const engine = await import(pathToFileURL(join(outdir, 'engine.js')).href);
  const testing = await import(pathToFileURL(join(outdir, 'testing.js')).href);
  rmSync(outdir, { recursive: true, force: true });
  return { engine, testing };
}

const { engine, testing } = await bundleLibrary();
const {
  CandidatePool,
  scorePackage,
  countFeasible,
  nearMisses,
  carvingFeedback,
  solveAssignment,
} = engine;
const {
  TODAY,
  seededRandom,
  randomProfile,
  randomCandidates,
  randomPackages,
  naiveScorePackage,
} = testing;

function registerCandidates(count, seed) {
  const random = seededRandom(seed);
  const candidates = [];
  let index = 0;
  for (const row of generateRegisterRows(count, seed)) {
    const statusRoll = random();
    candidates.push({
      id: `cand-${String(index++).padStart(7, '0')}`,
      status:
        statusRoll < 0.85
          ? 'available'
          : statusRoll < 0.93
            ? 'in_process'
            : 'placed',
      consentGiven: random() < 0.95,
      registerEndDate: row.register_end_date || null,
      latitude: row.latitude === '' ? null : Number(row.latitude),
      longitude: row.longitude === '' ? null : Number(row.longitude),
      educationLevel: row.education_level || null,
      ...randomProfile(random, 'national'),
    });
  }
  return candidates;
}

/** National packages are worked where people live: near a random located candidate. */
function nationalPackages(count, seed, candidates) {
  const random = seededRandom(seed + 1);
  const located = candidates.filter((candidate) => candidate.latitude !== null);
  return randomPackages(count, seed, 'regional').map((pkg) => {
    const home = located[Math.floor(random() * located.length)];
    return {
      ...pkg,
      latitude: home.latitude + (random() - 0.5) * 0.1,
      longitude: home.longitude + (random() - 0.5) * 0.15,
    };
  });
}

const sameResult = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Engine and reference timed in alternating rounds (engine on a share of the packages against the
 * whole pool, then the reference on its sample against one package), so a burst of load from
 * other processes on this shared machine hits both sides rather than one. Everything runs once
 * untimed first: that pass pays for JIT compilation and for collecting the garbage the data
 * generation left behind.
 */
function timeRounds(pool, packages, sample, samplePackages, rounds) {
  for (const pkg of packages) scorePackage(pool, pkg);
  naiveScorePackage(sample.slice(0, 2000), samplePackages[0], TODAY);
  const perRound = Math.ceil(packages.length / rounds);
  const engine = { pairs: 0, ms: 0, matches: 0 };
  const naive = { pairs: 0, ms: 0 };
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const share = packages.slice(round * perRound, (round + 1) * perRound);
    let started = now();
    for (const pkg of share) engine.matches += scorePackage(pool, pkg).length;
    const engineMs = now() - started;
    const referencePackage = samplePackages[round % samplePackages.length];
    started = now();
    naiveScorePackage(sample, referencePackage, TODAY);
    const naiveMs = now() - started;
    engine.pairs += pool.size * share.length;
    engine.ms += engineMs;
    naive.pairs += sample.length;
    naive.ms += naiveMs;
    ratios.push(
      (pool.size * share.length) / engineMs / (sample.length / naiveMs),
    );
  }
  return {
    pairsPerSecond: engine.pairs / (engine.ms / 1000),
    msPerPackage: engine.ms / packages.length,
    feasiblePerPackage: engine.matches / packages.length,
    naivePairs: naive.pairs,
    naivePairsPerSecond: naive.pairs / (naive.ms / 1000),
    ratio: median(ratios),
    rounds,
  };
}

/** What the worker runs next to scoring for every package: near misses and carving feedback. */
function timeFollowUps(pool, packages) {
  const timedPackages = packages.slice(0, 20);
  let started = now();
  for (const pkg of timedPackages) nearMisses(pool, pkg);
  const nearMissMs = (now() - started) / timedPackages.length;
  started = now();
  for (const pkg of timedPackages) carvingFeedback(pool, pkg);
  return {
    nearMissMs,
    carvingMs: (now() - started) / timedPackages.length,
  };
}

function timeCount(pool, packages) {
  const started = now();
  for (const pkg of packages) countFeasible(pool, pkg);
  return (pool.size * packages.length) / ((now() - started) / 1000);
}

/** The engine on a pool of the sample must return exactly what the reference returns. */
function checkAgreement(label, sample, packages) {
  const pool = CandidatePool.build(sample, TODAY);
  let feasible = 0;
  for (const pkg of packages) {
    const fromEngine = scorePackage(pool, pkg);
    const fromReference = naiveScorePackage(sample, pkg, TODAY);
    feasible += fromReference.length;
    if (!sameResult(fromEngine, fromReference)) {
      failures.push(`${label}: engine and reference disagree on ${pkg.id}`);
    }
    if (countFeasible(pool, pkg) !== fromReference.length) {
      failures.push(`${label}: countFeasible disagrees on ${pkg.id}`);
    }
  }
  return { pairs: sample.length * packages.length, feasible };
}

const rows = [];
/**
 * Each scenario makes its own data and drops it afterwards, so no scenario is timed with another
 * one's 300,000 candidates still on the heap (a bigger heap makes every full collection slower,
 * for the engine and the reference alike).
 */
function scenario(label, makeData, { sample, samplePackages, rounds }) {
  const { candidates, packages } = makeData();
  const started = now();
  const pool = CandidatePool.build(candidates, TODAY);
  const buildMs = now() - started;
  const sampleCandidates = candidates.slice(0, sample);
  const referencePackages = packages.slice(0, samplePackages);
  const timing = timeRounds(
    pool,
    packages,
    sampleCandidates,
    referencePackages,
    rounds,
  );
  const countPairsPerSecond = timeCount(pool, packages);
  const followUps = timeFollowUps(pool, packages);
  const agreement = checkAgreement(label, sampleCandidates, referencePackages);
  rows.push({
    label,
    packages: packages.length,
    buildMs,
    ...timing,
    countPairsPerSecond,
    ...followUps,
    checked: agreement,
  });
  log(`  ${label} done`);
}

const millions = (value) => `${(value / 1e6).toFixed(value < 1e7 ? 2 : 0)} M`;
const thousands = (value) =>
  `${Math.round(value / 1000).toLocaleString('en')} k`;
const pad = (text, width) => String(text).padStart(width);

log(
  `Matching engine benchmark (seed ${SEED}${QUICK ? ', quick' : ''}), Node ${process.version}`,
);
log('generating data and timing the engine and the reference ...');
scenario(
  'national 300k x 1',
  () => {
    const candidates = registerCandidates(scale(300_000), SEED);
    return { candidates, packages: nationalPackages(30, SEED, candidates) };
  },
  { sample: scale(15_000), samplePackages: 3, rounds: 6 },
);
scenario(
  'national 100k x 100',
  () => {
    const candidates = registerCandidates(scale(100_000), SEED + 1);
    return {
      candidates,
      packages: nationalPackages(100, SEED + 1, candidates),
    };
  },
  { sample: scale(10_000), samplePackages: 10, rounds: 10 },
);
scenario(
  'dense 300k x 1',
  () => ({
    candidates: randomCandidates(scale(300_000), SEED, 'dense'),
    packages: randomPackages(5, SEED, 'dense'),
  }),
  { sample: scale(8_000), samplePackages: 2, rounds: 5 },
);
scenario(
  'dense 100k x 100',
  () => ({
    candidates: randomCandidates(scale(100_000), SEED + 1, 'dense'),
    packages: randomPackages(100, SEED + 1, 'dense'),
  }),
  { sample: scale(5_000), samplePackages: 5, rounds: 10 },
);

log();
log(
  '| scenario            | pool build | engine ms/pkg | feasible/pkg | engine pairs/s | count-only pairs/s | reference pairs/s (pairs measured) | engine / reference |',
);
log(
  '| ------------------- | ---------- | ------------- | ------------ | -------------- | ------------------ | ---------------------------------- | ------------------ |',
);
for (const row of rows) {
  log(
    `| ${row.label.padEnd(19)} | ${pad(`${(row.buildMs / 1000).toFixed(2)} s`, 10)} | ${pad(row.msPerPackage.toFixed(2), 13)} | ${pad(Math.round(row.feasiblePerPackage).toLocaleString('en'), 12)} | ${pad(millions(row.pairsPerSecond), 14)} | ${pad(millions(row.countPairsPerSecond), 18)} | ${pad(`${thousands(row.naivePairsPerSecond)} (${row.naivePairs.toLocaleString('en')})`, 34)} | ${pad(`${row.ratio.toFixed(0)}x`, 18)} |`,
  );
}
log(
  `Per package, next to scoring (first 20 packages): ${rows
    .map(
      (row) =>
        `${row.label}: nearMisses ${row.nearMissMs.toFixed(1)} ms, carvingFeedback ${row.carvingMs.toFixed(1)} ms`,
    )
    .join('; ')}.`,
);
log(
  `Engine / reference is the median of the per-round ratios (${rows.map((row) => row.rounds).join(', ')} rounds). Packages timed per scenario: ${rows.map((row) => row.packages).join(', ')}. Agreement checked on ${rows
    .map(
      (row) =>
        `${row.checked.pairs.toLocaleString('en')} pairs / ${row.checked.feasible.toLocaleString('en')} feasible`,
    )
    .join('; ')}.`,
);

// Assignment: the same random score matrices (0-100, one decimal, 10 % forbidden) for all three.
function randomScores(rowsCount, colsCount, seed) {
  const random = seededRandom(seed);
  const scores = new Float64Array(rowsCount * colsCount);
  for (let cell = 0; cell < scores.length; cell++) {
    scores[cell] = random() < 0.1 ? NaN : Math.round(random() * 1000) / 10;
  }
  return scores;
}

/** The npm packages take a finite cost matrix: a forbidden pair costs as much as an empty row. */
function costMatrix(scores, rowsCount, colsCount) {
  let best = 0;
  for (const score of scores) if (score > best) best = score;
  return Array.from({ length: rowsCount }, (_, row) =>
    Array.from({ length: colsCount }, (_, col) => {
      const score = scores[row * colsCount + col];
      return Number.isNaN(score) ? best : best - score;
    }),
  );
}

function totalOf(scores, colsCount, pairs) {
  let total = 0;
  for (const [row, col] of pairs) {
    const score = scores[row * colsCount + col];
    if (!Number.isNaN(score)) total += score;
  }
  return total;
}

/** Median of three runs; the result is the last run's. */
function timed(run) {
  const times = [];
  let result;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = now();
    result = run();
    times.push(now() - started);
  }
  return { ms: times.sort((a, b) => a - b)[1], result };
}

log();
log(
  '| assignment | own JV (solveAssignment) | munkres 2.0.4 (call only) | linear-sum-assignment 1.0.9 (call only) | same optimum |',
);
log(
  '| ---------- | ------------------------ | ------------------------- | --------------------------------------- | ------------ |',
);
// Warm-up on smaller matrices of both shapes, so no solver is timed while still being compiled.
for (const [rowsCount, colsCount] of [
  [400, 100],
  [100, 400],
  [400, 400],
]) {
  const scores = randomScores(rowsCount, colsCount, SEED);
  solveAssignment(scores, rowsCount, colsCount);
  munkres(costMatrix(scores, rowsCount, colsCount));
  linearSumAssignment(costMatrix(scores, rowsCount, colsCount), {
    maximaze: false,
  });
}
for (const [rowsCount, colsCount] of [
  [2000, 500],
  [2000, 2000],
]) {
  const scores = randomScores(
    rowsCount,
    colsCount,
    SEED + rowsCount + colsCount,
  );
  const costs = costMatrix(scores, rowsCount, colsCount);
  const own = timed(() => solveAssignment(scores, rowsCount, colsCount));
  const fromMunkres = timed(() => munkres(costs));
  const munkresWithMatrix = timed(() =>
    munkres(costMatrix(scores, rowsCount, colsCount)),
  );
  const fromLsa = timed(() => linearSumAssignment(costs, { maximaze: false }));
  const ownTotal = own.result.total;
  const munkresTotal = totalOf(scores, colsCount, fromMunkres.result);
  const lsaPairs = [];
  fromLsa.result.rowAssignments.forEach((col, row) => {
    if (col >= 0) lsaPairs.push([row, col]);
  });
  const lsaTotal = totalOf(scores, colsCount, lsaPairs);
  const agree =
    Math.abs(ownTotal - munkresTotal) <= 1e-6 &&
    Math.abs(ownTotal - lsaTotal) <= 1e-6;
  if (!agree) {
    failures.push(
      `assignment ${rowsCount}x${colsCount}: totals ${ownTotal} / ${munkresTotal} / ${lsaTotal}`,
    );
  }
  const ms = ({ ms: value }) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  log(
    `| ${`${rowsCount}x${colsCount}`.padEnd(10)} | ${pad(ms(own), 24)} | ${pad(`${ms(fromMunkres)} (${ms(munkresWithMatrix)} with its matrix)`, 25)} | ${pad(ms(fromLsa), 39)} | ${pad(agree ? `yes (${ownTotal.toFixed(1)})` : 'NO', 12)} |`,
  );
}
log(
  'Random scores 0-100 (one decimal), 10 % forbidden; median of 3 runs after a warm-up. The npm packages get a ready number[][] cost matrix (a forbidden pair costs as much as an empty row); "with its matrix" includes building it from the Float64Array, which solveAssignment would have to do to use munkres.',
);

log();
if (failures.length > 0) {
  for (const failure of failures) log(`FAIL ${failure}`);
  process.exit(1);
}
log(
  'engine and reference agree on every checked sample; all solvers reach the same optimum',
);
