import {
  ArgumentsHost,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { PlatformErrorCode, PlatformException } from './domain.exception';
import {
  RequestValidationException,
  flattenValidationErrors,
} from './validation';

function respond(exception: unknown) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => response,
      getRequest: () => ({ method: 'GET', path: '/api/things/7' }),
    }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

describe('error body', () => {
  beforeAll(() =>
    jest.spyOn(console, 'error').mockImplementation(() => undefined),
  );

  it('maps a domain exception to its status and code', () => {
    expect(
      respond(
        new PlatformException(PlatformErrorCode.Conflict, 'already accepted'),
      ),
    ).toEqual({
      status: 409,
      body: { statusCode: 409, code: 'CONFLICT', message: 'already accepted' },
    });
  });

  it('lists the offending fields of a validation error', () => {
    const exception = new RequestValidationException([
      { field: 'tasks.0.hoursPerWeek', message: 'must be positive' },
    ]);
    expect(respond(exception)).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Invalid request: tasks.0.hoursPerWeek',
        details: [
          { field: 'tasks.0.hoursPerWeek', message: 'must be positive' },
        ],
      },
    });
  });

  it('turns Nest HTTP exceptions into the same shape', () => {
    expect(respond(new ForbiddenException()).body).toEqual({
      statusCode: 403,
      code: 'FORBIDDEN',
      message: 'Forbidden',
    });
    expect(
      respond(new NotFoundException('Cannot GET /api/things/7')).body,
    ).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'No route GET /api/things/7',
    });
  });

  it('hides the detail of an unexpected error behind a generic 500', () => {
    expect(respond(new Error('relation "candidates" does not exist'))).toEqual({
      status: 500,
      body: {
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: 'An unexpected error occurred',
      },
    });
  });

  it('flattens nested validation errors into dotted field paths', () => {
    expect(
      flattenValidationErrors([
        {
          property: 'tasks',
          children: [
            {
              property: '0',
              children: [
                {
                  property: 'hours',
                  constraints: { min: 'hours must not be less than 0' },
                },
              ],
            },
          ],
        },
      ]),
    ).toEqual([
      { field: 'tasks.0.hours', message: 'hours must not be less than 0' },
    ]);
  });
});
