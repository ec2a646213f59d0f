import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  QuotaDashboardDto,
  Role,
  SustainabilityDto,
} from '@jcw/shared-contracts';
import {
  aQuotaDashboard,
  quotaParameters,
} from '@jcw/shared-contracts/testing';
import { QUOTA_URL, SUSTAINABILITY_URL } from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { QuotaChart } from './quota-chart';
import { QuotaDashboard } from './quota-dashboard';
import { QuotaPage } from './quota-page';

const YEAR = new Date().getFullYear();
const ORGANISATION = '00000000-0000-4000-8000-0000000000aa';

/** The canvas needs a real browser; the summary it would carry is what the tests read. */
@Component({
  selector: 'jcw-quota-chart',
  template: '<p class="chart-summary">{{ summary() }}</p>',
})
class QuotaChartStub {
  readonly type = input<string>();
  readonly labels = input<readonly string[]>([]);
  readonly series = input<readonly unknown[]>([]);
  readonly projected = input<readonly boolean[]>([]);
  readonly summary = input('');
  readonly language = input('nl');
}

/** DOMAIN.md's example (1,000,000 paid hours, 10 jobs realised) in this year. */
function aDashboard(
  overrides: Partial<QuotaDashboardDto> = {},
): QuotaDashboardDto {
  return aQuotaDashboard({
    organisationId: ORGANISATION,
    year: YEAR,
    asOf: `${YEAR}-06-30`,
    parameters: quotaParameters({ year: YEAR }),
    ...overrides,
  });
}

const SUSTAINABILITY: SustainabilityDto = {
  organisationId: ORGANISATION,
  asOf: `${YEAR}-06-30`,
  retention: [{ months: 6, eligible: 4, retained: 3, share: 0.75 }],
  averageTenureDays: 240,
  endedByReason: [{ reason: 'too_heavy', count: 1 }],
  funnel: {
    packagesPublished: 3,
    proposalsMade: 4,
    proposalsAccepted: 2,
    placementsOnPackages: 2,
    placementsActive: 4,
  },
};

async function openQuotaPage(roles: Role[]) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'quotum', component: QuotaPage }]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  TestBed.overrideComponent(QuotaDashboard, {
    remove: { imports: [QuotaChart] },
    add: { imports: [QuotaChartStub] },
  });
  await restoreSession(
    aSessionUser()
      .withRoles(...roles)
      .build(),
  );
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/quotum', QuotaPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http.expectOne(QUOTA_URL.parameters).flush([]);
  const tile = (name: string) =>
    page
      .querySelector(`[data-testid="kpi-${name}"] [data-testid="kpi-value"]`)
      ?.textContent?.trim();
  return { page, http, settle, tile };
}

function answerDashboard(
  http: HttpTestingController,
  dashboard: QuotaDashboardDto,
) {
  http.expectOne((each) => each.url === QUOTA_URL.dashboard).flush(dashboard);
  http
    .expectOne((each) => each.url === SUSTAINABILITY_URL)
    .flush(SUSTAINABILITY);
}

