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
  PackageListItemDto,
  TeamAssignmentRowDto,
} from '@jcw/shared-contracts';
import {
  CARVING_URL,
  IDEMPOTENCY_HEADER,
  MATCHING_URL,
} from '@jcw/web-shared-data-access';
import { aProposal } from '../../testing/matching';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { TeamAssignmentPage } from './team-assignment-page';

function aListedPackage(
  id: string,
  title: string,
  updatedAt: string,
): PackageListItemDto {
  return {
    id,
    unitId: 'u1',
    unitName: 'Afdeling Facilitaire Zaken',
    title,
    status: 'published',
    version: 1,
    hoursPerWeek: 20,
    jobUnits: 0.784,
    updatedAt,
  };
}

const POST = aListedPackage('p-post', 'Post', '2026-11-23T09:00:00.000Z');
const ARCHIVE = aListedPackage(
  'p-archief',
  'Archief',
  '2026-11-22T09:00:00.000Z',
);

function aRow(
  pkg: PackageListItemDto,
  assigned: TeamAssignmentRowDto['assigned'],
): TeamAssignmentRowDto {
  return {
    packageId: pkg.id,
    packageTitle: pkg.title,
    unitName: pkg.unitName,
    hoursPerWeek: pkg.hoursPerWeek,
    assigned,
    runnerUp: null,
  };
}

async function openTeamPage() {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'teamindeling', component: TeamAssignmentPage }]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles('hr_adviser').build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/teamindeling', TeamAssignmentPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const packages = http.expectOne((each) => each.url === CARVING_URL.packages);
  expect(packages.request.params.get('status')).toBe('published');
  packages.flush([ARCHIVE, POST]);
  await settle();
  const button = (text: string) =>
    Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find(
      (each) => each.textContent?.trim() === text,
    );
  const tick = async (label: string) => {
    Array.from(page.querySelectorAll<HTMLElement>('mat-checkbox'))
      .find((each) => each.textContent?.trim().startsWith(label))
      ?.querySelector<HTMLInputElement>('input')
      ?.click();
    await settle();
  };
  return { page, http, settle, button, tick };
}

describe('TeamAssignmentPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('asks for at least one package before calculating', async () => {
    const { page, http, settle, button } = await openTeamPage();

    button('Bereken indeling')?.click();
    await settle();

    expect(page.querySelector('#packages-error')?.textContent).toContain(
      'Kies minstens één pakket.',
    );
    http.expectNone(MATCHING_URL.teamAssignments);
  });

  it('calculates for the ticked packages and pool, and shows who goes where with the total', async () => {
    const { page, http, settle, button, tick } = await openTeamPage();
    await tick('Post');
    await tick('Archief');
    const completeness = page.querySelector<HTMLInputElement>(
      '[formcontrolname="minCompleteness"]',
    );
    if (completeness) {
      completeness.value = '75';
      completeness.dispatchEvent(new Event('input'));
    }
    button('Bereken indeling')?.click();
    await settle();

    const request = http.expectOne(MATCHING_URL.teamAssignments);
    expect(request.request.body).toEqual({
      packageIds: ['p-post', 'p-archief'],
      pool: { excludeProposed: true, minCompleteness: 75 },
    });
    request.flush({
      totalScore: 81.5,
      poolSize: 12,
      filled: 1,
      engineVersion: '1.0',
      rows: [
        aRow(POST, {
          candidateId: 'c1',
          pseudonym: 'Kandidaat K-4821',
          candidateName: 'Sanne de Vries',
          score: 81.5,
        }),
        aRow(ARCHIVE, null),
      ],
    });
    await settle();

    const table = page.querySelector('#assignment-caption')?.closest('table');
    expect(table?.tBodies[0].rows[0].textContent).toContain(
      'Sanne de Vries (Kandidaat K-4821)',
    );
    expect(table?.tBodies[0].rows[1].textContent).toContain(
      'Geen passende kandidaat meer over',
    );
    expect(
      page.querySelector('[data-testid="total-score"]')?.textContent,
    ).toContain('81,5');
    expect(
      page.querySelector('[data-testid="team-status"]')?.textContent,
    ).toContain(
      'Indeling berekend: 1 van 2 pakketten gevuld uit 12 kandidaten, totale score 81,5.',
    );
  });

  it('proposes every assigned pair, each with its own key, and says per row how it went', async () => {
    const { page, http, settle, button, tick } = await openTeamPage();
    await tick('Post');
    await tick('Archief');
    button('Bereken indeling')?.click();
    await settle();
    http.expectOne(MATCHING_URL.teamAssignments).flush({
      totalScore: 150,
      poolSize: 12,
      filled: 2,
      engineVersion: '1.0',
      rows: [
        aRow(POST, {
          candidateId: 'c1',
          pseudonym: 'Kandidaat K-1',
          candidateName: 'Sanne de Vries',
          score: 80,
        }),
        aRow(ARCHIVE, {
          candidateId: 'c2',
          pseudonym: 'Kandidaat K-2',
          candidateName: 'Lotte Jansen',
          score: 70,
        }),
      ],
    });
    await settle();

    button('Alles voorstellen')?.click();
    await settle();
    const first = http.expectOne(MATCHING_URL.proposals);
    expect(first.request.body).toEqual({
      packageId: 'p-post',
      candidateId: 'c1',
    });
    const firstKey = first.request.headers.get(IDEMPOTENCY_HEADER);
    first.flush(aProposal({ id: 'proposal-1' }));
    await settle();
    const second = http.expectOne(MATCHING_URL.proposals);
    expect(second.request.headers.get(IDEMPOTENCY_HEADER)).not.toBe(firstKey);
    second.flush(
      {
        statusCode: 409,
        code: 'MATCH_NOT_FEASIBLE',
        message: 'No longer fits',
        details: [],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const proposed = page.querySelector('[data-testid="row-result-p-post"]');
    expect(proposed?.textContent).toContain('Voorgesteld');
    expect(proposed?.querySelector('a')?.getAttribute('href')).toBe(
      '/voorstellen/proposal-1',
    );
    expect(
      page.querySelector('[data-testid="row-result-p-archief"]')?.textContent,
    ).toContain('Niet voorgesteld: De kandidaat past niet meer bij dit pakket');
    expect(
      page.querySelector('[data-testid="team-status"]')?.textContent,
    ).toContain('1 voorstellen verstuurd, 1 niet.');
  });
});
