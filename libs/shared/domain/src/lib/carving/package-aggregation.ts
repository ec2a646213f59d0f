/** What a carved package adds up to while it is composed: hours, jobs, profile, errors and warnings. */
import {
  DEMAND_DIMENSION_KEYS,
  DemandDimensionKey,
} from '../demands/catalogue';
import { DemandProfile } from '../demands/feasibility';
import { DemandLevel } from '../demands/levels';
import { ScheduleNeeds, combineScheduleNeeds } from '../demands/working-hours';
import { jobUnitsForWeeklyHours } from '../job-units';
import { CarvingTask, EducationLevel, highestEducationLevel } from './task';

/** Part of a task's weekly hours taken into a package; a task may be split over packages. */
export interface TaskAllocation {
  readonly task: CarvingTask;
  readonly hoursPerWeek: number;
}

/** A new work package composed of (parts of) tasks, possibly from several functions and units. */
export interface CarvedPackage {
  readonly allocations: readonly TaskAllocation[];
}

/** The organisation's smallest and largest package in hours per week (inclusive). */
export interface PackageHourBounds {
  readonly minHoursPerWeek: number;
  readonly maxHoursPerWeek: number;
}

export const DEFAULT_PACKAGE_HOUR_BOUNDS: PackageHourBounds =
  /* @__PURE__ */ Object.freeze({
    minHoursPerWeek: 4,
    maxHoursPerWeek: 40,
  });

/** Packages of at least this many hours a week qualify for funded jobcoaching. */
export const FUNDED_JOBCOACHING_MIN_HOURS_PER_WEEK = 12;

/**
 * Sums of hours drift (6.5 + 1.3 ...), so "more than the task has" allows this much slack
 * rather than flagging an error the user cannot see in the rounded numbers.
 */
const HOURS_TOLERANCE = 1e-9;

export type PackageError =
  | { readonly code: 'no_tasks' }
  | {
      readonly code: 'invalid_allocation_hours';
      readonly taskId: string;
      readonly hoursPerWeek: number;
    }
  | {
      readonly code: 'task_over_allocated';
      readonly taskId: string;
      readonly taskHoursPerWeek: number;
      /** In this package plus elsewhere. */
      readonly allocatedHoursPerWeek: number;
      readonly allocatedElsewhereHoursPerWeek: number;
    }
  | {
      readonly code: 'hours_below_minimum';
      readonly hoursPerWeek: number;
      readonly minHoursPerWeek: number;
    }
  | {
      readonly code: 'hours_above_maximum';
      readonly hoursPerWeek: number;
      readonly maxHoursPerWeek: number;
    };

export type PackageWarning =
  | {
      readonly code: 'no_funded_jobcoaching';
      readonly hoursPerWeek: number;
      readonly minHoursPerWeek: number;
    }
  | { readonly code: 'isolating_job' };

export interface PackageValidationContext {
  /** Defaults to 4-40 hours a week. */
  readonly bounds?: PackageHourBounds;
  /**
   * Hours per week per task id already allocated in other live packages (not this one's own
   * saved allocations), so a task is not handed out twice over.
   */
  readonly hoursAllocatedElsewhere?: Readonly<Record<string, number>>;
}

export interface PackageSummary {
  readonly hoursPerWeek: number;
  /** Unrounded; round with roundJobUnits only for display. */
  readonly jobUnits: number;
  readonly demandProfile: DemandProfile;
  readonly skills: readonly string[];
  readonly complexity: EducationLevel;
  readonly scheduleNeeds: ScheduleNeeds;
  readonly errors: readonly PackageError[];
  readonly warnings: readonly PackageWarning[];
}

function isValidHours(hours: number): boolean {
  return Number.isFinite(hours) && hours > 0;
}

/**
 * Hours an allocation counts for. Invalid hours (empty, zero, negative) count as 0 so totals
 * stay usable while someone is still typing; packageErrors reports them instead.
 */
export function countedAllocationHours(allocation: TaskAllocation): number {
  return isValidHours(allocation.hoursPerWeek) ? allocation.hoursPerWeek : 0;
}

/** Distinct tasks in order of first allocation: a task split over two lines is one task. */
function distinctTasks(pkg: CarvedPackage): CarvingTask[] {
  const byId = new Map<string, CarvingTask>();
  for (const { task } of pkg.allocations) {
    if (!byId.has(task.id)) byId.set(task.id, task);
  }
  return [...byId.values()];
}

export function packageHoursPerWeek(pkg: CarvedPackage): number {
  return pkg.allocations.reduce(
    (sum, allocation) => sum + countedAllocationHours(allocation),
    0,
  );
}

/** Jobs the package counts for under the job agreement (hours / 25.5). */
export function packageJobUnits(pkg: CarvedPackage): number {
  return jobUnitsForWeeklyHours(packageHoursPerWeek(pkg));
}

