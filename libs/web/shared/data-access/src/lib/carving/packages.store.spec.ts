import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PackageListItemDto } from '@jcw/shared-contracts';
import { CARVING_URL } from './carving.api';
import { PackagesStore } from './packages.store';

const item = (title: string, updatedAt: string): PackageListItemDto => ({
  id: title,
  unitId: 'u',
  unitName: 'Facilitair',
  title,
  status: 'draft',
  version: 1,
  hoursPerWeek: 20,
  jobUnits: 0.784,
  updatedAt,
});

describe('PackagesStore', () => {
  let store: PackagesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        PackagesStore,
      ],
    });
    store = TestBed.inject(PackagesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the packages of one status, most recently changed first', () => {
    store.load('published');
    const request = http.expectOne((each) => each.url === CARVING_URL.packages);
    expect(request.request.params.get('status')).toBe('published');
    expect(store.loading()).toBe(true);
    request.flush([
      item('Oud', '2026-01-01T00:00:00.000Z'),
      item('Nieuw', '2026-06-01T00:00:00.000Z'),
    ]);

    expect(store.packages().map((each) => each.title)).toEqual([
      'Nieuw',
      'Oud',
    ]);
    expect(store.loading()).toBe(false);
  });

  it('keeps the reason when the list is refused', () => {
    store.load();
    const request = http.expectOne(CARVING_URL.packages);
    expect(request.request.params.has('status')).toBe(false);
    request.flush(
      { code: 'FORBIDDEN', message: 'Forbidden' },
      { status: 403, statusText: 'Forbidden' },
    );
    expect(store.error()).toMatchObject({ status: 403 });
  });
});
