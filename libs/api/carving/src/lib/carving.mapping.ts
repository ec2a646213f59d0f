/** Entity <-> domain <-> response mapping, and the one query for hours already handed out. */
import type {
  FunctionDto,
  FunctionSummaryDto,
  PackageAllocationDto,
  PackageDto,
  TaskDto,
} from '@jcw/shared-contracts';
import {
  CarvedPackage,
  CarvingTask,
  summarisePackage,
  suggestCarvable,
} from '@jcw/shared-domain';
import type { EntityManager } from 'typeorm';
import type {
  CarvedPackageEntity,
  CarvingFunctionEntity,
  CarvingTaskEntity,
} from './carving.entities';

/** Hours to two decimals, the precision the columns keep; sums of numerics drift otherwise. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/**
 * Hours per task held by live (not closed) packages, optionally leaving one package out (the
 * one being rewritten). Callers that go on to write must hold the tasks' row locks first.
 */
export async function allocatedHoursByTask(
  manager: EntityManager,
  taskIds: readonly string[],
  excludePackageId: string | null = null,
): Promise<Map<string, number>> {
  if (taskIds.length === 0) return new Map();
  const rows: Array<{ task_id: string; hours: string }> = await manager.query(
    `SELECT a.task_id, SUM(a.hours_per_week) AS hours
       FROM package_allocations a JOIN carved_packages p ON p.id = a.package_id
      WHERE a.task_id = ANY($1) AND p.status <> 'closed'
        AND ($2::uuid IS NULL OR p.id <> $2::uuid)
      GROUP BY a.task_id`,
    [taskIds, excludePackageId],
  );
  return new Map(rows.map((row) => [row.task_id, Number(row.hours)]));
}

export function toDomainTask(task: CarvingTaskEntity): CarvingTask {
  return {
    id: task.id,
    name: task.name,
    sourceFunctionId: task.functionId,
    hoursPerWeek: task.hoursPerWeek,
    frequency: task.frequency,
    fixedTimeWindow:
      task.windowFrom && task.windowUntil
        ? { from: task.windowFrom, until: task.windowUntil }
        : null,
    complexity: task.complexity,
    demands: task.demands,
    skills: task.skills,
    leftUndone: task.leftUndone,
    solitary: task.solitary,
    scheduleNeeds: {
      evenings: task.evenings,
      nights: task.nights,
      weekends: task.weekends,
    },
  };
}

export function toTaskDto(
  task: CarvingTaskEntity,
  allocatedHoursPerWeek: number,
): TaskDto {
  const domainTask = toDomainTask(task);
  const suggestion = suggestCarvable(domainTask);
  return {
    id: task.id,
    functionId: task.functionId,
    name: task.name,
    description: task.description,
    hoursPerWeek: task.hoursPerWeek,
    frequency: task.frequency,
    fixedTimeWindow: domainTask.fixedTimeWindow,
    complexity: task.complexity,
    demands: task.demands,
    skills: task.skills,
    leftUndone: task.leftUndone,
    solitary: task.solitary,
    scheduleNeeds: domainTask.scheduleNeeds,
    allocatedHoursPerWeek: roundHours(allocatedHoursPerWeek),
    remainingHoursPerWeek: roundHours(
      Math.max(0, task.hoursPerWeek - allocatedHoursPerWeek),
    ),
    carvable: suggestion.carvable,
    notCarvableReasons: [...suggestion.reasons],
  };
}

export function toFunctionDto(
  fn: CarvingFunctionEntity,
  unitName: string,
  tasks: readonly TaskDto[],
): FunctionDto {
  return {
    id: fn.id,
    unitId: fn.unitId,
    unitName,
    title: fn.title,
    payScale: fn.payScale,
    employerCostPerHour: fn.employerCostPerHour,
    employeeCount: fn.employeeCount,
    contractHoursPerWeek: fn.contractHoursPerWeek,
    tasks: [...tasks],
    updatedAt: fn.updatedAt.toISOString(),
  };
}

export function toFunctionSummary(dto: FunctionDto): FunctionSummaryDto {
  const sum = (values: number[]) =>
    roundHours(values.reduce((total, value) => total + value, 0));
  return {
    id: dto.id,
    unitId: dto.unitId,
    unitName: dto.unitName,
    title: dto.title,
    payScale: dto.payScale,
    employeeCount: dto.employeeCount,
    taskCount: dto.tasks.length,
    carvableTaskCount: dto.tasks.filter((task) => task.carvable).length,
    taskHoursPerWeek: sum(dto.tasks.map((task) => task.hoursPerWeek)),
    remainingHoursPerWeek: sum(
      dto.tasks.map((task) => task.remainingHoursPerWeek),
    ),
  };
}

/** One allocation with what the response shows of its task, function and unit. */
export interface LoadedAllocation {
  task: CarvingTaskEntity;
  functionTitle: string;
  unitId: string;
  unitName: string;
  hoursPerWeek: number;
}

export function toPackageDto(
  pkg: CarvedPackageEntity,
  unitName: string,
  allocations: readonly LoadedAllocation[],
): PackageDto {
  const carved: CarvedPackage = {
    allocations: allocations.map((allocation) => ({
      task: toDomainTask(allocation.task),
      hoursPerWeek: allocation.hoursPerWeek,
    })),
  };
  const summary = summarisePackage(carved);
  return {
    id: pkg.id,
    unitId: pkg.unitId,
    unitName,
    title: pkg.title,
    description: pkg.description,
    status: pkg.status,
    version: pkg.version,
    carvedJobPayScale: pkg.carvedJobPayScale,
    carvedJobCostPerHour: pkg.carvedJobCostPerHour,
    workplacePostcode: pkg.workplacePostcode,
    workplaceLatitude: pkg.workplaceLatitude,
    workplaceLongitude: pkg.workplaceLongitude,
    accommodationsOffered: [...pkg.accommodationsOffered],
    allocations: allocations.map(
      (allocation): PackageAllocationDto => ({
        taskId: allocation.task.id,
        taskName: allocation.task.name,
        functionId: allocation.task.functionId,
        functionTitle: allocation.functionTitle,
        unitId: allocation.unitId,
        unitName: allocation.unitName,
        hoursPerWeek: allocation.hoursPerWeek,
        leftUndone: allocation.task.leftUndone,
        solitary: allocation.task.solitary,
      }),
    ),
    summary: {
      hoursPerWeek: roundHours(summary.hoursPerWeek),
      jobUnits: summary.jobUnits,
      demandProfile: { ...summary.demandProfile },
      skills: [...summary.skills],
      complexity: summary.complexity,
      scheduleNeeds: summary.scheduleNeeds,
      warnings: [...summary.warnings],
    },
    publishedAt: pkg.publishedAt ? pkg.publishedAt.toISOString() : null,
    updatedAt: pkg.updatedAt.toISOString(),
  };
}
