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
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  END_REASONS,
  EndPlacementRequest,
  EndReason,
  PlacementDto,
} from '@jcw/shared-contracts';
import { IdempotencyKey } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, Language, Outcome } from '@jcw/web-shared-util';
import {
  focusFirstInvalid,
  showServerErrors,
  withUnshownErrors,
} from '../forms/form-errors';
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
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'placements.end.title' | transloco: { name: data.candidateName } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'placements.end.intro' | transloco }}</p>
        @if (failure(); as failure) {
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
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="saving()">
          {{
            (saving() ? 'common.saving' : 'placements.end.submit') | transloco
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
export class EndPlacementDialog {
  protected readonly data = inject<EndPlacementDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<EndPlacementDialog, PlacementDto>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly key = new IdempotencyKey();

  protected readonly reasons = END_REASONS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    endDate: [today(), Validators.required],
    reason: this.fb.control<EndReason | null>(null, Validators.required),
    note: ['', Validators.maxLength(500)],
  });
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly saving = signal(false);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    const outcome = await this.data.save(
      {
        endDate: value.endDate,
        reason: value.reason as EndReason,
        note: value.note.trim() || null,
      },
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
