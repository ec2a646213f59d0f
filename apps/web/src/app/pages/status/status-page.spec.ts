import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HEALTH_URL } from '@jcw/web-shared-data-access';
import { aHealthReport } from '@jcw/shared-contracts/testing';
import { withAppTranslations } from '../../../testing/translations';
import { StatusPage } from './status-page';

async function openStatusPage() {
  TestBed.configureTestingModule({
    imports: [StatusPage, withAppTranslations('nl')],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(StatusPage);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  const page = fixture.nativeElement as HTMLElement;
  const announcement = () =>
    page.querySelector('[role="status"]')?.textContent?.trim();
  const settle = () => fixture.whenStable();
  return { page, http, announcement, settle };
}

describe('StatusPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('announces politely that the status is being fetched', async () => {
    const { announcement, http } = await openStatusPage();

    expect(announcement()).toBe('De status wordt opgehaald…');
    http.expectOne(HEALTH_URL);
  });

  it('shows database, Redis and worker as "In orde" when everything is up', async () => {
    const { page, http, announcement, settle } = await openStatusPage();

    http.expectOne(HEALTH_URL).flush(aHealthReport().build());
    await settle();

    expect(announcement()).toBe('De status is bijgewerkt.');
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((row) =>
      row.textContent?.replace(/\s+/g, ' '),
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row?.includes('In orde'))).toBe(true);
  });

  it('shows which part is down when the API answers 503', async () => {
    const { page, http, settle } = await openStatusPage();

    http.expectOne(HEALTH_URL).flush(aHealthReport().withRedisDown().build(), {
      status: 503,
      statusText: 'Unavailable',
    });
    await settle();

    expect(page.textContent).toContain('Storing');
    expect(page.textContent).toContain('Niet bereikbaar');
  });

  it('announces when the server cannot be reached', async () => {
    const { page, http, announcement, settle } = await openStatusPage();

    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'));
    await settle();

    expect(announcement()).toContain('niet bereikbaar');
    expect(page.querySelector('table')).toBeNull();
  });

  it('checks again when "Opnieuw controleren" is pressed', async () => {
    const { page, http, settle } = await openStatusPage();
    http.expectOne(HEALTH_URL).flush(aHealthReport().build());
    await settle();

    page.querySelector<HTMLButtonElement>('button')?.click();

    http.expectOne(HEALTH_URL);
  });
});
