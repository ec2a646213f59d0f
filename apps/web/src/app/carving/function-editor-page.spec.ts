import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FunctionDto, Role, TaskDto } from '@jcw/shared-contracts';
import { aUnit } from '@jcw/shared-contracts/testing';
import { functionUrl } from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { FunctionEditorPage } from './function-editor-page';

const UNIT = aUnit('Facilitair').build();
const FUNCTION_ID = '00000000-0000-4000-8200-000000000001';

function aTask(overrides: Partial<TaskDto> = {}): TaskDto {
  return {
    id: '00000000-0000-4000-8100-000000000001',
    functionId: FUNCTION_ID,
    name: 'Post sorteren',
    description: null,
    hoursPerWeek: 20,
    frequency: 'daily',
    fixedTimeWindow: null,
    complexity: 'none',
    demands: {},
    skills: [],
    leftUndone: false,
    solitary: false,
    scheduleNeeds: { evenings: false, nights: false, weekends: false },
    allocatedHoursPerWeek: 0,
    remainingHoursPerWeek: 20,
    carvable: true,
    notCarvableReasons: [],
    ...overrides,
  };
}

function aFunction(tasks: TaskDto[]): FunctionDto {
  return {
    id: FUNCTION_ID,
    unitId: UNIT.id,
    unitName: UNIT.name,
    title: 'Medewerker facilitair',
    payScale: null,
    employerCostPerHour: 40,
    employeeCount: 3,
    contractHoursPerWeek: 36,
    tasks,
    updatedAt: '2026-11-23T08:00:00.000Z',
  };
}

async function openEditor(
  url: string,
  tasks: TaskDto[],
  roles: Role[] = ['hr_adviser'],
) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'functies/:id', component: FunctionEditorPage }]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(
    aSessionUser()
      .withRoles(...roles)
      .build(),
  );
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, FunctionEditorPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http.expectOne(functionUrl(FUNCTION_ID)).flush(aFunction(tasks));
  await settle();
  /** The texts in the "Kenmerken" cell of the task named `name`. */
  const traitsOf = (name: string) => {
    const row = Array.from(page.querySelectorAll('tbody tr')).find(
      (each) => each.querySelector('th')?.textContent?.trim() === name,
    );
    const cells = row?.querySelectorAll('td') ?? [];
    // Uren, Frequentie, Complexiteit, In pakketten, then Kenmerken.
    const traits = cells[4];
    const items = Array.from(traits?.querySelectorAll('li') ?? []).map((li) =>
      li.textContent?.trim(),
    );
    return items.length ? items : [traits?.textContent?.trim()];
  };
  return { page, http, settle, traitsOf };
}

describe('FunctionEditorPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('shows the demands of each task in the task table, next to its flags', async () => {
    const { traitsOf } = await openEditor(`/functies/${FUNCTION_ID}`, [
      aTask({
        leftUndone: true,
        demands: { concentration: 1, walking: 0, fine_hand_use: 2 },
      }),
    ]);

    expect(traitsOf('Post sorteren')).toEqual([
      'Blijft liggen',
      'Concentratie: gemiddeld',
      'Fijne handvaardigheid: hoog',
    ]);
  });

  it('says a task without flags asks little on every dimension', async () => {
    const { traitsOf } = await openEditor(`/functies/${FUNCTION_ID}`, [
      aTask(),
    ]);

    expect(traitsOf('Post sorteren')).toEqual(['Overal lage belasting']);
  });

  it('fills in "Taak toevoegen" with a task handed over from the unit scan', async () => {
    const { page } = await openEditor(
      `/functies/${FUNCTION_ID}?name=Archief%20opruimen&hoursPerWeek=6&leftUndone=true`,
      [],
    );

    const name = page.querySelector<HTMLInputElement>('#task-name');
    const hours = page.querySelector<HTMLInputElement>(
      'input[formcontrolname="hoursPerWeek"]',
    );
    const leftUndone = page.querySelector<HTMLInputElement>(
      'mat-checkbox[formcontrolname="leftUndone"] input',
    );
    expect(name?.value).toBe('Archief opruimen');
    expect(hours?.value).toBe('6');
    expect(leftUndone?.checked).toBe(true);
    expect(page.querySelector('.announcement')?.textContent).toContain(
      'Taak Archief opruimen uit de eenheidsscan staat klaar in Taak toevoegen.',
    );
  });

  it('leaves "Taak toevoegen" empty without a task from the unit scan', async () => {
    const { page } = await openEditor(`/functies/${FUNCTION_ID}`, []);

    expect(page.querySelector<HTMLInputElement>('#task-name')?.value).toBe('');
  });

  it('offers no task form to a manager, even with a task in the address', async () => {
    const { page } = await openEditor(
      `/functies/${FUNCTION_ID}?name=Archief%20opruimen&hoursPerWeek=6`,
      [aTask()],
      ['manager'],
    );

    expect(page.querySelector('#task-name')).toBeNull();
  });
});
