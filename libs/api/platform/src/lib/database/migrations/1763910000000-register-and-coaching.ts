import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of the candidate profile (legal ground, location, region, experience, sectors, consent
 * scope, erasure), register imports streamed by the worker (the upload kept in chunks so any
 * worker can read it back in bounded memory, errors per row and field), and the jobcoach's record:
 * contacts, goals, hours per week and the evaluations after a placement starts.
 */
export class RegisterAndCoaching1763910000000 implements MigrationInterface {
  name = 'RegisterAndCoaching1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "candidates"
        ADD "legal_ground" varchar(40),
        ADD "latitude" numeric(9,6),
        ADD "longitude" numeric(9,6),
        ADD "labour_market_region" varchar(40),
        ADD "work_experience" text,
        ADD "preferred_sectors" text[] NOT NULL DEFAULT '{}',
        ADD "consent_scope" varchar(40),
        ADD "placement_start_date" date,
        ADD "placement_hours_per_week" numeric(4,1),
        ADD "erased_at" timestamptz,
        ADD "completeness_score" smallint NOT NULL DEFAULT 0`);
    await q.query(
      `CREATE INDEX "ix_candidates_organisation_status" ON "candidates" ("organisation_id", "status")`,
    );
    await q.query(`
      CREATE TABLE "register_imports" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_register_imports_organisation" REFERENCES "organisations" ("id"),
        "uploaded_by_user_id" uuid NOT NULL CONSTRAINT "fk_register_imports_user" REFERENCES "users" ("id"),
        "file_name" varchar(255) NOT NULL,
        "format" varchar(8) NOT NULL,
        "size_bytes" bigint NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'queued',
        "processed_rows" integer NOT NULL DEFAULT 0,
        "inserted_rows" integer NOT NULL DEFAULT 0,
        "updated_rows" integer NOT NULL DEFAULT 0,
        "unchanged_rows" integer NOT NULL DEFAULT 0,
        "error_rows" integer NOT NULL DEFAULT 0,
        "failure" varchar(500),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz
      )`);
    await q.query(
      `CREATE INDEX "ix_register_imports_organisation" ON "register_imports" ("organisation_id")`,
    );
    await q.query(`
      CREATE TABLE "register_import_chunks" (
        "import_id" uuid NOT NULL CONSTRAINT "fk_register_import_chunks_import" REFERENCES "register_imports" ("id") ON DELETE CASCADE,
        "seq" integer NOT NULL,
        "data" bytea NOT NULL,
        PRIMARY KEY ("import_id", "seq")
      )`);
    await q.query(`
      CREATE TABLE "register_import_errors" (
        "import_id" uuid NOT NULL CONSTRAINT "fk_register_import_errors_import" REFERENCES "register_imports" ("id") ON DELETE CASCADE,
        "row_number" integer NOT NULL,
        "field" varchar(40) NOT NULL,
        "reason" varchar(300) NOT NULL,
        PRIMARY KEY ("import_id", "row_number", "field")
      )`);
    await q.query(`
      CREATE TABLE "coaching_contacts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "candidate_id" uuid NOT NULL CONSTRAINT "fk_coaching_contacts_candidate" REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "coach_user_id" uuid NOT NULL CONSTRAINT "fk_coaching_contacts_coach" REFERENCES "users" ("id"),
        "contact_date" date NOT NULL,
        "type" varchar(20) NOT NULL,
        "notes" text,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_coaching_contacts_candidate" ON "coaching_contacts" ("candidate_id", "contact_date")`,
    );
    await q.query(`
      CREATE TABLE "coaching_goals" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "candidate_id" uuid NOT NULL CONSTRAINT "fk_coaching_goals_candidate" REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "title" varchar(200) NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'open',
        "progress_percent" smallint NOT NULL DEFAULT 0,
        "target_date" date,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_coaching_goals_candidate" ON "coaching_goals" ("candidate_id")`,
    );
    await q.query(`
      CREATE TABLE "coaching_hours" (
        "candidate_id" uuid NOT NULL CONSTRAINT "fk_coaching_hours_candidate" REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "week_start" date NOT NULL,
        "hours" numeric(5,2) NOT NULL,
        "coach_user_id" uuid NOT NULL CONSTRAINT "fk_coaching_hours_coach" REFERENCES "users" ("id"),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("candidate_id", "week_start")
      )`);
    await q.query(`
      CREATE TABLE "coaching_evaluations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "candidate_id" uuid NOT NULL CONSTRAINT "fk_coaching_evaluations_candidate" REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "milestone_months" smallint NOT NULL,
        "evaluation_date" date NOT NULL,
        "wellbeing" smallint NOT NULL,
        "workload_fit" smallint NOT NULL,
        "team_fit" smallint NOT NULL,
        "manager_support" smallint NOT NULL,
        "notes" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_coaching_evaluations_milestone" UNIQUE ("candidate_id", "milestone_months")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "coaching_evaluations"`);
    await q.query(`DROP TABLE "coaching_hours"`);
    await q.query(`DROP TABLE "coaching_goals"`);
    await q.query(`DROP TABLE "coaching_contacts"`);
    await q.query(`DROP TABLE "register_import_errors"`);
    await q.query(`DROP TABLE "register_import_chunks"`);
    await q.query(`DROP TABLE "register_imports"`);
    await q.query(`DROP INDEX "ix_candidates_organisation_status"`);
    await q.query(`
      ALTER TABLE "candidates"
        DROP COLUMN "completeness_score",
        DROP COLUMN "erased_at",
        DROP COLUMN "placement_hours_per_week",
        DROP COLUMN "placement_start_date",
        DROP COLUMN "consent_scope",
        DROP COLUMN "preferred_sectors",
        DROP COLUMN "work_experience",
        DROP COLUMN "labour_market_region",
        DROP COLUMN "longitude",
        DROP COLUMN "latitude",
        DROP COLUMN "legal_ground"`);
  }
}
