import { Route } from '@angular/router';
import { roleGuard } from '@jcw/web-shared-data-access';
import { ACCESS } from '../navigation';

/**
 * "Plaatsingen" (hr_adviser): the list, the form for a new placement, and one placement. `nieuw`
 * comes before `:id`, which would otherwise take it for a placement id.
 */
export const placementsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.placements',
    canActivate: [roleGuard(ACCESS.placements)],
    loadComponent: () =>
      import('./placements-page').then((m) => m.PlacementsPage),
  },
  {
    path: 'nieuw',
    title: 'placements.create.title',
    canActivate: [roleGuard(ACCESS.placements)],
    loadComponent: () =>
      import('./placement-create-page').then((m) => m.PlacementCreatePage),
  },
  {
    path: ':id',
    title: 'placements.detail.pageTitle',
    canActivate: [roleGuard(ACCESS.placements)],
    loadComponent: () =>
      import('./placement-detail-page').then((m) => m.PlacementDetailPage),
  },
];
