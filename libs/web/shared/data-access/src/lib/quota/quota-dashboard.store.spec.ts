import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SUSTAINABILITY_URL } from '../placements/placements.api';
import { aSustainability } from '../placements/testing';
import { QUOTA_URL } from './quota.api';
import { QuotaDashboardStore, quotaYears } from './quota-dashboard.store';
import {
  AN_ORGANISATION_ID,
  anOverviewRow,
  aQuotaDashboard,
  quotaParameters,
} from '@jcw/shared-contracts/testing';

const paramsOf = (request: {
  request: { params: import('@angular/common/http').HttpParams };
}) => {
  const params = request.request.params;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
};

describe('QuotaDashboardStore', () => {
  let store: QuotaDashboardStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        QuotaDashboardStore,
      ],
    });
    store = TestBed.inject(QuotaDashboardStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('offers every year with legal figures and the current year, newest first', () => {
    expect(
      quotaYears(
        [quotaParameters({ year: 2025 }), quotaParameters({ year: 2027 })],
        2026,
      ),
    ).toEqual([2027, 2026, 2025]);
    expect(quotaYears([quotaParameters({ year: 2026 })], 2026)).toEqual([2026]);
  });

  it('reads the own organisation’s dashboard and sustainability without naming it', () => {
    store.loadDashboard(2026);
    expect(store.loading()).toBe(true);

    const dashboard = http.expectOne(
      (each) => each.url === QUOTA_URL.dashboard,
    );
    expect(paramsOf(dashboard)).toEqual({ year: '2026' });
    dashboard.flush(aQuotaDashboard());
    const sustainability = http.expectOne(
      (each) => each.url === SUSTAINABILITY_URL,
    );
    expect(paramsOf(sustainability)).toEqual({});
    sustainability.flush(aSustainability());

    expect(store.dashboard()?.requiredJobs).toBe(14.555);
    expect(store.sustainability()?.averageTenureDays).toBe(240);
    expect(store.loading()).toBe(false);
  });

  it('names the organisation a coordinator chose from the overview', () => {
    store.loadOverview(2026);
    const overview = http.expectOne((each) => each.url === QUOTA_URL.overview);
    expect(paramsOf(overview)).toEqual({ year: '2026' });
    overview.flush({
      year: 2026,
      asOf: '2026-06-30',
      rows: [anOverviewRow()],
      totals: {
        requiredJobs: 14.555,
        standToday: 10,
        yearToDate: 4.9,
        yearProjected: 10,
        levyEstimate: 22775,
      },
    });
    expect(store.overview()?.rows).toHaveLength(1);

    store.loadDashboard(2026, AN_ORGANISATION_ID);
    expect(
      paramsOf(http.expectOne((each) => each.url === QUOTA_URL.dashboard)),
    ).toEqual({ year: '2026', organisationId: AN_ORGANISATION_ID });
    expect(
      paramsOf(http.expectOne((each) => each.url === SUSTAINABILITY_URL)),
    ).toEqual({ organisationId: AN_ORGANISATION_ID });
  });

  it('downloads the monitor of the dashboard on screen in the format asked for', async () => {
    store.loadDashboard(2025, AN_ORGANISATION_ID);
    http
      .expectOne((each) => each.url === QUOTA_URL.dashboard)
      .flush(aQuotaDashboard({ year: 2025 }));
    http
      .expectOne((each) => each.url === SUSTAINABILITY_URL)
      .flush(aSustainability());

    const downloading = store.downloadMonitor('csv', 'nl');
    expect(store.downloading()).toBe('csv');
    const request = http.expectOne((each) => each.url === QUOTA_URL.monitor);
    expect(paramsOf(request)).toEqual({
      year: '2025',
      organisationId: AN_ORGANISATION_ID,
      format: 'csv',
      lang: 'nl',
    });
    expect(request.request.responseType).toBe('blob');
    const blob = new Blob(['stand_today;1.000']);
    request.flush(blob);

    expect(await downloading).toEqual({ ok: true, value: blob });
    expect(store.downloading()).toBeNull();
  });

  it('keeps the reason when the dashboard is refused', () => {
    store.loadDashboard(2026);
    http
      .expectOne((each) => each.url === QUOTA_URL.dashboard)
      .flush(
        { statusCode: 403, code: 'FORBIDDEN', message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );
    http
      .expectOne((each) => each.url === SUSTAINABILITY_URL)
      .flush(aSustainability());

    expect(store.dashboard()).toBeNull();
    expect(store.dashboardError()).toMatchObject({ status: 403 });
  });
});
