import {
  BadRequestException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import type { ApiErrorDetail } from '@jcw/shared-contracts';

/** Thrown by the validation pipe; carries one detail per offending field (dotted path). */
export class RequestValidationException extends BadRequestException {
  constructor(readonly details: ApiErrorDetail[]) {
    super(
      `Invalid request: ${
        details
          .map((d) => d.field)
          .filter(Boolean)
          .join(', ') || 'body'
      }`,
    );
  }
}

export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Unknown fields are errors (not silently dropped), so a typo in a client never loses data. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new RequestValidationException(flattenValidationErrors(errors)),
  });
}
