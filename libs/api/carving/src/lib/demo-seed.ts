import type { EntityManager } from 'typeorm';
import { DEMO_ORGANISATION } from '@jcw/shared-contracts';
import type { Seed } from '@jcw/api-platform';
import {
  OrgUnitEntity,
  OrganisationEntity,
  identityEntities,
} from '@jcw/api-identity';
import {
  CARVING_ENTITIES,
  CarvedPackageEntity,
  CarvingFunctionEntity,
  CarvingTaskEntity,
  PackageAllocationEntity,
} from './carving.entities';

type TaskSeed = Pick<
  CarvingTaskEntity,
  'name' | 'hoursPerWeek' | 'frequency' | 'complexity' | 'demands' | 'skills'
> &
  Partial<Pick<CarvingTaskEntity, 'leftUndone' | 'solitary' | 'description'>>;

/**
 * Two regular functions of the demo unit, their tasks, and one draft package carved from both,
 * so the composer opens on something real: the mail room's daily rounds and the archive's
 * backlog that nobody gets round to.
 */
export const carvingDemoSeed: Seed = {
  name: 'carving-demo-2026-11',
  entities: [...identityEntities, ...CARVING_ENTITIES],
  async run(manager: EntityManager) {
    const organisation = await manager.findOneByOrFail(OrganisationEntity, {
      payrollTaxNumber: DEMO_ORGANISATION.payrollTaxNumber,
    });
    const unit = await manager.findOneByOrFail(OrgUnitEntity, {
      organisationId: organisation.id,
      name: 'Afdeling Facilitaire Zaken',
    });
    const fn = async (
      title: string,
      payScale: string,
      employerCostPerHour: number,
      employeeCount: number,
      tasks: TaskSeed[],
    ) => {
      const saved = await manager.save(
        CarvingFunctionEntity,
        manager.create(CarvingFunctionEntity, {
          organisationId: organisation.id,
          unitId: unit.id,
          title,
          payScale,
          employerCostPerHour,
          employeeCount,
          contractHoursPerWeek: 36,
        }),
      );
      return manager.save(
        CarvingTaskEntity,
        tasks.map((task) =>
          manager.create(CarvingTaskEntity, {
            organisationId: organisation.id,
            functionId: saved.id,
            description: null,
            leftUndone: false,
            solitary: false,
            ...task,
          }),
        ),
      );
    };
    const [sorting, rounds] = await fn(
      'Medewerker facilitaire dienstverlening',
      'schaal 5',
      38.5,
      6,
      [
        {
          name: 'Post sorteren en frankeren',
          hoursPerWeek: 10,
          frequency: 'daily',
          complexity: 'none',
          demands: { concentration: 1, fine_hand_use: 1 },
          skills: ['post sorteren'],
        },
        {
          name: 'Postronde door het gebouw',
          hoursPerWeek: 8,
          frequency: 'daily',
          complexity: 'none',
          demands: { walking: 1, social_contact: 1 },
          skills: ['post bezorgen'],
        },
        {
          name: 'Vergaderzalen inrichten',
          hoursPerWeek: 6,
          frequency: 'daily',
          complexity: 'mbo1',
          demands: { lifting_carrying: 1, deadlines_and_peaks: 2 },
          skills: ['facilitair'],
        },
        {
          name: 'Contractbeheer schoonmaak',
          hoursPerWeek: 8,
          frequency: 'weekly',
          complexity: 'mbo4',
          demands: { conflict_handling: 2, independence: 2 },
          skills: ['contractbeheer'],
        },
      ],
    );
    const [scanning] = await fn(
      'Medewerker documentaire informatievoorziening',
      'schaal 7',
      44,
      3,
      [
        {
          name: 'Achterstand dossiers scannen',
          description: 'Papieren dossiers van voor 2020 digitaliseren.',
          hoursPerWeek: 8,
          frequency: 'weekly',
          complexity: 'mbo1',
          demands: { keyboard_mouse: 1, sitting: 1 },
          skills: ['scannen'],
          leftUndone: true,
          solitary: true,
        },
        {
          name: 'Selectie en vernietiging archief',
          hoursPerWeek: 6,
          frequency: 'monthly',
          complexity: 'hbo',
          demands: { concentration: 2, independence: 2 },
          skills: ['archiefwet'],
        },
      ],
    );
    const pkg = await manager.save(
      CarvedPackageEntity,
      manager.create(CarvedPackageEntity, {
        organisationId: organisation.id,
        unitId: unit.id,
        title: 'Medewerker post en archief',
        description:
          'Dagelijks de post sorteren en rondbrengen, en op vaste middagen de archiefachterstand scannen.',
        status: 'draft',
        version: 1,
        carvedJobPayScale: 'schaal 2',
        carvedJobCostPerHour: 24.5,
        publishedAt: null,
      }),
    );
    await manager.insert(PackageAllocationEntity, [
      { packageId: pkg.id, taskId: sorting.id, hoursPerWeek: 6 },
      { packageId: pkg.id, taskId: rounds.id, hoursPerWeek: 6 },
      { packageId: pkg.id, taskId: scanning.id, hoursPerWeek: 8 },
    ]);
  },
};
