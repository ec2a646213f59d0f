import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ProposalDto, Role } from '@jcw/shared-contracts';
import { IDEMPOTENCY_HEADER, proposalUrl } from '@jcw/web-shared-data-access';
import { aProposal, PLACEMENT_ID, PROPOSAL_ID } from '../../testing/matching';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { ProposalDetailPage } from './proposal-detail-page';

async function openDetailPage(role: Role, proposal: ProposalDto = aProposal()) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'voorstellen/:id', component: ProposalDetailPage },
      ]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles(role).build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(
    `/voorstellen/${PROPOSAL_ID}`,
    ProposalDetailPage,
  );
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http.expectOne(proposalUrl(PROPOSAL_ID)).flush(proposal);
  await settle();
  const button = (text: string) =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find(
      (each) => each.textContent?.trim() === text,
    );
  const dialog = () => document.querySelector('mat-dialog-container');
  const type = async (selector: string, value: string) => {
    const input = dialog()?.querySelector<
      HTMLInputElement | HTMLTextAreaElement
    >(selector);
    if (!input) throw new Error(`no field ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  return { page, http, settle, button, dialog, type };
}

describe('ProposalDetailPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('shows a manager the pseudonymised profile, the fit and the decision buttons, and no name', async () => {
    const { page, button } = await openDetailPage('manager');

    expect(page.querySelector('h1')?.textContent?.trim()).toBe(
      'Voorstel: Kandidaat K-4821 voor Medewerker post en archief',
    );
    const facts = page.querySelector('[data-testid="proposal-facts"]');
    expect(facts?.textContent).toContain('Voorgesteld');
    expect(facts?.textContent).toContain('Sorteert graag en werkt nauwkeurig.');
    expect(facts?.textContent).not.toContain('Naam');
    const profile = page.querySelector('[data-testid="proposal-profile"]');
    expect(profile?.textContent).toContain('post sorteren, scannen');
    expect(profile?.textContent).toContain('Klantcontact: Beperkt');
    expect(profile?.textContent).not.toContain('Geluid');
    expect(page.textContent).toContain(
      'Klantcontact: vraag 1, beperking 1 – past',
    );
    expect(page.textContent).toContain('24 van 30');
    expect(button('Accepteren')).toBeDefined();
    expect(button('Afwijzen')).toBeDefined();
    expect(button('Voorstel intrekken')).toBeUndefined();
  });

  it('accepts with a start date, a contract and the package hours, once, and says the placement exists', async () => {
    const { page, http, settle, button, dialog, type } =
      await openDetailPage('manager');

    button('Accepteren')?.click();
    await settle();
    expect(dialog()?.textContent).toContain(
      'Kandidaat K-4821 accepteren voor Medewerker post en archief',
    );
    expect(
      dialog()?.querySelector<HTMLInputElement>(
        '[formcontrolname="hoursPerWeek"]',
      )?.value,
    ).toBe('20');
    await type('[formcontrolname="startDate"]', '2026-12-07');
    dialog()
      ?.querySelector<HTMLElement>(
        '[formcontrolname="contractKind"] .mat-mdc-select-trigger',
      )
      ?.click();
    await settle();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((each) => each.textContent?.trim() === 'Dienstverband')
      ?.click();
    await settle();
    Array.from(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      .find((each) => each.textContent?.trim() === 'Accepteren')
      ?.click();
    await settle();

    const accept = http.expectOne(`${proposalUrl(PROPOSAL_ID)}/accept`);
    expect(accept.request.body).toEqual({
      startDate: '2026-12-07',
      contractKind: 'employment',
      hoursPerWeek: 20,
    });
    expect(accept.request.headers.get(IDEMPOTENCY_HEADER)).toBeTruthy();
    accept.flush(
      aProposal({
        status: 'accepted',
        placementId: PLACEMENT_ID,
        decidedByName: 'Mark Manager',
        decidedAt: '2026-11-24T10:00:00.000Z',
      }),
    );
    await settle();
    await settle();

    expect(dialog()).toBeNull();
    expect(
      page.querySelector('[data-testid="proposal-state"]')?.textContent,
    ).toContain('Geaccepteerd');
    const placement = page.querySelector('[data-testid="proposal-placement"]');
    expect(placement?.textContent?.trim()).toBe('Plaatsing aangemaakt');
    expect(placement?.querySelector('a')).toBeNull();
    expect(
      page.querySelector('[data-testid="proposal-status"]')?.textContent,
    ).toContain('Het voorstel is geaccepteerd en de plaatsing is aangemaakt.');
    expect(button('Accepteren')).toBeUndefined();
    expect(document.activeElement?.id).toBe('proposal-heading');
  });

  it('keeps the accept dialog open with the reason when someone decided already', async () => {
    const { http, settle, button, dialog, type } =
      await openDetailPage('manager');
    button('Accepteren')?.click();
    await settle();
    await type('[formcontrolname="startDate"]', '2026-12-07');
    dialog()
      ?.querySelector<HTMLElement>(
        '[formcontrolname="contractKind"] .mat-mdc-select-trigger',
      )
      ?.click();
    await settle();
    Array.from(
      document.querySelectorAll<HTMLElement>('mat-option'),
    )[0]?.click();
    await settle();
    Array.from(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      .find((each) => each.textContent?.trim() === 'Accepteren')
      ?.click();
    await settle();

    http.expectOne(`${proposalUrl(PROPOSAL_ID)}/accept`).flush(
      {
        statusCode: 409,
        code: 'PROPOSAL_DECIDED',
        message: 'This proposal was decided already.',
        details: [],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const alert = dialog()?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Het voorstel is niet geaccepteerd.');
    expect(alert?.textContent).toContain('Over dit voorstel is al besloten.');
  });

  it('asks for the start date before sending anything', async () => {
    const { http, settle, button, dialog } = await openDetailPage('manager');
    button('Accepteren')?.click();
    await settle();

    Array.from(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      .find((each) => each.textContent?.trim() === 'Accepteren')
      ?.click();
    await settle();

    expect(dialog()?.textContent).toContain('Startdatum is verplicht.');
    http.expectNone(`${proposalUrl(PROPOSAL_ID)}/accept`);
  });

  it('rejects with a reason from the list and a note', async () => {
    const { page, http, settle, button, dialog, type } =
      await openDetailPage('manager');
    button('Afwijzen')?.click();
    await settle();

    Array.from(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      .find((each) => each.textContent?.trim() === 'Afwijzen')
      ?.click();
    await settle();
    expect(dialog()?.textContent).toContain('Reden is verplicht.');
    http.expectNone(`${proposalUrl(PROPOSAL_ID)}/reject`);

    Array.from(
      dialog()?.querySelectorAll<HTMLElement>('mat-radio-button') ?? [],
    )
      .find(
        (each) =>
          each.textContent?.trim() === 'Het team is er (nog) niet klaar voor',
      )
      ?.querySelector<HTMLInputElement>('input')
      ?.click();
    await settle();
    await type('textarea', 'Na de reorganisatie opnieuw');
    Array.from(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      .find((each) => each.textContent?.trim() === 'Afwijzen')
      ?.click();
    await settle();

    const reject = http.expectOne(`${proposalUrl(PROPOSAL_ID)}/reject`);
    expect(reject.request.body).toEqual({
      reason: 'team_not_ready',
      note: 'Na de reorganisatie opnieuw',
    });
    reject.flush(
      aProposal({
        status: 'rejected',
        rejectionReason: 'team_not_ready',
        rejectionNote: 'Na de reorganisatie opnieuw',
      }),
    );
    await settle();
    await settle();

    expect(
      page.querySelector('[data-testid="proposal-facts"]')?.textContent,
    ).toContain('Het team is er (nog) niet klaar voor');
    expect(page.textContent).toContain('Het voorstel is afgewezen.');
  });

  it('shows an adviser the name, the withdraw button and a link to the placement', async () => {
    const { page, button } = await openDetailPage(
      'hr_adviser',
      aProposal({ candidateName: 'Sanne de Vries' }),
    );
    expect(
      page.querySelector('[data-testid="proposal-facts"]')?.textContent,
    ).toContain('Sanne de Vries');
    expect(button('Voorstel intrekken')).toBeDefined();
    expect(button('Accepteren')).toBeUndefined();
  });

  it('links an adviser to the placement an accepted proposal created', async () => {
    const { page, button } = await openDetailPage(
      'hr_adviser',
      aProposal({
        status: 'accepted',
        candidateName: 'Sanne de Vries',
        placementId: PLACEMENT_ID,
      }),
    );
    const link = page.querySelector('[data-testid="proposal-placement"] a');
    expect(link?.textContent?.trim()).toBe('Plaatsing bekijken');
    expect(link?.getAttribute('href')).toBe(`/plaatsingen/${PLACEMENT_ID}`);
    expect(button('Voorstel intrekken')).toBeUndefined();
  });

  it('withdraws an open proposal after asking', async () => {
    const { page, http, settle, button } = await openDetailPage(
      'hr_adviser',
      aProposal({ candidateName: 'Sanne de Vries' }),
    );
    button('Voorstel intrekken')?.click();
    await settle();
    Array.from(
      document.querySelectorAll<HTMLButtonElement>(
        'mat-dialog-container button',
      ),
    )
      .find((each) => each.textContent?.trim() === 'Voorstel intrekken')
      ?.click();
    await settle();

    http
      .expectOne(`${proposalUrl(PROPOSAL_ID)}/withdraw`)
      .flush(
        aProposal({ status: 'withdrawn', candidateName: 'Sanne de Vries' }),
      );
    await settle();
    await settle();

    expect(page.textContent).toContain('Het voorstel is ingetrokken.');
    expect(
      page.querySelector('[data-testid="proposal-state"]')?.textContent,
    ).toContain('Ingetrokken');
  });
});
