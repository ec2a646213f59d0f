import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CreateCandidateRequest } from '@jcw/shared-contracts';
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

  it('says it is loading until the list arrives, then lists by name', () => {
    store.load();
    expect(store.loading()).toBe(true);

    http
      .expectOne(CANDIDATES_URL)
      .flush([
        aCandidateSummary({ displayName: 'Zoë Jansen' }),
        aCandidateSummary({ displayName: 'anna Bakker' }),
      ]);

    expect(store.loading()).toBe(false);
    expect(store.candidates().map((each) => each.displayName)).toEqual([
      'anna Bakker',
      'Zoë Jansen',
    ]);
  });

  it('keeps the reason when the list is refused, and shows no stale rows', () => {
    store.load();
    http.expectOne(CANDIDATES_URL).flush([aCandidateSummary()]);

    store.load();
    http
      .expectOne(CANDIDATES_URL)
      .flush(
        { code: 'FORBIDDEN', message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(store.candidates()).toEqual([]);
    expect(store.error()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(store.loading()).toBe(false);
  });

  it('adds a created candidate to the list', async () => {
    store.load();
    http.expectOne(CANDIDATES_URL).flush([]);

    const creating = store.create(REQUEST);
    expect(store.saving()).toBe(true);
    const request = http.expectOne(
      (each) => each.method === 'POST' && each.url === CANDIDATES_URL,
    );
    expect(request.request.body).toEqual(REQUEST);
    const created = aCandidateProfile({
      firstName: 'Anna',
      lastName: 'Bakker',
      consent: { given: true, date: '2026-11-01' },
      completeness: { score: 60, missing: [] },
    });
    request.flush(created, { status: 201, statusText: 'Created' });

    const outcome = await creating;
    expect(outcome).toEqual({ ok: true, value: created });
    expect(store.saving()).toBe(false);
    expect(store.candidates()).toEqual([
      expect.objectContaining({
        id: created.id,
        displayName: 'Anna Bakker',
        consentGiven: true,
        completenessScore: 60,
      }),
    ]);
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
    expect(store.candidates()).toEqual([]);
    expect(store.saving()).toBe(false);
  });
});
