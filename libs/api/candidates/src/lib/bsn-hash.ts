import { createHmac } from 'node:crypto';

/**
 * The keyed hash that stands in for a citizen number. Keyed, because the 10^9 possible numbers of
 * a plain hash can be enumerated in minutes from a leaked table; without the secret they cannot.
 */
export function bsnHash(secret: string, bsn: string): string {
  return createHmac('sha256', secret).update(bsn).digest('hex');
}
