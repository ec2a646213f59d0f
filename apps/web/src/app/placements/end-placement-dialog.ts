import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  END_REASONS,
  EndPlacementRequest,
  EndReason,
  PlacementDto,
} from '@jcw/shared-contracts';
import { Language, Outcome } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FormSubmission } from '../forms/form-submission';
import { today } from './placement-form';

export interface EndPlacementDialogData {
  candidateName: string;
  startDate: string;
  language: Language;
  /** Ends the placement with this submission's key; the dialog stays open with the reason on failure. */
  save: (
    request: EndPlacementRequest,
    idempotencyKey: string,
  ) => Promise<Outcome<PlacementDto>>;
}

/**
 * "Plaatsing beëindigen": the last day worked, why, and a note. Focus starts on the date; the
 * dialog keeps focus inside and returns it to the button that opened it. One key per opening,
 * kept while an answer is lost, so ending twice is impossible.
 */
@Component({
  selector: 'jcw-end-placement-dialog',
  imports: [DIALOG_FORM_IMPORTS, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'placements.end.title' | transloco: { name: data.candidateName } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'placements.end.intro' | transloco }}</p>
        @if (submission.failure(); as failure) {
          <jcw-error-alert
            [failure]="failure"
            titleKey="placements.end.failed"
            [language]="data.language"
          />
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'placements.end.endDate' | transloco }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="endDate"
            [min]="data.startDate"
            required
            cdkFocusInitial
          />
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.endDate.errors"
              [field]="'placements.end.endDate' | transloco"
            />
          </mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'placements.end.reason' | transloco }}</mat-label>
          <mat-select formControlName="reason" required>
            @for (reason of reasons; track reason) {
              <mat-option [value]="reason">{{
                'placements.endReason.' + reason | transloco
              }}</mat-option>
            }
          </mat-select>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.reason.errors"
              [field]="'placements.end.reason' | transloco"
            />
          </mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'placements.end.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3"></textarea>
          <mat-hint>{{ 'placements.create.optional' | transloco }}</mat-hint>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.note.errors"
              [field]="'placements.end.note' | transloco"
            />
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <jcw-dialog-actions
        submitLabel="placements.end.submit"
        [saving]="submission.saving()"
      />
    </form>
  `,
  styleUrl: '../forms/dialog-form.scss',
})
export class EndPlacementDialog {
  protected readonly data = inject<EndPlacementDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<EndPlacementDialog, PlacementDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();

  protected readonly reasons = END_REASONS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    endDate: [today(), Validators.required],
    reason: this.fb.control<EndReason | null>(null, Validators.required),
    note: ['', Validators.maxLength(500)],
  });

  protected async submit(): Promise<void> {
    const ended = await this.submission.run(this.form, (key) => {
      const value = this.form.getRawValue();
      return this.data.save(
        {
          endDate: value.endDate,
          reason: value.reason as EndReason,
          note: value.note.trim() || null,
        },
        key,
      );
    });
    if (ended) this.ref.close(ended);
  }
}
