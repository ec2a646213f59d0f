import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PackageDto, PackageMatchPage } from '@jcw/shared-contracts';
import {
  carvingFeedbackUrl,
  IDEMPOTENCY_HEADER,
  MATCHING_URL,
  nearMissesUrl,
  packageMatchesUrl,
  packageUrl,
} from '@jcw/web-shared-data-access';
import {
  aMatch,
  aMatchPage,
  aProposal,
  aPublishedPackage,
  aRun,
  PACKAGE_ID,
  PROPOSAL_ID,
} from '../../testing/matching';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { PackageCandidatesPage } from './package-candidates-page';

async function openCandidatesPage(
  matches: PackageMatchPage = aMatchPage(),
  pkg: PackageDto = aPublishedPackage(),
) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'pakketten/:id/kandidaten', component: PackageCandidatesPage },
      ]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles('hr_adviser').build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(
    `/pakketten/${PACKAGE_ID}/kandidaten`,
    PackageCandidatesPage,
  );
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http.expectOne(packageUrl(PACKAGE_ID)).flush(pkg);
  http
    .expectOne((each) => each.url === packageMatchesUrl(PACKAGE_ID))
    .flush(matches);
  http.expectOne(nearMissesUrl(PACKAGE_ID)).flush({
    ...aRun(),
    items: [
      {
        candidateId: 'c2',
        pseudonym: 'Kandidaat K-2000',
        candidateName: 'Lotte Jansen',
        constraint: { code: 'distance', distanceKm: 23, travelRadiusKm: 15 },
      },
      {
        candidateId: 'c3',
        pseudonym: 'Kandidaat K-3000',
        candidateName: 'Kees Bakker',
        constraint: { code: 'evenings' },
      },
    ],
  });
  http.expectOne(carvingFeedbackUrl(PACKAGE_ID)).flush({
    ...aRun(),
    feasibleNow: 1,
    tasks: [
      {
        taskId: 't1',
        taskName: 'Klanten te woord staan',
        gainedWithoutTask: 2,
        gainedByLowering: [
          { dimension: 'customer_contact', from: 2, to: 1, gained: 3 },
        ],
      },
    ],
  });
  await settle();
  const button = (label: string) =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find(
      (each) =>
        each.getAttribute('aria-label') === label ||
        each.textContent?.trim() === label,
    );
  return { page, http, settle, button };
}

