import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Sector, SECTORS } from '@jcw/shared-contracts';
import {
  OrganisationsStore,
  PAYROLL_TAX_NUMBER_PATTERN,
} from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../../forms/form-errors';
import { LanguagePreference } from '../../i18n/language-preference';
import { Announcement } from '../announcement';

/**
 * People type the L in lower case and paste numbers with spaces or dots from payslips; both are
 * the same number, so they are accepted and sent in the one form the API stores.
 */
export function normalisePayrollTaxNumber(value: string): string {
  return value.replace(/[\s.]/g, '').toUpperCase();
}

/** "Organisaties" (superadmin): the employers on the platform, and adding one. */
@Component({
  selector: 'jcw-organisations-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [OrganisationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisations-page.html',
  styleUrl: '../admin-page.scss',
})
export class OrganisationsPage implements OnInit {
  protected readonly store = inject(OrganisationsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly sectors = SECTORS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    sector: this.fb.control<Sector | null>(null, Validators.required),
    payrollTaxNumber: [
      '',
      [
        Validators.required,
        (control: { value: string }) =>
          !control.value ||
          PAYROLL_TAX_NUMBER_PATTERN.test(
            normalisePayrollTaxNumber(control.value),
          )
            ? null
            : { payrollTaxNumber: true },
      ],
    ],
  });
  protected readonly createFailure = signal<ApiFailure | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  ngOnInit(): void {
    this.store.load();
  }

  protected async create(): Promise<void> {
    if (this.store.saving()) {
      return;
    }
    this.createFailure.set(null);
    const { name, sector, payrollTaxNumber } = this.form.getRawValue();
    if (this.form.invalid || sector === null) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const outcome = await this.store.create({
      name: name.trim(),
      sector,
      payrollTaxNumber: normalisePayrollTaxNumber(payrollTaxNumber),
    });
    if (!outcome.ok) {
      showServerErrors(this.form, outcome.failure.fieldErrors);
      if (outcome.failure.code === 'PAYROLL_TAX_NUMBER_TAKEN') {
        this.form.controls.payrollTaxNumber.setErrors({
          payrollTaxNumberTaken: true,
        });
      }
      this.createFailure.set(outcome.failure);
      return;
    }
    this.announcement.set({
      key: 'organisations.created',
      params: { name: outcome.value.name },
    });
    this.formDirective().resetForm();
  }
}
