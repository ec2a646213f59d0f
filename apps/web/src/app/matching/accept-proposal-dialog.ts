import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  AcceptProposalRequest,
  CONTRACT_KINDS,
  ContractKind,
  ProposalDto,
} from '@jcw/shared-contracts';
import { Language, Outcome } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FormSubmission } from '../forms/form-submission';

export interface AcceptProposalDialogData {
  pseudonym: string;
  packageTitle: string;
  /** Prefills the hours; the manager may agree fewer (or more, within the person's maximum). */
  packageHoursPerWeek: number;
  language: Language;
  accept: (
    request: AcceptProposalRequest,
    idempotencyKey: string,
  ) => Promise<Outcome<ProposalDto>>;
}

/**
 * "Voorstel accepteren" (manager): the start date, the kind of contract and the weekly hours of
 * the placement that accepting creates. One key per opening, so accepting twice places once. A
 * refusal - decided already, too many hours for the person, the package no longer available - is
 * shown here with the API's reason and the dialog stays open.
 */
@Component({
  selector: 'jcw-accept-proposal-dialog',
  imports: [DIALOG_FORM_IMPORTS, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        'matching.accept.title'
          | transloco: { candidate: data.pseudonym, package: data.packageTitle }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'matching.accept.intro' | transloco }}</p>
        @if (submission.failure(); as failure) {
          <jcw-error-alert
            [failure]="failure"
            titleKey="matching.accept.failed"
            [language]="data.language"
          />
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'matching.accept.startDate' | transloco }}</mat-label>
          <input matInput type="date" formControlName="startDate" required />
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.startDate.errors"
              [field]="'matching.accept.startDate' | transloco"
            />
          </mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{
            'placements.field.contractKind' | transloco
          }}</mat-label>
          <mat-select formControlName="contractKind" required>
            @for (option of contractKinds; track option) {
              <mat-option [value]="option">{{
                'placements.contractKind.' + option | transloco
              }}</mat-option>
            }
          </mat-select>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.contractKind.errors"
              [field]="'placements.field.contractKind' | transloco"
            />
          </mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{
            'placements.field.hoursPerWeek' | transloco
          }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="decimal"
            min="0.5"
            max="60"
            step="0.5"
            formControlName="hoursPerWeek"
            required
          />
          <mat-hint>{{ 'matching.accept.hoursHint' | transloco }}</mat-hint>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.hoursPerWeek.errors"
              [field]="'placements.field.hoursPerWeek' | transloco"
            />
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <jcw-dialog-actions
        submitLabel="matching.accept.submit"
        [saving]="submission.saving()"
      />
    </form>
  `,
  styleUrl: '../forms/dialog-form.scss',
})
export class AcceptProposalDialog {
  protected readonly data = inject<AcceptProposalDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<AcceptProposalDialog, ProposalDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();

  protected readonly contractKinds = CONTRACT_KINDS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    startDate: ['', Validators.required],
    contractKind: this.fb.control<ContractKind | null>(
      null,
      Validators.required,
    ),
    hoursPerWeek: this.fb.control<number | null>(
      this.data.packageHoursPerWeek,
      [Validators.required, Validators.min(0.5), Validators.max(60)],
    ),
  });

  protected async submit(): Promise<void> {
    const accepted = await this.submission.run(this.form, (key) => {
      const value = this.form.getRawValue();
      return this.data.accept(
        {
          startDate: value.startDate,
          contractKind: value.contractKind as ContractKind,
          hoursPerWeek: Number(value.hoursPerWeek),
        },
        key,
      );
    });
    if (accepted) this.ref.close(accepted);
  }
}
