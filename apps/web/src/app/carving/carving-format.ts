import {
  DEMAND_DIMENSIONS_BY_RUBRIC,
  demandDimensionByKey,
  FML_RUBRIC_LABELS,
  FML_RUBRICS,
  roundJobUnits,
} from '@jcw/shared-domain';
import { Language } from '@jcw/web-shared-util';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Hours with at most two decimals, e.g. `12,5`. */
export function formatHours(hours: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: 2,
  }).format(Number.isFinite(hours) ? hours : 0);
}

/** Job units as the quota monitor reports them: rounded to three decimals, e.g. `0,784`. */
export function formatJobUnits(units: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  }).format(roundJobUnits(units));
}

/**
 * Euros without cents, with the minus sign in front in both languages: `-€ 1.456` (nl) and
 * `-€1,456` (en). Dutch Intl output puts the sign after the symbol (`€ -1.456`), which is easy to
 * misread in a column of amounts, so the sign is moved to the front.
 */
export function formatEuros(amount: number, language: Language): string {
  const rounded = Math.round(Number.isFinite(amount) ? amount : 0);
  const parts = new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).formatToParts(Math.abs(rounded));
  const text = parts.map((part) => part.value).join('');
  return rounded < 0 ? `-${text}` : text;
}

/** FTE with two decimals. */
export function formatFte(fte: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(fte);
}

/** A dimension's label in the user's language; the key itself for a key this version lacks. */
export function dimensionLabel(key: string, language: Language): string {
  return demandDimensionByKey(key)?.label[language] ?? key;
}

export interface RubricGroup {
  rubric: string;
  label: string;
  dimensions: Array<{ key: string; label: string; levels: string[] }>;
}

/** The catalogue grouped by FML rubric, labelled in `language`, for forms and charts. */
export function rubricGroups(language: Language): RubricGroup[] {
  return FML_RUBRICS.map((rubric) => ({
    rubric,
    label: `${rubric}. ${FML_RUBRIC_LABELS[rubric][language]}`,
    dimensions: DEMAND_DIMENSIONS_BY_RUBRIC[rubric].map((dimension) => ({
      key: dimension.key,
      label: dimension.label[language],
      levels: dimension.levels.map((level) => level[language]),
    })),
  }));
}

/** "a, b , ,c" -> ["a", "b", "c"]: skills typed as one comma-separated line. */
export function parseSkills(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((skill) => skill.trim())
        .filter((skill) => skill !== ''),
    ),
  ];
}

/** A number from a form, or NaN for empty input, so the domain can report it. */
export function toNumber(value: string | number | null): number {
  if (value === null || value === '') return Number.NaN;
  return typeof value === 'number'
    ? value
    : Number(String(value).replace(',', '.'));
}

/** Saves a blob under `filename` through a temporary object URL. */
export function saveBlob(
  blob: Blob,
  filename: string,
  document: Document,
): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url));
}
