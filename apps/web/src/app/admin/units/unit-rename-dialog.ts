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
import { TranslocoPipe } from '@jsverse/transloco';
import { UnitDto } from '@jcw/shared-contracts';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, Language, Outcome } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../../forms/form-errors';

export interface UnitRenameDialogData {
  unit: UnitDto;
  language: Language;
  /** Saves the new name; the dialog stays open with the reason when that fails. */
  save: (name: string) => Promise<Outcome<UnitDto>>;
}

/** Asks for a unit's new name and saves it, keeping the dialog open until the API agrees. */
@Component({
  selector: 'jcw-unit-rename-dialog',
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
    <h2 mat-dialog-title>{{ 'units.rename.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>
          {{ 'units.rename.current' | transloco: { name: data.unit.name } }}
        </p>
        @if (failure(); as failure) {
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
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="saving()">
          {{ (saving() ? 'common.saving' : 'common.save') | transloco }}
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
export class UnitRenameDialog {
  protected readonly data = inject<UnitRenameDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<UnitRenameDialog, UnitDto>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.unit.name, Validators.required],
  });
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly saving = signal(false);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.saving.set(true);
    const outcome = await this.data.save(this.form.getRawValue().name.trim());
    this.saving.set(false);
    if (outcome.ok) {
      this.ref.close(outcome.value);
      return;
    }
    showServerErrors(this.form, outcome.failure.fieldErrors);
    this.failure.set(outcome.failure);
  }
}
