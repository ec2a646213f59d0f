import {
  ApiErrorBody,
  AuditAction,
  AuditEntryDto,
  LoginResponse,
  Role,
  SessionUser,
  UnitDto,
  UnitKind,
  UserDto,
} from '../index';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

/** A signed-in user; starts as a manager in the demo organisation. */
export function aSessionUser() {
  const user: SessionUser = {
    id: nextId('user'),
    email: 'mark@voorbeeldzaken.nl',
    displayName: 'Mark Manager',
    roles: ['manager'],
    organisationId: 'org-1',
    organisationName: 'Ministerie van Voorbeeldzaken',
    unitId: null,
  };
  const builder = {
    withRoles(...roles: Role[]) {
      user.roles = roles;
      return builder;
    },
    named(displayName: string) {
      user.displayName = displayName;
      return builder;
    },
    build: (): SessionUser => ({ ...user, roles: [...user.roles] }),
  };
  return builder;
}

/** What sign-in and refresh answer. */
export function aLoginResponse() {
  let user = aSessionUser().build();
  let accessToken = nextId('token');
  const builder = {
    forUser(value: SessionUser) {
      user = value;
      return builder;
    },
    withToken(value: string) {
      accessToken = value;
      return builder;
    },
    build: (): LoginResponse => ({ accessToken, expiresIn: 900, user }),
  };
  return builder;
}

/** A unit; top level unless placed `under` another. */
export function aUnit(name = 'Directie Voorbeeld') {
  const unit: UnitDto = {
    id: nextId('unit'),
    organisationId: 'org-1',
    parentId: null,
    name,
    kind: 'directorate',
  };
  const builder = {
    withId(id: string) {
      unit.id = id;
      return builder;
    },
    under(parent: UnitDto | string) {
      unit.parentId = typeof parent === 'string' ? parent : parent.id;
      return builder;
    },
    ofKind(kind: UnitKind) {
      unit.kind = kind;
      return builder;
    },
    build: (): UnitDto => ({ ...unit }),
  };
  return builder;
}

/** A user as the admin screens see them. */
export function aUser(displayName = 'Janneke Jobcoach') {
  const user: UserDto = {
    id: nextId('user'),
    email: `${displayName.toLowerCase().replace(/\W+/g, '.')}@voorbeeldzaken.nl`,
    displayName,
    roles: ['jobcoach'],
    unitId: null,
    active: true,
    lastSignInAt: null,
  };
  const builder = {
    withRoles(...roles: Role[]) {
      user.roles = roles;
      return builder;
    },
    inUnit(unitId: string | null) {
      user.unitId = unitId;
      return builder;
    },
    inactive() {
      user.active = false;
      return builder;
    },
    build: (): UserDto => ({ ...user, roles: [...user.roles] }),
  };
  return builder;
}

/** One line of the audit log. */
export function anAuditEntry(action: AuditAction = 'auth.sign_in') {
  const entry: AuditEntryDto = {
    id: nextId('audit'),
    occurredAt: '2026-01-15T09:30:00.000Z',
    actorUserId: 'user-admin',
    actorDisplayName: 'Anouk Beheer',
    action,
    entityType: null,
    entityId: null,
    changedFields: [],
    requestId: null,
  };
  return {
    build: (): AuditEntryDto => ({ ...entry }),
  };
}

/** The API's error body. */
export function anApiError(code: string, statusCode: number) {
  const body: ApiErrorBody = { statusCode, code, message: `${code} (test)` };
  const builder = {
    withMessage(message: string) {
      body.message = message;
      return builder;
    },
    withFieldError(field: string, message: string) {
      body.details = [...(body.details ?? []), { field, message }];
      return builder;
    },
    build: (): ApiErrorBody => ({ ...body }),
  };
  return builder;
}
