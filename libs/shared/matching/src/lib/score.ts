/**
 * The explained score of a feasible pair. The arithmetic lives here once, in integer tenths of a
 * point, and both the object-level `scorePair` and the columnar engine call it, so they cannot
 * drift apart. No protected attribute (age, gender, origin, target group) is an input: the model
 * does not even carry them.
 */
import { EDUCATION_LEVELS, EducationLevel } from '@jcw/shared-domain';
import { checkPair, pairDistanceKm } from './constraints';
import {
  MATCHING_ENGINE_VERSION,
  MatchCandidate,
  MatchPackage,
  SCORE_PARTS,
  ScorePart,
  ScorePartKey,
  ScoredMatch,
} from './model';
import { interestWords, normaliseTerm, termSet } from './text';

export const SCORE_WEIGHTS: Readonly<Record<ScorePartKey, number>> =
  Object.freeze({
    skills: 30,
    interests: 15,
    hours: 20,
    travel: 15,
    education: 10,
    accommodations: 10,
  });

/** Interests: sector in the preferred sectors, or half of that when the person states none. */
export const PREFERRED_SECTOR_POINTS = 10;
export const NO_SECTOR_PREFERENCE_POINTS = 5;
export const SHARED_INTEREST_WORD_POINTS = 5;

/** A person without a stated weekly maximum is scored as if they wanted a full-time week. */
export const ASSUMED_MAX_HOURS_PER_WEEK = 40;

/** Parts are rounded to one decimal; tenths keep that exact as integers. */
const TENTHS = 10;

export function roundToTenths(points: number): number {
  return Math.round(points * TENTHS);
}

/** Share of the package's distinct skills the person has; no skills asked = full points. */
export function skillsTenths(matched: number, asked: number): number {
  if (asked === 0) return SCORE_WEIGHTS.skills * TENTHS;
  return roundToTenths((SCORE_WEIGHTS.skills * matched) / asked);
}

export function sectorPoints(
  statesPreference: boolean,
  sectorIsPreferred: boolean,
): number {
  if (!statesPreference) return NO_SECTOR_PREFERENCE_POINTS;
  return sectorIsPreferred ? PREFERRED_SECTOR_POINTS : 0;
}

export function interestsTenths(
  sector: number,
  sharesInterestWord: boolean,
): number {
  return (
    (sector + (sharesInterestWord ? SHARED_INTEREST_WORD_POINTS : 0)) * TENTHS
  );
}

/**
 * How much of the week the person wants the package fills: full at their maximum, linear to 0 at
 * 0 hours. `maxHoursPerWeek` Infinity means "no stated maximum".
 */
export function hoursTenths(
  hoursPerWeek: number,
  maxHoursPerWeek: number,
): number {
  const max =
    maxHoursPerWeek === Infinity ? ASSUMED_MAX_HOURS_PER_WEEK : maxHoursPerWeek;
  const share = max > 0 ? hoursPerWeek / max : hoursPerWeek >= max ? 1 : 0;
  return roundToTenths(SCORE_WEIGHTS.hours * Math.min(1, Math.max(0, share)));
}

/** Full at the door, 0 at the edge of the travel radius. */
export function travelTenths(distance: number, travelRadiusKm: number): number {
  if (!(travelRadiusKm > 0)) return SCORE_WEIGHTS.travel * TENTHS;
  return roundToTenths(
    SCORE_WEIGHTS.travel * Math.max(0, 1 - distance / travelRadiusKm),
  );
}

/** -1 for an unknown level. */
export function educationIndex(level: EducationLevel | null): number {
  return level === null ? -1 : EDUCATION_LEVELS.indexOf(level);
}

/**
 * Meets the package's complexity: full; one level below: half (coaching can bridge it); lower:
 * none. An unknown level gets half rather than nothing, so missing data does not punish a person.
 */
export function educationTenths(
  candidateIndex: number,
  complexityIndex: number,
): number {
  const full = SCORE_WEIGHTS.education * TENTHS;
  if (candidateIndex < 0) return full / 2;
  if (candidateIndex >= complexityIndex) return full;
  return candidateIndex === complexityIndex - 1 ? full / 2 : 0;
}

/** Share of the provisions the person needs that the workplace already offers. */
export function accommodationsTenths(offered: number, needed: number): number {
  if (needed === 0) return SCORE_WEIGHTS.accommodations * TENTHS;
  return roundToTenths((SCORE_WEIGHTS.accommodations * offered) / needed);
}

/**
 * Parts are values on a 0.1 grid with at most 301 steps each, so they are created once and shared
 * (frozen, since callers get them by reference).
 */