/**
 * The highest demand per dimension over its tasks: one heavy task makes the package heavy.
 * Lists every dimension some task rated, including explicit zeros, in catalogue order.
 */
export function packageDemandProfile(pkg: CarvedPackage): DemandProfile {
  const tasks = distinctTasks(pkg);
  const profile: Partial<Record<DemandDimensionKey, DemandLevel>> = {};
  for (const key of DEMAND_DIMENSION_KEYS) {
    const levels = tasks.flatMap((task) => {
      const level = task.demands[key];
      return level === undefined ? [] : [level];
    });
    if (levels.length > 0) profile[key] = Math.max(...levels) as DemandLevel;
  }
  return profile;
}

/** Every skill any task asks, once each, sorted so the result is stable between renders. */
export function packageSkills(pkg: CarvedPackage): string[] {
  return [...new Set(distinctTasks(pkg).flatMap((task) => task.skills))].sort();
}

/** The highest complexity of its tasks; the person must manage all of them. */
export function packageComplexity(pkg: CarvedPackage): EducationLevel {
  return highestEducationLevel(
    distinctTasks(pkg).map((task) => task.complexity),
  );
}

export function packageScheduleNeeds(pkg: CarvedPackage): ScheduleNeeds {
  return combineScheduleNeeds(
    distinctTasks(pkg).map((task) => task.scheduleNeeds),
  );
}

/** What makes the package impossible to save as it is; empty when it can be saved. */
export function packageErrors(
  pkg: CarvedPackage,
  context: PackageValidationContext = {},
): PackageError[] {
  if (pkg.allocations.length === 0) return [{ code: 'no_tasks' }];
  const errors: PackageError[] = [];
  const allocatedHere = new Map<string, number>();
  for (const { task, hoursPerWeek } of pkg.allocations) {
    if (!isValidHours(hoursPerWeek)) {
      errors.push({
        code: 'invalid_allocation_hours',
        taskId: task.id,
        hoursPerWeek,
      });
      continue;
    }
    allocatedHere.set(
      task.id,
      (allocatedHere.get(task.id) ?? 0) + hoursPerWeek,
    );
  }
  for (const task of distinctTasks(pkg)) {
    const elsewhere = context.hoursAllocatedElsewhere?.[task.id] ?? 0;
    const allocated = (allocatedHere.get(task.id) ?? 0) + elsewhere;
    if (allocated > task.hoursPerWeek + HOURS_TOLERANCE) {
      errors.push({
        code: 'task_over_allocated',
        taskId: task.id,
        taskHoursPerWeek: task.hoursPerWeek,
        allocatedHoursPerWeek: allocated,
        allocatedElsewhereHoursPerWeek: elsewhere,
      });
    }
  }
  const bounds = context.bounds ?? DEFAULT_PACKAGE_HOUR_BOUNDS;
  const hoursPerWeek = packageHoursPerWeek(pkg);
  if (hoursPerWeek < bounds.minHoursPerWeek - HOURS_TOLERANCE) {
    errors.push({
      code: 'hours_below_minimum',
      hoursPerWeek,
      minHoursPerWeek: bounds.minHoursPerWeek,
    });
  }
  if (hoursPerWeek > bounds.maxHoursPerWeek + HOURS_TOLERANCE) {
    errors.push({
      code: 'hours_above_maximum',
      hoursPerWeek,
      maxHoursPerWeek: bounds.maxHoursPerWeek,
    });
  }
  return errors;
}

/** Lessons from practice the composer should weigh; they do not block saving. */
export function packageWarnings(pkg: CarvedPackage): PackageWarning[] {
  const tasks = distinctTasks(pkg);
  if (tasks.length === 0) return [];
  const warnings: PackageWarning[] = [];
  const hoursPerWeek = packageHoursPerWeek(pkg);
  if (hoursPerWeek < FUNDED_JOBCOACHING_MIN_HOURS_PER_WEEK - HOURS_TOLERANCE) {
    warnings.push({
      code: 'no_funded_jobcoaching',
      hoursPerWeek,
      minHoursPerWeek: FUNDED_JOBCOACHING_MIN_HOURS_PER_WEEK,
    });
  }
  if (tasks.every((task) => task.solitary)) {
    warnings.push({ code: 'isolating_job' });
  }
  return warnings;
}

/** Everything the composing screen shows, in one call, recomputed on every change. */
export function summarisePackage(
  pkg: CarvedPackage,
  context: PackageValidationContext = {},
): PackageSummary {
  return {
    hoursPerWeek: packageHoursPerWeek(pkg),
    jobUnits: packageJobUnits(pkg),
    demandProfile: packageDemandProfile(pkg),
    skills: packageSkills(pkg),
    complexity: packageComplexity(pkg),
    scheduleNeeds: packageScheduleNeeds(pkg),
    errors: packageErrors(pkg, context),
    warnings: packageWarnings(pkg),
  };
}
