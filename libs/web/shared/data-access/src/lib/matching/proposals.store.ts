import { computed, inject, Injectable, signal } from '@angular/core';
import {
  ProposalListItemDto,
  ProposalListQuery,
  RejectionReportDto,
  SpotlightResultDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ValueState } from '../carving/value-state';
import { outcomeOf } from '../http/api-failure';
import { ListState } from '../http/list-state';
import { MatchingApi } from './matching.api';

/**
 * "Voorstellen": the proposals an hr adviser made (the whole organisation's) or a manager's inbox
 * (packages of their unit subtree), newest first; for advisers also the report of why managers
 * say no and the weekly candidate spotlight. Provided by the page.
 */
@Injectable()
export class ProposalsStore {
  private readonly api = inject(MatchingApi);
  private readonly list = new ListState<ProposalListItemDto>();
  private readonly reportState = new ValueState<RejectionReportDto>();
  private readonly lastQuery = signal<ProposalListQuery | null>(null);
  private readonly sendingSpotlight = signal(false);

  readonly proposals = computed(() =>
    [...this.list.items()].sort((a, b) =>
      b.proposedAt.localeCompare(a.proposedAt),
    ),
  );
  readonly loading = this.list.loading;
  readonly error = this.list.error;
  /** True once a list has arrived for the query asked last. */
  readonly loaded = computed(
    () =>
      this.lastQuery() !== null && !this.list.loading() && !this.list.error(),
  );
  readonly query = this.lastQuery.asReadonly();

  readonly rejectionReport = this.reportState.value;
  readonly rejectionReportLoading = this.reportState.loading;
  readonly rejectionReportError = this.reportState.error;

  readonly spotlightSending = this.sendingSpotlight.asReadonly();

  load(query: ProposalListQuery = {}): void {
    this.lastQuery.set(query);
    this.list.load(this.api.listProposals(query));
  }

  /** hr_adviser only. */
  loadRejectionReport(): void {
    this.reportState.load(this.api.rejectionReport(), true);
  }

  /** hr_adviser only: tells each manager the best matches of their open packages this week. */
  async sendSpotlight(
    perPackage?: number,
  ): Promise<Outcome<SpotlightResultDto>> {
    this.sendingSpotlight.set(true);
    const outcome = await outcomeOf(
      this.api.sendSpotlight(perPackage === undefined ? {} : { perPackage }),
    );
    this.sendingSpotlight.set(false);
    return outcome;
  }
}
