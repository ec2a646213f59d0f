import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CANDIDATE_STATUSES,
  LABOUR_MARKET_REGIONS,
  TARGET_GROUPS,
} from '@jcw/shared-contracts';
import {
  AuthStore,
  CANDIDATE_PAGE_SIZE,
  CandidatesStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import {
  COACH_OPTIONS,
  COMPLETENESS_OPTIONS,
  CandidateFilters,
  filtersFromParams,
  NO_FILTERS,
  paramsFromFilters,
  queryFromFilters,
} from './candidate-filters';
import { isErasedCandidateState } from './erase-candidate-dialog';
import { Pager } from './pager';

/**
 * "Kandidaten": the candidates the user may see, filtered and paged by the API. The filters live
 * in the URL, so a filtered list can be bookmarked, shared and returned to with Back.
 */
@Component({
  selector: 'jcw-candidates-page',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Pager,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [CandidatesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './candidates-page.html',
  styleUrls: ['../admin/admin-page.scss', './candidates-page.scss'],
})
export class CandidatesPage {
  protected readonly store = inject(CandidatesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);

  /** Only those who may open the create form and the import see the way to them. */
  protected readonly mayCreate = this.auth.hasRole(...ACCESS.candidateCreate);
  protected readonly mayImport = this.auth.hasRole(...ACCESS.candidateImport);
  /** A jobcoach only ever sees their own candidates, so the coach filter is for advisers. */
  protected readonly mayFilterCoach = this.auth.hasRole('hr_adviser');

  protected readonly statuses = CANDIDATE_STATUSES;
  protected readonly targetGroups = TARGET_GROUPS;
  protected readonly completenessOptions = COMPLETENESS_OPTIONS;
  protected readonly coachOptions = COACH_OPTIONS;

  /** Regions in alphabetical order of their names in the active language. */
  protected readonly regions = computed(() => {
    this.language();
    return [...LABOUR_MARKET_REGIONS]
      .map((region) => ({
        region,
        name: this.transloco.translate(`candidates.region.${region}`),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    q: [''],
    status: [''],
    targetGroup: [''],
    region: [''],
    completeness: [''],
    coach: [''],
  });
  private filters: CandidateFilters = NO_FILTERS;
  /** Set when the profile page erased someone and came back here. */
  protected readonly erasedName: string | null;

  /** 'candidates.count.*' with its parameters, for the live region. */
  protected readonly count = computed(() => {
    const total = this.store.total();
    if (!this.store.loaded()) return null;
    if (total === 0) return { key: 'candidates.count.none', params: {} };
    const from = (this.store.pageNumber() - 1) * this.store.pageSize() + 1;
    const to = from + this.store.candidates().length - 1;
    return {
      key: total === 1 ? 'candidates.count.one' : 'candidates.count.many',
      params: { total },
      range: { from, to, total },
    };
  });

  constructor() {
    const state = inject(Location).getState();
    this.erasedName = isErasedCandidateState(state) ? state.erasedName : null;
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      this.filters = filtersFromParams(params);
      const { page: _page, ...fields } = this.filters;
      this.form.setValue(fields);
      this.store.load(
        queryFromFilters(
          this.filters,
          this.auth.user()?.id ?? null,
          CANDIDATE_PAGE_SIZE,
        ),
      );
    });
  }

  protected search(): void {
    this.navigate({ ...this.form.getRawValue(), page: 1 });
  }

  protected clear(): void {
    this.navigate(NO_FILTERS);
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.filters, page });
  }

  private navigate(filters: CandidateFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromFilters({ ...filters, q: filters.q.trim() }),
    });
  }
}
