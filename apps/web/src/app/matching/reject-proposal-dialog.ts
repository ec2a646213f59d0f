import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  ProposalDto,
  REJECTION_REASONS,
  RejectionReason,
  RejectProposalRequest,
} from '@jcw/shared-contracts';
import { Language, Outcome } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FormSubmission } from '../forms/form-submission';

export interface RejectProposalDialogData {
  pseudonym: string;
  packageTitle: string;
  language: Language;
  reject: (request: RejectProposalRequest) => Promise<Outcome<ProposalDto>>;
}

/**
 * "Voorstel afwijzen" (manager): why, from a fixed list so advisers can learn from it, and an
 * optional note. The reasons are a radio group with a legend; its error is tied to the group.
 */
@Component({
  selector: 'jcw-reject-proposal-dialog',
  imports: [DIALOG_FORM_IMPORTS, MatInputModule, MatRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        'matching.reject.title'
          | transloco: { candidate: data.pseudonym, package: data.packageTitle }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'matching.reject.intro' | transloco }}</p>
        @if (submission.failure(); as failure) {
          <jcw-error-alert
            [failure]="failure"
            titleKey="matching.reject.failed"
            [language]="data.language"
          />
        }
        <fieldset class="reasons">
          <legend id="reject-reason-legend">
            {{ 'matching.reject.reason' | transloco }}
          </legend>
          <mat-radio-group
            class="reasons__options"
            formControlName="reason"
            aria-labelledby="reject-reason-legend"
            [attr.aria-describedby]="
              reasonInvalid() ? 'reject-reason-error' : null
            "
            required
          >
            @for (reason of reasons; track reason) {
              <mat-radio-button [value]="reason">{{
                'matching.rejectionReason.' + reason | transloco
              }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (reasonInvalid()) {
            <p class="reasons__error" id="reject-reason-error">
              <jcw-field-error
                [errors]="form.controls.reason.errors"
                [field]="'matching.reject.reason' | transloco"
              />
            </p>
          }
        </fieldset>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'matching.reject.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3"></textarea>
          <mat-hint>{{ 'matching.reject.noteHint' | transloco }}</mat-hint>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.note.errors"
              [field]="'matching.reject.note' | transloco"
            />
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <jcw-dialog-actions
        submitLabel="matching.reject.submit"
        [saving]="submission.saving()"
      />
    </form>
  `,
  styleUrl: '../forms/dialog-form.scss',
  styles: `
    .reasons {
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
    }
    legend {
      padding: 0 0.25rem;
      font: var(--mat-sys-label-large);
    }
    .reasons__options {
      display: flex;
      flex-direction: column;
    }
    .reasons__error {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RejectProposalDialog {
  protected readonly data = inject<RejectProposalDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<RejectProposalDialog, ProposalDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();

  protected readonly reasons = REJECTION_REASONS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    reason: this.fb.control<RejectionReason | null>(null, Validators.required),
    note: ['', Validators.maxLength(1000)],
  });
  protected readonly submitted = signal(false);

  protected reasonInvalid(): boolean {
    return this.submitted() && this.form.controls.reason.invalid;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    const rejected = await this.submission.run(this.form, () => {
      const value = this.form.getRawValue();
      return this.data.reject({
        reason: value.reason as RejectionReason,
        note: value.note.trim() || null,
      });
    });
    if (rejected) this.ref.close(rejected);
  }
}
