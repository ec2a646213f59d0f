import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@jcw/shared-contracts';
import { MATCHING_URL } from '@jcw/web-shared-data-access';
import { aProposalListItem, PROPOSAL_ID } from '../../testing/matching';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { ProposalsPage } from './proposals-page';

async function openProposalsPage(role: Role, url = '/voorstellen') {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'voorstellen', component: ProposalsPage }]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles(role).build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, ProposalsPage);
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
  const params = (request: {
    request: { params: { keys(): string[]; get(key: string): string | null } };
  }) =>
    Object.fromEntries(
      request.request.params
        .keys()
        .map((key) => [key, request.request.params.get(key)]),
    );
  return { page, http, settle, button, params };
}

describe('ProposalsPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('opens a manager’s inbox on the proposals that wait for a decision, without names', async () => {
    const { page, http, settle, params, button } =
      await openProposalsPage('manager');

    const list = http.expectOne((each) => each.url === MATCHING_URL.proposals);
    expect(params(list)).toEqual({ status: 'proposed' });
    list.flush([aProposalListItem()]);
    http.expectNone(MATCHING_URL.rejectionReport);
    await settle();

    const row = page.querySelector('#proposals-caption')?.closest('table')
      ?.tBodies[0].rows[0];
    expect(row?.querySelector('a')?.textContent?.trim()).toBe(
      'Kandidaat K-4821',
    );
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(
      `/voorstellen/${PROPOSAL_ID}`,
    );
    expect(row?.textContent).toContain('Voorgesteld');
    expect(
      page.querySelector('[data-testid="proposal-count"]')?.textContent,
    ).toContain('1 voorstel gevonden.');
    expect(button('Kandidaat-spotlight versturen')).toBeUndefined();
    expect(page.textContent).not.toContain('Afwijzingsredenen');
  });

  it('lets a manager see every status through ?status=all', async () => {
    const { http, params } = await openProposalsPage(
      'manager',
      '/voorstellen?status=all',
    );

    const list = http.expectOne((each) => each.url === MATCHING_URL.proposals);
    expect(params(list)).toEqual({});
    list.flush([]);
  });

  it('shows an adviser every proposal with the name, and the rejection reasons', async () => {
    const { page, http, settle, params } =
      await openProposalsPage('hr_adviser');

    const list = http.expectOne((each) => each.url === MATCHING_URL.proposals);
    expect(params(list)).toEqual({});
    list.flush([
      aProposalListItem({
        candidateName: 'Sanne de Vries',
        status: 'rejected',
      }),
    ]);
    http.expectOne(MATCHING_URL.rejectionReport).flush({
      rows: [
        {
          packageId: 'p1',
          packageTitle: 'Medewerker post en archief',
          unitId: 'u1',
          unitName: 'Afdeling Facilitaire Zaken',
          reason: 'team_not_ready',
          count: 2,
        },
      ],
      totalRejected: 2,
      totalAccepted: 5,
    });
    await settle();

    expect(page.textContent).toContain('Sanne de Vries (Kandidaat K-4821)');
    const report = page.querySelector('#rejections-caption')?.closest('table');
    expect(report?.textContent).toContain(
      'Het team is er (nog) niet klaar voor',
    );
    expect(report?.querySelector('tbody th')?.getAttribute('scope')).toBe(
      'row',
    );
    expect(
      page.querySelector('[data-testid="rejection-totals"]')?.textContent,
    ).toContain('2 afgewezen en 5 geaccepteerd.');
  });

  it('sends the candidate spotlight and says how many managers heard of it', async () => {
    const { page, http, settle, button } =
      await openProposalsPage('hr_adviser');
    http.expectOne((each) => each.url === MATCHING_URL.proposals).flush([]);
    http
      .expectOne(MATCHING_URL.rejectionReport)
      .flush({ rows: [], totalRejected: 0, totalAccepted: 0 });
    await settle();

    button('Kandidaat-spotlight versturen')?.click();
    await settle();
    const send = http.expectOne(MATCHING_URL.spotlight);
    expect(send.request.method).toBe('POST');
    send.flush({ week: '2026-W49', notified: 3, packages: 4 });
    await settle();

    expect(
      page.querySelector('[data-testid="spotlight-status"]')?.textContent,
    ).toContain('3 managers ingelicht voor week 2026-W49 (4 pakketten).');
  });

  it('puts the chosen status in the URL', async () => {
    const { page, http, settle } = await openProposalsPage('hr_adviser');
    http.expectOne((each) => each.url === MATCHING_URL.proposals).flush([]);
    http
      .expectOne(MATCHING_URL.rejectionReport)
      .flush({ rows: [], totalRejected: 0, totalAccepted: 0 });
    await settle();

    page
      .querySelector<HTMLElement>(
        '[formcontrolname="status"] .mat-mdc-select-trigger',
      )
      ?.click();
    await settle();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((each) => each.textContent?.trim() === 'Afgewezen')
      ?.click();
    await settle();
    Array.from(page.querySelectorAll<HTMLButtonElement>('button'))
      .find((each) => each.textContent?.trim() === 'Filter toepassen')
      ?.click();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/voorstellen?status=rejected');
    const list = http.expectOne((each) => each.url === MATCHING_URL.proposals);
    expect(list.request.params.get('status')).toBe('rejected');
    list.flush([]);
  });
});
