import {
  LedgerEntryDto,
  PlacementDto,
  PlacementPage,
  SustainabilityDto,
} from '@jcw/shared-contracts';

let sequence = 0;
const nextId = (group: string) => {
  sequence += 1;
  return `00000000-0000-4000-${group}-${String(sequence).padStart(12, '0')}`;
};

/** An individual placement of 25.5 hours since 1 January; override what the test is about. */
export function aPlacement(
  overrides: Partial<PlacementDto> = {},
): PlacementDto {
  return {
    id: nextId('8700'),
    candidateId: '00000000-0000-4000-8000-000000000001',
    candidateName: 'Mohamed El Amrani',
    targetGroup: 'school_leaver_vso_pro',
    organisationId: '00000000-0000-4000-8000-0000000000aa',
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    unitName: 'Afdeling Facilitaire Zaken',
    packageId: null,
    packageTitle: null,
    method: 'individual',
    contractKind: 'employment',
    lenderName: null,
    teamName: null,
    teamLeaderName: null,
    jobcoachUserId: null,
    startDate: '2026-01-01',
    plannedEndDate: null,
    endDate: null,
    endReason: null,
    endNote: null,
    status: 'active',
    hoursPerWeek: 25.5,
    hoursHistory: [{ effectiveFrom: '2026-01-01', hoursPerWeek: 25.5 }],
    jobUnitsToday: 1,
    version: 1,
    createdAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    ...overrides,
  };
}

export function aPlacementPage(
  overrides: Partial<PlacementPage> = {},
): PlacementPage {
  return { items: [], total: 0, page: 1, pageSize: 25, ...overrides };
}

/** The ledger line a new placement writes. */
export function aLedgerEntry(
  overrides: Partial<LedgerEntryDto> = {},
): LedgerEntryDto {
  return {
    id: nextId('8800'),
    placementId: '00000000-0000-4000-8700-000000000001',
    kind: 'placement_started',
    effectiveDate: '2026-01-01',
    organisationId: '00000000-0000-4000-8000-0000000000aa',
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    method: 'individual',
    targetGroup: 'school_leaver_vso_pro',
    intervals: [{ from: '2026-01-01', to: null, hoursPerWeek: 25.5 }],
    note: null,
    recordedAt: '2026-01-02T09:00:00.000Z',
    recordedBy: 'Anouk Adviseur',
    ...overrides,
  };
}

export function aSustainability(
  overrides: Partial<SustainabilityDto> = {},
): SustainabilityDto {
  return {
    organisationId: '00000000-0000-4000-8000-0000000000aa',
    asOf: '2026-06-30',
    retention: [
      { months: 6, eligible: 4, retained: 3, share: 0.75 },
      { months: 12, eligible: 2, retained: 1, share: 0.5 },
      { months: 24, eligible: 0, retained: 0, share: null },
    ],
    averageTenureDays: 240,
    endedByReason: [{ reason: 'too_heavy', count: 1 }],
    funnel: {
      packagesPublished: 3,
      proposalsMade: 4,
      proposalsAccepted: 2,
      placementsOnPackages: 2,
      placementsActive: 4,
    },
    ...overrides,
  };
}
