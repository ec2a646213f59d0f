import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { UnitDto, UpdateUserRequest, UserDto } from '@jcw/shared-contracts';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, Language, Outcome, TreeNode } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../../forms/form-errors';
import { rolesForm, selectedRoles } from './roles-form';
import { RolesFieldset } from './roles-fieldset';

export interface UserEditDialogData {
  user: UserDto;
  /** Units in reading order, for the unit select. */
  units: TreeNode<UnitDto>[];
  language: Language;
  /** Saves the change; the dialog stays open with the reason when that fails. */
  save: (request: UpdateUserRequest) => Promise<Outcome<UserDto>>;
}

/** Changes a user's roles, unit and whether they may sign in. */
@Component({
  selector: 'jcw-user-edit-dialog',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    ReactiveFormsModule,
    RolesFieldset,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-edit-dialog.html',
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
})
export class UserEditDialog {
  protected readonly data = inject<UserEditDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<UserEditDialog, UserDto>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    roles: rolesForm(this.data.user.roles),
    unitId: this.fb.control<string | null>(this.data.user.unitId),
    active: this.fb.control(this.data.user.active),
  });
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly saving = signal(false);

  protected rolesInvalid(): boolean {
    const roles = this.form.controls.roles;
    return roles.invalid && (roles.touched || this.formDirective().submitted);
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const { unitId, active } = this.form.getRawValue();
    this.saving.set(true);
    const outcome = await this.data.save({
      roles: selectedRoles(this.form.controls.roles, this.data.user.roles),
      unitId,
      active,
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
