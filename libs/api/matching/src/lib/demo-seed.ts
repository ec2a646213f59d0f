import type { EntityManager } from 'typeorm';
import { DEMO_ORGANISATION } from '@jcw/shared-contracts';
import type { LimitationLevels } from '@jcw/shared-contracts';
import type { AppConfig, Seed } from '@jcw/api-platform';
import { bsnHash, storeCompleteness } from '@jcw/api-candidates';

interface DemoPerson {
  bsn: string;
  firstName: string;
  lastName: string;
  postcode: string;
  latitude: number;
  longitude: number;
  travelRadiusKm: number;
  maxHoursPerWeek: number;
  educationLevel: string;
  skills: string[];
  interests: string[];
  limitations: LimitationLevels;
  accommodations: string[];
}

/**
 * The workplace of the demo packages (the Utrecht city office) and six people from the register
 * who are available and have consented, near enough to match: four fit the demo package "post en
 * archief", and three are near misses on exactly one constraint (customer-facing social contact,
 * distance, hours), so every matching screen has something to show. All people are made up.
 */
const PEOPLE: readonly DemoPerson[] = [
  {
    bsn: '200000007',
    firstName: 'Fleur',
    lastName: 'Visser',
    postcode: '3521AZ',
    latitude: 52.0894,
    longitude: 5.1077,
    travelRadiusKm: 15,
    maxHoursPerWeek: 20,
    educationLevel: 'mbo1',
    skills: ['post sorteren', 'scannen'],
    interests: ['post', 'archief'],
    limitations: { interruptions: 2, noise: 1 },
    accommodations: ['jobcoach'],
  },
  {
    bsn: '200000056',
    firstName: 'Daan',
    lastName: 'Smit',
    postcode: '3531BB',
    latitude: 52.0975,
    longitude: 5.0938,
    travelRadiusKm: 10,
    maxHoursPerWeek: 24,
    educationLevel: 'none',
    skills: ['post bezorgen'],
    interests: ['lopen', 'buiten werken'],
    limitations: { divided_attention: 1, deadlines_and_peaks: 2 },
    accommodations: [],
  },
  {
    bsn: '200000147',
    firstName: 'Noor',
    lastName: 'Bos',
    postcode: '3581KW',
    latitude: 52.0861,
    longitude: 5.1321,
    travelRadiusKm: 8,
    maxHoursPerWeek: 28,
    educationLevel: 'mbo2',
    skills: ['scannen', 'archiveren', 'data invoeren'],
    interests: ['administratie'],
    limitations: { customer_contact: 2, conflict_handling: 1 },
    accommodations: ['workplace_adaptation'],
  },
  {
    bsn: '200000196',
    firstName: 'Jesse',
    lastName: 'Mulder',
    postcode: '3553AA',
    latitude: 52.1086,
    longitude: 5.0897,
    travelRadiusKm: 12,
    maxHoursPerWeek: 32,
    educationLevel: 'mbo1',
    skills: ['post sorteren'],
    interests: ['sorteren'],
    limitations: { emotional_load: 1 },
    accommodations: ['jobcoach', 'aids'],
  },
  {
    bsn: '200000238',
    firstName: 'Yara',
    lastName: 'Dekker',
    postcode: '3512JE',
    latitude: 52.0935,
    longitude: 5.1185,
    travelRadiusKm: 10,
    maxHoursPerWeek: 24,
    educationLevel: 'mbo1',
    skills: ['post sorteren', 'archiveren'],
    interests: ['archief'],
    // Social contact of 1 asked by the mail rounds: one level too much for her.
    limitations: { social_contact: 2 },
    accommodations: ['jobcoach'],
  },
  {
    bsn: '200000287',
    firstName: 'Milan',
    lastName: 'Hendriks',
    postcode: '3451AA',
    latitude: 52.1065,
    longitude: 4.939,
    travelRadiusKm: 10,
    maxHoursPerWeek: 20,
    educationLevel: 'mbo2',
    skills: ['scannen'],
    interests: ['administratie'],
    limitations: {},
    accommodations: [],
  },
  {
    bsn: '200000329',
    firstName: 'Sem',
    lastName: 'van Leeuwen',
    postcode: '3523AB',
    latitude: 52.0801,
    longitude: 5.1102,
    travelRadiusKm: 15,
    maxHoursPerWeek: 16,
    educationLevel: 'mbo1',
    skills: ['post sorteren'],
    interests: ['post'],
    limitations: { noise: 1 },
    accommodations: [],
  },
];

export const matchingDemoSeed: Seed = {
  name: 'matching-demo-2026-12',
  async run(manager: EntityManager, config: AppConfig) {
    const [organisation] = (await manager.query(
      `SELECT id FROM organisations WHERE payroll_tax_number = $1`,
      [DEMO_ORGANISATION.payrollTaxNumber],
    )) as { id: string }[];
    await manager.query(
      `UPDATE carved_packages
          SET workplace_postcode = '3521AZ', workplace_latitude = 52.0894,
              workplace_longitude = 5.1077, accommodations_offered = '{jobcoach,workplace_adaptation}'
        WHERE organisation_id = $1`,
      [organisation.id],
    );
    const seeded: string[] = [];
    for (const person of PEOPLE) {
      const inserted = (await manager.query(
        `INSERT INTO candidates (
           organisation_id, bsn_hash, bsn_last3, first_name, last_name, target_group,
           register_start_date, postcode, latitude, longitude, labour_market_region,
           education_level, skills, interests, limitations, max_hours_per_week, max_hours_per_day,
           travel_radius_km, travel_mode, accommodations, status, consent_given, consent_date,
           consent_scope, legal_ground)
         VALUES ($1, $2, $3, $4, $5, 'cannot_earn_minimum_wage', '2025-01-01', $6, $7, $8,
                 'midden_utrecht', $9, $10, $11, $12, $13, 8, $14, 'bicycle', $15, 'available',
                 true, now(), 'share_profile_with_managers', 'uwv_assessment')
         ON CONFLICT (organisation_id, bsn_hash) DO NOTHING RETURNING id`,
        [
          organisation.id,
          bsnHash(config.bsnHmacSecret, person.bsn),
          person.bsn.slice(-3),
          person.firstName,
          person.lastName,
          person.postcode,
          person.latitude,
          person.longitude,
          person.educationLevel,
          person.skills,
          person.interests,
          JSON.stringify(person.limitations),
          person.maxHoursPerWeek,
          person.travelRadiusKm,
          person.accommodations,
        ],
      )) as { id: string }[];
      seeded.push(...inserted.map((row) => row.id));
    }
    await storeCompleteness(manager, seeded);
  },
};
