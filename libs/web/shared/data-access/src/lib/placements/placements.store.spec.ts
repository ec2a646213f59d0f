import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CreatePlacementRequest } from '@jcw/shared-contracts';
import { IDEMPOTENCY_HEADER } from '../http/idempotency-key';
import { PLACEMENTS_URL } from './placements.api';
import { PlacementsStore } from './placements.store';
import { aPlacement, aPlacementPage } from './testing';

const REQUEST: CreatePlacementRequest = {
  candidateId: '00000000-0000-4000-8000-000000000001',
  unitId: '00000000-0000-4000-8000-00000000aaaa',
  packageId: null,
  method: 'individual',
  contractKind: 'employment',
  startDate: '2026-01-01',
  hoursPerWeek: 25.5,
};

describe('PlacementsStore', () => {
  let store: PlacementsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        PlacementsStore,
      ],
    });
    store = TestBed.inject(PlacementsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the filtered page and shows its rows with the total', () => {
    store.load({ status: 'active', method: 'hired_in', page: 2, pageSize: 25 });
    expect(store.loading()).toBe(true);

    const request = http.expectOne((each) => each.url === PLACEMENTS_URL);
    const params = request.request.params;
    expect(
      Object.fromEntries(params.keys().map((key) => [key, params.get(key)])),
    ).toEqual({
      status: 'active',
      method: 'hired_in',
      page: '2',
      pageSize: '25',
    });
    request.flush(
      aPlacementPage({
        items: [aPlacement({ candidateName: 'Sanne de Vries' })],
        total: 26,
        page: 2,
      }),
    );

    expect(store.placements().map((each) => each.candidateName)).toEqual([
      'Sanne de Vries',
    ]);
    expect(store.total()).toBe(26);
    expect(store.pageNumber()).toBe(2);
    expect(store.loading()).toBe(false);
  });

  it('sends the form key with a new placement and says it is saving meanwhile', async () => {
    const creating = store.create(REQUEST, 'key-1');
    expect(store.saving()).toBe(true);

    const request = http.expectOne(
      (each) => each.method === 'POST' && each.url === PLACEMENTS_URL,
    );
    expect(request.request.headers.get(IDEMPOTENCY_HEADER)).toBe('key-1');
    expect(request.request.body).toEqual(REQUEST);
    const created = aPlacement();
    request.flush(created, { status: 201, statusText: 'Created' });

    expect(await creating).toEqual({ ok: true, value: created });
    expect(store.saving()).toBe(false);
  });

  it('returns the field the API names when the hours exceed the candidate maximum', async () => {
    const creating = store.create(REQUEST, 'key-1');
    http.expectOne(PLACEMENTS_URL).flush(
      {
        statusCode: 409,
        code: 'CANDIDATE_HOURS_EXCEEDED',
        message: 'Too many hours',
        details: [{ field: 'hoursPerWeek', message: 'At most 24 hours' }],
      },
      { status: 409, statusText: 'Conflict' },
    );

    expect(await creating).toMatchObject({
      ok: false,
      failure: {
        status: 409,
        fieldErrors: { hoursPerWeek: 'At most 24 hours' },
      },
    });
  });
});
