import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Inbox of job ids whose effect has been committed: the guard that makes retries harmless. */
@Entity({ name: 'processed_jobs' })
export class ProcessedJobEntity {
  @PrimaryColumn({ name: 'job_id', type: 'varchar', length: 256 })
  jobId!: string;

  @Column({ type: 'varchar', length: 64 })
  queue!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
