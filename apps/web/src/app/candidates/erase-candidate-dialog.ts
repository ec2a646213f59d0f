import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export interface EraseCandidateDialogData {
  name: string;
}

/** Navigation state the profile page hands to the list after an erasure, which announces it. */
export interface ErasedCandidateState {
  erasedName: string;
}

export function isErasedCandidateState(
  state: unknown,
): state is ErasedCandidateState {
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof (state as Partial<ErasedCandidateState>).erasedName === 'string'
  );
}

/**
 * Asks before erasing a candidate and says exactly what goes and what stays for the quota
 * count. Cancel comes first and has the initial focus, so Enter never erases anyone.
 */
@Component({
  selector: 'jcw-erase-candidate-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'candidates.profile.erase.dialogTitle' | transloco: data }}
    </h2>
    <mat-dialog-content>
      <h3>{{ 'candidates.profile.erase.removed' | transloco }}</h3>
      <p>{{ 'candidates.profile.erase.removedItems' | transloco }}</p>
      <h3>{{ 'candidates.profile.erase.kept' | transloco }}</h3>
      <p>{{ 'candidates.profile.erase.keptItems' | transloco }}</p>
      <p>
        <strong>{{
          'candidates.profile.erase.irreversible' | transloco
        }}</strong>
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        [mat-dialog-close]="false"
        cdkFocusInitial
      >
        {{ 'candidates.profile.erase.cancel' | transloco }}
      </button>
      <button mat-flat-button type="button" (click)="confirm()">
        {{ 'candidates.profile.erase.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
})
export class EraseCandidateDialog {
  protected readonly data = inject<EraseCandidateDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<EraseCandidateDialog, boolean>>(MatDialogRef);

  protected confirm(): void {
    this.ref.close(true);
  }
}
