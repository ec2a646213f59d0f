import {
  CANDIDATE_EDUCATION_LEVELS,
  CandidateEducationLevel,
  LABOUR_MARKET_REGIONS,
  LEGAL_GROUNDS,
  LabourMarketRegion,
  LegalGround,
  REGISTER_IMPORT_COLUMNS,
  RegisterImportColumn,
  TARGET_GROUPS,
  TargetGroup,
} from '@jcw/shared-contracts';
import { isValidBsn } from '@jcw/shared-domain';

/**
 * The rules of one register-file row, as pure functions: the header check that decides whether a
 * file can be read at all, and the row check that turns trimmed cells into an importable row or
 * the list of every problem it has. Reasons never repeat a cell's value - the report is
 * downloadable and the cells hold personal data.
 */

export const REQUIRED_REGISTER_COLUMNS: readonly RegisterImportColumn[] = [
  'bsn',
  'first_name',
  'last_name',
  'target_group',
  'register_start_date',
];

/** The cells of a data row by column; an absent or empty cell is "not given". */
export type RegisterCells = Partial<Record<RegisterImportColumn, string>>;

export interface RegisterRow {
  bsn: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  targetGroup: TargetGroup;
  legalGround: LegalGround | null;
  registerStartDate: string;
  registerEndDate: string | null;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  labourMarketRegion: LabourMarketRegion | null;
  educationLevel: CandidateEducationLevel | null;
}

export interface RowProblem {
  field: string;
  reason: string;
}

export type RowCheck =
  | { ok: true; row: RegisterRow }
  | { ok: false; problems: RowProblem[] };

export type HeaderCheck =
  | { ok: true; columns: Array<RegisterImportColumn | null> }
  | { ok: false; failure: string };

/**
 * Maps each header cell to its column (null for an empty header cell, whose values are ignored).
 * Unknown, repeated or missing required columns make the file unreadable as a register: importing
 * it anyway would silently drop or misplace data.
 */
export function checkRegisterHeader(header: readonly string[]): HeaderCheck {
  const known = new Set<string>(REGISTER_IMPORT_COLUMNS);
  const columns: Array<RegisterImportColumn | null> = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const cell of header) {
    const name = cell.trim().toLowerCase();
    if (name === '') {
      columns.push(null);
    } else if (!known.has(name)) {
      unknown.push(name.slice(0, 40));
      columns.push(null);
    } else if (columns.includes(name as RegisterImportColumn)) {
      repeated.push(name);
      columns.push(null);
    } else {
      columns.push(name as RegisterImportColumn);
    }
  }
  const missing = REQUIRED_REGISTER_COLUMNS.filter(
    (column) => !columns.includes(column),
  );
  const problems = [
    unknown.length > 0 ? `unknown columns: ${unknown.join(', ')}` : null,
    repeated.length > 0 ? `repeated columns: ${repeated.join(', ')}` : null,
    missing.length > 0
      ? `missing required columns: ${missing.join(', ')}`
      : null,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0) {
    return {
      ok: false,
      failure:
        `The header row is not a register header (${problems.join('; ')}). Allowed columns: ${REGISTER_IMPORT_COLUMNS.join(', ')}.`.slice(
          0,
          500,
        ),
    };
  }
  return { ok: true, columns };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_POSTCODE = /^[1-9]\d{3}[A-Z]{2}$/;
const PHONE = /^[+0-9 ()-]{6,32}$/;
/** Deliberately simple: one @, no spaces, a dot in the domain; the mailbox decides the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DECIMAL = /^-?\d{1,3}([.,]\d+)?$/;

function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2199 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function oneOf<T extends string>(
  values: readonly T[],
  value: string,
): T | undefined {
  const normalised = value.toLowerCase();
  return values.find((candidate) => candidate === normalised);
}

/**
 * Validates one data row. Every problem is reported (at most one per field), so a row needs one
 * round of corrections, not one per problem. `today` (YYYY-MM-DD) bounds the date of birth.
 */
