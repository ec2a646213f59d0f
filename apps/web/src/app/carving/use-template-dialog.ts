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
  FunctionSummaryDto,
  InstantiateTemplateRequest,
  PackageDto,
  TemplateDto,
} from '@jcw/shared-contracts';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, Language, Outcome } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';

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
      {{
        'carving.templates.dialog.title'
          | transloco: { title: data.template.title }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'carving.templates.dialog.intro' | transloco }}</p>
        @if (failure(); as failure) {
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
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="saving()">
          {{
            (saving() ? 'common.saving' : 'carving.templates.dialog.submit')
              | transloco
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
export class UseTemplateDialog {
  protected readonly data = inject<UseTemplateDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<UseTemplateDialog, PackageDto>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    functionId: this.fb.control<string | null>(null, Validators.required),
    title: [
      this.data.template.title,
      [Validators.required, Validators.maxLength(200)],
    ],
  });
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly saving = signal(false);

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    const outcome = await this.data.instantiate({
      functionId: value.functionId as string,
      title: value.title.trim(),
    });
    this.saving.set(false);
    if (outcome.ok) {
      this.ref.close(outcome.value);
      return;
    }
    showServerErrors(this.form, outcome.failure.fieldErrors);
    this.failure.set(outcome.failure);
  }
}
