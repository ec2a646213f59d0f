import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  FunctionSummaryDto,
  InstantiateTemplateRequest,
  PackageDto,
  TemplateDto,
} from '@jcw/shared-contracts';
import { Language, Outcome } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FormSubmission } from '../forms/form-submission';

export interface UseTemplateDialogData {
  template: TemplateDto;
  functions: readonly FunctionSummaryDto[];
  language: Language;
  /** Drafts the package; the dialog stays open with the reason when that fails. */
  instantiate: (
    request: InstantiateTemplateRequest,
  ) => Promise<Outcome<PackageDto>>;
}

/** "Sjabloon gebruiken": picks the function the template's tasks land in, then drafts a package. */
@Component({
  selector: 'jcw-use-template-dialog',
  imports: [DIALOG_FORM_IMPORTS, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        'carving.templates.dialog.title'
          | transloco: { title: data.template.title }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'carving.templates.dialog.intro' | transloco }}</p>
        @if (submission.failure(); as failure) {
          <jcw-error-alert
            [failure]="failure"
            titleKey="carving.templates.dialog.failed"
            [language]="data.language"
          />
        }
        @if (data.functions.length === 0) {
          <p>{{ 'carving.templates.dialog.noFunctions' | transloco }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{
            'carving.templates.dialog.function' | transloco
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
              [field]="'carving.templates.dialog.function' | transloco"
            />
          </mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{
            'carving.templates.dialog.packageTitle' | transloco
          }}</mat-label>
          <input matInput formControlName="title" required />
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.title.errors"
              [field]="'carving.templates.dialog.packageTitle' | transloco"
            />
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <jcw-dialog-actions
        submitLabel="carving.templates.dialog.submit"
        [saving]="submission.saving()"
      />
    </form>
  `,
  styleUrl: '../forms/dialog-form.scss',
})
export class UseTemplateDialog {
  protected readonly data = inject<UseTemplateDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<UseTemplateDialog, PackageDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    functionId: this.fb.control<string | null>(null, Validators.required),
    title: [
      this.data.template.title,
      [Validators.required, Validators.maxLength(200)],
    ],
  });

  protected async submit(): Promise<void> {
    const drafted = await this.submission.run(this.form, () => {
      const value = this.form.getRawValue();
      return this.data.instantiate({
        functionId: value.functionId as string,
        title: value.title.trim(),
      });
    });
    if (drafted) this.ref.close(drafted);
  }
}
