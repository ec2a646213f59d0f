import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  PackageDto,
  TemplateDto,
  TemplateTaskDto,
} from '@jcw/shared-contracts';
import { jobUnitsForWeeklyHours } from '@jcw/shared-domain';
import { DataSource, In } from 'typeorm';
import type { Actor, RequestContext } from '@jcw/api-platform';
import { CarvingAccess } from './carving-access';
import type {
  InstantiateTemplateDto,
  PublishTemplateDto,
  TemplateQueryDto,
} from './carving.dto';
import {
  CarvedPackageEntity,
  CarvingFunctionEntity,
  CarvingTaskEntity,
  PackageAllocationEntity,
  PackageTemplateEntity,
} from './carving.entities';
import { CarvingException } from './carving.exception';
import { roundHours, toDomainTask } from './carving.mapping';
import { PackagesService } from './packages.service';

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Model packages shared across the installation, so one organisation's carving helps the next.
 * A template keeps the tasks' content (hours, demands, skills) and drops everything that ties it
 * to an organisation: unit and function names, people, costs.
 */
@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CarvingAccess,
    private readonly packages: PackagesService,
  ) {}

  async list(query: TemplateQueryDto): Promise<TemplateDto[]> {
    const builder = this.dataSource
      .getRepository(PackageTemplateEntity)
      .createQueryBuilder('t')
      .orderBy('t.title', 'ASC');
    if (query.sector)
      builder.andWhere('(t.sector = :sector OR t.sector IS NULL)', {
        sector: query.sector,
      });
    if (query.q)
      builder.andWhere(
        `(t.title ILIKE :q OR t.description ILIKE :q OR t.tasks::text ILIKE :q)`,
        { q: likePattern(query.q) },
      );
    return (await builder.getMany()).map(toTemplateDto);
  }

  async read(id: string): Promise<TemplateDto> {
    const template = await this.dataSource.manager.findOneBy(
      PackageTemplateEntity,
      { id },
    );
    if (!template) throw CarvingException.notFound('Template');
    return toTemplateDto(template);
  }

  async publishFromPackage(
    actor: Actor,
    packageId: string,
    request: PublishTemplateDto,
  ): Promise<TemplateDto> {
    return this.dataSource.transaction(async (manager) => {
      const pkg = await manager.findOneBy(CarvedPackageEntity, {
        id: packageId,
        organisationId: this.access.organisationOf(actor),
      });
      if (!pkg) throw CarvingException.notFound('Package');
      const allocations = await manager.findBy(PackageAllocationEntity, {
        packageId: pkg.id,
      });
      const tasks = await manager.findBy(CarvingTaskEntity, {
        id: In(allocations.map((allocation) => allocation.taskId)),
      });
      const taskById = new Map(tasks.map((task) => [task.id, task]));
      const template = await manager.save(
        PackageTemplateEntity,
        manager.create(PackageTemplateEntity, {
          title: request.title,
          sector: request.sector ?? null,
          description: request.description,
          source: 'Gedeeld door een organisatie in de werkbank',
          tasks: allocations.map((allocation) =>
            toTemplateTask(
              taskById.get(allocation.taskId) as CarvingTaskEntity,
              allocation.hoursPerWeek,
            ),
          ),
        }),
      );
      return toTemplateDto(template);
    });
  }

  /** The template's tasks become tasks of the chosen function, wholly allocated to a new draft. */
  async instantiate(
    actor: Actor,
    id: string,
    request: InstantiateTemplateDto,
    context: RequestContext,
  ): Promise<PackageDto> {
    return this.dataSource.transaction(async (manager) => {
      const template = await manager.findOneBy(PackageTemplateEntity, { id });
      if (!template) throw CarvingException.notFound('Template');
      const fn = await manager.findOneBy(CarvingFunctionEntity, {
        id: request.functionId,
        organisationId: this.access.organisationOf(actor),
      });
      if (!fn) throw CarvingException.notFound('Function', 'functionId');
      const tasks = await manager.save(
        CarvingTaskEntity,
        template.tasks.map((task) =>
          manager.create(CarvingTaskEntity, {
            organisationId: fn.organisationId,
            functionId: fn.id,
            name: task.name,
            description: task.description,
            hoursPerWeek: task.hoursPerWeek,
            frequency: task.frequency,
            windowFrom: null,
            windowUntil: null,
            complexity: task.complexity,
            demands: task.demands,
            skills: task.skills,
            leftUndone: task.leftUndone,
            solitary: task.solitary,
            ...task.scheduleNeeds,
          }),
        ),
      );
      return this.packages.createIn(
        manager,
        actor,
        {
          unitId: request.unitId ?? fn.unitId,
          title: request.title ?? template.title,
          description: template.description,
          // Without a stated cost the source function's is used: it overstates the carved job's
          // cost, so the business case errs on the careful side until the adviser fills it in.
          carvedJobCostPerHour:
            request.carvedJobCostPerHour ?? fn.employerCostPerHour,
          allocations: tasks.map((task) => ({
            taskId: task.id,
            hoursPerWeek: task.hoursPerWeek,
          })),
        },
        context,
      );
    });
  }
}

function toTemplateTask(
  task: CarvingTaskEntity,
  hoursPerWeek: number,
): TemplateTaskDto {
  const domain = toDomainTask(task);
  return {
    name: task.name,
    description: task.description,
    hoursPerWeek,
    frequency: task.frequency,
    complexity: task.complexity,
    demands: task.demands,
    skills: task.skills,
    leftUndone: task.leftUndone,
    solitary: task.solitary,
    scheduleNeeds: domain.scheduleNeeds,
  };
}

function toTemplateDto(template: PackageTemplateEntity): TemplateDto {
  const hours = template.tasks.reduce(
    (sum, task) => sum + task.hoursPerWeek,
    0,
  );
  return {
    id: template.id,
    title: template.title,
    sector: template.sector,
    description: template.description,
    source: template.source,
    tasks: template.tasks,
    hoursPerWeek: roundHours(hours),
    jobUnits: jobUnitsForWeeklyHours(hours),
    createdAt: template.createdAt.toISOString(),
  };
}
