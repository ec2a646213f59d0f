import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching: where a carved package's work is done (the travel constraint needs it) and which
 * provisions the workplace already offers; the stored matches of every published package with
 * their explained parts; one run row per package holding the version it was scored for, its near
 * misses and its carving feedback; proposals that managers accept or reject; and in-app
 * notifications (the weekly candidate spotlight).
 */
export class Matching1763930000000 implements MigrationInterface {
  name = 'Matching1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "carved_packages"
        ADD "workplace_postcode" varchar(7),
        ADD "workplace_latitude" numeric(9,6),
        ADD "workplace_longitude" numeric(9,6),
        ADD "accommodations_offered" text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT "ck_carved_packages_workplace" CHECK (("workplace_latitude" IS NULL) = ("workplace_longitude" IS NULL))`);
    // The scoring run reads only eligible people near the workplace; this index serves both.
    await q.query(`
      CREATE INDEX "ix_candidates_matchable" ON "candidates" ("organisation_id", "latitude")
        INCLUDE ("longitude", "travel_radius_km")
        WHERE "status" IN ('available', 'in_process') AND "consent_given" AND "erased_at" IS NULL`);
    await q.query(`
      CREATE TABLE "match_runs" (
        "package_id" uuid PRIMARY KEY CONSTRAINT "fk_match_runs_package" REFERENCES "carved_packages" ("id") ON DELETE CASCADE,
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_match_runs_organisation" REFERENCES "organisations" ("id"),
        "package_version" integer NOT NULL,
        "engine_version" varchar(16) NOT NULL,
        "pool_size" integer NOT NULL,
        "feasible_count" integer NOT NULL,
        "near_misses" jsonb NOT NULL DEFAULT '[]',
        "carving_feedback" jsonb NOT NULL,
        "duration_ms" integer NOT NULL,
        "computed_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "matches" (
        "package_id" uuid NOT NULL CONSTRAINT "fk_matches_package" REFERENCES "carved_packages" ("id") ON DELETE CASCADE,
        "candidate_id" uuid NOT NULL CONSTRAINT "fk_matches_candidate" REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_matches_organisation" REFERENCES "organisations" ("id"),
        "score" numeric(4,1) NOT NULL,
        "parts" jsonb NOT NULL,
        "distance_km" numeric(6,1) NOT NULL,
        "engine_version" varchar(16) NOT NULL,
        "package_version" integer NOT NULL,
        "candidate_version" integer NOT NULL,
        "computed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_matches_score" CHECK ("score" >= 0 AND "score" <= 100),
        PRIMARY KEY ("package_id", "candidate_id")
      )`);
    await q.query(
      `CREATE INDEX "ix_matches_ranked" ON "matches" ("package_id", "score" DESC, "candidate_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_matches_candidate" ON "matches" ("candidate_id", "score" DESC)`,
    );
    await q.query(`
      CREATE TABLE "proposals" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_proposals_organisation" REFERENCES "organisations" ("id"),
        "package_id" uuid NOT NULL CONSTRAINT "fk_proposals_package" REFERENCES "carved_packages" ("id"),
        "package_version" integer NOT NULL,
        "unit_id" uuid NOT NULL CONSTRAINT "fk_proposals_unit" REFERENCES "org_units" ("id"),
        "candidate_id" uuid NOT NULL CONSTRAINT "fk_proposals_candidate" REFERENCES "candidates" ("id"),
        "status" varchar(16) NOT NULL DEFAULT 'proposed',
        "score" numeric(4,1) NOT NULL,
        "parts" jsonb NOT NULL,
        "engine_version" varchar(16) NOT NULL,
        "motivation" varchar(1000),
        "proposed_by_user_id" uuid NOT NULL CONSTRAINT "fk_proposals_proposed_by" REFERENCES "users" ("id"),
        "proposed_at" timestamptz NOT NULL DEFAULT now(),
        "decided_by_user_id" uuid CONSTRAINT "fk_proposals_decided_by" REFERENCES "users" ("id"),
        "decided_at" timestamptz,
        "rejection_reason" varchar(32),
        "rejection_note" varchar(1000),
        "placement_id" uuid CONSTRAINT "fk_proposals_placement" REFERENCES "placements" ("id"),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "ck_proposals_status" CHECK ("status" IN ('proposed', 'accepted', 'rejected', 'withdrawn')),
        CONSTRAINT "ck_proposals_accepted" CHECK (("status" = 'accepted') = ("placement_id" IS NOT NULL)),
        CONSTRAINT "ck_proposals_rejected" CHECK (("status" = 'rejected') = ("rejection_reason" IS NOT NULL))
      )`);
    // One open proposal per person and package: a double click proposes once.
    await q.query(
      `CREATE UNIQUE INDEX "uq_proposals_open" ON "proposals" ("package_id", "candidate_id") WHERE "status" = 'proposed'`,
    );
    await q.query(
      `CREATE INDEX "ix_proposals_unit" ON "proposals" ("organisation_id", "unit_id", "status", "proposed_at" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_proposals_candidate" ON "proposals" ("candidate_id")`,
    );
    await q.query(`
      CREATE TABLE "notifications" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_notifications_organisation" REFERENCES "organisations" ("id"),
        "recipient_user_id" uuid NOT NULL CONSTRAINT "fk_notifications_recipient" REFERENCES "users" ("id"),
        "kind" varchar(32) NOT NULL,
        "dedupe_key" varchar(120) NOT NULL,
        "payload" jsonb NOT NULL,
        "created_by_user_id" uuid CONSTRAINT "fk_notifications_created_by" REFERENCES "users" ("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz,
        CONSTRAINT "uq_notifications_dedupe" UNIQUE ("recipient_user_id", "dedupe_key")
      )`);
    await q.query(
      `CREATE INDEX "ix_notifications_recipient" ON "notifications" ("recipient_user_id", "created_at" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP TABLE "proposals"`);
    await q.query(`DROP TABLE "matches"`);
    await q.query(`DROP TABLE "match_runs"`);
    await q.query(`DROP INDEX "ix_candidates_matchable"`);
    await q.query(`
      ALTER TABLE "carved_packages"
        DROP CONSTRAINT "ck_carved_packages_workplace",
        DROP COLUMN "accommodations_offered",
        DROP COLUMN "workplace_longitude",
        DROP COLUMN "workplace_latitude",
        DROP COLUMN "workplace_postcode"`);
  }
}
