import { Route } from '@angular/router';
import { roleGuard } from '@jcw/web-shared-data-access';
import { ACCESS } from '../navigation';

/**
 * "Kandidaten": one lazy page per screen. `nieuw` and `import` come before `:id`, which would otherwise
 * take it for a candidate id. Each guard runs before the page's code, so before any data loads.
 */
export const candidatesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.candidates',
    canActivate: [roleGuard(ACCESS.candidates)],
    loadComponent: () =>
      import('./candidates-page').then((m) => m.CandidatesPage),
  },
  {
    path: 'nieuw',
    title: 'candidates.create.title',
    canActivate: [roleGuard(ACCESS.candidateCreate)],
    loadComponent: () =>
      import('./candidate-create-page').then((m) => m.CandidateCreatePage),
  },
  {
    path: 'import',
    title: 'candidates.import.title',
    canActivate: [roleGuard(ACCESS.candidateImport)],
    loadComponent: () =>
      import('./register-import-page').then((m) => m.RegisterImportPage),
  },
  {
    path: ':id',
    title: 'candidates.profile.title',
    canActivate: [roleGuard(ACCESS.candidateProfile)],
    loadComponent: () =>
      import('./candidate-profile-page').then((m) => m.CandidateProfilePage),
  },
];
