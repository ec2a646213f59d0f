import type { EntityManager } from 'typeorm';
import { JobName, OutboxService, outboxJobId } from '@jcw/api-platform';

/** Profile fields the matching engine reads: a change re-scores the candidate. */
export const MATCHING_FIELDS: ReadonlySet<string> = new Set([
  'status',
  'consentGiven',
  'registerEndDate',
  'limitations',
  'maxHoursPerWeek',
  'maxHoursPerDay',
  'eveningsAllowed',
  'nightsAllowed',
  'weekendsAllowed',
  'postcode',
  'latitude',
  'longitude',
  'travelRadiusKm',
  'skills',
  'interests',
  'preferredSectors',
  'educationLevel',
  'accommodations',
]);

/**
 * Tells matching, through the outbox in the caller's transaction, that these candidates changed
 * in a way their matches depend on. The job id carries the version the change produced, so a
 * retried write announces once and an older job finds a newer version and does nothing.
 */
export async function announceMatchingChange(
  outbox: OutboxService,
  manager: EntityManager,
  candidateIds: readonly string[],
): Promise<void> {
  if (candidateIds.length === 0) return;
  const rows = (await manager.query(
    `SELECT id, organisation_id, version FROM candidates WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [candidateIds],
  )) as { id: string; organisation_id: string; version: number }[];
  for (const row of rows) {
    await outbox.append(
      manager,
      JobName.candidateMatchingChanged,
      outboxJobId(JobName.candidateMatchingChanged, row.id, row.version),
      {
        candidateId: row.id,
        organisationId: row.organisation_id,
        version: row.version,
      },
    );
  }
}

/**
 * Many candidates changed at once (an import): every published package of the organisation is
 * re-scored once, rather than every person against every package one by one.
 */
export async function announcePoolChange(
  outbox: OutboxService,
  manager: EntityManager,
  organisationId: string,
  cause: string,
): Promise<void> {
  await outbox.append(
    manager,
    JobName.candidatePoolChanged,
    outboxJobId(JobName.candidatePoolChanged, organisationId, cause),
    { organisationId, cause },
  );
}
