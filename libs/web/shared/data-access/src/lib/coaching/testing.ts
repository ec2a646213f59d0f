import { CoachDashboardRowDto, CoachingRecordDto } from '@jcw/shared-contracts';

/** An empty record for specs; override what the test is about. */
export function aCoachingRecord(
  overrides: Partial<CoachingRecordDto> = {},
): CoachingRecordDto {
  return {
    candidateId: '00000000-0000-4000-8000-000000000001',
    contacts: [],
    goals: [],
    weeks: [],
    evaluations: [],
    upcomingEvaluations: [],
    signals: [],
    atRisk: false,
    ...overrides,
  };
}

/** A dashboard row without signals for specs. */
export function aDashboardRow(
  overrides: Partial<CoachDashboardRowDto> = {},
): CoachDashboardRowDto {
  return {
    candidateId: '00000000-0000-4000-8000-000000000001',
    displayName: 'Sanne de Vries',
    status: 'placed',
    atRisk: false,
    signals: [],
    suggestSwitchPlaceReview: false,
    lastContactDate: '2026-11-20',
    nextEvaluation: null,
    ...overrides,
  };
}
