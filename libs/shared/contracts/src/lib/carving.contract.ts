/** Job carving over HTTP: regular functions and their tasks, carved packages, templates, unit scans. */
import type {
  BusinessCase,
  EducationLevel,
  FmlRubric,
  LocalisedText,
  NotCarvableReason,
  PackageWarning,
  ScheduleNeeds,
  TaskFrequency,
  TimeWindow,
} from '@jcw/shared-domain';
import type { Accommodation } from './candidates.contract';
import type { Sector } from './identity.contract';

/** Demand level per dimension key of the catalogue: 0 low, 1 moderate, 2 high; missing = 0. */
export type DemandLevels = Record<string, 0 | 1 | 2>;

/** `GET /api/dimensions` (any signed-in user): the versioned demand catalogue. */
export interface DemandCatalogueDto {
  version: number;
  rubrics: Array<{ rubric: FmlRubric; label: LocalisedText }>;
  dimensions: Array<{
    key: string;
    rubric: FmlRubric;
    label: LocalisedText;
    /** What level 0, 1 and 2 mean; index = level. */
    levels: [LocalisedText, LocalisedText, LocalisedText];
  }>;
}

// ---------------------------------------------------------------- functions and tasks

export interface TaskDto {
  id: string;
  functionId: string;
  name: string;
  description: string | null;
  /** For the function as a whole, not per employee. */
  hoursPerWeek: number;
  frequency: TaskFrequency;
  /** null = flexible. */
  fixedTimeWindow: TimeWindow | null;
  complexity: EducationLevel;
  demands: DemandLevels;
  skills: string[];
  leftUndone: boolean;
  solitary: boolean;
  scheduleNeeds: ScheduleNeeds;
  /** Summed over all live (not closed) packages. */
  allocatedHoursPerWeek: number;
  remainingHoursPerWeek: number;
  /** The product's suggestion; the adviser decides. */
  carvable: boolean;
  notCarvableReasons: NotCarvableReason[];
}

export interface FunctionSummaryDto {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  payScale: string | null;
  employeeCount: number;
  taskCount: number;
  carvableTaskCount: number;
  taskHoursPerWeek: number;
  remainingHoursPerWeek: number;
}

export interface FunctionDto {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  payScale: string | null;
  /** Full employer cost per hour in euros. */
  employerCostPerHour: number;
  employeeCount: number;
  contractHoursPerWeek: number;
  tasks: TaskDto[];
  updatedAt: string;
}

/** `POST /api/functions`, `PATCH /api/functions/:id` (hr_adviser; PATCH takes any subset). */
export interface FunctionWriteRequest {
  unitId: string;
  title: string;
  payScale?: string | null;
  employerCostPerHour: number;
  employeeCount: number;
  contractHoursPerWeek: number;
}

/** `POST /api/functions/:id/tasks`, `PATCH /api/functions/:id/tasks/:taskId` (PATCH: any subset). */
export interface TaskWriteRequest {
  name: string;
  description?: string | null;
  hoursPerWeek: number;
  frequency: TaskFrequency;
  fixedTimeWindow?: TimeWindow | null;
  complexity: EducationLevel;
  demands?: DemandLevels;
  skills?: string[];
  leftUndone?: boolean;
  solitary?: boolean;
  scheduleNeeds?: ScheduleNeeds;
}

// ---------------------------------------------------------------- packages

export const PACKAGE_STATUSES = [
  'draft',
  'published',
  'filled',
  'closed',
] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

export interface PackageAllocationDto {
  taskId: string;
  taskName: string;
  functionId: string;
  functionTitle: string;
  unitId: string;
  unitName: string;
  hoursPerWeek: number;
  leftUndone: boolean;
  solitary: boolean;
}

/** Derived from the allocations by `summarisePackage` in shared/domain; never stored by hand. */
export interface PackageSummaryDto {
  hoursPerWeek: number;
  jobUnits: number;
  demandProfile: DemandLevels;
  skills: string[];
  complexity: EducationLevel;
  scheduleNeeds: ScheduleNeeds;
  warnings: PackageWarning[];
}

export interface PackageDto {
  id: string;
  /** Where the carved job is done; managers of this unit (or above) see the package. */
  unitId: string;
  unitName: string;
  title: string;
  description: string | null;
  status: PackageStatus;
  /** Starts at 1; editing a published package makes a new version. */
  version: number;
  carvedJobPayScale: string | null;
  /** Full employer cost per hour of the carved job in euros. */
  carvedJobCostPerHour: number;
  /** Where the work is done: matching measures travel distance from here. */
  workplacePostcode: string | null;
  workplaceLatitude: number | null;
  workplaceLongitude: number | null;
  /** Provisions the workplace already offers; matching rewards people who need them. */
  accommodationsOffered: Accommodation[];
  allocations: PackageAllocationDto[];
  summary: PackageSummaryDto;
  publishedAt: string | null;
  updatedAt: string;
}

