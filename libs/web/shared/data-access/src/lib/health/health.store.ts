import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { HealthResponse } from '@jcw/shared-contracts';
import { Subscription } from 'rxjs';
import { HealthApi } from './health.api';

/**
 * Why a report could not be loaded:
 * `unreachable` - no answer from the API (network, proxy or gateway failure);
 * `unexpected` - the API answered with something that is not a health report.
 */
export type HealthLoadError = 'unreachable' | 'unexpected';

export interface HealthState {
  health: HealthResponse | null;
  loading: boolean;
  error: HealthLoadError | null;
}

const INITIAL_STATE: HealthState = {
  health: null,
  loading: false,
  error: null,
};

const GATEWAY_FAILURES: readonly number[] = [
  0, // the browser got no response at all
  HttpStatusCode.BadGateway,
  HttpStatusCode.ServiceUnavailable,
  HttpStatusCode.GatewayTimeout,
];

/** Signal store for the system status page. */
@Injectable({ providedIn: 'root' })
export class HealthStore {
  private readonly api = inject(HealthApi);
  private readonly state = signal<HealthState>(INITIAL_STATE);
  private inFlight?: Subscription;

  readonly health = computed(() => this.state().health);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  /** Starts a fresh check; a check still running is abandoned so an older answer cannot win. */
  load(): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    this.inFlight = this.api.fetch().subscribe({
      next: (health) => this.state.set({ health, loading: false, error: null }),
      // A stale "all up" next to an error would contradict it, so the old report is dropped.
      error: (error: unknown) =>
        this.state.set({
          health: null,
          loading: false,
          error: classify(error),
        }),
    });
  }
}

function classify(error: unknown): HealthLoadError {
  return error instanceof HttpErrorResponse &&
    GATEWAY_FAILURES.includes(error.status)
    ? 'unreachable'
    : 'unexpected';
}
