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
  PublishTemplateRequest,
  Sector,
  SECTORS,
  TemplateDto,
} from '@jcw/shared-contracts';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, Language, Outcome } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';

export interface PublishTemplateDialogData {
  title: string;
  description: string;
  language: Language;
  /** Publishes; the dialog stays open with the reason when that fails. */
  publish: (request: PublishTemplateRequest) => Promise<Outcome<TemplateDto>>;
}

/** "Publiceren als sjabloon": shares the package's tasks without names or costs. */
@Component({
  selector: 'jcw-publish-template-dialog',
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
      {{ 'carving.composer.template.title' | transloco }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'carving.composer.template.intro' | transloco }}</p>
        @if (failure(); as failure) {
          <jcw-error-alert
            [failure]="failure"
            titleKey="carving.composer.template.failed"
            [language]="data.language"
          />
        }
        <mat-form-field appearance="outline">
          <mat-label>{{
            'carving.composer.template.name' | transloco
          }}</mat-label>
          <input matInput formControlName="title" required cdkFocusInitial />
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.title.errors"
              [field]="'carving.composer.template.name' | transloco"
            />
          </mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{
            'carving.composer.template.sector' | transloco
          }}</mat-label>
          <mat-select formControlName="sector">
            <mat-option [value]="null">{{
              'carving.composer.template.anySector' | transloco
            }}</mat-option>
            @for (sector of sectors; track sector) {
              <mat-option [value]="sector">{{
                'sector.' + sector | transloco
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{
            'carving.composer.template.description' | transloco
          }}</mat-label>
          <textarea
            matInput
            formControlName="description"
            rows="3"
            required
          ></textarea>
          <mat-error>
            <jcw-field-error
              [errors]="form.controls.description.errors"
              [field]="'carving.composer.template.description' | transloco"
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
            (saving() ? 'common.saving' : 'carving.composer.template.submit')
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
export class PublishTemplateDialog {
  protected readonly data = inject<PublishTemplateDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<PublishTemplateDialog, TemplateDto>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly sectors = SECTORS;
  protected readonly form = this.fb.group({
    title: [this.data.title, [Validators.required, Validators.maxLength(200)]],
    sector: this.fb.control<Sector | null>(null),
    description: [
      this.data.description,
      [Validators.required, Validators.maxLength(4000)],
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
    const outcome = await this.data.publish({
      title: value.title.trim(),
      sector: value.sector,
      description: value.description.trim(),
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
