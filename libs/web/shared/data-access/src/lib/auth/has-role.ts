import { Role, SessionUser } from '@jcw/shared-contracts';

/** True when the user holds at least one of `roles`; no user or no roles listed means no. */
export function hasRole(
  user: SessionUser | null,
  ...roles: readonly Role[]
): boolean {
  return user !== null && roles.some((role) => user.roles.includes(role));
}
