import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job carving: functions and tasks, carved packages with their allocations and published
 * versions, installation-wide templates, unit scans, the organisation's package hour bounds and
 * the per-year quota parameters (seeded with 2018; later years wait for confirmation).
 */
export class Carving1763900000000 implements MigrationInterface {
  name = 'Carving1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "organisations"
        ADD "package_min_hours_per_week" numeric(4,1) NOT NULL DEFAULT '4',
        ADD "package_max_hours_per_week" numeric(4,1) NOT NULL DEFAULT '40'`);
    await q.query(`
      CREATE TABLE "carving_functions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_carving_functions_organisation" REFERENCES "organisations" ("id"),
        "unit_id" uuid NOT NULL CONSTRAINT "fk_carving_functions_unit" REFERENCES "org_units" ("id"),
        "title" varchar(200) NOT NULL,
        "pay_scale" varchar(40),
        "employer_cost_per_hour" numeric(8,2) NOT NULL,
        "employee_count" integer NOT NULL,
        "contract_hours_per_week" numeric(4,1) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_carving_functions_organisation" ON "carving_functions" ("organisation_id")`,
    );
    await q.query(`
      CREATE TABLE "carving_tasks" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "function_id" uuid NOT NULL CONSTRAINT "fk_carving_tasks_function" REFERENCES "carving_functions" ("id") ON DELETE CASCADE,
        "name" varchar(200) NOT NULL,
        "description" text,
        "hours_per_week" numeric(6,2) NOT NULL,
        "frequency" varchar(16) NOT NULL,
        "window_from" varchar(5),
        "window_until" varchar(5),
        "complexity" varchar(8) NOT NULL,
        "demands" jsonb NOT NULL DEFAULT '{}',
        "skills" text[] NOT NULL DEFAULT '{}',
        "left_undone" boolean NOT NULL DEFAULT false,
        "solitary" boolean NOT NULL DEFAULT false,
        "evenings" boolean NOT NULL DEFAULT false,
        "nights" boolean NOT NULL DEFAULT false,
        "weekends" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_carving_tasks_hours" CHECK ("hours_per_week" > 0)
      )`);
    await q.query(
      `CREATE INDEX "ix_carving_tasks_function" ON "carving_tasks" ("function_id")`,
    );
    await q.query(`
      CREATE TABLE "carved_packages" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_carved_packages_organisation" REFERENCES "organisations" ("id"),
        "unit_id" uuid NOT NULL CONSTRAINT "fk_carved_packages_unit" REFERENCES "org_units" ("id"),
        "title" varchar(200) NOT NULL,
        "description" text,
        "status" varchar(16) NOT NULL DEFAULT 'draft',
        "version" integer NOT NULL DEFAULT 1,
        "carved_job_pay_scale" varchar(40),
        "carved_job_cost_per_hour" numeric(8,2) NOT NULL,
        "published_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_carved_packages_organisation" ON "carved_packages" ("organisation_id")`,
    );
    await q.query(`
      CREATE TABLE "package_allocations" (
        "package_id" uuid NOT NULL CONSTRAINT "fk_package_allocations_package" REFERENCES "carved_packages" ("id") ON DELETE CASCADE,
        "task_id" uuid NOT NULL CONSTRAINT "fk_package_allocations_task" REFERENCES "carving_tasks" ("id"),
        "hours_per_week" numeric(6,2) NOT NULL,
        CONSTRAINT "ck_package_allocations_hours" CHECK ("hours_per_week" > 0),
        PRIMARY KEY ("package_id", "task_id")
      )`);
    await q.query(
      `CREATE INDEX "ix_package_allocations_task" ON "package_allocations" ("task_id")`,
    );
    await q.query(`
      CREATE TABLE "package_versions" (
        "package_id" uuid NOT NULL CONSTRAINT "fk_package_versions_package" REFERENCES "carved_packages" ("id") ON DELETE CASCADE,
        "version" integer NOT NULL,
        "snapshot" jsonb NOT NULL,
        "published_at" timestamptz NOT NULL,
        PRIMARY KEY ("package_id", "version")
      )`);
    await q.query(`
      CREATE TABLE "package_templates" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "title" varchar(200) NOT NULL,
        "sector" varchar(24),
        "description" text NOT NULL,
        "source" varchar(300),
        "tasks" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "unit_scans" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "unit_id" uuid NOT NULL CONSTRAINT "fk_unit_scans_unit" REFERENCES "org_units" ("id"),
        "core_tasks" text[] NOT NULL,
        "tasks_left_undone" jsonb NOT NULL,
        "tasks_below_education_level" jsonb NOT NULL,
        "overtime_hours_per_week" numeric(6,1) NOT NULL,
        "temporary_staff_hours_per_week" numeric(6,1) NOT NULL,
        "experienced_workload" smallint NOT NULL,
        "notes" text,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_unit_scans_unit" ON "unit_scans" ("unit_id")`,
    );
    await q.query(`
      CREATE TABLE "quota_year_parameters" (
        "year" integer PRIMARY KEY,
        "quota_fraction" numeric(7,6) NOT NULL,
        "levy_per_unfilled_job" numeric(10,2) NOT NULL,
        "weeks_per_year" integer NOT NULL,
        "threshold_paid_hours" integer NOT NULL,
        "procurement_counts" boolean NOT NULL DEFAULT false,
        "source_note" text NOT NULL,
        "to_confirm" boolean NOT NULL DEFAULT false
      )`);
    // 2018 is the year the law's figures were set for the government sector (DOMAIN.md); the
    // years after carry them forward until an admin confirms or corrects them with a source.
    await q.query(
      `INSERT INTO "quota_year_parameters"
         (year, quota_fraction, levy_per_unfilled_job, weeks_per_year, threshold_paid_hours, procurement_counts, source_note, to_confirm)
       SELECT y, 0.0193, 5000, 52, 40575, false,
              CASE WHEN y = 2018
                THEN 'Quotumpercentage overheid 2018 (1,93%) en heffing EUR 5.000 per niet-ingevulde baan (Wet banenafspraak en quotum arbeidsbeperkten)'
                ELSE 'Overgenomen van 2018; nog te bevestigen met de bron van dit jaar' END,
              y <> 2018
         FROM generate_series(2018, 2027) AS y`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "quota_year_parameters"`);
    await q.query(`DROP TABLE "unit_scans"`);
    await q.query(`DROP TABLE "package_templates"`);
    await q.query(`DROP TABLE "package_versions"`);
    await q.query(`DROP TABLE "package_allocations"`);
    await q.query(`DROP TABLE "carved_packages"`);
    await q.query(`DROP TABLE "carving_tasks"`);
    await q.query(`DROP TABLE "carving_functions"`);
    await q.query(`
      ALTER TABLE "organisations"
        DROP COLUMN "package_max_hours_per_week",
        DROP COLUMN "package_min_hours_per_week"`);
  }
}
