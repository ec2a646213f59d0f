import {
  MatchRunInfoDto,
  NotificationDto,
  PackageDto,
  PackageMatchDto,
  PackageMatchPage,
  ProposalDto,
  ProposalListItemDto,
  ScorePartDto,
} from '@jcw/shared-contracts';

/** Builders for the matching pages' specs; override what a test is about. */

export const PACKAGE_ID = '00000000-0000-4000-8400-000000000001';
export const CANDIDATE_ID = '00000000-0000-4000-8000-000000000001';
export const PROPOSAL_ID = '00000000-0000-4000-8900-000000000001';
export const PLACEMENT_ID = '00000000-0000-4000-8700-000000000001';

export function scoreParts(): ScorePartDto[] {
  return [
    { key: 'skills', points: 24, max: 30 },
    { key: 'interests', points: 5, max: 10 },
    { key: 'hours', points: 20, max: 20 },
    { key: 'travel', points: 12, max: 15 },
    { key: 'education', points: 10, max: 15 },
    { key: 'accommodations', points: 10, max: 10 },
  ];
}

export function aRun(
  overrides: Partial<MatchRunInfoDto> = {},
): MatchRunInfoDto {
  return {
    status: 'ready',
    packageVersion: 2,
    computedForVersion: 2,
    computedAt: '2026-11-23T08:00:00.000Z',
    engineVersion: '1.0',
    poolSize: 12,
    feasibleCount: 1,
    ...overrides,
  };
}

export function aMatch(
  overrides: Partial<PackageMatchDto> = {},
): PackageMatchDto {
  return {
    candidateId: CANDIDATE_ID,
    pseudonym: 'Kandidaat K-4821',
    candidateName: 'Sanne de Vries',
    score: 81.5,
    parts: scoreParts(),
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

export function aMatchPage(
  items: PackageMatchDto[] = [aMatch()],
  overrides: Partial<PackageMatchPage> = {},
): PackageMatchPage {
  return {
    ...aRun({ feasibleCount: items.length }),
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    ...overrides,
  };
}

export function aPublishedPackage(
  overrides: Partial<PackageDto> = {},
): PackageDto {
  return {
    id: PACKAGE_ID,
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    unitName: 'Afdeling Facilitaire Zaken',
    title: 'Medewerker post en archief',
    description: null,
    status: 'published',
    version: 2,
    carvedJobPayScale: null,
    carvedJobCostPerHour: 24.5,
    workplacePostcode: '3511AB',
    workplaceLatitude: 52.09,
    workplaceLongitude: 5.12,
    accommodationsOffered: ['jobcoach'],
    allocations: [],
    summary: {
      hoursPerWeek: 20,
      jobUnits: 20 / 25.5,
      demandProfile: { customer_contact: 1 },
      skills: [],
      complexity: 'none',
      scheduleNeeds: { evenings: false, nights: false, weekends: false },
      warnings: [],
    },
    publishedAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

export function aProposal(overrides: Partial<ProposalDto> = {}): ProposalDto {
  return {
    id: PROPOSAL_ID,
    status: 'proposed',
    packageId: PACKAGE_ID,
    packageTitle: 'Medewerker post en archief',
    packageVersion: 2,
    packageHoursPerWeek: 20,
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    unitName: 'Afdeling Facilitaire Zaken',
    candidateId: CANDIDATE_ID,
    candidateName: null,
    candidate: {
      pseudonym: 'Kandidaat K-4821',
      educationLevel: 'mbo1',
      skills: ['post sorteren', 'scannen'],
      limitations: { customer_contact: 1, noise: 0 },
      maxHoursPerWeek: 20,
      maxHoursPerDay: 5,
      eveningsAllowed: false,
      nightsAllowed: false,
      weekendsAllowed: true,
      travelRadiusKm: 12,
      travelMode: 'bicycle',
      accommodations: ['jobcoach'],
    },
    score: 81.5,
    parts: scoreParts(),
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
    id: PROPOSAL_ID,
    status: 'proposed',
    packageId: PACKAGE_ID,
    packageTitle: 'Medewerker post en archief',
    unitName: 'Afdeling Facilitaire Zaken',
    pseudonym: 'Kandidaat K-4821',
    candidateName: null,
    score: 81.5,
    proposedAt: '2026-11-23T09:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

export function aNotification(
  overrides: Partial<NotificationDto> = {},
): NotificationDto {
  return {
    id: '00000000-0000-4000-8a00-000000000001',
    kind: 'proposal_received',
    createdAt: '2026-11-23T09:00:00.000Z',
    readAt: null,
    week: null,
    spotlight: [],
    proposalId: PROPOSAL_ID,
    packageTitle: 'Medewerker post en archief',
    proposalStatus: 'proposed',
    ...overrides,
  };
}
