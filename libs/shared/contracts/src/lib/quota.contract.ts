import type { TargetGroup } from './candidates.contract';
import type {
  CountingInterval,
  LedgerEntryDto,
  PlacementMethod,
} from './placements.contract';

/** Quota: per-year legal figures, an organisation's paid hours and target, the counter and levy. */

export interface QuotaYearParametersDto {
  year: number;
  /** Fraction, e.g. 0.0193 for 1.93 %. */
  quotaFraction: number;
  levyPerUnfilledJob: number;
  weeksPerYear: number;
  thresholdPaidHours: number;
  procurementCounts: boolean;
  sourceNote: string;
  /** Copied forward from an earlier year and not yet confirmed against the law. */
  toConfirm: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** `PUT /api/quota/parameters/:year` (admin): a source note is required for every change. */
export interface PutQuotaYearParametersRequest {
  quotaFraction: number;
  levyPerUnfilledJob: number;
  weeksPerYear: number;
  thresholdPaidHours: number;
  procurementCounts: boolean;
  sourceNote: string;
  toConfirm: boolean;
}

export const PAID_HOURS_SOURCES = ['entered', 'payroll_import'] as const;
export type PaidHoursSource = (typeof PAID_HOURS_SOURCES)[number];

export interface OrganisationQuotaYearDto {
  organisationId: string;
  year: number;
  totalPaidHours: number | null;
  paidHoursSource: PaidHoursSource | null;
  /** An explicit target in jobs (the Rijk sets one per ministry); overrides the percentage. */
  explicitTargetJobs: number | null;
  note: string | null;
  updatedAt: string | null;
}

/** `PUT /api/quota/organisations/:organisationId/years/:year` (admin of that organisation). */
export interface PutOrganisationQuotaYearRequest {
  totalPaidHours: number | null;
  explicitTargetJobs: number | null;
  note?: string | null;
}

/**
 * `POST /api/quota/organisations/:organisationId/years/:year/payroll` (admin): a payroll export as
 * CSV text with a header row and a column `verloonde_uren` (or `paid_hours`), one line per employee
 * or period; the sum becomes the year's total paid hours.
 */
export interface PayrollImportRequest {
  csv: string;
}

export interface PayrollImportResultDto {
  rows: number;
  totalPaidHours: number;
  year: OrganisationQuotaYearDto;
}

/** Job units (hours / 25.5) split four ways; procurement is kept apart and may not count. */
export interface JobUnitsBreakdown {
  total: number;
  /** Counting placements only (procurement included only when the year's rule says so). */
  counting: number;
  procurement: number;
}

export interface QuotaSliceDto {
  /** Method, target group or unit id. */
  key: string;
  /** Unit name for the unit slices; the web translates the method and target group keys. */
  label: string | null;
  standToday: number;
  yearToDate: number;
  yearProjected: number;
}

export interface QuotaQuarterDto {
  quarter: 1 | 2 | 3 | 4;
  /** Stand at the last day of the quarter. */
  standAtEnd: number;
  /** The quarter's share of the year total. */
  yearTotalContribution: number;
  /** True when the quarter lies (partly) in the future: a projection from known placements. */
  projected: boolean;
}

export interface QuotaDashboardDto {
  organisationId: string;
  organisationName: string;
  year: number;
  /** The day the stand is taken (today for the current year, 31 December for past years). */
  asOf: string;
  parameters: QuotaYearParametersDto;
  totalPaidHours: number | null;
  explicitTargetJobs: number | null;
  requiredJobs: number | null;
  belowThreshold: boolean;
  standToday: JobUnitsBreakdown;
  /** Day-weighted total from 1 January to asOf (divided by all days of the year). */
  yearToDate: JobUnitsBreakdown;
  /** The year total if every known placement runs as recorded until 31 December. */
  yearProjected: JobUnitsBreakdown;
  realisationFraction: number | null;
  shortfallJobs: number | null;
  levyEstimate: number | null;
  byMethod: QuotaSliceDto[];
  byTargetGroup: QuotaSliceDto[];
  byUnit: QuotaSliceDto[];
  quarters: QuotaQuarterDto[];
  pipeline: {
    /** Planned placements (starting after asOf) are in yearProjected already; shown for the record. */
    plannedPlacements: number;
    publishedPackages: number;
    publishedPackageHours: number;
    fillRate: number;
    /** Job-year units the published packages would add, weighted by the fill rate, from tomorrow. */
    packageJobs: number;
    yearProjectedWithPipeline: number;
    shortfallWithPipeline: number | null;
    levyWithPipeline: number | null;
  };
}

export interface QuotaOverviewRowDto {
  organisationId: string;
  organisationName: string;
  requiredJobs: number | null;
  standToday: number;
  yearToDate: number;
  yearProjected: number;
  realisationFraction: number | null;
  levyEstimate: number | null;
  belowThreshold: boolean;
  paidHoursMissing: boolean;
}

/** `GET /api/quota/overview?year=` (coordinator): every organisation of the installation. */
export interface QuotaOverviewDto {
  year: number;
  asOf: string;
  rows: QuotaOverviewRowDto[];
  totals: {
    requiredJobs: number;
    standToday: number;
    yearToDate: number;
    yearProjected: number;
    levyEstimate: number;
  };
}

/** `GET /api/quota/lines`: the placements behind a figure, pseudonymised, with their ledger lines. */
export interface QuotaLineDto {
  placementId: string;
  /** Pseudonym: the first eight characters of the candidate id (no names in the counter). */
  candidateReference: string;
  unitId: string;
  unitName: string;
  method: PlacementMethod;
  targetGroup: TargetGroup;
  intervals: CountingInterval[];
  hoursToday: number;
  standToday: number;
  yearToDate: number;
  yearProjected: number;
  ledger: LedgerEntryDto[];
}

export interface QuotaLinesDto {
  organisationId: string;
  year: number;
  asOf: string;
  lines: QuotaLineDto[];
  sums: { standToday: number; yearToDate: number; yearProjected: number };
}

export const MONITOR_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type MonitorFormat = (typeof MONITOR_FORMATS)[number];

/** `POST /api/quota/rebuild` (admin): counters recomputed from the ledger; equal means no drift. */
export interface QuotaRebuildResultDto {
  ledgerEntries: number;
  counterRows: number;
  /** Counter rows that differed before the rebuild (0 unless something drifted). */
  differences: number;
  durationMs: number;
}
