import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PROPOSAL_STATUSES, ProposalStatus } from '@jcw/shared-contracts';
import { AuthStore, ProposalsStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { ApiFailure, formatDate } from '@jcw/web-shared-util';
import { Announcement } from '../admin/announcement';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import {
  formatScore,
  paramsFromProposalFilters,
  ProposalFilters,
  proposalFiltersFromParams,
  queryFromProposalFilters,
} from './matching-format';

/**
 * "Voorstellen": for hr advisers every proposal of the organisation, the report of why managers
 * say no, and the weekly candidate spotlight; for managers their inbox, opening on what still
 * waits for their decision. The status filter lives in the URL.
 */
@Component({
  selector: 'jcw-proposals-page',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [ProposalsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposals-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    '../candidates/candidates-page.scss',
    '../carving/carving.scss',
  ],
})
export class ProposalsPage {
  protected readonly store = inject(ProposalsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthStore);

  /** Advisers see names, the report and the spotlight; someone who is only a manager does not. */
  protected readonly adviser = this.auth.hasRole(...ACCESS.matching);
  /** A manager's list is an inbox: what still waits for a decision comes first. */
  private readonly defaultStatus: ProposalStatus | '' = this.adviser
    ? ''
    : 'proposed';

  protected readonly statuses = PROPOSAL_STATUSES;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    status: this.fb.control<ProposalStatus | ''>(''),
  });
  private filters: ProposalFilters = { status: '', packageId: null };
  protected readonly packageFilter = signal<string | null>(null);

  protected readonly spotlightResult = signal<Announcement | null>(null);
  protected readonly spotlightFailure = signal<ApiFailure | null>(null);

  /** 'matching.proposals.count.*' for the live region. */
  protected readonly count = computed<Announcement | null>(() => {
    if (!this.store.loaded()) return null;
    const total = this.store.proposals().length;
    return total === 0
      ? { key: 'matching.proposals.count.none' }
      : total === 1
        ? { key: 'matching.proposals.count.one' }
        : { key: 'matching.proposals.count.many', params: { total } };
  });

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      this.filters = proposalFiltersFromParams(params, this.defaultStatus);
      this.packageFilter.set(this.filters.packageId);
      this.form.setValue({ status: this.filters.status });
      this.store.load(queryFromProposalFilters(this.filters));
    });
    if (this.adviser) {
      this.store.loadRejectionReport();
    }
  }

  protected search(): void {
    this.navigate({ ...this.filters, status: this.form.getRawValue().status });
  }

  protected clear(): void {
    this.navigate({ status: this.defaultStatus, packageId: null });
  }

  protected date(iso: string | null): string {
    return iso ? formatDate(iso, this.language()) : '';
  }

  protected score(value: number): string {
    return formatScore(value, this.language());
  }

  protected async sendSpotlight(): Promise<void> {
    if (this.store.spotlightSending()) return;
    this.spotlightResult.set(null);
    this.spotlightFailure.set(null);
    const outcome = await this.store.sendSpotlight();
    if (!outcome.ok) {
      this.spotlightFailure.set(outcome.failure);
      return;
    }
    const { notified, week, packages } = outcome.value;
    this.spotlightResult.set({
      key:
        notified === 1
          ? 'matching.spotlight.doneOne'
          : 'matching.spotlight.done',
      params: { notified, week, packages },
    });
  }

  private navigate(filters: ProposalFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromProposalFilters(filters, this.defaultStatus),
    });
  }
}
