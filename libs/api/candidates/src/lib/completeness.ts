import type { Completeness } from '@jcw/shared-contracts';
import { DEMAND_DIMENSION_KEYS } from '@jcw/shared-domain';
import { EntityManager, In } from 'typeorm';
import { CandidateEntity } from './candidate.entity';

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

/**
 * Recomputes and stores the completeness score of these candidates, so lists can filter on it.
 * Writers that bypass the entity (the register import's bulk upserts) call this after each batch.
 */
export async function storeCompleteness(
  manager: EntityManager,
  candidateIds: readonly string[],
): Promise<void> {
  if (candidateIds.length === 0) return;
  const candidates = await manager.findBy(CandidateEntity, {
    id: In([...candidateIds]),
  });
  if (candidates.length === 0) return;
  await manager.query(
    `UPDATE candidates c SET completeness_score = v.score
       FROM unnest($1::uuid[], $2::smallint[]) AS v(id, score)
      WHERE c.id = v.id AND c.completeness_score <> v.score`,
    [
      candidates.map((candidate) => candidate.id),
      candidates.map((candidate) => completenessOf(candidate).score),
    ],
  );
}
