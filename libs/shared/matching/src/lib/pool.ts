/**
 * A pool of candidates turned into columns once, then scanned by every package. Candidates are
 * stored in "slots" ordered by grid cell, so the candidates near a workplace are a few contiguous
 * runs of slots; public indices stay the input order.
 */
import {
  DEMAND_DIMENSION_KEYS,
  EDUCATION_LEVELS,
  isLevel,
} from '@jcw/shared-domain';
import { isEligible } from './constraints';
import { EARTH_RADIUS_KM, hasLocation, toRadians } from './geo';
import { MatchCandidate } from './model';
import { educationIndex } from './score';
import { interestWords, termSet } from './text';

/** Bits of `PoolColumns.flags`: what the person allows, and whether they may be proposed at all. */
export const EVENINGS_BIT = 1;
export const NIGHTS_BIT = 2;
export const WEEKENDS_BIT = 4;
export const SCHEDULE_BITS = EVENINGS_BIT | NIGHTS_BIT | WEEKENDS_BIT;
/** Folded into the same byte so one `need & ~allowed` test covers eligibility and schedule. */
export const ELIGIBLE_BIT = 8;

/**
 * The unit-vector dot product decides distance for nearly every pair without trigonometry. Its
 * rounding error (~1e-15) is far below this band; a pair whose dot product falls inside the band
 * gets the exact haversine comparison, so the engine and `checkPair` never disagree at the edge.
 */
export const DOT_PRODUCT_BAND = 1e-12;

/** Roughly 10 km cells around latitude 52 (the Netherlands). */
const CELL_LATITUDE_DEGREES = 0.09;
const MAX_GRID_CELLS = 1 << 20;

/** Sorted distinct ids per candidate, stored as one flat array with offsets (CSR). */
export interface IdLists {
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly dictionary: ReadonlyMap<string, number>;
}

export interface Grid {
  readonly latitudeMin: number;
  readonly longitudeMin: number;
  readonly latitudeStep: number;
  readonly longitudeStep: number;
  readonly width: number;
  readonly height: number;
  /** Slot range of cell c: [cellStart[c], cellStart[c + 1]). */
  readonly cellStart: Int32Array;
  /** Largest travel radius of a gridded candidate: how far from a workplace to look. */
  readonly maxRadiusKm: number;
}

/**
 * Everything per slot. Hours and radii are Float64 rather than Float32 on purpose: a Float32
 * 7.3 is not 7.3, and the columnar answer must equal `checkPair` on exact boundaries.
 */
export interface PoolColumns {
  readonly count: number;
  /** Slots [0, griddedCount) are in the grid; the rest can never meet the distance constraint. */
  readonly griddedCount: number;
  readonly inputIndex: Int32Array;
  readonly slotOfInput: Int32Array;
  readonly ids: readonly string[];
  /** Position of the slot's id in code-unit order: the ranking's tie-break as an integer. */
  readonly idRank: Int32Array;
  readonly slotOfIdRank: Int32Array;
  readonly flags: Uint8Array;
  /** Bit k = DEMAND_DIMENSION_KEYS[k]; L1 = limitation >= 1, L2 = limitation == 2. */
  readonly limitedMask: Uint32Array;
  readonly stronglyLimitedMask: Uint32Array;
  /** Infinity when the person states no maximum. */
  readonly maxHoursPerWeek: Float64Array;
  readonly maxHoursPerDay: Float64Array;
  /** NaN without a usable location. */
  readonly phi: Float64Array;
  readonly lambda: Float64Array;
  readonly cosPhi: Float64Array;
  readonly unitX: Float64Array;
  readonly unitY: Float64Array;
  readonly unitZ: Float64Array;
  /** NaN without a radius. */
  readonly travelRadiusKm: Float64Array;
  /** dot < low: certainly too far; dot >= high: certainly within; between: ask haversine. */
  readonly dotLow: Float64Array;
  readonly dotHigh: Float64Array;
  readonly education: Int8Array;
  readonly skills: IdLists;
  readonly interestWords: IdLists;
  readonly preferredSectors: IdLists;
  readonly accommodations: IdLists;
  readonly grid: Grid;
}

function invalid(candidate: MatchCandidate, what: string): never {
  throw new RangeError(`Candidate ${candidate.id}: ${what}`);
}

