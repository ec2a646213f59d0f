import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FunctionSummaryDto, Role, UnitScanDto } from '@jcw/shared-contracts';
import { aUnit } from '@jcw/shared-contracts/testing';
import { CARVING_URL, IDENTITY_URL } from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { UnitScanPage } from './unit-scan-page';

const UNIT = aUnit('Facilitair').build();
const FUNCTION_ID = '00000000-0000-4000-8200-000000000001';

function aFunctionSummary(): FunctionSummaryDto {
  return {
    id: FUNCTION_ID,
    unitId: UNIT.id,
    unitName: UNIT.name,
    title: 'Medewerker facilitair',
    payScale: null,
    employeeCount: 3,
    taskCount: 0,
    carvableTaskCount: 0,
    taskHoursPerWeek: 0,
    remainingHoursPerWeek: 0,
  };
}

function aScan(overrides: Partial<UnitScanDto> = {}): UnitScanDto {
  return {
    id: '00000000-0000-4000-8600-000000000001',
    unitId: UNIT.id,
    unitName: UNIT.name,
    coreTasks: ['Post', 'Vergaderzalen'],
    tasksLeftUndone: [{ name: 'Archief opruimen', hoursPerWeek: 6 }],
    tasksBelowEducationLevel: [{ name: 'Koffie zetten', hoursPerWeek: 3.5 }],
    overtimeHoursPerWeek: 4,
    temporaryStaffHoursPerWeek: 2,
    experiencedWorkload: 4,
    notes: null,
    candidateTasks: [
      {
        name: 'Archief opruimen',
        hoursPerWeek: 6,
        note: null,
        origin: 'left_undone',
      },
      {
        name: 'Koffie zetten',
        hoursPerWeek: 3.5,
        note: null,
        origin: 'below_education_level',
      },
    ],
    pressureHoursPerWeek: 12,
    createdAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

@Component({ template: '' })
class FunctionEditorStub {}

async function openScanPage(roles: Role[] = ['hr_adviser']) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'eenheidsscan', component: UnitScanPage },
        { path: 'functies/:id', component: FunctionEditorStub },
      ]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(
    aSessionUser()
      .withRoles(...roles)
      .build(),
  );
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/eenheidsscan', UnitScanPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http.expectOne(IDENTITY_URL.units).flush([UNIT]);
  if (roles.includes('hr_adviser')) {
    http.expectOne(CARVING_URL.functions).flush([aFunctionSummary()]);
  }
  await settle();
  const button = (label: string) =>
    Array.from(document.querySelectorAll('button')).find(
      (each) =>
        each.getAttribute('aria-label') === label ||
        each.textContent?.trim() === label,
    ) as HTMLButtonElement | undefined;
  const type = (selector: string, value: string) => {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      selector,
    );
    if (!field) throw new Error(`no field ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  /** Chooses the unit and answers the request for its earlier scans with `scans`. */
  const chooseUnit = async (scans: UnitScanDto[]) => {
    page
      .querySelector<HTMLElement>('.unit-choice .mat-mdc-select-trigger')
      ?.click();
    await settle();
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle();
    const request = http.expectOne(
      (each) => each.url === CARVING_URL.unitScans && each.method === 'GET',
    );
    expect(request.request.params.get('unitId')).toBe(UNIT.id);
    request.flush(scans);
    await settle();
  };
  return { page, http, settle, button, type, chooseUnit };
}

/** The rows of the first "Kandidaat-taken om te beoordelen" table, as their cells' texts. */
function candidateRows(page: HTMLElement): string[][] {
  return Array.from(page.querySelectorAll('.scan tbody tr')).map((row) =>
    Array.from(row.querySelectorAll('th, td'))
      .map((cell) => cell.textContent?.trim() ?? '')
      .filter((cell) => cell !== ''),
  );
}

describe('UnitScanPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('saves the answers to the guide and shows the candidate tasks it yields', async () => {
    const { page, http, settle, button, type, chooseUnit } =
      await openScanPage();
    await chooseUnit([]);
    expect(page.textContent).toContain('Deze eenheid heeft nog geen scans.');

    type('#scan-core-tasks', 'Post\n\n Vergaderzalen ');
    button('Taak toevoegen die blijft liggen')?.click();
    await settle();
    type('#tasksLeftUndone-0-name', 'Archief opruimen');
    type('input[formcontrolname="hoursPerWeek"]', '6');
    button('Taak toevoegen onder het opleidingsniveau')?.click();
    await settle();
    type('#tasksBelowEducationLevel-0-name', 'Koffie zetten');
    const hours = page.querySelectorAll<HTMLInputElement>(
      'input[formcontrolname="hoursPerWeek"]',
    );
    hours[1].value = '3.5';
    hours[1].dispatchEvent(new Event('input'));
    type('input[formcontrolname="overtimeHoursPerWeek"]', '4');
    type('input[formcontrolname="temporaryStaffHoursPerWeek"]', '2');
    page
      .querySelector<HTMLInputElement>('mat-radio-button input[value="4"]')
      ?.click();
    await settle();
    button('Scan opslaan')?.click();
    await settle();

    const save = http.expectOne({
      method: 'POST',
      url: CARVING_URL.unitScans,
    });
    expect(save.request.body).toEqual({
      unitId: UNIT.id,
      coreTasks: ['Post', 'Vergaderzalen'],
      tasksLeftUndone: [{ name: 'Archief opruimen', hoursPerWeek: 6 }],
      tasksBelowEducationLevel: [{ name: 'Koffie zetten', hoursPerWeek: 3.5 }],
      overtimeHoursPerWeek: 4,
      temporaryStaffHoursPerWeek: 2,
      experiencedWorkload: 4,
      notes: null,
    });
    save.flush(aScan());
    await settle();

    expect(page.querySelector('.announcement')?.textContent).toContain(
      'De scan is opgeslagen met 2 kandidaat-taken.',
    );
    expect(page.querySelector('.scan caption')?.textContent?.trim()).toBe(
      'Kandidaat-taken om te beoordelen',
    );
    expect(candidateRows(page)).toEqual([
      ['Archief opruimen', 'Blijft liggen', '6', 'Als taak vastleggen'],
      ['Koffie zetten', 'Onder opleidingsniveau', '3,5', 'Als taak vastleggen'],
    ]);
    expect(
      page.querySelector('[data-testid="pressure-hours"]')?.textContent?.trim(),
    ).toBe('12 uur');
    // The emptied form is ready for the next scan, without error messages.
    expect(page.querySelector('mat-error')).toBeNull();
  });

  it('says what is missing instead of sending an incomplete scan', async () => {
    const { page, http, settle, button } = await openScanPage();
    button('Taak toevoegen die blijft liggen')?.click();
    await settle();

    button('Scan opslaan')?.click();
    await settle();

    http.expectNone({ method: 'POST', url: CARVING_URL.unitScans });
    const messages = page.textContent ?? '';
    expect(messages).toContain('Eenheid is verplicht.');
    expect(messages).toContain('Naam van de taak is verplicht.');
    expect(messages).toContain('Overuren per week is verplicht.');
    expect(messages).toContain('Ervaren werkdruk is verplicht.');
  });

  it('opens the function picked with the candidate task ready to add', async () => {
    const { settle, button, chooseUnit } = await openScanPage();
    await chooseUnit([aScan()]);

    button('Archief opruimen als taak vastleggen')?.click();
    await settle();
    expect(
      document.querySelector('mat-dialog-container h2')?.textContent,
    ).toContain('Als taak vastleggen: Archief opruimen');
    button('Naar de functie')?.click();
    await settle();

    expect(TestBed.inject(Router).url).toBe(
      `/functies/${FUNCTION_ID}?name=Archief%20opruimen&hoursPerWeek=6&leftUndone=true`,
    );
  });

  it('lets a manager read earlier scans without a form to add one', async () => {
    const { page, button, chooseUnit } = await openScanPage(['manager']);
    await chooseUnit([aScan()]);

    expect(page.querySelector('form')).toBeNull();
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(candidateRows(page)).toEqual([
      ['Archief opruimen', 'Blijft liggen', '6'],
      ['Koffie zetten', 'Onder opleidingsniveau', '3,5'],
    ]);
    expect(button('Als taak vastleggen')).toBeUndefined();
  });
});
