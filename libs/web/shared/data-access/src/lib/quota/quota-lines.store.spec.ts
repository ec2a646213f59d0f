import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { QUOTA_URL } from './quota.api';
import { QuotaLinesStore } from './quota-lines.store';
import { AN_ORGANISATION_ID, aQuotaLine } from '@jcw/shared-contracts/testing';

describe('QuotaLinesStore', () => {
  let store: QuotaLinesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        QuotaLinesStore,
      ],
    });
    store = TestBed.inject(QuotaLinesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the lines behind one slice with their sums, and leaves out the slices not asked for', () => {
    store.load({
      year: 2026,
      method: 'hired_in',
      targetGroup: null,
      unitId: null,
    });

    const request = http.expectOne((each) => each.url === QUOTA_URL.lines);
    const params = request.request.params;
    expect(
      Object.fromEntries(params.keys().map((key) => [key, params.get(key)])),
    ).toEqual({ year: '2026', method: 'hired_in' });
    request.flush({
      organisationId: AN_ORGANISATION_ID,
      year: 2026,
      asOf: '2026-06-30',
      lines: [aQuotaLine({ method: 'hired_in' })],
      sums: { standToday: 1, yearToDate: 0.496, yearProjected: 1 },
    });

    expect(store.lines()).toHaveLength(1);
    expect(store.sums()).toEqual({
      standToday: 1,
      yearToDate: 0.496,
      yearProjected: 1,
    });
    expect(store.query()).toMatchObject({ method: 'hired_in' });
  });
});
