import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  MONITOR_FORMATS,
  MonitorFormat,
  QuotaDashboardDto,
  SustainabilityDto,
} from '@jcw/shared-contracts';
import { hoursPerJobYear } from '@jcw/shared-domain';
import { ErrorAlert } from '@jcw/web-shared-ui';
import {
  ApiFailure,
  DEFAULT_LANGUAGE,
  formatDate,
  Language,
} from '@jcw/web-shared-util';
import { formatHours } from '../carving/carving-format';
import { LinesLink } from './lines-link';
import { QuotaChart } from './quota-chart';
import {
  formatEuroAmount,
  formatJobs,
  formatPaidHours,
  formatQuotaPercent,
  formatShare,
  quarterRows,
} from './quota-format';
import { QuotaSliceTable } from './quota-slice-table';

/**
 * One organisation's quota for one year: the key figures as tiles, the quarters as a chart with
 * a table beside it, the slices by method, target group and unit, the pipeline, and the
 * sustainability of its placements. Presentational: the figures come in, export requests go out.
 */
@Component({
  selector: 'jcw-quota-dashboard',
  imports: [
    ErrorAlert,
    LinesLink,
    MatButtonModule,
    QuotaChart,
    QuotaSliceTable,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quota-dashboard.html',
  styleUrls: ['../admin/admin-page.scss', './quota.scss'],
})
export class QuotaDashboard {
  readonly dashboard = input.required<QuotaDashboardDto>();
  readonly sustainability = input<SustainabilityDto | null>(null);
  readonly sustainabilityError = input<ApiFailure | null>(null);
  readonly language = input<Language>(DEFAULT_LANGUAGE);
  /** Admins get a link to where the paid hours are entered. */
  readonly mayManageQuota = input(false);
  /** The organisation to name in links (a coordinator's choice); null for one's own. */
  readonly organisationId = input<string | null>(null);
  readonly downloading = input<MonitorFormat | null>(null);
  readonly exportMonitor = output<MonitorFormat>();

  private readonly transloco = inject(TranslocoService);

  protected readonly formats = MONITOR_FORMATS;
  protected readonly quarterTableShown = signal(false);

  /** `year` and the coordinator's organisation: what every "lines" link carries. */
  protected readonly baseParams = computed(() => {
    const params: Record<string, string | number> = {
      year: this.dashboard().year,
    };
    const organisationId = this.organisationId();
    if (organisationId) params['organisationId'] = organisationId;
    return params;
  });

  protected readonly paidHoursMissing = computed(
    () =>
      this.dashboard().totalPaidHours === null &&
      this.dashboard().explicitTargetJobs === null,
  );

  /** How the required jobs follow from the paid hours, in words. */
  protected readonly requiredBasis = computed(() => {
    const dashboard = this.dashboard();
    const language = this.language();
    if (dashboard.explicitTargetJobs !== null) {
      return {
        key: 'quota.kpi.requiredExplicit',
        params: { jobs: formatJobs(dashboard.explicitTargetJobs, language) },
      };
    }
    if (dashboard.totalPaidHours === null) return null;
    const parameters = dashboard.parameters;
    return {
      key: 'quota.kpi.requiredBasis',
      params: {
        hours: formatPaidHours(dashboard.totalPaidHours, language),
        percent: formatQuotaPercent(parameters.quotaFraction, language),
        jobYear: formatPaidHours(
          hoursPerJobYear(parameters.weeksPerYear),
          language,
        ),
        jobs: formatJobs(dashboard.requiredJobs, language),
      },
    };
  });

  protected readonly quarters = computed(() =>
    quarterRows(this.dashboard().quarters),
  );

  protected readonly projectedFlags = computed(() =>
    this.quarters().map((row) => row.projected),
  );

  protected readonly quarterLabels = computed(() => {
    this.language();
    return this.quarters().map((row) =>
      this.transloco.translate(
        row.projected
          ? 'quota.quarters.labelProjected'
          : 'quota.quarters.label',
        { quarter: row.quarter },
      ),
    );
  });

  protected readonly quarterSeries = computed(() => {
    this.language();
    return [
      {
        label: this.transloco.translate('quota.quarters.standAtEnd'),
        values: this.quarters().map((row) => row.standAtEnd),
      },
      {
        label: this.transloco.translate('quota.quarters.cumulative'),
        values: this.quarters().map((row) => row.cumulative),
      },
    ];
  });

  protected readonly quarterSummary = computed(() => {
    const labels = this.quarterLabels();
    const points = this.quarters()
      .map((row, i) => `${labels[i]}: ${this.jobs(row.standAtEnd)}`)
      .join('; ');
    return this.transloco.translate('quota.quarters.summary', {
      year: this.dashboard().year,
      points,
    });
  });

  protected readonly methodLabels = computed(() => {
    this.language();
    return this.dashboard().byMethod.map((slice) =>
      this.transloco.translate(`placements.method.${slice.key}`),
    );
  });

  protected readonly methodSeries = computed(() => {
    this.language();
    return [
      {
        label: this.transloco.translate('quota.figure.standToday'),
        values: this.dashboard().byMethod.map((slice) => slice.standToday),
      },
    ];
  });

  protected readonly methodSummary = computed(() => {
    const labels = this.methodLabels();
    const points = this.dashboard()
      .byMethod.map(
        (slice, i) => `${labels[i]}: ${this.jobs(slice.standToday)}`,
      )
      .join('; ');
    return this.transloco.translate('quota.byMethod.summary', {
      points: points || this.transloco.translate('quota.slices.empty'),
    });
  });

  protected jobs(value: number | null): string {
    return formatJobs(value, this.language());
  }

  protected euros(value: number | null): string {
    return formatEuroAmount(value, this.language());
  }

  protected share(value: number | null): string {
    return formatShare(value, this.language());
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected paidHours(value: number): string {
    return formatPaidHours(value, this.language());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }

  /** Average days as months with one decimal (a month of 30.44 days). */
  protected months(days: number): string {
    return formatHours(Math.round((days / 30.44) * 10) / 10, this.language());
  }
}
