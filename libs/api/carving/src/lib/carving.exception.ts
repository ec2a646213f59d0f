import { DomainException } from '@jcw/api-platform';
import type { ApiErrorDetail } from '@jcw/shared-contracts';

export enum CarvingErrorCode {
  NotFound = 'NOT_FOUND',
  TaskOverAllocated = 'TASK_OVER_ALLOCATED',
  PackageInvalid = 'PACKAGE_INVALID',
  PackageNotEditable = 'PACKAGE_NOT_EDITABLE',
  InvalidTransition = 'INVALID_TRANSITION',
  TaskInUse = 'TASK_IN_USE',
}

const statusOf: Record<CarvingErrorCode, number> = {
  [CarvingErrorCode.NotFound]: 404,
  [CarvingErrorCode.TaskOverAllocated]: 409,
  [CarvingErrorCode.PackageInvalid]: 422,
  [CarvingErrorCode.PackageNotEditable]: 409,
  [CarvingErrorCode.InvalidTransition]: 409,
  [CarvingErrorCode.TaskInUse]: 409,
};

export class CarvingException extends DomainException<CarvingErrorCode> {
  constructor(
    code: CarvingErrorCode,
    message: string,
    details?: ApiErrorDetail[],
  ) {
    super(code, message, details);
  }

  get httpStatus(): number {
    return statusOf[this.code];
  }

  /** Not yours and not there look the same, so ids leak nothing across organisations or units. */
  static notFound(what: string, field?: string): CarvingException {
    return new CarvingException(
      CarvingErrorCode.NotFound,
      `${what} not found`,
      field ? [{ field, message: `${field} not found` }] : undefined,
    );
  }
}
