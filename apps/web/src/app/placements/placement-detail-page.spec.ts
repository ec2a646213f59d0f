import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LedgerEntryDto, PlacementDto } from '@jcw/shared-contracts';
import { IDEMPOTENCY_HEADER, placementUrl } from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { PlacementDetailPage } from './placement-detail-page';

const ID = '00000000-0000-4000-8700-000000000001';

function aPlacement(overrides: Partial<PlacementDto> = {}): PlacementDto {
  return {
    id: ID,
    candidateId: '00000000-0000-4000-8000-000000000001',
    candidateName: 'Mohamed El Amrani',
    targetGroup: 'school_leaver_vso_pro',
    organisationId: '00000000-0000-4000-8000-0000000000aa',
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    unitName: 'Afdeling Facilitaire Zaken',
    packageId: null,
    packageTitle: null,
    method: 'hired_in',
    contractKind: 'secondment',
    lenderName: 'Sw-bedrijf Midden',
    teamName: null,
    teamLeaderName: null,
    jobcoachUserId: null,
    startDate: '2026-01-01',
    plannedEndDate: null,
    endDate: null,
    endReason: null,
    endNote: null,
    status: 'active',
    hoursPerWeek: 25.5,
    hoursHistory: [{ effectiveFrom: '2026-01-01', hoursPerWeek: 25.5 }],
    jobUnitsToday: 1,
    version: 1,
    createdAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    ...overrides,
  };
}

function anEntry(overrides: Partial<LedgerEntryDto> = {}): LedgerEntryDto {
  return {
    id: '1',
    placementId: ID,
    kind: 'placement_started',
    effectiveDate: '2026-01-01',
    organisationId: '00000000-0000-4000-8000-0000000000aa',
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    method: 'hired_in',
    targetGroup: 'school_leaver_vso_pro',
    intervals: [{ from: '2026-01-01', to: null, hoursPerWeek: 25.5 }],
    note: null,
    recordedAt: '2026-01-02T09:00:00.000Z',
    recordedBy: 'Hamza HR-advies',
    ...overrides,
  };
}

async function openDetailPage() {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'plaatsingen/:id', component: PlacementDetailPage },
      ]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles('hr_adviser').build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(`/plaatsingen/${ID}`, PlacementDetailPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http.expectOne(placementUrl(ID)).flush(aPlacement());
  http.expectOne(`${placementUrl(ID)}/ledger`).flush([anEntry()]);
  await settle();
  const type = async (name: string, value: string) => {
    const input = page.querySelector<HTMLInputElement>(
      `[formcontrolname="${name}"]`,
    );
    if (!input) throw new Error(`no field ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const button = (text: string) =>
    Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find(
      (each) => each.textContent?.trim() === text,
    );
  return { page, http, settle, type, button };
}

describe('PlacementDetailPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('shows the facts, the hours over time and the ledger lines', async () => {
    const { page } = await openDetailPage();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe(
      'Plaatsing van Mohamed El Amrani',
    );
    const facts = page.querySelector('[data-testid="placement-facts"]');
    expect(facts?.textContent).toContain('Inleen of detachering');
    expect(facts?.textContent).toContain('Sw-bedrijf Midden');
    expect(facts?.textContent).toContain('1,000');
    expect(page.querySelector('#ledger-caption')?.textContent).toContain(
      'Grootboekregels van deze plaatsing',
    );
    expect(page.textContent).toContain('Plaatsing gestart');
    expect(page.textContent).toContain('1 jan 2026 – heden: 25,5 uur per week');
  });

  it('changes the hours from a date with its own key, announces it and reads the ledger again', async () => {
    const { page, http, settle, type, button } = await openDetailPage();
    await type('effectiveFrom', '2026-03-02');
    await type('hoursPerWeek', '20');
    button('Uren wijzigen')?.click();
    await settle();

    const change = http.expectOne(`${placementUrl(ID)}/hours`);
    expect(change.request.body).toEqual({
      effectiveFrom: '2026-03-02',
      hoursPerWeek: 20,
      note: null,
    });
    expect(change.request.headers.get(IDEMPOTENCY_HEADER)).toBeTruthy();
    change.flush(
      aPlacement({
        hoursHistory: [
          { effectiveFrom: '2026-01-01', hoursPerWeek: 25.5 },
          { effectiveFrom: '2026-03-02', hoursPerWeek: 20 },
        ],
        hoursPerWeek: 20,
        jobUnitsToday: 0.784,
      }),
    );
    await settle();
    http.expectOne(`${placementUrl(ID)}/ledger`).flush([
      anEntry(),
      anEntry({
        id: '2',
        kind: 'hours_changed',
        effectiveDate: '2026-03-02',
      }),
    ]);
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'vanaf 2 mrt 2026 telt de plaatsing 20 uur per week',
    );
    expect(
      page.querySelector('#hours-caption')?.closest('table')?.textContent,
    ).toContain('0,784');
    expect(page.textContent).toContain('Uren gewijzigd');
  });
});
