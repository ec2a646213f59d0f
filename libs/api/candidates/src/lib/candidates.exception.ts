import { DomainException } from '@jcw/api-platform';
import type { ApiErrorDetail } from '@jcw/shared-contracts';

export enum CandidatesErrorCode {
  NotFound = 'NOT_FOUND',
  CandidateExists = 'CANDIDATE_EXISTS',
  FieldNotAllowed = 'FIELD_NOT_ALLOWED',
}

const statusOf: Record<CandidatesErrorCode, number> = {
  [CandidatesErrorCode.NotFound]: 404,
  [CandidatesErrorCode.CandidateExists]: 409,
  [CandidatesErrorCode.FieldNotAllowed]: 403,
};

export class CandidatesException extends DomainException<CandidatesErrorCode> {
  constructor(
    code: CandidatesErrorCode,
    message: string,
    details?: ApiErrorDetail[],
  ) {
    super(code, message, details);
  }

  get httpStatus(): number {
    return statusOf[this.code];
  }

  /** Not yours and not there look the same, so ids leak nothing across organisations or coaches. */
  static notFound(field?: string): CandidatesException {
    return new CandidatesException(
      CandidatesErrorCode.NotFound,
      'Candidate not found',
      field ? [{ field, message: `${field} not found` }] : undefined,
    );
  }
}
