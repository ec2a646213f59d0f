import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A ping travels API -> outbox -> BullMQ -> worker and counts how often its effect was applied;
 * operators use it to prove the whole chain works, the tests to prove "exactly once".
 */
@Entity({ name: 'platform_pings' })
export class PlatformPingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ name: 'effect_count', type: 'integer', default: 0 })
  effectCount!: number;
}
