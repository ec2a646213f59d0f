import {
  CandidateProfileDto,
  CandidateSummaryDto,
  RegisterImportDto,
} from '@jcw/shared-contracts';

let sequence = 0;

/** A complete, valid profile for specs; override what the test is about. */
export function aCandidateProfile(
  overrides: Partial<CandidateProfileDto> = {},
): CandidateProfileDto {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    firstName: 'Sanne',
    lastName: 'de Vries',
    email: null,
    phone: null,
    dateOfBirth: null,
    bsnLast3: '782',
    targetGroup: 'wajong_work_capacity',
    registerStartDate: '2026-01-01',
    registerEndDate: null,
    postcode: null,
    latitude: null,
    longitude: null,
    labourMarketRegion: null,
    legalGround: null,
    educationLevel: null,
    workExperience: null,
    preferredSectors: [],
    placementStartDate: null,
    placementHoursPerWeek: null,
    skills: [],
    interests: [],
    notes: null,
    status: 'available',
    consent: { given: false, date: null, scope: null },
    jobcoachUserId: null,
    completeness: { score: 40, missing: ['postcode', 'educationLevel'] },
    updatedAt: '2026-11-23T08:00:00.000Z',
    limitations: {},
    maxHoursPerWeek: null,
    maxHoursPerDay: null,
    eveningsAllowed: false,
    nightsAllowed: false,
    weekendsAllowed: false,
    travelRadiusKm: null,
    travelMode: null,
    accommodations: [],
    wageValuePercent: null,
    ...overrides,
  };
}

/** A list row for specs. */
export function aCandidateSummary(
  overrides: Partial<CandidateSummaryDto> = {},
): CandidateSummaryDto {
  sequence += 1;
  return {
    id: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
    displayName: 'Sanne de Vries',
    status: 'available',
    targetGroup: 'wajong_work_capacity',
    labourMarketRegion: null,
    jobcoachUserId: null,
    consentGiven: false,
    completenessScore: 40,
    ...overrides,
  };
}

/** A register import for specs: queued, nothing read yet. */
export function aRegisterImport(
  overrides: Partial<RegisterImportDto> = {},
): RegisterImportDto {
  sequence += 1;
  return {
    id: `00000000-0000-4000-a000-${String(sequence).padStart(12, '0')}`,
    fileName: 'register.csv',
    format: 'csv',
    sizeBytes: 2048,
    status: 'queued',
    processedRows: 0,
    insertedRows: 0,
    updatedRows: 0,
    unchangedRows: 0,
    errorRows: 0,
    failure: null,
    createdAt: '2026-11-23T08:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}
