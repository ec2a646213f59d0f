import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { DialogActions, ErrorAlert, FieldError } from '@jcw/web-shared-ui';

/**
 * What every dialog with a form puts in its `imports`: the dialog's title, content and footer
 * (`jcw-dialog-actions`), reactive form fields with their messages and the API's error alert.
 * Each dialog adds the controls it uses (`MatInputModule`, `MatSelectModule`, ...). Its styles
 * come from `dialog-form.scss` next to this file.
 */
export const DIALOG_FORM_IMPORTS = [
  DialogActions,
  ErrorAlert,
  FieldError,
  MatDialogModule,
  MatFormFieldModule,
  ReactiveFormsModule,
  TranslocoPipe,
] as const;
