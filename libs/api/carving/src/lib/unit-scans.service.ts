import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ScanCandidateTaskDto, UnitScanDto } from '@jcw/shared-contracts';
import { DataSource, In } from 'typeorm';
import type { Actor } from '@jcw/api-platform';
import { OrgUnitEntity } from '@jcw/api-identity';
import { CarvingAccess, inScope } from './carving-access';
import type { CreateUnitScanDto } from './carving.dto';
import { UnitScanEntity } from './carving.entities';
import { CarvingException } from './carving.exception';
import { roundHours } from './carving.mapping';

/**
 * The government's step-by-step guide, recorded per unit: core tasks, work left undone, overtime,
 * temporary staff, experienced workload and tasks below the staff's education level. Its output
 * is a list of candidate tasks for the adviser to review and record in a function.
 */
@Injectable()
export class UnitScansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CarvingAccess,
  ) {}

  async list(actor: Actor, unitId?: string): Promise<UnitScanDto[]> {
    const scope = await this.access.unitScope(actor);
    const scans = await this.dataSource.manager.find(UnitScanEntity, {
      where: {
        organisationId: this.access.organisationOf(actor),
        ...(unitId ? { unitId } : {}),
      },
      order: { createdAt: 'DESC' },
    });
    const visible = scans.filter((scan) => inScope(scope, scan.unitId));
    const units = await this.dataSource.manager.findBy(OrgUnitEntity, {
      id: In([...new Set(visible.map((scan) => scan.unitId))]),
    });
    const names = new Map(units.map((unit) => [unit.id, unit.name]));
    return visible.map((scan) => toScanDto(scan, names.get(scan.unitId) ?? ''));
  }

  async read(actor: Actor, id: string): Promise<UnitScanDto> {
    const scope = await this.access.unitScope(actor);
    const scan = await this.dataSource.manager.findOneBy(UnitScanEntity, {
      id,
      organisationId: this.access.organisationOf(actor),
    });
    if (!scan || !inScope(scope, scan.unitId))
      throw CarvingException.notFound('Unit scan');
    const unit = await this.dataSource.manager.findOneBy(OrgUnitEntity, {
      id: scan.unitId,
    });
    return toScanDto(scan, unit?.name ?? '');
  }

  async create(actor: Actor, request: CreateUnitScanDto): Promise<UnitScanDto> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.access.ownUnit(
        manager,
        actor,
        request.unitId,
        'unitId',
      );
      const scan = await manager.save(
        UnitScanEntity,
        manager.create(UnitScanEntity, {
          organisationId: unit.organisationId,
          unitId: unit.id,
          coreTasks: request.coreTasks,
          tasksLeftUndone: request.tasksLeftUndone.map(plainEntry),
          tasksBelowEducationLevel:
            request.tasksBelowEducationLevel.map(plainEntry),
          overtimeHoursPerWeek: request.overtimeHoursPerWeek,
          temporaryStaffHoursPerWeek: request.temporaryStaffHoursPerWeek,
          experiencedWorkload: request.experiencedWorkload,
          notes: request.notes ?? null,
        }),
      );
      return toScanDto(scan, unit.name);
    });
  }
}

function plainEntry(entry: CreateUnitScanDto['tasksLeftUndone'][number]) {
  return {
    name: entry.name,
    hoursPerWeek: entry.hoursPerWeek,
    note: entry.note ?? null,
  };
}

/** Candidate tasks, largest first: the biggest chunks of work make the most of a carved job. */
export function candidateTasksOf(
  scan: Pick<UnitScanEntity, 'tasksLeftUndone' | 'tasksBelowEducationLevel'>,
): ScanCandidateTaskDto[] {
  return [
    ...scan.tasksLeftUndone.map((entry) => ({
      name: entry.name,
      hoursPerWeek: entry.hoursPerWeek,
      note: entry.note ?? null,
      origin: 'left_undone' as const,
    })),
    ...scan.tasksBelowEducationLevel.map((entry) => ({
      name: entry.name,
      hoursPerWeek: entry.hoursPerWeek,
      note: entry.note ?? null,
      origin: 'below_education_level' as const,
    })),
  ].sort((a, b) => b.hoursPerWeek - a.hoursPerWeek);
}

function toScanDto(scan: UnitScanEntity, unitName: string): UnitScanDto {
  return {
    id: scan.id,
    unitId: scan.unitId,
    unitName,
    coreTasks: scan.coreTasks,
    tasksLeftUndone: scan.tasksLeftUndone,
    tasksBelowEducationLevel: scan.tasksBelowEducationLevel,
    overtimeHoursPerWeek: scan.overtimeHoursPerWeek,
    temporaryStaffHoursPerWeek: scan.temporaryStaffHoursPerWeek,
    experiencedWorkload: scan.experiencedWorkload,
    notes: scan.notes,
    candidateTasks: candidateTasksOf(scan),
    pressureHoursPerWeek: roundHours(
      scan.overtimeHoursPerWeek +
        scan.temporaryStaffHoursPerWeek +
        scan.tasksLeftUndone.reduce(
          (sum, entry) => sum + entry.hoursPerWeek,
          0,
        ),
    ),
    createdAt: scan.createdAt.toISOString(),
  };
}
