import { LowerCasePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, ParamMap, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DemandLevels,
  FunctionDto,
  TaskDto,
  TaskWriteRequest,
} from '@jcw/shared-contracts';
import {
  DEMAND_CATALOGUE,
  DEMAND_DIMENSION_KEYS,
  EDUCATION_LEVELS,
  EducationLevel,
  NO_SCHEDULE_NEEDS,
  suggestCarvable,
  TASK_FREQUENCIES,
  TaskFrequency,
} from '@jcw/shared-domain';
import { AuthStore, FunctionEditorStore } from '@jcw/web-shared-data-access';
import {
  ConfirmDialog,
  ConfirmDialogData,
  ErrorAlert,
  FieldError,
} from '@jcw/web-shared-ui';
import { ApiFailure } from '@jcw/web-shared-util';
import { firstValueFrom, startWith } from 'rxjs';
import { Announcement } from '../admin/announcement';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { CarvableBadge } from './carvable-badge';
import { formatHours, parseSkills, rubricGroups } from './carving-format';

type Level = 0 | 1 | 2;

/** One non-zero demand of a task as the task table shows it, e.g. "Concentratie: gemiddeld". */
export interface InlineDemand {
  key: string;
  label: string;
  level: 1 | 2;
}

/**
 * One regular function: its fields and its tasks, each with hours, frequency, complexity, skills,
 * flags and a demand level per dimension grouped by FML rubric, plus the product's suggestion
 * whether the task can be carved. Managers read; hr advisers edit.
 */
