import type { EntityManager } from 'typeorm';
import * as argon2 from 'argon2';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
} from '@jcw/shared-contracts';
import type { Seed } from '@jcw/api-platform';
import {
  OrgUnitEntity,
  OrganisationEntity,
  UserEntity,
} from './entities/identity.entities';

/**
 * The demo organisation with a directorate > department > team tree and one user per role; the
 * manager is scoped to the department, so they see its subtree only.
 */
export const identityDemoSeed: Seed = {
  name: 'identity-demo-2026-11',
  entities: [OrganisationEntity, OrgUnitEntity, UserEntity],
  async run(manager: EntityManager) {
    const organisation = await manager.save(
      OrganisationEntity,
      manager.create(OrganisationEntity, { ...DEMO_ORGANISATION }),
    );
    const unit = (
      name: string,
      kind: OrgUnitEntity['kind'],
      parentId: string | null,
    ) =>
      manager.save(
        OrgUnitEntity,
        manager.create(OrgUnitEntity, {
          organisationId: organisation.id,
          name,
          kind,
          parentId,
        }),
      );
    const directorate = await unit(
      'Directie Bedrijfsvoering',
      'directorate',
      null,
    );
    const department = await unit(
      'Afdeling Facilitaire Zaken',
      'department',
      directorate.id,
    );
    await unit('Team Post en Archief', 'team', department.id);
    const passwordHash = await argon2.hash(DEMO_PASSWORD, {
      type: argon2.argon2id,
    });
    for (const account of DEMO_ACCOUNTS) {
      const isPlatform = account.role === 'superadmin';
      await manager.save(
        UserEntity,
        manager.create(UserEntity, {
          organisationId: isPlatform ? null : organisation.id,
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          roles: [account.role],
          unitId: account.role === 'manager' ? department.id : null,
        }),
      );
    }
  },
};
