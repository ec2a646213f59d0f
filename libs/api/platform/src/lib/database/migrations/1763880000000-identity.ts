import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, their unit trees, users with roles, refresh-token sessions, and the append-only
 * audit log (a trigger refuses UPDATE and DELETE, so not even a bug can rewrite history).
 */
export class Identity1763880000000 implements MigrationInterface {
  name = 'Identity1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organisations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "sector" varchar(32) NOT NULL,
        "payroll_tax_number" varchar(12) NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_organisations_payroll_tax_number" UNIQUE ("payroll_tax_number")
      )`);
    await q.query(`
      CREATE TABLE "org_units" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "fk_org_units_organisation" REFERENCES "organisations" ("id"),
        "parent_id" uuid CONSTRAINT "fk_org_units_parent" REFERENCES "org_units" ("id"),
        "name" varchar(200) NOT NULL,
        "kind" varchar(16) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_org_units_organisation" ON "org_units" ("organisation_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_org_units_parent" ON "org_units" ("parent_id")`,
    );
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid CONSTRAINT "fk_users_organisation" REFERENCES "organisations" ("id"),
        "email" varchar(254) NOT NULL,
        "display_name" varchar(200) NOT NULL,
        "password_hash" varchar(255) NOT NULL,
        "roles" text[] NOT NULL DEFAULT '{}',
        "unit_id" uuid CONSTRAINT "fk_users_unit" REFERENCES "org_units" ("id"),
        "active" boolean NOT NULL DEFAULT true,
        "last_sign_in_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // Emails are unique regardless of case; the application stores them lower-cased.
    await q.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")`);
    await q.query(
      `CREATE INDEX "ix_users_organisation" ON "users" ("organisation_id")`,
    );
    await q.query(`
      CREATE TABLE "refresh_tokens" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL CONSTRAINT "fk_refresh_tokens_user" REFERENCES "users" ("id"),
        "family_id" uuid NOT NULL,
        "token_hash" varchar(64) NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_refresh_tokens_token_hash" UNIQUE ("token_hash")
      )`);
    await q.query(
      `CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("family_id")`,
    );
    await q.query(`
      CREATE TABLE "audit_log" (
        "id" bigserial PRIMARY KEY,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        "organisation_id" uuid,
        "actor_user_id" uuid,
        "action" varchar(64) NOT NULL,
        "entity_type" varchar(64),
        "entity_id" varchar(64),
        "changed_fields" text[] NOT NULL DEFAULT '{}',
        "request_id" varchar(128)
      )`);
    await q.query(
      `CREATE INDEX "ix_audit_log_organisation_id" ON "audit_log" ("organisation_id", "id")`,
    );
    await q.query(`
      CREATE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION "audit_log_is_append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "audit_log_append_only" ON "audit_log"`);
    await q.query(`DROP FUNCTION "audit_log_is_append_only"()`);
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "org_units"`);
    await q.query(`DROP TABLE "organisations"`);
  }
}
