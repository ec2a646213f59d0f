/**
 * Identity: organisations and their unit trees, users and roles, sign-in with short-lived tokens
 * and rotating refresh cookies, deny-by-default authorisation, and the append-only audit log.
 */
export * from './lib/audit/audit.service';
export * from './lib/auth/auth.controller';
export * from './lib/auth/password-policy';
export * from './lib/demo-seed';
export * from './lib/entities/identity.entities';
export * from './lib/identity.exception';
export * from './lib/identity.module';
export * from './lib/units/units.service';
