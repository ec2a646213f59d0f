import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ScanCandidateTaskDto,
  ScanTaskEntry,
  UnitScanDto,
} from '@jcw/shared-contracts';
import {
  AuthStore,
  FunctionsStore,
  UnitScansStore,
  UnitsStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, formatDateTime } from '@jcw/web-shared-util';
import { firstValueFrom } from 'rxjs';
import { Announcement } from '../admin/announcement';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { formatHours } from './carving-format';
import { RecordTaskDialog, RecordTaskDialogData } from './record-task-dialog';

type Workload = 1 | 2 | 3 | 4 | 5;
type TaskListName = 'tasksLeftUndone' | 'tasksBelowEducationLevel';

type TaskRow = FormGroup<{
  name: FormControl<string>;
  hoursPerWeek: FormControl<number | null>;
}>;

/**
 * "Eenheidsscan": the government's step-by-step guide for one unit. The adviser records the unit's
 * core tasks, what is left undone, overtime, temporary staff, the workload felt and the tasks done
 * below staff's education level; the API turns that into candidate tasks to review for carving.
 * Managers read earlier scans; only hr advisers fill in the form.
 */
@Component({
  selector: 'jcw-unit-scan-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [UnitScansStore, UnitsStore, FunctionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-scan-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    './carving.scss',
    './unit-scan-page.scss',
  ],
})
export class UnitScanPage {
  protected readonly store = inject(UnitScansStore);
  protected readonly units = inject(UnitsStore);
  private readonly functions = inject(FunctionsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly mayWrite = inject(AuthStore).hasRole(
    ...ACCESS.carvingWrite,
  );
  protected readonly workloads: readonly Workload[] = [1, 2, 3, 4, 5];
  protected readonly taskLists: readonly TaskListName[] = [
    'tasksLeftUndone',
    'tasksBelowEducationLevel',
  ];

  /** Outside the form: it also chooses whose earlier scans are listed, for managers too. */
  protected readonly unit = this.fb.control('', Validators.required);

  protected readonly form = this.fb.group({
    coreTasks: ['', Validators.maxLength(4000)],
    tasksLeftUndone: this.fb.array<TaskRow>([]),
    overtimeHoursPerWeek: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(10_000),
    ]),
    temporaryStaffHoursPerWeek: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(10_000),
    ]),
    experiencedWorkload: this.fb.control<Workload | null>(
      null,
      Validators.required,
    ),
    tasksBelowEducationLevel: this.fb.array<TaskRow>([]),
    notes: ['', Validators.maxLength(4000)],
  });

  /** Its `resetForm()` also clears "submitted", so no field shows an error after a save. */
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);
  /** Set after a submit attempt, so the workload question shows its message only then. */
  protected readonly submitted = signal(false);

  protected readonly unitName = computed(
    () =>
      this.units.units().find((unit) => unit.id === this.store.unitId())
        ?.name ?? '',
  );

  constructor() {
    this.units.load();
    if (this.mayWrite) {
      this.functions.load();
    }
    this.unit.valueChanges.pipe(takeUntilDestroyed()).subscribe((unitId) => {
      if (unitId) this.store.load(unitId);
    });
  }

  protected rows(list: TaskListName): FormArray<TaskRow> {
    return this.form.controls[list];
  }

  protected addRow(list: TaskListName): void {
    const rows = this.rows(list);
    rows.push(
      this.fb.group({
        name: ['', [Validators.required, Validators.maxLength(200)]],
        hoursPerWeek: this.fb.control<number | null>(null, [
          Validators.required,
          Validators.min(0.25),
          Validators.max(1000),
        ]),
      }),
    );
    this.focus(`#${list}-${rows.length - 1}-name`);
  }

  protected removeRow(list: TaskListName, index: number): void {
    this.rows(list).removeAt(index);
    // Focus would otherwise fall back to the page; the add button is where the user carries on.
    this.focus(`#${list}-add`);
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }

  protected async submit(): Promise<void> {
    if (this.store.saving()) return;
    this.failure.set(null);
    this.announcement.set(null);
    this.submitted.set(true);
    if (this.unit.invalid || this.form.invalid) {
      this.unit.markAsTouched();
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const notes = value.notes.trim();
    const outcome = await this.store.create({
      unitId: this.unit.value,
      coreTasks: value.coreTasks
        .split('\n')
        .map((task) => task.trim())
        .filter((task) => task !== ''),
      tasksLeftUndone: this.entries(value.tasksLeftUndone),
      tasksBelowEducationLevel: this.entries(value.tasksBelowEducationLevel),
      overtimeHoursPerWeek: Number(value.overtimeHoursPerWeek),
      temporaryStaffHoursPerWeek: Number(value.temporaryStaffHoursPerWeek),
      experiencedWorkload: value.experiencedWorkload as Workload,
      notes: notes === '' ? null : notes,
    });
    if (!outcome.ok) {
      showServerErrors(this.form, outcome.failure.fieldErrors);
      this.failure.set(outcome.failure);
      return;
    }
    this.announcement.set({
      key: 'carving.unitScan.saved',
      params: { count: outcome.value.candidateTasks.length },
    });
    this.resetForm();
    this.focus(`#scan-${outcome.value.id}`);
  }

  /** Opens the function the adviser picks, with "Taak toevoegen" filled in from the candidate. */
  protected async recordAsTask(
    scan: UnitScanDto,
    task: ScanCandidateTaskDto,
  ): Promise<void> {
    const all = this.functions.functions();
    const functions = [
      ...all.filter((fn) => fn.unitId === scan.unitId),
      ...all.filter((fn) => fn.unitId !== scan.unitId),
    ];
    const functionId = await firstValueFrom(
      this.dialog
        .open<
          RecordTaskDialog,
          RecordTaskDialogData,
          string
        >(RecordTaskDialog, { data: { task, functions }, width: '32rem' })
        .afterClosed(),
    );
    if (!functionId) return;
    await this.router.navigate(['/functies', functionId], {
      queryParams: {
        name: task.name,
        hoursPerWeek: task.hoursPerWeek,
        leftUndone: task.origin === 'left_undone',
      },
    });
  }

  private entries(
    rows: Array<{ name: string; hoursPerWeek: number | null }>,
  ): ScanTaskEntry[] {
    return rows.map((row) => ({
      name: row.name.trim(),
      hoursPerWeek: Number(row.hoursPerWeek),
    }));
  }

  private resetForm(): void {
    this.form.controls.tasksLeftUndone.clear();
    this.form.controls.tasksBelowEducationLevel.clear();
    const directive = this.formDirective();
    if (directive) {
      directive.resetForm();
    } else {
      this.form.reset();
    }
    this.submitted.set(false);
  }

  private focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
