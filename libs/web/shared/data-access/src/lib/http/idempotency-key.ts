import { Outcome } from '@jcw/web-shared-util';

/** The header the API reads to recognise a repeated write (`POST`/`PATCH` of placements). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

type RandomSource = Pick<Crypto, 'getRandomValues'> &
  Partial<Pick<Crypto, 'randomUUID'>>;

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and the app may
 * be served over plain HTTP inside an organisation's network, so it falls back to random bytes.
 */
export function newIdempotencyKey(
  random: RandomSource = globalThis.crypto,
): string {
  if (typeof random.randomUUID === 'function') {
    return random.randomUUID();
  }
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/**
 * The key of one form's submission. It stays the same while the outcome of a submission is
 * unknown - no answer (offline, timeout) or a server error, after which the write may or may not
 * have been applied - so sending the form again cannot record the placement twice. A success or
 * a refusal (4xx: nothing was written) ends the submission; the next one gets a new key, so a
 * corrected form is never answered with the stored reply to the old one.
 */
export class IdempotencyKey {
  private current: string;

  constructor(private readonly generate: () => string = newIdempotencyKey) {
    this.current = generate();
  }

  get value(): string {
    return this.current;
  }

  settle(outcome: Outcome<unknown>): void {
    if (outcome.ok || isRefusal(outcome.failure.status)) {
      this.current = this.generate();
    }
  }
}

/** 4xx except 408 (a timeout says nothing about whether the write happened). */
function isRefusal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408;
}
