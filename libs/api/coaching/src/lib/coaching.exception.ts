import { DomainException } from '@jcw/api-platform';
import type { ApiErrorDetail } from '@jcw/shared-contracts';

export enum CoachingErrorCode {
  NotFound = 'NOT_FOUND',
  EvaluationExists = 'EVALUATION_EXISTS',
}

const statusOf: Record<CoachingErrorCode, number> = {
  [CoachingErrorCode.NotFound]: 404,
  [CoachingErrorCode.EvaluationExists]: 409,
};

export class CoachingException extends DomainException<CoachingErrorCode> {
  constructor(
    code: CoachingErrorCode,
    message: string,
    details?: ApiErrorDetail[],
  ) {
    super(code, message, details);
  }

  get httpStatus(): number {
    return statusOf[this.code];
  }

  /** Not yours and not there look the same, so ids leak nothing across organisations or coaches. */
  static notFound(what: string, field?: string): CoachingException {
    return new CoachingException(
      CoachingErrorCode.NotFound,
      `${what} not found`,
      field ? [{ field, message: `${field} not found` }] : undefined,
    );
  }

  static evaluationExists(milestoneMonths: number): CoachingException {
    return new CoachingException(
      CoachingErrorCode.EvaluationExists,
      `The ${milestoneMonths}-month evaluation is already recorded`,
      [
        {
          field: 'milestoneMonths',
          message: `milestoneMonths ${milestoneMonths} is already evaluated for this candidate`,
        },
      ],
    );
  }
}
