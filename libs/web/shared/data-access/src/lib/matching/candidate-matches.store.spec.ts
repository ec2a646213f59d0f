import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CandidateMatchesStore } from './candidate-matches.store';
import { candidateMatchesUrl } from './matching.api';
import { aCandidateMatch } from './testing';

const CANDIDATE = '00000000-0000-4000-8000-000000000001';

describe('CandidateMatchesStore', () => {
  let store: CandidateMatchesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CandidateMatchesStore,
      ],
    });
    store = TestBed.inject(CandidateMatchesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the packages a candidate fits, best score first', () => {
    store.load(CANDIDATE);
    http.expectOne(candidateMatchesUrl(CANDIDATE)).flush({
      candidateId: CANDIDATE,
      items: [
        aCandidateMatch({ packageTitle: 'Archief', score: 62 }),
        aCandidateMatch({ packageTitle: 'Post', score: 81 }),
      ],
    });

    expect(store.matches().map((each) => each.packageTitle)).toEqual([
      'Post',
      'Archief',
    ]);
  });

  it('keeps the reason when a jobcoach asks for someone else’s candidate', () => {
    store.load(CANDIDATE);
    http
      .expectOne(candidateMatchesUrl(CANDIDATE))
      .flush(
        { statusCode: 403, code: 'FORBIDDEN', message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(store.matches()).toEqual([]);
    expect(store.error()).toMatchObject({ status: 403 });
  });
});
