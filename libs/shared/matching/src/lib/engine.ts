/**
 * The columnar engine: one package against a whole pool. Every pair is decided in the order
 * cheapest-and-most-selective first (grid cells, then the unit-vector distance test, then the
 * demand masks, hours and flags), and only feasible pairs are scored.
 */
import {
  DEMAND_DIMENSION_KEYS,
  DemandLevel,
  DemandProfile,
  combineScheduleNeeds,
} from '@jcw/shared-domain';
import { checkPair } from './constraints';
import { haversineKmFromRadians } from './geo';
import {
  CarvingFeedback,
  MatchCandidate,
  MatchPackage,
  MatchPackageTask,
  NearMiss,
  ScoredMatch,
  TaskFeedback,
} from './model';
import {
  CandidatePool,
  ELIGIBLE_BIT,
  EVENINGS_BIT,
  NIGHTS_BIT,
  PoolColumns,
} from './pool';
import {
  FeasibilityRule,
  PackageQuery,
  compilePackage,
  feasibilityRule,
  slotRanges,
} from './query';
import {
  accommodationsTenths,
  educationTenths,
  hoursTenths,
  interestsTenths,
  scoredMatch,
  sectorPoints,
  skillsTenths,
  travelTenths,
} from './score';

export const DEFAULT_NEAR_MISS_LIMIT = 200;

function slotDistanceKm(
  columns: PoolColumns,
  slot: number,
  query: PackageQuery,
): number {
  return haversineKmFromRadians(
    columns.phi[slot],
    columns.lambda[slot],
    columns.cosPhi[slot],
    query.phi,
    query.lambda,
    query.cosPhi,
  );
}

/** Assumes a located workplace. */
function withinReach(
  columns: PoolColumns,
  slot: number,
  query: PackageQuery,
): boolean {
  const dot =
    query.unitX * columns.unitX[slot] +
    query.unitY * columns.unitY[slot] +
    query.unitZ * columns.unitZ[slot];
  if (dot < columns.dotLow[slot]) return false;
  if (dot >= columns.dotHigh[slot]) return true;
  return slotDistanceKm(columns, slot, query) <= columns.travelRadiusKm[slot];
}

/** Growable scratch for the feasible pairs of one scan; reused because scans do not nest. */
class MatchBuffer {
  length = 0;
  slots = new Int32Array(1024);
  distances = new Float64Array(1024);
  /** Six tenths per match, in SCORE_PARTS order. */
  parts = new Uint16Array(6 * 1024);
  scores = new Uint16Array(1024);

  reset(): void {
    this.length = 0;
  }

  push(slot: number): void {
    if (this.length === this.slots.length) this.grow();
    this.slots[this.length++] = slot;
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint16Array>(
      array: T,
      size: number,
    ): T => {
      const bigger = new (array.constructor as new (size: number) => T)(size);
      bigger.set(array);
      return bigger;
    };
    this.slots = grown(this.slots, capacity);
    this.distances = grown(this.distances, capacity);
    this.parts = grown(this.parts, 6 * capacity);
    this.scores = grown(this.scores, capacity);
  }
}

const buffer = new MatchBuffer();

function hasMarked(
  start: Int32Array,
  ids: Int32Array,
  slot: number,
  marks: Uint8Array,
): boolean {
  for (let k = start[slot]; k < start[slot + 1]; k++) {
    if (marks[ids[k]] === 1) return true;
  }
  return false;
}

function countMarked(
  start: Int32Array,
  ids: Int32Array,
  slot: number,
  marks: Uint8Array,
): number {
  let marked = 0;
  for (let k = start[slot]; k < start[slot + 1]; k++) marked += marks[ids[k]];
  return marked;
}

/**
 * Collects the feasible slots of the scanned cells into `buffer`: distance first (the unit-vector
 * dot product against the candidate's bounds), then the demand masks, hours and flags (which
 * carry eligibility too). Written out with the columns in locals, as are the other hot loops of
 * this file, and held to `checkPair` by the property tests. Kept free of scoring, since a small
 * loop body is what makes the rejected candidates (over 90 % of national pairs) cheap.
 */
