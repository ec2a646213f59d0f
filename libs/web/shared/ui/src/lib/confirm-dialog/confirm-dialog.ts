import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';

/** Already-translated texts: the caller knows what is being confirmed. */
export interface ConfirmDialogData {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
}

/**
 * Asks before a destructive action; closes with `true` only when confirmed. Cancel comes first
 * and gets the initial focus, so pressing Enter straight away never deletes anything.
 */
@Component({
  selector: 'jcw-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ data.cancel }}
      </button>
      <button mat-flat-button type="button" (click)="confirm()">
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);

  protected confirm(): void {
    this.ref.close(true);
  }
}
