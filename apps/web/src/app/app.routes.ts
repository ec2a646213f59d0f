import { Route } from '@angular/router';
import { signedInGuard, signedOutGuard } from '@jcw/web-shared-data-access';

/**
 * Route titles are translation keys; see TranslatedTitleStrategy. Paths stay Dutch in every
 * language. Everything except the sign-in page needs a signed-in user; pages for some roles
 * only also carry a `roleGuard` with their entry from `ACCESS` (navigation.ts).
 */
export const appRoutes: Route[] = [
  {
    path: 'aanmelden',
    title: 'signIn.title',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./pages/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.home',
        loadComponent: () =>
          import('./pages/home/home-page').then((m) => m.HomePage),
      },
      {
        path: 'status',
        title: 'nav.status',
        loadComponent: () =>
          import('./pages/status/status-page').then((m) => m.StatusPage),
      },
      {
        path: 'geen-toegang',
        title: 'noAccess.title',
        loadComponent: () =>
          import('./pages/no-access/no-access-page').then(
            (m) => m.NoAccessPage,
          ),
      },
      {
        path: 'kandidaten',
        loadChildren: () =>
          import('./candidates/candidates.routes').then(
            (m) => m.candidatesRoutes,
          ),
      },
      {
        path: 'coaching',
        loadChildren: () =>
          import('./coaching/coaching.routes').then((m) => m.coachingRoutes),
      },
      {
        path: 'functies',
        loadChildren: () =>
          import('./carving/carving.routes').then((m) => m.functionsRoutes),
      },
      {
        path: 'pakketten',
        loadChildren: () =>
          import('./carving/carving.routes').then((m) => m.packagesRoutes),
      },
      {
        path: 'sjablonen',
        loadChildren: () =>
          import('./carving/carving.routes').then((m) => m.templatesRoutes),
      },
      {
        path: 'eenheidsscan',
        loadChildren: () =>
          import('./carving/carving.routes').then((m) => m.unitScanRoutes),
      },
      {
        path: 'plaatsingen',
        loadChildren: () =>
          import('./placements/placements.routes').then(
            (m) => m.placementsRoutes,
          ),
      },
      {
        path: 'voorstellen',
        loadChildren: () =>
          import('./matching/matching.routes').then((m) => m.proposalsRoutes),
      },
      {
        path: 'teamindeling',
        loadChildren: () =>
          import('./matching/matching.routes').then(
            (m) => m.teamAssignmentRoutes,
          ),
      },
      {
        path: 'meldingen',
        loadChildren: () =>
          import('./matching/matching.routes').then(
            (m) => m.notificationsRoutes,
          ),
      },
      {
        path: 'quotum',
        loadChildren: () =>
          import('./quota/quota.routes').then((m) => m.quotaRoutes),
      },
      {
        path: 'beheer',
        loadChildren: () =>
          import('./admin/admin.routes').then((m) => m.adminRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
