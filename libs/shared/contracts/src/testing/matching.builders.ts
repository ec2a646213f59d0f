import {
  AssignedCandidateDto,
  CandidateMatchDto,
  MatchRunInfoDto,
  NotificationDto,
  PackageMatchDto,
  PackageMatchPage,
  ProposalDto,
  ProposalListItemDto,
  ProposedCandidateDto,
  ScorePartDto,
  TeamAssignmentDto,
  TeamAssignmentRowDto,
} from '../index';

/**
 * Builders for the matching contracts: one candidate, Kandidaat K-4821 (Sanne de Vries), who fits
 * the package "Medewerker post en archief" with 81.5 points. Ids are fresh UUIDs per call unless
 * overridden; override what a test is about.
 */

let sequence = 0;
/** A fresh UUID whose fourth group says what it identifies (8000 candidate, 8400 package, ...). */
const nextId = (group: string) =>
  `00000000-0000-4000-${group}-${String(++sequence).padStart(12, '0')}`;

const A_UNIT_ID = '00000000-0000-4000-8000-00000000aaaa';
const COMPUTED_AT = '2026-11-23T08:00:00.000Z';
const PROPOSED_AT = '2026-11-23T09:00:00.000Z';

/** Parts of one decimal, as the engine rounds them, that add up to the builders' score of 81.5. */
export function someScoreParts(): ScorePartDto[] {
  return [
    { key: 'skills', points: 24, max: 30 },
    { key: 'interests', points: 5, max: 10 },
    { key: 'hours', points: 20, max: 20 },
    { key: 'travel', points: 12.5, max: 15 },
    { key: 'education', points: 10, max: 15 },
    { key: 'accommodations', points: 10, max: 10 },
  ];
}

/** A ready run for version 2 of the package: 1 of 12 people fits. */
export function aMatchRunInfo(
  overrides: Partial<MatchRunInfoDto> = {},
): MatchRunInfoDto {
  return {
    status: 'ready',
    packageVersion: 2,
    computedForVersion: 2,
    computedAt: COMPUTED_AT,
    engineVersion: '1.0',
    poolSize: 12,
    feasibleCount: 1,
    ...overrides,
  };
}

/** A feasible match as an HR adviser sees it (with the name), without a proposal. */
export function aPackageMatch(
  overrides: Partial<PackageMatchDto> = {},
): PackageMatchDto {
  return {
    candidateId: nextId('8000'),
    pseudonym: 'Kandidaat K-4821',
    candidateName: 'Sanne de Vries',
    score: 81.5,
    parts: someScoreParts(),
    distanceKm: 3.4,
    dimensions: [
      { dimension: 'customer_contact', demand: 1, limitation: 1, ok: true },
    ],
    engineVersion: '1.0',
    computedAt: COMPUTED_AT,
    proposal: null,
    ...overrides,
  };
}

/** The first page of a ready run; feasibleCount and total follow the items (one match by default). */
export function aPackageMatchPage(
  overrides: Partial<PackageMatchPage> = {},
): PackageMatchPage {
  const items = overrides.items ?? [aPackageMatch()];
  return {
    ...aMatchRunInfo({ feasibleCount: items.length }),
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    ...overrides,
  };
}

export function aCandidateMatch(
  overrides: Partial<CandidateMatchDto> = {},
): CandidateMatchDto {
  return {
    packageId: nextId('8400'),
    packageTitle: 'Medewerker post en archief',
    unitId: A_UNIT_ID,
    unitName: 'Afdeling Facilitaire Zaken',
    hoursPerWeek: 20,
    score: 81.5,
    parts: someScoreParts(),
    distanceKm: 3.4,
    computedAt: COMPUTED_AT,
    proposal: null,
    ...overrides,
  };
}

export function anAssignedCandidate(
  overrides: Partial<AssignedCandidateDto> = {},
): AssignedCandidateDto {
  return {
    candidateId: nextId('8000'),
    pseudonym: 'Kandidaat K-4821',
    candidateName: 'Sanne de Vries',
    score: 81.5,
    ...overrides,
  };
}

