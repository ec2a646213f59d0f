/** Candidates from the target-group register: profiles that can be matched on, shaped by role. */
import { EDUCATION_LEVELS, EducationLevel } from '@jcw/shared-domain';

/** The six target groups of the register (DOMAIN.md). */
export const TARGET_GROUPS = [
  'cannot_earn_minimum_wage',
  'school_leaver_vso_pro',
  'wsw_indication',
  'wajong_work_capacity',
  'former_wiw_id',
  'minimum_wage_with_provision',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const CANDIDATE_STATUSES = [
  'available',
  'in_process',
  'placed',
  'inactive',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** The same ordered scale as a task's complexity, so matching can compare the two. */
export const CANDIDATE_EDUCATION_LEVELS = EDUCATION_LEVELS;
export type CandidateEducationLevel = EducationLevel;

export const ACCOMMODATIONS = [
  'workplace_adaptation',
  'aids',
  'interpreter',
  'transport',
  'jobcoach',
] as const;
export type Accommodation = (typeof ACCOMMODATIONS)[number];

export const TRAVEL_MODES = [
  'walk',
  'bicycle',
  'public_transport',
  'car',
  'assisted_transport',
] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** Limitation level per demand dimension key of the catalogue: 0 none, 1 limited, 2 strongly limited. */
export type LimitationLevels = Record<string, 0 | 1 | 2>;

export interface CandidatePossibilities {
  limitations: LimitationLevels;
  maxHoursPerWeek: number | null;
  maxHoursPerDay: number | null;
  eveningsAllowed: boolean;
  nightsAllowed: boolean;
  weekendsAllowed: boolean;
  travelRadiusKm: number | null;
  travelMode: TravelMode | null;
  accommodations: Accommodation[];
  /** Wage value in percent when assessed. */
  wageValuePercent: number | null;
}

export interface CandidateConsent {
  /** Consent to share the (pseudonymised) profile with managers; without it, never proposed. */
  given: boolean;
  date: string | null;
}

export interface Completeness {
  /** 0-100: the share of the fields matching needs that are filled. */
  score: number;
  /** Field names matching still misses. */
  missing: string[];
}

/** The full profile: hr advisers of the organisation and the candidate's own jobcoach. Every read is audited. */
export interface CandidateProfileDto extends CandidatePossibilities {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  /** Last three digits of the citizen number; the number itself is never stored. */
  bsnLast3: string;
  targetGroup: TargetGroup;
  registerStartDate: string;
  registerEndDate: string | null;
  postcode: string | null;
  educationLevel: CandidateEducationLevel | null;
  skills: string[];
  interests: string[];
  notes: string | null;
  status: CandidateStatus;
  consent: CandidateConsent;
  jobcoachUserId: string | null;
  completeness: Completeness;
  updatedAt: string;
}

/** A row of the candidate list (no contact data, no health data). */
export interface CandidateSummaryDto {
  id: string;
  displayName: string;
  status: CandidateStatus;
  targetGroup: TargetGroup;
  jobcoachUserId: string | null;
  consentGiven: boolean;
  completenessScore: number;
}

/**
 * What a manager sees of a proposed candidate: the fit and the accommodations, no name, contact
 * data, register number or notes.
 */
export interface PseudonymisedCandidateDto extends CandidatePossibilities {
  pseudonym: string;
  educationLevel: CandidateEducationLevel | null;
  skills: string[];
}

/** `POST /api/candidates` (hr_adviser). BSN: 9 digits passing the eleven-test. */
export interface CreateCandidateRequest {
  bsn: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  dateOfBirth?: string | null;
  targetGroup: TargetGroup;
  registerStartDate: string;
  registerEndDate?: string | null;
  postcode?: string | null;
  educationLevel?: CandidateEducationLevel | null;
  jobcoachUserId?: string | null;
}

/** `PATCH /api/candidates/:id` (hr_adviser, or the assigned jobcoach): any subset. */
export interface UpdateCandidateRequest
  extends Partial<CandidatePossibilities> {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  dateOfBirth?: string | null;
  registerEndDate?: string | null;
  postcode?: string | null;
  educationLevel?: CandidateEducationLevel | null;
  skills?: string[];
  interests?: string[];
  notes?: string | null;
  status?: CandidateStatus;
  consentGiven?: boolean;
  /** hr_adviser only. */
  jobcoachUserId?: string | null;
}
