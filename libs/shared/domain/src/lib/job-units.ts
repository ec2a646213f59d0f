/**
 * Counting jobs under the job agreement (Banenafspraak): one job ("baan") is 25.5 paid hours a
 * week; smaller jobs count pro rata and larger ones as more than one.
 */
export const HOURS_PER_JOB_WEEK = 25.5;

/** Jobs a weekly number of hours counts for, e.g. 20 h -> 0.784, 30 h -> 1.176. */
export function jobUnitsForWeeklyHours(weeklyHours: number): number {
  if (!Number.isFinite(weeklyHours) || weeklyHours < 0) {
    throw new RangeError(
      `weekly hours must be a non-negative number, got ${weeklyHours}`,
    );
  }
  return weeklyHours / HOURS_PER_JOB_WEEK;
}

/** Paid hours of one job over a year (25.5 x weeks per year; 1,326 with the default 52 weeks). */
export function hoursPerJobYear(weeksPerYear: number): number {
  return HOURS_PER_JOB_WEEK * weeksPerYear;
}

/** Rounds for display (3 decimals, as the quota monitor reports); never round before summing. */
export function roundJobUnits(units: number): number {
  return Math.round(units * 1000) / 1000;
}
