import { DomainException } from '@jcw/api-platform';
import type { ApiErrorDetail } from '@jcw/shared-contracts';

export enum MatchingErrorCode {
  NotFound = 'NOT_FOUND',
  Invalid = 'MATCHING_INVALID',
  NotFeasible = 'MATCH_NOT_FEASIBLE',
  ProposalExists = 'PROPOSAL_EXISTS',
  ProposalDecided = 'PROPOSAL_DECIDED',
}

const statusOf: Record<MatchingErrorCode, number> = {
  [MatchingErrorCode.NotFound]: 404,
  [MatchingErrorCode.Invalid]: 422,
  [MatchingErrorCode.NotFeasible]: 409,
  [MatchingErrorCode.ProposalExists]: 409,
  [MatchingErrorCode.ProposalDecided]: 409,
};

export class MatchingException extends DomainException<MatchingErrorCode> {
  constructor(
    code: MatchingErrorCode,
    message: string,
    details?: ApiErrorDetail[],
  ) {
    super(code, message, details);
  }

  get httpStatus(): number {
    return statusOf[this.code];
  }

  /** Not yours and not there look the same. */
  static notFound(what: string): MatchingException {
    return new MatchingException(
      MatchingErrorCode.NotFound,
      `${what} not found`,
    );
  }

  static invalid(field: string, message: string): MatchingException {
    return new MatchingException(MatchingErrorCode.Invalid, message, [
      { field, message },
    ]);
  }
}
