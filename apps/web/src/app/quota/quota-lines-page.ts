import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, QuotaLinesStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { formatDate } from '@jcw/web-shared-util';
import { formatHours } from '../carving/carving-format';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { CountingIntervals, LedgerTable } from '../placements/ledger-table';
import { formatJobs } from './quota-format';
import {
  idFromParams,
  LinesSlice,
  sliceFromParams,
  yearFromParams,
} from './quota-query';

/**
 * "Regels": the placements behind a figure of the quota dashboard - all of them, or one method,
 * target group or unit - with what each contributes, the sums, and each one's ledger lines on
 * request. Candidates appear by pseudonym only.
 */
@Component({
  selector: 'jcw-quota-lines-page',
  imports: [
    CountingIntervals,
    ErrorAlert,
    LedgerTable,
    MatButtonModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [QuotaLinesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quota-lines-page.html',
  styleUrls: ['../admin/admin-page.scss', './quota.scss'],
})
export class QuotaLinesPage {
  protected readonly store = inject(QuotaLinesStore);
  protected readonly language = inject(LanguagePreference).active;
  /** Advisers may open the placement itself; coordinators and admins see the pseudonym only. */
  protected readonly mayOpenPlacement = inject(AuthStore).hasRole(
    ...ACCESS.placements,
  );

  protected readonly year = signal(new Date().getFullYear());
  protected readonly slice = signal<LinesSlice>({
    method: null,
    targetGroup: null,
    unitId: null,
  });
  /** Back to the dashboard the figure came from. */
  protected readonly backParams = signal<Record<string, string | number>>({});
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  /** The slice in words: a method or target group is translated, a unit named by the API. */
  protected readonly sliceText = computed(() => {
    const slice = this.slice();
    if (slice.method)
      return {
        key: 'quota.lines.byMethod',
        nameKey: `placements.method.${slice.method}`,
        name: null,
      };
    if (slice.targetGroup)
      return {
        key: 'quota.lines.byTargetGroup',
        nameKey: `candidates.targetGroup.${slice.targetGroup}`,
        name: null,
      };
    if (slice.unitId)
      return {
        key: 'quota.lines.byUnit',
        nameKey: null,
        name:
          this.store.lines().find((line) => line.unitId === slice.unitId)
            ?.unitName ?? '',
      };
    return { key: 'quota.lines.all', nameKey: null, name: null };
  });

  constructor() {
    inject(ActivatedRoute)
      .queryParamMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        const year = yearFromParams(params, new Date().getFullYear());
        const organisationId = idFromParams(params, 'organisationId');
        const slice = sliceFromParams(params);
        this.year.set(year);
        this.slice.set(slice);
        this.backParams.set(
          organisationId ? { year, organisationId } : { year },
        );
        this.expanded.set(new Set());
        this.store.load({ year, organisationId, ...slice });
      });
  }

  protected toggle(placementId: string): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (next.has(placementId)) next.delete(placementId);
      else next.add(placementId);
      return next;
    });
  }

  protected jobs(value: number): string {
    return formatJobs(value, this.language());
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }
}