const BIT_OF_DIMENSION: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, number>,
    Object.fromEntries(DEMAND_DIMENSION_KEYS.map((key, bit) => [key, bit])),
  ),
);

/**
 * Limitation masks from the keys a profile actually has: profiles are sparse, and reading all 24
 * keys of objects with different shapes is slow. Keys outside the catalogue are ignored, as
 * `isFeasible` ignores them.
 */
function limitationMasks(
  candidate: MatchCandidate,
  slot: number,
  limitedMask: Uint32Array,
  stronglyLimitedMask: Uint32Array,
): void {
  let limited = 0;
  let stronglyLimited = 0;
  const limitations = candidate.limitations as Readonly<
    Record<string, unknown>
  >;
  for (const key in limitations) {
    const bit = BIT_OF_DIMENSION[key];
    const level = limitations[key];
    if (bit === undefined || level === undefined) continue;
    if (!isLevel(level)) {
      invalid(candidate, `limitation ${key} must be 0, 1 or 2`);
    }
    if (level >= 1) limited |= 1 << bit;
    if (level === 2) stronglyLimited |= 1 << bit;
  }
  limitedMask[slot] = limited;
  stronglyLimitedMask[slot] = stronglyLimited;
}

/** Data that would silently corrupt masks or scores is a bug upstream, so it fails loudly. */
function validate(candidate: MatchCandidate): void {
  for (const [name, value] of [
    ['maxHoursPerWeek', candidate.maxHoursPerWeek],
    ['maxHoursPerDay', candidate.maxHoursPerDay],
  ] as const) {
    if (value !== null && !(Number.isFinite(value) && value >= 0)) {
      invalid(candidate, `${name} must be null or a finite number >= 0`);
    }
  }
  const radius = candidate.travelRadiusKm;
  if (radius !== null && !(radius >= 0)) {
    invalid(candidate, 'travelRadiusKm must be null or >= 0');
  }
  if (
    candidate.educationLevel !== null &&
    !EDUCATION_LEVELS.includes(candidate.educationLevel)
  ) {
    invalid(candidate, `unknown education level ${candidate.educationLevel}`);
  }
}

class IdListsBuilder {
  private readonly dictionary = new Map<string, number>();
  /** Ids of all candidates in input order, flat, with each candidate's offset. */
  private readonly flat: number[] = [];
  private readonly offsets: number[] = [0];

  add(terms: Iterable<string>): void {
    const from = this.flat.length;
    for (const term of terms) {
      let id = this.dictionary.get(term);
      if (id === undefined) {
        id = this.dictionary.size;
        this.dictionary.set(term, id);
      }
      this.flat.push(id);
    }
    if (this.flat.length - from > 1) {
      const sorted = this.flat.splice(from).sort((a, b) => a - b);
      for (const id of sorted) this.flat.push(id);
    }
    this.offsets.push(this.flat.length);
  }

  build(slotOrder: Int32Array): IdLists {
    const start = new Int32Array(slotOrder.length + 1);
    const ids = new Int32Array(this.flat.length);
    let total = 0;
    for (let slot = 0; slot < slotOrder.length; slot++) {
      start[slot] = total;
      const input = slotOrder[slot];
      for (let k = this.offsets[input]; k < this.offsets[input + 1]; k++) {
        ids[total++] = this.flat[k];
      }
    }
    start[slotOrder.length] = total;
    return { start, ids, dictionary: this.dictionary };
  }
}

function canMeetDistance(candidate: MatchCandidate): boolean {
  return (
    hasLocation(candidate.latitude, candidate.longitude) &&
    candidate.travelRadiusKm !== null
  );
}

