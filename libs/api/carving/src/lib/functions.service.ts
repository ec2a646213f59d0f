import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  FunctionDto,
  FunctionSummaryDto,
  TaskDto,
} from '@jcw/shared-contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor, RequestContext } from '@jcw/api-platform';
import { AuditService, OrgUnitEntity } from '@jcw/api-identity';
import { CarvingAccess, UnitScope, inScope } from './carving-access';
import type {
  CreateFunctionDto,
  CreateTaskDto,
  UpdateFunctionDto,
  UpdateTaskDto,
} from './carving.dto';
import { CarvingFunctionEntity, CarvingTaskEntity } from './carving.entities';
import { CarvingErrorCode, CarvingException } from './carving.exception';
import {
  allocatedHoursByTask,
  toFunctionDto,
  toFunctionSummary,
  toTaskDto,
} from './carving.mapping';

/**
 * Regular functions and their tasks. Advisers write; managers read the functions of their unit
 * subtree. A task's hours can never drop below what live packages already took from it.
 */
@Injectable()
export class FunctionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CarvingAccess,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<FunctionSummaryDto[]> {
    const manager = this.dataSource.manager;
    const scope = await this.access.unitScope(actor);
    const functions = await manager.find(CarvingFunctionEntity, {
      where: {
        organisationId: this.access.organisationOf(actor),
        ...(scope === null ? {} : { unitId: In([...scope]) }),
      },
      order: { title: 'ASC' },
    });
    const details = await this.withTasks(manager, functions);
    return details.map(toFunctionSummary);
  }

  async read(actor: Actor, id: string): Promise<FunctionDto> {
    const manager = this.dataSource.manager;
    const fn = await this.findVisible(
      manager,
      actor,
      id,
      await this.access.unitScope(actor),
    );
    return (await this.withTasks(manager, [fn]))[0];
  }

  async create(
    actor: Actor,
    request: CreateFunctionDto,
    context: RequestContext,
  ): Promise<FunctionDto> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.access.ownUnit(
        manager,
        actor,
        request.unitId,
        'unitId',
      );
      const fn = await manager.save(
        CarvingFunctionEntity,
        manager.create(CarvingFunctionEntity, {
          organisationId: unit.organisationId,
          unitId: unit.id,
          title: request.title,
          payScale: request.payScale ?? null,
          employerCostPerHour: request.employerCostPerHour,
          employeeCount: request.employeeCount,
          contractHoursPerWeek: request.contractHoursPerWeek,
        }),
      );
      await this.record(
        manager,
        actor,
        context,
        'entity.created',
        'function',
        fn.id,
        Object.keys(request),
      );
      return toFunctionDto(fn, unit.name, []);
    });
  }

  async update(
    actor: Actor,
    id: string,
    request: UpdateFunctionDto,
    context: RequestContext,
  ): Promise<FunctionDto> {
    return this.dataSource.transaction(async (manager) => {
      const fn = await this.findVisible(manager, actor, id, null, true);
      if (request.unitId !== undefined)
        await this.access.ownUnit(manager, actor, request.unitId, 'unitId');
      const changed = assignChanged(fn, request);
      if (changed.length > 0) {
        await manager.save(CarvingFunctionEntity, fn);
        await this.record(
          manager,
          actor,
          context,
          'entity.updated',
          'function',
          fn.id,
          changed,
        );
      }
      return (await this.withTasks(manager, [fn]))[0];
    });
  }

  async remove(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const fn = await this.findVisible(manager, actor, id, null, true);
      const taskIds = (
        await manager.find(CarvingTaskEntity, {
          where: { functionId: fn.id },
          lock: { mode: 'pessimistic_write' },
        })
      ).map((task) => task.id);
      await this.assertUnallocated(manager, taskIds, 'id');
      await manager.delete(CarvingFunctionEntity, { id: fn.id });
      await this.record(
        manager,
        actor,
        context,
        'entity.deleted',
        'function',
        fn.id,
        [],
      );
    });
  }

  async createTask(
    actor: Actor,
    functionId: string,
    request: CreateTaskDto,
    context: RequestContext,
  ): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      const fn = await this.findVisible(manager, actor, functionId, null);
      const task = await manager.save(
        CarvingTaskEntity,
        manager.create(CarvingTaskEntity, {
          organisationId: fn.organisationId,
          functionId: fn.id,
          name: request.name,
          description: request.description ?? null,
          hoursPerWeek: request.hoursPerWeek,
          frequency: request.frequency,
          windowFrom: request.fixedTimeWindow?.from ?? null,
          windowUntil: request.fixedTimeWindow?.until ?? null,
          complexity: request.complexity,
          demands: withoutZeros(request.demands ?? {}),
          skills: normaliseSkills(request.skills ?? []),
          leftUndone: request.leftUndone ?? false,
          solitary: request.solitary ?? false,
          evenings: request.scheduleNeeds?.evenings ?? false,
          nights: request.scheduleNeeds?.nights ?? false,
          weekends: request.scheduleNeeds?.weekends ?? false,
        }),
      );
      await this.record(
        manager,
        actor,
        context,
        'entity.created',
        'task',
        task.id,
        Object.keys(request),
      );
      return toTaskDto(task, 0);
    });
  }

  async updateTask(
    actor: Actor,
    functionId: string,
    taskId: string,
    request: UpdateTaskDto,
    context: RequestContext,
  ): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.findTask(manager, actor, functionId, taskId);
      // The lock on the task row is what package writers take too, so this check and their
      // allocation checks cannot interleave.
      const allocated =
        (await allocatedHoursByTask(manager, [task.id])).get(task.id) ?? 0;
      if (
        request.hoursPerWeek !== undefined &&
        request.hoursPerWeek < allocated - 1e-9
      ) {
        throw new CarvingException(
          CarvingErrorCode.TaskOverAllocated,
          'Packages already take more hours from this task',
          [
            {
              field: 'hoursPerWeek',
              message: `hoursPerWeek must be at least ${allocated}, the hours live packages already take from this task`,
            },
          ],
        );
      }
      const { fixedTimeWindow, scheduleNeeds, demands, skills, ...plain } =
        request;
      const changed = assignChanged(task, plain);
      if (fixedTimeWindow !== undefined) {
        task.windowFrom = fixedTimeWindow?.from ?? null;
        task.windowUntil = fixedTimeWindow?.until ?? null;
        changed.push('fixedTimeWindow');
      }
      if (scheduleNeeds !== undefined) {
        Object.assign(task, scheduleNeeds);
        changed.push('scheduleNeeds');
      }
      if (demands !== undefined) {
        task.demands = withoutZeros(demands);
        changed.push('demands');
      }
      if (skills !== undefined) {
        task.skills = normaliseSkills(skills);
        changed.push('skills');
      }
      if (changed.length > 0) {
        await manager.save(CarvingTaskEntity, task);
        await this.record(
          manager,
          actor,
          context,
          'entity.updated',
          'task',
          task.id,
          changed,
        );
      }
      return toTaskDto(task, allocated);
    });
  }

  async removeTask(
    actor: Actor,
    functionId: string,
    taskId: string,
    context: RequestContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const task = await this.findTask(manager, actor, functionId, taskId);
      await this.assertUnallocated(manager, [task.id], 'taskId');
      await manager.delete(CarvingTaskEntity, { id: task.id });
      await this.record(
        manager,
        actor,
        context,
        'entity.deleted',
        'task',
        task.id,
        [],
      );
    });
  }

  /** The function with its tasks and their remaining hours, in two queries for any number. */
  private async withTasks(
    manager: EntityManager,
    functions: readonly CarvingFunctionEntity[],
  ): Promise<FunctionDto[]> {
    if (functions.length === 0) return [];
    const tasks = await manager.find(CarvingTaskEntity, {
      where: { functionId: In(functions.map((fn) => fn.id)) },
      order: { createdAt: 'ASC' },
    });
    const units = await manager.findBy(OrgUnitEntity, {
      id: In([...new Set(functions.map((fn) => fn.unitId))]),
    });
    const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
    const allocated = await allocatedHoursByTask(
      manager,
      tasks.map((task) => task.id),
    );
    return functions.map((fn) =>
      toFunctionDto(
        fn,
        unitNames.get(fn.unitId) ?? '',
        tasks
          .filter((task) => task.functionId === fn.id)
          .map((task) => toTaskDto(task, allocated.get(task.id) ?? 0)),
      ),
    );
  }

  /** `scope` null = every unit of the organisation (writers are advisers, who see all). */
  private async findVisible(
    manager: EntityManager,
    actor: Actor,
    id: string,
    scope: UnitScope,
    forUpdate = false,
  ): Promise<CarvingFunctionEntity> {
    const fn = await manager.findOne(CarvingFunctionEntity, {
      where: { id, organisationId: this.access.organisationOf(actor) },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!fn || !inScope(scope, fn.unitId))
      throw CarvingException.notFound('Function');
    return fn;
  }

  private async findTask(
    manager: EntityManager,
    actor: Actor,
    functionId: string,
    taskId: string,
  ): Promise<CarvingTaskEntity> {
    const task = await manager.findOne(CarvingTaskEntity, {
      where: {
        id: taskId,
        functionId,
        organisationId: this.access.organisationOf(actor),
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (!task) throw CarvingException.notFound('Task');
    return task;
  }

  private async assertUnallocated(
    manager: EntityManager,
    taskIds: readonly string[],
    field: string,
  ): Promise<void> {
    if (taskIds.length === 0) return;
    // Closed packages count too: their allocations are the record of what was carved.
    const [{ count }]: Array<{ count: string }> = await manager.query(
      `SELECT COUNT(*) AS count FROM package_allocations WHERE task_id = ANY($1)`,
      [taskIds],
    );
    if (Number(count) > 0) {
      throw new CarvingException(
        CarvingErrorCode.TaskInUse,
        'Packages use this task; remove it from them first',
        [
          {
            field,
            message: `${field} is used by ${count} package allocation(s)`,
          },
        ],
      );
    }
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    context: RequestContext,
    action: AuditAction,
    entityType: string,
    entityId: string,
    changedFields: string[],
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        organisationId: this.access.organisationOf(actor),
        actorUserId: actor.userId,
        entityType,
        entityId,
        changedFields: [...changedFields].sort(),
        requestId: context.requestId,
      },
      manager,
    );
  }
}

/** Copies the defined fields that differ onto the entity; returns their names. */
export function assignChanged<T extends object>(
  entity: T,
  request: Partial<Record<keyof T, unknown>>,
): string[] {
  const changed: string[] = [];
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined) continue;
    const current = (entity as Record<string, unknown>)[key];
    if (JSON.stringify(current) !== JSON.stringify(value)) {
      (entity as Record<string, unknown>)[key] = value;
      changed.push(key);
    }
  }
  return changed;
}

/** Missing means 0, so zeros are not stored: profiles stay sparse and compare equal. */
function withoutZeros<T extends Record<string, number>>(levels: T): T {
  return Object.fromEntries(
    Object.entries(levels).filter(([, level]) => level !== 0),
  ) as T;
}

/** One vocabulary of skill tags with tasks and candidates: trimmed, lower case, once each. */
export function normaliseSkills(skills: readonly string[]): string[] {
  return [
    ...new Set(
      skills.map((skill) => skill.trim().toLowerCase()).filter(Boolean),
    ),
  ].sort();
}
