/** Entity -> response mapping, and the record assembled with the domain's norm and risk rules. */
import type {
  CoachingContactDto,
  CoachingEvaluationDto,
  CoachingGoalDto,
  CoachingRecordDto,
  CoachingWeekDto,
  RiskSignal,
} from '@jcw/shared-contracts';
import {
  CoachingRiskSignal,
  coachingNormHours,
  pendingEvaluations,
  riskSignals,
} from '@jcw/shared-domain';
import type { CandidateEntity } from '@jcw/api-candidates';
import type {
  CoachingContactEntity,
  CoachingEvaluationEntity,
  CoachingGoalEntity,
  CoachingHoursEntity,
} from './coaching.entities';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile when the domain's signal and the contract's drift apart. */
export type RiskSignalMatchesContract = Assert<
  Same<CoachingRiskSignal, RiskSignal>
>;

/** The calendar day of `instant` in the Netherlands, as YYYY-MM-DD. */
export function dutchDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
  }).format(instant);
}

/** Where the no-contact clock starts when there was no contact: the placement, else the record. */
export function coachingSince(candidate: CandidateEntity): string {
  return candidate.placementStartDate ?? dutchDate(candidate.createdAt);
}

export function toContactDto(
  entity: CoachingContactEntity,
): CoachingContactDto {
  return {
    id: entity.id,
    candidateId: entity.candidateId,
    coachUserId: entity.coachUserId,
    contactDate: entity.contactDate,
    type: entity.type,
    notes: entity.notes,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toGoalDto(entity: CoachingGoalEntity): CoachingGoalDto {
  return {
    id: entity.id,
    candidateId: entity.candidateId,
    title: entity.title,
    status: entity.status,
    progressPercent: entity.progressPercent,
    targetDate: entity.targetDate,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toWeekDto(
  candidate: Pick<
    CandidateEntity,
    'placementStartDate' | 'placementHoursPerWeek'
  >,
  weekStart: string,
  hours: number,
): CoachingWeekDto {
  return {
    weekStart,
    hours,
    normHours: coachingNormHours(
      candidate.placementStartDate,
      candidate.placementHoursPerWeek,
      weekStart,
    ),
  };
}

export function toEvaluationDto(
  entity: CoachingEvaluationEntity,
): CoachingEvaluationDto {
  return {
    id: entity.id,
    candidateId: entity.candidateId,
    milestoneMonths: entity.milestoneMonths,
    evaluationDate: entity.evaluationDate,
    wellbeing: entity.wellbeing,
    workloadFit: entity.workloadFit,
    teamFit: entity.teamFit,
    managerSupport: entity.managerSupport,
    notes: entity.notes,
  };
}

export interface CoachingRecordParts {
  candidate: CandidateEntity;
  contacts: CoachingContactEntity[];
  goals: CoachingGoalEntity[];
  hours: CoachingHoursEntity[];
  evaluations: CoachingEvaluationEntity[];
  today: string;
  noContactWeeks: number;
}

/** The whole record, newest first, with its pending evaluations and risk signals. */
export function toRecordDto(parts: CoachingRecordParts): CoachingRecordDto {
  const { candidate } = parts;
  const signals = riskSignals({
    evaluations: parts.evaluations,
    contacts: parts.contacts,
    today: parts.today,
    noContactWeeks: parts.noContactWeeks,
    since: coachingSince(candidate),
  });
  return {
    candidateId: candidate.id,
    contacts: [...parts.contacts]
      .sort(
        (a, b) =>
          b.contactDate.localeCompare(a.contactDate) ||
          b.createdAt.getTime() - a.createdAt.getTime(),
      )
      .map(toContactDto),
    goals: [...parts.goals]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map(toGoalDto),
    weeks: [...parts.hours]
      .sort((a, b) => b.weekStart.localeCompare(a.weekStart))
      .map((week) => toWeekDto(candidate, week.weekStart, week.hours)),
    evaluations: [...parts.evaluations]
      .sort((a, b) => b.milestoneMonths - a.milestoneMonths)
      .map(toEvaluationDto),
    upcomingEvaluations: pendingEvaluations(
      candidate.placementStartDate,
      parts.evaluations.map((evaluation) => evaluation.milestoneMonths),
    ).map((due) => ({ ...due })),
    signals,
    atRisk: signals.length > 0,
  };
}
