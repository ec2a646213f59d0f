import { computed, inject, Injectable, signal } from '@angular/core';
import {
  FunctionDto,
  FunctionSummaryDto,
  PackageAllocationDto,
  PackageDto,
  PackageVersionDto,
  PackageWriteRequest,
  PublishTemplateRequest,
  TaskDto,
  TemplateDto,
} from '@jcw/shared-contracts';
import {
  CarvingTask,
  NO_SCHEDULE_NEEDS,
  PackageSummary,
  summarisePackage,
  TaskAllocation,
} from '@jcw/shared-domain';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { tap } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';
import { ListState } from '../http/list-state';
import { CarvingApi, PdfLanguage } from './carving.api';
import { ValueState } from './value-state';

/** One line of the package being composed; hours may be NaN while someone is typing. */
export interface DraftAllocation {
  taskId: string;
  hoursPerWeek: number;
}

/** The package's own fields, from the composer's form. */
export type PackageHeader = Omit<PackageWriteRequest, 'allocations'>;

/** A task the composer can offer, with what is left of it once this draft is counted. */
export interface AvailableTask {
  task: TaskDto;
  functionTitle: string;
  unitName: string;
  /** Hours in other live packages. */
  allocatedElsewhereHoursPerWeek: number;
  /** Hours in this draft. */
  allocatedHereHoursPerWeek: number;
  /** Negative when the draft asks more than is left. */
  remainingHoursPerWeek: number;
}

/** A line of the draft as the composer shows it. */
export interface CompositionLine extends DraftAllocation {
  taskName: string;
  functionTitle: string;
  unitName: string;
  /** null until the task's function has loaded. */
  available: AvailableTask | null;
}

/** Statuses whose allocations count against a task's hours (not closed). */
const LIVE = new Set(['draft', 'published', 'filled']);
/** A filled or closed package is history: it can be read, not changed. */
const EDITABLE = new Set(['draft', 'published']);

export function toCarvingTask(task: TaskDto): CarvingTask {
  return {
    id: task.id,
    name: task.name,
    sourceFunctionId: task.functionId,
    hoursPerWeek: task.hoursPerWeek,
    frequency: task.frequency,
    fixedTimeWindow: task.fixedTimeWindow,
    complexity: task.complexity,
    demands: task.demands,
    skills: task.skills,
    leftUndone: task.leftUndone,
    solitary: task.solitary,
    scheduleNeeds: task.scheduleNeeds,
  };
}

/**
 * Stands in for a saved task whose function has not loaded yet: its hours count, but it can
 * raise no over-allocation error and adds nothing to the profile until the real task arrives.
 */
function placeholderTask(allocation: PackageAllocationDto): CarvingTask {
  return {
    id: allocation.taskId,
    name: allocation.taskName,
    sourceFunctionId: allocation.functionId,
    hoursPerWeek: Number.POSITIVE_INFINITY,
    frequency: 'irregular',
    fixedTimeWindow: null,
    complexity: 'none',
    demands: {},
    skills: [],
    leftUndone: allocation.leftUndone,
    solitary: allocation.solitary,
    scheduleNeeds: NO_SCHEDULE_NEEDS,
  };
}

function hoursByTask(
  allocations: readonly DraftAllocation[],
): Map<string, number> {
  const hours = new Map<string, number>();
  for (const { taskId, hoursPerWeek } of allocations) {
    const counted =
      Number.isFinite(hoursPerWeek) && hoursPerWeek > 0 ? hoursPerWeek : 0;
    hours.set(taskId, (hours.get(taskId) ?? 0) + counted);
  }
  return hours;
}

/**
 * The package composer: the saved package, the draft lines being composed, the tasks they can
 * come from (function details loaded lazily), and the live summary computed by the shared
 * domain's `summarisePackage` on every change. Provided by the page.
 */
@Injectable()
export class PackageComposerStore {
  private readonly api = inject(CarvingApi);
  private readonly saved = new ValueState<PackageDto>();
  private readonly functionList = new ListState<FunctionSummaryDto>();
  private readonly versionsState = new ValueState<PackageVersionDto[]>();
  private readonly detailState = signal<{
    functions: Readonly<Record<string, FunctionDto>>;
    loading: ReadonlySet<string>;
    error: ApiFailure | null;
    /** Per task: hours in other live packages, fixed when its function arrived. */
    elsewhere: Readonly<Record<string, number>>;
  }>({ functions: {}, loading: new Set(), error: null, elsewhere: {} });
  private readonly draft = signal<DraftAllocation[]>([]);
  private readonly acting = signal(false);

  readonly pkg = this.saved.value;
  readonly loading = this.saved.loading;
  readonly error = this.saved.error;
  readonly saving = computed(() => this.saved.saving() || this.acting());