/** A package with someone assigned and no runner-up. */
export function aTeamAssignmentRow(
  overrides: Partial<TeamAssignmentRowDto> = {},
): TeamAssignmentRowDto {
  return {
    packageId: nextId('8400'),
    packageTitle: 'Medewerker post en archief',
    unitName: 'Afdeling Facilitaire Zaken',
    hoursPerWeek: 20,
    assigned: anAssignedCandidate(),
    runnerUp: null,
    ...overrides,
  };
}

/** The total score and the filled count follow the rows (one assigned row by default). */
export function aTeamAssignment(
  overrides: Partial<TeamAssignmentDto> = {},
): TeamAssignmentDto {
  const rows = overrides.rows ?? [aTeamAssignmentRow()];
  return {
    totalScore: rows.reduce((sum, row) => sum + (row.assigned?.score ?? 0), 0),
    poolSize: 12,
    filled: rows.filter((row) => row.assigned !== null).length,
    rows,
    engineVersion: '1.0',
    ...overrides,
  };
}

/** What a manager sees of the person: the fit, no name. */
export function aProposedCandidate(
  overrides: Partial<ProposedCandidateDto> = {},
): ProposedCandidateDto {
  return {
    pseudonym: 'Kandidaat K-4821',
    educationLevel: 'mbo1',
    skills: ['post sorteren', 'scannen'],
    limitations: { customer_contact: 1 },
    maxHoursPerWeek: 20,
    maxHoursPerDay: 5,
    eveningsAllowed: false,
    nightsAllowed: false,
    weekendsAllowed: true,
    travelRadiusKm: 12,
    travelMode: 'bicycle',
    accommodations: ['jobcoach'],
    ...overrides,
  };
}

/** An open proposal as a manager sees it: no candidate name. */
export function aProposal(overrides: Partial<ProposalDto> = {}): ProposalDto {
  return {
    id: nextId('8900'),
    status: 'proposed',
    packageId: nextId('8400'),
    packageTitle: 'Medewerker post en archief',
    packageVersion: 2,
    packageHoursPerWeek: 20,
    unitId: A_UNIT_ID,
    unitName: 'Afdeling Facilitaire Zaken',
    candidateId: nextId('8000'),
    candidateName: null,
    candidate: aProposedCandidate(),
    score: 81.5,
    parts: someScoreParts(),
    dimensions: [
      { dimension: 'customer_contact', demand: 1, limitation: 1, ok: true },
    ],
    engineVersion: '1.0',
    motivation: 'Sorteert graag en werkt nauwkeurig.',
    proposedByName: 'Hamza HR-advies',
    proposedAt: PROPOSED_AT,
    decidedByName: null,
    decidedAt: null,
    rejectionReason: null,
    rejectionNote: null,
    placementId: null,
    version: 1,
    ...overrides,
  };
}

/** An open proposal in a manager's inbox: no candidate name. */
export function aProposalListItem(
  overrides: Partial<ProposalListItemDto> = {},
): ProposalListItemDto {
  return {
    id: nextId('8900'),
    status: 'proposed',
    packageId: nextId('8400'),
    packageTitle: 'Medewerker post en archief',
    unitName: 'Afdeling Facilitaire Zaken',
    pseudonym: 'Kandidaat K-4821',
    candidateName: null,
    score: 81.5,
    proposedAt: PROPOSED_AT,
    decidedAt: null,
    ...overrides,
  };
}

/** An unread "new proposal" notification. */
export function aNotification(
  overrides: Partial<NotificationDto> = {},
): NotificationDto {
  return {
    id: nextId('8a00'),
    kind: 'proposal_received',
    createdAt: PROPOSED_AT,
    readAt: null,
    week: null,
    spotlight: [],
    proposalId: nextId('8900'),
    packageTitle: 'Medewerker post en archief',
    proposalStatus: 'proposed',
    ...overrides,
  };
}
