import { decimalTransformer } from '@jcw/api-platform';
import type {
  Accommodation,
  DemandLevels,
  PackageDto,
  PackageStatus,
  ScanTaskEntry,
  Sector,
  TemplateTaskDto,
} from '@jcw/shared-contracts';
import type { EducationLevel, TaskFrequency } from '@jcw/shared-domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  OrgUnitEntity,
  OrganisationEntity,
  UserEntity,
} from '@jcw/api-identity';

/** A regular function in a unit, the source of carved tasks and of the freed hours' value. */
@Entity({ name: 'carving_functions' })
@Index('ix_carving_functions_organisation', ['organisationId'])
export class CarvingFunctionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_carving_functions_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({
    name: 'unit_id',
    foreignKeyConstraintName: 'fk_carving_functions_unit',
  })
  unit?: OrgUnitEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'pay_scale', type: 'varchar', length: 40, nullable: true })
  payScale!: string | null;

  @Column({
    name: 'employer_cost_per_hour',
    type: 'numeric',
    precision: 8,
    scale: 2,
    transformer: decimalTransformer,
  })
  employerCostPerHour!: number;

  @Column({ name: 'employee_count', type: 'integer' })
  employeeCount!: number;

  @Column({
    name: 'contract_hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: decimalTransformer,
  })
  contractHoursPerWeek!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'carving_tasks' })
@Index('ix_carving_tasks_function', ['functionId'])
@Check('ck_carving_tasks_hours', '"hours_per_week" > 0')
export class CarvingTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'function_id', type: 'uuid' })
  functionId!: string;

  @ManyToOne(() => CarvingFunctionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'function_id',
    foreignKeyConstraintName: 'fk_carving_tasks_function',
  })
  function?: CarvingFunctionEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 6,
    scale: 2,
    transformer: decimalTransformer,
  })
  hoursPerWeek!: number;

  @Column({ type: 'varchar', length: 16 })
  frequency!: TaskFrequency;

  @Column({ name: 'window_from', type: 'varchar', length: 5, nullable: true })
  windowFrom!: string | null;

  @Column({ name: 'window_until', type: 'varchar', length: 5, nullable: true })
  windowUntil!: string | null;

  @Column({ type: 'varchar', length: 8 })
  complexity!: EducationLevel;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  demands!: DemandLevels;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  @Column({ name: 'left_undone', type: 'boolean', default: false })
  leftUndone!: boolean;

  @Column({ type: 'boolean', default: false })
  solitary!: boolean;

  @Column({ type: 'boolean', default: false })
  evenings!: boolean;

  @Column({ type: 'boolean', default: false })
  nights!: boolean;

  @Column({ type: 'boolean', default: false })
  weekends!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'carved_packages' })
@Check(
  'ck_carved_packages_workplace',
  '("workplace_latitude" IS NULL) = ("workplace_longitude" IS NULL)',
)
@Index('ix_carved_packages_organisation', ['organisationId'])
export class CarvedPackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_carved_packages_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({
    name: 'unit_id',
    foreignKeyConstraintName: 'fk_carved_packages_unit',
  })
  unit?: OrgUnitEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: PackageStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({
    name: 'carved_job_pay_scale',
    type: 'varchar',
    length: 40,
    nullable: true,
  })
  carvedJobPayScale!: string | null;

  @Column({
    name: 'carved_job_cost_per_hour',
    type: 'numeric',
    precision: 8,
    scale: 2,
    transformer: decimalTransformer,
  })
  carvedJobCostPerHour!: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({
    name: 'workplace_postcode',
    type: 'varchar',
    length: 7,
    nullable: true,
  })
  workplacePostcode!: string | null;

  @Column({
    name: 'workplace_latitude',
    type: 'numeric',
    precision: 9,
    scale: 6,
    nullable: true,
    transformer: decimalTransformer,
  })
  workplaceLatitude!: number | null;

  @Column({
    name: 'workplace_longitude',
    type: 'numeric',
    precision: 9,
    scale: 6,
    nullable: true,
    transformer: decimalTransformer,
  })
  workplaceLongitude!: number | null;

  @Column({
    name: 'accommodations_offered',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  accommodationsOffered!: Accommodation[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Hours of one task in the current version of a package; a task can be spread over packages. */
@Entity({ name: 'package_allocations' })
@Index('ix_package_allocations_task', ['taskId'])
@Check('ck_package_allocations_hours', '"hours_per_week" > 0')
export class PackageAllocationEntity {
  @PrimaryColumn({ name: 'package_id', type: 'uuid' })
  packageId!: string;

  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => CarvedPackageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'package_id',
    foreignKeyConstraintName: 'fk_package_allocations_package',
  })
  package?: CarvedPackageEntity;

  @ManyToOne(() => CarvingTaskEntity)
  @JoinColumn({
    name: 'task_id',
    foreignKeyConstraintName: 'fk_package_allocations_task',
  })
  task?: CarvingTaskEntity;

  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 6,
    scale: 2,
    transformer: decimalTransformer,
  })
  hoursPerWeek!: number;
}

