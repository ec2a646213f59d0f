import type { ApiErrorDetail } from '@jcw/shared-contracts';

/**
 * Base of every domain's exception type. Each domain declares one subclass with its own code enum
 * and a code -> HTTP status table; the global filter maps it to the error body. Domain code never
 * imports HTTP types.
 */
export abstract class DomainException<
  Code extends string = string,
> extends Error {
  abstract readonly httpStatus: number;

  constructor(
    readonly code: Code,
    message: string,
    readonly details?: ApiErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export enum PlatformErrorCode {
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Unprocessable = 'UNPROCESSABLE',
}

const platformStatus: Record<PlatformErrorCode, number> = {
  [PlatformErrorCode.NotFound]: 404,
  [PlatformErrorCode.Conflict]: 409,
  [PlatformErrorCode.Unprocessable]: 422,
};

export class PlatformException extends DomainException<PlatformErrorCode> {
  get httpStatus(): number {
    return platformStatus[this.code];
  }
}
