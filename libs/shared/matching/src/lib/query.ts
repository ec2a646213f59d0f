/**
 * A package compiled against one pool: demand masks, flags, and lookup tables over the pool's
 * dictionaries, so the per-candidate work is bit operations and array reads.
 */
import {
  DEMAND_DIMENSION_KEYS,
  DemandProfile,
  EDUCATION_LEVELS,
  ScheduleNeeds,
  isLevel,
} from '@jcw/shared-domain';
import { hoursPerDayOf } from './constraints';
import { EARTH_RADIUS_KM, hasLocation, toRadians } from './geo';
import { MatchPackage } from './model';
import {
  CandidatePool,
  ELIGIBLE_BIT,
  EVENINGS_BIT,
  IdLists,
  NIGHTS_BIT,
  PoolColumns,
  WEEKENDS_BIT,
} from './pool';
import { educationIndex } from './score';
import { interestWords, normaliseTerm, termSet } from './text';

/** The part of a package that decides feasibility apart from distance; carving varies only this. */
export interface FeasibilityRule {
  /** Bit k set when the demand on DEMAND_DIMENSION_KEYS[k] is 1 (D1) or 2 (D2). */
  readonly moderateDemandMask: number;
  readonly highDemandMask: number;
  readonly hoursPerWeek: number;
  readonly hoursPerDay: number;
  /** Schedule bits the package needs, plus the eligibility bit every match needs. */
  readonly neededFlags: number;
}

export interface PackageQuery extends FeasibilityRule {
  readonly pkg: MatchPackage;
  readonly located: boolean;
  readonly phi: number;
  readonly lambda: number;
  readonly cosPhi: number;
  readonly unitX: number;
  readonly unitY: number;
  readonly unitZ: number;
  readonly askedSkillCount: number;
  /** 1 at the pool dictionary id of every asked skill / keyword word / offered provision. */
  readonly askedSkill: Uint8Array;
  readonly keywordWord: Uint8Array;
  readonly offeredAccommodation: Uint8Array;
  /** Pool dictionary id of the package sector, -1 when no candidate prefers it (or no sector). */
  readonly sectorId: number;
  readonly complexity: number;
}

function invalid(pkg: MatchPackage, what: string): never {
  throw new RangeError(`Package ${pkg.id}: ${what}`);
}

function validateDemands(pkg: MatchPackage, profile: DemandProfile): void {
  for (const key of DEMAND_DIMENSION_KEYS) {
    const level = profile[key];
    if (level !== undefined && !isLevel(level)) {
      invalid(pkg, `demand ${key} must be 0, 1 or 2`);
    }
  }
}

export function validatePackage(pkg: MatchPackage): void {
  if (!(Number.isFinite(pkg.hoursPerWeek) && pkg.hoursPerWeek >= 0)) {
    invalid(pkg, 'hoursPerWeek must be a finite number >= 0');
  }
  if (!EDUCATION_LEVELS.includes(pkg.complexity)) {
    invalid(pkg, `unknown complexity ${pkg.complexity}`);
  }
  validateDemands(pkg, pkg.demandProfile);
  for (const task of pkg.tasks) {
    if (!Number.isFinite(task.hoursPerWeek)) {
      invalid(pkg, `task ${task.id} hoursPerWeek must be finite`);
    }
    validateDemands(pkg, task.demands);
  }
}

export function feasibilityRule(
  demandProfile: DemandProfile,
  hoursPerWeek: number,
  scheduleNeeds: ScheduleNeeds,
): FeasibilityRule {
  let moderateDemandMask = 0;
  let highDemandMask = 0;
  DEMAND_DIMENSION_KEYS.forEach((key, bit) => {
    const demand = demandProfile[key] ?? 0;
    if (demand === 1) moderateDemandMask |= 1 << bit;
    if (demand === 2) highDemandMask |= 1 << bit;
  });
  return {
    moderateDemandMask,
    highDemandMask,
    hoursPerWeek,
    hoursPerDay: hoursPerDayOf(hoursPerWeek),
    neededFlags:
      ELIGIBLE_BIT |
      (scheduleNeeds.evenings ? EVENINGS_BIT : 0) |
      (scheduleNeeds.nights ? NIGHTS_BIT : 0) |
      (scheduleNeeds.weekends ? WEEKENDS_BIT : 0),
  };
}

