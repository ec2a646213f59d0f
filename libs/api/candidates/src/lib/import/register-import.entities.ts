import type { RegisterImportStatus } from '@jcw/shared-contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity, UserEntity } from '@jcw/api-identity';

/** bigint columns come back from pg as strings; a file size fits a JS number. */
const bigintNumber = {
  to: (value: number) => value,
  from: (value: string) => Number(value),
};

/**
 * One uploaded register file and its progress. The counters and `processed_rows` (the checkpoint:
 * data rows read, header not counted) move in the same transaction as each batch's upserts, so a
 * killed worker's successor resumes exactly where the last commit left off.
 */
@Entity({ name: 'register_imports' })
@Index('ix_register_imports_organisation', ['organisationId'])
export class RegisterImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_register_imports_organisation',
  })
  organisation?: OrganisationEntity;

  @Column({ name: 'uploaded_by_user_id', type: 'uuid' })
  uploadedByUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'uploaded_by_user_id',
    foreignKeyConstraintName: 'fk_register_imports_user',
  })
  uploadedBy?: UserEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: 'csv' | 'xlsx';

  @Column({ name: 'size_bytes', type: 'bigint', transformer: bigintNumber })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: RegisterImportStatus;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows!: number;

  @Column({ name: 'inserted_rows', type: 'integer', default: 0 })
  insertedRows!: number;

  @Column({ name: 'updated_rows', type: 'integer', default: 0 })
  updatedRows!: number;

  @Column({ name: 'unchanged_rows', type: 'integer', default: 0 })
  unchangedRows!: number;

  @Column({ name: 'error_rows', type: 'integer', default: 0 })
  errorRows!: number;

  /** Why the whole import stopped; never row data. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  failure!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/**
 * The uploaded file in 1 MiB pieces, so any worker can stream it back one piece at a time without
 * a shared disk. Removed once the import has finished: the file holds citizen numbers in plain text.
 */
@Entity({ name: 'register_import_chunks' })
export class RegisterImportChunkEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @ManyToOne(() => RegisterImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'import_id',
    foreignKeyConstraintName: 'fk_register_import_chunks_import',
  })
  import?: RegisterImportEntity;

  @Column({ type: 'bytea' })
  data!: Buffer;
}

/** One problem of one row; at most one reason per field, without the cell's value. */
@Entity({ name: 'register_import_errors' })
export class RegisterImportErrorEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @PrimaryColumn({ name: 'row_number', type: 'integer' })
  rowNumber!: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  field!: string;

  @ManyToOne(() => RegisterImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'import_id',
    foreignKeyConstraintName: 'fk_register_import_errors_import',
  })
  import?: RegisterImportEntity;

  @Column({ type: 'varchar', length: 300 })
  reason!: string;
}

export const REGISTER_IMPORT_ENTITIES = [
  RegisterImportEntity,
  RegisterImportChunkEntity,
  RegisterImportErrorEntity,
];
