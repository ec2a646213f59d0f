import { computed, inject, Injectable } from '@angular/core';
import { CandidateMatchesDto } from '@jcw/shared-contracts';
import { ValueState } from '../carving/value-state';
import { MatchingApi } from './matching.api';

/** "Passende pakketten" on a candidate's profile: the packages this person fits best. */
@Injectable()
export class CandidateMatchesStore {
  private readonly api = inject(MatchingApi);
  private readonly state = new ValueState<CandidateMatchesDto>();

  /** Best score first (the API's order, made sure of here). */
  readonly matches = computed(() =>
    [...(this.state.value()?.items ?? [])].sort((a, b) => b.score - a.score),
  );
  readonly loaded = computed(() => this.state.value() !== null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  load(candidateId: string): void {
    this.state.load(this.api.candidateMatches(candidateId));
  }
}
