import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CandidateProfileStore } from './candidate-profile.store';
import { candidateUrl } from './candidates.api';
import { aCandidateProfile } from './testing';

describe('CandidateProfileStore', () => {
  let store: CandidateProfileStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CandidateProfileStore,
      ],
    });
    store = TestBed.inject(CandidateProfileStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loaded(profile = aCandidateProfile()) {
    store.load(profile.id);
    http.expectOne(candidateUrl(profile.id)).flush(profile);
    return profile;
  }

  it('loads one profile, saying it is loading meanwhile', () => {
    const profile = aCandidateProfile();

    store.load(profile.id);
    expect(store.loading()).toBe(true);
    http.expectOne(candidateUrl(profile.id)).flush(profile);

    expect(store.loading()).toBe(false);
    expect(store.profile()).toEqual(profile);
  });

  it('keeps a 404 as the reason and shows no profile', () => {
    loaded();

    store.load('someone-elses');
    expect(store.profile()).toBeNull();
    http
      .expectOne(candidateUrl('someone-elses'))
      .flush(
        { code: 'NOT_FOUND', message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );

    expect(store.profile()).toBeNull();
    expect(store.error()?.status).toBe(404);
  });

  it('sends only the changes and shows the profile the API returns', async () => {
    const profile = loaded();

    const saving = store.save({ status: 'in_process', consentGiven: true });
    expect(store.saving()).toBe(true);
    const request = http.expectOne(candidateUrl(profile.id));
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      status: 'in_process',
      consentGiven: true,
    });
    const saved = {
      ...profile,
      status: 'in_process' as const,
      consent: {
        given: true,
        date: '2026-11-23',
        scope: 'share_profile_with_managers' as const,
      },
    };
    request.flush(saved);

    expect(await saving).toEqual({ ok: true, value: saved });
    expect(store.profile()).toEqual(saved);
    expect(store.saving()).toBe(false);
  });

  it('keeps the profile shown when saving fails', async () => {
    const profile = loaded();

    const saving = store.save({ notes: 'x' });
    http
      .expectOne(candidateUrl(profile.id))
      .flush(
        { code: 'VALIDATION_FAILED', message: 'Invalid' },
        { status: 400, statusText: 'Bad Request' },
      );

    expect(await saving).toMatchObject({ ok: false });
    expect(store.profile()).toEqual(profile);
    expect(store.error()).toBeNull();
  });

  it('erases the candidate with a DELETE and reports success', async () => {
    const profile = loaded();

    const erasing = store.erase();
    expect(store.saving()).toBe(true);
    const request = http.expectOne(candidateUrl(profile.id));
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });

    expect(await erasing).toMatchObject({ ok: true });
    expect(store.saving()).toBe(false);
  });

  it('keeps the profile shown when erasing is refused', async () => {
    const profile = loaded();

    const erasing = store.erase();
    http
      .expectOne(candidateUrl(profile.id))
      .flush(
        { code: 'FORBIDDEN', message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(await erasing).toMatchObject({
      ok: false,
      failure: { status: 403 },
    });
    expect(store.profile()).toEqual(profile);
  });
});
