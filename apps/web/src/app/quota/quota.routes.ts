import { Route } from '@angular/router';
import { roleGuard } from '@jcw/web-shared-data-access';
import { provideCharts } from 'ng2-charts';
import { ACCESS } from '../navigation';
import { QUOTA_CHART_PARTS } from './quota-chart';

/**
 * "Quotum": the dashboard and the lines behind its figures. Chart.js is registered here, in the
 * lazy route, so its code loads only with these pages.
 */
export const quotaRoutes: Route[] = [
  {
    path: '',
    providers: [provideCharts({ registerables: QUOTA_CHART_PARTS })],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.quota',
        canActivate: [roleGuard(ACCESS.quota)],
        loadComponent: () => import('./quota-page').then((m) => m.QuotaPage),
      },
      {
        path: 'regels',
        title: 'quota.lines.title',
        canActivate: [roleGuard(ACCESS.quota)],
        loadComponent: () =>
          import('./quota-lines-page').then((m) => m.QuotaLinesPage),
      },
    ],
  },
];
