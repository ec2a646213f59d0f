import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ApiErrorBody } from '@jcw/shared-contracts';
import type { Request, Response } from 'express';
import { DomainException } from './domain.exception';
import { RequestValidationException } from './validation';

const codeByStatus: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Every failure leaves the API as `{ statusCode, code, message, details? }`. Unexpected errors
 * become a 500 with a generic message; their detail goes to the log (by type and message only,
 * never the request body, which may hold personal data).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500) {
      const error =
        exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(
        {
          err: { type: error.name, message: error.message, stack: error.stack },
          path: request.path,
        },
        'unhandled error',
      );
    }
    if (!response.headersSent) {
      response.status(body.statusCode).json(body);
    }
  }

  private toBody(exception: unknown, request: Request): ApiErrorBody {
    if (exception instanceof DomainException) {
      return {
        statusCode: exception.httpStatus,
        code: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    if (exception instanceof RequestValidationException) {
      return {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      if (
        statusCode === 404 &&
        /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(
          exception.message,
        )
      ) {
        return {
          statusCode,
          code: 'NOT_FOUND',
          message: `No route ${request.method} ${request.path}`,
        };
      }
      return {
        statusCode,
        code: codeByStatus[statusCode] ?? `HTTP_${statusCode}`,
        message: messageOf(exception),
      };
    }
    if (isBodyParserError(exception)) {
      const statusCode = exception.status;
      const message =
        exception.type === 'entity.parse.failed'
          ? 'Request body is not valid JSON'
          : exception.message;
      return {
        statusCode,
        code: codeByStatus[statusCode] ?? `HTTP_${statusCode}`,
        message,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      message: 'An unexpected error occurred',
    };
  }
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (
    typeof response === 'object' &&
    response !== null &&
    'message' in response
  ) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return exception.message;
}

/** body-parser errors (malformed JSON, too large) carry an HTTP status of their own. */
function isBodyParserError(
  error: unknown,
): error is Error & { status: number; type: string } {
  if (!(error instanceof Error)) return false;
  const { status, type } = error as Error & {
    status?: unknown;
    type?: unknown;
  };
  return (
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    typeof type === 'string'
  );
}
