import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  BusinessCaseDto,
  PackageDto,
  PackageListItemDto,
  PackageStatus,
  PackageVersionDto,
} from '@jcw/shared-contracts';
import {
  PackageError,
  businessCase,
  jobUnitsForWeeklyHours,
  packageErrors,
} from '@jcw/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  Actor,
  Coordinates,
  Geocoder,
  JobName,
  OutboxService,
  RequestContext,
  outboxJobId,
} from '@jcw/api-platform';
import {
  AuditService,
  OrgUnitEntity,
  OrganisationEntity,
} from '@jcw/api-identity';
import { CarvingAccess, UnitScope, inScope } from './carving-access';
import type {
  AllocationDto,
  BusinessCaseQueryDto,
  CreatePackageDto,
  UpdatePackageDto,
} from './carving.dto';
import {
  CarvedPackageEntity,
  CarvingFunctionEntity,
  CarvingTaskEntity,
  PackageAllocationEntity,
  PackageVersionEntity,
  QuotaYearParametersEntity,
} from './carving.entities';
import { CarvingErrorCode, CarvingException } from './carving.exception';
import {
  LoadedAllocation,
  allocatedHoursByTask,
  roundHours,
  toDomainTask,
  toPackageDto,
} from './carving.mapping';
import { assignChanged } from './functions.service';

/** A workplace is located by both coordinates or by neither. */
function assertWorkplace(request: {
  workplaceLatitude?: number | null;
  workplaceLongitude?: number | null;
}): void {
  const hasLatitude = request.workplaceLatitude != null;
  const hasLongitude = request.workplaceLongitude != null;
  if (hasLatitude === hasLongitude) return;
  const field = hasLatitude ? 'workplaceLongitude' : 'workplaceLatitude';
  throw new CarvingException(
    CarvingErrorCode.PackageInvalid,
    `${field} is required together with the other coordinate`,
    [
      {
        field,
        message: `${field} is required together with the other coordinate`,
      },
    ],
  );
}

/** Statuses whose allocations still hold a task's hours. */
const EDITABLE: readonly PackageStatus[] = ['draft', 'published'];

/**
 * Carved packages: composed from task allocations, validated by the shared domain rules, and
 * moved through draft -> published -> filled -> closed. Every write that allocates hours first
 * locks the rows of the tasks involved (in id order, so two composers cannot deadlock), so two
 * concurrent requests can never hand out the same hours twice.
 */
