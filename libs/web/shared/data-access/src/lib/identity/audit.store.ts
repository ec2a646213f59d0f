import { computed, inject, Injectable, signal } from '@angular/core';
import { AuditEntryDto, AuditQuery } from '@jcw/shared-contracts';
import { ApiFailure } from '@jcw/web-shared-util';
import { Subscription } from 'rxjs';
import { toApiFailure } from '../http/api-failure';
import { AuditApi } from './identity.api';

/** Filters a person sets; paging (`cursor`, `limit`) is the store's business. */
export type AuditFilter = Omit<AuditQuery, 'cursor' | 'limit'>;

export interface AuditState {
  filter: AuditFilter;
  entries: AuditEntryDto[];
  nextCursor: string | null;
  loading: boolean;
  error: ApiFailure | null;
}

export const AUDIT_PAGE_SIZE = 50;

/** The audit log for the "Auditlog" page: newest first, one page more at a time. */
@Injectable()
export class AuditStore {
  private readonly api = inject(AuditApi);
  private readonly state = signal<AuditState>({
    filter: {},
    entries: [],
    nextCursor: null,
    loading: false,
    error: null,
  });
  private inFlight?: Subscription;

  readonly entries = computed(() => this.state().entries);
  readonly filter = computed(() => this.state().filter);
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  /** Starts over with `filter`; a page still loading for the old filter is abandoned. */
  search(filter: AuditFilter): void {
    this.state.update((state) => ({
      ...state,
      filter,
      entries: [],
      nextCursor: null,
    }));
    this.fetch(undefined);
  }

  /** Appends the next page for the current filter. */
  loadMore(): void {
    const cursor = this.state().nextCursor;
    if (cursor !== null && !this.state().loading) {
      this.fetch(cursor);
    }
  }

  private fetch(cursor: string | undefined): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    this.inFlight = this.api
      .page({ ...this.state().filter, limit: AUDIT_PAGE_SIZE, cursor })
      .subscribe({
        next: (page) =>
          this.state.update((state) => ({
            ...state,
            entries: [...state.entries, ...page.items],
            nextCursor: page.nextCursor,
            loading: false,
          })),
        // What was already shown stays: it is still true, only the next page is missing.
        error: (error: unknown) =>
          this.state.update((state) => ({
            ...state,
            loading: false,
            error: toApiFailure(error),
          })),
      });
  }
}
