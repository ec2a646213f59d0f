import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FunctionWriteRequest } from '@jcw/shared-contracts';
import { CARVING_URL } from './carving.api';
import { FunctionsStore } from './functions.store';
import { A_UNIT_ID, aFunction, aFunctionSummary, aTask } from './testing';

const REQUEST: FunctionWriteRequest = {
  unitId: A_UNIT_ID,
  title: 'Medewerker postkamer',
  employerCostPerHour: 42,
  employeeCount: 2,
  contractHoursPerWeek: 36,
};

describe('FunctionsStore', () => {
  let store: FunctionsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        FunctionsStore,
      ],
    });
    store = TestBed.inject(FunctionsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('says it is loading until the functions arrive, then lists them by title', () => {
    store.load();
    expect(store.loading()).toBe(true);

    http
      .expectOne(CARVING_URL.functions)
      .flush([
        aFunctionSummary({ title: 'Secretaresse' }),
        aFunctionSummary({ title: 'beheerder' }),
      ]);

    expect(store.loading()).toBe(false);
    expect(store.functions().map((each) => each.title)).toEqual([
      'beheerder',
      'Secretaresse',
    ]);
  });

  it('keeps the reason when the list is refused', () => {
    store.load();
    http
      .expectOne(CARVING_URL.functions)
      .flush(
        { code: 'FORBIDDEN', message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(store.error()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(store.functions()).toEqual([]);
  });

  it('adds a created function to the list with its task counts', async () => {
    const creating = store.create(REQUEST);
    expect(store.saving()).toBe(true);
    const request = http.expectOne({
      method: 'POST',
      url: CARVING_URL.functions,
    });
    expect(request.request.body).toEqual(REQUEST);
    request.flush(
      aFunction({ title: 'Medewerker postkamer' }, [
        aTask({ hoursPerWeek: 6 }),
        aTask({ hoursPerWeek: 4, carvable: false }),
      ]),
    );

    expect(await creating).toMatchObject({ ok: true });
    expect(store.saving()).toBe(false);
    expect(store.functions()).toEqual([
      expect.objectContaining({
        title: 'Medewerker postkamer',
        taskCount: 2,
        carvableTaskCount: 1,
        taskHoursPerWeek: 10,
      }),
    ]);
  });

  it('returns the fields the API refused and adds nothing', async () => {
    const creating = store.create(REQUEST);
    http.expectOne(CARVING_URL.functions).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: [{ field: 'title', message: 'title should not be empty' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(await creating).toMatchObject({
      ok: false,
      failure: { fieldErrors: { title: 'title should not be empty' } },
    });
    expect(store.functions()).toEqual([]);
  });
});
