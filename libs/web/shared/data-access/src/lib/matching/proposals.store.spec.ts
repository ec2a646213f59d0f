import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATCHING_URL } from './matching.api';
import { ProposalsStore } from './proposals.store';
import { aProposalListItem } from './testing';

describe('ProposalsStore', () => {
  let store: ProposalsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ProposalsStore,
      ],
    });
    store = TestBed.inject(ProposalsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the proposals with the status filter and lists the newest first', () => {
    store.load({ status: 'proposed' });
    expect(store.loading()).toBe(true);

    const request = http.expectOne(
      (each) => each.url === MATCHING_URL.proposals,
    );
    expect(request.request.params.get('status')).toBe('proposed');
    expect(request.request.params.has('packageId')).toBe(false);
    request.flush([
      aProposalListItem({
        pseudonym: 'Kandidaat K-1',
        proposedAt: '2026-11-20T09:00:00.000Z',
      }),
      aProposalListItem({
        pseudonym: 'Kandidaat K-2',
        proposedAt: '2026-11-22T09:00:00.000Z',
      }),
    ]);

    expect(store.proposals().map((each) => each.pseudonym)).toEqual([
      'Kandidaat K-2',
      'Kandidaat K-1',
    ]);
    expect(store.loaded()).toBe(true);
  });

  it('reads the rejection report', () => {
    store.loadRejectionReport();
    http.expectOne(MATCHING_URL.rejectionReport).flush({
      rows: [
        {
          packageId: 'p',
          packageTitle: 'Medewerker post en archief',
          unitId: 'u',
          unitName: 'Afdeling Facilitaire Zaken',
          reason: 'team_not_ready',
          count: 2,
        },
      ],
      totalRejected: 2,
      totalAccepted: 5,
    });

    expect(store.rejectionReport()?.totalAccepted).toBe(5);
  });

  it('sends the weekly spotlight and says it is sending meanwhile', async () => {
    const sending = store.sendSpotlight();
    expect(store.spotlightSending()).toBe(true);

    const request = http.expectOne(MATCHING_URL.spotlight);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    request.flush({ week: '2026-W49', notified: 3, packages: 4 });

    expect(await sending).toEqual({
      ok: true,
      value: { week: '2026-W49', notified: 3, packages: 4 },
    });
    expect(store.spotlightSending()).toBe(false);
  });

  it('keeps the reason when the list is refused', () => {
    store.load();
    http
      .expectOne(MATCHING_URL.proposals)
      .flush(
        { statusCode: 403, code: 'FORBIDDEN', message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(store.proposals()).toEqual([]);
    expect(store.error()).toMatchObject({ status: 403 });
    expect(store.loaded()).toBe(false);
  });
});
