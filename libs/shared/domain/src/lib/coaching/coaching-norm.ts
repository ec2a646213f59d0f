/**
 * The funded norm for internal job coaching: a share of the candidate's working hours that
 * declines as the placement settles (DOMAIN.md, "Coaching and sustainability").
 */
import { addDays, addMonths } from './coaching-dates';

/** Max share of working hours funded as internal coaching in placement years 1, 2 and 3. */
export const COACHING_NORM_SHARES = [0.15, 0.075, 0.06] as const;

/**
 * Which year of the placement (1, 2, ...) the week starting on `weekStart` belongs to, or null
 * when the whole week lies before the placement starts. The week in which the placement starts
 * counts as year 1; a week counts in the year its Monday falls in.
 */
export function placementYear(
  placementStart: string,
  weekStart: string,
): number | null {
  if (addDays(weekStart, 6) < placementStart) return null;
  const reference = weekStart < placementStart ? placementStart : weekStart;
  let year = 1;
  while (addMonths(placementStart, 12 * year) <= reference) year += 1;
  return year;
}

/**
 * Max funded internal coaching hours in the week starting on `weekStart`: 15 % of the weekly
 * working hours in year 1 of the placement, 7.5 % in year 2, 6 % in year 3 and 0 after that,
 * rounded to 2 decimals. Null without a placement (no start date or no hours) and for weeks
 * that end before the placement starts: no norm applies to them.
 */
export function coachingNormHours(
  placementStart: string | null,
  placementHoursPerWeek: number | null,
  weekStart: string,
): number | null {
  if (placementStart === null || placementHoursPerWeek === null) return null;
  const year = placementYear(placementStart, weekStart);
  if (year === null) return null;
  const share = COACHING_NORM_SHARES[year - 1] ?? 0;
  // Per mille in integers, so 36.5 h x 7.5 % is 2.74 and not 2.7374999...
  return (
    Math.round((placementHoursPerWeek * Math.round(share * 1000)) / 10) / 100
  );
}
