import { decimalTransformer } from '@jcw/api-platform';
import type {
  CarvingFeedbackDto,
  NearMissDto,
  NotificationKind,
  ProposalStatus,
  RejectionReason,
  ScorePartDto,
} from '@jcw/shared-contracts';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import {
  OrgUnitEntity,
  OrganisationEntity,
  UserEntity,
} from '@jcw/api-identity';
import { CandidateEntity } from '@jcw/api-candidates';
import { CarvedPackageEntity } from '@jcw/api-carving';
import { PlacementEntity } from '@jcw/api-placements';

/** Near misses as stored: the constraint without the names, which are read when shown. */
export type StoredNearMiss = Omit<NearMissDto, 'pseudonym' | 'candidateName'>;

export type StoredCarvingFeedback = Pick<
  CarvingFeedbackDto,
  'feasibleNow' | 'tasks'
>;

/** The last scoring run of a package: which version it scored, and what it found. */
@Entity({ name: 'match_runs' })
export class MatchRunEntity {
  @PrimaryColumn({ name: 'package_id', type: 'uuid' })
  packageId!: string;

  @ManyToOne(() => CarvedPackageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'package_id',
    foreignKeyConstraintName: 'fk_match_runs_package',
  })
  pkg?: CarvedPackageEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_match_runs_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'package_version', type: 'integer' })
  packageVersion!: number;

  @Column({ name: 'engine_version', type: 'varchar', length: 16 })
  engineVersion!: string;

  @Column({ name: 'pool_size', type: 'integer' })
  poolSize!: number;

  @Column({ name: 'feasible_count', type: 'integer' })
  feasibleCount!: number;

  @Column({ name: 'near_misses', type: 'jsonb', default: () => "'[]'" })
  nearMisses!: StoredNearMiss[];

  @Column({ name: 'carving_feedback', type: 'jsonb' })
  carvingFeedback!: StoredCarvingFeedback;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;
}

/** One feasible pair with its explained score; replaced as a whole per package or candidate. */
@Entity({ name: 'matches' })
@Check('ck_matches_score', '"score" >= 0 AND "score" <= 100')
@Index('ix_matches_ranked', ['packageId', 'score', 'candidateId'])
@Index('ix_matches_candidate', ['candidateId', 'score'])
export class MatchEntity {
  @PrimaryColumn({ name: 'package_id', type: 'uuid' })
  packageId!: string;

  @ManyToOne(() => CarvedPackageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'package_id',
    foreignKeyConstraintName: 'fk_matches_package',
  })
  pkg?: CarvedPackageEntity;

  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_matches_candidate',
  })
  candidate?: CandidateEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_matches_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: decimalTransformer,
  })
  score!: number;

  @Column({ type: 'jsonb' })
  parts!: ScorePartDto[];

  @Column({
    name: 'distance_km',
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: decimalTransformer,
  })
  distanceKm!: number;

  @Column({ name: 'engine_version', type: 'varchar', length: 16 })
  engineVersion!: string;

  @Column({ name: 'package_version', type: 'integer' })
  packageVersion!: number;

  @Column({ name: 'candidate_version', type: 'integer' })
  candidateVersion!: number;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;
}

@Entity({ name: 'proposals' })
@Check(
  'ck_proposals_status',
  `"status" IN ('proposed', 'accepted', 'rejected', 'withdrawn')`,
)
@Check(
  'ck_proposals_accepted',
  `("status" = 'accepted') = ("placement_id" IS NOT NULL)`,
)
@Check(
  'ck_proposals_rejected',
  `("status" = 'rejected') = ("rejection_reason" IS NOT NULL)`,
)
// Partial unique index written by the migration; TypeORM cannot express its WHERE clause.
@Index('uq_proposals_open', { synchronize: false })
@Index('ix_proposals_unit', [
  'organisationId',
  'unitId',
  'status',
  'proposedAt',
])
@Index('ix_proposals_candidate', ['candidateId'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_proposals_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'package_id', type: 'uuid' })
  packageId!: string;

  @ManyToOne(() => CarvedPackageEntity)
  @JoinColumn({
    name: 'package_id',
    foreignKeyConstraintName: 'fk_proposals_package',
  })
  pkg?: CarvedPackageEntity;

  @Column({ name: 'package_version', type: 'integer' })
  packageVersion!: number;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({
    name: 'unit_id',
    foreignKeyConstraintName: 'fk_proposals_unit',
  })
  unit?: OrgUnitEntity;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity)
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_proposals_candidate',
  })
  candidate?: CandidateEntity;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status!: ProposalStatus;

  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: decimalTransformer,
  })
  score!: number;

  @Column({ type: 'jsonb' })
  parts!: ScorePartDto[];

  @Column({ name: 'engine_version', type: 'varchar', length: 16 })
  engineVersion!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  motivation!: string | null;

  @Column({ name: 'proposed_by_user_id', type: 'uuid' })
  proposedByUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'proposed_by_user_id',
    foreignKeyConstraintName: 'fk_proposals_proposed_by',
  })
  proposedBy?: UserEntity;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'decided_by_user_id',
    foreignKeyConstraintName: 'fk_proposals_decided_by',
  })
  decidedBy?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({
    name: 'rejection_reason',
    type: 'varchar',
    length: 32,
    nullable: true,
  })
  rejectionReason!: RejectionReason | null;

  @Column({
    name: 'rejection_note',
    type: 'varchar',
    length: 1000,
    nullable: true,
  })
  rejectionNote!: string | null;

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId!: string | null;

  @ManyToOne(() => PlacementEntity)
  @JoinColumn({
    name: 'placement_id',
    foreignKeyConstraintName: 'fk_proposals_placement',
  })
  placement?: PlacementEntity;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

@Entity({ name: 'notifications' })
@Unique('uq_notifications_dedupe', ['recipientUserId', 'dedupeKey'])
@Index('ix_notifications_recipient', ['recipientUserId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_notifications_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'recipient_user_id',
    foreignKeyConstraintName: 'fk_notifications_recipient',
  })
  recipient?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  /** One notification per recipient and key: a repeated spotlight or decision notifies once. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 120 })
  dedupeKey!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'created_by_user_id',
    foreignKeyConstraintName: 'fk_notifications_created_by',
  })
  createdBy?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

export const MATCHING_ENTITIES = [
  MatchRunEntity,
  MatchEntity,
  ProposalEntity,
  NotificationEntity,
];