function collectFeasible(columns: PoolColumns, query: PackageQuery): void {
  buffer.reset();
  const ranges = slotRanges(columns, query);
  const {
    unitX,
    unitY,
    unitZ,
    dotLow,
    dotHigh,
    limitedMask,
    stronglyLimitedMask,
    maxHoursPerWeek,
    maxHoursPerDay,
    flags,
  } = columns;
  const { highDemandMask, moderateDemandMask, hoursPerWeek, hoursPerDay } =
    query;
  const neededFlags = query.neededFlags;
  const x = query.unitX;
  const y = query.unitY;
  const z = query.unitZ;
  for (let range = 0; range < ranges.length; range += 2) {
    const end = ranges[range + 1];
    for (let slot = ranges[range]; slot < end; slot++) {
      const dot = x * unitX[slot] + y * unitY[slot] + z * unitZ[slot];
      if (
        dot < dotLow[slot] ||
        ((highDemandMask & limitedMask[slot]) |
          (moderateDemandMask & stronglyLimitedMask[slot])) !==
          0 ||
        hoursPerWeek > maxHoursPerWeek[slot] ||
        hoursPerDay > maxHoursPerDay[slot] ||
        (neededFlags & ~flags[slot]) !== 0
      ) {
        continue;
      }
      if (dot >= dotHigh[slot] || withinReach(columns, slot, query)) {
        buffer.push(slot);
      }
    }
  }
}

/** Distance and parts for every collected slot. */
function scoreCollected(columns: PoolColumns, query: PackageQuery): void {
  const { travelRadiusKm, maxHoursPerWeek, phi, lambda, cosPhi, education } =
    columns;
  const { start: skillStart, ids: skillIds } = columns.skills;
  const { start: wordStart, ids: wordIds } = columns.interestWords;
  const { start: sectorStart, ids: sectorIds } = columns.preferredSectors;
  const { start: needStart, ids: needIds } = columns.accommodations;
  const { askedSkill, askedSkillCount, keywordWord, offeredAccommodation } =
    query;
  const { sectorId, complexity, hoursPerWeek } = query;
  const workplacePhi = query.phi;
  const workplaceLambda = query.lambda;
  const workplaceCosPhi = query.cosPhi;
  const { slots, distances, parts, scores } = buffer;
  for (let position = 0; position < buffer.length; position++) {
    const slot = slots[position];
    const distance = haversineKmFromRadians(
      phi[slot],
      lambda[slot],
      cosPhi[slot],
      workplacePhi,
      workplaceLambda,
      workplaceCosPhi,
    );
    distances[position] = distance;
    let sectorPreferred = false;
    for (let k = sectorStart[slot]; k < sectorStart[slot + 1]; k++) {
      if (sectorIds[k] === sectorId) sectorPreferred = true;
    }
    const skillsPart = skillsTenths(
      countMarked(skillStart, skillIds, slot, askedSkill),
      askedSkillCount,
    );
    const interestsPart = interestsTenths(
      sectorPoints(sectorStart[slot + 1] > sectorStart[slot], sectorPreferred),
      hasMarked(wordStart, wordIds, slot, keywordWord),
    );
    const hoursPart = hoursTenths(hoursPerWeek, maxHoursPerWeek[slot]);
    const travelPart = travelTenths(distance, travelRadiusKm[slot]);
    const educationPart = educationTenths(education[slot], complexity);
    const accommodationsPart = accommodationsTenths(
      countMarked(needStart, needIds, slot, offeredAccommodation),
      needStart[slot + 1] - needStart[slot],
    );
    const at = 6 * position;
    parts[at] = skillsPart;
    parts[at + 1] = interestsPart;
    parts[at + 2] = hoursPart;
    parts[at + 3] = travelPart;
    parts[at + 4] = educationPart;
    parts[at + 5] = accommodationsPart;
    scores[position] =
      skillsPart +
      interestsPart +
      hoursPart +
      travelPart +
      educationPart +
      accommodationsPart;
  }
}

const MAX_TENTHS = 1000;
const RADIX_BITS = 11;
const RADIX_BUCKETS = 1 << RADIX_BITS;
const radixCounts = new Int32Array(RADIX_BUCKETS);

/** LSD radix sort; about twice as fast as the built-in sort on large result sets. */
function radixSort(keys: Uint32Array): Uint32Array {
  let source: Uint32Array = keys;
  let target: Uint32Array = new Uint32Array(keys.length);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    radixCounts.fill(0);
    for (let i = 0; i < source.length; i++) {
      radixCounts[(source[i] >>> shift) & (RADIX_BUCKETS - 1)]++;
    }
    let sum = 0;
    for (let bucket = 0; bucket < RADIX_BUCKETS; bucket++) {
      const count = radixCounts[bucket];
      radixCounts[bucket] = sum;
      sum += count;
    }
    for (let i = 0; i < source.length; i++) {
      const key = source[i];
      target[radixCounts[(key >>> shift) & (RADIX_BUCKETS - 1)]++] = key;
    }
    [source, target] = [target, source];
  }
  return source;
}

/**
 * Buffer positions in ranking order (score desc, then candidate id asc). Each key packs the
 * inverted score and the id rank into one integer, so the sort compares numbers, not strings.
 */
