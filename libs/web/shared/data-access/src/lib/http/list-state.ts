import { computed, signal } from '@angular/core';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { Observable, Subscription } from 'rxjs';
import { outcomeOf, toApiFailure } from './api-failure';

/**
 * The bookkeeping every list page's store shares: load with cancel-on-reload (a second refresh
 * wins, never a stale answer), explicit loading / error / saving state, and saves that fold the
 * API's answer into the list only when they succeed. Stores keep their own names and sorting.
 */
export class ListState<T> {
  private readonly state = signal<{
    items: T[];
    loading: boolean;
    error: ApiFailure | null;
    saving: boolean;
  }>({
    items: [],
    loading: false,
    error: null,
    saving: false,
  });
  private inFlight?: Subscription;

  readonly items = computed(() => this.state().items);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly saving = computed(() => this.state().saving);

  load(source: Observable<T[]>): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    this.inFlight = source.subscribe({
      next: (items) =>
        this.state.update((state) => ({ ...state, items, loading: false })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          items: [],
          loading: false,
          error: toApiFailure(error),
        })),
    });
  }

  async save<R>(
    request: Observable<R>,
    fold: (items: T[], saved: R) => T[],
  ): Promise<Outcome<R>> {
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(request);
    this.state.update((state) => ({
      ...state,
      saving: false,
      items: outcome.ok ? fold(state.items, outcome.value) : state.items,
    }));
    return outcome;
  }
}

/** Replaces the item with the same id, or appends it. */
export function upsertById<T extends { id: string }>(items: T[], item: T): T[] {
  return items.some((each) => each.id === item.id)
    ? items.map((each) => (each.id === item.id ? item : each))
    : [...items, item];
}
