import { inject } from '@angular/core';
import {
  CanActivateChildFn,
  CanActivateFn,
  Router,
  UrlTree,
} from '@angular/router';
import { Role } from '@jcw/shared-contracts';
import { AuthStore } from './auth.store';

/** Route paths stay Dutch in every language, so links people share keep working. */
export const SIGN_IN_PATH = '/aanmelden';
export const NO_ACCESS_PATH = '/geen-toegang';

/** The sign-in page, remembering where the user wanted to go (the home page needs no reminder). */
export function signInUrl(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(
    [SIGN_IN_PATH],
    returnUrl && returnUrl !== '/' ? { queryParams: { returnUrl } } : {},
  );
}

/** Lets signed-in users through and sends everyone else to the sign-in page. */
export const signedInGuard: CanActivateFn & CanActivateChildFn = async (
  _route,
  state,
) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  return (await auth.whenKnown()) === 'signed-in'
    ? true
    : signInUrl(router, state.url);
};

/**
 * Lets through users holding at least one of `roles`. A signed-in user without them sees the
 * "no access" page instead, before the page's code runs and so before any of its data is
 * requested; the API refuses the data as well, this guard only keeps the screen honest.
 */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    if ((await auth.whenKnown()) !== 'signed-in') {
      return signInUrl(router, state.url);
    }
    return auth.hasRole(...roles)
      ? true
      : router.createUrlTree([NO_ACCESS_PATH]);
  };
}

/** Someone already signed in who opens the sign-in page goes to the home page instead. */
export const signedOutGuard: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  return (await auth.whenKnown()) === 'signed-in'
    ? router.createUrlTree(['/'])
    : true;
};
