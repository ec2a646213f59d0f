import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidate profiles. The citizen number is stored only as a keyed hash (unique per organisation)
 * plus its last three digits; health-related data (limitations, accommodations) sits beside the
 * person so erasure can clear both in one place.
 */
export class Candidates1763890000000 implements MigrationInterface {
  name = 'Candidates1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "candidates" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_candidates_organisation" REFERENCES "organisations" ("id"),
        "bsn_hash" varchar(64) NOT NULL,
        "bsn_last3" varchar(3) NOT NULL,
        "first_name" varchar(100) NOT NULL,
        "last_name" varchar(100) NOT NULL,
        "email" varchar(254),
        "phone" varchar(32),
        "date_of_birth" date,
        "target_group" varchar(40) NOT NULL,
        "register_start_date" date NOT NULL,
        "register_end_date" date,
        "postcode" varchar(7),
        "education_level" varchar(8),
        "skills" text[] NOT NULL DEFAULT '{}',
        "interests" text[] NOT NULL DEFAULT '{}',
        "limitations" jsonb NOT NULL DEFAULT '{}',
        "max_hours_per_week" numeric(4,1),
        "max_hours_per_day" numeric(3,1),
        "evenings_allowed" boolean NOT NULL DEFAULT false,
        "nights_allowed" boolean NOT NULL DEFAULT false,
        "weekends_allowed" boolean NOT NULL DEFAULT false,
        "travel_radius_km" integer,
        "travel_mode" varchar(24),
        "accommodations" text[] NOT NULL DEFAULT '{}',
        "wage_value_percent" integer,
        "notes" text,
        "status" varchar(16) NOT NULL DEFAULT 'available',
        "consent_given" boolean NOT NULL DEFAULT false,
        "consent_date" timestamptz,
        "jobcoach_user_id" uuid CONSTRAINT "fk_candidates_jobcoach" REFERENCES "users" ("id"),
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_candidates_organisation_bsn" UNIQUE ("organisation_id", "bsn_hash")
      )`);
    await q.query(
      `CREATE INDEX "ix_candidates_jobcoach" ON "candidates" ("jobcoach_user_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "candidates"`);
  }
}
