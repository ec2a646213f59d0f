/** Identity: organisations, units, users, roles, sign-in and the audit log. */

export const ROLES = [
  'superadmin',
  'admin',
  'hr_adviser',
  'jobcoach',
  'manager',
  'coordinator',
] as const;
export type Role = (typeof ROLES)[number];

export const SECTORS = [
  'rijk',
  'gemeenten',
  'provincies',
  'waterschappen',
  'onderwijs_po',
  'onderwijs_vo',
  'onderwijs_mbo',
  'onderwijs_hbo',
  'onderwijs_wo',
  'umc',
  'defensie',
  'politie',
  'zbo',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const UNIT_KINDS = ['directorate', 'department', 'team'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisationId: string | null;
  organisationName: string | null;
  /** Root of the unit subtree a manager (or other scoped user) is limited to; null = whole organisation. */
  unitId: string | null;
}

/** `POST /api/auth/login` body. */
export interface LoginRequest {
  email: string;
  password: string;
}

/**
 * `POST /api/auth/login` and `POST /api/auth/refresh` response. The refresh token travels only in
 * an httpOnly, Secure, SameSite=Strict cookie; the access token is kept in memory by the web app.
 */
export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires (900). */
  expiresIn: number;
  user: SessionUser;
}

/** `POST /api/auth/password` body (the signed-in user changes their own password). */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface OrganisationDto {
  id: string;
  name: string;
  sector: Sector;
  payrollTaxNumber: string;
  active: boolean;
}

/** `POST /api/organisations` (superadmin). Payroll tax number: 9 digits, 'L', 2 digits (123456789L01). */
export interface CreateOrganisationRequest {
  name: string;
  sector: Sector;
  payrollTaxNumber: string;
  /** Optional first admin of the new organisation, created in the same transaction. */
  admin?: { email: string; displayName: string; password: string };
}

export interface UnitDto {
  id: string;
  organisationId: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
}

/** `POST /api/units` (admin). */
export interface CreateUnitRequest {
  name: string;
  kind: UnitKind;
  parentId?: string | null;
}

/** `PATCH /api/units/:id` (admin). */
export interface UpdateUnitRequest {
  name?: string;
  parentId?: string | null;
}

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  unitId: string | null;
  active: boolean;
  lastSignInAt: string | null;
}

/** `POST /api/users` (admin). Password: at least 12 characters and not a common password. */
export interface CreateUserRequest {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  unitId?: string | null;
}

/** `PATCH /api/users/:id` (admin). */
export interface UpdateUserRequest {
  displayName?: string;
  roles?: Role[];
  unitId?: string | null;
  active?: boolean;
}

export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.password_changed',
  'entity.created',
  'entity.updated',
  'entity.deleted',
  'user.roles_changed',
  'profile.read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntryDto {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorDisplayName: string | null;
  action: AuditAction;
  entityType: string | null;
  entityId: string | null;
  /** Names of changed fields; never their values for personal fields. */
  changedFields: string[];
  requestId: string | null;
}

/** `GET /api/audit` query (admin): all optional; `limit` 1-200 (default 50), newest first. */
export interface AuditQuery {
  action?: AuditAction;
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  limit?: number;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
