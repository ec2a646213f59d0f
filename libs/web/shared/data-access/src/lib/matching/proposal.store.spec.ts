import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IDEMPOTENCY_HEADER } from '../http/idempotency-key';
import { proposalUrl } from './matching.api';
import { ProposalStore } from './proposal.store';
import { aProposal } from './testing';

const ID = '00000000-0000-4000-8900-000000000099';

describe('ProposalStore', () => {
  let store: ProposalStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ProposalStore,
      ],
    });
    store = TestBed.inject(ProposalStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loaded() {
    store.load(ID);
    const proposal = aProposal({ id: ID });
    http.expectOne(proposalUrl(ID)).flush(proposal);
    return proposal;
  }

  it('accepts with the dialog key and shows the proposal with its placement', async () => {
    loaded();
    const accepting = store.accept(
      { startDate: '2026-12-01', contractKind: 'employment', hoursPerWeek: 20 },
      'key-9',
    );
    expect(store.saving()).toBe(true);
    const request = http.expectOne(`${proposalUrl(ID)}/accept`);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get(IDEMPOTENCY_HEADER)).toBe('key-9');
    expect(request.request.body).toEqual({
      startDate: '2026-12-01',
      contractKind: 'employment',
      hoursPerWeek: 20,
    });
    const accepted = aProposal({
      id: ID,
      status: 'accepted',
      placementId: '00000000-0000-4000-8700-000000000001',
    });
    request.flush(accepted);

    expect(await accepting).toEqual({ ok: true, value: accepted });
    expect(store.proposal()?.placementId).toBe(accepted.placementId);
    expect(store.saving()).toBe(false);
  });

  it('keeps the open proposal on screen when accepting is refused, with the reason', async () => {
    const proposal = loaded();
    const accepting = store.accept(
      { startDate: '2026-12-01', contractKind: 'employment' },
      'key-10',
    );
    http.expectOne(`${proposalUrl(ID)}/accept`).flush(
      {
        statusCode: 409,
        code: 'PROPOSAL_DECIDED',
        message: 'Someone decided on this proposal already.',
        details: [],
      },
      { status: 409, statusText: 'Conflict' },
    );

    expect(await accepting).toMatchObject({
      ok: false,
      failure: {
        code: 'PROPOSAL_DECIDED',
        message: 'Someone decided on this proposal already.',
      },
    });
    expect(store.proposal()).toEqual(proposal);
  });

  it('rejects with a reason and a note, without a key', async () => {
    loaded();
    const rejecting = store.reject({ reason: 'team_not_ready', note: null });
    const request = http.expectOne(`${proposalUrl(ID)}/reject`);
    expect(request.request.headers.has(IDEMPOTENCY_HEADER)).toBe(false);
    expect(request.request.body).toEqual({
      reason: 'team_not_ready',
      note: null,
    });
    request.flush(
      aProposal({
        id: ID,
        status: 'rejected',
        rejectionReason: 'team_not_ready',
      }),
    );

    await rejecting;
    expect(store.proposal()?.status).toBe('rejected');
  });

  it('withdraws an open proposal', async () => {
    loaded();
    const withdrawing = store.withdraw();
    http
      .expectOne({ method: 'POST', url: `${proposalUrl(ID)}/withdraw` })
      .flush(aProposal({ id: ID, status: 'withdrawn' }));

    await withdrawing;
    expect(store.proposal()?.status).toBe('withdrawn');
  });
});
