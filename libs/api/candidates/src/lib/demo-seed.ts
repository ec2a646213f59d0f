import type { EntityManager } from 'typeorm';
import type { LimitationLevels } from '@jcw/shared-contracts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from '@jcw/shared-contracts';
import { DEMAND_DIMENSION_KEYS } from '@jcw/shared-domain';
import type { AppConfig, Seed } from '@jcw/api-platform';
import {
  OrganisationEntity,
  UserEntity,
  identityEntities,
} from '@jcw/api-identity';
import { bsnHash } from './bsn-hash';
import { CandidateEntity } from './candidate.entity';
import { storeCompleteness } from './completeness';

/** Every dimension at "no limitation" except the ones given, so the profile counts as complete. */
const limitations = (overrides: LimitationLevels): LimitationLevels => ({
  ...Object.fromEntries(DEMAND_DIMENSION_KEYS.map((key) => [key, 0 as const])),
  ...overrides,
});

/**
 * Four fictional candidates of the demo organisation (citizen numbers are made up but pass the
 * eleven-test): two complete profiles coached by the demo jobcoach, one without consent, one
 * barely started - so the list shows the range a real pipeline has.
 */
export const candidatesDemoSeed: Seed = {
  name: 'candidates-demo-2026-11',
  entities: [...identityEntities, CandidateEntity],
  async run(manager: EntityManager, config: AppConfig) {
    const organisation = await manager.findOneByOrFail(OrganisationEntity, {
      payrollTaxNumber: DEMO_ORGANISATION.payrollTaxNumber,
    });
    const coach = await manager.findOneByOrFail(UserEntity, {
      email: DEMO_ACCOUNTS.find((account) => account.role === 'jobcoach')
        ?.email,
    });
    const seeded: string[] = [];
    const candidate = async (bsn: string, fields: Partial<CandidateEntity>) => {
      const saved = await manager.save(
        CandidateEntity,
        manager.create(CandidateEntity, {
          organisationId: organisation.id,
          bsnHash: bsnHash(config.bsnHmacSecret, bsn),
          bsnLast3: bsn.slice(-3),
          ...fields,
        }),
      );
      seeded.push(saved.id);
      return saved;
    };
    await candidate('123456782', {
      firstName: 'Sanne',
      lastName: 'de Vries',
      targetGroup: 'wajong_work_capacity',
      registerStartDate: '2024-09-01',
      postcode: '3511AB',
      latitude: 52.0921,
      longitude: 5.1156,
      labourMarketRegion: 'midden_utrecht',
      educationLevel: 'mbo1',
      skills: ['post sorteren', 'scannen', 'archiveren'],
      interests: ['administratie', 'rustige werkplek'],
      limitations: limitations({
        work_pace: 1,
        interruptions: 2,
        customer_contact: 1,
        noise: 1,
      }),
      maxHoursPerWeek: 20,
      maxHoursPerDay: 5,
      travelRadiusKm: 12,
      travelMode: 'bicycle',
      accommodations: ['jobcoach'],
      consentGiven: true,
      consentDate: new Date('2025-01-10T10:00:00Z'),
      jobcoachUserId: coach.id,
    });
    await candidate('111222333', {
      firstName: 'Mohamed',
      lastName: 'El Amrani',
      targetGroup: 'school_leaver_vso_pro',
      registerStartDate: '2025-07-01',
      postcode: '3521CD',
      latitude: 52.0804,
      longitude: 5.1088,
      labourMarketRegion: 'midden_utrecht',
      educationLevel: 'none',
      skills: ['schoonmaken', 'catering'],
      interests: ['buiten werken'],
      limitations: limitations({
        independence: 1,
        divided_attention: 2,
        lifting_carrying: 0,
      }),
      maxHoursPerWeek: 24,
      maxHoursPerDay: 6,
      travelRadiusKm: 20,
      travelMode: 'public_transport',
      accommodations: ['jobcoach', 'transport'],
      consentGiven: true,
      consentDate: new Date('2025-08-02T09:00:00Z'),
      jobcoachUserId: coach.id,
      status: 'in_process',
    });
    await candidate('999999990', {
      firstName: 'Lotte',
      lastName: 'Jansen',
      targetGroup: 'cannot_earn_minimum_wage',
      registerStartDate: '2023-03-15',
      postcode: '3584CS',
      latitude: 52.0853,
      longitude: 5.1744,
      labourMarketRegion: 'midden_utrecht',
      educationLevel: 'mbo2',
      skills: ['data invoeren'],
      limitations: limitations({ concentration: 1, standing: 2, walking: 1 }),
      maxHoursPerWeek: 16,
      maxHoursPerDay: 4,
      travelRadiusKm: 8,
      travelMode: 'assisted_transport',
    });
    await candidate('100000009', {
      firstName: 'Kees',
      lastName: 'Bakker',
      targetGroup: 'wsw_indication',
      registerStartDate: '2022-05-01',
    });
    await storeCompleteness(manager, seeded);
  },
};
