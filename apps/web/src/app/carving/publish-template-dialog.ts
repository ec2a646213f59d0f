import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  PublishTemplateRequest,
  Sector,
  SECTORS,
  TemplateDto,
} from '@jcw/shared-contracts';
import { Language, Outcome } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FormSubmission } from '../forms/form-submission';

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
  imports: [DIALOG_FORM_IMPORTS, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'carving.composer.template.title' | transloco }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'carving.composer.template.intro' | transloco }}</p>
        @if (submission.failure(); as failure) {
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
      <jcw-dialog-actions
        submitLabel="carving.composer.template.submit"
        [saving]="submission.saving()"
      />
    </form>
  `,
  styleUrl: '../forms/dialog-form.scss',
})
export class PublishTemplateDialog {
  protected readonly data = inject<PublishTemplateDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<PublishTemplateDialog, TemplateDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();
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

  protected async submit(): Promise<void> {
    const template = await this.submission.run(this.form, () => {
      const value = this.form.getRawValue();
      return this.data.publish({
        title: value.title.trim(),
        sector: value.sector,
        description: value.description.trim(),
      });
    });
    if (template) this.ref.close(template);
  }
}
