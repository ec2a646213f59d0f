import { computed, inject, Injectable, signal } from '@angular/core';
import {
  MonitorFormat,
  QuotaDashboardDto,
  QuotaOverviewDto,
  QuotaYearParametersDto,
  SustainabilityDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { outcomeOf } from '../http/api-failure';
import { ListState } from '../http/list-state';
import { ValueState } from '../carving/value-state';
import { PlacementsApi } from '../placements/placements.api';
import { QuotaApi } from './quota.api';

/** Every year with legal figures plus `currentYear`, newest first, each once. */
export function quotaYears(
  parameters: readonly Pick<QuotaYearParametersDto, 'year'>[],
  currentYear: number,
): number[] {
  return [
    ...new Set([currentYear, ...parameters.map((each) => each.year)]),
  ].sort((a, b) => b - a);
}

/**
 * "Quotum": the counter of one organisation for one year (the dashboard with its slices, quarters
 * and pipeline), the sustainability of its placements, the coordinator's overview of every
 * organisation, and the monitor export. Provided by the page.
 */
@Injectable()
export class QuotaDashboardStore {
  private readonly api = inject(QuotaApi);
  private readonly placementsApi = inject(PlacementsApi);
  private readonly dashboardState = new ValueState<QuotaDashboardDto>();
  private readonly overviewState = new ValueState<QuotaOverviewDto>();
  private readonly sustainabilityState = new ValueState<SustainabilityDto>();
  private readonly parameterList = new ListState<QuotaYearParametersDto>();
  private readonly shown = signal<{
    year: number;
    organisationId: string | null;
  } | null>(null);
  private readonly downloadingFormat = signal<MonitorFormat | null>(null);

  readonly dashboard = this.dashboardState.value;
  readonly dashboardLoading = this.dashboardState.loading;
  readonly dashboardError = this.dashboardState.error;
  readonly overview = this.overviewState.value;
  readonly overviewLoading = this.overviewState.loading;
  readonly overviewError = this.overviewState.error;
  readonly sustainability = this.sustainabilityState.value;
  readonly sustainabilityLoading = this.sustainabilityState.loading;
  readonly sustainabilityError = this.sustainabilityState.error;
  readonly parameters = this.parameterList.items;
  /** The year and organisation of the dashboard asked for last. */
  readonly query = this.shown.asReadonly();
  readonly downloading = this.downloadingFormat.asReadonly();
  readonly loading = computed(
    () =>
      this.dashboardState.loading() ||
      this.overviewState.loading() ||
      this.sustainabilityState.loading(),
  );

  /** The years to offer; a failure leaves just the current year, which is never wrong. */
  loadParameters(): void {
    this.parameterList.load(this.api.parameters());
  }

  /** coordinator only. */
  loadOverview(year: number): void {
    this.overviewState.load(this.api.overview(year), true);
  }

  /**
   * The dashboard and sustainability of `organisationId` (null: the user's own organisation).
   * The figures on screen stay while the next ones load, so a year switch does not flicker.
   */
  loadDashboard(year: number, organisationId: string | null = null): void {
    const same =
      this.shown()?.organisationId === organisationId &&
      this.dashboardState.value() !== null;
    this.shown.set({ year, organisationId });
    this.dashboardState.load(this.api.dashboard(year, organisationId), same);
    this.sustainabilityState.load(
      this.placementsApi.sustainability(organisationId),
      same,
    );
  }

  clearDashboard(): void {
    this.shown.set(null);
    this.dashboardState.set(null);
    this.sustainabilityState.set(null);
  }

  /** The monitor of the dashboard on screen, as a file in `format` with texts in `lang`. */
  async downloadMonitor(
    format: MonitorFormat,
    lang?: 'nl' | 'en',
  ): Promise<Outcome<Blob>> {
    const shown = this.shown();
    if (!shown) {
      throw new Error('QuotaDashboardStore: no dashboard to export');
    }
    this.downloadingFormat.set(format);
    const outcome = await outcomeOf(
      this.api.monitor(shown.year, format, shown.organisationId, lang),
    );
    this.downloadingFormat.set(null);
    return outcome;
  }
}