@Component({
  selector: 'jcw-function-editor-page',
  imports: [
    CarvableBadge,
    LowerCasePipe,
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [FunctionEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './function-editor-page.html',
  styleUrls: ['../admin/admin-page.scss', './carving.scss'],
})
export class FunctionEditorPage {
  protected readonly store = inject(FunctionEditorStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly mayWrite = this.auth.hasRole(...ACCESS.carvingWrite);
  protected readonly frequencies = TASK_FREQUENCIES;
  protected readonly educationLevels = EDUCATION_LEVELS;
  protected readonly levels: readonly Level[] = [0, 1, 2];
  protected readonly groups = computed(() => rubricGroups(this.language()));

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly functionForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    payScale: ['', Validators.maxLength(40)],
    employerCostPerHour: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
    ]),
    employeeCount: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(1),
    ]),
    contractHoursPerWeek: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(60),
    ]),
  });

  protected readonly taskForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(4000)],
    hoursPerWeek: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0.1),
    ]),
    frequency: this.fb.control<TaskFrequency>('daily'),
    complexity: this.fb.control<EducationLevel>('none'),
    skills: [''],
    leftUndone: [false],
    solitary: [false],
    demands: this.fb.group<Record<string, FormControl<Level>>>(
      Object.fromEntries(
        DEMAND_DIMENSION_KEYS.map((key) => [key, this.fb.control<Level>(0)]),
      ),
    ),
  });

  /** The task being edited; null while adding a new one. */
  protected readonly editing = signal<TaskDto | null>(null);
  protected readonly functionFailure = signal<ApiFailure | null>(null);
  protected readonly taskFailure = signal<ApiFailure | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  private readonly taskValue = toSignal(
    this.taskForm.valueChanges.pipe(startWith(null)),
  );

  /** The suggestion for the task as it is being typed, from the shared domain rule. */
  protected readonly liveSuggestion = computed(() => {
    this.taskValue();
    const value = this.taskForm.getRawValue();
    return suggestCarvable({
      id: 'draft',
      name: value.name,
      sourceFunctionId: 'draft',
      hoursPerWeek: Number(value.hoursPerWeek) || 0,
      frequency: value.frequency,
      fixedTimeWindow: null,
      complexity: value.complexity,
      demands: value.demands,
      skills: parseSkills(value.skills),
      leftUndone: value.leftUndone,
      solitary: value.solitary,
      scheduleNeeds: NO_SCHEDULE_NEEDS,
    });
  });

  constructor() {
    const route = inject(ActivatedRoute);
    route.paramMap
      .pipe(takeUntilDestroyed())
      .subscribe((params) => this.store.load(params.get('id') ?? ''));
    if (this.mayWrite) {
      this.prefillFromQuery(route.snapshot.queryParamMap);
    }
    effect(() => {
      const fn = this.store.fn();
      if (fn) {
        untracked(() => this.fillFunction(fn));
      }
    });
    if (!this.mayWrite) {
      this.functionForm.disable();
    }
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  /** The task's non-zero demands in catalogue order, labelled in the active language. */
  protected inlineDemands(demands: DemandLevels): InlineDemand[] {
    const language = this.language();
    return DEMAND_CATALOGUE.flatMap((dimension) => {
      const level = demands[dimension.key];
      return level === 1 || level === 2
        ? [{ key: dimension.key, label: dimension.label[language], level }]
        : [];
    });
  }

  /**
   * A task handed over from the unit scan ("Als taak vastleggen"): `name`, `hoursPerWeek` and
   * `leftUndone` from the query string land in "Taak toevoegen", so the adviser only has to
   * check them and add frequency, complexity and demands before saving.
   */
  private prefillFromQuery(query: ParamMap): void {
    const name = query.get('name')?.trim();
    if (!name) return;
    const hours = Number(query.get('hoursPerWeek'));
    this.taskForm.patchValue({
      name: name.slice(0, 200),
      hoursPerWeek: Number.isFinite(hours) && hours > 0 ? hours : null,
      leftUndone: query.get('leftUndone') === 'true',
    });
    this.taskForm.markAsDirty();
    const done = effect(() => {
      if (!this.store.fn()) return;
      untracked(() => {
        this.announcement.set({
          key: 'carving.editor.task.prefilled',
          params: { name },
        });
        this.focusTaskForm();
      });
      done.destroy();
    });
  }

  protected async saveFunction(): Promise<void> {
    if (this.store.saving()) return;
    this.functionFailure.set(null);
    this.announcement.set(null);
    if (this.functionForm.invalid) {
      this.functionForm.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.functionForm.getRawValue();
    const payScale = value.payScale.trim();
    const outcome = await this.store.update({
      title: value.title.trim(),
      payScale: payScale === '' ? null : payScale,
      employerCostPerHour: Number(value.employerCostPerHour),
      employeeCount: Number(value.employeeCount),
      contractHoursPerWeek: Number(value.contractHoursPerWeek),
    });
    if (!outcome.ok) {
      showServerErrors(this.functionForm, outcome.failure.fieldErrors);
      this.functionFailure.set(outcome.failure);
      return;
    }
    this.announcement.set({ key: 'carving.editor.saved' });
  }

  protected editTask(task: TaskDto): void {
    this.editing.set(task);
    this.taskFailure.set(null);
    this.taskForm.reset({
      name: task.name,
      description: task.description ?? '',
      hoursPerWeek: task.hoursPerWeek,
      frequency: task.frequency,
      complexity: task.complexity,
      skills: task.skills.join(', '),
      leftUndone: task.leftUndone,
      solitary: task.solitary,
      demands: this.demandValues(task.demands),
    });
    this.focusTaskForm();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.resetTaskForm();
  }

  protected async saveTask(): Promise<void> {
    if (this.store.saving()) return;
    this.taskFailure.set(null);
    this.announcement.set(null);
    if (this.taskForm.invalid) {
      this.taskForm.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const request = this.taskRequest();
    const editing = this.editing();
    const outcome = editing
      ? await this.store.updateTask(editing.id, request)
      : await this.store.addTask(request);
    if (!outcome.ok) {
      showServerErrors(this.taskForm, outcome.failure.fieldErrors);
      this.taskFailure.set(outcome.failure);
      return;
    }
    this.announcement.set({
      key: editing
        ? 'carving.editor.task.updated'
        : 'carving.editor.task.added',
      params: { name: outcome.value.name },
    });
    this.editing.set(null);
    this.resetTaskForm();
  }

  protected async deleteTask(task: TaskDto): Promise<void> {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.transloco.translate(key, params);
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: t('carving.editor.task.confirmTitle'),
            message: t('carving.editor.task.confirmMessage', {
              name: task.name,
            }),
            confirm: t('carving.editor.task.confirm'),
            cancel: t('common.cancel'),
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.taskFailure.set(null);
    const outcome = await this.store.removeTask(task.id);
    if (!outcome.ok) {
      this.taskFailure.set(outcome.failure);
      return;
    }
    if (this.editing()?.id === task.id) this.cancelEdit();
    this.announcement.set({
      key: 'carving.editor.task.deleted',
      params: { name: task.name },
    });
  }

  private taskRequest(): TaskWriteRequest {
    const value = this.taskForm.getRawValue();
    const demands: DemandLevels = {};
    for (const [key, level] of Object.entries(value.demands)) {
      const numeric = Number(level) as Level;
      if (numeric > 0) demands[key] = numeric;
    }
    const description = value.description.trim();
    return {
      name: value.name.trim(),
      description: description === '' ? null : description,
      hoursPerWeek: Number(value.hoursPerWeek),
      frequency: value.frequency,
      complexity: value.complexity,
      demands,
      skills: parseSkills(value.skills),
      leftUndone: value.leftUndone,
      solitary: value.solitary,
    };
  }

  private demandValues(demands: DemandLevels): Record<string, Level> {
    return Object.fromEntries(
      DEMAND_DIMENSION_KEYS.map((key) => [key, demands[key] ?? 0]),
    );
  }

  private resetTaskForm(): void {
    this.taskForm.reset({
      name: '',
      description: '',
      hoursPerWeek: null,
      frequency: 'daily',
      complexity: 'none',
      skills: '',
      leftUndone: false,
      solitary: false,
      demands: this.demandValues({}),
    });
  }

  private focusTaskForm(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLInputElement>('#task-name')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private fillFunction(fn: FunctionDto): void {
    this.functionForm.reset({
      title: fn.title,
      payScale: fn.payScale ?? '',
      employerCostPerHour: fn.employerCostPerHour,
      employeeCount: fn.employeeCount,
      contractHoursPerWeek: fn.contractHoursPerWeek,
    });
  }
}
