import { computed, inject, Injectable, signal } from '@angular/core';
import {
  CreateOrganisationRequest,
  OrganisationDto,
} from '@jcw/shared-contracts';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { Subscription } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';
import { OrganisationsApi } from './identity.api';

export interface OrganisationsState {
  organisations: OrganisationDto[];
  loading: boolean;
  error: ApiFailure | null;
  saving: boolean;
}

/** Payroll tax number (loonheffingennummer): 9 digits, the letter L, 2 digits. */
export const PAYROLL_TAX_NUMBER_PATTERN = /^\d{9}L\d{2}$/;

/** All organisations on the platform, for the superadmin's "Organisaties" page. */
@Injectable()
export class OrganisationsStore {
  private readonly api = inject(OrganisationsApi);
  private readonly state = signal<OrganisationsState>({
    organisations: [],
    loading: false,
    error: null,
    saving: false,
  });
  private inFlight?: Subscription;

  readonly organisations = computed(() =>
    [...this.state().organisations].sort((a, b) =>
      a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }),
    ),
  );
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly saving = computed(() => this.state().saving);

  load(): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    this.inFlight = this.api.list().subscribe({
      next: (organisations) =>
        this.state.update((state) => ({
          ...state,
          organisations,
          loading: false,
        })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          organisations: [],
          loading: false,
          error: toApiFailure(error),
        })),
    });
  }

  async create(
    request: CreateOrganisationRequest,
  ): Promise<Outcome<OrganisationDto>> {
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(this.api.create(request));
    this.state.update((state) => ({
      ...state,
      saving: false,
      organisations: outcome.ok
        ? [...state.organisations, outcome.value]
        : state.organisations,
    }));
    return outcome;
  }
}
