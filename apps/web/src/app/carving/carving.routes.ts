import { Route } from '@angular/router';
import { roleGuard } from '@jcw/web-shared-data-access';
import { ACCESS } from '../navigation';

/**
 * Job carving: "Functies", "Pakketten", "Sjablonen" and "Eenheidsscan", each a top-level Dutch path like
 * "kandidaten", one lazy page per screen. `nieuw` comes before `:id`, which would otherwise take
 * it for a package id. Managers may open every page; the pages hide what only hr advisers may do.
 * A package's matched candidates (`:id/kandidaten`) are for hr advisers only.
 */
export const functionsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.functions',
    canActivate: [roleGuard(ACCESS.functions)],
    loadComponent: () =>
      import('./functions-page').then((m) => m.FunctionsPage),
  },
  {
    path: ':id',
    title: 'carving.editor.title',
    canActivate: [roleGuard(ACCESS.functions)],
    loadComponent: () =>
      import('./function-editor-page').then((m) => m.FunctionEditorPage),
  },
];

export const packagesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.packages',
    canActivate: [roleGuard(ACCESS.packages)],
    loadComponent: () => import('./packages-page').then((m) => m.PackagesPage),
  },
  {
    path: 'nieuw',
    title: 'carving.composer.newTitle',
    canActivate: [roleGuard(ACCESS.carvingWrite)],
    loadComponent: () =>
      import('./package-composer-page').then((m) => m.PackageComposerPage),
  },
  {
    path: ':id/kandidaten',
    title: 'matching.candidates.pageTitle',
    canActivate: [roleGuard(ACCESS.matching)],
    loadComponent: () =>
      import('../matching/package-candidates-page').then(
        (m) => m.PackageCandidatesPage,
      ),
  },
  {
    path: ':id',
    title: 'carving.composer.title',
    canActivate: [roleGuard(ACCESS.packages)],
    loadComponent: () =>
      import('./package-composer-page').then((m) => m.PackageComposerPage),
  },
];

export const templatesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.templates',
    canActivate: [roleGuard(ACCESS.templates)],
    loadComponent: () =>
      import('./templates-page').then((m) => m.TemplatesPage),
  },
];

export const unitScanRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.unitScan',
    canActivate: [roleGuard(ACCESS.unitScan)],
    loadComponent: () => import('./unit-scan-page').then((m) => m.UnitScanPage),
  },
];
