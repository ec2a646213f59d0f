import { Route } from '@angular/router';

/** Route titles are translation keys; see TranslatedTitleStrategy. */
export const appRoutes: Route[] = [
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
  { path: '**', redirectTo: '' },
];
