import { DomainException } from '@jcw/api-platform';
import type { ApiErrorDetail } from '@jcw/shared-contracts';

export enum PlacementsErrorCode {
  NotFound = 'NOT_FOUND',
  Invalid = 'PLACEMENT_INVALID',
  HoursExceeded = 'CANDIDATE_HOURS_EXCEEDED',
  PackageTaken = 'PACKAGE_NOT_AVAILABLE',
}

const statusOf: Record<PlacementsErrorCode, number> = {
  [PlacementsErrorCode.NotFound]: 404,
  [PlacementsErrorCode.Invalid]: 422,
  [PlacementsErrorCode.HoursExceeded]: 409,
  [PlacementsErrorCode.PackageTaken]: 409,
};

export class PlacementsException extends DomainException<PlacementsErrorCode> {
  constructor(
    code: PlacementsErrorCode,
    message: string,
    details?: ApiErrorDetail[],
  ) {
    super(code, message, details);
  }

  get httpStatus(): number {
    return statusOf[this.code];
  }

  /** Not yours and not there look the same. */
  static notFound(what = 'Placement'): PlacementsException {
    return new PlacementsException(
      PlacementsErrorCode.NotFound,
      `${what} not found`,
    );
  }

  static invalid(field: string, message: string): PlacementsException {
    return new PlacementsException(PlacementsErrorCode.Invalid, message, [
      { field, message },
    ]);
  }
}
