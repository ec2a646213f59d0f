import {
  NotificationDto,
  PackageDto,
  PackageMatchDto,
  PackageMatchPage,
  ProposalDto,
  ProposalListItemDto,
} from '@jcw/shared-contracts';
import {
  aNotification as aContractNotification,
  aPackageMatch,
  aPackageMatchPage,
  aProposal as aContractProposal,
  aProposalListItem as aContractProposalListItem,
  aProposedCandidate,
} from '@jcw/shared-contracts/testing';

/**
 * The matching builders of @jcw/shared-contracts/testing, pinned to the ids the pages' specs
 * navigate to and look for; override what a test is about.
 */

export { aMatchRunInfo as aRun } from '@jcw/shared-contracts/testing';

export const PACKAGE_ID = '00000000-0000-4000-8400-000000000001';
export const CANDIDATE_ID = '00000000-0000-4000-8000-000000000001';
export const PROPOSAL_ID = '00000000-0000-4000-8900-000000000001';
export const PLACEMENT_ID = '00000000-0000-4000-8700-000000000001';

export function aMatch(
  overrides: Partial<PackageMatchDto> = {},
): PackageMatchDto {
  return aPackageMatch({ candidateId: CANDIDATE_ID, ...overrides });
}

export function aMatchPage(
  items: PackageMatchDto[] = [aMatch()],
  overrides: Partial<PackageMatchPage> = {},
): PackageMatchPage {
  return aPackageMatchPage({ items, ...overrides });
}

/** The profile also has a limitation of level 0, which the page leaves out. */
export function aProposal(overrides: Partial<ProposalDto> = {}): ProposalDto {
  return aContractProposal({
    id: PROPOSAL_ID,
    packageId: PACKAGE_ID,
    candidateId: CANDIDATE_ID,
    candidate: aProposedCandidate({
      limitations: { customer_contact: 1, noise: 0 },
    }),
    ...overrides,
  });
}

export function aProposalListItem(
  overrides: Partial<ProposalListItemDto> = {},
): ProposalListItemDto {
  return aContractProposalListItem({
    id: PROPOSAL_ID,
    packageId: PACKAGE_ID,
    ...overrides,
  });
}

export function aNotification(
  overrides: Partial<NotificationDto> = {},
): NotificationDto {
  return aContractNotification({ proposalId: PROPOSAL_ID, ...overrides });
}

/** Not a matching contract: the published package the matches are for. */
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
