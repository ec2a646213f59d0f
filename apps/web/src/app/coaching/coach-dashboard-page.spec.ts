import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CoachDashboardRowDto } from '@jcw/shared-contracts';
import { COACH_DASHBOARD_URL } from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { CoachDashboardPage } from './coach-dashboard-page';

function aRow(overrides: Partial<CoachDashboardRowDto>): CoachDashboardRowDto {
  return {
    candidateId: '00000000-0000-4000-8000-000000000001',
    displayName: 'Sanne de Vries',
    status: 'placed',
    atRisk: false,
    signals: [],
    suggestSwitchPlaceReview: false,
    lastContactDate: '2026-11-20',
    nextEvaluation: null,
    ...overrides,
  };
}

async function openDashboard(rows: CoachDashboardRowDto[]) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'coaching', component: CoachDashboardPage }]),
    ],
  });
  await restoreSession(aSessionUser().withRoles('jobcoach').build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/coaching', CoachDashboardPage);
  TestBed.inject(HttpTestingController)
    .expectOne(COACH_DASHBOARD_URL)
    .flush(rows);
  harness.detectChanges();
  await harness.fixture.whenStable();
  return harness.routeNativeElement as HTMLElement;
}

describe('the jobcoach dashboard', () => {
  it('lists the candidates at risk first, with the signals in words and the switch-place suggestion', async () => {
    const page = await openDashboard([
      aRow({
        candidateId: '00000000-0000-4000-8000-000000000002',
        displayName: 'Anna Bakker',
        nextEvaluation: { milestoneMonths: 6, dueDate: '2027-01-15' },
      }),
      aRow({
        displayName: 'Sanne de Vries',
        atRisk: true,
        suggestSwitchPlaceReview: true,
        signals: [
          {
            code: 'evaluation_drop',
            score: 'wellbeing',
            from: 4,
            to: 2,
            milestoneMonths: 3,
          },
          { code: 'incident', contactDate: '2026-11-18' },
          {
            code: 'no_recent_contact',
            lastContactDate: '2026-09-01',
            weeks: 6,
          },
        ],
      }),
    ]);

    const rows = Array.from(page.querySelectorAll('tbody tr'));
    expect(
      rows.map((row) => row.querySelector('th')?.textContent?.trim()),
    ).toEqual(['Sanne de Vries', 'Anna Bakker']);
    const flagged = rows[0].textContent ?? '';
    expect(flagged).toContain('Aandacht nodig');
    expect(flagged).toContain(
      'Score welzijn daalde van 4 naar 2 (evaluatie na 3 maanden)',
    );
    expect(flagged).toContain('Incident gemeld op 18 nov 2026');
    expect(flagged).toContain(
      'Geen contact sinds 1 sep 2026 (meer dan 6 weken)',
    );
    expect(flagged).toContain('Bespreek een schakelplek');

    expect(rows[1].textContent).toContain('Geen signalen');
    expect(rows[1].textContent).toContain(
      'Na 6 maanden, uiterlijk 15 jan 2027',
    );
    expect(page.querySelector('[role=status]')?.textContent).toContain(
      '1 van 2 kandidaten vragen aandacht.',
    );
    expect(page.querySelector('caption')?.textContent).toContain(
      'Mijn kandidaten',
    );
  });

  it('says so when the coach has no candidates yet', async () => {
    const page = await openDashboard([]);
    expect(page.textContent).toContain('U begeleidt nog geen kandidaten.');
  });
});
