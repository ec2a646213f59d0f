import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { RegisterImportDto } from '@jcw/shared-contracts';
import {
  IMPORT_POLL_MS,
  REGISTER_IMPORTS_URL,
  registerImportUrl,
} from '@jcw/web-shared-data-access';
import { aSessionUser, restoreSession } from '../../testing/session';
import { withAppTranslations } from '../../testing/translations';
import { RegisterImportPage } from './register-import-page';

const IMPORT_ID = '00000000-0000-4000-a000-000000000001';

function anImport(
  overrides: Partial<RegisterImportDto> = {},
): RegisterImportDto {
  return {
    id: IMPORT_ID,
    fileName: 'register.csv',
    format: 'csv',
    sizeBytes: 120,
    status: 'queued',
    processedRows: 0,
    insertedRows: 0,
    updatedRows: 0,
    unchangedRows: 0,
    errorRows: 0,
    failure: null,
    createdAt: '2026-11-23T08:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

async function openImportPage() {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'kandidaten/import', component: RegisterImportPage },
      ]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await restoreSession(aSessionUser().withRoles('hr_adviser').build());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/kandidaten/import', RegisterImportPage);
  const page = harness.routeNativeElement as HTMLElement;
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await Promise.resolve();
    await Promise.resolve();
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  http.expectOne(REGISTER_IMPORTS_URL).flush([]);
  await settle();
  return { page, http, settle };
}

describe('the register import page', () => {
  afterEach(() => jest.useRealTimers());

  it('explains the columns, and that importing the same file twice is safe', async () => {
    const { page } = await openImportPage();

    expect(page.querySelector('h1')?.textContent).toContain(
      'Register importeren',
    );
    expect(page.textContent).toContain('register_start_date');
    expect(page.textContent).toContain(
      'Hetzelfde bestand twee keer importeren is veilig',
    );
    const input = page.querySelector<HTMLInputElement>('input[type=file]');
    expect(input?.accept).toContain('.csv');
    expect(input?.accept).toContain('.xlsx');
    expect(
      page.querySelector(`label[for="${input?.id}"]`)?.textContent,
    ).toContain('Registerbestand');
  });

  it('says a file is needed when nothing was chosen', async () => {
    const { page, http, settle } = await openImportPage();

    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();

    expect(page.textContent).toContain('Kies eerst een bestand.');
    http.expectNone(REGISTER_IMPORTS_URL);
  });

  it('shows the live counts while the import runs, then the rows it refused', async () => {
    const { page, http, settle } = await openImportPage();
    jest.useFakeTimers();

    const input = page.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    const file = new File(['bsn\n'], 'register.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', {
      value: { item: () => file, length: 1 },
    });
    input.dispatchEvent(new Event('change'));
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    http
      .expectOne({ method: 'POST', url: REGISTER_IMPORTS_URL })
      .flush(anImport(), { status: 202, statusText: 'Accepted' });
    await settle();

    jest.advanceTimersByTime(IMPORT_POLL_MS);
    http
      .expectOne(registerImportUrl(IMPORT_ID))
      .flush(
        anImport({ status: 'running', processedRows: 2, insertedRows: 1 }),
      );
    await settle();

    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
    expect(page.querySelector('[role=status]')?.textContent).toContain(
      '2 rijen verwerkt',
    );
    const counts = page.querySelector('[data-testid=import-counts]');
    expect(counts?.textContent).toContain('Verwerkt');
    expect(counts?.textContent).toContain('Nieuw');

    jest.advanceTimersByTime(IMPORT_POLL_MS);
    http.expectOne(registerImportUrl(IMPORT_ID)).flush(
      anImport({
        status: 'completed',
        processedRows: 3,
        insertedRows: 2,
        errorRows: 1,
      }),
    );
    http
      .expectOne(
        (each) => each.url === `${registerImportUrl(IMPORT_ID)}/errors`,
      )
      .flush({
        items: [
          { rowNumber: 4, field: 'bsn', reason: 'fails the eleven-test' },
        ],
        total: 1,
        page: 1,
        pageSize: 25,
      });
    await settle();

    expect(page.querySelector('mat-progress-bar')).toBeNull();
    expect(page.querySelector('[role=status]')?.textContent).toContain(
      'Import klaar: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 met fouten.',
    );
    const errorsTable = Array.from(page.querySelectorAll('table')).find(
      (table) => table.caption?.textContent?.includes('Afgewezen rijen'),
    );
    const row = errorsTable?.querySelector('tbody tr');
    expect(row?.querySelector('th')?.textContent?.trim()).toBe('4');
    expect(row?.textContent).toContain('bsn');
    expect(row?.textContent).toContain('fails the eleven-test');
    expect(page.textContent).toContain('Foutenrapport downloaden (CSV)');
  });
});
