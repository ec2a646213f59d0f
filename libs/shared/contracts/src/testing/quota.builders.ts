import {
  JobUnitsBreakdown,
  QuotaDashboardDto,
  QuotaLineDto,
  QuotaOverviewRowDto,
  QuotaYearParametersDto,
} from '../index';

export const AN_ORGANISATION_ID = '00000000-0000-4000-8000-0000000000aa';

export function someJobUnits(total: number): JobUnitsBreakdown {
  return { total, counting: total, procurement: 0 };
}

/** The legal figures of 2026 as the demo seeds them. */
export function quotaParameters(
  overrides: Partial<QuotaYearParametersDto> = {},
): QuotaYearParametersDto {
  return {
    year: 2026,
    quotaFraction: 0.0193,
    levyPerUnfilledJob: 5000,
    weeksPerYear: 52,
    thresholdPaidHours: 40575,
    procurementCounts: false,
    sourceNote: 'Staatscourant',
    toConfirm: false,
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}

/** DOMAIN.md's quota example: 1,000,000 paid hours at 1.93 % and 10 jobs realised. */
export function aQuotaDashboard(
  overrides: Partial<QuotaDashboardDto> = {},
): QuotaDashboardDto {
  return {
    organisationId: AN_ORGANISATION_ID,
    organisationName: 'Ministerie van Voorbeeldzaken',
    year: 2026,
    asOf: '2026-06-30',
    parameters: quotaParameters(),
    totalPaidHours: 1_000_000,
    explicitTargetJobs: null,
    requiredJobs: 14.555,
    belowThreshold: false,
    standToday: someJobUnits(10),
    yearToDate: someJobUnits(4.9),
    yearProjected: someJobUnits(10),
    realisationFraction: 0.687,
    shortfallJobs: 4.555,
    levyEstimate: 22775,
    byMethod: [
      {
        key: 'individual',
        label: null,
        standToday: 10,
        yearToDate: 4.9,
        yearProjected: 10,
      },
    ],
    byTargetGroup: [],
    byUnit: [],
    quarters: [
      { quarter: 1, standAtEnd: 8, yearTotalContribution: 2, projected: false },
      {
        quarter: 2,
        standAtEnd: 10,
        yearTotalContribution: 2.5,
        projected: false,
      },
      {
        quarter: 3,
        standAtEnd: 10,
        yearTotalContribution: 2.5,
        projected: true,
      },
      {
        quarter: 4,
        standAtEnd: 10,
        yearTotalContribution: 2.5,
        projected: true,
      },
    ],
    pipeline: {
      plannedPlacements: 1,
      publishedPackages: 2,
      publishedPackageHours: 40,
      fillRate: 0.5,
      packageJobs: 0.4,
      yearProjectedWithPipeline: 10.4,
      shortfallWithPipeline: 4.155,
      levyWithPipeline: 20775,
    },
    ...overrides,
  };
}

export function anOverviewRow(
  overrides: Partial<QuotaOverviewRowDto> = {},
): QuotaOverviewRowDto {
  return {
    organisationId: AN_ORGANISATION_ID,
    organisationName: 'Ministerie van Voorbeeldzaken',
    requiredJobs: 14.555,
    standToday: 10,
    yearToDate: 4.9,
    yearProjected: 10,
    realisationFraction: 0.687,
    levyEstimate: 22775,
    belowThreshold: false,
    paidHoursMissing: false,
    ...overrides,
  };
}

export function aQuotaLine(
  overrides: Partial<QuotaLineDto> = {},
): QuotaLineDto {
  return {
    placementId: '00000000-0000-4000-8700-000000000001',
    candidateReference: '3f2a9c1b',
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    unitName: 'Afdeling Facilitaire Zaken',
    method: 'individual',
    targetGroup: 'school_leaver_vso_pro',
    intervals: [{ from: '2026-01-01', to: null, hoursPerWeek: 25.5 }],
    hoursToday: 25.5,
    standToday: 1,
    yearToDate: 0.496,
    yearProjected: 1,
    ledger: [],
    ...overrides,
  };
}
