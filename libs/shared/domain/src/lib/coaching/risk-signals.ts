/**
 * When a placement is at risk of dropping out, from what the jobcoach recorded: scores that fall
 * between evaluations, recent incidents, and silence. The dashboard puts these candidates first
 * and suggests reviewing a temporary switch place (schakelplek).
 */
import { daysBetween } from './coaching-dates';
import type { CoachingMilestone } from './evaluation-schedule';

export const COACHING_CONTACT_TYPES = [
  'intake',
  'workplace_visit',
  'call',
  'evaluation',
  'incident',
] as const;
export type CoachingContactType = (typeof COACHING_CONTACT_TYPES)[number];

/** Each 1 (poor) - 5 (good). */
export const EVALUATION_SCORE_KEYS = [
  'wellbeing',
  'workloadFit',
  'teamFit',
  'managerSupport',
] as const;
export type EvaluationScoreKey = (typeof EVALUATION_SCORE_KEYS)[number];

export type EvaluationScoreValues = Readonly<
  Record<EvaluationScoreKey, number>
>;

export interface EvaluationFacts extends EvaluationScoreValues {
  readonly milestoneMonths: CoachingMilestone;
}

export interface ContactFacts {
  readonly contactDate: string;
  readonly type: CoachingContactType;
}

/** A drop of this many points or more between consecutive evaluations flags the placement. */
export const EVALUATION_DROP_THRESHOLD = 2;
export const DEFAULT_INCIDENT_WINDOW_WEEKS = 8;

/** Kept structurally identical to `RiskSignal` of the HTTP contract. */
export type CoachingRiskSignal =
  | {
      code: 'evaluation_drop';
      score: EvaluationScoreKey;
      from: number;
      to: number;
      /** The later of the two evaluations, where the drop showed. */
      milestoneMonths: CoachingMilestone;
    }
  | { code: 'incident'; contactDate: string }
  | {
      code: 'no_recent_contact';
      lastContactDate: string | null;
      /** Whole weeks since the last contact, or since `since` when there was none. */
      weeks: number;
    };

export interface RiskSignalInput {
  readonly evaluations: readonly EvaluationFacts[];
  readonly contacts: readonly ContactFacts[];
  readonly today: string;
  /** Flag when the last contact is more than this many weeks ago. */
  readonly noContactWeeks: number;
  /** Incidents this many weeks back or less flag the placement; 8 when left out. */
  readonly incidentWindowWeeks?: number;
  /**
   * Where the no-contact clock starts when there is no contact at all: the placement start, or
   * else the day the coaching record started.
   */
  readonly since: string;
}

/** The latest contact on or before `today`; contacts dated later are planned, not had. */
export function lastContactDate(
  contacts: readonly ContactFacts[],
  today: string,
): string | null {
  let last: string | null = null;
  for (const contact of contacts) {
    if (
      contact.contactDate <= today &&
      (last === null || contact.contactDate > last)
    )
      last = contact.contactDate;
  }
  return last;
}

/** Every score that fell by 2 or more points from one recorded evaluation to the next. */
export function evaluationDrops(
  evaluations: readonly EvaluationFacts[],
): CoachingRiskSignal[] {
  const ordered = [...evaluations].sort(
    (a, b) => a.milestoneMonths - b.milestoneMonths,
  );
  const signals: CoachingRiskSignal[] = [];
  for (let i = 1; i < ordered.length; i += 1) {
    const [before, after] = [ordered[i - 1], ordered[i]];
    for (const score of EVALUATION_SCORE_KEYS) {
      if (before[score] - after[score] >= EVALUATION_DROP_THRESHOLD) {
        signals.push({
          code: 'evaluation_drop',
          score,
          from: before[score],
          to: after[score],
          milestoneMonths: after.milestoneMonths,
        });
      }
    }
  }
  return signals;
}

/**
 * Why the placement is at risk, or an empty list when it is not: evaluation drops (oldest
 * first), then incidents within the window (newest first), then a lack of contact. Only contacts
 * dated on or before `today` count.
 */
export function riskSignals(input: RiskSignalInput): CoachingRiskSignal[] {
  const windowDays =
    (input.incidentWindowWeeks ?? DEFAULT_INCIDENT_WINDOW_WEEKS) * 7;
  const past = input.contacts.filter(
    (contact) => contact.contactDate <= input.today,
  );
  const incidents: CoachingRiskSignal[] = past
    .filter(
      (contact) =>
        contact.type === 'incident' &&
        daysBetween(contact.contactDate, input.today) <= windowDays,
    )
    .map((contact) => contact.contactDate)
    .sort()
    .reverse()
    .map((contactDate) => ({ code: 'incident', contactDate }));

  const last = lastContactDate(past, input.today);
  const silentDays = daysBetween(last ?? input.since, input.today);
  const silence: CoachingRiskSignal[] =
    silentDays > input.noContactWeeks * 7
      ? [
          {
            code: 'no_recent_contact',
            lastContactDate: last,
            weeks: Math.floor(silentDays / 7),
          },
        ]
      : [];

  return [...evaluationDrops(input.evaluations), ...incidents, ...silence];
}