function gridShape(located: readonly MatchCandidate[]) {
  let latitudeMin = Infinity;
  let latitudeMax = -Infinity;
  let longitudeMin = Infinity;
  let longitudeMax = -Infinity;
  for (const candidate of located) {
    const latitude = candidate.latitude as number;
    const longitude = candidate.longitude as number;
    latitudeMin = Math.min(latitudeMin, latitude);
    latitudeMax = Math.max(latitudeMax, latitude);
    longitudeMin = Math.min(longitudeMin, longitude);
    longitudeMax = Math.max(longitudeMax, longitude);
  }
  if (located.length === 0) {
    latitudeMin = latitudeMax = longitudeMin = longitudeMax = 0;
  }
  const middleCos = Math.cos(toRadians((latitudeMin + latitudeMax) / 2));
  let latitudeStep = CELL_LATITUDE_DEGREES;
  let longitudeStep = CELL_LATITUDE_DEGREES / Math.max(0.2, middleCos);
  const cellsFor = (step: number, span: number) => Math.floor(span / step) + 1;
  let width = cellsFor(longitudeStep, longitudeMax - longitudeMin);
  let height = cellsFor(latitudeStep, latitudeMax - latitudeMin);
  // A pool spread over the globe gets coarser cells rather than a huge, mostly empty grid.
  while (width * height > MAX_GRID_CELLS) {
    latitudeStep *= 2;
    longitudeStep *= 2;
    width = cellsFor(longitudeStep, longitudeMax - longitudeMin);
    height = cellsFor(latitudeStep, latitudeMax - latitudeMin);
  }
  return {
    latitudeMin,
    longitudeMin,
    latitudeStep,
    longitudeStep,
    width,
    height,
  };
}

export class CandidatePool {
  readonly size: number;
  /** The day eligibility was decided for ('YYYY-MM-DD'). */
  readonly today: string;
  /** @internal The engine's view; not part of the public contract. */
  readonly columns: PoolColumns;
  private readonly candidates: readonly MatchCandidate[];

  private constructor(
    candidates: readonly MatchCandidate[],
    today: string,
    columns: PoolColumns,
  ) {
    this.candidates = candidates;
    this.size = candidates.length;
    this.today = today;
    this.columns = columns;
  }

