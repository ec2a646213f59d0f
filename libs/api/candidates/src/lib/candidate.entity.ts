import { decimalTransformer } from '@jcw/api-platform';
import type {
  Accommodation,
  ConsentScope,
  LabourMarketRegion,
  LegalGround,
  CandidateEducationLevel,
  CandidateStatus,
  LimitationLevels,
  TargetGroup,
  TravelMode,
} from '@jcw/shared-contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity, UserEntity } from '@jcw/api-identity';

@Entity({ name: 'candidates' })
@Unique('uq_candidates_organisation_bsn', ['organisationId', 'bsnHash'])
@Index('ix_candidates_jobcoach', ['jobcoachUserId'])
@Index('ix_candidates_organisation_status', ['organisationId', 'status'])
// Partial covering index of matchable people, written by the matching migration; TypeORM cannot
// express its INCLUDE and WHERE clauses.
@Index('ix_candidates_matchable', { synchronize: false })
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_candidates_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'bsn_hash', type: 'varchar', length: 64 })
  bsnHash!: string;

  @Column({ name: 'bsn_last3', type: 'varchar', length: 3 })
  bsnLast3!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ name: 'target_group', type: 'varchar', length: 40 })
  targetGroup!: TargetGroup;

  @Column({ name: 'register_start_date', type: 'date' })
  registerStartDate!: string;

  @Column({ name: 'register_end_date', type: 'date', nullable: true })
  registerEndDate!: string | null;

  @Column({ type: 'varchar', length: 7, nullable: true })
  postcode!: string | null;

  @Column({
    name: 'education_level',
    type: 'varchar',
    length: 8,
    nullable: true,
  })
  educationLevel!: CandidateEducationLevel | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  limitations!: LimitationLevels;

  @Column({
    name: 'max_hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: decimalTransformer,
  })
  maxHoursPerWeek!: number | null;

  @Column({
    name: 'max_hours_per_day',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: decimalTransformer,
  })
  maxHoursPerDay!: number | null;

  @Column({ name: 'evenings_allowed', type: 'boolean', default: false })
  eveningsAllowed!: boolean;

  @Column({ name: 'nights_allowed', type: 'boolean', default: false })
  nightsAllowed!: boolean;

  @Column({ name: 'weekends_allowed', type: 'boolean', default: false })
  weekendsAllowed!: boolean;

  @Column({ name: 'travel_radius_km', type: 'integer', nullable: true })
  travelRadiusKm!: number | null;

  @Column({ name: 'travel_mode', type: 'varchar', length: 24, nullable: true })
  travelMode!: TravelMode | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accommodations!: Accommodation[];

  @Column({ name: 'wage_value_percent', type: 'integer', nullable: true })
  wageValuePercent!: number | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'available' })
  status!: CandidateStatus;

  @Column({ name: 'consent_given', type: 'boolean', default: false })
  consentGiven!: boolean;

  @Column({ name: 'consent_date', type: 'timestamptz', nullable: true })
  consentDate!: Date | null;

  /** What the consent covers; today only sharing the pseudonymised profile with managers. */
  @Column({
    name: 'consent_scope',
    type: 'varchar',
    length: 40,
    nullable: true,
  })
  consentScope!: ConsentScope | null;

  /** The register's legal ground (e.g. a UWV assessment or the practical route). */
  @Column({ name: 'legal_ground', type: 'varchar', length: 40, nullable: true })
  legalGround!: LegalGround | null;

  @Column({
    type: 'numeric',
    precision: 9,
    scale: 6,
    nullable: true,
    transformer: decimalTransformer,
  })
  latitude!: number | null;

  @Column({
    type: 'numeric',
    precision: 9,
    scale: 6,
    nullable: true,
    transformer: decimalTransformer,
  })
  longitude!: number | null;

  @Column({
    name: 'labour_market_region',
    type: 'varchar',
    length: 40,
    nullable: true,
  })
  labourMarketRegion!: LabourMarketRegion | null;

  @Column({ name: 'work_experience', type: 'text', nullable: true })
  workExperience!: string | null;

  @Column({
    name: 'preferred_sectors',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  preferredSectors!: string[];

  /**
   * The current placement as the jobcoach knows it, which dates the evaluations (1, 3, 6 and 12
   * months) and sizes the coaching-hours norm until placements are recorded as such.
   */
  @Column({ name: 'placement_start_date', type: 'date', nullable: true })
  placementStartDate!: string | null;

  @Column({
    name: 'placement_hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: decimalTransformer,
  })
  placementHoursPerWeek!: number | null;

  /** Derived from the profile on every write, stored so lists can filter and sort on it. */
  @Column({ name: 'completeness_score', type: 'smallint', default: 0 })
  completenessScore!: number;

  /** Set by erasure: the row then keeps only the id, organisation, target group and dates. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @Column({ name: 'jobcoach_user_id', type: 'uuid', nullable: true })
  jobcoachUserId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'jobcoach_user_id',
    foreignKeyConstraintName: 'fk_candidates_jobcoach',
  })
  jobcoach?: UserEntity | null;

  /** Bumped on every change; the outbox job id of a re-score will carry it (matching). */
  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
