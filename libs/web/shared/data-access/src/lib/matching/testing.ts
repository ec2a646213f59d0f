import { TeamAssignmentDto, TeamAssignmentRowDto } from '@jcw/shared-contracts';
import { aTeamAssignment as aContractTeamAssignment } from '@jcw/shared-contracts/testing';

/** The matching builders of @jcw/shared-contracts/testing under the names the stores' specs use. */
export {
  aCandidateMatch,
  aNotification,
  aPackageMatch,
  aPackageMatchPage as aMatchPage,
  aProposal,
  aProposalListItem,
  aTeamAssignmentRow as anAssignmentRow,
} from '@jcw/shared-contracts/testing';

export const A_PACKAGE_ID = '00000000-0000-4000-8400-000000000001';

export function aTeamAssignment(
  rows: TeamAssignmentRowDto[],
  overrides: Partial<TeamAssignmentDto> = {},
): TeamAssignmentDto {
  return aContractTeamAssignment({ rows, ...overrides });
}
