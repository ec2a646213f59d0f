import { addDays } from '../coaching/coaching-dates';
import { HOURS_PER_JOB_WEEK } from '../job-units';

/**
 * How a placement counts over time (DOMAIN.md "Counting"). Dates are ISO calendar days
 * (`YYYY-MM-DD`) without a time zone: the quota counts days, and a day must not shift with the
 * server's clock.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(ms)) {
    throw new RangeError(`not an ISO date: ${isoDate}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysInYear(year: number): number {
  return dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`);
}

/** Weekly contract hours from a date on, until the next step. */
export interface HoursStep {
  effectiveFrom: string;
  hoursPerWeek: number;
}

/** Days a placement counts at fixed weekly hours; `to` is inclusive, null while open-ended. */
export interface CountingInterval {
  from: string;
  to: string | null;
  hoursPerWeek: number;
}

export interface PlacementTimeline {
  startDate: string;
  /** The actual last day worked; null while the placement runs. */
  endDate: string | null;
  hoursHistory: readonly HoursStep[];
  /** The candidate's register end date: hours after it no longer count. */
  registerEndDate: string | null;
}

/**
 * The stretches a placement counts: from its start (or an hours step) to the next step, its end
 * date or the day the candidate's register ends, whichever comes first. Hour steps dated before
 * the start apply from the start.
 */
export function countingIntervals(
  timeline: PlacementTimeline,
): CountingInterval[] {
  const steps = [...timeline.hoursHistory].sort(
    (a, b) => dayNumber(a.effectiveFrom) - dayNumber(b.effectiveFrom),
  );
  const start = dayNumber(timeline.startDate);
  const lastCounted = Math.min(
    timeline.endDate === null ? Infinity : dayNumber(timeline.endDate),
    timeline.registerEndDate === null
      ? Infinity
      : dayNumber(timeline.registerEndDate),
  );
  const intervals: CountingInterval[] = [];
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    const from = Math.max(dayNumber(step.effectiveFrom), start);
    const to = Math.min(
      next ? dayNumber(next.effectiveFrom) - 1 : Infinity,
      lastCounted,
    );
    if (to < from || step.hoursPerWeek <= 0) return;
    intervals.push({
      from: isoDateOfDay(from),
      to: to === Infinity ? null : isoDateOfDay(to),
      hoursPerWeek: step.hoursPerWeek,
    });
  });
  return intervals;
}

/** Weekly hours counting on one day. */
export function hoursOn(
  intervals: readonly CountingInterval[],
  isoDate: string,
): number {
  const day = dayNumber(isoDate);
  let hours = 0;
  for (const interval of intervals) {
    if (
      dayNumber(interval.from) <= day &&
      (interval.to === null || day <= dayNumber(interval.to))
    ) {
      hours += interval.hoursPerWeek;
    }
  }
  return hours;
}

/** The stand at a date: weekly hours counting that day / 25.5. */
export function standAt(
  intervals: readonly CountingInterval[],
  isoDate: string,
): number {
  return hoursOn(intervals, isoDate) / HOURS_PER_JOB_WEEK;
}

/** Sum over the days from..to (inclusive) of the weekly hours counting that day. */
export function hourDays(
  intervals: readonly CountingInterval[],
  from: string,
  to: string,
): number {
  const first = dayNumber(from);
  const last = dayNumber(to);
  let total = 0;
  for (const interval of intervals) {
    const start = Math.max(first, dayNumber(interval.from));
    const end = Math.min(
      last,
      interval.to === null ? Infinity : dayNumber(interval.to),
    );
    if (end >= start) total += interval.hoursPerWeek * (end - start + 1);
  }
  return total;
}

/**
 * The year total in jobs: the day-weighted average of the stand over the year, counting days up
 * to `through` (default 31 December). 30 h from 1 July: 1.176 x 184/365 = 0.593.
 */
export function yearTotalJobs(
  intervals: readonly CountingInterval[],
  year: number,
  through = `${year}-12-31`,
): number {
  const last = Math.min(dayNumber(through), dayNumber(`${year}-12-31`));
  if (last < dayNumber(`${year}-01-01`)) return 0;
  return (
    hourDays(intervals, `${year}-01-01`, isoDateOfDay(last)) /
    HOURS_PER_JOB_WEEK /
    daysInYear(year)
  );
}

/** The counter as a step function: +hours on the first day, -hours the day after the last. */
export function counterDeltas(
  intervals: readonly CountingInterval[],
): { date: string; hoursDelta: number }[] {
  const deltas = new Map<string, number>();
  const add = (date: string, hours: number) =>
    deltas.set(date, (deltas.get(date) ?? 0) + hours);
  for (const interval of intervals) {
    add(interval.from, interval.hoursPerWeek);
    if (interval.to !== null)
      add(addDays(interval.to, 1), -interval.hoursPerWeek);
  }
  return [...deltas]
    .filter(([, hours]) => hours !== 0)
    .map(([date, hoursDelta]) => ({ date, hoursDelta }));
}

/**
 * The highest summed weekly hours of several placements on any day, and the first day it occurs
 * (the check that a candidate's overlapping placements stay within their maximum hours).
 */
export function peakCombinedHours(
  intervalSets: readonly (readonly CountingInterval[])[],
): { hoursPerWeek: number; date: string | null } {
  const all = intervalSets.flat();
  let peak = { hoursPerWeek: 0, date: null as string | null };
  for (const candidateDay of all.map((interval) => interval.from)) {
    const hours = hoursOn(all, candidateDay);
    if (
      hours > peak.hoursPerWeek ||
      (hours === peak.hoursPerWeek &&
        peak.date !== null &&
        candidateDay < peak.date)
    ) {
      peak = { hoursPerWeek: hours, date: candidateDay };
    }
  }
  return peak;
}

/** Today's calendar date in the Netherlands, whatever the server's time zone. */
export function todayInTheNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
