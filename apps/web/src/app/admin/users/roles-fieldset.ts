import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldError } from '@jcw/web-shared-ui';
import { ASSIGNABLE_ROLES, RolesForm } from './roles-form';

let nextId = 0;

/**
 * The role checkboxes as one group with a legend, and its error below it, referenced from every
 * checkbox so a screen reader reads it with whichever option has focus.
 */
@Component({
  selector: 'jcw-roles-fieldset',
  imports: [FieldError, MatCheckboxModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="roles" [formGroup]="group()">
      <legend>{{ 'users.form.roles' | transloco }}</legend>
      <div class="roles__options">
        @for (role of roles; track role) {
          <mat-checkbox
            [formControlName]="role"
            [aria-describedby]="showError() ? errorId : ''"
            >{{ 'role.' + role | transloco }}</mat-checkbox
          >
        }
      </div>
      @if (showError()) {
        <p class="roles__error" [id]="errorId">
          <jcw-field-error [errors]="errors()" />
        </p>
      }
    </fieldset>
  `,
  styles: `
    .roles {
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }

    legend {
      padding: 0 0.25rem;
      font: var(--mat-sys-label-large);
    }

    .roles__options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }

    .roles__error {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RolesFieldset {
  readonly group = input.required<RolesForm>();
  /** Passed in (not read from the group) so this OnPush view updates when they change. */
  readonly errors = input<ValidationErrors | null>(null);
  readonly showError = input(false);

  protected readonly roles = ASSIGNABLE_ROLES;
  protected readonly errorId = `roles-error-${++nextId}`;
}
