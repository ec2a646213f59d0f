import { ApiFailure } from '@jcw/web-shared-util';
import { IdempotencyKey, newIdempotencyKey } from './idempotency-key';

const UUID_V4 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function failed(status: number): { ok: false; failure: ApiFailure } {
  return {
    ok: false,
    failure: {
      status,
      code: null,
      message: null,
      fieldErrors: {},
      otherErrors: [],
      retryAfterSeconds: null,
    },
  };
}

function counting() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('the idempotency key of a form', () => {
  it('is a version 4 UUID, also where crypto.randomUUID is missing (plain HTTP)', () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
    const bytesOnly = {
      getRandomValues: globalThis.crypto.getRandomValues.bind(
        globalThis.crypto,
      ),
    };
    expect(newIdempotencyKey(bytesOnly)).toMatch(UUID_V4);
  });

  it('stays the same when the answer got lost, so sending again is the same submission', () => {
    const key = new IdempotencyKey(counting());
    key.settle(failed(0));
    key.settle(failed(503));
    key.settle(failed(408));
    expect(key.value).toBe('key-1');
  });

  it('is new after a success: the next submission records something else', () => {
    const key = new IdempotencyKey(counting());
    key.settle({ ok: true, value: {} });
    expect(key.value).toBe('key-2');
  });

  it('is new after a refusal, so the corrected form is not answered with the old refusal', () => {
    const key = new IdempotencyKey(counting());
    key.settle(failed(409));
    expect(key.value).toBe('key-2');
    key.settle(failed(400));
    expect(key.value).toBe('key-3');
  });
});
