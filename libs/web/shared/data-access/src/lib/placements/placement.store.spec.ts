import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IDEMPOTENCY_HEADER } from '../http/idempotency-key';
import { placementUrl } from './placements.api';
import { PlacementStore } from './placement.store';
import { aLedgerEntry, aPlacement } from './testing';

const ID = '00000000-0000-4000-8700-000000000001';

describe('PlacementStore', () => {
  let store: PlacementStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        PlacementStore,
      ],
    });
    store = TestBed.inject(PlacementStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loaded() {
    store.load(ID);
    const placement = aPlacement({ id: ID });
    http.expectOne(placementUrl(ID)).flush(placement);
    http.expectOne(`${placementUrl(ID)}/ledger`).flush([aLedgerEntry()]);
    return placement;
  }

  it('reads the placement and its ledger lines', () => {
    const placement = loaded();
    expect(store.placement()).toEqual(placement);
    expect(store.ledger().map((entry) => entry.kind)).toEqual([
      'placement_started',
    ]);
  });

  it('changes the hours from a date with the form key, then reads the ledger again', async () => {
    loaded();
    const saving = store.changeHours(
      { effectiveFrom: '2026-03-01', hoursPerWeek: 20, note: 'Op verzoek' },
      'key-7',
    );
    const request = http.expectOne(`${placementUrl(ID)}/hours`);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get(IDEMPOTENCY_HEADER)).toBe('key-7');
    expect(request.request.body).toEqual({
      effectiveFrom: '2026-03-01',
      hoursPerWeek: 20,
      note: 'Op verzoek',
    });
    const changed = aPlacement({ id: ID, hoursPerWeek: 20, version: 2 });
    request.flush(changed);
    await saving;

    expect(store.placement()).toEqual(changed);
    http
      .expectOne(`${placementUrl(ID)}/ledger`)
      .flush([
        aLedgerEntry(),
        aLedgerEntry({ kind: 'hours_changed', effectiveDate: '2026-03-01' }),
      ]);
    expect(store.ledger().map((entry) => entry.kind)).toEqual([
      'placement_started',
      'hours_changed',
    ]);
  });

  it('keeps the placement on screen when ending it is refused', async () => {
    const placement = loaded();
    const ending = store.end(
      { endDate: '2025-12-01', reason: 'too_heavy', note: null },
      'key-8',
    );
    http.expectOne(`${placementUrl(ID)}/end`).flush(
      {
        statusCode: 422,
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: [{ field: 'endDate', message: 'before the start date' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );

    expect(await ending).toMatchObject({
      ok: false,
      failure: { fieldErrors: { endDate: 'before the start date' } },
    });
    expect(store.placement()).toEqual(placement);
    expect(store.saving()).toBe(false);
  });
});
