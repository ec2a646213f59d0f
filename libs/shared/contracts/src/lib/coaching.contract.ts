/** The jobcoach's record of a candidate: contacts, goals, hours, evaluations and signals. */

export const CONTACT_TYPES = [
  'intake',
  'workplace_visit',
  'call',
  'evaluation',
  'incident',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export interface CoachingContactDto {
  id: string;
  candidateId: string;
  coachUserId: string;
  contactDate: string;
  type: ContactType;
  notes: string | null;
  createdAt: string;
}

/** `POST /api/candidates/:id/coaching/contacts`. */
export interface CoachingContactRequest {
  contactDate: string;
  type: ContactType;
  notes?: string | null;
}

export const GOAL_STATUSES = [
  'open',
  'in_progress',
  'achieved',
  'dropped',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface CoachingGoalDto {
  id: string;
  candidateId: string;
  title: string;
  status: GoalStatus;
  progressPercent: number;
  targetDate: string | null;
  updatedAt: string;
}

/** `POST /api/candidates/:id/coaching/goals`; PATCH `.../goals/:goalId` takes any subset. */
export interface CoachingGoalRequest {
  title: string;
  status?: GoalStatus;
  progressPercent?: number;
  targetDate?: string | null;
}

/** Hours logged for one week (the Monday it starts), beside the funded norm for that week. */
export interface CoachingWeekDto {
  weekStart: string;
  hours: number;
  /** Max funded internal coaching that week (15 %, 7.5 %, 6 % of working hours in years 1-3); null without a placement. */
  normHours: number | null;
}

/** `PUT /api/candidates/:id/coaching/hours/:weekStart` (a Monday): replaces that week's hours. */
export interface CoachingHoursRequest {
  hours: number;
}

export const EVALUATION_MILESTONES = [1, 3, 6, 12] as const;
export type EvaluationMilestone = (typeof EVALUATION_MILESTONES)[number];

/** Each score 1 (poor) - 5 (good). */
export interface EvaluationScores {
  wellbeing: number;
  workloadFit: number;
  teamFit: number;
  managerSupport: number;
}

export interface CoachingEvaluationDto extends EvaluationScores {
  id: string;
  candidateId: string;
  milestoneMonths: EvaluationMilestone;
  evaluationDate: string;
  notes: string | null;
}

/** `POST /api/candidates/:id/coaching/evaluations`: one per milestone. */
export interface CoachingEvaluationRequest extends EvaluationScores {
  milestoneMonths: EvaluationMilestone;
  evaluationDate: string;
  notes?: string | null;
}

export type RiskSignal =
  | {
      code: 'evaluation_drop';
      /** The score that dropped, e.g. 'wellbeing'. */
      score: keyof EvaluationScores;
      from: number;
      to: number;
      milestoneMonths: EvaluationMilestone;
    }
  | { code: 'incident'; contactDate: string }
  | {
      code: 'no_recent_contact';
      lastContactDate: string | null;
      weeks: number;
    };

/** `GET /api/candidates/:id/coaching`: the whole record, newest first. */
export interface CoachingRecordDto {
  candidateId: string;
  contacts: CoachingContactDto[];
  goals: CoachingGoalDto[];
  weeks: CoachingWeekDto[];
  evaluations: CoachingEvaluationDto[];
  /** Evaluations due by the placement start date and not yet recorded. */
  upcomingEvaluations: Array<{
    milestoneMonths: EvaluationMilestone;
    dueDate: string;
  }>;
  signals: RiskSignal[];
  atRisk: boolean;
}

/** One row of `GET /api/coaching/dashboard` (the signed-in jobcoach's candidates). */
export interface CoachDashboardRowDto {
  candidateId: string;
  displayName: string;
  status: string;
  atRisk: boolean;
  signals: RiskSignal[];
  /** Suggested when at risk: review whether a temporary switch place (schakelplek) prevents drop-out. */
  suggestSwitchPlaceReview: boolean;
  lastContactDate: string | null;
  nextEvaluation: {
    milestoneMonths: EvaluationMilestone;
    dueDate: string;
  } | null;
}