function rankBuffer(
  columns: PoolColumns,
  positionOfSlot: Int32Array,
): Int32Array {
  const count = columns.count;
  const length = buffer.length;
  for (let position = 0; position < length; position++) {
    positionOfSlot[buffer.slots[position]] = position;
  }
  const ranked = new Int32Array(length);
  if ((MAX_TENTHS + 1) * count <= 0xffffffff) {
    let keys: Uint32Array = new Uint32Array(length);
    for (let position = 0; position < length; position++) {
      keys[position] =
        (MAX_TENTHS - buffer.scores[position]) * count +
        columns.idRank[buffer.slots[position]];
    }
    keys = length > 2048 ? radixSort(keys) : keys.sort();
    for (let i = 0; i < length; i++) {
      ranked[i] = positionOfSlot[columns.slotOfIdRank[keys[i] % count]];
    }
  } else {
    const keys = new Float64Array(length);
    for (let position = 0; position < length; position++) {
      keys[position] =
        (MAX_TENTHS - buffer.scores[position]) * count +
        columns.idRank[buffer.slots[position]];
    }
    keys.sort();
    for (let i = 0; i < length; i++) {
      ranked[i] = positionOfSlot[columns.slotOfIdRank[keys[i] % count]];
    }
  }
  return ranked;
}

const positionScratch = new WeakMap<PoolColumns, Int32Array>();

function positionOfSlotFor(columns: PoolColumns): Int32Array {
  let scratch = positionScratch.get(columns);
  if (scratch === undefined) {
    scratch = new Int32Array(columns.count);
    positionScratch.set(columns, scratch);
  }
  return scratch;
}

function materialise(
  columns: PoolColumns,
  packageId: string,
  position: number,
): ScoredMatch {
  const parts = buffer.parts;
  const at = 6 * position;
  return scoredMatch(
    columns.ids[buffer.slots[position]],
    packageId,
    parts[at],
    parts[at + 1],
    parts[at + 2],
    parts[at + 3],
    parts[at + 4],
    parts[at + 5],
    buffer.distances[position],
  );
}

/** @internal The best `limit` matches with their slots, for team assignment. */
export interface RankedMatches {
  readonly slots: Int32Array;
  readonly matches: readonly ScoredMatch[];
}

/** @internal */
export function rankPackage(
  pool: CandidatePool,
  pkg: MatchPackage,
  limit = Infinity,
): RankedMatches {
  const columns = pool.columns;
  const query = compilePackage(pool, pkg);
  collectFeasible(columns, query);
  scoreCollected(columns, query);
  const ranked = rankBuffer(columns, positionOfSlotFor(columns));
  const kept = Math.min(limit, ranked.length);
  const slots = new Int32Array(kept);
  for (let i = 0; i < kept; i++) slots[i] = buffer.slots[ranked[i]];
  return { slots, matches: materialiseRanked(columns, pkg.id, ranked, kept) };
}

/**
 * The result objects in ranking order. For a full result they are created in scan order (the
 * columns and the buffer are then read sequentially, not at random) and put in place by rank;
 * the array is filled first so V8 keeps it in fast mode (a large `new Array(n)` is a slow
 * dictionary).
 */
function materialiseRanked(
  columns: PoolColumns,
  packageId: string,
  ranked: Int32Array,
  kept: number,
): ScoredMatch[] {
  const matches: ScoredMatch[] = [];
  if (kept < ranked.length) {
    for (let i = 0; i < kept; i++) {
      matches.push(materialise(columns, packageId, ranked[i]));
    }
    return matches;
  }
  const rankOfPosition = new Int32Array(kept);
  for (let i = 0; i < kept; i++) rankOfPosition[ranked[i]] = i;
  const placeholder = null as unknown as ScoredMatch;
  for (let i = 0; i < kept; i++) matches.push(placeholder);
  for (let position = 0; position < kept; position++) {
    matches[rankOfPosition[position]] = materialise(
      columns,
      packageId,
      position,
    );
  }
  return matches;
}

/** Every feasible candidate for the package, scored, ranked by score desc then candidate id. */
export function scorePackage(
  pool: CandidatePool,
  pkg: MatchPackage,
): ScoredMatch[] {
  return rankPackage(pool, pkg).matches as ScoredMatch[];
}

