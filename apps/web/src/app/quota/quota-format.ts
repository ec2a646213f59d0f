import { QuotaQuarterDto } from '@jcw/shared-contracts';
import { Language } from '@jcw/web-shared-util';
import { formatJobUnits } from '../carving/carving-format';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Shown for a figure that cannot be computed (no paid hours, nothing required). */
export const NO_FIGURE = '–';

/** Job units with three decimals, as the quota monitor reports them: `14,555` (nl). */
export function formatJobs(value: number | null, language: Language): string {
  return value === null || !Number.isFinite(value)
    ? NO_FIGURE
    : formatJobUnits(value, language);
}

/**
 * Euros with cents, the minus sign in front in both languages (`-€ 1.456,50`); the levy is an
 * estimate per job unit, so cents matter when comparing with the monitor export.
 */
export function formatEuroAmount(
  value: number | null,
  language: Language,
): string {
  if (value === null || !Number.isFinite(value)) return NO_FIGURE;
  const text = new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.abs(value));
  return value < 0 ? `-${text}` : text;
}

/** A fraction as a percentage with one decimal: 0.687 -> `68,7%`. */
export function formatShare(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return NO_FIGURE;
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A quota fraction as the law writes it: 0.0193 -> `1,93%` (up to four decimals). */
export function formatQuotaPercent(
  fraction: number,
  language: Language,
): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(fraction);
}

/** Hours with digit grouping and at most two decimals: `1.000.000`. */
export function formatPaidHours(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: 2,
  }).format(value);
}

/** One quarter as the chart and its table show it, with the year total built up so far. */
export interface QuarterRow {
  quarter: 1 | 2 | 3 | 4;
  standAtEnd: number;
  contribution: number;
  /** The year total reached at the end of this quarter (sum of contributions so far). */
  cumulative: number;
  projected: boolean;
}

/** The quarters in order with their running year total. */
export function quarterRows(
  quarters: readonly QuotaQuarterDto[],
): QuarterRow[] {
  let cumulative = 0;
  return [...quarters]
    .sort((a, b) => a.quarter - b.quarter)
    .map((each) => {
      cumulative += each.yearTotalContribution;
      return {
        quarter: each.quarter,
        standAtEnd: each.standAtEnd,
        contribution: each.yearTotalContribution,
        cumulative,
        projected: each.projected,
      };
    });
}
