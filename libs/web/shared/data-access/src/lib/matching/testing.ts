import {
  CandidateMatchDto,
  NotificationDto,
  PackageMatchDto,
  PackageMatchPage,
  ProposalDto,
  ProposalListItemDto,
  ScorePartDto,
  TeamAssignmentDto,
  TeamAssignmentRowDto,
} from '@jcw/shared-contracts';

let sequence = 0;
const nextId = (group: string) => {
  sequence += 1;
  return `00000000-0000-4000-${group}-${String(sequence).padStart(12, '0')}`;
};

export const A_PACKAGE_ID = '00000000-0000-4000-8400-000000000001';

export function someScoreParts(): ScorePartDto[] {
  return [
    { key: 'skills', points: 24, max: 30 },
    { key: 'interests', points: 5, max: 10 },
    { key: 'hours', points: 20, max: 20 },
    { key: 'travel', points: 12, max: 15 },
    { key: 'education', points: 10, max: 15 },
    { key: 'accommodations', points: 10, max: 10 },
  ];
}

/** A feasible match of 81 points without a proposal; override what the test is about. */
export function aPackageMatch(
  overrides: Partial<PackageMatchDto> = {},
): PackageMatchDto {
  return {
    candidateId: nextId('8000'),
    pseudonym: 'Kandidaat K-4821',
    candidateName: 'Sanne de Vries',
    score: 81,
    parts: someScoreParts(),
    distanceKm: 3.4,
    dimensions: [
      { dimension: 'customer_contact', demand: 1, limitation: 1, ok: true },
    ],
    engineVersion: '1.0',
    computedAt: '2026-11-23T08:00:00.000Z',
    proposal: null,
    ...overrides,
  };
}

/** A ready run for version 2 of the package with the given rows. */
export function aMatchPage(
  overrides: Partial<PackageMatchPage> = {},
): PackageMatchPage {
  const items = overrides.items ?? [aPackageMatch()];
  return {
    status: 'ready',
    packageVersion: 2,
    computedForVersion: 2,
    computedAt: '2026-11-23T08:00:00.000Z',
    engineVersion: '1.0',
    poolSize: 12,
    feasibleCount: items.length,
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    ...overrides,
  };
}

export function aProposal(overrides: Partial<ProposalDto> = {}): ProposalDto {
  return {
    id: nextId('8900'),
    status: 'proposed',
    packageId: A_PACKAGE_ID,
    packageTitle: 'Medewerker post en archief',
    packageVersion: 2,
    packageHoursPerWeek: 20,
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    unitName: 'Afdeling Facilitaire Zaken',
    candidateId: '00000000-0000-4000-8000-000000000001',
    candidateName: 'Sanne de Vries',
    candidate: {
      pseudonym: 'Kandidaat K-4821',
      educationLevel: 'mbo1',
      skills: ['post sorteren', 'scannen'],
      limitations: { customer_contact: 1 },
      maxHoursPerWeek: 20,
      maxHoursPerDay: 5,
      eveningsAllowed: false,
      nightsAllowed: false,
      weekendsAllowed: false,
      travelRadiusKm: 12,
      travelMode: 'bicycle',
      accommodations: ['jobcoach'],
    },
    score: 81,
    parts: someScoreParts(),
    dimensions: [
      { dimension: 'customer_contact', demand: 1, limitation: 1, ok: true },
    ],
    engineVersion: '1.0',
    motivation: 'Sorteert graag en werkt nauwkeurig.',
    proposedByName: 'Hamza HR-advies',
    proposedAt: '2026-11-23T09:00:00.000Z',
    decidedByName: null,
    decidedAt: null,
    rejectionReason: null,
    rejectionNote: null,
    placementId: null,
    version: 1,
    ...overrides,
  };
}

export function aProposalListItem(
  overrides: Partial<ProposalListItemDto> = {},
): ProposalListItemDto {
  return {
    id: nextId('8900'),
    status: 'proposed',
    packageId: A_PACKAGE_ID,
    packageTitle: 'Medewerker post en archief',
    unitName: 'Afdeling Facilitaire Zaken',
    pseudonym: 'Kandidaat K-4821',
    candidateName: 'Sanne de Vries',
    score: 81,
    proposedAt: '2026-11-23T09:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

export function aCandidateMatch(
  overrides: Partial<CandidateMatchDto> = {},
): CandidateMatchDto {
  return {
    packageId: nextId('8400'),
    packageTitle: 'Medewerker post en archief',
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    unitName: 'Afdeling Facilitaire Zaken',
    hoursPerWeek: 20,
    score: 81,
    parts: someScoreParts(),
    distanceKm: 3.4,
    computedAt: '2026-11-23T08:00:00.000Z',
    proposal: null,
    ...overrides,
  };
}

export function anAssignmentRow(
  overrides: Partial<TeamAssignmentRowDto> = {},
): TeamAssignmentRowDto {
  return {
    packageId: nextId('8400'),
    packageTitle: 'Medewerker post en archief',
    unitName: 'Afdeling Facilitaire Zaken',
    hoursPerWeek: 20,
    assigned: {
      candidateId: nextId('8000'),
      pseudonym: 'Kandidaat K-4821',
      candidateName: 'Sanne de Vries',
      score: 81,
    },
    runnerUp: null,
    ...overrides,
  };
}

export function aTeamAssignment(
  rows: TeamAssignmentRowDto[],
  overrides: Partial<TeamAssignmentDto> = {},
): TeamAssignmentDto {
  return {
    totalScore: rows.reduce((sum, row) => sum + (row.assigned?.score ?? 0), 0),
    poolSize: 12,
    filled: rows.filter((row) => row.assigned !== null).length,
    rows,
    engineVersion: '1.0',
    ...overrides,
  };
}

export function aNotification(
  overrides: Partial<NotificationDto> = {},
): NotificationDto {
  return {
    id: nextId('8a00'),
    kind: 'proposal_received',
    createdAt: '2026-11-23T09:00:00.000Z',
    readAt: null,
    week: null,
    spotlight: [],
    proposalId: '00000000-0000-4000-8900-000000000001',
    packageTitle: 'Medewerker post en archief',
    proposalStatus: 'proposed',
    ...overrides,
  };
}
