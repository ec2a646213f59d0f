import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitDto } from '@jcw/shared-contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor, RequestContext } from '@jcw/api-platform';
import { AuditService } from '../audit/audit.service';
import type { CreateUnitDto, UpdateUnitDto } from '../dto/identity.dto';
import { OrgUnitEntity } from '../entities/identity.entities';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

/**
 * The unit tree of the caller's organisation. Managers see only the subtree of their own unit.
 * Every lookup is scoped to the caller's organisation, so an id of another organisation is
 * simply "not found".
 */
@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<UnitDto[]> {
    const organisationId = requireOrganisation(actor);
    const limitedToSubtree =
      actor.unitId !== null &&
      !actor.roles.some((role) => role === 'admin' || role === 'hr_adviser');
    const units: OrgUnitEntity[] = limitedToSubtree
      ? await this.dataSource.getRepository(OrgUnitEntity).findBy({
          id: In(await this.subtreeIds(organisationId, actor.unitId as string)),
        })
      : await this.dataSource
          .getRepository(OrgUnitEntity)
          .find({ where: { organisationId }, order: { name: 'ASC' } });
    return units
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map(toUnitDto);
  }

  async create(
    actor: Actor,
    request: CreateUnitDto,
    context: RequestContext,
  ): Promise<UnitDto> {
    const organisationId = requireOrganisation(actor);
    return this.dataSource.transaction(async (manager) => {
      if (request.parentId)
        await this.findOwn(
          manager,
          organisationId,
          request.parentId,
          'parentId',
        );
      const unit = await manager.save(
        OrgUnitEntity,
        manager.create(OrgUnitEntity, {
          organisationId,
          parentId: request.parentId ?? null,
          name: request.name,
          kind: request.kind,
        }),
      );
      await this.audit.record(
        {
          action: 'entity.created',
          organisationId,
          actorUserId: actor.userId,
          entityType: 'unit',
          entityId: unit.id,
          changedFields: ['name', 'kind', 'parentId'],
          requestId: context.requestId,
        },
        manager,
      );
      return toUnitDto(unit);
    });
  }

  async update(
    actor: Actor,
    id: string,
    request: UpdateUnitDto,
    context: RequestContext,
  ): Promise<UnitDto> {
    const organisationId = requireOrganisation(actor);
    return this.dataSource.transaction(async (manager) => {
      // Serialise tree changes per organisation so two concurrent moves cannot build a cycle.
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('unit-tree:' || $1))`,
        [organisationId],
      );
      const unit = await this.findOwn(manager, organisationId, id, 'id');
      const changed: string[] = [];
      if (request.name !== undefined && request.name !== unit.name) {
        unit.name = request.name;
        changed.push('name');
      }
      if (
        request.parentId !== undefined &&
        request.parentId !== unit.parentId
      ) {
        if (request.parentId !== null) {
          await this.findOwn(
            manager,
            organisationId,
            request.parentId,
            'parentId',
          );
          if (
            (await this.subtreeIds(organisationId, unit.id, manager)).includes(
              request.parentId,
            )
          ) {
            throw new IdentityException(
              IdentityErrorCode.UnitCycle,
              'A unit cannot be moved under itself or its own sub-units',
              [
                {
                  field: 'parentId',
                  message:
                    'parentId must not be the unit itself or one of its sub-units',
                },
              ],
            );
          }
        }
        unit.parentId = request.parentId;
        changed.push('parentId');
      }
      if (changed.length > 0) {
        await manager.save(OrgUnitEntity, unit);
        await this.audit.record(
          {
            action: 'entity.updated',
            organisationId,
            actorUserId: actor.userId,
            entityType: 'unit',
            entityId: unit.id,
            changedFields: changed,
            requestId: context.requestId,
          },
          manager,
        );
      }
      return toUnitDto(unit);
    });
  }

  async remove(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<void> {
    const organisationId = requireOrganisation(actor);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('unit-tree:' || $1))`,
        [organisationId],
      );
      const unit = await this.findOwn(manager, organisationId, id, 'id');
      const [{ children, members }] = await manager.query(
        `SELECT (SELECT count(*) FROM org_units WHERE parent_id = $1)::int AS children, (SELECT count(*) FROM users WHERE unit_id = $1)::int AS members`,
        [unit.id],
      );
      if (children > 0 || members > 0) {
        throw new IdentityException(
          IdentityErrorCode.UnitNotEmpty,
          `The unit still has ${children} sub-unit(s) and ${members} user(s); move or remove them first`,
        );
      }
      await manager.delete(OrgUnitEntity, { id: unit.id });
      await this.audit.record(
        {
          action: 'entity.deleted',
          organisationId,
          actorUserId: actor.userId,
          entityType: 'unit',
          entityId: unit.id,
          requestId: context.requestId,
        },
        manager,
      );
    });
  }

  /** The unit and all units below it. */
  async subtreeIds(
    organisationId: string,
    rootId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH RECURSIVE tree AS (
         SELECT id FROM org_units WHERE id = $1 AND organisation_id = $2
         UNION ALL
         SELECT u.id FROM org_units u JOIN tree t ON u.parent_id = t.id
       ) SELECT id FROM tree`,
      [rootId, organisationId],
    );
    return rows.map((row) => row.id);
  }

  async findOwn(
    manager: EntityManager,
    organisationId: string,
    id: string,
    field: string,
  ): Promise<OrgUnitEntity> {
    const unit = await manager.findOneBy(OrgUnitEntity, { id, organisationId });
    if (!unit)
      throw new IdentityException(
        IdentityErrorCode.NotFound,
        'Unit not found',
        field === 'id'
          ? undefined
          : [{ field, message: `${field} is not a unit of your organisation` }],
      );
    return unit;
  }
}

export function requireOrganisation(actor: Actor): string {
  if (!actor.organisationId) throw IdentityException.notFound('Organisation');
  return actor.organisationId;
}

export function toUnitDto(unit: OrgUnitEntity): UnitDto {
  return {
    id: unit.id,
    organisationId: unit.organisationId,
    parentId: unit.parentId,
    name: unit.name,
    kind: unit.kind,
  };
}
