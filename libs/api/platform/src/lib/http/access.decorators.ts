import {
  SetMetadata,
  createParamDecorator,
  ExecutionContext,
} from '@nestjs/common';
import type { Role } from '@jcw/shared-contracts';

export const ACCESS_KEY = 'jcw:access';

/** Who may call a route. Every route declares one; the guard denies routes that do not. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };

/** No sign-in needed (health, login, refresh, logout). */
export const Public = () =>
  SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whatever their roles (their own session and profile). */
export const Authenticated = () =>
  SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** The signed-in user as the guard loaded it from the database for this request. */
export interface Actor {
  userId: string;
  organisationId: string | null;
  roles: Role[];
  unitId: string | null;
  displayName: string;
  email: string;
}

export interface RequestContext {
  actor: Actor | null;
  requestId: string | null;
  ip: string;
}

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const actor = context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
    if (!actor) throw new Error('CurrentActor used on a route without sign-in');
    return actor;
  },
);

export const CurrentRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => {
    const request = context
      .switchToHttp()
      .getRequest<{ actor?: Actor; id?: string; ip?: string }>();
    return {
      actor: request.actor ?? null,
      requestId: typeof request.id === 'string' ? request.id : null,
      ip: request.ip ?? 'unknown',
    };
  },
);