const PART_CACHE: readonly (readonly ScorePart[])[] = SCORE_PARTS.map((key) => {
  const max = SCORE_WEIGHTS[key];
  return Array.from({ length: max * TENTHS + 1 }, (_, tenths) =>
    Object.freeze({ key, points: tenths / TENTHS, max }),
  );
});

/**
 * Whole parts lists repeat across matches too, and a dense run returns hundreds of thousands of
 * matches: a direct-mapped cache of frozen lists (about 4 MB when full) saves most of those
 * allocations, and above all the garbage collection of the ones that survive into the result,
 * for the price of a key comparison. A collision simply replaces the entry.
 */
const PARTS_CACHE_BITS = 16;
const PARTS_CACHE_SIZE = 1 << PARTS_CACHE_BITS;
const partsCacheKeys = new Float64Array(PARTS_CACHE_SIZE).fill(-1);
const partsCacheLists: (readonly ScorePart[])[] = new Array<
  readonly ScorePart[]
>(PARTS_CACHE_SIZE).fill([]);

function partsList(
  skills: number,
  interests: number,
  hours: number,
  travel: number,
  education: number,
  accommodations: number,
): readonly ScorePart[] {
  // Mixed radix over the parts' ranges (301, 151, 201, 151, 101, 101 values): exact below 2^53.
  const key =
    ((((skills * 151 + interests) * 201 + hours) * 151 + travel) * 101 +
      education) *
      101 +
    accommodations;
  const slot =
    (Math.imul(travel * 201 + hours, 0x9e3779b1) ^
      Math.imul(
        skills * 15151 + interests * 101 + education * 7 + accommodations,
        0x85ebca6b,
      )) >>>
    (32 - PARTS_CACHE_BITS);
  if (partsCacheKeys[slot] === key) return partsCacheLists[slot];
  const parts = Object.freeze([
    PART_CACHE[0][skills],
    PART_CACHE[1][interests],
    PART_CACHE[2][hours],
    PART_CACHE[3][travel],
    PART_CACHE[4][education],
    PART_CACHE[5][accommodations],
  ]);
  partsCacheKeys[slot] = key;
  partsCacheLists[slot] = parts;
  return parts;
}

/** A match from its parts in tenths (in `SCORE_PARTS` order); the score is their exact sum. */
export function scoredMatch(
  candidateId: string,
  packageId: string,
  skills: number,
  interests: number,
  hours: number,
  travel: number,
  education: number,
  accommodations: number,
  distanceKm: number,
): ScoredMatch {
  return {
    candidateId,
    packageId,
    score:
      (skills + interests + hours + travel + education + accommodations) /
      TENTHS,
    parts: partsList(
      skills,
      interests,
      hours,
      travel,
      education,
      accommodations,
    ),
    distanceKm,
    engineVersion: MATCHING_ENGINE_VERSION,
  };
}

function countShared(needles: Set<string>, haystack: Set<string>): number {
  let shared = 0;
  for (const needle of needles) if (haystack.has(needle)) shared++;
  return shared;
}

/** The score of one pair, or null when the pair fails any hard constraint. */
export function scorePair(
  candidate: MatchCandidate,
  pkg: MatchPackage,
  today: string,
): ScoredMatch | null {
  if (checkPair(candidate, pkg, today).length > 0) return null;
  const distance = pairDistanceKm(candidate, pkg) as number;
  const askedSkills = termSet(pkg.skills);
  const preferredSectors = termSet(candidate.preferredSectors);
  const packageWords = interestWords(pkg.keywords);
  let sharesWord = false;
  for (const word of interestWords(candidate.interests)) {
    if (packageWords.has(word)) sharesWord = true;
  }
  const needed = termSet(candidate.accommodations);
  return scoredMatch(
    candidate.id,
    pkg.id,
    skillsTenths(
      countShared(askedSkills, termSet(candidate.skills)),
      askedSkills.size,
    ),
    interestsTenths(
      sectorPoints(
        preferredSectors.size > 0,
        pkg.sector !== null && preferredSectors.has(normaliseTerm(pkg.sector)),
      ),
      sharesWord,
    ),
    hoursTenths(pkg.hoursPerWeek, candidate.maxHoursPerWeek ?? Infinity),
    travelTenths(distance, candidate.travelRadiusKm as number),
    educationTenths(
      educationIndex(candidate.educationLevel),
      educationIndex(pkg.complexity),
    ),
    accommodationsTenths(
      countShared(needed, termSet(pkg.accommodationsOffered)),
      needed.size,
    ),
    distance,
  );
}
