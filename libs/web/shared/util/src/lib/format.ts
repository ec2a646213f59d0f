import { Language } from './language';

/** BCP 47 locales used for dates and numbers; `nl-NL` gives the day-month order Dutch users expect. */
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Formats an ISO timestamp as a local date and time, e.g. `12 mei 2025 om 10:00:01`. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(date);
}

/** Formats a whole number with the language's digit grouping. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: 0,
  }).format(value);
}

/** Formats a moment as hours and minutes, e.g. `14:05`. */
export function formatTime(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeStyle: 'short',
  }).format(date);
}

/** Formats a calendar date (`2026-11-23`, or a timestamp) without a time, e.g. `23 nov 2026`. */
export function formatDate(iso: string, language: Language): string {
  // A bare date is read as UTC midnight; formatting in UTC keeps it on the same day everywhere.
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    ...(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? { timeZone: 'UTC' } : {}),
  }).format(date);
}
