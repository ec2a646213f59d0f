import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { ProposalDto } from '@jcw/shared-contracts';
import { Language, Outcome } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FormSubmission } from '../forms/form-submission';

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
  imports: [DIALOG_FORM_IMPORTS, MatInputModule],
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
        @if (submission.failure(); as failure) {
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
      <jcw-dialog-actions
        submitLabel="matching.propose.submit"
        [saving]="submission.saving()"
      />
    </form>
  `,
  styleUrl: '../forms/dialog-form.scss',
})
export class ProposeDialog {
  protected readonly data = inject<ProposeDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<ProposeDialog, ProposalDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();

  protected readonly form = inject(NonNullableFormBuilder).group({
    motivation: ['', Validators.maxLength(1000)],
  });

  protected async submit(): Promise<void> {
    const proposal = await this.submission.run(this.form, (key) =>
      this.data.propose(this.form.getRawValue().motivation.trim() || null, key),
    );
    if (proposal) this.ref.close(proposal);
  }
}
