import { computed, inject, Injectable, signal } from '@angular/core';
import {
  CandidateProfileDto,
  CandidateSummaryDto,
  CreateCandidateRequest,
} from '@jcw/shared-contracts';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { Subscription } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';
import { CandidatesApi } from './candidates.api';

export interface CandidatesState {
  candidates: CandidateSummaryDto[];
  loading: boolean;
  error: ApiFailure | null;
  saving: boolean;
}

const byDisplayName = (a: CandidateSummaryDto, b: CandidateSummaryDto) =>
  a.displayName.localeCompare(b.displayName, 'nl', { sensitivity: 'base' });

/**
 * The candidates a user may see, for the "Kandidaten" list and the create form; provided by the
 * page, so the list does not outlive the page or the session.
 */
@Injectable()
export class CandidatesStore {
  private readonly api = inject(CandidatesApi);
  private readonly state = signal<CandidatesState>({
    candidates: [],
    loading: false,
    error: null,
    saving: false,
  });
  private inFlight?: Subscription;

  readonly candidates = computed(() =>
    [...this.state().candidates].sort(byDisplayName),
  );
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly saving = computed(() => this.state().saving);

  load(): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    this.inFlight = this.api.list().subscribe({
      next: (candidates) =>
        this.state.update((state) => ({
          ...state,
          candidates,
          loading: false,
        })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          candidates: [],
          loading: false,
          error: toApiFailure(error),
        })),
    });
  }

  /** 409 `CANDIDATE_EXISTS` when the BSN is already registered; 400 details name the fields. */
  async create(
    request: CreateCandidateRequest,
  ): Promise<Outcome<CandidateProfileDto>> {
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(this.api.create(request));
    this.state.update((state) => ({
      ...state,
      saving: false,
      candidates: outcome.ok
        ? [...state.candidates, toSummary(outcome.value)]
        : state.candidates,
    }));
    return outcome;
  }
}

/** The list row for a profile, as the API would list it. */
export function toSummary(profile: CandidateProfileDto): CandidateSummaryDto {
  return {
    id: profile.id,
    displayName: `${profile.firstName} ${profile.lastName}`,
    status: profile.status,
    targetGroup: profile.targetGroup,
    jobcoachUserId: profile.jobcoachUserId,
    consentGiven: profile.consent.given,
    completenessScore: profile.completeness.score,
  };
}
