import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aHealthReport } from '@jcw/shared-contracts/testing';
import { HEALTH_URL } from './health.api';
import { HealthStore } from './health.store';

describe('HealthStore', () => {
  let store: HealthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(HealthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows that it is checking while the request is under way', () => {
    store.load();

    expect(store.loading()).toBe(true);
    expect(store.error()).toBeNull();
    http.expectOne(HEALTH_URL);
  });

  it('shows the report when every part is up', () => {
    const report = aHealthReport().build();

    store.load();
    http.expectOne({ method: 'GET', url: HEALTH_URL }).flush(report);

    expect(store.health()).toEqual(report);
    expect(store.loading()).toBe(false);
    expect(store.error()).toBeNull();
  });

  it('still shows the report when the API answers 503 because the database is down', () => {
    const report = aHealthReport().withDatabaseDown().build();

    store.load();
    http
      .expectOne(HEALTH_URL)
      .flush(report, { status: 503, statusText: 'Service Unavailable' });

    expect(store.health()?.status).toBe('down');
    expect(store.health()?.checks.database.status).toBe('down');
    expect(store.error()).toBeNull();
  });

  it('reports the API as unreachable when a 503 carries no health report', () => {
    store.load();
    http.expectOne(HEALTH_URL).flush('<html>Service Unavailable</html>', {
      status: 503,
      statusText: 'Service Unavailable',
    });

    expect(store.health()).toBeNull();
    expect(store.error()).toBe('unreachable');
  });

  it('reports the API as unreachable when the network fails', () => {
    store.load();
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'));

    expect(store.error()).toBe('unreachable');
    expect(store.loading()).toBe(false);
  });

  it('reports an unexpected error for other failures', () => {
    store.load();
    http
      .expectOne(HEALTH_URL)
      .flush(null, { status: 500, statusText: 'Internal Server Error' });

    expect(store.error()).toBe('unexpected');
  });

  it('forgets the previous report when a later check fails, so no stale "up" is shown', () => {
    store.load();
    http.expectOne(HEALTH_URL).flush(aHealthReport().build());

    store.load();
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'));

    expect(store.health()).toBeNull();
  });

  it('keeps the newest answer when refresh is pressed twice quickly', () => {
    store.load();
    const first = http.expectOne(HEALTH_URL);
    store.load();
    const second = http.expectOne(HEALTH_URL);

    second.flush(aHealthReport().withoutWorker().build());

    expect(first.cancelled).toBe(true);
    expect(store.health()?.status).toBe('degraded');
  });
});
