import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per applied seed, so `seed` can run on every start and still apply each seed once. */
@Entity({ name: 'seed_runs' })
export class SeedRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' })
  appliedAt!: Date;
}
