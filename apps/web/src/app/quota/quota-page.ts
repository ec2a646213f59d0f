import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MonitorFormat, QuotaOverviewRowDto } from '@jcw/shared-contracts';
import {
  AuthStore,
  QuotaDashboardStore,
  quotaYears,
} from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { ApiFailure, formatDate } from '@jcw/web-shared-util';
import { saveBlob } from '../carving/carving-format';
import { LanguagePreference } from '../i18n/language-preference';
import { QuotaDashboard } from './quota-dashboard';
import { formatEuroAmount, formatJobs, formatShare } from './quota-format';
import { idFromParams, yearFromParams } from './quota-query';

/** `monitor-2026.xlsx`; a coordinator's export names the organisation too. */
export function monitorFileName(
  year: number,
  format: MonitorFormat,
  organisationName: string | null = null,
): string {
  const slug = organisationName
    ?.toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug
    ? `monitor-${year}-${slug}.${format}`
    : `monitor-${year}.${format}`;
}

/**
 * "Quotum": the counter for a year (the current one unless the URL says otherwise). Advisers and
 * admins see their own organisation; a coordinator first sees every organisation and opens one's
 * dashboard from there. Year and organisation live in the URL.
 */
@Component({
  selector: 'jcw-quota-page',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    QuotaDashboard,
    TranslocoPipe,
  ],
  providers: [QuotaDashboardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quota-page.html',
  styleUrls: ['../admin/admin-page.scss', './quota.scss'],
})
export class QuotaPage {
  protected readonly store = inject(QuotaDashboardStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  private readonly currentYear = new Date().getFullYear();
  /** Coordinators look across organisations; everyone else at their own. */
  protected readonly coordinator = this.auth.hasRole('coordinator');
  protected readonly mayManageQuota = this.auth.hasRole('admin');

  protected readonly year = signal(this.currentYear);
  protected readonly organisationId = signal<string | null>(null);
  protected readonly downloadFailure = signal<ApiFailure | null>(null);

  protected readonly years = computed(() => {
    const years = quotaYears(this.store.parameters(), this.currentYear);
    return years.includes(this.year())
      ? years
      : [...years, this.year()].sort((a, b) => b - a);
  });

  /** The overview row of the organisation a coordinator opened, for its name while loading. */
  protected readonly chosen = computed<QuotaOverviewRowDto | null>(
    () =>
      this.store
        .overview()
        ?.rows.find((row) => row.organisationId === this.organisationId()) ??
      null,
  );

  protected readonly showDashboard = computed(
    () => !this.coordinator || this.organisationId() !== null,
  );

  /** What the live region says once the figures are in. */
  protected readonly loadedMessage = computed(() => {
    const dashboard = this.store.dashboard();
    if (dashboard && this.showDashboard()) {
      return {
        key: 'quota.loaded',
        params: {
          organisation: dashboard.organisationName,
          year: dashboard.year,
          date: formatDate(dashboard.asOf, this.language()),
        },
      };
    }
    const overview = this.store.overview();
    return overview
      ? {
          key: 'quota.overview.loaded',
          params: { count: overview.rows.length, year: overview.year },
        }
      : null;
  });

  constructor() {
    this.store.loadParameters();
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const year = yearFromParams(params, this.currentYear);
      const organisationId = this.coordinator
        ? idFromParams(params, 'organisationId')
        : null;
      this.year.set(year);
      this.organisationId.set(organisationId);
      this.downloadFailure.set(null);
      if (this.coordinator) {
        this.store.loadOverview(year);
      }
      if (!this.coordinator || organisationId) {
        this.store.loadDashboard(year, organisationId);
      } else {
        this.store.clearDashboard();
      }
    });
  }

  protected chooseYear(year: number): void {
    this.navigate(year, this.organisationId());
  }

  /** Opens an organisation's dashboard and takes the keyboard to its heading. */
  protected async chooseOrganisation(row: QuotaOverviewRowDto): Promise<void> {
    await this.navigate(this.year(), row.organisationId);
    afterNextRender(
      () => this.document.getElementById('dashboard-heading')?.focus(),
      { injector: this.injector },
    );
  }

  protected async export(format: MonitorFormat): Promise<void> {
    this.downloadFailure.set(null);
    const outcome = await this.store.downloadMonitor(format, this.language());
    if (!outcome.ok) {
      this.downloadFailure.set(outcome.failure);
      return;
    }
    const name = this.coordinator
      ? (this.store.dashboard()?.organisationName ?? null)
      : null;
    saveBlob(
      outcome.value,
      monitorFileName(this.year(), format, name),
      this.document,
    );
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }

  protected jobs(value: number | null): string {
    return formatJobs(value, this.language());
  }

  protected euros(value: number | null): string {
    return formatEuroAmount(value, this.language());
  }

  protected share(value: number | null): string {
    return formatShare(value, this.language());
  }

  private navigate(year: number, organisationId: string | null) {
    const queryParams: Record<string, string | number> = {};
    if (year !== this.currentYear) queryParams['year'] = year;
    if (organisationId) queryParams['organisationId'] = organisationId;
    return this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
