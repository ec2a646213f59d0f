import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { createEnvironmentInjector, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { REGISTER_IMPORTS_URL, registerImportUrl } from './candidates.api';
import { IMPORT_POLL_MS, RegisterImportStore } from './register-import.store';
import { aRegisterImport } from './testing';

describe('RegisterImportStore', () => {
  let store: RegisterImportStore;
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        RegisterImportStore,
      ],
    });
    store = TestBed.inject(RegisterImportStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const file = () =>
    new File(['bsn;first_name\n'], 'register.csv', { type: 'text/csv' });

  async function uploaded(queued = aRegisterImport()) {
    const uploading = store.upload(file());
    const request = http.expectOne({
      method: 'POST',
      url: REGISTER_IMPORTS_URL,
    });
    request.flush(queued, { status: 202, statusText: 'Accepted' });
    await uploading;
    return queued;
  }

  it('sends the file as the multipart field "file" and shows the queued import', async () => {
    const uploading = store.upload(file());
    expect(store.uploading()).toBe(true);
    const request = http.expectOne({
      method: 'POST',
      url: REGISTER_IMPORTS_URL,
    });
    const body = request.request.body as FormData;
    expect((body.get('file') as File).name).toBe('register.csv');
    const queued = aRegisterImport();
    request.flush(queued, { status: 202, statusText: 'Accepted' });

    expect(await uploading).toEqual({ ok: true, value: queued });
    expect(store.uploading()).toBe(false);
    expect(store.current()).toEqual(queued);
    expect(store.running()).toBe(true);
    expect(store.imports()).toEqual([queued]);
    jest.clearAllTimers();
  });

  it('asks for progress every second while the import runs, then reads the first page of errors', async () => {
    const queued = await uploaded();
    http.expectNone(registerImportUrl(queued.id));

    jest.advanceTimersByTime(IMPORT_POLL_MS);
    const running = {
      ...queued,
      status: 'running' as const,
      processedRows: 40,
    };
    http.expectOne(registerImportUrl(queued.id)).flush(running);
    expect(store.current()?.processedRows).toBe(40);
    expect(store.running()).toBe(true);

    jest.advanceTimersByTime(IMPORT_POLL_MS);
    const completed = {
      ...queued,
      status: 'completed' as const,
      processedRows: 3,
      insertedRows: 2,
      errorRows: 1,
    };
    http.expectOne(registerImportUrl(queued.id)).flush(completed);

    expect(store.running()).toBe(false);
    expect(store.imports()).toEqual([completed]);
    const errors = http.expectOne(
      (each) => each.url === `${registerImportUrl(queued.id)}/errors`,
    );
    expect(errors.request.params.get('page')).toBe('1');
    const page = {
      items: [{ rowNumber: 4, field: 'bsn', reason: 'fails the eleven-test' }],
      total: 1,
      page: 1,
      pageSize: 25,
    };
    errors.flush(page);
    expect(store.errors()).toEqual(page);

    // Done: no more questions.
    jest.advanceTimersByTime(IMPORT_POLL_MS * 3);
    http.expectNone(registerImportUrl(queued.id));
  });

  it('reads no errors when an import finished without any', async () => {
    const queued = await uploaded();
    jest.advanceTimersByTime(IMPORT_POLL_MS);
    http
      .expectOne(registerImportUrl(queued.id))
      .flush({ ...queued, status: 'completed', processedRows: 2 });

    expect(store.errors()).toMatchObject({ items: [], total: 0 });
  });

  it('stops asking and keeps the reason when progress cannot be read', async () => {
    const queued = await uploaded();
    jest.advanceTimersByTime(IMPORT_POLL_MS);
    http
      .expectOne(registerImportUrl(queued.id))
      .flush(
        { code: 'INTERNAL', message: 'Boom' },
        { status: 500, statusText: 'Server Error' },
      );

    expect(store.progressError()).toMatchObject({ status: 500 });
    jest.advanceTimersByTime(IMPORT_POLL_MS * 2);
    http.expectNone(registerImportUrl(queued.id));
  });

  it('stops asking when the page goes', async () => {
    const pageInjector = createEnvironmentInjector(
      [RegisterImportStore],
      TestBed.inject(EnvironmentInjector),
    );
    const pageStore = pageInjector.get(RegisterImportStore);
    const uploading = pageStore.upload(file());
    const queued = aRegisterImport();
    http.expectOne(REGISTER_IMPORTS_URL).flush(queued);
    await uploading;

    pageInjector.destroy();
    jest.advanceTimersByTime(IMPORT_POLL_MS * 3);

    http.expectNone(registerImportUrl(queued.id));
  });

  it('lists earlier imports newest first and opens a finished one at its errors', () => {
    store.loadImports();
    const older = aRegisterImport({
      status: 'completed',
      errorRows: 2,
      createdAt: '2026-11-01T08:00:00.000Z',
    });
    const newer = aRegisterImport({
      status: 'failed',
      failure: 'unreadable',
      createdAt: '2026-11-20T08:00:00.000Z',
    });
    http.expectOne(REGISTER_IMPORTS_URL).flush([older, newer]);
    expect(store.imports()).toEqual([newer, older]);

    store.show(older);
    const errors = http.expectOne(
      (each) => each.url === `${registerImportUrl(older.id)}/errors`,
    );
    errors.flush({ items: [], total: 2, page: 1, pageSize: 25 });

    store.loadErrors(2);
    const second = http.expectOne(
      (each) => each.url === `${registerImportUrl(older.id)}/errors`,
    );
    expect(second.request.params.get('page')).toBe('2');
    second.flush({ items: [], total: 2, page: 2, pageSize: 25 });
    expect(store.errors()?.page).toBe(2);
  });

  it('leaves nothing on screen when the upload is refused', async () => {
    const uploading = store.upload(file());
    http.expectOne(REGISTER_IMPORTS_URL).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: [{ field: 'file', message: 'file must be a .csv or .xlsx' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(await uploading).toMatchObject({
      ok: false,
      failure: { fieldErrors: { file: 'file must be a .csv or .xlsx' } },
    });
    expect(store.current()).toBeNull();
  });

  it('downloads the error report of the import on screen as a blob', async () => {
    const done = aRegisterImport({ status: 'completed' });
    store.show(done);
    const downloading = store.downloadReport();
    const request = http.expectOne(`${registerImportUrl(done.id)}/report.csv`);
    expect(request.request.responseType).toBe('blob');
    const blob = new Blob(['row_number,field,reason\n']);
    request.flush(blob);

    expect(await downloading).toEqual({ ok: true, value: blob });
  });
});
