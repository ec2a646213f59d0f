import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProposalDto } from '@jcw/shared-contracts';
import { IdempotencyKey } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, Language, Outcome } from '@jcw/web-shared-util';
import { showServerErrors, withUnshownErrors } from '../forms/form-errors';

export interface ProposeDialogData {
  /** How the adviser knows the person: name and pseudonym. */
  candidate: string;
  packageTitle: string;
  unitName: string;
  language: Language;
  /** Sends the proposal with this opening's key; the dialog stays open with the reason on failure. */
  propose: (
    motivation: string | null,
    idempotencyKey: string,
  ) => Promise<Outcome<ProposalDto>>;
}

/**
 * "Voorstellen": proposes a candidate to the manager of the package's unit, with an optional
 * motivation the manager reads. One key per opening, kept while an answer is lost, so a double
 * send proposes once; a refusal (an open proposal exists, the person no longer fits) is shown
 * here, in the dialog.
 */
@Component({
  selector: 'jcw-propose-dialog',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        'matching.propose.title'
          | transloco: { candidate: data.candidate, package: data.packageTitle }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>
          {{ 'matching.propose.intro' | transloco: { unit: data.unitName } }}
        </p>
        @if (failure(); as failure) {
          <jcw-error-alert
            [failure]="failure"
            titleKey="matching.propose.failed"
            [language]="data.language"
          />
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'matching.propose.motivation' | transloco }}</mat-label>
          <textarea matInput formControlName="motivation" rows="4"></textarea>
          <mat-hint>{{
            'matching.propose.motivationHint' | transloco
          }}</mat-hint>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.motivation.errors"
              [field]="'matching.propose.motivation' | transloco"
            />
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="saving()">
          {{
            (saving() ? 'common.saving' : 'matching.propose.submit') | transloco
          }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ProposeDialog {
  protected readonly data = inject<ProposeDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<ProposeDialog, ProposalDto>>(MatDialogRef);
  private readonly key = new IdempotencyKey();

  protected readonly form = inject(NonNullableFormBuilder).group({
    motivation: ['', Validators.maxLength(1000)],
  });
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly saving = signal(false);

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const outcome = await this.data.propose(
      this.form.getRawValue().motivation.trim() || null,
      this.key.value,
    );
    this.key.settle(outcome);
    this.saving.set(false);
    if (outcome.ok) {
      this.ref.close(outcome.value);
      return;
    }
    const unshown = showServerErrors(this.form, outcome.failure.fieldErrors);
    this.failure.set(withUnshownErrors(outcome.failure, unshown));
  }
}
