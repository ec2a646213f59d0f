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
  FunctionDto,
  FunctionSummaryDto,
  PackageDto,
  Role,
  TaskDto,
} from '@jcw/shared-contracts';
import { aUnit } from '@jcw/shared-contracts/testing';
import {
  CARVING_URL,
  functionUrl,
  IDENTITY_URL,
  packageUrl,
} from '@jcw/web-shared-data-access';
import {
  anApiError,
  aSessionUser,
  restoreSession,
} from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { PackageComposerPage } from './package-composer-page';

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
    demands: { concentration: 1 },
    skills: ['sorteren'],
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

function aSummary(fn: FunctionDto): FunctionSummaryDto {
  return {
    id: fn.id,
    unitId: fn.unitId,
    unitName: fn.unitName,
    title: fn.title,
    payScale: null,
    employeeCount: fn.employeeCount,
    taskCount: fn.tasks.length,
    carvableTaskCount: fn.tasks.length,
    taskHoursPerWeek: 20,
    remainingHoursPerWeek: 20,
  };
}

function aSavedPackage(task: TaskDto, hoursPerWeek: number): PackageDto {
  return {
    id: '00000000-0000-4000-8400-000000000001',
    unitId: UNIT.id,
    unitName: UNIT.name,
    title: 'Facilitaire ondersteuning',
    description: null,
    status: 'published',
    version: 2,
    carvedJobPayScale: null,
    carvedJobCostPerHour: 25,
    workplacePostcode: '3511AB',
    workplaceLatitude: 52.0921,
    workplaceLongitude: 5.1156,
    accommodationsOffered: ['jobcoach', 'aids'],
    allocations: [
      {
        taskId: task.id,
        taskName: task.name,
        functionId: task.functionId,
        functionTitle: 'Medewerker facilitair',
        unitId: UNIT.id,
        unitName: UNIT.name,
        hoursPerWeek,
        leftUndone: false,
        solitary: false,
      },
    ],
    summary: {
      hoursPerWeek,
      jobUnits: hoursPerWeek / 25.5,
      demandProfile: {},
      skills: [],
      complexity: 'none',
      scheduleNeeds: { evenings: false, nights: false, weekends: false },
      warnings: [],
    },
    publishedAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
  };
}

async function openComposer(url: string, roles: Role[] = ['hr_adviser']) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'pakketten/nieuw', component: PackageComposerPage },
        { path: 'pakketten/:id', component: PackageComposerPage },
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
  await harness.navigateByUrl(url, PackageComposerPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const text = (selector: string) =>
    page.querySelector(selector)?.textContent?.trim() ?? '';
  const button = (label: string) =>
    Array.from(page.querySelectorAll('button')).find(
      (each) =>
        each.getAttribute('aria-label') === label ||
        each.textContent?.trim() === label,
    ) as HTMLButtonElement | undefined;
  return { harness, page, http, settle, text, button };
}

/** Opens "Nieuw pakket", picks the function and adds its task to the package. */
async function composeWith(task: TaskDto) {
  const composer = await openComposer('/pakketten/nieuw');
  const { page, http, settle, button } = composer;
  const fn = aFunction([task]);
  http.expectOne(CARVING_URL.functions).flush([aSummary(fn)]);
  http.expectOne(IDENTITY_URL.units).flush([UNIT]);
  await settle();

  page
    .querySelector<HTMLElement>('.function-choice .mat-mdc-select-trigger')
    ?.click();
  await settle();
  document.querySelector<HTMLElement>('mat-option')?.click();
  await settle();
  http.expectOne(functionUrl(fn.id)).flush(fn);
  await settle();

  button(`${task.name} toevoegen aan het pakket`)?.click();
  await settle();
  return composer;
}

