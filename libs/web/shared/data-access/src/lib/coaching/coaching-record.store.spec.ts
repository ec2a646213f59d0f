import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { coachingUrl } from './coaching.api';
import { CoachingRecordStore } from './coaching-record.store';
import { aCoachingRecord } from './testing';

const CANDIDATE = '00000000-0000-4000-8000-000000000001';

describe('CoachingRecordStore', () => {
  let store: CoachingRecordStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CoachingRecordStore,
      ],
    });
    store = TestBed.inject(CoachingRecordStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loaded(record = aCoachingRecord()) {
    store.load(CANDIDATE);
    http.expectOne(coachingUrl(CANDIDATE)).flush(record);
    return record;
  }

  it('reads the whole record of the candidate', () => {
    store.load(CANDIDATE);
    expect(store.loading()).toBe(true);
    const record = aCoachingRecord({ atRisk: true });
    http.expectOne(coachingUrl(CANDIDATE)).flush(record);

    expect(store.record()).toEqual(record);
    expect(store.loading()).toBe(false);
  });

  it('logs a contact and then reads the record again for the new signals', async () => {
    const before = loaded();

    const saving = store.addContact({
      contactDate: '2026-11-20',
      type: 'incident',
      notes: 'Conflict met collega',
    });
    const request = http.expectOne({
      method: 'POST',
      url: `${coachingUrl(CANDIDATE)}/contacts`,
    });
    expect(request.request.body).toEqual({
      contactDate: '2026-11-20',
      type: 'incident',
      notes: 'Conflict met collega',
    });
    request.flush({ id: 'c1' }, { status: 201, statusText: 'Created' });
    expect((await saving).ok).toBe(true);

    // The old record stays on screen until the fresh one arrives.
    expect(store.record()).toEqual(before);
    const after = aCoachingRecord({
      atRisk: true,
      signals: [{ code: 'incident', contactDate: '2026-11-20' }],
    });
    http.expectOne(coachingUrl(CANDIDATE)).flush(after);
    expect(store.record()).toEqual(after);
  });

  it('puts the hours of a week under its Monday', async () => {
    loaded();
    const saving = store.logHours('2026-11-16', 3.5);
    const request = http.expectOne(
      `${coachingUrl(CANDIDATE)}/hours/2026-11-16`,
    );
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ hours: 3.5 });
    request.flush({ weekStart: '2026-11-16', hours: 3.5, normHours: 4 });
    await saving;
    http.expectOne(coachingUrl(CANDIDATE)).flush(aCoachingRecord());
  });

  it('changes a goal with a PATCH of only what changed', async () => {
    loaded();
    const saving = store.updateGoal('g1', { progressPercent: 60 });
    const request = http.expectOne(`${coachingUrl(CANDIDATE)}/goals/g1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ progressPercent: 60 });
    request.flush({});
    await saving;
    http.expectOne(coachingUrl(CANDIDATE)).flush(aCoachingRecord());
  });

  it('returns the refusal of a milestone already evaluated and keeps the record', async () => {
    const before = loaded();
    const saving = store.addEvaluation({
      milestoneMonths: 1,
      evaluationDate: '2026-11-20',
      wellbeing: 4,
      workloadFit: 4,
      teamFit: 4,
      managerSupport: 4,
    });
    http.expectOne(`${coachingUrl(CANDIDATE)}/evaluations`).flush(
      {
        code: 'EVALUATION_EXISTS',
        message: 'Exists',
        details: [{ field: 'milestoneMonths', message: 'already evaluated' }],
      },
      { status: 409, statusText: 'Conflict' },
    );

    expect(await saving).toMatchObject({
      ok: false,
      failure: { code: 'EVALUATION_EXISTS' },
    });
    expect(store.record()).toEqual(before);
    expect(store.saving()).toBe(false);
  });

  it('downloads the logbook in the language asked for', async () => {
    loaded();
    const downloading = store.downloadLogbook('en');
    const request = http.expectOne(
      (each) => each.url === `${coachingUrl(CANDIDATE)}/logbook.pdf`,
    );
    expect(request.request.params.get('lang')).toBe('en');
    expect(request.request.responseType).toBe('blob');
    const blob = new Blob(['%PDF']);
    request.flush(blob);
    expect(await downloading).toEqual({ ok: true, value: blob });
  });
});