  /**
   * Keeps every candidate, ineligible ones included (their eligibility is a column), so indices
   * match the input and near misses can tell "not eligible" from "not fitting".
   */
  static build(
    candidates: readonly MatchCandidate[],
    today: string,
  ): CandidatePool {
    candidates.forEach(validate);
    const count = candidates.length;
    const located = candidates.filter(canMeetDistance);
    const shape = gridShape(located);
    const cellOf = (candidate: MatchCandidate) => {
      const row = Math.min(
        shape.height - 1,
        Math.floor(
          ((candidate.latitude as number) - shape.latitudeMin) /
            shape.latitudeStep,
        ),
      );
      const column = Math.min(
        shape.width - 1,
        Math.floor(
          ((candidate.longitude as number) - shape.longitudeMin) /
            shape.longitudeStep,
        ),
      );
      return row * shape.width + column;
    };

    // Counting sort by cell; candidates that can never meet the distance constraint go last.
    const cellCount = shape.width * shape.height;
    const cellStart = new Int32Array(cellCount + 1);
    const cellOfInput = new Int32Array(count).fill(-1);
    candidates.forEach((candidate, index) => {
      if (canMeetDistance(candidate)) {
        const cell = cellOf(candidate);
        cellOfInput[index] = cell;
        cellStart[cell + 1]++;
      }
    });
    for (let cell = 0; cell < cellCount; cell++) {
      cellStart[cell + 1] += cellStart[cell];
    }
    const griddedCount = cellStart[cellCount];
    const next = cellStart.slice(0, cellCount);
    const inputIndex = new Int32Array(count);
    let tail = griddedCount;
    for (let index = 0; index < count; index++) {
      const cell = cellOfInput[index];
      inputIndex[cell >= 0 ? next[cell]++ : tail++] = index;
    }
    const slotOfInput = new Int32Array(count);
    inputIndex.forEach((index, slot) => (slotOfInput[index] = slot));

    const ids = Array.from(inputIndex, (index) => candidates[index].id);
    const byId = Array.from({ length: count }, (_, slot) => slot).sort(
      (a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b),
    );
    const slotOfIdRank = Int32Array.from(byId);
    const idRank = new Int32Array(count);
    slotOfIdRank.forEach((slot, rank) => (idRank[slot] = rank));

    const flags = new Uint8Array(count);
    const limitedMask = new Uint32Array(count);
    const stronglyLimitedMask = new Uint32Array(count);
    const maxHoursPerWeek = new Float64Array(count);
    const maxHoursPerDay = new Float64Array(count);
    const phi = new Float64Array(count).fill(NaN);
    const lambda = new Float64Array(count).fill(NaN);
    const cosPhi = new Float64Array(count).fill(NaN);
    const unitX = new Float64Array(count);
    const unitY = new Float64Array(count);
    const unitZ = new Float64Array(count);
    const travelRadiusKm = new Float64Array(count).fill(NaN);
    const dotLow = new Float64Array(count).fill(Infinity);
    const dotHigh = new Float64Array(count).fill(Infinity);
    const education = new Int8Array(count);
    const skills = new IdListsBuilder();
    const words = new IdListsBuilder();
    const sectors = new IdListsBuilder();
    const accommodations = new IdListsBuilder();
    let maxRadiusKm = 0;

    for (const candidate of candidates) {
      skills.add(termSet(candidate.skills));
      words.add(interestWords(candidate.interests));
      sectors.add(termSet(candidate.preferredSectors));
      accommodations.add(termSet(candidate.accommodations));
    }

    for (let slot = 0; slot < count; slot++) {
      const candidate = candidates[inputIndex[slot]];
      flags[slot] =
        (candidate.eveningsAllowed ? EVENINGS_BIT : 0) |
        (candidate.nightsAllowed ? NIGHTS_BIT : 0) |
        (candidate.weekendsAllowed ? WEEKENDS_BIT : 0) |
        (isEligible(candidate, today) ? ELIGIBLE_BIT : 0);
      limitationMasks(candidate, slot, limitedMask, stronglyLimitedMask);
      maxHoursPerWeek[slot] = candidate.maxHoursPerWeek ?? Infinity;
      maxHoursPerDay[slot] = candidate.maxHoursPerDay ?? Infinity;
      education[slot] = educationIndex(candidate.educationLevel);
      if (hasLocation(candidate.latitude, candidate.longitude)) {
        const latitude = toRadians(candidate.latitude);
        const longitude = toRadians(candidate.longitude as number);
        const cosLatitude = Math.cos(latitude);
        phi[slot] = latitude;
        lambda[slot] = longitude;
        cosPhi[slot] = cosLatitude;
        unitX[slot] = cosLatitude * Math.cos(longitude);
        unitY[slot] = cosLatitude * Math.sin(longitude);
        unitZ[slot] = Math.sin(latitude);
      }
      const radius = candidate.travelRadiusKm;
      if (radius !== null) travelRadiusKm[slot] = radius;
      if (slot < griddedCount) {
        const angle = (radius as number) / EARTH_RADIUS_KM;
        maxRadiusKm = Math.max(maxRadiusKm, radius as number);
        if (angle >= Math.PI) {
          // Half the globe: every point on Earth is within reach.
          dotLow[slot] = -Infinity;
          dotHigh[slot] = -Infinity;
        } else if (angle > 1) {
          // Near-antipodal haversine loses precision; let it decide every pair itself.
          dotLow[slot] = -Infinity;
          dotHigh[slot] = Infinity;
        } else {
          const limit = Math.cos(angle);
          dotLow[slot] = limit - DOT_PRODUCT_BAND;
          dotHigh[slot] = limit + DOT_PRODUCT_BAND;
        }
      }
    }

    return new CandidatePool(candidates, today, {
      count,
      griddedCount,
      inputIndex,
      slotOfInput,
      ids,
      idRank,
      slotOfIdRank,
      flags,
      limitedMask,
      stronglyLimitedMask,
      maxHoursPerWeek,
      maxHoursPerDay,
      phi,
      lambda,
      cosPhi,
      unitX,
      unitY,
      unitZ,
      travelRadiusKm,
      dotLow,
      dotHigh,
      education,
      skills: skills.build(inputIndex),
      interestWords: words.build(inputIndex),
      preferredSectors: sectors.build(inputIndex),
      accommodations: accommodations.build(inputIndex),
      grid: { ...shape, cellStart, maxRadiusKm },
    });
  }

  /** The id of the candidate at this input index. */
  candidateId(index: number): string {
    return this.candidate(index).id;
  }

  /** The candidate at this input index, as given to `build`. */
  candidate(index: number): MatchCandidate {
    const candidate = this.candidates[index];
    if (candidate === undefined) {
      throw new RangeError(
        `No candidate at index ${index} (size ${this.size})`,
      );
    }
    return candidate;
  }

  /** Whether the candidate at this input index may be proposed on `today`. */
  isEligible(index: number): boolean {
    this.candidate(index);
    return (
      (this.columns.flags[this.columns.slotOfInput[index]] & ELIGIBLE_BIT) !== 0
    );
  }

  /** @internal */
  candidateAtSlot(slot: number): MatchCandidate {
    return this.candidates[this.columns.inputIndex[slot]];
  }
}
