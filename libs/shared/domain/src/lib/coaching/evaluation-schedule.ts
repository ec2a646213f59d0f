/** When the structured evaluations of a placement are due: 1, 3, 6 and 12 months after it starts. */
import { addMonths } from './coaching-dates';

export const COACHING_MILESTONES = [1, 3, 6, 12] as const;
export type CoachingMilestone = (typeof COACHING_MILESTONES)[number];

export interface EvaluationDue {
  readonly milestoneMonths: CoachingMilestone;
  readonly dueDate: string;
}

/**
 * The due date of each milestone, oldest first. A start on a day the due month lacks falls due on
 * that month's last day (31 January: 28/29 February, 30 April, 31 July, 31 January next year).
 */
export function evaluationSchedule(placementStart: string): EvaluationDue[] {
  return COACHING_MILESTONES.map((milestoneMonths) => ({
    milestoneMonths,
    dueDate: addMonths(placementStart, milestoneMonths),
  }));
}

/** The milestones not recorded yet, oldest due date first (overdue ones included); none without a placement. */
export function pendingEvaluations(
  placementStart: string | null,
  recorded: readonly number[],
): EvaluationDue[] {
  if (placementStart === null) return [];
  return evaluationSchedule(placementStart).filter(
    (due) => !recorded.includes(due.milestoneMonths),
  );
}
