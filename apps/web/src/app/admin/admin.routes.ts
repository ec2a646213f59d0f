import { Route } from '@angular/router';
import { roleGuard } from '@jcw/web-shared-data-access';
import { ACCESS } from '../navigation';

/** "Beheer": identity administration, one lazy page per screen. */
export const adminRoutes: Route[] = [
  {
    path: 'eenheden',
    title: 'nav.units',
    canActivate: [roleGuard(ACCESS.units)],
    loadComponent: () => import('./units/units-page').then((m) => m.UnitsPage),
  },
  {
    path: 'gebruikers',
    title: 'nav.users',
    canActivate: [roleGuard(ACCESS.users)],
    loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'audit',
    title: 'nav.audit',
    canActivate: [roleGuard(ACCESS.audit)],
    loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
  },
  {
    path: 'quotum',
    title: 'nav.quotaAdmin',
    canActivate: [roleGuard(ACCESS.quotaAdmin)],
    loadComponent: () =>
      import('./quota/quota-admin-page').then((m) => m.QuotaAdminPage),
  },
  {
    path: 'organisaties',
    title: 'nav.organisations',
    canActivate: [roleGuard(ACCESS.organisations)],
    loadComponent: () =>
      import('./organisations/organisations-page').then(
        (m) => m.OrganisationsPage,
      ),
  },
];