  readonly functions = computed(() =>
    [...this.functionList.items()].sort((a, b) =>
      a.title.localeCompare(b.title, 'nl', { sensitivity: 'base' }),
    ),
  );
  readonly functionsLoading = this.functionList.loading;
  readonly functionsError = this.functionList.error;
  readonly functionDetails = computed(() => this.detailState().functions);
  readonly functionDetailError = computed(() => this.detailState().error);

  readonly versions = computed(() => this.versionsState.value() ?? []);
  readonly versionsLoading = this.versionsState.loading;
  readonly versionsError = this.versionsState.error;

  readonly allocations = this.draft.asReadonly();

  /** New packages and drafts or published ones can change; filled and closed ones cannot. */
  readonly editable = computed(() => {
    const pkg = this.pkg();
    return pkg === null || EDITABLE.has(pkg.status);
  });

  /** True when the draft lines differ from what was last saved. */
  readonly allocationsChanged = computed(() => {
    const saved = this.pkg()?.allocations ?? [];
    const draft = this.draft();
    return (
      saved.length !== draft.length ||
      saved.some(
        (each, index) =>
          each.taskId !== draft[index].taskId ||
          each.hoursPerWeek !== draft[index].hoursPerWeek,
      )
    );
  });

  private readonly tasksById = computed(() => {
    const byId = new Map<string, { task: TaskDto; fn: FunctionDto }>();
    for (const fn of Object.values(this.detailState().functions)) {
      for (const task of fn.tasks) byId.set(task.id, { task, fn });
    }
    return byId;
  });

  /** Every loaded task with what remains of it, by task id. */
  readonly availableTasks = computed(() => {
    const here = hoursByTask(this.draft());
    const elsewhere = this.detailState().elsewhere;
    const result = new Map<string, AvailableTask>();
    for (const [id, { task, fn }] of this.tasksById()) {
      const allocatedElsewhere = elsewhere[id] ?? 0;
      const allocatedHere = here.get(id) ?? 0;
      result.set(id, {
        task,
        functionTitle: fn.title,
        unitName: fn.unitName,
        allocatedElsewhereHoursPerWeek: allocatedElsewhere,
        allocatedHereHoursPerWeek: allocatedHere,
        remainingHoursPerWeek:
          task.hoursPerWeek - allocatedElsewhere - allocatedHere,
      });
    }
    return result;
  });

  readonly lines = computed<CompositionLine[]>(() => {
    const available = this.availableTasks();
    const saved = new Map(
      (this.pkg()?.allocations ?? []).map((each) => [each.taskId, each]),
    );
    return this.draft().map((allocation) => {
      const known = available.get(allocation.taskId) ?? null;
      const savedLine = saved.get(allocation.taskId);
      return {
        ...allocation,
        taskName: known?.task.name ?? savedLine?.taskName ?? '',
        functionTitle: known?.functionTitle ?? savedLine?.functionTitle ?? '',
        unitName: known?.unitName ?? savedLine?.unitName ?? '',
        available: known,
      };
    });
  });

  /** Hours, jobs, profile, skills, complexity, errors and warnings of the draft, live. */
  readonly summary = computed<PackageSummary>(() => {
    const known = this.tasksById();
    const saved = new Map(
      (this.pkg()?.allocations ?? []).map((each) => [each.taskId, each]),
    );
    const allocations: TaskAllocation[] = this.draft().flatMap(
      ({ taskId, hoursPerWeek }) => {
        const loaded = known.get(taskId);
        if (loaded) return [{ task: toCarvingTask(loaded.task), hoursPerWeek }];
        const savedLine = saved.get(taskId);
        return savedLine
          ? [{ task: placeholderTask(savedLine), hoursPerWeek }]
          : [];
      },
    );
    return summarisePackage(
      { allocations },
      { hoursAllocatedElsewhere: this.detailState().elsewhere },
    );
  });

  /** A fresh, empty package. */
  startNew(): void {
    this.saved.set(null);
    this.draft.set([]);
    this.versionsState.set(null);
  }

  /** The package and, once it has arrived, the functions its tasks come from. */
  load(id: string): void {
    this.saved.load(
      this.api.getPackage(id).pipe(
        tap((pkg) => {
          this.draft.set(draftOf(pkg));
          for (const functionId of new Set(
            pkg.allocations.map((each) => each.functionId),
          )) {
            this.loadFunction(functionId);
          }
        }),
      ),
    );
  }

  loadFunctions(): void {
    this.functionList.load(this.api.listFunctions());
  }

