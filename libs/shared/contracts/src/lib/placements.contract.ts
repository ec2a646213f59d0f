import type { TargetGroup } from './candidates.contract';

/** Placements: a candidate at work, counted for one organisation (DOMAIN.md "Counting"). */

/** The four routes of the Rijk plus work at another employer; decides who counts the job. */
export const PLACEMENT_METHODS = [
  'individual',
  'collective',
  'hired_in',
  'procurement',
  'other_employer',
] as const;
export type PlacementMethod = (typeof PLACEMENT_METHODS)[number];

export const CONTRACT_KINDS = [
  'employment',
  'secondment',
  'agency',
  'social_return',
] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const END_REASONS = [
  'contract_ended',
  'too_heavy',
  'too_light',
  'conflict',
  'health',
  'regular_job',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Derived from the dates: planned before the start date, ended once an end date is recorded. */
export const PLACEMENT_STATUSES = ['planned', 'active', 'ended'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** One step of the weekly contract hours; it holds until the next step's date. */
export interface PlacementHoursStep {
  effectiveFrom: string;
  hoursPerWeek: number;
}

export interface PlacementDto {
  id: string;
  candidateId: string;
  /** "Voornaam Achternaam"; null once the candidate is erased. */
  candidateName: string | null;
  targetGroup: TargetGroup;
  organisationId: string;
  unitId: string;
  unitName: string;
  packageId: string | null;
  packageTitle: string | null;
  method: PlacementMethod;
  contractKind: ContractKind;
  lenderName: string | null;
  teamName: string | null;
  teamLeaderName: string | null;
  jobcoachUserId: string | null;
  startDate: string;
  plannedEndDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  endNote: string | null;
  status: PlacementStatus;
  /** Hours per week today (or at the start date for a planned placement). */
  hoursPerWeek: number;
  hoursHistory: PlacementHoursStep[];
  /** Job units today: hours / 25.5, 0 when not counting today. */
  jobUnitsToday: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/placements` (hr_adviser). Accepts an `Idempotency-Key` header. */
export interface CreatePlacementRequest {
  candidateId: string;
  unitId: string;
  packageId?: string | null;
  method: PlacementMethod;
  contractKind: ContractKind;
  /** Required for hired_in: the lender (sheltered-work company, agency); it does not count the job. */
  lenderName?: string | null;
  /** Required for collective placements. */
  teamName?: string | null;
  teamLeaderName?: string | null;
  jobcoachUserId?: string | null;
  startDate: string;
  plannedEndDate?: string | null;
  hoursPerWeek: number;
}

/** `PATCH /api/placements/:id`: details that do not change the count's timing. */
export interface UpdatePlacementRequest {
  unitId?: string;
  method?: PlacementMethod;
  contractKind?: ContractKind;
  lenderName?: string | null;
  teamName?: string | null;
  teamLeaderName?: string | null;
  jobcoachUserId?: string | null;
  plannedEndDate?: string | null;
  /** A retroactive correction of the start date. */
  startDate?: string;
  /** Why: recorded in the ledger as a correction when counting changes. */
  note?: string | null;
}

/** `POST /api/placements/:id/hours`: new weekly hours from a date (may lie in the past: a correction). */
export interface ChangePlacementHoursRequest {
  effectiveFrom: string;
  hoursPerWeek: number;
  note?: string | null;
}

/** `POST /api/placements/:id/end`. */
export interface EndPlacementRequest {
  endDate: string;
  reason: EndReason;
  note?: string | null;
}

export interface PlacementListQuery {
  status?: PlacementStatus;
  method?: PlacementMethod;
  unitId?: string;
  candidateId?: string;
  page?: number;
  pageSize?: number;
}

export interface PlacementPage {
  items: PlacementDto[];
  total: number;
  page: number;
  pageSize: number;
}

export const LEDGER_ENTRY_KINDS = [
  'placement_started',
  'hours_changed',
  'placement_ended',
  'corrected',
  'register_changed',
] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** A stretch of days a placement counts at fixed weekly hours; `to` inclusive, null = open. */
export interface CountingInterval {
  from: string;
  to: string | null;
  hoursPerWeek: number;
}

/** One line of the append-only quota ledger: what changed, and how the placement counts after it. */
export interface LedgerEntryDto {
  id: string;
  placementId: string;
  kind: LedgerEntryKind;
  effectiveDate: string;
  organisationId: string;
  unitId: string;
  method: PlacementMethod;
  targetGroup: TargetGroup;
  /** The placement's counting after this entry (replaces the previous entry's). */
  intervals: CountingInterval[];
  note: string | null;
  recordedAt: string;
  /** Display name of who made the change; null for the worker (register changes). */
  recordedBy: string | null;
}

/** Sustainability of placements of an organisation (or all, for a coordinator). */
export interface SustainabilityDto {
  organisationId: string | null;
  asOf: string;
  /** Share still active N months after the start, over placements that started at least N months ago. */
  retention: {
    months: 6 | 12 | 24;
    eligible: number;
    retained: number;
    share: number | null;
  }[];
  averageTenureDays: number | null;
  endedByReason: { reason: EndReason; count: number }[];
  funnel: {
    packagesPublished: number;
    /** People proposed to a manager for a package, and how many of those proposals were accepted. */
    proposalsMade: number;
    proposalsAccepted: number;
    placementsOnPackages: number;
    placementsActive: number;
  };
}
