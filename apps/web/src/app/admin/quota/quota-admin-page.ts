import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import {
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  OrganisationQuotaYearDto,
  PayrollImportResultDto,
  QuotaYearParametersDto,
} from '@jcw/shared-contracts';
import {
  AuthStore,
  QuotaAdminStore,
  quotaYears,
} from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import {
  ApiFailure,
  formatDate,
  formatDateTime,
  Outcome,
} from '@jcw/web-shared-util';
import {
  focusFirstInvalid,
  showServerErrors,
  withUnshownErrors,
} from '../../forms/form-errors';
import { LanguagePreference } from '../../i18n/language-preference';
import {
  formatEuroAmount,
  formatJobs,
  formatPaidHours,
  formatQuotaPercent,
} from '../../quota/quota-format';
import { Announcement } from '../announcement';
import {
  PERCENT_PATTERN,
  parametersFormValue,
  parametersRequest,
  toFormFields,
} from './quota-parameters-form';

const CSV = /\.(csv|txt)$/i;

/**
 * "Quotumbeheer": the legal figures per year with their source (admin and superadmin), the admin's
 * own organisation's paid hours and target per year - typed in or summed from a payroll CSV - and
 * rebuilding the counter from the ledger to prove it has not drifted.
 */
@Component({
  selector: 'jcw-quota-admin-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [QuotaAdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quota-admin-page.html',
  styleUrls: ['../admin-page.scss', '../../quota/quota.scss'],
})
export class QuotaAdminPage {
  protected readonly store = inject(QuotaAdminStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  private readonly currentYear = new Date().getFullYear();
  /** The organisation's own figures are its admin's; a superadmin manages the legal ones only. */
  protected readonly organisation = computed(() => {
    const user = this.auth.user();
    return user?.organisationId && user.roles.includes('admin')
      ? { id: user.organisationId, name: user.organisationName ?? '' }
      : null;
  });

  private readonly fb = inject(NonNullableFormBuilder);

  // ------------------------------------------------------- legal figures
  /** The year being edited, 'new' for a year not in the table yet, null while the form is shut. */
  protected readonly editing = signal<number | 'new' | null>(null);
  protected readonly parametersForm = this.fb.group({
    year: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(2015),
      Validators.max(2100),
    ]),
    quotaPercent: [
      '',
      [Validators.required, Validators.pattern(PERCENT_PATTERN)],
    ],
    levyPerUnfilledJob: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
    ]),
    weeksPerYear: this.fb.control<number | null>(52, [
      Validators.required,
      Validators.min(1),
      Validators.max(53),
    ]),
    thresholdPaidHours: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
    ]),
    procurementCounts: [false],
    toConfirm: [false],
    sourceNote: ['', [Validators.required, Validators.maxLength(1000)]],
  });

  // ------------------------------------------------ organisation's year
  protected readonly year = signal(this.currentYear);
  protected readonly years = computed(() =>
    quotaYears(this.store.parameters(), this.currentYear),
  );
  protected readonly yearForm = this.fb.group({
    totalPaidHours: this.fb.control<number | null>(null, Validators.min(0)),
    explicitTargetJobs: this.fb.control<number | null>(null, Validators.min(0)),
    note: ['', Validators.maxLength(500)],
  });
  protected readonly payrollFile = signal<File | null>(null);
  protected readonly payrollProblem = signal<string | null>(null);
  protected readonly payrollResult = signal<PayrollImportResultDto | null>(
    null,
  );

  protected readonly failure = signal<{
    failure: ApiFailure;
    titleKey: string;
  } | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  constructor() {
    this.store.loadParameters();
    this.loadYear();
    // The form shows the year as the API has it: after loading, saving and a payroll import.
    effect(() => {
      const year = this.store.organisationYear();
      untracked(() => this.fillYearForm(year));
    });
  }

  // ------------------------------------------------------- legal figures
  protected edit(parameters: QuotaYearParametersDto | null): void {
    this.clearMessages();
    this.parametersForm.reset(parametersFormValue(parameters, this.language()));
    if (parameters) {
      this.parametersForm.controls.year.disable();
    } else {
      this.parametersForm.controls.year.enable();
    }
    this.editing.set(parameters ? parameters.year : 'new');
    this.focusLater('#parameters-form-heading');
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.focusLater('#parameters-heading');
  }

  protected async saveParameters(element: HTMLElement): Promise<void> {
    if (this.store.parametersSaving()) return;
    this.clearMessages();
    if (this.parametersForm.invalid) {
      this.parametersForm.markAllAsTouched();
      focusFirstInvalid(element, this.injector);
      return;
    }
    const value = this.parametersForm.getRawValue();
    const year = Number(value.year);
    const outcome = await this.store.saveParameters(
      year,
      parametersRequest(value),
    );
    if (
      this.settle(
        outcome,
        'quotaAdmin.parameters',
        { year },
        this.parametersForm,
        toFormFields,
      )
    ) {
      this.editing.set(null);
      this.focusLater('#parameters-heading');
    }
  }

  // ------------------------------------------------ organisation's year
  protected chooseYear(year: number): void {
    this.year.set(year);
    this.payrollResult.set(null);
    this.loadYear();
  }

  protected async saveYear(element: HTMLElement): Promise<void> {
    if (this.store.organisationYearSaving()) return;
    this.clearMessages();
    if (this.yearForm.invalid) {
      this.yearForm.markAllAsTouched();
      focusFirstInvalid(element, this.injector);
      return;
    }
    const value = this.yearForm.getRawValue();
    const outcome = await this.store.saveOrganisationYear({
      totalPaidHours: numberOrNull(value.totalPaidHours),
      explicitTargetJobs: numberOrNull(value.explicitTargetJobs),
      note: value.note.trim() || null,
    });
    // On success the effect refills the form from the saved year.
    this.settle(
      outcome,
      'quotaAdmin.year',
      { year: this.year() },
      this.yearForm,
    );
  }

  protected choosePayroll(event: Event): void {
    const chosen = (event.target as HTMLInputElement).files?.item(0) ?? null;
    this.payrollFile.set(chosen);
    this.payrollProblem.set(
      chosen && !CSV.test(chosen.name) ? 'quotaAdmin.payroll.fileType' : null,
    );
  }

  protected async importPayroll(input: HTMLInputElement): Promise<void> {
    if (this.store.organisationYearSaving()) return;
    this.clearMessages();
    this.payrollResult.set(null);
    const file = this.payrollFile();
    if (!file || !CSV.test(file.name)) {
      this.payrollProblem.set(
        file ? 'quotaAdmin.payroll.fileType' : 'validation.fileRequired',
      );
      input.focus();
      return;
    }
    const csv = await file.text();
    const outcome = await this.store.importPayroll(csv);
    if (!outcome.ok) {
      this.failure.set({
        failure: outcome.failure,
        titleKey: 'quotaAdmin.payroll.failed',
      });
      return;
    }
    this.payrollResult.set(outcome.value);
    this.payrollFile.set(null);
    input.value = '';
    this.announcement.set({
      key: 'quotaAdmin.payroll.done',
      params: {
        rows: outcome.value.rows,
        hours: this.paidHours(outcome.value.totalPaidHours),
        year: this.year(),
      },
    });
  }

  // ------------------------------------------------------------- rebuild
  protected async rebuild(): Promise<void> {
    if (this.store.rebuilding()) return;
    this.clearMessages();
    const outcome = await this.store.rebuild();
    if (!outcome.ok) {
      this.failure.set({
        failure: outcome.failure,
        titleKey: 'quotaAdmin.rebuild.failed',
      });
      return;
    }
    this.announcement.set({
      key:
        outcome.value.differences === 0
          ? 'quotaAdmin.rebuild.clean'
          : 'quotaAdmin.rebuild.repaired',
      params: { differences: outcome.value.differences },
    });
  }

  // ------------------------------------------------------------- format
  protected percent(fraction: number): string {
    return formatQuotaPercent(fraction, this.language());
  }

  protected euros(value: number): string {
    return formatEuroAmount(value, this.language());
  }

  protected paidHours(value: number): string {
    return formatPaidHours(value, this.language());
  }

  protected jobs(value: number): string {
    return formatJobs(value, this.language());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }

  // ------------------------------------------------------------ helpers
  private loadYear(): void {
    const organisation = this.organisation();
    if (!organisation) return;
    this.store.loadOrganisationYear(organisation.id, this.year());
  }

  private fillYearForm(year: OrganisationQuotaYearDto | null): void {
    this.yearForm.reset({
      totalPaidHours: year?.totalPaidHours ?? null,
      explicitTargetJobs: year?.explicitTargetJobs ?? null,
      note: year?.note ?? '',
    });
  }

  private clearMessages(): void {
    this.failure.set(null);
    this.announcement.set(null);
  }

  /** Announces success, or shows why the API refused; true when saved. */
  private settle(
    outcome: Outcome<unknown>,
    prefix: string,
    params: Record<string, unknown>,
    form: FormGroup,
    toFields: (
      errors: Readonly<Record<string, string>>,
    ) => Record<string, string> = (errors) => ({ ...errors }),
  ): boolean {
    if (!outcome.ok) {
      const unshown = showServerErrors(
        form,
        toFields(outcome.failure.fieldErrors),
      );
      this.failure.set({
        failure: withUnshownErrors(outcome.failure, unshown),
        titleKey: `${prefix}.failed`,
      });
      return false;
    }
    this.announcement.set({ key: `${prefix}.saved`, params });
    return true;
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}

function numberOrNull(value: number | string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}
