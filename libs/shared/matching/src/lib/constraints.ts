/**
 * The hard constraints on plain objects: the semantic definition the columnar engine must agree
 * with, and what the UI calls to explain why one person does not fit one package.
 */
import {
  DEMAND_DIMENSION_KEYS,
  MAX_FEASIBLE_LEVEL_SUM,
  levelOf,
} from '@jcw/shared-domain';
import { distanceKm, hasLocation } from './geo';
import {
  HardConstraint,
  MATCHABLE_STATUSES,
  MatchCandidate,
  MatchPackage,
} from './model';

/**
 * Tasks carry weekly hours only, so the daily split is agreed later. The most favourable split
 * spreads the week over five working days (a sixth or seventh day would be weekend work, which is
 * a schedule need of its own). If even hoursPerWeek / 5 exceeds the person's daily maximum, no
 * split can fit, so that is the hard per-day rule.
 */
export const WORKING_DAYS_PER_WEEK = 5;

export function hoursPerDayOf(hoursPerWeek: number): number {
  return hoursPerWeek / WORKING_DAYS_PER_WEEK;
}

const MATCHABLE: ReadonlySet<string> = new Set(MATCHABLE_STATUSES);

/**
 * Whether the person may be proposed at all on `today` ('YYYY-MM-DD'). ISO dates compare as
 * strings, and the register end date is the first day the person is out.
 */
export function eligibilityFailures(
  candidate: MatchCandidate,
  today: string,
): HardConstraint[] {
  const failures: HardConstraint[] = [];
  if (!MATCHABLE.has(candidate.status)) failures.push({ code: 'status' });
  if (candidate.consentGiven !== true) failures.push({ code: 'consent' });
  if (
    candidate.registerEndDate !== null &&
    candidate.registerEndDate <= today
  ) {
    failures.push({ code: 'register_ended' });
  }
  return failures;
}

export function isEligible(candidate: MatchCandidate, today: string): boolean {
  return (
    MATCHABLE.has(candidate.status) &&
    candidate.consentGiven === true &&
    (candidate.registerEndDate === null || candidate.registerEndDate > today)
  );
}

/**
 * Every hard constraint the pair fails, in a stable order: eligibility, dimensions in catalogue
 * order, hours per week, hours per day, evenings, nights, weekends, distance. Empty = feasible.
 */
export function checkPair(
  candidate: MatchCandidate,
  pkg: MatchPackage,
  today: string,
): HardConstraint[] {
  const failures = eligibilityFailures(candidate, today);
  for (const dimension of DEMAND_DIMENSION_KEYS) {
    const demand = levelOf(pkg.demandProfile, dimension);
    const limitation = levelOf(candidate.limitations, dimension);
    if (demand + limitation > MAX_FEASIBLE_LEVEL_SUM) {
      failures.push({ code: 'dimension', dimension, demand, limitation });
    }
  }
  const { maxHoursPerWeek, maxHoursPerDay } = candidate;
  if (maxHoursPerWeek !== null && pkg.hoursPerWeek > maxHoursPerWeek) {
    failures.push({
      code: 'hours_per_week',
      hoursPerWeek: pkg.hoursPerWeek,
      maxHoursPerWeek,
    });
  }
  const hoursPerDay = hoursPerDayOf(pkg.hoursPerWeek);
  if (maxHoursPerDay !== null && hoursPerDay > maxHoursPerDay) {
    failures.push({ code: 'hours_per_day', hoursPerDay, maxHoursPerDay });
  }
  if (pkg.scheduleNeeds.evenings && !candidate.eveningsAllowed) {
    failures.push({ code: 'evenings' });
  }
  if (pkg.scheduleNeeds.nights && !candidate.nightsAllowed) {
    failures.push({ code: 'nights' });
  }
  if (pkg.scheduleNeeds.weekends && !candidate.weekendsAllowed) {
    failures.push({ code: 'weekends' });
  }
  const distance = pairDistanceKm(candidate, pkg);
  const radius = candidate.travelRadiusKm;
  // Written as "not within" so that a NaN radius fails instead of passing.
  if (distance === null || radius === null || !(distance <= radius)) {
    failures.push({
      code: 'distance',
      distanceKm: distance,
      travelRadiusKm: radius,
    });
  }
  return failures;
}

/** Null when either side has no usable location. */
export function pairDistanceKm(
  candidate: MatchCandidate,
  pkg: MatchPackage,
): number | null {
  if (
    !hasLocation(candidate.latitude, candidate.longitude) ||
    !hasLocation(pkg.latitude, pkg.longitude)
  ) {
    return null;
  }
  return distanceKm(
    candidate.latitude,
    candidate.longitude as number,
    pkg.latitude,
    pkg.longitude as number,
  );
}
