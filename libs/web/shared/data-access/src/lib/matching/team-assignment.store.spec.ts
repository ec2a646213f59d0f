import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IDEMPOTENCY_HEADER } from '../http/idempotency-key';
import { MATCHING_URL } from './matching.api';
import { TeamAssignmentStore } from './team-assignment.store';
import { anAssignmentRow, aProposal, aTeamAssignment } from './testing';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('TeamAssignmentStore', () => {
  let store: TeamAssignmentStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        TeamAssignmentStore,
      ],
    });
    store = TestBed.inject(TeamAssignmentStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const first = anAssignmentRow({ packageTitle: 'Post' });
  const second = anAssignmentRow({ packageTitle: 'Archief' });
  const empty = anAssignmentRow({ packageTitle: 'Kantine', assigned: null });

  function computed() {
    store.compute({
      packageIds: [first.packageId, second.packageId, empty.packageId],
      pool: { excludeProposed: true },
    });
    const request = http.expectOne(MATCHING_URL.teamAssignments);
    expect(request.request.body).toEqual({
      packageIds: [first.packageId, second.packageId, empty.packageId],
      pool: { excludeProposed: true },
    });
    request.flush(aTeamAssignment([first, second, empty]));
  }

  it('computes the assignment for the chosen packages and pool', () => {
    computed();
    expect(store.assignment()?.filled).toBe(2);
    expect(store.proposable().map((row) => row.packageTitle)).toEqual([
      'Post',
      'Archief',
    ]);
  });

  it('proposes every assigned pair with a key of its own and reports per row', async () => {
    computed();
    const proposing = store.proposeAll();

    const one = http.expectOne(MATCHING_URL.proposals);
    expect(one.request.body).toEqual({
      packageId: first.packageId,
      candidateId: first.assigned?.candidateId,
    });
    const firstKey = one.request.headers.get(IDEMPOTENCY_HEADER);
    expect(store.rowResults()[first.packageId]).toEqual({ state: 'saving' });
    one.flush(aProposal({ packageId: first.packageId }));
    await settle();

    const two = http.expectOne(MATCHING_URL.proposals);
    expect(two.request.body.packageId).toBe(second.packageId);
    expect(two.request.headers.get(IDEMPOTENCY_HEADER)).not.toBe(firstKey);
    two.flush(
      {
        statusCode: 409,
        code: 'MATCH_NOT_FEASIBLE',
        message: 'The candidate no longer fits.',
        details: [],
      },
      { status: 409, statusText: 'Conflict' },
    );

    expect(await proposing).toEqual({ proposed: 1, failed: 1 });
    expect(store.rowResults()[first.packageId]?.state).toBe('proposed');
    expect(store.rowResults()[second.packageId]).toMatchObject({
      state: 'failed',
      failure: { code: 'MATCH_NOT_FEASIBLE' },
    });
    expect(store.proposing()).toBe(false);
  });

  it('retries only the rows that did not go through, with the same key after a lost answer', async () => {
    computed();
    const proposing = store.proposeAll();
    http.expectOne(MATCHING_URL.proposals).flush(aProposal());
    await settle();
    const lost = http.expectOne(MATCHING_URL.proposals);
    const lostKey = lost.request.headers.get(IDEMPOTENCY_HEADER);
    lost.flush(null, { status: 503, statusText: 'Service Unavailable' });
    await proposing;

    const again = store.proposeAll();
    const retry = http.expectOne(MATCHING_URL.proposals);
    expect(retry.request.body.packageId).toBe(second.packageId);
    expect(retry.request.headers.get(IDEMPOTENCY_HEADER)).toBe(lostKey);
    retry.flush(aProposal());

    expect(await again).toEqual({ proposed: 1, failed: 0 });
  });
});
