import { computed, inject, Injectable, signal } from '@angular/core';
import {
  CandidateProfileDto,
  UpdateCandidateRequest,
} from '@jcw/shared-contracts';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { Subscription } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';
import { CandidatesApi } from './candidates.api';

export interface CandidateProfileState {
  profile: CandidateProfileDto | null;
  loading: boolean;
  error: ApiFailure | null;
  saving: boolean;
}

/**
 * One candidate's full profile for the profile page, provided by the page. Each load is an
 * audited read on the API, so the page loads once and saves replace the profile with the answer.
 */
@Injectable()
export class CandidateProfileStore {
  private readonly api = inject(CandidatesApi);
  private readonly state = signal<CandidateProfileState>({
    profile: null,
    loading: false,
    error: null,
    saving: false,
  });
  private inFlight?: Subscription;

  readonly profile = computed(() => this.state().profile);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly saving = computed(() => this.state().saving);

  /** Shows nothing of a previous candidate while the next one loads. */
  load(id: string): void {
    this.inFlight?.unsubscribe();
    this.state.set({
      profile: null,
      loading: true,
      error: null,
      saving: false,
    });
    this.inFlight = this.api.get(id).subscribe({
      next: (profile) =>
        this.state.update((state) => ({ ...state, profile, loading: false })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          loading: false,
          error: toApiFailure(error),
        })),
    });
  }

  /** Sends the changed fields; on failure the profile shown stays as it was. */
  async save(
    request: UpdateCandidateRequest,
  ): Promise<Outcome<CandidateProfileDto>> {
    const current = this.state().profile;
    if (!current) {
      throw new Error(
        'CandidateProfileStore.save called before a profile was loaded',
      );
    }
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(this.api.update(current.id, request));
    this.state.update((state) => ({
      ...state,
      saving: false,
      profile: outcome.ok ? outcome.value : state.profile,
    }));
    return outcome;
  }

  /**
   * Erases the candidate (hr_adviser, right to erasure). The profile stays on screen until the
   * page navigates away, so nothing flickers while the confirmation is announced.
   */
  async erase(): Promise<Outcome<void>> {
    const current = this.state().profile;
    if (!current) {
      throw new Error(
        'CandidateProfileStore.erase called before a profile was loaded',
      );
    }
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(this.api.erase(current.id));
    this.state.update((state) => ({ ...state, saving: false }));
    return outcome;
  }
}
