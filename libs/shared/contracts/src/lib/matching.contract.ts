/**
 * Matching over HTTP: ranked matches with their explanation, near misses, carving feedback,
 * team assignment, proposals that managers decide on, and in-app notifications.
 */
import type {
  Accommodation,
  CandidateEducationLevel,
  LimitationLevels,
  TravelMode,
} from './candidates.contract';
import type { ContractKind } from './placements.contract';

/** The parts a score is made of; their maxima add up to 100. */
export const SCORE_PART_KEYS = [
  'skills',
  'interests',
  'hours',
  'travel',
  'education',
  'accommodations',
] as const;
export type ScorePartKey = (typeof SCORE_PART_KEYS)[number];

export interface ScorePartDto {
  key: ScorePartKey;
  points: number;
  max: number;
}

/**
 * `ready`: the stored matches belong to the package's current version. `pending`: a scoring run
 * for the current version is queued or running (older results, if any, are still shown).
 * `not_published`: drafts, filled and closed packages are not matched.
 */
export const MATCH_RUN_STATUSES = [
  'ready',
  'pending',
  'not_published',
] as const;
export type MatchRunStatus = (typeof MATCH_RUN_STATUSES)[number];

/** Codes of the hard constraints; see the engine for their exact rules. */
export const HARD_CONSTRAINT_CODES = [
  'dimension',
  'hours_per_week',
  'hours_per_day',
  'evenings',
  'nights',
  'weekends',
  'distance',
  'status',
  'consent',
  'register_ended',
] as const;
export type HardConstraintCode = (typeof HARD_CONSTRAINT_CODES)[number];

/** A failing hard constraint with the numbers that explain it. */
export interface HardConstraintDto {
  code: HardConstraintCode;
  dimension?: string;
  demand?: number;
  limitation?: number;
  hoursPerWeek?: number;
  maxHoursPerWeek?: number;
  hoursPerDay?: number;
  maxHoursPerDay?: number;
  distanceKm?: number | null;
  travelRadiusKm?: number | null;
}

/** The hard-limit check on one dimension the package asks something on (demand > 0). */
export interface DimensionCheckDto {
  dimension: string;
  demand: number;
  limitation: number;
  /** demand + limitation <= 2 */
  ok: boolean;
}

/** The open or decided proposal of this person for this package, if any. */
export interface ProposalRefDto {
  id: string;
  status: ProposalStatus;
}

export interface PackageMatchDto {
  candidateId: string;
  /** Stable pseudonym, the same everywhere a manager meets this person. */
  pseudonym: string;
  /** Shown to HR advisers only; null for everyone else. */
  candidateName: string | null;
  score: number;
  parts: ScorePartDto[];
  distanceKm: number;
  dimensions: DimensionCheckDto[];
  engineVersion: string;
  computedAt: string;
  proposal: ProposalRefDto | null;
}

export interface MatchRunInfoDto {
  status: MatchRunStatus;
  packageVersion: number;
  /** The package version the stored results were computed for; null before the first run. */
  computedForVersion: number | null;
  computedAt: string | null;
  engineVersion: string | null;
  /** Eligible people the run looked at, and how many of them passed every hard constraint. */
  poolSize: number | null;
  feasibleCount: number | null;
}