  /** Loads a function's tasks once; asking again while it loads or after does nothing. */
  loadFunction(functionId: string): void {
    const state = this.detailState();
    if (state.functions[functionId] || state.loading.has(functionId)) return;
    this.detailState.update((current) => ({
      ...current,
      loading: new Set([...current.loading, functionId]),
      error: null,
    }));
    const done = (update: (current: typeof state) => typeof state) =>
      this.detailState.update((current) => {
        const loading = new Set(current.loading);
        loading.delete(functionId);
        return update({ ...current, loading });
      });
    this.api.getFunction(functionId).subscribe({
      next: (fn) =>
        done((current) => ({
          ...current,
          functions: { ...current.functions, [fn.id]: fn },
          elsewhere: { ...current.elsewhere, ...this.elsewhereOf(fn) },
        })),
      error: (error: unknown) =>
        done((current) => ({ ...current, error: toApiFailure(error) })),
    });
  }

  isFunctionLoading(functionId: string): boolean {
    return this.detailState().loading.has(functionId);
  }

  /** Adds a task with the hours left of it (at least 1); a task already in the draft stays as is. */
  addTask(taskId: string): boolean {
    if (this.draft().some((each) => each.taskId === taskId)) return false;
    const remaining = this.availableTasks().get(taskId)?.remainingHoursPerWeek;
    const hoursPerWeek =
      remaining !== undefined && remaining > 0
        ? Math.round(remaining * 100) / 100
        : 1;
    this.draft.update((draft) => [...draft, { taskId, hoursPerWeek }]);
    return true;
  }

  setHours(taskId: string, hoursPerWeek: number): void {
    this.draft.update((draft) =>
      draft.map((each) =>
        each.taskId === taskId ? { ...each, hoursPerWeek } : each,
      ),
    );
  }

  removeTask(taskId: string): void {
    this.draft.update((draft) =>
      draft.filter((each) => each.taskId !== taskId),
    );
  }

  /** Creates the package (as a draft) or saves the changes; a published one gets a new version. */
  save(header: PackageHeader): Promise<Outcome<PackageDto>> {
    const request: PackageWriteRequest = {
      ...header,
      allocations: this.draft().map(({ taskId, hoursPerWeek }) => ({
        taskId,
        hoursPerWeek,
      })),
    };
    const pkg = this.pkg();
    return this.saved.save(
      pkg
        ? this.api.updatePackage(pkg.id, request)
        : this.api.createPackage(request),
      (_current, savedPkg) => this.adopt(savedPkg),
    );
  }

  /** 422 `PACKAGE_INVALID` with details when the package breaks a rule. */
  publish(): Promise<Outcome<PackageDto>> {
    return this.saved.save(
      this.api.publishPackage(this.requireId()),
      (_current, savedPkg) => this.adopt(savedPkg),
    );
  }

  close(): Promise<Outcome<PackageDto>> {
    return this.saved.save(
      this.api.closePackage(this.requireId()),
      (_current, savedPkg) => this.adopt(savedPkg),
    );
  }

  loadVersions(): void {
    this.versionsState.load(this.api.packageVersions(this.requireId()));
  }

  async downloadPdf(lang: PdfLanguage): Promise<Outcome<Blob>> {
    this.acting.set(true);
    const outcome = await outcomeOf(
      this.api.packagePdf(this.requireId(), lang),
    );
    this.acting.set(false);
    return outcome;
  }

  async publishAsTemplate(
    request: PublishTemplateRequest,
  ): Promise<Outcome<TemplateDto>> {
    this.acting.set(true);
    const outcome = await outcomeOf(
      this.api.publishTemplate(this.requireId(), request),
    );
    this.acting.set(false);
    return outcome;
  }

  private adopt(pkg: PackageDto): PackageDto {
    this.draft.set(draftOf(pkg));
    return pkg;
  }

  /**
   * A task's `allocatedHoursPerWeek` counts this package's saved hours too (when it is live);
   * what is left is what other packages hold, and that does not change when this one is saved.
   */
  private elsewhereOf(fn: FunctionDto): Record<string, number> {
    const pkg = this.pkg();
    const here =
      pkg && LIVE.has(pkg.status)
        ? hoursByTask(pkg.allocations)
        : new Map<string, number>();
    return Object.fromEntries(
      fn.tasks.map((task) => [
        task.id,
        Math.max(0, task.allocatedHoursPerWeek - (here.get(task.id) ?? 0)),
      ]),
    );
  }

  private requireId(): string {
    const pkg = this.pkg();
    if (!pkg) {
      throw new Error(
        'PackageComposerStore: the package has not been saved yet',
      );
    }
    return pkg.id;
  }
}

function draftOf(pkg: PackageDto): DraftAllocation[] {
  return pkg.allocations.map(({ taskId, hoursPerWeek }) => ({
    taskId,
    hoursPerWeek,
  }));
}