@Injectable()
export class PackagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CarvingAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly geocoder: Geocoder,
  ) {}

  async list(
    actor: Actor,
    status?: PackageStatus,
  ): Promise<PackageListItemDto[]> {
    const scope = await this.access.unitScope(actor);
    const rows: Array<{
      id: string;
      unit_id: string;
      unit_name: string;
      title: string;
      status: PackageStatus;
      version: number;
      hours: string;
      updated_at: Date;
    }> = await this.dataSource.query(
      `SELECT p.id, p.unit_id, u.name AS unit_name, p.title, p.status, p.version, p.updated_at,
              COALESCE(SUM(a.hours_per_week), 0) AS hours
         FROM carved_packages p
         JOIN org_units u ON u.id = p.unit_id
         LEFT JOIN package_allocations a ON a.package_id = p.id
        WHERE p.organisation_id = $1
          AND ($2::uuid[] IS NULL OR p.unit_id = ANY($2::uuid[]))
          AND ($3::varchar IS NULL OR p.status = $3::varchar)
        GROUP BY p.id, u.name
        ORDER BY p.updated_at DESC`,
      [this.access.organisationOf(actor), scope, status ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      unitId: row.unit_id,
      unitName: row.unit_name,
      title: row.title,
      status: row.status,
      version: row.version,
      hoursPerWeek: roundHours(Number(row.hours)),
      jobUnits: jobUnitsForWeeklyHours(Number(row.hours)),
      updatedAt: row.updated_at.toISOString(),
    }));
  }

  async read(actor: Actor, id: string): Promise<PackageDto> {
    const manager = this.dataSource.manager;
    const pkg = await this.findVisible(
      manager,
      actor,
      id,
      await this.access.unitScope(actor),
    );
    return this.toDto(manager, pkg);
  }

  async create(
    actor: Actor,
    request: CreatePackageDto,
    context: RequestContext,
  ): Promise<PackageDto> {
    const located = await this.locateWorkplace(request);
    const placed = located
      ? {
          ...request,
          workplaceLatitude: located.latitude,
          workplaceLongitude: located.longitude,
        }
      : request;
    return this.dataSource.transaction((manager) =>
      this.createIn(manager, actor, placed, context),
    );
  }

  /**
   * Coordinates for a workplace postcode that arrives without them, looked up before any
   * transaction opens so a slow geocoder never holds a row lock; null when there is nothing to
   * look up or the geocoder does not know the postcode.
   */
  private async locateWorkplace(request: {
    workplacePostcode?: string | null;
    workplaceLatitude?: number | null;
    workplaceLongitude?: number | null;
  }): Promise<Coordinates | null> {
    if (!request.workplacePostcode) return null;
    if (request.workplaceLatitude != null || request.workplaceLongitude != null)
      return null;
    return this.geocoder.locate(request.workplacePostcode);
  }

  /** A new draft inside the caller's transaction (templates create tasks in the same one). */
  async createIn(
    manager: EntityManager,
    actor: Actor,
    request: CreatePackageDto,
    context: RequestContext,
  ): Promise<PackageDto> {
    assertWorkplace(request);
    const unit = await this.access.ownUnit(
      manager,
      actor,
      request.unitId,
      'unitId',
    );
    const pkg = await manager.save(
      CarvedPackageEntity,
      manager.create(CarvedPackageEntity, {
        organisationId: unit.organisationId,
        unitId: unit.id,
        title: request.title,
        description: request.description ?? null,
        carvedJobPayScale: request.carvedJobPayScale ?? null,
        carvedJobCostPerHour: request.carvedJobCostPerHour,
        workplacePostcode: request.workplacePostcode ?? null,
        workplaceLatitude: request.workplaceLatitude ?? null,
        workplaceLongitude: request.workplaceLongitude ?? null,
        accommodationsOffered: [
          ...new Set(request.accommodationsOffered ?? []),
        ].sort(),
        status: 'draft',
        version: 1,
        publishedAt: null,
      }),
    );
    await this.replaceAllocations(manager, pkg, request.allocations);
    await this.record(
      manager,
      actor,
      context,
      'entity.created',
      pkg.id,
      Object.keys(request),
    );
    return this.toDto(manager, pkg);
  }

  /**
   * Edits a draft in place. Editing a published package makes a new version (the old one stays
   * readable under /versions) and tells matching through the outbox. Filled and closed packages
   * are history and cannot change.
   */
  async update(
    actor: Actor,
    id: string,
    request: UpdatePackageDto,
    context: RequestContext,
  ): Promise<PackageDto> {
    const located = await this.locateWorkplace(request);
    return this.dataSource.transaction(async (manager) => {
      const pkg = await this.findVisible(manager, actor, id, null, true);
      if (!EDITABLE.includes(pkg.status)) {
        throw new CarvingException(
          CarvingErrorCode.PackageNotEditable,
          `A ${pkg.status} package cannot be edited`,
          [{ field: 'status', message: `status is ${pkg.status}` }],
        );
      }
      if (request.unitId !== undefined)
        await this.access.ownUnit(manager, actor, request.unitId, 'unitId');
      const { allocations, ...fields } = request;
      if (fields.accommodationsOffered)
        fields.accommodationsOffered = [
          ...new Set(fields.accommodationsOffered),
        ].sort();
      const changed = assignChanged(pkg, fields);
      // A new postcode without coordinates moves the workplace to where the geocoder puts it,
      // or to nowhere: the old coordinates would put the work in the wrong place for matching.
      if (
        changed.includes('workplacePostcode') &&
        request.workplaceLatitude == null &&
        request.workplaceLongitude == null
      )
        changed.push(
          ...assignChanged(pkg, {
            workplaceLatitude: located?.latitude ?? null,
            workplaceLongitude: located?.longitude ?? null,
          }),
        );
      assertWorkplace(pkg);
      if (allocations !== undefined) {
        const before = await this.allocationsOf(manager, pkg.id);
        await this.replaceAllocations(manager, pkg, allocations);
        const after = await this.allocationsOf(manager, pkg.id);
        if (JSON.stringify(before) !== JSON.stringify(after))
          changed.push('allocations');
      }
      if (changed.length === 0) return this.toDto(manager, pkg);
      if (pkg.status === 'published') {
        pkg.version += 1;
        pkg.publishedAt = new Date();
      }
      await manager.save(CarvedPackageEntity, pkg);
      const dto = await this.toDto(manager, pkg);
      if (pkg.status === 'published')
        await this.recordPublication(manager, pkg, dto);
      await this.record(
        manager,
        actor,
        context,
        'entity.updated',
        pkg.id,
        changed,
      );
      return dto;
    });
  }

  /** Publishing twice (a double click, a retry) is answered with the package as it is. */
  async publish(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<PackageDto> {
    return this.dataSource.transaction(async (manager) => {
      const pkg = await this.findVisible(manager, actor, id, null, true);
      if (pkg.status === 'published') return this.toDto(manager, pkg);
      this.assertTransition(pkg, 'draft', 'published');
      pkg.status = 'published';
      pkg.publishedAt = new Date();
      await manager.save(CarvedPackageEntity, pkg);
      const dto = await this.toDto(manager, pkg);
      await this.recordPublication(manager, pkg, dto);
      await this.record(manager, actor, context, 'entity.updated', pkg.id, [
        'status',
      ]);
      return dto;
    });
  }

  /** Marked by hand for now; placements will mark it when a placement on it starts. */
  async fill(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<PackageDto> {
    return this.transition(actor, id, context, 'published', 'filled');
  }

  /** Closing hands the package's hours back to its tasks. */
  async close(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<PackageDto> {
    return this.transition(actor, id, context, null, 'closed');
  }

  async versions(actor: Actor, id: string): Promise<PackageVersionDto[]> {
    const manager = this.dataSource.manager;
    const pkg = await this.findVisible(
      manager,
      actor,
      id,
      await this.access.unitScope(actor),
    );
    const versions = await manager.find(PackageVersionEntity, {
      where: { packageId: pkg.id },
      order: { version: 'DESC' },
    });
    return versions.map((version) => ({
      version: version.version,
      publishedAt: version.publishedAt.toISOString(),
      package: version.snapshot,
    }));
  }

  async businessCase(
    actor: Actor,
    id: string,
    query: BusinessCaseQueryDto,
  ): Promise<BusinessCaseDto> {
    const manager = this.dataSource.manager;
    const pkg = await this.findVisible(
      manager,
      actor,
      id,
      await this.access.unitScope(actor),
    );
    return this.caseOf(
      manager,
      pkg,
      await this.loadAllocations(manager, pkg.id),
      query,
    );
  }

  /**
   * What a printed job description needs - the package, its default business case and the
   * organisation's name - read once, not once per part.
   */
  async document(
    actor: Actor,
    id: string,
  ): Promise<{
    pkg: PackageDto;
    businessCase: BusinessCaseDto;
    organisationName: string;
  }> {
    const manager = this.dataSource.manager;
    const pkg = await this.findVisible(
      manager,
      actor,
      id,
      await this.access.unitScope(actor),
    );
    const loaded = await this.loadAllocations(manager, pkg.id);
    const unit = await manager.findOneBy(OrgUnitEntity, { id: pkg.unitId });
    const organisation = await manager.findOneByOrFail(OrganisationEntity, {
      id: pkg.organisationId,
    });
    return {
      pkg: toPackageDto(pkg, unit?.name ?? '', loaded),
      businessCase: await this.caseOf(manager, pkg, loaded, {}),
      organisationName: organisation.name,
    };
  }

  private async caseOf(
    manager: EntityManager,
    pkg: CarvedPackageEntity,
    loaded: readonly LoadedAllocation[],
    query: BusinessCaseQueryDto,
  ): Promise<BusinessCaseDto> {
    const year = query.year ?? new Date().getFullYear();
    const parameters =
      (await manager
        .createQueryBuilder(QuotaYearParametersEntity, 'p')
        .where('p.year <= :year', { year })
        .orderBy('p.year', 'DESC')
        .getOne()) ??
      (await manager.findOne(QuotaYearParametersEntity, {
        where: {},
        order: { year: 'ASC' },
      }));
    if (!parameters)
      throw new Error('quota_year_parameters is empty: migrations not run?');
    const functionIds = [
      ...new Set(loaded.map((allocation) => allocation.task.functionId)),
    ];
    const functions = await manager.findBy(CarvingFunctionEntity, {
      id: In(functionIds),
    });
    const carved = {
      allocations: loaded.map((allocation) => ({
        task: toDomainTask(allocation.task),
        hoursPerWeek: allocation.hoursPerWeek,
      })),
    };
    const jobUnits = jobUnitsForWeeklyHours(
      loaded.reduce((sum, allocation) => sum + allocation.hoursPerWeek, 0),
    );
    const stated = query.shortfallJobs !== undefined;
    const result = businessCase({
      carvedPackage: carved,
      sourceFunctions: functions.map((fn) => ({
        id: fn.id,
        name: fn.title,
        contractHoursPerWeek: fn.contractHoursPerWeek,
        employerCostPerHour: fn.employerCostPerHour,
      })),
      carvedJobCostPerHour: pkg.carvedJobCostPerHour,
      weeksPerYear: parameters.weeksPerYear,
      quota: {
        parameters,
        current: {
          shortfallJobs: stated ? (query.shortfallJobs as number) : jobUnits,
          belowThreshold: false,
        },
      },
      wageCostSubsidyFraction: (query.wageCostSubsidyPercent ?? 0) / 100,
      wageCostAdvantagePerYear: query.wageCostAdvantagePerYear ?? 0,
    });
    return {
      ...result,
      packageId: pkg.id,
      version: pkg.version,
      parametersYear: parameters.year,
      parametersToConfirm: parameters.toConfirm,
      levyPerUnfilledJob: parameters.levyPerUnfilledJob,
      weeksPerYear: parameters.weeksPerYear,
      quotaStanding: stated ? 'stated' : 'assumed_under_quota',
      sourceFunctionTitles: Object.fromEntries(
        functions.map((fn) => [fn.id, fn.title]),
      ),
    };
  }

  private async transition(
    actor: Actor,
    id: string,
    context: RequestContext,
    from: PackageStatus | null,
    to: PackageStatus,
  ): Promise<PackageDto> {
    return this.dataSource.transaction(async (manager) => {
      const pkg = await this.findVisible(manager, actor, id, null, true);
      if (pkg.status === to) return this.toDto(manager, pkg);
      this.assertTransition(pkg, from, to);
      pkg.status = to;
      await manager.save(CarvedPackageEntity, pkg);
      await this.record(manager, actor, context, 'entity.updated', pkg.id, [
        'status',
      ]);
      return this.toDto(manager, pkg);
    });
  }

  /** `from` null: any status but the target's terminal predecessor rules (closed is final). */
  private assertTransition(
    pkg: CarvedPackageEntity,
    from: PackageStatus | null,
    to: PackageStatus,
  ): void {
    const allowed =
      pkg.status !== 'closed' && (from === null || pkg.status === from);
    if (!allowed) {
      throw new CarvingException(
        CarvingErrorCode.InvalidTransition,
        `A ${pkg.status} package cannot become ${to}`,
        [{ field: 'status', message: `status is ${pkg.status}` }],
      );
    }
  }

  /**
   * Validates the new allocations against the shared rules, with the hours other live packages
   * hold, and replaces the stored ones. Task rows are locked first: a concurrent writer of the
   * same task waits here and then sees this transaction's committed allocations.
   */
  private async replaceAllocations(
    manager: EntityManager,
    pkg: CarvedPackageEntity,
    requested: readonly AllocationDto[],
  ): Promise<void> {
    const merged = new Map<string, { hours: number; index: number }>();
    requested.forEach((allocation, index) => {
      const seen = merged.get(allocation.taskId);
      merged.set(allocation.taskId, {
        hours: (seen?.hours ?? 0) + allocation.hoursPerWeek,
        index: seen?.index ?? index,
      });
    });
    const taskIds = [...merged.keys()].sort();
    await manager.query(
      `SELECT id FROM carving_tasks WHERE id = ANY($1) AND organisation_id = $2 ORDER BY id FOR UPDATE`,
      [taskIds, pkg.organisationId],
    );
    const tasks = await manager.findBy(CarvingTaskEntity, {
      id: In(taskIds),
      organisationId: pkg.organisationId,
    });
    const byId = new Map(tasks.map((task) => [task.id, task]));
    for (const [taskId, { index }] of merged) {
      if (!byId.has(taskId))
        throw CarvingException.notFound('Task', `allocations.${index}.taskId`);
    }
    const elsewhere = await allocatedHoursByTask(manager, taskIds, pkg.id);
    const organisation = await manager.findOneByOrFail(OrganisationEntity, {
      id: pkg.organisationId,
    });
    const errors = packageErrors(
      {
        allocations: [...merged].map(([taskId, { hours }]) => ({
          task: toDomainTask(byId.get(taskId) as CarvingTaskEntity),
          hoursPerWeek: hours,
        })),
      },
      {
        bounds: {
          minHoursPerWeek: organisation.packageMinHoursPerWeek,
          maxHoursPerWeek: organisation.packageMaxHoursPerWeek,
        },
        hoursAllocatedElsewhere: Object.fromEntries(elsewhere),
      },
    );
    if (errors.length > 0) throw packageErrorException(errors, merged, byId);
    await manager.delete(PackageAllocationEntity, { packageId: pkg.id });
    await manager.insert(
      PackageAllocationEntity,
      [...merged].map(([taskId, { hours }]) => ({
        packageId: pkg.id,
        taskId,
        hoursPerWeek: hours,
      })),
    );
  }

  private async recordPublication(
    manager: EntityManager,
    pkg: CarvedPackageEntity,
    dto: PackageDto,
  ): Promise<void> {
    await manager.insert(PackageVersionEntity, {
      packageId: pkg.id,
      version: pkg.version,
      snapshot: dto,
      publishedAt: pkg.publishedAt ?? new Date(),
    });
    await this.outbox.append(
      manager,
      JobName.packagePublished,
      outboxJobId(JobName.packagePublished, pkg.id, pkg.version),
      {
        packageId: pkg.id,
        organisationId: pkg.organisationId,
        version: pkg.version,
      },
    );
  }

  private async allocationsOf(
    manager: EntityManager,
    packageId: string,
  ): Promise<Array<[string, number]>> {
    const rows = await manager.find(PackageAllocationEntity, {
      where: { packageId },
      order: { taskId: 'ASC' },
    });
    return rows.map((row) => [row.taskId, row.hoursPerWeek]);
  }

  private async loadAllocations(
    manager: EntityManager,
    packageId: string,
  ): Promise<LoadedAllocation[]> {
    const allocations = await manager.find(PackageAllocationEntity, {
      where: { packageId },
    });
    if (allocations.length === 0) return [];
    const tasks = await manager.findBy(CarvingTaskEntity, {
      id: In(allocations.map((allocation) => allocation.taskId)),
    });
    const functions = await manager.findBy(CarvingFunctionEntity, {
      id: In([...new Set(tasks.map((task) => task.functionId))]),
    });
    const units = await manager.findBy(OrgUnitEntity, {
      id: In([...new Set(functions.map((fn) => fn.unitId))]),
    });
    const taskById = new Map(tasks.map((task) => [task.id, task]));
    const functionById = new Map(functions.map((fn) => [fn.id, fn]));
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    return allocations
      .map((allocation) => {
        const task = taskById.get(allocation.taskId) as CarvingTaskEntity;
        const fn = functionById.get(task.functionId) as CarvingFunctionEntity;
        return {
          task,
          functionTitle: fn.title,
          unitId: fn.unitId,
          unitName: unitById.get(fn.unitId)?.name ?? '',
          hoursPerWeek: allocation.hoursPerWeek,
        };
      })
      .sort(
        (a, b) =>
          a.functionTitle.localeCompare(b.functionTitle, 'nl') ||
          a.task.name.localeCompare(b.task.name, 'nl'),
      );
  }

  private async toDto(
    manager: EntityManager,
    pkg: CarvedPackageEntity,
  ): Promise<PackageDto> {
    const unit = await manager.findOneBy(OrgUnitEntity, { id: pkg.unitId });
    return toPackageDto(
      pkg,
      unit?.name ?? '',
      await this.loadAllocations(manager, pkg.id),
    );
  }

  /** `scope` null = every unit of the organisation (writers are advisers, who see all). */
  private async findVisible(
    manager: EntityManager,
    actor: Actor,
    id: string,
    scope: UnitScope,
    forUpdate = false,
  ): Promise<CarvedPackageEntity> {
    const pkg = await manager.findOne(CarvedPackageEntity, {
      where: { id, organisationId: this.access.organisationOf(actor) },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!pkg || !inScope(scope, pkg.unitId))
      throw CarvingException.notFound('Package');
    return pkg;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    context: RequestContext,
    action: AuditAction,
    entityId: string,
    changedFields: string[],
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        organisationId: this.access.organisationOf(actor),
        actorUserId: actor.userId,
        entityType: 'package',
        entityId,
        changedFields: [...changedFields].sort(),
        requestId: context.requestId,
      },
      manager,
    );
  }
}

/** The domain's errors as one 4xx: over-allocation is a conflict, the rest an invalid package. */
function packageErrorException(
  errors: readonly PackageError[],
  merged: ReadonlyMap<string, { hours: number; index: number }>,
  tasks: ReadonlyMap<string, CarvingTaskEntity>,
): CarvingException {
  const overAllocated = errors.flatMap((error) =>
    error.code === 'task_over_allocated' ? [error] : [],
  );
  if (overAllocated.length > 0) {
    return new CarvingException(
      CarvingErrorCode.TaskOverAllocated,
      'A task would be allocated for more hours than it has',
      overAllocated.map((error) => {
        const left = roundHours(
          Math.max(
            0,
            error.taskHoursPerWeek - error.allocatedElsewhereHoursPerWeek,
          ),
        );
        return {
          field: `allocations.${merged.get(error.taskId)?.index ?? 0}.hoursPerWeek`,
          message: `task "${tasks.get(error.taskId)?.name}" has ${left} of its ${error.taskHoursPerWeek} hours per week left; ${roundHours(error.allocatedElsewhereHoursPerWeek)} are in other packages`,
        };
      }),
    );
  }
  return new CarvingException(
    CarvingErrorCode.PackageInvalid,
    'The package breaks a carving rule',
    errors.map((error) => {
      switch (error.code) {
        case 'no_tasks':
          return {
            field: 'allocations',
            message: 'allocations must hold at least one task',
          };
        case 'hours_below_minimum':
          return {
            field: 'allocations',
            message: `the package totals ${roundHours(error.hoursPerWeek)} hours per week; your organisation's minimum is ${error.minHoursPerWeek}`,
          };
        case 'hours_above_maximum':
          return {
            field: 'allocations',
            message: `the package totals ${roundHours(error.hoursPerWeek)} hours per week; your organisation's maximum is ${error.maxHoursPerWeek}`,
          };
        default:
          return {
            field: 'allocations',
            message: `allocation hours must be positive (task ${error.taskId})`,
          };
      }
    }),
  );
}