/** `GET /api/packages/:id/matches?page&pageSize` (hr_adviser). */
export interface PackageMatchPage extends MatchRunInfoDto {
  items: PackageMatchDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface NearMissDto {
  candidateId: string;
  pseudonym: string;
  candidateName: string | null;
  constraint: HardConstraintDto;
}

/** `GET /api/packages/:id/near-misses` (hr_adviser). */
export interface NearMissesDto extends MatchRunInfoDto {
  items: NearMissDto[];
}

export interface TaskFeedbackDto {
  taskId: string;
  taskName: string;
  gainedWithoutTask: number;
  gainedByLowering: {
    dimension: string;
    from: number;
    to: number;
    gained: number;
  }[];
}

/** `GET /api/packages/:id/carving-feedback` (hr_adviser). */
export interface CarvingFeedbackDto extends MatchRunInfoDto {
  feasibleNow: number | null;
  tasks: TaskFeedbackDto[];
}

/** `GET /api/candidates/:id/matches` (hr_adviser; jobcoach for their own candidates). */
export interface CandidateMatchDto {
  packageId: string;
  packageTitle: string;
  unitId: string;
  unitName: string;
  hoursPerWeek: number;
  score: number;
  parts: ScorePartDto[];
  distanceKm: number;
  computedAt: string;
  proposal: ProposalRefDto | null;
}

export interface CandidateMatchesDto {
  candidateId: string;
  items: CandidateMatchDto[];
}

/** Which candidates a team assignment may choose from; all filters are optional. */
export interface CandidatePoolFilter {
  labourMarketRegion?: string;
  jobcoachUserId?: string;
  /** 0-100: leave out profiles less complete than this. */
  minCompleteness?: number;
  /** Leave out people who already have an open proposal. */
  excludeProposed?: boolean;
}

/** `POST /api/matching/team-assignments` (hr_adviser). */
export interface TeamAssignmentRequest {
  packageIds: string[];
  pool?: CandidatePoolFilter;
}

export interface AssignedCandidateDto {
  candidateId: string;
  pseudonym: string;
  candidateName: string | null;
  score: number;
}

export interface TeamAssignmentRowDto {
  packageId: string;
  packageTitle: string;
  unitName: string;
  hoursPerWeek: number;
  /** null when no feasible candidate was left for this package. */
  assigned: AssignedCandidateDto | null;
  /** The best feasible alternative for this package. */
  runnerUp: AssignedCandidateDto | null;
}

export interface TeamAssignmentDto {
  /** Sum of the assigned scores: the largest any one-to-one assignment reaches. */
  totalScore: number;
  poolSize: number;
  filled: number;
  rows: TeamAssignmentRowDto[];
  engineVersion: string;
}

// ---------------------------------------------------------------- proposals

export const PROPOSAL_STATUSES = [
  'proposed',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Why a manager says no; reported per package and unit so advisers learn from it. */
export const REJECTION_REASONS = [
  'tasks_do_not_fit',
  'hours_do_not_fit',
  'team_not_ready',
  'no_supervision_capacity',
  'travel_or_schedule',
  'candidate_withdrew',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** `POST /api/proposals` (hr_adviser). Accepts an `Idempotency-Key` header. */
export interface CreateProposalRequest {
  packageId: string;
  candidateId: string;
  /** Why this person; shown to the manager. No health details: the manager sees the fit only. */
  motivation?: string | null;
}

/** What the manager sees of the person: the fit, no name, contact data, register number or notes. */
export interface ProposedCandidateDto {
  pseudonym: string;
  educationLevel: CandidateEducationLevel | null;
  skills: string[];
  /** Only the limitations on dimensions the package asks something on: what the fit needs. */
  limitations: LimitationLevels;
  maxHoursPerWeek: number | null;
  maxHoursPerDay: number | null;
  eveningsAllowed: boolean;
  nightsAllowed: boolean;
  weekendsAllowed: boolean;
  travelRadiusKm: number | null;
  travelMode: TravelMode | null;
  accommodations: Accommodation[];
}

export interface ProposalDto {
  id: string;
  status: ProposalStatus;
  packageId: string;
  packageTitle: string;
  packageVersion: number;
  packageHoursPerWeek: number;
  unitId: string;
  unitName: string;
  candidateId: string;
  /** HR advisers only. */
  candidateName: string | null;
  candidate: ProposedCandidateDto;
  score: number;
  parts: ScorePartDto[];
  dimensions: DimensionCheckDto[];
  engineVersion: string;
  motivation: string | null;
  proposedByName: string;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  placementId: string | null;
  version: number;
}

export interface ProposalListItemDto {
  id: string;
  status: ProposalStatus;
  packageId: string;
  packageTitle: string;
  unitName: string;
  pseudonym: string;
  candidateName: string | null;
  score: number;
  proposedAt: string;
  decidedAt: string | null;
}

/** `GET /api/proposals?status` (hr_adviser: all; manager: their units' inbox). */
export interface ProposalListQuery {
  status?: ProposalStatus;
  packageId?: string;
}

/** `POST /api/proposals/:id/accept` (manager of the package's unit). */
export interface AcceptProposalRequest {
  startDate: string;
  contractKind: ContractKind;
  /** Defaults to the package's hours. */
  hoursPerWeek?: number;
}

/** `POST /api/proposals/:id/reject` (manager of the package's unit). */
export interface RejectProposalRequest {
  reason: RejectionReason;
  note?: string | null;
}

/** `GET /api/proposals/rejection-report` (hr_adviser): what managers refuse, and why. */
export interface RejectionReportRowDto {
  packageId: string;
  packageTitle: string;
  unitId: string;
  unitName: string;
  reason: RejectionReason;
  count: number;
}

export interface RejectionReportDto {
  rows: RejectionReportRowDto[];
  totalRejected: number;
  totalAccepted: number;
}

// ---------------------------------------------------------------- notifications

export const NOTIFICATION_KINDS = [
  'candidate_spotlight',
  'proposal_received',
  'proposal_decided',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface SpotlightEntryDto {
  packageId: string;
  packageTitle: string;
  matches: { pseudonym: string; score: number }[];
}

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  /** candidate_spotlight: the week, e.g. "2026-W49". */
  week: string | null;
  spotlight: SpotlightEntryDto[];
  /** proposal_*: the proposal it is about. */
  proposalId: string | null;
  packageTitle: string | null;
  proposalStatus: ProposalStatus | null;
}

/** `GET /api/notifications` (any signed-in organisation user): their own, newest first. */
export interface NotificationListDto {
  items: NotificationDto[];
  unread: number;
}

/** `POST /api/matching/spotlight` (hr_adviser). */
export interface SpotlightRequest {
  /** Top matches per open package; default 3. */
  perPackage?: number;
}

export interface SpotlightResultDto {
  week: string;
  /** Managers newly notified; a second send in the same week notifies nobody again. */
  notified: number;
  packages: number;
}