export function checkRegisterRow(
  cells: RegisterCells,
  today = new Date().toISOString().slice(0, 10),
): RowCheck {
  const problems: RowProblem[] = [];
  const problem = (field: RegisterImportColumn, reason: string) => {
    problems.push({ field, reason });
    return null;
  };
  const given = (column: RegisterImportColumn): string | null => {
    const value = cells[column]?.trim() ?? '';
    return value === '' ? null : value;
  };
  const required = (column: RegisterImportColumn): string | null =>
    given(column) ?? problem(column, `${column} is required`);

  const bsnValue = required('bsn');
  const bsn =
    bsnValue === null
      ? null
      : isValidBsn(bsnValue)
        ? bsnValue
        : problem('bsn', 'bsn must be 9 digits that pass the eleven-test');

  const name = (column: 'first_name' | 'last_name') => {
    const value = required(column);
    if (value !== null && value.length > 100)
      return problem(column, `${column} must be at most 100 characters`);
    return value;
  };
  const firstName = name('first_name');
  const lastName = name('last_name');

  const enumValue = <T extends string>(
    column: RegisterImportColumn,
    values: readonly T[],
    value: string | null,
  ): T | null => {
    if (value === null) return null;
    return (
      oneOf(values, value) ??
      problem(column, `${column} must be one of: ${values.join(', ')}`)
    );
  };

  const targetGroup = enumValue(
    'target_group',
    TARGET_GROUPS,
    required('target_group'),
  );
  const legalGround = enumValue(
    'legal_ground',
    LEGAL_GROUNDS,
    given('legal_ground'),
  );
  const labourMarketRegion = enumValue(
    'labour_market_region',
    LABOUR_MARKET_REGIONS,
    given('labour_market_region'),
  );
  const educationLevel = enumValue(
    'education_level',
    CANDIDATE_EDUCATION_LEVELS,
    given('education_level'),
  );

  const date = (column: RegisterImportColumn, value: string | null) => {
    if (value === null) return null;
    return isRealDate(value)
      ? value
      : problem(column, `${column} must be a date written as YYYY-MM-DD`);
  };
  const registerStartDate = date(
    'register_start_date',
    required('register_start_date'),
  );
  let registerEndDate = date('register_end_date', given('register_end_date'));
  if (
    registerStartDate !== null &&
    registerEndDate !== null &&
    registerEndDate < registerStartDate
  ) {
    registerEndDate = problem(
      'register_end_date',
      'register_end_date must not be before register_start_date',
    );
  }
  let dateOfBirth = date('date_of_birth', given('date_of_birth'));
  if (dateOfBirth !== null && dateOfBirth > today) {
    dateOfBirth = problem(
      'date_of_birth',
      'date_of_birth must not be in the future',
    );
  }

  const emailValue = given('email');
  const email =
    emailValue === null
      ? null
      : emailValue.length <= 254 && EMAIL.test(emailValue)
        ? emailValue
        : problem('email', 'email must be a valid e-mail address');

  const phoneValue = given('phone');
  const phone =
    phoneValue === null
      ? null
      : PHONE.test(phoneValue)
        ? phoneValue
        : problem(
            'phone',
            'phone must be a phone number (digits, spaces, +, -, parentheses)',
          );

  const postcodeValue = given('postcode')?.toUpperCase().replace(/\s+/g, '');
  const postcode =
    postcodeValue === undefined
      ? null
      : DUTCH_POSTCODE.test(postcodeValue)
        ? postcodeValue
        : problem(
            'postcode',
            'postcode must be a Dutch postcode such as 3511AB',
          );

  const coordinate = (
    column: 'latitude' | 'longitude',
    limit: number,
  ): number | null => {
    const value = given(column);
    if (value === null) return null;
    const number = DECIMAL.test(value)
      ? Number(value.replace(',', '.'))
      : Number.NaN;
    if (!Number.isFinite(number) || Math.abs(number) > limit)
      return problem(
        column,
        `${column} must be a decimal number from -${limit} to ${limit}`,
      );
    return Math.round(number * 1e6) / 1e6;
  };
  let latitude = coordinate('latitude', 90);
  let longitude = coordinate('longitude', 180);
  const latitudeGiven = given('latitude') !== null;
  const longitudeGiven = given('longitude') !== null;
  if (latitudeGiven !== longitudeGiven) {
    if (latitudeGiven)
      longitude = problem('longitude', 'longitude is required with latitude');
    else latitude = problem('latitude', 'latitude is required with longitude');
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: {
      bsn: bsn as string,
      firstName: firstName as string,
      lastName: lastName as string,
      dateOfBirth,
      targetGroup: targetGroup as TargetGroup,
      legalGround,
      registerStartDate: registerStartDate as string,
      registerEndDate,
      email,
      phone,
      postcode,
      latitude,
      longitude,
      labourMarketRegion,
      educationLevel,
    },
  };
}
