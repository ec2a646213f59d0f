import { createHash } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../errors/domain.exception';

/** The first answer to a request sent with an `Idempotency-Key`, replayed to its retries. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'varchar', length: 100 })
  scope!: string;

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export class IdempotencyKeyException extends DomainException<
  'IDEMPOTENCY_KEY_INVALID' | 'IDEMPOTENCY_KEY_REUSED'
> {
  get httpStatus(): number {
    return this.code === 'IDEMPOTENCY_KEY_INVALID' ? 400 : 422;
  }
}

const KEY_PATTERN = /^[A-Za-z0-9._~-]{8,100}$/;

/** The request's `Idempotency-Key` header, or undefined when the client sent none. */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const header = context.switchToHttp().getRequest<{
      headers: Record<string, string | string[] | undefined>;
    }>().headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined) return undefined;
    if (!KEY_PATTERN.test(key)) {
      throw new IdempotencyKeyException(
        'IDEMPOTENCY_KEY_INVALID',
        'Idempotency-Key must be 8-100 characters of letters, digits, . _ ~ -',
        [
          {
            field: 'Idempotency-Key',
            message:
              'Idempotency-Key must be 8-100 characters of letters, digits, . _ ~ -',
          },
        ],
      );
    }
    return key;
  },
);

/**
 * Runs a write once per (user, key) inside the caller's transaction. The key row is inserted
 * first: a concurrent request with the same key blocks on it until the first commits, then finds
 * the stored answer and returns it unchanged. A failed write rolls the key back with it, so a
 * retry after an error runs again. The same key with a different request is refused (422).
 */
export async function onceForKey<T>(
  manager: EntityManager,
  request: {
    userId: string;
    key: string | undefined;
    scope: string;
    body: unknown;
  },
  work: () => Promise<T>,
): Promise<T> {
  if (request.key === undefined) return work();
  const fingerprint = createHash('sha256')
    .update(`${request.scope}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_keys (user_id, key, scope, fingerprint) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [request.userId, request.key, request.scope, fingerprint],
  );
  if (claimed.length === 0) {
    const [stored] = (await manager.query(
      `SELECT scope, fingerprint, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [request.userId, request.key],
    )) as { scope: string; fingerprint: string; response_body: T }[];
    if (stored.scope !== request.scope || stored.fingerprint !== fingerprint) {
      throw new IdempotencyKeyException(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for a different request',
        [
          {
            field: 'Idempotency-Key',
            message:
              'Idempotency-Key was already used for a different request; send a new key',
          },
        ],
      );
    }
    return stored.response_body;
  }
  const result = await work();
  await manager.query(
    `UPDATE idempotency_keys SET response_status = 200, response_body = $3 WHERE user_id = $1 AND key = $2`,
    [request.userId, request.key, JSON.stringify(result ?? null)],
  );
  return result;
}
