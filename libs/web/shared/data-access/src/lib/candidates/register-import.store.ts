import {
  computed,
  DestroyRef,
  inject,
  Injectable,
  signal,
} from '@angular/core';
import { RegisterImportDto } from '@jcw/shared-contracts';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { exhaustMap, Subscription, takeWhile, timer } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';
import { upsertById } from '../http/list-state';
import { ValueState } from '../carving/value-state';
import type { RegisterImportErrorPage } from '@jcw/shared-contracts';
import { CandidatesApi } from './candidates.api';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 1000;
export const IMPORT_ERRORS_PAGE_SIZE = 25;

/** Queued and running imports are still moving; completed and failed ones are done. */
export function isImportRunning(dto: RegisterImportDto): boolean {
  return dto.status === 'queued' || dto.status === 'running';
}

const newestFirst = (a: RegisterImportDto, b: RegisterImportDto) =>
  b.createdAt.localeCompare(a.createdAt);

/**
 * The register import page (hr_adviser): uploads a file, follows the import on screen by asking
 * for its progress every second until it is done, then pages through the rows it refused.
 * Earlier imports are listed below and can be opened the same way. Provided by the page; the
 * polling stops when the page goes.
 */
@Injectable()
export class RegisterImportStore {
  private readonly api = inject(CandidatesApi);
  private readonly history = signal<{
    items: RegisterImportDto[];
    loading: boolean;
    error: ApiFailure | null;
  }>({ items: [], loading: false, error: null });
  private historyLoad?: Subscription;
  private readonly shown = signal<RegisterImportDto | null>(null);
  private readonly errorPage = new ValueState<RegisterImportErrorPage>();
  private readonly uploadingFile = signal(false);
  private readonly pollFailure = signal<ApiFailure | null>(null);
  private polling?: Subscription;

  readonly imports = computed(() =>
    [...this.history().items].sort(newestFirst),
  );
  readonly importsLoading = computed(() => this.history().loading);
  readonly importsError = computed(() => this.history().error);
  /** The import on screen: the one just uploaded, or an earlier one opened. */
  readonly current = this.shown.asReadonly();
  readonly running = computed(() => {
    const current = this.shown();
    return current !== null && isImportRunning(current);
  });
  readonly errors = computed(() => this.errorPage.value());
  readonly errorsLoading = this.errorPage.loading;
  readonly errorsError = this.errorPage.error;
  readonly uploading = this.uploadingFile.asReadonly();
  readonly progressError = this.pollFailure.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.polling?.unsubscribe();
      this.historyLoad?.unsubscribe();
    });
  }

  loadImports(): void {
    this.historyLoad?.unsubscribe();
    this.history.update((state) => ({ ...state, loading: true, error: null }));
    this.historyLoad = this.api.listImports().subscribe({
      next: (items) =>
        // An import followed meanwhile is newer than this answer.
        this.history.update((state) => ({
          items: state.items.reduce(
            (merged, each) => upsertById(merged, each),
            items,
          ),
          loading: false,
          error: null,
        })),
      error: (error: unknown) =>
        this.history.set({
          items: [],
          loading: false,
          error: toApiFailure(error),
        }),
    });
  }

  /** Sends the file; on success it is shown at once and followed until it is done. */
  async upload(file: File): Promise<Outcome<RegisterImportDto>> {
    this.uploadingFile.set(true);
    const outcome = await outcomeOf(this.api.uploadRegister(file));
    this.uploadingFile.set(false);
    if (outcome.ok) {
      this.show(outcome.value);
    }
    return outcome;
  }

  /** Shows `dto`: follows it while it runs, or reads the first page of its errors when done. */
  show(dto: RegisterImportDto): void {
    this.polling?.unsubscribe();
    this.pollFailure.set(null);
    this.errorPage.set(null);
    this.track(dto);
    if (isImportRunning(dto)) {
      this.follow(dto.id);
    } else {
      this.loadErrors(1);
    }
  }

  /** Page `page` (1-based) of the rows the import on screen refused. */
  loadErrors(page: number, pageSize = IMPORT_ERRORS_PAGE_SIZE): void {
    const current = this.shown();
    if (!current) {
      return;
    }
    if (current.errorRows === 0) {
      this.errorPage.set({ items: [], total: 0, page: 1, pageSize });
      return;
    }
    this.errorPage.load(
      this.api.importErrors(current.id, page, pageSize),
      true,
    );
  }

  /** The error report of the import on screen, as CSV. */
  downloadReport(): Promise<Outcome<Blob>> {
    const current = this.shown();
    if (!current) {
      throw new Error('RegisterImportStore.downloadReport without an import');
    }
    return outcomeOf(this.api.importReport(current.id));
  }

  private follow(id: string): void {
    this.polling = timer(IMPORT_POLL_MS, IMPORT_POLL_MS)
      .pipe(
        // A slow answer is waited for, never overtaken by the next question.
        exhaustMap(() => this.api.getImport(id)),
        takeWhile((dto) => isImportRunning(dto), true),
      )
      .subscribe({
        next: (dto) => {
          this.track(dto);
          if (!isImportRunning(dto)) {
            this.loadErrors(1);
          }
        },
        error: (error: unknown) => this.pollFailure.set(toApiFailure(error)),
      });
  }

  /** Puts `dto` on screen and keeps its row in the list of imports up to date. */
  private track(dto: RegisterImportDto): void {
    this.shown.set(dto);
    this.history.update((state) => ({
      ...state,
      items: upsertById(state.items, dto),
    }));
  }
}
