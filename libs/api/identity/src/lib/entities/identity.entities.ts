import { decimalTransformer } from '@jcw/api-platform';
import type { Role, Sector, UnitKind } from '@jcw/shared-contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

// Relations are declared only so the foreign keys (named as in the migration) are part of the
// schema the drift check compares; services work with the id columns.

@Entity({ name: 'organisations' })
@Unique('uq_organisations_payroll_tax_number', ['payrollTaxNumber'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  sector!: Sector;

  @Column({ name: 'payroll_tax_number', type: 'varchar', length: 12 })
  payrollTaxNumber!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Smallest carved package in hours per week this organisation allows (product default 4). */
  @Column({
    name: 'package_min_hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    default: 4,
    transformer: decimalTransformer,
  })
  packageMinHoursPerWeek!: number;

  /** Largest carved package in hours per week (product default 40). */
  @Column({
    name: 'package_max_hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    default: 40,
    transformer: decimalTransformer,
  })
  packageMaxHoursPerWeek!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'org_units' })
@Index('ix_org_units_organisation', ['organisationId'])
@Index('ix_org_units_parent', ['parentId'])
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_org_units_organisation',
  })
  organisation?: OrganisationEntity;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({
    name: 'parent_id',
    foreignKeyConstraintName: 'fk_org_units_parent',
  })
  parent?: OrgUnitEntity | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: UnitKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'users' })
@Index('uq_users_email', ['email'], { unique: true })
@Index('ix_users_organisation', ['organisationId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_users_organisation',
  })
  organisation?: OrganisationEntity | null;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_users_unit' })
  unit?: OrgUnitEntity | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'refresh_tokens' })
@Unique('uq_refresh_tokens_token_hash', ['tokenHash'])
@Index('ix_refresh_tokens_family', ['familyId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'user_id',
    foreignKeyConstraintName: 'fk_refresh_tokens_user',
  })
  user?: UserEntity;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'audit_log' })
@Index('ix_audit_log_organisation_id', ['organisationId', 'id'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'bigint', generated: 'increment' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 64, nullable: true })
  entityType!: string | null;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Column({
    name: 'changed_fields',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  changedFields!: string[];

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;
}

export const identityEntities = [
  OrganisationEntity,
  OrgUnitEntity,
  UserEntity,
  RefreshTokenEntity,
  AuditEntryEntity,
];
