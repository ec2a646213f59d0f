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
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PLACEMENT_METHODS,
  PLACEMENT_STATUSES,
  PlacementMethod,
  PlacementStatus,
} from '@jcw/shared-contracts';
import {
  PLACEMENT_PAGE_SIZE,
  PlacementsStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { formatDate } from '@jcw/web-shared-util';
import { formatHours, formatJobUnits } from '../carving/carving-format';
import { Pager } from '../candidates/pager';
import { LanguagePreference } from '../i18n/language-preference';
import {
  NO_PLACEMENT_FILTERS,
  PlacementFilters,
  paramsFromPlacementFilters,
  placementFiltersFromParams,
  queryFromPlacementFilters,
} from './placement-filters';

/**
 * "Plaatsingen" (hr_adviser): the organisation's placements, filtered by status and method and
 * paged by the API. The filters live in the URL, so a filtered list can be shared and returned to.
 */
@Component({
  selector: 'jcw-placements-page',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    Pager,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [PlacementsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './placements-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    '../candidates/candidates-page.scss',
    '../carving/carving.scss',
  ],
})
export class PlacementsPage {
  protected readonly store = inject(PlacementsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly statuses = PLACEMENT_STATUSES;
  protected readonly methods = PLACEMENT_METHODS;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    status: this.fb.control<PlacementStatus | ''>(''),
    method: this.fb.control<PlacementMethod | ''>(''),
  });
  private filters: PlacementFilters = NO_PLACEMENT_FILTERS;

  /** 'placements.count.*' with its parameters, for the live region. */
  protected readonly count = computed(() => {
    if (!this.store.loaded()) return null;
    const total = this.store.total();
    if (total === 0) return { key: 'placements.count.none', params: {} };
    const from = (this.store.pageNumber() - 1) * this.store.pageSize() + 1;
    return {
      key: total === 1 ? 'placements.count.one' : 'placements.count.many',
      params: { total, from, to: from + this.store.placements().length - 1 },
    };
  });

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      this.filters = placementFiltersFromParams(params);
      this.form.setValue({
        status: this.filters.status,
        method: this.filters.method,
      });
      this.store.load(
        queryFromPlacementFilters(this.filters, PLACEMENT_PAGE_SIZE),
      );
    });
  }

  protected search(): void {
    this.navigate({ ...this.form.getRawValue(), page: 1 });
  }

  protected clear(): void {
    this.navigate(NO_PLACEMENT_FILTERS);
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.filters, page });
  }

  protected date(iso: string | null): string {
    return iso ? formatDate(iso, this.language()) : '';
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected jobUnits(value: number): string {
    return formatJobUnits(value, this.language());
  }

  private navigate(filters: PlacementFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromPlacementFilters(filters),
    });
  }
}
