import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { COACH_DASHBOARD_URL } from './coaching.api';
import { CoachDashboardStore } from './coach-dashboard.store';
import { aDashboardRow } from './testing';

describe('CoachDashboardStore', () => {
  let store: CoachDashboardStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CoachDashboardStore,
      ],
    });
    store = TestBed.inject(CoachDashboardStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the candidates at risk first and counts them', () => {
    store.load();
    http
      .expectOne(COACH_DASHBOARD_URL)
      .flush([
        aDashboardRow({ displayName: 'Anna' }),
        aDashboardRow({ displayName: 'Bram', atRisk: true }),
        aDashboardRow({ displayName: 'Cees' }),
      ]);

    expect(store.rows().map((row) => row.displayName)).toEqual([
      'Bram',
      'Anna',
      'Cees',
    ]);
    expect(store.flaggedCount()).toBe(1);
  });

  it('keeps the reason when the dashboard cannot be read', () => {
    store.load();
    http
      .expectOne(COACH_DASHBOARD_URL)
      .flush(
        { code: 'FORBIDDEN', message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(store.error()).toMatchObject({ status: 403 });
    expect(store.rows()).toEqual([]);
  });
});
