import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { createEnvironmentInjector, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { packageUrl } from '../carving/carving.api';
import { aPackage } from '../carving/testing';
import { IDEMPOTENCY_HEADER } from '../http/idempotency-key';
import {
  carvingFeedbackUrl,
  MATCHING_URL,
  nearMissesUrl,
  packageMatchesUrl,
} from './matching.api';
import {
  MATCH_POLL_INTERVAL_MS,
  PackageMatchesStore,
} from './package-matches.store';
import { A_PACKAGE_ID, aMatchPage, aPackageMatch, aProposal } from './testing';

const runInfo = {
  status: 'ready' as const,
  packageVersion: 2,
  computedForVersion: 2,
  computedAt: '2026-11-23T08:00:00.000Z',
  engineVersion: '1.0',
  poolSize: 12,
  feasibleCount: 1,
};

describe('PackageMatchesStore', () => {
  let store: PackageMatchesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        PackageMatchesStore,
      ],
    });
    store = TestBed.inject(PackageMatchesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const matchesRequest = () =>
    http.expectOne((each) => each.url === packageMatchesUrl(A_PACKAGE_ID));

  function opened(first = aMatchPage()) {
    store.load(A_PACKAGE_ID);
    http
      .expectOne(packageUrl(A_PACKAGE_ID))
      .flush(aPackage({ id: A_PACKAGE_ID }));
    const matches = matchesRequest();
    matches.flush(first);
    http
      .expectOne(nearMissesUrl(A_PACKAGE_ID))
      .flush({ ...runInfo, items: [] });
    http
      .expectOne(carvingFeedbackUrl(A_PACKAGE_ID))
      .flush({ ...runInfo, feasibleNow: 1, tasks: [] });
    return matches;
  }

  it('asks for the first page of ranked matches with the page size', () => {
    const request = opened();
    const params = request.request.params;
    expect({
      page: params.get('page'),
      pageSize: params.get('pageSize'),
    }).toEqual({ page: '1', pageSize: '20' });
    expect(store.matches().map((each) => each.pseudonym)).toEqual([
      'Kandidaat K-4821',
    ]);
    expect(store.pending()).toBe(false);
  });

  it('asks again every two seconds while the scoring run is pending, keeping the rows shown', () => {
    opened(aMatchPage({ status: 'pending', computedForVersion: 1 }));
    expect(store.pending()).toBe(true);

    jest.advanceTimersByTime(MATCH_POLL_INTERVAL_MS - 1);
    http.expectNone((each) => each.url === packageMatchesUrl(A_PACKAGE_ID));
    jest.advanceTimersByTime(1);
    const poll = matchesRequest();
    expect(store.matches()).toHaveLength(1);
    poll.flush(aMatchPage({ status: 'pending', computedForVersion: 1 }));

    jest.advanceTimersByTime(MATCH_POLL_INTERVAL_MS);
    matchesRequest().flush(
      aMatchPage({
        items: [aPackageMatch({ pseudonym: 'Kandidaat K-1000' })],
      }),
    );

    expect(store.pending()).toBe(false);
    expect(store.matches().map((each) => each.pseudonym)).toEqual([
      'Kandidaat K-1000',
    ]);
    // The finished run has its own near misses and feedback.
    http
      .expectOne(nearMissesUrl(A_PACKAGE_ID))
      .flush({ ...runInfo, items: [] });
    http
      .expectOne(carvingFeedbackUrl(A_PACKAGE_ID))
      .flush({ ...runInfo, feasibleNow: 1, tasks: [] });
    jest.advanceTimersByTime(MATCH_POLL_INTERVAL_MS * 3);
    http.expectNone((each) => each.url === packageMatchesUrl(A_PACKAGE_ID));
  });

  it('stops asking once the page is left', () => {
    // The page provides the store: its injector goes when the page does.
    const pageInjector = createEnvironmentInjector(
      [PackageMatchesStore],
      TestBed.inject(EnvironmentInjector),
    );
    store = pageInjector.get(PackageMatchesStore);
    opened(aMatchPage({ status: 'pending' }));

    pageInjector.destroy();
    jest.advanceTimersByTime(MATCH_POLL_INTERVAL_MS * 2);

    http.expectNone((each) => each.url === packageMatchesUrl(A_PACKAGE_ID));
  });

  it('turns the page without reading the package again', () => {
    opened(aMatchPage({ total: 41 }));

    store.load(A_PACKAGE_ID, 3);

    const request = matchesRequest();
    expect(request.request.params.get('page')).toBe('3');
    http.expectNone(packageUrl(A_PACKAGE_ID));
    request.flush(aMatchPage({ page: 3, total: 41 }));
    expect(store.pageNumber()).toBe(3);
  });

  it('proposes a candidate with the dialog key and shows the open proposal on the row', async () => {
    const match = aPackageMatch();
    opened(aMatchPage({ items: [match] }));

    const proposing = store.propose(match.candidateId, 'Past goed', 'key-3');
    expect(store.proposing()).toBe(match.candidateId);
    const request = http.expectOne(MATCHING_URL.proposals);
    expect(request.request.headers.get(IDEMPOTENCY_HEADER)).toBe('key-3');
    expect(request.request.body).toEqual({
      packageId: A_PACKAGE_ID,
      candidateId: match.candidateId,
      motivation: 'Past goed',
    });
    const proposal = aProposal({ candidateId: match.candidateId });
    request.flush(proposal, { status: 201, statusText: 'Created' });

    expect(await proposing).toEqual({ ok: true, value: proposal });
    expect(store.matches()[0].proposal).toEqual({
      id: proposal.id,
      status: 'proposed',
    });
    expect(store.proposing()).toBeNull();
  });

  it('keeps the row as it was when the API refuses the proposal', async () => {
    const match = aPackageMatch();
    opened(aMatchPage({ items: [match] }));

    const proposing = store.propose(match.candidateId, null, 'key-4');
    http.expectOne(MATCHING_URL.proposals).flush(
      {
        statusCode: 409,
        code: 'PROPOSAL_EXISTS',
        message: 'An open proposal exists.',
        details: [],
      },
      { status: 409, statusText: 'Conflict' },
    );

    expect(await proposing).toMatchObject({
      ok: false,
      failure: { status: 409, code: 'PROPOSAL_EXISTS' },
    });
    expect(store.matches()[0].proposal).toBeNull();
  });
});
