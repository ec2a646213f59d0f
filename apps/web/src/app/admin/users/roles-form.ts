import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
} from '@angular/forms';
import { Role, ROLES } from '@jcw/shared-contracts';

/** Platform administration is granted outside an organisation, never by its own admin. */
export type AssignableRole = Exclude<Role, 'superadmin'>;

export const ASSIGNABLE_ROLES: readonly AssignableRole[] = ROLES.filter(
  (role): role is AssignableRole => role !== 'superadmin',
);

/** One checkbox per role; at least one must be ticked. */
export type RolesForm = FormGroup<Record<AssignableRole, FormControl<boolean>>>;

export function rolesForm(selected: readonly Role[] = []): RolesForm {
  const controls = Object.fromEntries(
    ASSIGNABLE_ROLES.map((role) => [
      role,
      new FormControl(selected.includes(role), { nonNullable: true }),
    ]),
  ) as Record<AssignableRole, FormControl<boolean>>;
  return new FormGroup(controls, { validators: atLeastOneRole });
}

/** The ticked roles, plus any role this form cannot grant that the user already had. */
export function selectedRoles(
  form: RolesForm,
  keep: readonly Role[] = [],
): Role[] {
  const ticked = ASSIGNABLE_ROLES.filter((role) => form.controls[role].value);
  const untouchable = keep.filter(
    (role) => !(ASSIGNABLE_ROLES as readonly Role[]).includes(role),
  );
  return [...untouchable, ...ticked];
}

function atLeastOneRole(group: AbstractControl): ValidationErrors | null {
  const values = Object.values(group.value as Record<string, boolean>);
  return values.some(Boolean) ? null : { rolesRequired: true };
}
