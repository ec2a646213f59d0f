import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CandidatePage, CreateCandidateRequest } from '@jcw/shared-contracts';
import { CANDIDATES_URL } from './candidates.api';
import { CandidatesStore } from './candidates.store';
import { aCandidateProfile, aCandidateSummary } from './testing';

const REQUEST: CreateCandidateRequest = {
  bsn: '111222333',
  firstName: 'Anna',
  lastName: 'Bakker',
  targetGroup: 'wsw_indication',
  registerStartDate: '2026-11-01',
};

function aPage(overrides: Partial<CandidatePage> = {}): CandidatePage {
  return { items: [], total: 0, page: 1, pageSize: 25, ...overrides };
}

describe('CandidatesStore', () => {
  let store: CandidatesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CandidatesStore,
      ],
    });
    store = TestBed.inject(CandidatesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const listRequest = () =>
    http.expectOne((each) => each.url === CANDIDATES_URL);

  it('says it is loading until the page arrives, then shows its rows in the API order with the total', () => {
    store.load();
    expect(store.loading()).toBe(true);

    listRequest().flush(
      aPage({
        items: [
          aCandidateSummary({ displayName: 'Zoë Jansen' }),
          aCandidateSummary({ displayName: 'Anna Bakker' }),
        ],
        total: 27,
      }),
    );

    expect(store.loading()).toBe(false);
    expect(store.candidates().map((each) => each.displayName)).toEqual([
      'Zoë Jansen',
      'Anna Bakker',
    ]);
    expect(store.total()).toBe(27);
    expect(store.loaded()).toBe(true);
  });

  it('sends the filters and the page asked for, and leaves out the empty ones', () => {
    store.load({
      status: 'available',
      targetGroup: 'wsw_indication',
      region: 'midden_utrecht',
      maxCompleteness: 99,
      coach: 'none',
      q: '',
      page: 3,
      pageSize: 10,
    });

    const request = listRequest();
    const params = request.request.params;
    expect(
      Object.fromEntries(params.keys().map((key) => [key, params.get(key)])),
    ).toEqual({
      status: 'available',
      targetGroup: 'wsw_indication',
      region: 'midden_utrecht',
      maxCompleteness: '99',
      coach: 'none',
      page: '3',
      pageSize: '10',
    });
    request.flush(aPage({ page: 3, pageSize: 10, total: 31 }));

    expect(store.pageNumber()).toBe(3);
    expect(store.pageSize()).toBe(10);
    expect(store.query()).toMatchObject({ page: 3, coach: 'none' });
  });

  it('shows the page asked for last, even when an earlier answer comes late', () => {
    store.load({ page: 1 });
    store.load({ page: 2 });
    const [first, second] = http.match((each) => each.url === CANDIDATES_URL);
    expect(first.cancelled).toBe(true);
    second.flush(
      aPage({ page: 2, items: [aCandidateSummary({ displayName: 'B' })] }),
    );

    expect(store.pageNumber()).toBe(2);
    expect(store.candidates().map((each) => each.displayName)).toEqual(['B']);
  });

  it('keeps the reason when the list is refused, and shows no stale rows', () => {
    store.load();
    listRequest().flush(aPage({ items: [aCandidateSummary()], total: 1 }));

    store.load();
    listRequest().flush(
      { code: 'FORBIDDEN', message: 'Forbidden' },
      { status: 403, statusText: 'Forbidden' },
    );

    expect(store.candidates()).toEqual([]);
    expect(store.total()).toBe(0);
    expect(store.error()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(store.loading()).toBe(false);
  });

  it('creates a candidate and says it is saving meanwhile', async () => {
    const creating = store.create(REQUEST);
    expect(store.saving()).toBe(true);
    const request = http.expectOne(
      (each) => each.method === 'POST' && each.url === CANDIDATES_URL,
    );
    expect(request.request.body).toEqual(REQUEST);
    const created = aCandidateProfile({ firstName: 'Anna' });
    request.flush(created, { status: 201, statusText: 'Created' });

    expect(await creating).toEqual({ ok: true, value: created });
    expect(store.saving()).toBe(false);
  });

  it('returns the field the API refused, and a BSN already registered', async () => {
    const invalid = store.create(REQUEST);
    http.expectOne(CANDIDATES_URL).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: [{ field: 'bsn', message: 'BSN fails the eleven-test' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await invalid).toMatchObject({
      ok: false,
      failure: { fieldErrors: { bsn: 'BSN fails the eleven-test' } },
    });

    const duplicate = store.create(REQUEST);
    http
      .expectOne(CANDIDATES_URL)
      .flush(
        { code: 'CANDIDATE_EXISTS', message: 'Exists' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(await duplicate).toMatchObject({
      ok: false,
      failure: { status: 409, code: 'CANDIDATE_EXISTS' },
    });
    expect(store.saving()).toBe(false);
  });
});
