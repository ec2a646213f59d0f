import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { decimalTransformer } from '@jcw/api-platform';
import { OrganisationEntity, UserEntity } from '@jcw/api-identity';
import type { PaidHoursSource } from '@jcw/shared-contracts';

/** An organisation's paid hours of all staff in a year and its optional explicit target. */
@Entity({ name: 'organisation_quota_years' })
@Check(
  'ck_organisation_quota_years_hours',
  '"total_paid_hours" IS NULL OR "total_paid_hours" >= 0',
)
@Check(
  'ck_organisation_quota_years_target',
  '"explicit_target_jobs" IS NULL OR "explicit_target_jobs" >= 0',
)
export class OrganisationQuotaYearEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_organisation_quota_years_organisation',
  })
  organisation?: OrganisationEntity;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({
    name: 'total_paid_hours',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  totalPaidHours!: number | null;

  @Column({
    name: 'paid_hours_source',
    type: 'varchar',
    length: 16,
    nullable: true,
  })
  paidHoursSource!: PaidHoursSource | null;

  @Column({
    name: 'explicit_target_jobs',
    type: 'numeric',
    precision: 10,
    scale: 3,
    nullable: true,
    transformer: decimalTransformer,
  })
  explicitTargetJobs!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'updated_by_user_id',
    foreignKeyConstraintName: 'fk_organisation_quota_years_user',
  })
  updatedBy?: UserEntity;
}

export const QUOTA_ENTITIES = [OrganisationQuotaYearEntity] as const;
