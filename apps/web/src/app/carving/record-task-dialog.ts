import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
} from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  FunctionSummaryDto,
  ScanCandidateTaskDto,
} from '@jcw/shared-contracts';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { focusFirstInvalid } from '../forms/form-errors';

export interface RecordTaskDialogData {
  task: ScanCandidateTaskDto;
  /** Functions of the scanned unit come first: the task most likely belongs to one of them. */
  functions: readonly FunctionSummaryDto[];
}

/**
 * "Als taak vastleggen": picks the function a candidate task of a unit scan belongs to. Closes
 * with the function's id; the page then opens that function with the task filled in.
 */
@Component({
  selector: 'jcw-record-task-dialog',
  imports: [DIALOG_FORM_IMPORTS, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        'carving.unitScan.record.title' | transloco: { name: data.task.name }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'carving.unitScan.record.intro' | transloco }}</p>
        @if (data.functions.length === 0) {
          <p>{{ 'carving.unitScan.record.noFunctions' | transloco }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{
            'carving.unitScan.record.function' | transloco
          }}</mat-label>
          <mat-select formControlName="functionId" required cdkFocusInitial>
            @for (fn of data.functions; track fn.id) {
              <mat-option [value]="fn.id"
                >{{ fn.title }} ({{ fn.unitName }})</mat-option
              >
            }
          </mat-select>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.functionId.errors"
              [field]="'carving.unitScan.record.function' | transloco"
            />
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <jcw-dialog-actions submitLabel="carving.unitScan.record.submit" />
    </form>
  `,
  styleUrl: '../forms/dialog-form.scss',
})
export class RecordTaskDialog {
  protected readonly data = inject<RecordTaskDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<RecordTaskDialog, string>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    functionId: [
      this.data.functions.length === 1 ? this.data.functions[0].id : '',
      Validators.required,
    ],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.ref.close(this.form.getRawValue().functionId);
  }
}
