import { computed, signal } from '@angular/core';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { Observable, Subscription } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';

/**
 * ListState's counterpart for one value (a function, a package, a business case): load with
 * cancel-on-reload, explicit loading / error / saving, and saves that replace the value only
 * when they succeed, so a refused save leaves on screen what was there.
 */
export class ValueState<T> {
  private readonly state = signal<{
    value: T | null;
    loading: boolean;
    error: ApiFailure | null;
    saving: boolean;
  }>({ value: null, loading: false, error: null, saving: false });
  private inFlight?: Subscription;

  readonly value = computed(() => this.state().value);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly saving = computed(() => this.state().saving);

  /** Shows nothing of a previous value while the next one loads. */
  load(source: Observable<T>, keepValue = false): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({
      ...state,
      value: keepValue ? state.value : null,
      loading: true,
      error: null,
    }));
    this.inFlight = source.subscribe({
      next: (value) =>
        this.state.update((state) => ({ ...state, value, loading: false })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          value: null,
          loading: false,
          error: toApiFailure(error),
        })),
    });
  }

  set(value: T | null): void {
    this.inFlight?.unsubscribe();
    this.state.set({ value, loading: false, error: null, saving: false });
  }

  async save<R>(
    request: Observable<R>,
    fold: (value: T | null, saved: R) => T | null,
  ): Promise<Outcome<R>> {
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(request);
    this.state.update((state) => ({
      ...state,
      saving: false,
      value: outcome.ok ? fold(state.value, outcome.value) : state.value,
    }));
    return outcome;
  }
}
