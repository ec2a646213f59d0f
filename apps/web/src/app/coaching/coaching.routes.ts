import { Route } from '@angular/router';
import { roleGuard } from '@jcw/web-shared-data-access';
import { ACCESS } from '../navigation';

/** "Jobcoaching": the coach's dashboard. The record itself lives on the candidate's profile. */
export const coachingRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.coaching',
    canActivate: [roleGuard(ACCESS.coaching)],
    loadComponent: () =>
      import('./coach-dashboard-page').then((m) => m.CoachDashboardPage),
  },
];
