import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@jcw/api-platform';
import { OrgUnitEntity, UnitsService } from '@jcw/api-identity';
import { CarvingException } from './carving.exception';

/**
 * Which units of the caller's organisation a carving read may touch: HR advisers every unit,
 * managers the subtree of their own unit. `null` means "all units of the organisation".
 */
export type UnitScope = readonly string[] | null;

@Injectable()
export class CarvingAccess {
  constructor(private readonly units: UnitsService) {}

  organisationOf(actor: Actor): string {
    // The guard only lets organisation roles through; a missing organisation is a wiring bug.
    if (!actor.organisationId)
      throw new Error('carving route reached without an organisation');
    return actor.organisationId;
  }

  async unitScope(actor: Actor, manager?: EntityManager): Promise<UnitScope> {
    if (actor.roles.includes('hr_adviser')) return null;
    if (!actor.unitId) return [];
    return this.units.subtreeIds(
      this.organisationOf(actor),
      actor.unitId,
      manager,
    );
  }

  /** A unit of the caller's organisation, or 404 naming the field it came from. */
  async ownUnit(
    manager: EntityManager,
    actor: Actor,
    unitId: string,
    field: string,
  ): Promise<OrgUnitEntity> {
    const unit = await manager.findOneBy(OrgUnitEntity, {
      id: unitId,
      organisationId: this.organisationOf(actor),
    });
    if (!unit) throw CarvingException.notFound('Unit', field);
    return unit;
  }
}

export function inScope(scope: UnitScope, unitId: string): boolean {
  return scope === null || scope.includes(unitId);
}
