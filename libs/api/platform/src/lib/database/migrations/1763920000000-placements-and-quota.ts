import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements with their effective-dated weekly hours; the append-only quota ledger (each line
 * holds how its placement counts after the change, so the counter can always be rebuilt from it);
 * the counter itself as day-dated deltas of weekly hours per organisation, unit, method and target
 * group (a stand is a prefix sum, a year total a day-weighted sum); an organisation's paid hours
 * and target per year; who last edited a year's legal parameters; and the replay table that makes
 * `Idempotency-Key` retries return the first answer.
 */
export class PlacementsAndQuota1763920000000 implements MigrationInterface {
  name = 'PlacementsAndQuota1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "quota_year_parameters"
        ADD "updated_at" timestamptz,
        ADD "updated_by_user_id" uuid CONSTRAINT "fk_quota_year_parameters_user" REFERENCES "users" ("id")`);
    await q.query(`
      CREATE TABLE "organisation_quota_years" (
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_organisation_quota_years_organisation" REFERENCES "organisations" ("id"),
        "year" integer NOT NULL,
        "total_paid_hours" numeric(14,2),
        "paid_hours_source" varchar(16),
        "explicit_target_jobs" numeric(10,3),
        "note" varchar(500),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_by_user_id" uuid CONSTRAINT "fk_organisation_quota_years_user" REFERENCES "users" ("id"),
        CONSTRAINT "ck_organisation_quota_years_hours" CHECK ("total_paid_hours" IS NULL OR "total_paid_hours" >= 0),
        CONSTRAINT "ck_organisation_quota_years_target" CHECK ("explicit_target_jobs" IS NULL OR "explicit_target_jobs" >= 0),
        PRIMARY KEY ("organisation_id", "year")
      )`);
    await q.query(`
      CREATE TABLE "placements" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_placements_organisation" REFERENCES "organisations" ("id"),
        "unit_id" uuid NOT NULL CONSTRAINT "fk_placements_unit" REFERENCES "org_units" ("id"),
        "candidate_id" uuid NOT NULL CONSTRAINT "fk_placements_candidate" REFERENCES "candidates" ("id"),
        "package_id" uuid CONSTRAINT "fk_placements_package" REFERENCES "carved_packages" ("id"),
        "method" varchar(16) NOT NULL,
        "contract_kind" varchar(16) NOT NULL,
        "lender_name" varchar(200),
        "team_name" varchar(120),
        "team_leader_name" varchar(120),
        "jobcoach_user_id" uuid CONSTRAINT "fk_placements_jobcoach" REFERENCES "users" ("id"),
        "start_date" date NOT NULL,
        "planned_end_date" date,
        "end_date" date,
        "end_reason" varchar(24),
        "end_note" varchar(500),
        "version" integer NOT NULL DEFAULT 1,
        "created_by_user_id" uuid CONSTRAINT "fk_placements_created_by" REFERENCES "users" ("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_placements_end" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"),
        CONSTRAINT "ck_placements_planned_end" CHECK ("planned_end_date" IS NULL OR "planned_end_date" >= "start_date"),
        CONSTRAINT "ck_placements_end_reason" CHECK (("end_date" IS NULL) = ("end_reason" IS NULL))
      )`);
    await q.query(
      `CREATE INDEX "ix_placements_organisation" ON "placements" ("organisation_id", "start_date")`,
    );
    await q.query(
      `CREATE INDEX "ix_placements_candidate" ON "placements" ("candidate_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_placements_package" ON "placements" ("package_id")`,
    );
    await q.query(`
      CREATE TABLE "placement_hours" (
        "placement_id" uuid NOT NULL CONSTRAINT "fk_placement_hours_placement" REFERENCES "placements" ("id"),
        "effective_from" date NOT NULL,
        "hours_per_week" numeric(5,2) NOT NULL,
        CONSTRAINT "ck_placement_hours_positive" CHECK ("hours_per_week" > 0),
        PRIMARY KEY ("placement_id", "effective_from")
      )`);
    await q.query(`
      CREATE TABLE "quota_ledger" (
        "id" bigserial PRIMARY KEY,
        "placement_id" uuid NOT NULL CONSTRAINT "fk_quota_ledger_placement" REFERENCES "placements" ("id"),
        "candidate_id" uuid NOT NULL,
        "organisation_id" uuid NOT NULL,
        "unit_id" uuid NOT NULL,
        "method" varchar(16) NOT NULL,
        "target_group" varchar(40) NOT NULL,
        "kind" varchar(24) NOT NULL,
        "effective_date" date NOT NULL,
        "intervals" jsonb NOT NULL,
        "note" varchar(500),
        "recorded_by_user_id" uuid,
        "recorded_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_quota_ledger_placement" ON "quota_ledger" ("placement_id", "id")`,
    );
    await q.query(
      `CREATE INDEX "ix_quota_ledger_organisation" ON "quota_ledger" ("organisation_id", "id")`,
    );
    await q.query(`
      CREATE FUNCTION "quota_ledger_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Erasing a person may blank a line's free-text note; nothing that counts ever changes.
        IF TG_OP = 'UPDATE' AND NEW."note" IS NULL
           AND (to_jsonb(NEW) - 'note') = (to_jsonb(OLD) - 'note') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'quota_ledger is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER "quota_ledger_append_only" BEFORE UPDATE OR DELETE ON "quota_ledger"
      FOR EACH ROW EXECUTE FUNCTION "quota_ledger_is_append_only"()`);
    await q.query(`
      CREATE TABLE "quota_counter_deltas" (
        "organisation_id" uuid NOT NULL,
        "effective_date" date NOT NULL,
        "unit_id" uuid NOT NULL,
        "method" varchar(16) NOT NULL,
        "target_group" varchar(40) NOT NULL,
        "hours_delta" numeric(14,2) NOT NULL,
        PRIMARY KEY ("organisation_id", "effective_date", "unit_id", "method", "target_group")
      )`);
    await q.query(`
      CREATE TABLE "idempotency_keys" (
        "user_id" uuid NOT NULL,
        "key" varchar(100) NOT NULL,
        "scope" varchar(100) NOT NULL,
        "fingerprint" varchar(64) NOT NULL,
        "response_status" integer,
        "response_body" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("user_id", "key")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_keys"`);
    await q.query(`DROP TABLE "quota_counter_deltas"`);
    await q.query(`DROP TRIGGER "quota_ledger_append_only" ON "quota_ledger"`);
    await q.query(`DROP FUNCTION "quota_ledger_is_append_only"()`);
    await q.query(`DROP TABLE "quota_ledger"`);
    await q.query(`DROP TABLE "placement_hours"`);
    await q.query(`DROP TABLE "placements"`);
    await q.query(`DROP TABLE "organisation_quota_years"`);
    await q.query(`
      ALTER TABLE "quota_year_parameters"
        DROP COLUMN "updated_by_user_id",
        DROP COLUMN "updated_at"`);
  }
}
