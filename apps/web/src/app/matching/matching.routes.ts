import { Route } from '@angular/router';
import { roleGuard } from '@jcw/web-shared-data-access';
import { ACCESS } from '../navigation';

/**
 * Matching: "Voorstellen" (hr advisers' list and managers' inbox) with one proposal, "Teamindeling"
 * and "Meldingen", one lazy page each. A package's candidates live under `pakketten/:id/kandidaten`
 * (see carving.routes.ts).
 */
export const proposalsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.proposals',
    canActivate: [roleGuard(ACCESS.proposals)],
    loadComponent: () =>
      import('./proposals-page').then((m) => m.ProposalsPage),
  },
  {
    path: ':id',
    title: 'matching.detail.pageTitle',
    canActivate: [roleGuard(ACCESS.proposals)],
    loadComponent: () =>
      import('./proposal-detail-page').then((m) => m.ProposalDetailPage),
  },
];

export const teamAssignmentRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.teamAssignment',
    canActivate: [roleGuard(ACCESS.teamAssignment)],
    loadComponent: () =>
      import('./team-assignment-page').then((m) => m.TeamAssignmentPage),
  },
];

export const notificationsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.notifications',
    canActivate: [roleGuard(ACCESS.notifications)],
    loadComponent: () =>
      import('./notifications-page').then((m) => m.NotificationsPage),
  },
];
