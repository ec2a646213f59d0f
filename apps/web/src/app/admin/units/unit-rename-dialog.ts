import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { UnitDto } from '@jcw/shared-contracts';
import { Language, Outcome } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../../forms/dialog-form';
import { FormSubmission } from '../../forms/form-submission';

export interface UnitRenameDialogData {
  unit: UnitDto;
  language: Language;
  /** Saves the new name; the dialog stays open with the reason when that fails. */
  save: (name: string) => Promise<Outcome<UnitDto>>;
}

/** Asks for a unit's new name and saves it, keeping the dialog open until the API agrees. */
@Component({
  selector: 'jcw-unit-rename-dialog',
  imports: [DIALOG_FORM_IMPORTS, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'units.rename.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>
          {{ 'units.rename.current' | transloco: { name: data.unit.name } }}
        </p>
        @if (submission.failure(); as failure) {
          <jcw-error-alert
            [failure]="failure"
            titleKey="units.rename.failed"
            [language]="data.language"
          />
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'units.rename.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required cdkFocusInitial />
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.name.errors"
              [field]="'units.rename.name' | transloco"
            />
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <jcw-dialog-actions
        submitLabel="common.save"
        [saving]="submission.saving()"
      />
    </form>
  `,
  styleUrl: '../../forms/dialog-form.scss',
})
export class UnitRenameDialog {
  protected readonly data = inject<UnitRenameDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<UnitRenameDialog, UnitDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.unit.name, Validators.required],
  });

  protected async submit(): Promise<void> {
    const renamed = await this.submission.run(this.form, () =>
      this.data.save(this.form.getRawValue().name.trim()),
    );
    if (renamed) this.ref.close(renamed);
  }
}
