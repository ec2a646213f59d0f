import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MATCHING_URL, notificationReadUrl } from '@jcw/web-shared-data-access';
import { aNotification, PROPOSAL_ID } from '../../testing/matching';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { NotificationsPage } from './notifications-page';

const SPOTLIGHT = aNotification({
  id: 'n-spotlight',
  kind: 'candidate_spotlight',
  createdAt: '2026-11-30T07:00:00.000Z',
  week: '2026-W49',
  proposalId: null,
  packageTitle: null,
  proposalStatus: null,
  spotlight: [
    {
      packageId: 'p1',
      packageTitle: 'Medewerker post en archief',
      matches: [
        { pseudonym: 'Kandidaat K-4821', score: 81.5 },
        { pseudonym: 'Kandidaat K-1000', score: 64 },
      ],
    },
  ],
});
const RECEIVED = aNotification({ id: 'n-received' });

async function openNotificationsPage() {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'meldingen', component: NotificationsPage }]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles('manager').build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/meldingen', NotificationsPage);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(harness.fixture.nativeElement);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  http
    .expectOne(MATCHING_URL.notifications)
    .flush({ items: [RECEIVED, SPOTLIGHT], unread: 2 });
  await settle();
  return { page, http, settle };
}

describe('NotificationsPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('lists the spotlight with the top pseudonyms per package and a proposal with its link, newest first', async () => {
    const { page } = await openNotificationsPage();

    const headings = Array.from(page.querySelectorAll('h2')).map((each) =>
      each.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(headings).toEqual([
      'Ongelezen Kandidaat-spotlight week 2026-W49',
      'Ongelezen Nieuw voorstel voor Medewerker post en archief',
    ]);
    expect(page.querySelector('h3')?.textContent).toContain(
      'Medewerker post en archief',
    );
    expect(page.textContent).toContain('Kandidaat K-4821 – score 81,5');
    const link = page.querySelector<HTMLAnchorElement>('li a');
    expect(link?.getAttribute('href')).toBe(`/voorstellen/${PROPOSAL_ID}`);
    expect(
      page.querySelector('[data-testid="notifications-status"]')?.textContent,
    ).toContain('2 ongelezen meldingen.');
  });

  it('marks a notification as read, counts one less and moves focus to its heading', async () => {
    const { page, http, settle } = await openNotificationsPage();

    page
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Markeer als gelezen: Nieuw voorstel voor Medewerker post en archief"]',
      )
      ?.click();
    await settle();
    http
      .expectOne(notificationReadUrl('n-received'))
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await settle();

    expect(page.querySelectorAll('button')).toHaveLength(1);
    expect(document.activeElement?.id).toBe('notification-n-received');
    expect(
      page.querySelector('[data-testid="notifications-status"]')?.textContent,
    ).toContain('De melding is als gelezen gemarkeerd.');
  });
});
