/**
 * What the matching engine reads and returns. Inputs are plain objects so the API can build them
 * from database rows and tests can write them by hand; the engine turns a pool of candidates into
 * columns once (see `CandidatePool`) and scores packages against it many times.
 */
import type {
  DemandDimensionKey,
  DemandProfile,
  EducationLevel,
  LimitationProfile,
  ScheduleNeeds,
} from '@jcw/shared-domain';

/**
 * Stored with every score, so a stored match says which rules produced it. Bump the major part
 * when a hard constraint changes, the minor part when weights or parts change.
 */
export const MATCHING_ENGINE_VERSION = '1.0';

/** Candidate statuses that may be matched at all; placed and inactive people are not proposed. */
export const MATCHABLE_STATUSES = ['available', 'in_process'] as const;

/** One candidate as matching sees them: no name, no age, no gender, no target group. */
export interface MatchCandidate {
  readonly id: string;
  /** Candidate status as stored; only `MATCHABLE_STATUSES` are eligible. */
  readonly status: string;
  readonly consentGiven: boolean;
  /** 'YYYY-MM-DD'; the person is out of the register from this day on. */
  readonly registerEndDate: string | null;
  readonly limitations: LimitationProfile;
  /** null: no stated maximum. */
  readonly maxHoursPerWeek: number | null;
  readonly maxHoursPerDay: number | null;
  readonly eveningsAllowed: boolean;
  readonly nightsAllowed: boolean;
  readonly weekendsAllowed: boolean;
  /** null coordinates or radius: the travel constraint cannot be met. */
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly travelRadiusKm: number | null;
  readonly skills: readonly string[];
  readonly interests: readonly string[];
  readonly preferredSectors: readonly string[];
  readonly educationLevel: EducationLevel | null;
  /** Workplace provisions the person needs (accommodation keys). */
  readonly accommodations: readonly string[];
}

/** A task inside a package, for carving feedback. */
export interface MatchPackageTask {
  readonly id: string;
  readonly name: string;
  readonly hoursPerWeek: number;
  readonly demands: DemandProfile;
  readonly scheduleNeeds: ScheduleNeeds;
}

/** A carved package as matching sees it: its summary plus where the work is done. */
export interface MatchPackage {
  readonly id: string;
  readonly hoursPerWeek: number;
  /** Maximum per dimension over the tasks. */
  readonly demandProfile: DemandProfile;
  readonly scheduleNeeds: ScheduleNeeds;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly skills: readonly string[];
  /** Highest task complexity. */
  readonly complexity: EducationLevel;
  /** The employing organisation's sector (compared with preferred sectors). */
  readonly sector: string | null;
  /** Title, description and task names: words an interest can match. */
  readonly keywords: readonly string[];
  /** Provisions the workplace already offers (accommodation keys). */
  readonly accommodationsOffered: readonly string[];
  readonly tasks: readonly MatchPackageTask[];
}

/**
 * The hard constraints, each with a stable code. `dimension` carries the dimension key; the
 * eligibility codes (status, consent, register ended) are about the person, not the package.
 */
export type HardConstraint =
  | {
      readonly code: 'dimension';
      readonly dimension: DemandDimensionKey;
      readonly demand: number;
      readonly limitation: number;
    }
  | {
      readonly code: 'hours_per_week';
      readonly hoursPerWeek: number;
      readonly maxHoursPerWeek: number;
    }
  | {
      readonly code: 'hours_per_day';
      readonly hoursPerDay: number;
      readonly maxHoursPerDay: number;
    }
  | { readonly code: 'evenings' | 'nights' | 'weekends' }
  | {
      readonly code: 'distance';
      /** null when either side has no location. */
      readonly distanceKm: number | null;
      readonly travelRadiusKm: number | null;
    }
  | { readonly code: 'status' | 'consent' | 'register_ended' };

export type HardConstraintCode = HardConstraint['code'];

/** The explained parts of a score; their weights add up to 100. */
export const SCORE_PARTS = [
  'skills',
  'interests',
  'hours',
  'travel',
  'education',
  'accommodations',
] as const;
export type ScorePartKey = (typeof SCORE_PARTS)[number];

export interface ScorePart {
  readonly key: ScorePartKey;
  /** Points earned, 0..max, rounded to one decimal. */
  readonly points: number;
  /** The part's weight. */
  readonly max: number;
}

export interface ScoredMatch {
  readonly candidateId: string;
  readonly packageId: string;
  /** 0-100, the sum of the parts' points, rounded to one decimal. */
  readonly score: number;
  readonly parts: readonly ScorePart[];
  readonly distanceKm: number;
  readonly engineVersion: string;
}

export interface NearMiss {
  readonly candidateId: string;
  readonly packageId: string;
  /** The one hard constraint the candidate fails. */
  readonly constraint: HardConstraint;
}

/** How many more candidates a package would reach if one task changed. */
export interface TaskFeedback {
  readonly taskId: string;
  readonly taskName: string;
  /** Feasible candidates gained by leaving the task out (hours and demands recomputed). */
  readonly gainedWithoutTask: number;
  /**
   * Per dimension on which this task sets the package's demand, the candidates gained by
   * lowering the task's demand there by one level (the other tasks unchanged). `from` is the
   * task's level (equal to the package's), `to` the task's level after lowering; the package's
   * demand then becomes the highest of `to` and the other tasks' levels.
   */
  readonly gainedByLowering: readonly {
    readonly dimension: DemandDimensionKey;
    readonly from: number;
    readonly to: number;
    readonly gained: number;
  }[];
}

export interface CarvingFeedback {
  readonly packageId: string;
  /** Feasible candidates for the package as it is. */
  readonly feasibleNow: number;
  readonly tasks: readonly TaskFeedback[];
}

/** One-to-one assignment of packages (rows) to candidates (columns). */
export interface AssignmentResult {
  /** Per row, the assigned column index, or -1 when no feasible column was left for it. */
  readonly columnOfRow: Int32Array;
  /** Sum of the scores of the assigned feasible pairs. */
  readonly total: number;
}
