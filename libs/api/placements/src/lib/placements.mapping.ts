import { EntityManager, In } from 'typeorm';
import { UserEntity } from '@jcw/api-identity';
import type { CandidateEntity } from '@jcw/api-candidates';
import type {
  LedgerEntryDto,
  PlacementDto,
  PlacementStatus,
} from '@jcw/shared-contracts';
import { countingIntervals, standAt, type HoursStep } from '@jcw/shared-domain';
import type {
  PlacementEntity,
  QuotaLedgerEntryEntity,
} from './placements.entities';

/** Planned before the start, ended after the last day worked, active in between. */
export function placementStatus(
  placement: Pick<PlacementEntity, 'startDate' | 'endDate'>,
  today: string,
): PlacementStatus {
  if (placement.endDate !== null && placement.endDate < today) return 'ended';
  if (placement.startDate > today) return 'planned';
  return 'active';
}

export function toPlacementDto(
  placement: PlacementEntity,
  related: {
    hours: HoursStep[];
    candidate: CandidateEntity;
    unitName: string;
    packageTitle: string | null;
    today: string;
  },
): PlacementDto {
  const { hours, candidate, today } = related;
  const reference = placement.startDate > today ? placement.startDate : today;
  const current = [...hours]
    .reverse()
    .find((step) => step.effectiveFrom <= reference);
  const intervals = countingIntervals({
    startDate: placement.startDate,
    endDate: placement.endDate,
    hoursHistory: hours,
    registerEndDate: candidate.registerEndDate,
  });
  return {
    id: placement.id,
    candidateId: placement.candidateId,
    candidateName:
      candidate.erasedAt === null
        ? `${candidate.firstName} ${candidate.lastName}`
        : null,
    targetGroup: candidate.targetGroup,
    organisationId: placement.organisationId,
    unitId: placement.unitId,
    unitName: related.unitName,
    packageId: placement.packageId,
    packageTitle: related.packageTitle,
    method: placement.method,
    contractKind: placement.contractKind,
    lenderName: placement.lenderName,
    teamName: placement.teamName,
    teamLeaderName: placement.teamLeaderName,
    jobcoachUserId: placement.jobcoachUserId,
    startDate: placement.startDate,
    plannedEndDate: placement.plannedEndDate,
    endDate: placement.endDate,
    endReason: placement.endReason,
    endNote: placement.endNote,
    status: placementStatus(placement, today),
    hoursPerWeek: (current ?? hours[0])?.hoursPerWeek ?? 0,
    hoursHistory: hours.map((step) => ({ ...step })),
    jobUnitsToday: standAt(intervals, today),
    version: placement.version,
    createdAt: placement.createdAt.toISOString(),
    updatedAt: placement.updatedAt.toISOString(),
  };
}

/** Ledger lines with the display name of who recorded them (null: the worker). */
export async function ledgerEntryDtos(
  manager: EntityManager,
  entries: QuotaLedgerEntryEntity[],
): Promise<LedgerEntryDto[]> {
  const userIds = [
    ...new Set(
      entries.flatMap((entry) =>
        entry.recordedByUserId ? [entry.recordedByUserId] : [],
      ),
    ),
  ];
  const users = userIds.length
    ? await manager.findBy(UserEntity, { id: In(userIds) })
    : [];
  const nameOf = new Map(users.map((user) => [user.id, user.displayName]));
  return entries.map((entry) => ({
    id: String(entry.id),
    placementId: entry.placementId,
    kind: entry.kind,
    effectiveDate: entry.effectiveDate,
    organisationId: entry.organisationId,
    unitId: entry.unitId,
    method: entry.method,
    targetGroup: entry.targetGroup,
    intervals: entry.intervals,
    note: entry.note,
    recordedAt: entry.recordedAt.toISOString(),
    recordedBy: entry.recordedByUserId
      ? (nameOf.get(entry.recordedByUserId) ?? null)
      : null,
  }));
}
