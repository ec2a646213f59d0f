import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CandidatePage } from '@jcw/shared-contracts';
import { aUnit } from '@jcw/shared-contracts/testing';
import {
  CANDIDATES_URL,
  CARVING_URL,
  IDEMPOTENCY_HEADER,
  IDENTITY_URL,
  PLACEMENTS_URL,
} from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { PlacementCreatePage } from './placement-create-page';

const UNIT = aUnit('Afdeling Facilitaire Zaken').build();
const MOHAMED = {
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Mohamed El Amrani',
  status: 'available' as const,
  targetGroup: 'school_leaver_vso_pro' as const,
  labourMarketRegion: null,
  jobcoachUserId: null,
  consentGiven: true,
  completenessScore: 80,
};
const candidatePage = (): CandidatePage => ({
  items: [MOHAMED],
  total: 1,
  page: 1,
  pageSize: 10,
});

@Component({ template: '' })
class DetailStub {}

async function openCreatePage() {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'plaatsingen/nieuw', component: PlacementCreatePage },
        { path: 'plaatsingen/:id', component: DetailStub },
      ]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles('hr_adviser').build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/plaatsingen/nieuw', PlacementCreatePage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http.expectOne(IDENTITY_URL.units).flush([UNIT]);
  http.expectOne((each) => each.url === CARVING_URL.packages).flush([]);
  http.expectOne((each) => each.url === CANDIDATES_URL).flush(candidatePage());
  await settle();

  const field = (name: string) =>
    page.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
  const type = async (name: string, value: string) => {
    const input = field(name);
    if (!input) throw new Error(`no field ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  /** Opens a select and picks the option with exactly this text. */
  const choose = async (name: string, option: string) => {
    field(name)?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((each) => each.textContent?.trim() === option)
      ?.click();
    await settle();
  };
  const pickCandidate = async () => {
    const input = field('candidateId');
    input?.focus();
    input?.dispatchEvent(new Event('focusin'));
    await type('candidateId', 'Moh');
    await new Promise((resolve) => setTimeout(resolve, 300));
    http
      .expectOne((each) => each.url === CANDIDATES_URL)
      .flush(candidatePage());
    await settle();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((each) => each.textContent?.includes('Mohamed El Amrani'))
      ?.click();
    await settle();
  };
  const submit = async () => {
    Array.from(page.querySelectorAll<HTMLButtonElement>('button'))
      .find((each) => each.textContent?.trim() === 'Plaatsing vastleggen')
      ?.click();
    await settle();
  };
  const errorOf = (name: string) =>
    field(name)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();
  return {
    page,
    http,
    settle,
    field,
    type,
    choose,
    pickCandidate,
    submit,
    errorOf,
  };
}

describe('PlacementCreatePage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('asks for the lender only for hired-in work, and refuses to send without it', async () => {
    const { page, http, choose, submit, errorOf } = await openCreatePage();
    expect(page.textContent).not.toContain('Uitlener');

    await choose('method', 'Inleen of detachering');
    expect(page.textContent).toContain('Uitlener');
    await submit();

    expect(errorOf('lenderName')).toBe('Uitlener is verplicht.');
    http.expectNone({ method: 'POST', url: PLACEMENTS_URL });

    await choose('method', 'Collectieve plaatsing');
    expect(page.textContent).not.toContain('Uitlener');
    expect(page.textContent).toContain('Teamleider');
  });

  it('sends the same key again after a lost answer, a new one after a refusal, and shows the refusal at the hours', async () => {
    const { http, settle, type, choose, pickCandidate, submit, errorOf } =
      await openCreatePage();
    await pickCandidate();
    await choose('unitId', UNIT.name);
    await choose('method', 'Individuele plaatsing');
    await choose('contractKind', 'Dienstverband');
    await type('startDate', '2026-01-01');
    await type('hoursPerWeek', '25.5');

    await submit();
    const first = http.expectOne({ method: 'POST', url: PLACEMENTS_URL });
    expect(first.request.body).toMatchObject({
      candidateId: MOHAMED.id,
      unitId: UNIT.id,
      method: 'individual',
      contractKind: 'employment',
      startDate: '2026-01-01',
      hoursPerWeek: 25.5,
      lenderName: null,
    });
    const key = first.request.headers.get(IDEMPOTENCY_HEADER);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    first.error(new ProgressEvent('error'));
    await new Promise((resolve) => setTimeout(resolve));

    await submit();
    const retry = http.expectOne({ method: 'POST', url: PLACEMENTS_URL });
    expect(retry.request.headers.get(IDEMPOTENCY_HEADER)).toBe(key);
    const message =
      "hoursPerWeek: the candidate's placements would add up to 25.5 hours a week";
    retry.flush(
      {
        statusCode: 409,
        code: 'CANDIDATE_HOURS_EXCEEDED',
        message,
        details: [{ field: 'hoursPerWeek', message }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    await settle();

    expect(errorOf('hoursPerWeek')).toBe(message);
    expect(document.querySelector('jcw-error-alert')?.textContent).toContain(
      'meer uren per week dan zijn of haar maximum',
    );
    // The refusal stays on the field until the hours are changed: sending again is stopped.
    await submit();
    http.expectNone({ method: 'POST', url: PLACEMENTS_URL });

    await type('hoursPerWeek', '24');
    await submit();
    const corrected = http.expectOne({ method: 'POST', url: PLACEMENTS_URL });
    expect(corrected.request.headers.get(IDEMPOTENCY_HEADER)).not.toBe(key);
    corrected.flush({ id: 'new' }, { status: 201, statusText: 'Created' });
  });

  it('drops a refusal about too many hours once another start date is chosen', async () => {
    const { http, settle, type, choose, pickCandidate, submit, errorOf } =
      await openCreatePage();
    await pickCandidate();
    await choose('unitId', UNIT.name);
    await choose('method', 'Individuele plaatsing');
    await choose('contractKind', 'Dienstverband');
    await type('startDate', '2026-01-01');
    await type('hoursPerWeek', '25.5');
    await submit();
    const message = 'hoursPerWeek: too many hours';
    http.expectOne({ method: 'POST', url: PLACEMENTS_URL }).flush(
      {
        statusCode: 409,
        code: 'CANDIDATE_HOURS_EXCEEDED',
        message,
        details: [{ field: 'hoursPerWeek', message }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    await settle();
    expect(errorOf('hoursPerWeek')).toBe(message);

    await type('startDate', '2026-09-01');
    expect(errorOf('hoursPerWeek')).toBeUndefined();
    await submit();
    http
      .expectOne({ method: 'POST', url: PLACEMENTS_URL })
      .flush({ id: 'new' }, { status: 201, statusText: 'Created' });
  });
});