export interface PackageListItemDto {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  status: PackageStatus;
  version: number;
  hoursPerWeek: number;
  jobUnits: number;
  updatedAt: string;
}

export interface AllocationRequest {
  taskId: string;
  hoursPerWeek: number;
}

/** `POST /api/packages`, `PATCH /api/packages/:id` (hr_adviser; PATCH takes any subset). */
export interface PackageWriteRequest {
  unitId: string;
  title: string;
  description?: string | null;
  carvedJobPayScale?: string | null;
  carvedJobCostPerHour: number;
  workplacePostcode?: string | null;
  /** Both or neither; without them the postcode is geocoded when a geocoder is configured. */
  workplaceLatitude?: number | null;
  workplaceLongitude?: number | null;
  accommodationsOffered?: Accommodation[];
  /** The whole set: a PATCH with allocations replaces them all. */
  allocations: AllocationRequest[];
}

/** `GET /api/packages/:id/versions`: every published version, newest first, readable forever. */
export interface PackageVersionDto {
  version: number;
  publishedAt: string;
  package: PackageDto;
}

/** Query of `GET /api/packages/:id/business-case`. */
export interface BusinessCaseQuery {
  /** Year whose quota parameters apply; defaults to the current year. */
  year?: number;
  /** 0-100: share of the carved job's cost paid by a wage-cost subsidy. */
  wageCostSubsidyPercent?: number;
  /** Euros per year (e.g. LIV/LKV). */
  wageCostAdvantagePerYear?: number;
  /**
   * The organisation's current shortfall in jobs. Until the quota counter knows it, the adviser
   * states it; without it the case assumes the package's jobs all fall within a shortfall.
   */
  shortfallJobs?: number;
}

export interface BusinessCaseDto extends BusinessCase {
  packageId: string;
  version: number;
  /** The parameter year actually used (the latest known year at or before the one asked). */
  parametersYear: number;
  parametersToConfirm: boolean;
  levyPerUnfilledJob: number;
  weeksPerYear: number;
  /** 'stated' when shortfallJobs was given, else 'assumed_under_quota'. */
  quotaStanding: 'stated' | 'assumed_under_quota';
  sourceFunctionTitles: Record<string, string>;
}

// ---------------------------------------------------------------- templates

export interface TemplateTaskDto {
  name: string;
  description: string | null;
  hoursPerWeek: number;
  frequency: TaskFrequency;
  complexity: EducationLevel;
  demands: DemandLevels;
  skills: string[];
  leftUndone: boolean;
  solitary: boolean;
  scheduleNeeds: ScheduleNeeds;
}

export interface TemplateDto {
  id: string;
  title: string;
  /** null = fits any sector. */
  sector: Sector | null;
  description: string;
  /** Where the model comes from (a reference document, or "shared by an organisation"). */
  source: string | null;
  tasks: TemplateTaskDto[];
  hoursPerWeek: number;
  jobUnits: number;
  createdAt: string;
}

/** `POST /api/packages/:id/template` (hr_adviser): share a package without names or costs. */
export interface PublishTemplateRequest {
  title: string;
  sector?: Sector | null;
  description: string;
}

/** `POST /api/templates/:id/instantiate` (hr_adviser): tasks land in the function picked. */
export interface InstantiateTemplateRequest {
  functionId: string;
  /** Workplace unit of the new package; defaults to the function's unit. */
  unitId?: string;
  title?: string;
  carvedJobCostPerHour?: number;
}

// ---------------------------------------------------------------- unit scans

export interface ScanTaskEntry {
  name: string;
  hoursPerWeek: number;
  note?: string | null;
}

/** The government's step-by-step guide, per unit. */
export interface UnitScanWriteRequest {
  unitId: string;
  coreTasks: string[];
  tasksLeftUndone: ScanTaskEntry[];
  tasksBelowEducationLevel: ScanTaskEntry[];
  overtimeHoursPerWeek: number;
  temporaryStaffHoursPerWeek: number;
  /** 1 (low) - 5 (far too high). */
  experiencedWorkload: 1 | 2 | 3 | 4 | 5;
  notes?: string | null;
}

export interface ScanCandidateTaskDto {
  name: string;
  hoursPerWeek: number;
  note: string | null;
  /** Why it is a candidate: nobody does it now, or staff are over-qualified for it. */
  origin: 'left_undone' | 'below_education_level';
}

export interface UnitScanDto extends Omit<UnitScanWriteRequest, 'notes'> {
  id: string;
  unitName: string;
  notes: string | null;
  /** Tasks to review for carving, largest first. */
  candidateTasks: ScanCandidateTaskDto[];
  /** Hours a carved job could absorb: overtime plus temporary staff plus work left undone. */
  pressureHoursPerWeek: number;
  createdAt: string;
}