function markTerms(lists: IdLists, terms: Iterable<string>): Uint8Array {
  const marks = new Uint8Array(lists.dictionary.size);
  for (const term of terms) {
    const id = lists.dictionary.get(term);
    if (id !== undefined) marks[id] = 1;
  }
  return marks;
}

export function compilePackage(
  pool: CandidatePool,
  pkg: MatchPackage,
): PackageQuery {
  validatePackage(pkg);
  const columns = pool.columns;
  const askedSkills = termSet(pkg.skills);
  const located = hasLocation(pkg.latitude, pkg.longitude);
  const phi = located ? toRadians(pkg.latitude as number) : NaN;
  const lambda = located ? toRadians(pkg.longitude as number) : NaN;
  const cosPhi = Math.cos(phi);
  const sectorId =
    pkg.sector === null
      ? -1
      : (columns.preferredSectors.dictionary.get(normaliseTerm(pkg.sector)) ??
        -1);
  return {
    ...feasibilityRule(pkg.demandProfile, pkg.hoursPerWeek, pkg.scheduleNeeds),
    pkg,
    located,
    phi,
    lambda,
    cosPhi,
    unitX: cosPhi * Math.cos(lambda),
    unitY: cosPhi * Math.sin(lambda),
    unitZ: Math.sin(phi),
    askedSkillCount: askedSkills.size,
    askedSkill: markTerms(columns.skills, askedSkills),
    keywordWord: markTerms(columns.interestWords, interestWords(pkg.keywords)),
    offeredAccommodation: markTerms(
      columns.accommodations,
      termSet(pkg.accommodationsOffered),
    ),
    sectorId,
    complexity: educationIndex(pkg.complexity),
  };
}

/** Slightly wider than the exact cap, so rounding in the bounds never loses a candidate. */
const BOUNDS_SLACK = 1 + 1e-9;
const BOUNDS_EPSILON_RADIANS = 1e-12;
const DEGREES_PER_RADIAN = 180 / Math.PI;

/**
 * Slot ranges [start, end) as pairs: the grid cells that intersect the bounding box of the
 * spherical cap with the pool's largest radius around the workplace. Exact cap bounds (not a flat
 * projection), so no candidate within reach is ever skipped; wrap-around at the poles or the date
 * line falls back to whole rows.
 */
export function slotRanges(
  columns: PoolColumns,
  query: PackageQuery,
): Int32Array {
  const grid = columns.grid;
  if (!query.located || columns.griddedCount === 0) return new Int32Array(0);
  const angle =
    (grid.maxRadiusKm / EARTH_RADIUS_KM) * BOUNDS_SLACK +
    BOUNDS_EPSILON_RADIANS;
  let rowFrom = 0;
  let rowTo = grid.height - 1;
  let columnFrom = 0;
  let columnTo = grid.width - 1;
  const toRow = (phi: number) =>
    Math.floor(
      (phi * DEGREES_PER_RADIAN - grid.latitudeMin) / grid.latitudeStep,
    );
  const toColumn = (lambda: number) =>
    Math.floor(
      (lambda * DEGREES_PER_RADIAN - grid.longitudeMin) / grid.longitudeStep,
    );
  if (angle < Math.PI / 2) {
    const south = query.phi - angle;
    const north = query.phi + angle;
    rowFrom = Math.max(rowFrom, toRow(south));
    rowTo = Math.min(rowTo, toRow(north));
    const sinRatio = Math.sin(angle) / query.cosPhi;
    if (south > -Math.PI / 2 && north < Math.PI / 2 && sinRatio < 1) {
      const halfWidth =
        Math.asin(sinRatio) * BOUNDS_SLACK + BOUNDS_EPSILON_RADIANS;
      const west = query.lambda - halfWidth;
      const east = query.lambda + halfWidth;
      if (west > -Math.PI && east < Math.PI) {
        columnFrom = Math.max(columnFrom, toColumn(west));
        columnTo = Math.min(columnTo, toColumn(east));
      }
    }
  }
  if (rowFrom > rowTo || columnFrom > columnTo) return new Int32Array(0);
  const ranges: number[] = [];
  for (let row = rowFrom; row <= rowTo; row++) {
    const start = grid.cellStart[row * grid.width + columnFrom];
    const end = grid.cellStart[row * grid.width + columnTo + 1];
    if (start === end) continue;
    if (ranges.length > 0 && ranges[ranges.length - 1] === start) {
      ranges[ranges.length - 1] = end;
    } else {
      ranges.push(start, end);
    }
  }
  return Int32Array.from(ranges);
}
