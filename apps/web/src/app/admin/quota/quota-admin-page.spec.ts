import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  OrganisationQuotaYearDto,
  QuotaYearParametersDto,
  Role,
} from '@jcw/shared-contracts';
import {
  organisationQuotaYearUrl,
  QUOTA_URL,
  quotaParametersUrl,
} from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../../testing/session';
import { withAppTranslations } from '../../../testing/translations';
import { QuotaAdminPage } from './quota-admin-page';

const YEAR = new Date().getFullYear();

function parameters(
  overrides: Partial<QuotaYearParametersDto> = {},
): QuotaYearParametersDto {
  return {
    year: YEAR,
    quotaFraction: 0.0193,
    levyPerUnfilledJob: 5000,
    weeksPerYear: 52,
    thresholdPaidHours: 40575,
    procurementCounts: false,
    sourceNote: 'Overgenomen van 2018; nog te bevestigen',
    toConfirm: true,
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}

async function openAdminPage(roles: Role[] = ['admin']) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'beheer/quotum', component: QuotaAdminPage }]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const user = aSessionUser()
    .withRoles(...roles)
    .build();
  await restoreSession(user);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/beheer/quotum', QuotaAdminPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const button = (text: string) =>
    Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find(
      (each) => each.textContent?.trim() === text,
    );
  const type = async (name: string, value: string) => {
    const input = page.querySelector<HTMLInputElement>(
      `[formcontrolname="${name}"]`,
    );
    if (!input) throw new Error(`no field ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  return { page, http, settle, button, type, user };
}

describe('QuotaAdminPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('shows which years still need confirming, and sends a percentage typed as 1,93 as the fraction 0.0193', async () => {
    const { page, http, settle, button, type, user } = await openAdminPage();
    http.expectOne(QUOTA_URL.parameters).flush([parameters()]);
    http
      .expectOne(organisationQuotaYearUrl(user.organisationId as string, YEAR))
      .flush(emptyYear(user.organisationId as string));
    await settle();

    const row = page.querySelector('tbody tr')?.textContent ?? '';
    expect(row).toContain('1,93%');
    expect(row).toContain('Te bevestigen');

    button(`${YEAR} wijzigen`)?.click();
    await settle();
    const percent = page.querySelector<HTMLInputElement>(
      '[formcontrolname="quotaPercent"]',
    );
    expect(percent?.value).toBe('1,93');
    await type('quotaPercent', '2,07');
    await type('sourceNote', 'Staatscourant 2025, nr. 1234');
    page
      .querySelector<HTMLInputElement>(
        'mat-checkbox[formcontrolname="toConfirm"] input',
      )
      ?.click();
    await settle();
    button('Cijfers opslaan')?.click();
    await settle();

    const save = http.expectOne(quotaParametersUrl(YEAR));
    expect(save.request.body).toEqual({
      quotaFraction: 0.0207,
      levyPerUnfilledJob: 5000,
      weeksPerYear: 52,
      thresholdPaidHours: 40575,
      procurementCounts: false,
      sourceNote: 'Staatscourant 2025, nr. 1234',
      toConfirm: false,
    });
    save.flush(
      parameters({
        quotaFraction: 0.0207,
        toConfirm: false,
        sourceNote: 'Staatscourant 2025, nr. 1234',
      }),
    );
    await settle();

    expect(page.querySelector('.announcement')?.textContent).toContain(
      `De cijfers van ${YEAR} zijn opgeslagen.`,
    );
    expect(page.querySelector('tbody tr')?.textContent).toContain('Bevestigd');
  });

  it('refuses to save figures without their source', async () => {
    const { page, http, settle, button } = await openAdminPage(['superadmin']);
    http.expectOne(QUOTA_URL.parameters).flush([]);
    await settle();
    // A superadmin has no organisation of their own: only the legal figures and the rebuild.
    expect(page.textContent).not.toContain('Verloonde uren van');

    button('Jaar toevoegen')?.click();
    await settle();
    button('Cijfers opslaan')?.click();
    await settle();

    expect(page.textContent).toContain('Bron is verplicht.');
    http.expectNone({ method: 'PUT' });
  });

  it('rebuilds the counter and says there were no differences', async () => {
    const { page, http, settle, button, user } = await openAdminPage();
    http.expectOne(QUOTA_URL.parameters).flush([parameters()]);
    http
      .expectOne(organisationQuotaYearUrl(user.organisationId as string, YEAR))
      .flush(emptyYear(user.organisationId as string));
    await settle();

    button('Teller herberekenen')?.click();
    await settle();
    http.expectOne(QUOTA_URL.rebuild).flush({
      ledgerEntries: 12,
      counterRows: 40,
      differences: 0,
      durationMs: 85,
    });
    await settle();

    expect(page.querySelector('.announcement')?.textContent).toContain(
      'De teller is herberekend: geen verschillen.',
    );
    expect(
      page.querySelector('[data-testid="rebuild-result"]')?.textContent,
    ).toContain('de teller klopte');
  });
});

function emptyYear(organisationId: string): OrganisationQuotaYearDto {
  return {
    organisationId,
    year: YEAR,
    totalPaidHours: null,
    paidHoursSource: null,
    explicitTargetJobs: null,
    note: null,
    updatedAt: null,
  };
}
