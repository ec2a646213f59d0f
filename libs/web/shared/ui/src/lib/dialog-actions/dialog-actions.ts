import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The footer of a dialog with a form: "Annuleren" closes it, the submit button sends the form.
 * Place it inside the `<form>` so Enter in a field submits. While `saving` the button says so
 * and is `aria-disabled` (not `disabled`, so it keeps focus and stays announced); a dialog that
 * sends nothing (it only closes with the choice) leaves `saving` unset.
 */
@Component({
  selector: 'jcw-dialog-actions',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>
        {{ 'common.cancel' | transloco }}
      </button>
      <button mat-flat-button type="submit" [attr.aria-disabled]="saving()">
        {{ (saving() ? 'common.saving' : submitLabel()) | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  // No box of its own: the actions stay laid out as a direct part of the dialog.
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class DialogActions {
  /** Translation key of the submit button's text, e.g. `common.save`. */
  readonly submitLabel = input.required<string>();
  readonly saving = input<boolean>();
}
