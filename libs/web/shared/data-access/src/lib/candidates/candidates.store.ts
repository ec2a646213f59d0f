import { computed, inject, Injectable } from '@angular/core';
import {
  CandidateProfileDto,
  CandidateSummaryDto,
  CreateCandidateRequest,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ListState, upsertById } from '../http/list-state';
import { CandidatesApi } from './candidates.api';

const byDisplayName = (a: CandidateSummaryDto, b: CandidateSummaryDto) =>
  a.displayName.localeCompare(b.displayName, 'nl', { sensitivity: 'base' });

/**
 * The candidates a user may see, for the "Kandidaten" list and the create form; provided by the
 * page, so the list does not outlive the page or the session.
 */
@Injectable()
export class CandidatesStore {
  private readonly api = inject(CandidatesApi);
  private readonly list = new ListState<CandidateSummaryDto>();

  readonly candidates = computed(() =>
    [...this.list.items()].sort(byDisplayName),
  );
  readonly loading = this.list.loading;
  readonly error = this.list.error;
  readonly saving = this.list.saving;

  load(): void {
    this.list.load(this.api.list());
  }

  /** 409 `CANDIDATE_EXISTS` when the BSN is already registered; 400 details name the fields. */
  create(
    request: CreateCandidateRequest,
  ): Promise<Outcome<CandidateProfileDto>> {
    return this.list.save(this.api.create(request), (candidates, created) =>
      upsertById(candidates, toSummary(created)),
    );
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
