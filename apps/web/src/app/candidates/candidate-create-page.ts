import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
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
  CANDIDATE_EDUCATION_LEVELS,
  CandidateEducationLevel,
  TARGET_GROUPS,
  TargetGroup,
} from '@jcw/shared-contracts';
import { CandidatesStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { CreatedCandidateState } from './created-candidate';

/** Nine digits; the eleven-test itself is the API's to judge, which names the field when it fails. */
export const BSN_PATTERN = /^\d{9}$/;

/** Today as `yyyy-mm-dd` in the user's own time zone, the value a date input holds. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An empty optional field is sent as null, not as an empty string. */
function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** "Kandidaat toevoegen" (hr_adviser): registers a candidate from the target-group register. */
@Component({
  selector: 'jcw-candidate-create-page',
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
  providers: [CandidatesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './candidate-create-page.html',
  styleUrl: '../admin/admin-page.scss',
})
export class CandidateCreatePage {
  protected readonly store = inject(CandidatesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly targetGroups = TARGET_GROUPS;
  protected readonly educationLevels = CANDIDATE_EDUCATION_LEVELS;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    bsn: ['', [Validators.required, Validators.pattern(BSN_PATTERN)]],
    firstName: ['', Validators.required],
    lastName: ['', Validators.required],
    targetGroup: this.fb.control<TargetGroup | null>(null, Validators.required),
    registerStartDate: [today(), Validators.required],
    email: ['', Validators.email],
    phone: [''],
    postcode: [''],
    educationLevel: this.fb.control<CandidateEducationLevel | null>(null),
  });
  protected readonly failure = signal<ApiFailure | null>(null);

  protected async create(): Promise<void> {
    if (this.store.saving()) {
      return;
    }
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const outcome = await this.store.create({
      bsn: value.bsn.trim(),
      firstName: value.firstName.trim(),
      lastName: value.lastName.trim(),
      targetGroup: value.targetGroup as TargetGroup,
      registerStartDate: value.registerStartDate,
      email: optional(value.email),
      phone: optional(value.phone),
      postcode: optional(value.postcode),
      educationLevel: value.educationLevel,
    });
    if (!outcome.ok) {
      const failure = outcome.failure;
      showServerErrors(this.form, failure.fieldErrors);
      if (failure.code === 'CANDIDATE_EXISTS') {
        this.form.controls.bsn.setErrors({ candidateExists: true });
        this.form.controls.bsn.markAsTouched();
      }
      this.failure.set(failure);
      return;
    }
    const created = outcome.value;
    const state: CreatedCandidateState = {
      createdName: `${created.firstName} ${created.lastName}`,
    };
    await this.router.navigate(['/kandidaten', created.id], { state });
  }
}
