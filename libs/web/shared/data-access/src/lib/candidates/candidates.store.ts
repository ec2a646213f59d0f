import { computed, inject, Injectable, signal } from '@angular/core';
import {
  CandidateListQuery,
  CandidatePage,
  CandidateProfileDto,
  CandidateSummaryDto,
  CreateCandidateRequest,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { outcomeOf } from '../http/api-failure';
import { ValueState } from '../carving/value-state';
import { CandidatesApi } from './candidates.api';

/** The API's default page size, used until a page has arrived. */
export const CANDIDATE_PAGE_SIZE = 25;

/**
 * The candidates a user may see, one numbered page at a time, for the "Kandidaten" list and the
 * create form; provided by the page, so the list does not outlive the page or the session.
 * The API filters, sorts and pages; the store keeps the query that produced the page on screen.
 */
@Injectable()
export class CandidatesStore {
  private readonly api = inject(CandidatesApi);
  private readonly page = new ValueState<CandidatePage>();
  private readonly creating = signal(false);
  private readonly lastQuery = signal<CandidateListQuery>({});

  readonly candidates = computed<CandidateSummaryDto[]>(
    () => this.page.value()?.items ?? [],
  );
  readonly total = computed(() => this.page.value()?.total ?? 0);
  /** 1-based, as the API counts. */
  readonly pageNumber = computed(() => this.page.value()?.page ?? 1);
  readonly pageSize = computed(
    () => this.page.value()?.pageSize ?? CANDIDATE_PAGE_SIZE,
  );
  readonly query = this.lastQuery.asReadonly();
  readonly loaded = computed(() => this.page.value() !== null);
  readonly loading = this.page.loading;
  readonly error = this.page.error;
  readonly saving = this.creating.asReadonly();

  /** Loads the page `query` asks for; the rows on screen stay until the next page replaces them. */
  load(query: CandidateListQuery = {}): void {
    this.lastQuery.set(query);
    this.page.load(this.api.list(query), true);
  }

  /** 409 `CANDIDATE_EXISTS` when the BSN is already registered; 400 details name the fields. */
  async create(
    request: CreateCandidateRequest,
  ): Promise<Outcome<CandidateProfileDto>> {
    this.creating.set(true);
    const outcome = await outcomeOf(this.api.create(request));
    this.creating.set(false);
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
    labourMarketRegion: profile.labourMarketRegion,
    jobcoachUserId: profile.jobcoachUserId,
    consentGiven: profile.consent.given,
    completenessScore: profile.completeness.score,
  };
}
