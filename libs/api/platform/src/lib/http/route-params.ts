import { HttpStatus, ParseUUIDPipe } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

/**
 * The pipe for ids in a path. Anything but a v4 UUID answers 404, like an id of another
 * organisation, so a caller learns nothing from the shape of what they tried.
 */
export const uuidParam = new ParseUUIDPipe({
  version: '4',
  errorHttpStatusCode: HttpStatus.NOT_FOUND,
});

/** Documents the header of writes that replay a retried request (see `onceForKey`). */
export const ApiIdempotencyKeyHeader = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any 8-100 characters; a retry with the same key returns the first answer and changes nothing',
  });
