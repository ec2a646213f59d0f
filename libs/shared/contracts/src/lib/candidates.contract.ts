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

/** The register's legal grounds for inclusion (DOMAIN.md, "The target-group register"). */
export const LEGAL_GROUNDS = [
  'uwv_assessment',
  'practical_route',
  'vso_pro_school',
  'wsw_indication',
  'wajong',
  'wiw_id',
  'workplace_provision',
] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];

/** The 35 labour market regions (arbeidsmarktregio's). */
export const LABOUR_MARKET_REGIONS = [
  'groningen',
  'friesland',
  'drenthe',
  'regio_zwolle',
  'stedendriehoek_noordwest_veluwe',
  'twente',
  'achterhoek',
  'midden_gelderland',
  'rijk_van_nijmegen',
  'foodvalley',
  'midden_utrecht',
  'amersfoort',
  'noord_holland_noord',
  'zaanstreek_waterland',
  'zuid_kennemerland_ijmond',
  'groot_amsterdam',
  'gooi_vechtstreek',
  'zuid_holland_centraal',
  'holland_rijnland',
  'haaglanden',
  'midden_holland',
  'rijnmond',
  'drechtsteden',
  'gorinchem',
  'zeeland',
  'west_brabant',
  'midden_brabant',
  'noordoost_brabant',
  'zuidoost_brabant',
  'helmond_de_peel',
  'noord_limburg',
  'midden_limburg',
  'zuid_limburg',
  'flevoland',
  'rivierenland',
] as const;
export type LabourMarketRegion = (typeof LABOUR_MARKET_REGIONS)[number];

/** What a candidate's consent covers. Without it a candidate is never proposed. */
export const CONSENT_SCOPES = ['share_profile_with_managers'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

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
  /** When it was last given or withdrawn. */
  date: string | null;
  scope: ConsentScope | null;
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
  latitude: number | null;
  longitude: number | null;
  labourMarketRegion: LabourMarketRegion | null;
  legalGround: LegalGround | null;
  educationLevel: CandidateEducationLevel | null;
  workExperience: string | null;
  skills: string[];
  interests: string[];
  preferredSectors: string[];
  notes: string | null;
  status: CandidateStatus;
  consent: CandidateConsent;
  placementStartDate: string | null;
  placementHoursPerWeek: number | null;
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
  labourMarketRegion: LabourMarketRegion | null;
  jobcoachUserId: string | null;
  consentGiven: boolean;
  completenessScore: number;
}

/** Query of `GET /api/candidates`; every filter optional. */
export interface CandidateListQuery {
  status?: CandidateStatus;
  targetGroup?: TargetGroup;
  region?: LabourMarketRegion;
  /** Only profiles at least this complete (0-100). */
  minCompleteness?: number;
  /** Only profiles below this completeness (0-100): the ones that still need work. */
  maxCompleteness?: number;
  /** A jobcoach's user id, or 'none' for candidates without a coach. */
  coach?: string;
  /** Part of the name. */
  q?: string;
  /** 1-based. */
  page?: number;
  /** 1-100, default 25. */
  pageSize?: number;
}

/** A numbered page: lists people page through and jump in, so they get the total too. */
export interface CandidatePage {
  items: CandidateSummaryDto[];
  total: number;
  page: number;
  pageSize: number;
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
  legalGround?: LegalGround | null;
  labourMarketRegion?: LabourMarketRegion | null;
  latitude?: number | null;
  longitude?: number | null;
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
  consentScope?: ConsentScope | null;
  legalGround?: LegalGround | null;
  labourMarketRegion?: LabourMarketRegion | null;
  /** With postcode: when both are left out the geocoder fills them from the postcode. */
  latitude?: number | null;
  longitude?: number | null;
  workExperience?: string | null;
  preferredSectors?: string[];
  placementStartDate?: string | null;
  placementHoursPerWeek?: number | null;
  /** hr_adviser only. */
  jobcoachUserId?: string | null;
}

// ---------------------------------------------------------------- register import

export const REGISTER_IMPORT_STATUSES = [
  'queued',
  'running',
  'completed',
  'failed',
] as const;
export type RegisterImportStatus = (typeof REGISTER_IMPORT_STATUSES)[number];

/**
 * Columns of a register file (CSV with a header row, or the first sheet of an XLSX). Only bsn,
 * first_name, last_name, target_group and register_start_date are required.
 */
export const REGISTER_IMPORT_COLUMNS = [
  'bsn',
  'first_name',
  'last_name',
  'date_of_birth',
  'target_group',
  'legal_ground',
  'register_start_date',
  'register_end_date',
  'email',
  'phone',
  'postcode',
  'latitude',
  'longitude',
  'labour_market_region',
  'education_level',
] as const;
export type RegisterImportColumn = (typeof REGISTER_IMPORT_COLUMNS)[number];

/** `GET /api/candidates/imports/:id`: progress while it runs, the totals when done. */
export interface RegisterImportDto {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  sizeBytes: number;
  status: RegisterImportStatus;
  /** Data rows read so far (the header not counted). */
  processedRows: number;
  insertedRows: number;
  updatedRows: number;
  unchangedRows: number;
  errorRows: number;
  /** Why the whole import stopped (an unreadable file), never row data. */
  failure: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** One problem of one row; `rowNumber` as a spreadsheet shows it: the header is row 1. */
export interface RegisterImportErrorDto {
  rowNumber: number;
  field: string;
  reason: string;
}

/** `GET /api/candidates/imports/:id/errors`: a numbered page, like `CandidatePage`. */
export interface RegisterImportErrorPage {
  items: RegisterImportErrorDto[];
  total: number;
  page: number;
  pageSize: number;
}
