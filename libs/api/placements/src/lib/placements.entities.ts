import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { decimalTransformer } from '@jcw/api-platform';
import {
  OrgUnitEntity,
  OrganisationEntity,
  UserEntity,
} from '@jcw/api-identity';
import { CandidateEntity } from '@jcw/api-candidates';
import { CarvedPackageEntity } from '@jcw/api-carving';
import type {
  ContractKind,
  CountingInterval,
  EndReason,
  LedgerEntryKind,
  PlacementMethod,
  TargetGroup,
} from '@jcw/shared-contracts';

/** A candidate at work, counted for `organisationId` (the hiring organisation for hired-in work). */
@Entity({ name: 'placements' })
@Check('ck_placements_end', '"end_date" IS NULL OR "end_date" >= "start_date"')
@Check(
  'ck_placements_planned_end',
  '"planned_end_date" IS NULL OR "planned_end_date" >= "start_date"',
)
@Check(
  'ck_placements_end_reason',
  '("end_date" IS NULL) = ("end_reason" IS NULL)',
)
@Index('ix_placements_organisation', ['organisationId', 'startDate'])
@Index('ix_placements_candidate', ['candidateId'])
@Index('ix_placements_package', ['packageId'])
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_placements_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({
    name: 'unit_id',
    foreignKeyConstraintName: 'fk_placements_unit',
  })
  unit?: OrgUnitEntity;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity)
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_placements_candidate',
  })
  candidate?: CandidateEntity;

  @Column({ name: 'package_id', type: 'uuid', nullable: true })
  packageId!: string | null;

  @ManyToOne(() => CarvedPackageEntity)
  @JoinColumn({
    name: 'package_id',
    foreignKeyConstraintName: 'fk_placements_package',
  })
  package?: CarvedPackageEntity;

  @Column({ type: 'varchar', length: 16 })
  method!: PlacementMethod;

  @Column({ name: 'contract_kind', type: 'varchar', length: 16 })
  contractKind!: ContractKind;

  @Column({ name: 'lender_name', type: 'varchar', length: 200, nullable: true })
  lenderName!: string | null;

  @Column({ name: 'team_name', type: 'varchar', length: 120, nullable: true })
  teamName!: string | null;

  @Column({
    name: 'team_leader_name',
    type: 'varchar',
    length: 120,
    nullable: true,
  })
  teamLeaderName!: string | null;

  @Column({ name: 'jobcoach_user_id', type: 'uuid', nullable: true })
  jobcoachUserId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'jobcoach_user_id',
    foreignKeyConstraintName: 'fk_placements_jobcoach',
  })
  jobcoach?: UserEntity;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'planned_end_date', type: 'date', nullable: true })
  plannedEndDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 24, nullable: true })
  endReason!: EndReason | null;

  @Column({ name: 'end_note', type: 'varchar', length: 500, nullable: true })
  endNote!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'created_by_user_id',
    foreignKeyConstraintName: 'fk_placements_created_by',
  })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => PlacementHoursEntity, (hours) => hours.placement)
  hoursHistory?: PlacementHoursEntity[];
}

/** Weekly contract hours from `effectiveFrom` until the next step of the same placement. */
@Entity({ name: 'placement_hours' })
@Check('ck_placement_hours_positive', '"hours_per_week" > 0')
export class PlacementHoursEntity {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' })
  placementId!: string;

  @ManyToOne(() => PlacementEntity, (placement) => placement.hoursHistory)
  @JoinColumn({
    name: 'placement_id',
    foreignKeyConstraintName: 'fk_placement_hours_placement',
  })
  placement?: PlacementEntity;

  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: decimalTransformer,
  })
  hoursPerWeek!: number;
}

/**
 * One append-only line of the quota ledger. It carries the placement's counting keys and its
 * complete counting intervals after the change, so the newest line per placement is all a
 * rebuild needs, and every figure can be explained by the lines behind it.
 */
@Entity({ name: 'quota_ledger' })
@Index('ix_quota_ledger_placement', ['placementId', 'id'])
@Index('ix_quota_ledger_organisation', ['organisationId', 'id'])
export class QuotaLedgerEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId!: string;

  @ManyToOne(() => PlacementEntity)
  @JoinColumn({
    name: 'placement_id',
    foreignKeyConstraintName: 'fk_quota_ledger_placement',
  })
  placement?: PlacementEntity;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: PlacementMethod;

  @Column({ name: 'target_group', type: 'varchar', length: 40 })
  targetGroup!: TargetGroup;

  @Column({ type: 'varchar', length: 24 })
  kind!: LedgerEntryKind;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'jsonb' })
  intervals!: CountingInterval[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}

/**
 * The counter: on `effectiveDate` the weekly hours counting for this key change by `hoursDelta`.
 * A stand at a date is the sum of the deltas up to it; a year total weights each delta by the
 * days it holds in the year. Kept in hours (exact numerics) and divided by 25.5 only when read.
 */
@Entity({ name: 'quota_counter_deltas' })
export class QuotaCounterDeltaEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  method!: PlacementMethod;

  @PrimaryColumn({ name: 'target_group', type: 'varchar', length: 40 })
  targetGroup!: TargetGroup;

  @Column({
    name: 'hours_delta',
    type: 'numeric',
    precision: 14,
    scale: 2,
    transformer: decimalTransformer,
  })
  hoursDelta!: number;
}

export const PLACEMENT_ENTITIES = [
  PlacementEntity,
  PlacementHoursEntity,
  QuotaLedgerEntryEntity,
  QuotaCounterDeltaEntity,
] as const;
