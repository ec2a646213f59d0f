import { computed, inject, Injectable, signal } from '@angular/core';
import {
  OrganisationQuotaYearDto,
  PayrollImportResultDto,
  PutOrganisationQuotaYearRequest,
  PutQuotaYearParametersRequest,
  QuotaRebuildResultDto,
  QuotaYearParametersDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { outcomeOf } from '../http/api-failure';
import { ListState } from '../http/list-state';
import { ValueState } from '../carving/value-state';
import { QuotaApi } from './quota.api';

const newestYearFirst = (
  a: QuotaYearParametersDto,
  b: QuotaYearParametersDto,
) => b.year - a.year;

/**
 * "Quotumbeheer": the legal figures per year (admin and superadmin), the paid hours and target of
 * the admin's own organisation per year, entered or imported from a payroll CSV, and rebuilding the
 * counter from the ledger. Provided by the page.
 */
@Injectable()
export class QuotaAdminStore {
  private readonly api = inject(QuotaApi);
  private readonly parameterList = new ListState<QuotaYearParametersDto>();
  private readonly yearState = new ValueState<OrganisationQuotaYearDto>();
  private readonly organisationYearKey = signal<{
    organisationId: string;
    year: number;
  } | null>(null);
  private readonly rebuildState = signal<{
    running: boolean;
    result: QuotaRebuildResultDto | null;
  }>({ running: false, result: null });

  readonly parameters = computed(() =>
    [...this.parameterList.items()].sort(newestYearFirst),
  );
  readonly parametersLoading = this.parameterList.loading;
  readonly parametersError = this.parameterList.error;
  readonly parametersSaving = this.parameterList.saving;

  readonly organisationYear = this.yearState.value;
  readonly organisationYearLoading = this.yearState.loading;
  readonly organisationYearError = this.yearState.error;
  readonly organisationYearSaving = this.yearState.saving;

  readonly rebuilding = computed(() => this.rebuildState().running);
  readonly rebuildResult = computed(() => this.rebuildState().result);

  loadParameters(): void {
    this.parameterList.load(this.api.parameters());
  }

  /** Creates or replaces the figures of `year`; the list shows the saved row. */
  saveParameters(
    year: number,
    request: PutQuotaYearParametersRequest,
  ): Promise<Outcome<QuotaYearParametersDto>> {
    return this.parameterList.save(
      this.api.putParameters(year, request),
      (rows, saved) => [
        ...rows.filter((row) => row.year !== saved.year),
        saved,
      ],
    );
  }

  loadOrganisationYear(organisationId: string, year: number): void {
    this.organisationYearKey.set({ organisationId, year });
    this.yearState.load(this.api.organisationYear(organisationId, year));
  }

  saveOrganisationYear(
    request: PutOrganisationQuotaYearRequest,
  ): Promise<Outcome<OrganisationQuotaYearDto>> {
    const { organisationId, year } = this.key();
    return this.yearState.save(
      this.api.putOrganisationYear(organisationId, year, request),
      (_, saved) => saved,
    );
  }

  /** The payroll CSV's paid hours become the year's total; the year on screen follows. */
  importPayroll(csv: string): Promise<Outcome<PayrollImportResultDto>> {
    const { organisationId, year } = this.key();
    return this.yearState.save(
      this.api.importPayroll(organisationId, year, csv),
      (_, result) => result.year,
    );
  }

  async rebuild(): Promise<Outcome<QuotaRebuildResultDto>> {
    this.rebuildState.set({ running: true, result: null });
    const outcome = await outcomeOf(this.api.rebuild());
    this.rebuildState.set({
      running: false,
      result: outcome.ok ? outcome.value : null,
    });
    return outcome;
  }

  private key(): { organisationId: string; year: number } {
    const key = this.organisationYearKey();
    if (!key) {
      throw new Error('QuotaAdminStore: no organisation year loaded');
    }
    return key;
  }
}
