import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { UNIT_KINDS, UnitDto, UnitKind } from '@jcw/shared-contracts';
import { UnitsStore } from '@jcw/web-shared-data-access';
import {
  ConfirmDialog,
  ConfirmDialogData,
  ErrorAlert,
  FieldError,
  UnitTree,
} from '@jcw/web-shared-ui';
import { ApiFailure, flattenTree } from '@jcw/web-shared-util';
import { firstValueFrom } from 'rxjs';
import { focusFirstInvalid, showServerErrors } from '../../forms/form-errors';
import { LanguagePreference } from '../../i18n/language-preference';
import { Announcement } from '../announcement';
import { UnitRenameDialog, UnitRenameDialogData } from './unit-rename-dialog';

/** The usual kind one level down, so "add under" needs no extra choice most of the time. */
const CHILD_KIND: Record<UnitKind, UnitKind> = {
  directorate: 'department',
  department: 'team',
  team: 'team',
};

/** "Eenheden": the organisation's unit tree, with adding, renaming and deleting units. */
@Component({
  selector: 'jcw-units-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
    UnitTree,
  ],
  providers: [UnitsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './units-page.html',
  styleUrl: '../admin-page.scss',
})
export class UnitsPage implements OnInit {
  protected readonly store = inject(UnitsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly nameInput =
    viewChild.required<ElementRef<HTMLInputElement>>('nameInput');
  private readonly treeHeading =
    viewChild.required<ElementRef<HTMLElement>>('treeHeading');
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly kinds = UNIT_KINDS;
  protected readonly parentOptions = computed(() =>
    flattenTree(this.store.tree()),
  );

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    kind: this.fb.control<UnitKind>('directorate'),
    parentId: this.fb.control<string | null>(null),
  });
  protected readonly createFailure = signal<ApiFailure | null>(null);
  protected readonly removeFailure = signal<ApiFailure | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  ngOnInit(): void {
    this.store.load();
  }

  /** Prepares the form for a unit under `parent` and takes the user there. */
  protected addUnder(parent: UnitDto): void {
    this.form.patchValue({
      parentId: parent.id,
      kind: CHILD_KIND[parent.kind],
    });
    // focus() also scrolls the field into view.
    this.nameInput().nativeElement.focus();
  }

  protected async create(): Promise<void> {
    if (this.store.saving()) {
      return;
    }
    this.createFailure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const { name, kind, parentId } = this.form.getRawValue();
    const outcome = await this.store.create({
      name: name.trim(),
      kind,
      parentId,
    });
    if (!outcome.ok) {
      showServerErrors(this.form, outcome.failure.fieldErrors);
      this.createFailure.set(outcome.failure);
      return;
    }
    this.announcement.set({
      key: 'units.created',
      params: { name: outcome.value.name },
    });
    // The parent and kind stay: adding several teams to one department is the common case.
    // resetForm (not reset) also clears "submitted", or the empty name would show as an error.
    this.formDirective().resetForm({ name: '', kind, parentId });
  }

  protected rename(unit: UnitDto): void {
    this.dialog
      .open<UnitRenameDialog, UnitRenameDialogData, UnitDto>(UnitRenameDialog, {
        data: {
          unit,
          language: this.language(),
          save: (name) => this.store.rename(unit.id, name),
        },
        width: '32rem',
      })
      .afterClosed()
      .subscribe((renamed) => {
        if (renamed) {
          this.announcement.set({
            key: 'units.renamed',
            params: { name: renamed.name },
          });
        }
      });
  }

  protected async remove(unit: UnitDto): Promise<void> {
    this.removeFailure.set(null);
    const t = (key: string) =>
      this.transloco.translate(key, { name: unit.name });
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: t('units.remove.title'),
            message: t('units.remove.message'),
            confirm: t('units.remove.confirm'),
            cancel: t('common.cancel'),
          },
          role: 'alertdialog',
        })
        .afterClosed(),
    );
    if (!confirmed) {
      return;
    }
    const outcome = await this.store.remove(unit.id);
    if (!outcome.ok) {
      this.removeFailure.set(outcome.failure);
      return;
    }
    this.announcement.set({
      key: 'units.removed',
      params: { name: unit.name },
    });
    // The deleted unit's buttons are gone; the tree's heading is the nearest sensible place.
    this.treeHeading().nativeElement.focus();
  }
}