/** How many of the reachable slots fit a rule; written out with locals, it runs once per variant. */
function countReachable(
  columns: PoolColumns,
  reachable: Int32Array,
  rule: FeasibilityRule,
): number {
  const {
    limitedMask,
    stronglyLimitedMask,
    maxHoursPerWeek,
    maxHoursPerDay,
    flags,
  } = columns;
  const {
    highDemandMask,
    moderateDemandMask,
    hoursPerWeek,
    hoursPerDay,
    neededFlags,
  } = rule;
  let feasible = 0;
  for (let i = 0; i < reachable.length; i++) {
    const slot = reachable[i];
    if (
      ((highDemandMask & limitedMask[slot]) |
        (moderateDemandMask & stronglyLimitedMask[slot])) ===
        0 &&
      !(hoursPerWeek > maxHoursPerWeek[slot]) &&
      !(hoursPerDay > maxHoursPerDay[slot]) &&
      (neededFlags & ~flags[slot]) === 0
    ) {
      feasible++;
    }
  }
  return feasible;
}

export function countFeasible(pool: CandidatePool, pkg: MatchPackage): number {
  collectFeasible(pool.columns, compilePackage(pool, pkg));
  return buffer.length;
}

/**
 * Near-miss order: the constraint position in `checkPair` order (dimensions in catalogue order,
 * then hours per week, hours per day, evenings, nights, weekends, distance).
 */
const HOURS_PER_WEEK_ORDER = DEMAND_DIMENSION_KEYS.length;
const HOURS_PER_DAY_ORDER = HOURS_PER_WEEK_ORDER + 1;
const EVENINGS_ORDER = HOURS_PER_WEEK_ORDER + 2;
const NIGHTS_ORDER = HOURS_PER_WEEK_ORDER + 3;
const WEEKENDS_ORDER = HOURS_PER_WEEK_ORDER + 4;
const DISTANCE_ORDER = HOURS_PER_WEEK_ORDER + 5;

function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

/**
 * Eligible candidates who fail exactly one hard constraint: who the package would reach if that
 * one thing changed. One pass over the whole pool (a distance-only miss can live anywhere),
 * counting failures per candidate with bit operations; ordered by constraint, then distance
 * (unknown last), then candidate id.
 */
export function nearMisses(
  pool: CandidatePool,
  pkg: MatchPackage,
  limit = DEFAULT_NEAR_MISS_LIMIT,
): NearMiss[] {
  const columns = pool.columns;
  const query = compilePackage(pool, pkg);
  const byConstraint: number[][] = Array.from(
    { length: DISTANCE_ORDER + 1 },
    () => [],
  );
  const { unitX, unitY, unitZ, dotLow, dotHigh } = columns;
  const x = query.unitX;
  const y = query.unitY;
  const z = query.unitZ;
  const {
    flags: allowed,
    limitedMask,
    stronglyLimitedMask,
    maxHoursPerWeek,
    maxHoursPerDay,
  } = columns;
  const {
    highDemandMask,
    moderateDemandMask,
    hoursPerWeek,
    hoursPerDay,
    neededFlags,
  } = query;
  for (let slot = 0; slot < columns.count; slot++) {
    const flags = allowed[slot];
    if ((flags & ELIGIBLE_BIT) === 0) continue;
    const dimensions =
      (highDemandMask & limitedMask[slot]) |
      (moderateDemandMask & stronglyLimitedMask[slot]);
    let failures = bitCount(dimensions);
    if (failures > 1) continue;
    let order = failures === 1 ? lowestBit(dimensions) : -1;
    if (hoursPerWeek > maxHoursPerWeek[slot]) {
      failures++;
      order = HOURS_PER_WEEK_ORDER;
    }
    if (hoursPerDay > maxHoursPerDay[slot]) {
      failures++;
      order = HOURS_PER_DAY_ORDER;
    }
    const missing = neededFlags & ~flags;
    if (missing !== 0) {
      failures += bitCount(missing);
      order =
        missing === EVENINGS_BIT
          ? EVENINGS_ORDER
          : missing === NIGHTS_BIT
            ? NIGHTS_ORDER
            : WEEKENDS_ORDER;
    }
    if (failures > 1) continue;
    const dot = x * unitX[slot] + y * unitY[slot] + z * unitZ[slot];
    if (
      !query.located ||
      dot < dotLow[slot] ||
      (dot < dotHigh[slot] && !withinReach(columns, slot, query))
    ) {
      failures++;
      order = DISTANCE_ORDER;
    }
    if (failures === 1) byConstraint[order].push(slot);
  }

  const misses: NearMiss[] = [];
  for (const slots of byConstraint) {
    if (misses.length >= limit) break;
    for (const slot of nearestFirst(
      columns,
      query,
      slots,
      limit - misses.length,
    )) {
      const candidate = pool.candidateAtSlot(slot);
      misses.push({
        candidateId: candidate.id,
        packageId: pkg.id,
        constraint: checkPair(candidate, pkg, pool.today)[0],
      });
    }
  }
  return misses;
}

