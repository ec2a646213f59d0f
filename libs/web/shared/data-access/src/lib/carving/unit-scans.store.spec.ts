import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { UnitScanWriteRequest } from '@jcw/shared-contracts';
import { CARVING_URL, unitScanUrl } from './carving.api';
import { A_UNIT_ID, aUnitScan } from './testing';
import { UnitScansStore } from './unit-scans.store';

const OTHER_UNIT_ID = '00000000-0000-4000-8000-00000000bbbb';

function aScanRequest(
  overrides: Partial<UnitScanWriteRequest> = {},
): UnitScanWriteRequest {
  return {
    unitId: A_UNIT_ID,
    coreTasks: ['Post'],
    tasksLeftUndone: [{ name: 'Archief opruimen', hoursPerWeek: 6 }],
    tasksBelowEducationLevel: [],
    overtimeHoursPerWeek: 4,
    temporaryStaffHoursPerWeek: 0,
    experiencedWorkload: 4,
    notes: null,
    ...overrides,
  };
}

describe('UnitScansStore', () => {
  let store: UnitScansStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        UnitScansStore,
      ],
    });
    store = TestBed.inject(UnitScansStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the earlier scans of the unit chosen', () => {
    store.load(A_UNIT_ID);
    const request = http.expectOne(
      (each) => each.url === CARVING_URL.unitScans,
    );
    expect(request.request.params.get('unitId')).toBe(A_UNIT_ID);
    const scan = aUnitScan();
    request.flush([scan]);

    expect(store.scans()).toEqual([scan]);
    expect(store.unitId()).toBe(A_UNIT_ID);
    expect(store.loading()).toBe(false);
  });

  it('shows only the scans of the unit chosen last, even when an earlier answer comes late', () => {
    store.load(A_UNIT_ID);
    store.load(OTHER_UNIT_ID);
    const [first, second] = http.match(
      (each) => each.url === CARVING_URL.unitScans,
    );
    expect(first.cancelled).toBe(true);
    const other = aUnitScan({ unitId: OTHER_UNIT_ID });
    second.flush([other]);

    expect(store.scans()).toEqual([other]);
  });

  it('keeps the reason when the scans cannot be read', () => {
    store.load(A_UNIT_ID);
    http
      .expectOne((each) => each.url === CARVING_URL.unitScans)
      .flush(
        { code: 'INTERNAL', message: 'Boom' },
        { status: 500, statusText: 'Server Error' },
      );
    expect(store.error()).toMatchObject({ status: 500 });
    expect(store.scans()).toEqual([]);
  });

  it('puts a new scan of the unit on screen on top of the earlier ones', async () => {
    store.load(A_UNIT_ID);
    const earlier = aUnitScan();
    http
      .expectOne((each) => each.url === CARVING_URL.unitScans)
      .flush([earlier]);

    const saving = store.create(aScanRequest());
    expect(store.saving()).toBe(true);
    const request = http.expectOne({
      method: 'POST',
      url: CARVING_URL.unitScans,
    });
    expect(request.request.body).toEqual(aScanRequest());
    const saved = aUnitScan();
    request.flush(saved);

    expect(await saving).toEqual({ ok: true, value: saved });
    expect(store.scans()).toEqual([saved, earlier]);
    expect(store.saving()).toBe(false);
  });

  it('leaves the list as it was when the API refuses the scan', async () => {
    store.load(A_UNIT_ID);
    http.expectOne((each) => each.url === CARVING_URL.unitScans).flush([]);

    const saving = store.create(aScanRequest());
    http
      .expectOne({ method: 'POST', url: CARVING_URL.unitScans })
      .flush(
        { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Bad' },
        { status: 400, statusText: 'Bad Request' },
      );

    const outcome = await saving;
    expect(outcome.ok).toBe(false);
    expect(store.scans()).toEqual([]);
  });

  it('builds the address of one scan from its id', () => {
    expect(unitScanUrl('a/b')).toBe('/api/unit-scans/a%2Fb');
  });
});
