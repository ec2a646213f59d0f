/**
 * The obvious implementation: one pass over plain objects per package, feasibility from the
 * domain's own `isFeasible` and `workingHoursConflicts`, and the score written out as the rules
 * read. Tests and the benchmark hold the columnar engine against it. Only the distance formula is
 * shared (`distanceKm`), because "straight-line distance" must be the same number on both sides
 * for boundary cases to agree.
 */
import {
  EDUCATION_LEVELS,
  isFeasible,
  workingHoursConflicts,
} from '@jcw/shared-domain';
import { distanceKm } from '../lib/geo';
import {
  MATCHABLE_STATUSES,
  MATCHING_ENGINE_VERSION,
  MatchCandidate,
  MatchPackage,
  ScorePart,
  ScoredMatch,
} from '../lib/model';

function usableLocation(
  latitude: number | null,
  longitude: number | null,
): boolean {
  return (
    typeof latitude === 'number' &&
    typeof longitude === 'number' &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}

export function naiveDistanceKm(
  candidate: MatchCandidate,
  pkg: MatchPackage,
): number | null {
  if (
    !usableLocation(candidate.latitude, candidate.longitude) ||
    !usableLocation(pkg.latitude, pkg.longitude)
  ) {
    return null;
  }
  return distanceKm(
    candidate.latitude as number,
    candidate.longitude as number,
    pkg.latitude as number,
    pkg.longitude as number,
  );
}

export function naiveIsEligible(
  candidate: MatchCandidate,
  today: string,
): boolean {
  return (
    (MATCHABLE_STATUSES as readonly string[]).includes(candidate.status) &&
    candidate.consentGiven &&
    (candidate.registerEndDate === null || candidate.registerEndDate > today)
  );
}

export function naiveIsFeasible(
  candidate: MatchCandidate,
  pkg: MatchPackage,
  today: string,
): boolean {
  if (!naiveIsEligible(candidate, today)) return false;
  if (isFeasible(pkg.demandProfile, candidate.limitations).length > 0) {
    return false;
  }
  const conflicts = workingHoursConflicts(pkg, {
    maxHoursPerWeek: candidate.maxHoursPerWeek,
    maxHoursPerDay: candidate.maxHoursPerDay,
    evenings: candidate.eveningsAllowed,
    nights: candidate.nightsAllowed,
    weekends: candidate.weekendsAllowed,
  });
  if (conflicts.length > 0) return false;
  if (
    candidate.maxHoursPerDay !== null &&
    pkg.hoursPerWeek / 5 > candidate.maxHoursPerDay
  ) {
    return false;
  }
  const distance = naiveDistanceKm(candidate, pkg);
  return (
    distance !== null &&
    candidate.travelRadiusKm !== null &&
    distance <= candidate.travelRadiusKm
  );
}

const clean = (text: string) => text.normalize('NFC').trim().toLowerCase();
const round1 = (points: number) => Math.round(points * 10) / 10;

function cleanSet(texts: readonly string[]): Set<string> {
  return new Set(texts.map(clean).filter((text) => text !== ''));
}

function words(texts: readonly string[]): Set<string> {
  return new Set(
    texts
      .flatMap((text) =>
        text
          .normalize('NFC')
          .toLowerCase()
          .split(/[^\p{L}]+/u),
      )
      .filter((word) => word.length >= 4),
  );
}

/** The same arithmetic expressions as the engine, so the scores compare exactly. */
export function naiveScorePair(
  candidate: MatchCandidate,
  pkg: MatchPackage,
  today: string,
): ScoredMatch | null {
  if (!naiveIsFeasible(candidate, pkg, today)) return null;
  const distance = naiveDistanceKm(candidate, pkg) as number;

  const asked = cleanSet(pkg.skills);
  const has = cleanSet(candidate.skills);
  const matched = [...asked].filter((skill) => has.has(skill)).length;
  const skills = asked.size === 0 ? 30 : round1((30 * matched) / asked.size);

  const preferred = cleanSet(candidate.preferredSectors);
  let interests =
    preferred.size === 0
      ? 5
      : pkg.sector !== null && preferred.has(clean(pkg.sector))
        ? 10
        : 0;
  const packageWords = words(pkg.keywords);
  if ([...words(candidate.interests)].some((word) => packageWords.has(word))) {
    interests += 5;
  }

  const max = candidate.maxHoursPerWeek ?? 40;
  const share =
    max > 0 ? pkg.hoursPerWeek / max : pkg.hoursPerWeek >= max ? 1 : 0;
  const hours = round1(20 * Math.min(1, Math.max(0, share)));

  const radius = candidate.travelRadiusKm as number;
  const travel =
    radius > 0 ? round1(15 * Math.max(0, 1 - distance / radius)) : 15;

  const level =
    candidate.educationLevel === null
      ? -1
      : EDUCATION_LEVELS.indexOf(candidate.educationLevel);
  const complexity = EDUCATION_LEVELS.indexOf(pkg.complexity);
  const education =
    level < 0 ? 5 : level >= complexity ? 10 : level === complexity - 1 ? 5 : 0;

  const needed = cleanSet(candidate.accommodations);
  const offered = cleanSet(pkg.accommodationsOffered);
  const met = [...needed].filter((need) => offered.has(need)).length;
  const accommodations =
    needed.size === 0 ? 10 : round1((10 * met) / needed.size);

  const parts: ScorePart[] = [
    { key: 'skills', points: skills, max: 30 },
    { key: 'interests', points: interests, max: 15 },
    { key: 'hours', points: hours, max: 20 },
    { key: 'travel', points: travel, max: 15 },
    { key: 'education', points: education, max: 10 },
    { key: 'accommodations', points: accommodations, max: 10 },
  ];
  return {
    candidateId: candidate.id,
    packageId: pkg.id,
    score: round1(parts.reduce((sum, part) => sum + part.points, 0)),
    parts,
    distanceKm: distance,
    engineVersion: MATCHING_ENGINE_VERSION,
  };
}

export function compareMatches(a: ScoredMatch, b: ScoredMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.candidateId < b.candidateId
    ? -1
    : a.candidateId > b.candidateId
      ? 1
      : 0;
}

export function naiveScorePackage(
  candidates: readonly MatchCandidate[],
  pkg: MatchPackage,
  today: string,
): ScoredMatch[] {
  const matches: ScoredMatch[] = [];
  for (const candidate of candidates) {
    const match = naiveScorePair(candidate, pkg, today);
    if (match !== null) matches.push(match);
  }
  return matches.sort(compareMatches);
}

export function naiveCountFeasible(
  candidates: readonly MatchCandidate[],
  pkg: MatchPackage,
  today: string,
): number {
  return candidates.filter((candidate) =>
    naiveIsFeasible(candidate, pkg, today),
  ).length;
}
