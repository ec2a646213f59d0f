import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AuthStore,
  FunctionsStore,
  UnitsStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { formatHours } from './carving-format';

/** "Functies": the regular functions tasks are carved from; hr advisers add new ones here. */
@Component({
  selector: 'jcw-functions-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [FunctionsStore, UnitsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './functions-page.html',
  styleUrls: ['../admin/admin-page.scss', './carving.scss'],
})
export class FunctionsPage implements OnInit {
  protected readonly store = inject(FunctionsStore);
  protected readonly units = inject(UnitsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly mayWrite = this.auth.hasRole(...ACCESS.carvingWrite);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    unitId: this.fb.control<string | null>(null, Validators.required),
    title: ['', [Validators.required, Validators.maxLength(200)]],
    payScale: ['', Validators.maxLength(40)],
    employerCostPerHour: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
    ]),
    employeeCount: this.fb.control<number | null>(1, [
      Validators.required,
      Validators.min(1),
    ]),
    contractHoursPerWeek: this.fb.control<number | null>(36, [
      Validators.required,
      Validators.min(0),
      Validators.max(60),
    ]),
  });
  protected readonly failure = signal<ApiFailure | null>(null);

  ngOnInit(): void {
    this.store.load();
    if (this.mayWrite) {
      this.units.load();
    }
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected async create(): Promise<void> {
    if (this.store.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const payScale = value.payScale.trim();
    const outcome = await this.store.create({
      unitId: value.unitId as string,
      title: value.title.trim(),
      payScale: payScale === '' ? null : payScale,
      employerCostPerHour: Number(value.employerCostPerHour),
      employeeCount: Number(value.employeeCount),
      contractHoursPerWeek: Number(value.contractHoursPerWeek),
    });
    if (!outcome.ok) {
      showServerErrors(this.form, outcome.failure.fieldErrors);
      this.failure.set(outcome.failure);
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    await this.router.navigate(['/functies', outcome.value.id]);
  }
}
