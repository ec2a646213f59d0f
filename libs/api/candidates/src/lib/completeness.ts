import type { Completeness } from '@jcw/shared-contracts';
import { DEMAND_DIMENSION_KEYS } from '@jcw/shared-domain';
import type { CandidateEntity } from './candidate.entity';

/**
 * What matching still misses of a profile. UWV's anonymous explorer failed largely on incomplete
 * profiles (42 % without education level), so the product shows the gap instead of hiding it.
 * Limitations count as filled only when every dimension of the catalogue has a level.
 */
const REQUIRED: Array<[string, (c: CandidateEntity) => boolean]> = [
  ['educationLevel', (c) => c.educationLevel !== null],
  ['postcode', (c) => c.postcode !== null],
  [
    'limitations',
    (c) =>
      DEMAND_DIMENSION_KEYS.every((key) => c.limitations[key] !== undefined),
  ],
  ['maxHoursPerWeek', (c) => c.maxHoursPerWeek !== null],
  ['maxHoursPerDay', (c) => c.maxHoursPerDay !== null],
  ['travelRadiusKm', (c) => c.travelRadiusKm !== null],
  ['skills', (c) => c.skills.length > 0],
  ['consent', (c) => c.consentGiven],
];

export function completenessOf(candidate: CandidateEntity): Completeness {
  const missing = REQUIRED.filter(([, filled]) => !filled(candidate)).map(
    ([field]) => field,
  );
  return {
    score: Math.round(
      ((REQUIRED.length - missing.length) / REQUIRED.length) * 100,
    ),
    missing,
  };
}
