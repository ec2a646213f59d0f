/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the coaching rules. Dates are days, not
 * instants: they are computed in UTC so no time zone or daylight-saving change moves them.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The UTC midnight of an ISO date, or null when the text is not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : null;
}

function requireDate(text: string): Date {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`not an ISO date: ${text}`);
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** True for a real ISO date that falls on a Monday (the start of a coaching week). */
export function isMonday(text: string): boolean {
  const date = parseIsoDate(text);
  return date !== null && date.getUTCDay() === 1;
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  const day = requireDate(date);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return toIsoDate(new Date(day.getTime() - sinceMonday * DAY_MS));
}

export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(requireDate(date).getTime() + days * DAY_MS));
}

/**
 * `months` calendar months later; a day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const start = requireDate(date);
  const target = start.getUTCMonth() + months;
  const year = start.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIsoDate(
    new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay))),
  );
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (requireDate(to).getTime() - requireDate(from).getTime()) / DAY_MS,
  );
}