describe('PackageCandidatesPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('ranks the matches with every score part and hard limit in words', async () => {
    const { page } = await openCandidatesPage();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe(
      'Kandidaten voor Medewerker post en archief',
    );
    expect(
      page.querySelector('[data-testid="run-status"]')?.textContent,
    ).toContain('Berekend voor versie 2 op');
    expect(
      page.querySelector('[data-testid="run-status"]')?.textContent,
    ).toContain('1 van 12 kandidaten passen.');
    const row = page.querySelector('#matches-caption')?.closest('table')
      ?.tBodies[0].rows[0];
    expect(row?.textContent).toContain('Sanne de Vries');
    expect(row?.textContent).toContain('Kandidaat K-4821');
    expect(row?.textContent).toContain('81,5');
    expect(row?.textContent).toContain('Vaardigheden');
    expect(row?.textContent).toContain('24 van 30');
    expect(row?.textContent).toContain('3,4 km');
    expect(row?.textContent).toContain(
      'Klantcontact: vraag 1, beperking 1 – past',
    );
  });

  it('says in words what keeps the near misses out and what would let more people in', async () => {
    const { page } = await openCandidatesPage();

    const nearMisses = page
      .querySelector('#near-misses-caption')
      ?.closest('table');
    expect(nearMisses?.textContent).toContain(
      'Reisafstand 23 km, bereik 15 km',
    );
    expect(nearMisses?.textContent).toContain('Avonden niet mogelijk');
    const feedback = page.querySelector('#feedback-caption')?.closest('table');
    expect(feedback?.textContent).toContain('Zonder deze taak: +2 kandidaten');
    expect(feedback?.textContent).toContain(
      'Klantcontact een niveau lager: +3',
    );
    expect(page.textContent).toContain('Nu passen 1 kandidaten.');
  });

  it('says why nobody matches when the package has no workplace location', async () => {
    const { page } = await openCandidatesPage(
      aMatchPage([], { total: 0 }),
      aPublishedPackage({ workplaceLatitude: null, workplaceLongitude: null }),
    );
    const hint = page.querySelector('[data-testid="no-workplace"]');
    expect(hint?.textContent).toContain('nog geen werkplek met coördinaten');
    expect(hint?.querySelector('a')?.getAttribute('href')).toBe(
      `/pakketten/${PACKAGE_ID}`,
    );
  });

  it('says nothing about the workplace when the package has one', async () => {
    const { page } = await openCandidatesPage();
    expect(page.querySelector('[data-testid="no-workplace"]')).toBeNull();
  });

  it('shows that the run is pending, with a spinner in the live region', async () => {
    const { page } = await openCandidatesPage(
      aMatchPage([], { status: 'pending', computedForVersion: null }),
    );

    const status = page.querySelector('[data-testid="run-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.querySelector('mat-progress-spinner')).not.toBeNull();
    expect(status?.textContent).toContain(
      'De kandidaten voor versie 2 worden berekend…',
    );
    expect(page.textContent).toContain(
      'Nog geen resultaten; de berekening loopt.',
    );
  });

  it('proposes from the dialog with a key and shows the proposal instead of the button', async () => {
    const { page, http, settle, button } = await openCandidatesPage();

    button('Sanne de Vries (Kandidaat K-4821) voorstellen')?.click();
    await settle();
    const motivation = document.querySelector<HTMLTextAreaElement>(
      'mat-dialog-container textarea',
    );
    expect(motivation).not.toBeNull();
    if (motivation) {
      motivation.value = 'Sorteert graag';
      motivation.dispatchEvent(new Event('input'));
    }
    button('Voorstel versturen')?.click();
    await settle();

    const request = http.expectOne(MATCHING_URL.proposals);
    expect(request.request.body).toEqual({
      packageId: PACKAGE_ID,
      candidateId: aMatch().candidateId,
      motivation: 'Sorteert graag',
    });
    expect(request.request.headers.get(IDEMPOTENCY_HEADER)).toBeTruthy();
    request.flush(aProposal(), { status: 201, statusText: 'Created' });
    await settle();
    await settle();

    expect(document.querySelector('mat-dialog-container')).toBeNull();
    const link = page.querySelector<HTMLAnchorElement>(
      `#proposal-${aMatch().candidateId}`,
    );
    expect(link?.textContent?.trim()).toBe('Voorstel: Voorgesteld');
    expect(link?.getAttribute('href')).toBe(`/voorstellen/${PROPOSAL_ID}`);
    expect(document.activeElement).toBe(link);
    expect(
      button('Sanne de Vries (Kandidaat K-4821) voorstellen'),
    ).toBeUndefined();
    expect(page.textContent).toContain(
      'Sanne de Vries (Kandidaat K-4821) is voorgesteld.',
    );
  });

  it('keeps the dialog open with the reason when the API refuses the proposal', async () => {
    const { http, settle, button } = await openCandidatesPage();

    button('Sanne de Vries (Kandidaat K-4821) voorstellen')?.click();
    await settle();
    button('Voorstel versturen')?.click();
    await settle();
    http.expectOne(MATCHING_URL.proposals).flush(
      {
        statusCode: 409,
        code: 'PROPOSAL_EXISTS',
        message: 'An open proposal exists.',
        details: [],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const alert = document.querySelector('mat-dialog-container [role="alert"]');
    expect(alert?.textContent).toContain('Het voorstel is niet verstuurd.');
    expect(alert?.textContent).toContain(
      'Er staat al een open voorstel voor deze kandidaat bij dit pakket.',
    );
  });

  it('shows the open proposal of a row instead of a button', async () => {
    const { page, button } = await openCandidatesPage(
      aMatchPage([
        aMatch({ proposal: { id: PROPOSAL_ID, status: 'proposed' } }),
      ]),
    );

    expect(
      button('Sanne de Vries (Kandidaat K-4821) voorstellen'),
    ).toBeUndefined();
    expect(page.textContent).toContain('Voorstel: Voorgesteld');
  });
});