function typeHours(page: HTMLElement, label: string, value: string) {
  const input = page.querySelector<HTMLInputElement>(
    `input[aria-label="${label}"]`,
  );
  if (!input) throw new Error(`no input labelled ${label}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('PackageComposerPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('adds up the hours and jobs again as soon as the hours of a task change', async () => {
    const { page, settle, text } = await composeWith(aTask());
    expect(text('[data-testid="total-hours"]')).toBe('20');
    expect(text('[data-testid="total-job-units"]')).toBe('0,784');

    typeHours(page, 'Uren per week voor Post sorteren', '15.3');
    await settle();

    expect(text('[data-testid="total-hours"]')).toBe('15,3');
    expect(text('[data-testid="total-job-units"]')).toBe('0,600');
  });

  it('warns that there is no funded jobcoaching once the package drops under 12 hours', async () => {
    const { page, settle } = await composeWith(aTask());
    expect(page.textContent).not.toContain('geen gefinancierde jobcoaching');

    typeHours(page, 'Uren per week voor Post sorteren', '8');
    await settle();

    expect(page.querySelector('#package-warnings')?.textContent).toContain(
      'Minder dan 12 uur per week (8 uur): geen gefinancierde jobcoaching.',
    );
  });

  it('shows the demand profile of the tasks as text for screen readers too', async () => {
    const { page } = await composeWith(aTask());
    const row = page.querySelector('jcw-demand-profile-chart table tbody tr');
    expect(row?.textContent).toContain('Concentratie');
    expect(row?.textContent).toContain('1 (Gemiddeld)');
    // Hidden from sight by its wrapper (a table box ignores width and overflow itself).
    expect(
      page
        .querySelector('jcw-demand-profile-chart table')
        ?.parentElement?.classList.contains('visually-hidden'),
    ).toBe(true);
  });

  it('says why a task cannot take the hours asked, before saving', async () => {
    const { page, settle, http } = await composeWith(
      aTask({ hoursPerWeek: 20, allocatedHoursPerWeek: 12 }),
    );
    typeHours(page, 'Uren per week voor Post sorteren', '10');
    await settle();

    expect(page.querySelector('#package-errors')?.textContent).toContain(
      'Post sorteren heeft 20 uur per week; samen met andere pakketten is 22 uur toegewezen.',
    );
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    http.expectNone({ method: 'POST', url: CARVING_URL.packages });
  });

  it("shows the API's reason when saving a package is refused", async () => {
    const { page, settle, http, button } = await composeWith(aTask());
    const title = page.querySelector<HTMLInputElement>(
      'input[formcontrolname="title"]',
    );
    if (title) {
      title.value = 'Facilitaire ondersteuning';
      title.dispatchEvent(new Event('input'));
    }
    const cost = page.querySelector<HTMLInputElement>(
      'input[formcontrolname="carvedJobCostPerHour"]',
    );
    if (cost) {
      cost.value = '25';
      cost.dispatchEvent(new Event('input'));
    }
    button('Concept opslaan')?.click();
    await settle();

    const save = http.expectOne({ method: 'POST', url: CARVING_URL.packages });
    expect(save.request.body).toEqual({
      unitId: UNIT.id,
      title: 'Facilitaire ondersteuning',
      description: null,
      carvedJobPayScale: null,
      carvedJobCostPerHour: 25,
      workplacePostcode: null,
      workplaceLatitude: null,
      workplaceLongitude: null,
      accommodationsOffered: [],
      allocations: [{ taskId: aTask().id, hoursPerWeek: 20 }],
    });
    save.flush(anApiError('TASK_OVER_ALLOCATED', 409), {
      status: 409,
      statusText: 'Conflict',
    });
    await settle();

    const alert = page.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Het pakket is niet opgeslagen.');
    expect(alert?.textContent).toContain(
      'Pakketten nemen samen meer uren van een taak dan die taak heeft.',
    );
  });

  it('lets a manager read a package without any control to change it', async () => {
    const task = aTask();
    const pkg = aSavedPackage(task, 14);
    const { page, http, settle, text, button } = await openComposer(
      `/pakketten/${pkg.id}`,
      ['manager'],
    );
    http.expectOne(packageUrl(pkg.id)).flush(pkg);
    http.expectOne(functionUrl(FUNCTION_ID)).flush(aFunction([task]));
    await settle();
    http
      .expectOne((request) =>
        request.url.startsWith(`${packageUrl(pkg.id)}/business-case`),
      )
      .flush(null);
    await settle();

    expect(text('h1')).toBe('Facilitaire ondersteuning');
    expect(text('.status-line')).toBe('Status: Gepubliceerd · versie 2');
    expect(text('[data-testid="total-hours"]')).toBe('14');
    expect(page.querySelector('input.hours-input')).toBeNull();
    expect(button('Concept opslaan')).toBeUndefined();
    expect(button('Wijzigingen opslaan')).toBeUndefined();
    expect(button('Publiceren')).toBeUndefined();
    expect(button('PDF downloaden')).toBeDefined();
    expect(page.textContent).toContain('3511AB');
    expect(page.textContent?.replace(/\s+/g, ' ')).toContain(
      'Voorzieningen op de werkplek Jobcoach, Hulpmiddelen',
    );
    expect(page.querySelector('[data-testid="candidates-link"]')).toBeNull();
  });

  it('sends the workplace, its coordinates and the provisions it offers', async () => {
    const { page, settle, http, button } = await composeWith(aTask());
    const type = (name: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(
        `input[formcontrolname="${name}"]`,
      );
      if (!input) throw new Error(`no field ${name}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('title', 'Facilitaire ondersteuning');
    type('carvedJobCostPerHour', '25');
    type('workplacePostcode', '3511AB ');
    type('workplaceLatitude', '52.0921');
    type('workplaceLongitude', '5.1156');
    Array.from(page.querySelectorAll<HTMLElement>('mat-checkbox'))
      .find((each) => each.textContent?.trim() === 'Jobcoach')
      ?.querySelector('input')
      ?.click();
    await settle();
    button('Concept opslaan')?.click();
    await settle();

    const save = http.expectOne({ method: 'POST', url: CARVING_URL.packages });
    expect(save.request.body).toMatchObject({
      workplacePostcode: '3511AB',
      workplaceLatitude: 52.0921,
      workplaceLongitude: 5.1156,
      accommodationsOffered: ['jobcoach'],
    });
    save.flush(anApiError('PACKAGE_INVALID', 422), {
      status: 422,
      statusText: 'Unprocessable Entity',
    });
    await settle();
  });

  it('asks for the longitude too once a latitude is filled in', async () => {
    const { page, settle, http, button } = await composeWith(aTask());
    const latitude = page.querySelector<HTMLInputElement>(
      'input[formcontrolname="workplaceLatitude"]',
    );
    if (latitude) {
      latitude.value = '52.09';
      latitude.dispatchEvent(new Event('input'));
    }
    button('Concept opslaan')?.click();
    await settle();

    expect(
      page
        .querySelector('input[formcontrolname="workplaceLongitude"]')
        ?.closest('mat-form-field')
        ?.querySelector('mat-error')?.textContent,
    ).toContain('Vul zowel de breedtegraad als de lengtegraad in');
    http.expectNone({ method: 'POST', url: CARVING_URL.packages });
  });

  it('links an adviser from a saved package to its candidates', async () => {
    const task = aTask();
    const pkg = aSavedPackage(task, 14);
    const { page, http, settle } = await openComposer(`/pakketten/${pkg.id}`);
    http.expectOne(CARVING_URL.functions).flush([]);
    http.expectOne(IDENTITY_URL.units).flush([UNIT]);
    http.expectOne(packageUrl(pkg.id)).flush(pkg);
    http.expectOne(functionUrl(FUNCTION_ID)).flush(aFunction([task]));
    await settle();
    http
      .expectOne((request) =>
        request.url.startsWith(`${packageUrl(pkg.id)}/business-case`),
      )
      .flush(null);
    await settle();

    const link = page.querySelector('[data-testid="candidates-link"]');
    expect(link?.textContent?.trim()).toBe('Kandidaten bekijken');
    expect(link?.getAttribute('href')).toBe(`/pakketten/${pkg.id}/kandidaten`);
  });
});
