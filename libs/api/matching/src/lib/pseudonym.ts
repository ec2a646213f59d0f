import { createHmac } from 'node:crypto';

/** Crockford's base32 without I, L, O and U: nothing a reader can mistake for another letter. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The name a manager knows a proposed person by: stable across proposals and notifications, so
 * a manager can recognise "K-7F3AQ2" again, but keyed with a secret, so it cannot be turned back
 * into the candidate's id.
 */
export function pseudonymOf(candidateId: string, secret: string): string {
  const digest = createHmac('sha256', secret)
    .update(`pseudonym:${candidateId}`)
    .digest();
  let code = '';
  for (let index = 0; index < 6; index++)
    code += ALPHABET[digest[index] % ALPHABET.length];
  return `K-${code}`;
}