/** A published version as it was read then, kept readable after later edits. */
@Entity({ name: 'package_versions' })
export class PackageVersionEntity {
  @PrimaryColumn({ name: 'package_id', type: 'uuid' })
  packageId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @ManyToOne(() => CarvedPackageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'package_id',
    foreignKeyConstraintName: 'fk_package_versions_package',
  })
  package?: CarvedPackageEntity;

  @Column({ type: 'jsonb' })
  snapshot!: PackageDto;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

/** Installation-wide model packages; they carry no organisation names or costs. */
@Entity({ name: 'package_templates' })
export class PackageTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  sector!: Sector | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  source!: string | null;

  @Column({ type: 'jsonb' })
  tasks!: TemplateTaskDto[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One pass of the government's step-by-step guide over a unit. */
@Entity({ name: 'unit_scans' })
@Index('ix_unit_scans_unit', ['unitId'])
export class UnitScanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({
    name: 'unit_id',
    foreignKeyConstraintName: 'fk_unit_scans_unit',
  })
  unit?: OrgUnitEntity;

  @Column({ name: 'core_tasks', type: 'text', array: true })
  coreTasks!: string[];

  @Column({ name: 'tasks_left_undone', type: 'jsonb' })
  tasksLeftUndone!: ScanTaskEntry[];

  @Column({ name: 'tasks_below_education_level', type: 'jsonb' })
  tasksBelowEducationLevel!: ScanTaskEntry[];

  @Column({
    name: 'overtime_hours_per_week',
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: decimalTransformer,
  })
  overtimeHoursPerWeek!: number;

  @Column({
    name: 'temporary_staff_hours_per_week',
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: decimalTransformer,
  })
  temporaryStaffHoursPerWeek!: number;

  @Column({ name: 'experienced_workload', type: 'smallint' })
  experiencedWorkload!: 1 | 2 | 3 | 4 | 5;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The legal figures of a year, edited by admins with their source (the quota issue adds the
 * screens); carving reads them for the levy a package avoids.
 */
@Entity({ name: 'quota_year_parameters' })
export class QuotaYearParametersEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({
    name: 'quota_fraction',
    type: 'numeric',
    precision: 7,
    scale: 6,
    transformer: decimalTransformer,
  })
  quotaFraction!: number;

  @Column({
    name: 'levy_per_unfilled_job',
    type: 'numeric',
    precision: 10,
    scale: 2,
    transformer: decimalTransformer,
  })
  levyPerUnfilledJob!: number;

  @Column({ name: 'weeks_per_year', type: 'integer' })
  weeksPerYear!: number;

  @Column({ name: 'threshold_paid_hours', type: 'integer' })
  thresholdPaidHours!: number;

  @Column({ name: 'procurement_counts', type: 'boolean', default: false })
  procurementCounts!: boolean;

  @Column({ name: 'source_note', type: 'text' })
  sourceNote!: string;

  @Column({ name: 'to_confirm', type: 'boolean', default: false })
  toConfirm!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'updated_by_user_id',
    foreignKeyConstraintName: 'fk_quota_year_parameters_user',
  })
  updatedBy?: UserEntity;
}

export const CARVING_ENTITIES = [
  CarvingFunctionEntity,
  CarvingTaskEntity,
  CarvedPackageEntity,
  PackageAllocationEntity,
  PackageVersionEntity,
  PackageTemplateEntity,
  UnitScanEntity,
  QuotaYearParametersEntity,
] as const;
