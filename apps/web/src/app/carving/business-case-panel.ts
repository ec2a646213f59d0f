import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { BusinessCaseQuery } from '@jcw/shared-contracts';
import { BusinessCaseStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { Language } from '@jcw/web-shared-util';
import {
  formatEuros,
  formatFte,
  formatHours,
  formatJobUnits,
} from './carving-format';

/**
 * A saved package's business case: hours freed per source function with FTE and value, the
 * carved job's gross and net cost, net benefit, job units added and quota levy avoided, for the
 * adviser's assumptions (subsidy %, advantage per year, current shortfall). Computed by the API
 * from the package as last saved, so it is recomputed after every save.
 */
@Component({
  selector: 'jcw-business-case-panel',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [BusinessCaseStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './business-case-panel.html',
  styleUrls: ['../admin/admin-page.scss', './carving.scss'],
})
export class BusinessCasePanel {
  readonly packageId = input.required<string>();
  /** Changes with every save, so the case follows the package. */
  readonly savedAt = input<string>('');
  readonly language = input<Language>('nl');

  protected readonly store = inject(BusinessCaseStore);
  protected readonly form = inject(NonNullableFormBuilder).group({
    wageCostSubsidyPercent: this.number([
      Validators.min(0),
      Validators.max(100),
    ]),
    wageCostAdvantagePerYear: this.number([Validators.min(0)]),
    shortfallJobs: this.number([Validators.min(0)]),
  });

  constructor() {
    effect(() => {
      this.packageId();
      this.savedAt();
      untracked(() => this.calculate());
    });
  }

  protected calculate(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const query: BusinessCaseQuery = {};
    if (value.wageCostSubsidyPercent !== null)
      query.wageCostSubsidyPercent = Number(value.wageCostSubsidyPercent);
    if (value.wageCostAdvantagePerYear !== null)
      query.wageCostAdvantagePerYear = Number(value.wageCostAdvantagePerYear);
    if (value.shortfallJobs !== null)
      query.shortfallJobs = Number(value.shortfallJobs);
    this.store.load(this.packageId(), query);
  }

  protected euros(value: number | null): string | null {
    return value === null ? null : formatEuros(value, this.language());
  }

  protected titleOf(
    titles: Readonly<Record<string, string>>,
    id: string,
  ): string | null {
    return titles[id] ?? null;
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected fte(value: number | null): string | null {
    return value === null ? null : formatFte(value, this.language());
  }

  protected jobUnits(value: number): string {
    return formatJobUnits(value, this.language());
  }

  private number(validators: ValidatorFn[]) {
    return inject(NonNullableFormBuilder).control<number | null>(
      null,
      validators,
    );
  }
}