/** The `take` nearest slots (unknown distance last, then id), without sorting a huge bucket. */
function nearestFirst(
  columns: PoolColumns,
  query: PackageQuery,
  slots: readonly number[],
  take: number,
): number[] {
  if (slots.length === 0 || take <= 0) return [];
  const distances = new Float64Array(slots.length);
  slots.forEach((slot, i) => {
    const distance = query.located ? slotDistanceKm(columns, slot, query) : NaN;
    distances[i] = Number.isNaN(distance) ? Infinity : distance;
  });
  let candidates = slots.map((_, i) => i);
  if (slots.length > take) {
    const threshold = distances.slice().sort()[take - 1];
    candidates = candidates.filter((i) => distances[i] <= threshold);
  }
  return candidates
    .sort(
      (a, b) =>
        distances[a] - distances[b] ||
        columns.idRank[slots[a]] - columns.idRank[slots[b]],
    )
    .slice(0, take)
    .map((i) => slots[i]);
}

function maxDemands(tasks: readonly MatchPackageTask[]): DemandProfile {
  const profile: Partial<
    Record<(typeof DEMAND_DIMENSION_KEYS)[number], DemandLevel>
  > = {};
  for (const key of DEMAND_DIMENSION_KEYS) {
    const level = Math.max(0, ...tasks.map((task) => task.demands[key] ?? 0));
    if (level > 0) profile[key] = level as DemandLevel;
  }
  return profile;
}

/**
 * Per task: how many more candidates the package would reach without it, and by lowering its
 * demand one level on each dimension where it sets the package's demand. Distance and eligibility
 * do not change between variants, so the reachable candidates are collected once and each variant
 * only re-tests masks, hours and flags on them.
 */
export function carvingFeedback(
  pool: CandidatePool,
  pkg: MatchPackage,
): CarvingFeedback {
  const columns = pool.columns;
  const query = compilePackage(pool, pkg);
  const ranges = slotRanges(columns, query);
  buffer.reset();
  for (let range = 0; range < ranges.length; range += 2) {
    for (let slot = ranges[range]; slot < ranges[range + 1]; slot++) {
      if (
        (columns.flags[slot] & ELIGIBLE_BIT) !== 0 &&
        withinReach(columns, slot, query)
      ) {
        buffer.push(slot);
      }
    }
  }
  const reachable = buffer.slots.slice(0, buffer.length);
  const feasibleNow = countReachable(columns, reachable, query);
  const gained = (rule: FeasibilityRule) =>
    countReachable(columns, reachable, rule) - feasibleNow;

  const tasks: TaskFeedback[] = pkg.tasks.map((task, taskIndex) => {
    const others = pkg.tasks.filter((_, index) => index !== taskIndex);
    const otherDemands = maxDemands(others);
    const gainedWithoutTask =
      others.length === 0
        ? 0
        : gained(
            feasibilityRule(
              otherDemands,
              pkg.hoursPerWeek - task.hoursPerWeek,
              combineScheduleNeeds(others.map((other) => other.scheduleNeeds)),
            ),
          );
    const gainedByLowering = DEMAND_DIMENSION_KEYS.flatMap((dimension) => {
      const from = task.demands[dimension] ?? 0;
      if (from === 0 || from !== (pkg.demandProfile[dimension] ?? 0)) return [];
      const to = (from - 1) as DemandLevel;
      const lowered: DemandProfile = {
        ...pkg.demandProfile,
        [dimension]: Math.max(to, otherDemands[dimension] ?? 0),
      };
      return [
        {
          dimension,
          from,
          to,
          gained: gained(
            feasibilityRule(lowered, pkg.hoursPerWeek, pkg.scheduleNeeds),
          ),
        },
      ];
    });
    return {
      taskId: task.id,
      taskName: task.name,
      gainedWithoutTask,
      gainedByLowering,
    };
  });
  return { packageId: pkg.id, feasibleNow, tasks };
}

function comparePackageIds(a: ScoredMatch, b: ScoredMatch): number {
  return a.packageId < b.packageId ? -1 : a.packageId > b.packageId ? 1 : 0;
}

/** One candidate against many packages: feasible packages, score desc then package id. */
export function scoreCandidate(
  candidate: MatchCandidate,
  packages: readonly MatchPackage[],
  today: string,
): ScoredMatch[] {
  const pool = CandidatePool.build([candidate], today);
  return packages
    .flatMap((pkg) => scorePackage(pool, pkg))
    .sort((a, b) => b.score - a.score || comparePackageIds(a, b));
}
