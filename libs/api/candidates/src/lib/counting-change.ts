import type { EntityManager } from 'typeorm';
import { JobName, OutboxService, outboxJobId } from '@jcw/api-platform';

/** Profile fields the quota counting reads: a change recounts the candidate's placements. */
export const COUNTING_FIELDS: ReadonlySet<string> = new Set([
  'registerEndDate',
  'targetGroup',
]);

/**
 * Tells the placements module, through the outbox in the caller's transaction, that a
 * candidate's register end date or target group changed. The job id carries the version the
 * change produced, so each change is announced once however often the write is retried.
 */
export async function announceCountingChange(
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
      JobName.candidateCountingChanged,
      outboxJobId(JobName.candidateCountingChanged, row.id, row.version),
      {
        candidateId: row.id,
        organisationId: row.organisation_id,
        version: row.version,
      },
    );
  }
}

/** What counting reads of candidates, keyed by id, to compare before and after a batch write. */
export async function countingInputs(
  manager: EntityManager,
  organisationId: string,
  bsnHashes: readonly string[],
): Promise<Map<string, string>> {
  const rows = (await manager.query(
    `SELECT id, concat_ws('|', register_end_date::text, target_group) AS inputs
       FROM candidates WHERE organisation_id = $1 AND bsn_hash = ANY($2::varchar[])`,
    [organisationId, bsnHashes],
  )) as { id: string; inputs: string }[];
  return new Map(rows.map((row) => [row.id, row.inputs]));
}
