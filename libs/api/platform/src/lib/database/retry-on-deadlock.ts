import { QueryFailedError } from 'typeorm';

/** PostgreSQL aborted the transaction to break a lock cycle, or to keep it serializable. */
const RETRYABLE_CODES = new Set(['40P01', '40001']);

export function isRetryableTransactionFailure(error: unknown): boolean {
  const code = (error as QueryFailedError & { driverError?: { code?: string } })
    ?.driverError?.code;
  return error instanceof QueryFailedError && RETRYABLE_CODES.has(code ?? '');
}

/**
 * Runs a whole transaction again when PostgreSQL chose it as the victim of a deadlock (or a
 * serialization failure): nothing of it committed, so running it again is safe, and the caller gets
 * an answer instead of a 500. Lock ordering should make this rare; this is the safety net.
 */
export async function retryOnDeadlock<T>(
  transaction: () => Promise<T>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionFailure(error))
        throw error;
      await new Promise((resolve) =>
        setTimeout(resolve, 10 * attempt + Math.random() * 20),
      );
    }
  }
}
