import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation tables: the transactional outbox, the processed-job inbox that makes job effects
 * happen once, the ping used to prove the queue end to end, and the record of applied seeds.
 */
export class PlatformFoundation1763870000000 implements MigrationInterface {
  name = 'PlatformFoundation1763870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "outbox_messages" (
        "id" bigserial PRIMARY KEY,
        "queue" varchar(64) NOT NULL,
        "job_name" varchar(128) NOT NULL,
        "job_id" varchar(256) NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "enqueued_at" timestamptz,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" varchar(500),
        CONSTRAINT "uq_outbox_messages_job_id" UNIQUE ("job_id")
      )`);
    // The drainer only ever looks for pending rows; a partial index keeps that scan tiny.
    await q.query(
      `CREATE INDEX "ix_outbox_messages_pending" ON "outbox_messages" ("id") WHERE "enqueued_at" IS NULL`,
    );
    await q.query(`
      CREATE TABLE "processed_jobs" (
        "job_id" varchar(256) PRIMARY KEY,
        "queue" varchar(64) NOT NULL,
        "processed_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "platform_pings" (
        "id" uuid PRIMARY KEY,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "processed_at" timestamptz,
        "effect_count" integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE "seed_runs" (
        "name" varchar(128) PRIMARY KEY,
        "applied_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "seed_runs"`);
    await q.query(`DROP TABLE "platform_pings"`);
    await q.query(`DROP TABLE "processed_jobs"`);
    await q.query(`DROP TABLE "outbox_messages"`);
  }
}
