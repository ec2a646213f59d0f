import { DomainException } from '@jcw/api-platform';
import type { ApiErrorDetail } from '@jcw/shared-contracts';

export enum IdentityErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  TooManyAttempts = 'TOO_MANY_REQUESTS',
  NotFound = 'NOT_FOUND',
  EmailTaken = 'EMAIL_TAKEN',
  PayrollTaxNumberTaken = 'PAYROLL_TAX_NUMBER_TAKEN',
  UnitNotEmpty = 'UNIT_NOT_EMPTY',
  UnitCycle = 'UNIT_CYCLE',
  InvalidRoles = 'INVALID_ROLES',
}

const statusOf: Record<IdentityErrorCode, number> = {
  [IdentityErrorCode.InvalidCredentials]: 401,
  [IdentityErrorCode.Unauthenticated]: 401,
  [IdentityErrorCode.Forbidden]: 403,
  [IdentityErrorCode.TooManyAttempts]: 429,
  [IdentityErrorCode.NotFound]: 404,
  [IdentityErrorCode.EmailTaken]: 409,
  [IdentityErrorCode.PayrollTaxNumberTaken]: 409,
  [IdentityErrorCode.UnitNotEmpty]: 409,
  [IdentityErrorCode.UnitCycle]: 400,
  [IdentityErrorCode.InvalidRoles]: 400,
};

export class IdentityException extends DomainException<IdentityErrorCode> {
  constructor(
    code: IdentityErrorCode,
    message: string,
    details?: ApiErrorDetail[],
    /** Seconds a client should wait (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message, details);
  }

  get httpStatus(): number {
    return statusOf[this.code];
  }

  /** The same answer for "no such id" and "not yours", so ids of other organisations leak nothing. */
  static notFound(what: string): IdentityException {
    return new IdentityException(
      IdentityErrorCode.NotFound,
      `${what} not found`,
    );
  }
}
