import {
  PutQuotaYearParametersRequest,
  QuotaYearParametersDto,
} from '@jcw/shared-contracts';
import { Language } from '@jcw/web-shared-util';

/** A percentage as people write it: `1,93` or `1.93`, at most four decimals. */
export const PERCENT_PATTERN = /^\s*\d{1,2}([.,]\d{1,4})?\s*$/;

/**
 * `1,93` (percent) -> 0.0193 (the fraction the API stores). Rounded to eight decimals of the
 * fraction, so binary floating point (1.93 / 100 = 0.019299999999999998) never reaches the API.
 */
export function percentToFraction(text: string): number {
  const percent = Number(text.trim().replace(',', '.'));
  return Number.isFinite(percent) && text.trim() !== ''
    ? Math.round(percent * 1e6) / 1e8
    : Number.NaN;
}

/** 0.0193 -> `1,93` (nl) or `1.93` (en), for the form's text field. */
export function fractionToPercent(
  fraction: number,
  language: Language,
): string {
  const percent = String(Math.round(fraction * 1e8) / 1e6);
  return language === 'nl' ? percent.replace('.', ',') : percent;
}

export interface ParametersFormValue {
  year: number | null;
  quotaPercent: string;
  levyPerUnfilledJob: number | null;
  weeksPerYear: number | null;
  thresholdPaidHours: number | null;
  procurementCounts: boolean;
  toConfirm: boolean;
  sourceNote: string;
}

/** What the form shows for a year's figures (or the defaults of the law for a new year). */
export function parametersFormValue(
  parameters: QuotaYearParametersDto | null,
  language: Language,
): ParametersFormValue {
  return parameters
    ? {
        year: parameters.year,
        quotaPercent: fractionToPercent(parameters.quotaFraction, language),
        levyPerUnfilledJob: parameters.levyPerUnfilledJob,
        weeksPerYear: parameters.weeksPerYear,
        thresholdPaidHours: parameters.thresholdPaidHours,
        procurementCounts: parameters.procurementCounts,
        toConfirm: parameters.toConfirm,
        sourceNote: parameters.sourceNote,
      }
    : {
        year: null,
        quotaPercent: '',
        levyPerUnfilledJob: null,
        weeksPerYear: 52,
        thresholdPaidHours: null,
        procurementCounts: false,
        toConfirm: true,
        sourceNote: '',
      };
}

export function parametersRequest(
  value: ParametersFormValue,
): PutQuotaYearParametersRequest {
  return {
    quotaFraction: percentToFraction(value.quotaPercent),
    levyPerUnfilledJob: Number(value.levyPerUnfilledJob),
    weeksPerYear: Number(value.weeksPerYear),
    thresholdPaidHours: Number(value.thresholdPaidHours),
    procurementCounts: value.procurementCounts,
    sourceNote: value.sourceNote.trim(),
    toConfirm: value.toConfirm,
  };
}

/**
 * The API names the fraction; the form asks for a percentage. Messages about `quotaFraction` go
 * to that field.
 */
export function toFormFields(
  fieldErrors: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, message]) => [
      field === 'quotaFraction' ? 'quotaPercent' : field,
      message,
    ]),
  );
}