describe('QuotaPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('shows the adviser’s own organisation with figures to three decimals and euros with cents', async () => {
    const { page, http, settle, tile } = await openQuotaPage(['hr_adviser']);
    answerDashboard(http, aDashboard());
    await settle();

    expect(tile('requiredJobs')).toBe('14,555');
    expect(tile('standToday')).toBe('10,000');
    expect(tile('yearToDate')).toBe('4,900');
    expect(tile('realisation')).toBe('68,7%');
    expect(tile('levyEstimate')).toBe('€\u00a022.775,00');
    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      `Cijfers van Ministerie van Voorbeeldzaken voor ${YEAR}`,
    );
    expect(page.querySelector('.chart-summary')?.textContent).toContain(
      'K3 (prognose): 10,000',
    );
    // The quarters as a table too, behind a button that says whether it is open.
    const toggle = Array.from(page.querySelectorAll('button')).find((each) =>
      each.textContent?.includes('Toon als tabel'),
    );
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(page.querySelector('#quarters-caption')?.textContent?.trim()).toBe(
      `Verloop per kwartaal in ${YEAR}, in banen`,
    );
    // Every slice row opens the lines behind it.
    const link = page.querySelector<HTMLAnchorElement>(
      '#method-caption ~ tbody a, table:has(#method-caption) tbody a',
    );
    expect(link?.getAttribute('href')).toBe(
      `/quotum/regels?year=${YEAR}&method=individual`,
    );
    const funnel = Array.from(page.querySelectorAll('.funnel li')).map((step) =>
      step.textContent?.trim(),
    );
    expect(funnel).toEqual([
      '3 gepubliceerde takenpakketten',
      '4 kandidaten voorgesteld aan een manager',
      '2 voorstellen geaccepteerd',
      '2 plaatsingen op een takenpakket',
      '4 actieve plaatsingen',
    ]);
  });

  it('says an organisation is below the threshold, and tells an admin where the missing paid hours go', async () => {
    const { page, http, settle } = await openQuotaPage(['admin']);
    answerDashboard(
      http,
      aDashboard({
        totalPaidHours: null,
        requiredJobs: null,
        realisationFraction: null,
        shortfallJobs: null,
        levyEstimate: null,
        belowThreshold: true,
      }),
    );
    await settle();

    expect(
      page.querySelector('[data-testid="kpi-requiredJobs"]')?.textContent,
    ).toContain('Onder de drempel');
    const hint = page.querySelector('[data-testid="paid-hours-missing"]');
    expect(hint?.textContent).toContain(
      `De verloonde uren van ${YEAR} ontbreken.`,
    );
    expect(hint?.querySelector('a')?.getAttribute('href')).toBe(
      '/beheer/quotum',
    );
  });

  it('shows a coordinator every organisation first and opens the one chosen', async () => {
    const { page, http, settle, tile } = await openQuotaPage(['coordinator']);
    http
      .expectOne((each) => each.url === QUOTA_URL.overview)
      .flush({
        year: YEAR,
        asOf: `${YEAR}-06-30`,
        rows: [
          {
            organisationId: ORGANISATION,
            organisationName: 'Ministerie van Voorbeeldzaken',
            requiredJobs: 14.555,
            standToday: 10,
            yearToDate: 4.9,
            yearProjected: 10,
            realisationFraction: 0.687,
            levyEstimate: 22775,
            belowThreshold: false,
            paidHoursMissing: false,
          },
        ],
        totals: {
          requiredJobs: 14.555,
          standToday: 10,
          yearToDate: 4.9,
          yearProjected: 10,
          levyEstimate: 22775,
        },
      });
    await settle();
    http.expectNone((each) => each.url === QUOTA_URL.dashboard);
    expect(page.querySelector('#overview-caption')).not.toBeNull();

    Array.from(page.querySelectorAll<HTMLButtonElement>('button'))
      .find((each) => each.textContent?.includes('Dashboard openen'))
      ?.click();
    await settle();

    http
      .expectOne((each) => each.url === QUOTA_URL.overview)
      .flush({
        year: YEAR,
        asOf: `${YEAR}-06-30`,
        rows: [],
        totals: {
          requiredJobs: 0,
          standToday: 0,
          yearToDate: 0,
          yearProjected: 0,
          levyEstimate: 0,
        },
      });
    const dashboard = http.expectOne(
      (each) => each.url === QUOTA_URL.dashboard,
    );
    expect(dashboard.request.params.get('organisationId')).toBe(ORGANISATION);
    dashboard.flush(aDashboard());
    http
      .expectOne((each) => each.url === SUSTAINABILITY_URL)
      .flush(SUSTAINABILITY);
    await settle();

    expect(tile('standToday')).toBe('10,000');
  });
});
