import {
  ChangeDetectionStrategy,
  Component,
  inject,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { UnitDto, UpdateUserRequest, UserDto } from '@jcw/shared-contracts';
import { Language, Outcome, TreeNode } from '@jcw/web-shared-util';
import { DIALOG_FORM_IMPORTS } from '../../forms/dialog-form';
import { FormSubmission } from '../../forms/form-submission';
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
    DIALOG_FORM_IMPORTS,
    MatCheckboxModule,
    MatSelectModule,
    RolesFieldset,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-edit-dialog.html',
  styleUrl: '../../forms/dialog-form.scss',
})
export class UserEditDialog {
  protected readonly data = inject<UserEditDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<UserEditDialog, UserDto>>(MatDialogRef);
  protected readonly submission = new FormSubmission();
  private readonly formDirective = viewChild.required(FormGroupDirective);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    roles: rolesForm(this.data.user.roles),
    unitId: this.fb.control<string | null>(this.data.user.unitId),
    active: this.fb.control(this.data.user.active),
  });

  protected rolesInvalid(): boolean {
    const roles = this.form.controls.roles;
    return roles.invalid && (roles.touched || this.formDirective().submitted);
  }

  protected async submit(): Promise<void> {
    const saved = await this.submission.run(this.form, () => {
      const { unitId, active } = this.form.getRawValue();
      return this.data.save({
        roles: selectedRoles(this.form.controls.roles, this.data.user.roles),
        unitId,
        active,
      });
    });
    if (saved) this.ref.close(saved);
  }
}
